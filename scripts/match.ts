/**
 * Partner matching without a database:
 * `tsx scripts/match.ts --orgs orgs.json --queries queries.json --out ranking.json [--limit N]`.
 * Writes `{ "<query id>": ["<external_id>", …] }`, best first. Silent on success (so that
 * `npm run --silent match` prints nothing); on bad arguments or input, a message on stderr and exit 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import {
  createMatcher,
  describeIssues,
  organisationsFileSchema,
  queriesFileSchema,
} from '../server/algorithms/matching';
import { regionRows, taxonomyTerms } from '../server/db/seed/taxonomy-data';

const USAGE = 'usage: match --orgs orgs.json --queries queries.json --out ranking.json [--limit N]';

function fail(message: string): never {
  console.error(`match: ${message}`);
  process.exit(2);
}

function args() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        orgs: { type: 'string' },
        queries: { type: 'string' },
        out: { type: 'string' },
        limit: { type: 'string', default: '20' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { orgs, queries, out } = values;
  if (!orgs || !queries || !out) fail(USAGE);
  const limit = Number(values.limit);
  if (!Number.isSafeInteger(limit) || limit < 1)
    fail(`--limit must be a positive integer, got "${values.limit}"`);
  return { orgs, queries, out, limit };
}

/** Parsed and validated content of a JSON file; every problem is reported, not just the first. */
function load<T>(path: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  return fail(
    `${path} is invalid:\n${describeIssues(result.error)
      .map((line) => `  ${line}`)
      .join('\n')}`,
  );
}

const options = args();
const organisations = load(options.orgs, organisationsFileSchema);
const queries = load(options.queries, queriesFileSchema);
const matcher = createMatcher(organisations, taxonomyTerms(), {
  regionNames: Object.fromEntries(regionRows().map((r) => [r.code, r.name])),
});
const ranking = Object.fromEntries(
  queries.map(({ id, query }) => [
    id,
    matcher.rank(query, { limit: options.limit }).matches.map((m) => m.organisationId),
  ]),
);
try {
  writeFileSync(options.out, `${JSON.stringify(ranking, null, 2)}\n`);
} catch (error) {
  fail(`cannot write ${options.out}: ${(error as Error).message}`);
}
