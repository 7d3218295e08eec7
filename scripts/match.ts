/**
 * Partner matching without a database:
 * `tsx scripts/match.ts --orgs orgs.json --queries queries.json --out ranking.json [--limit N]`.
 * Writes `{ "<query id>": ["<external_id>", …] }`, best first. Prints nothing unless something is
 * wrong; then a message on stderr and exit code 2.
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

class UsageError extends Error {}

function readOptions() {
  const { values } = parseArgs({
    options: {
      orgs: { type: 'string' },
      queries: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
    },
    strict: true,
  });
  if (!values.orgs || !values.queries || !values.out) throw new UsageError(USAGE);
  const limit = Number(values.limit ?? 20);
  if (!Number.isSafeInteger(limit) || limit <= 0)
    throw new UsageError(`--limit must be a positive integer, got ${values.limit}`);
  return { orgs: values.orgs, queries: values.queries, out: values.out, limit };
}

function readFile<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(
      `invalid ${path}:\n${describeIssues(parsed.error)
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
  return parsed.data;
}

try {
  const options = readOptions();
  const organisations = readFile(options.orgs, organisationsFileSchema);
  const queries = readFile(options.queries, queriesFileSchema);
  const regionNames = Object.fromEntries(regionRows().map((r) => [r.code, r.name]));
  const matcher = createMatcher(organisations, taxonomyTerms(), { regionNames });
  const ranking: Record<string, string[]> = {};
  for (const { id, query } of queries) {
    ranking[id] = matcher.rank(query, { limit: options.limit }).matches.map((m) => m.organisationId);
  }
  try {
    writeFileSync(options.out, `${JSON.stringify(ranking, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${options.out}: ${(error as Error).message}`);
  }
} catch (error) {
  if (
    error instanceof UsageError ||
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`match: ${(error as Error).message}`);
    process.exit(2);
  }
  throw error;
}
