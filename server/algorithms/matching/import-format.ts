/**
 * The file formats of the matching CLI (and of organisation imports): lenient where spreadsheets
 * are (lists as arrays or "a; b" strings, labels in any case, missing or null fields), strict where
 * a mistake would silently change a ranking (an unknown type, role or country is an error).
 */
import { z } from 'zod';
import { isCountryCode } from '../../../contracts/countries';
import type { MatchOrganisation, MatchQuery } from './types';
import { ORGANISATION_TYPES, ROLES, parseOrganisationType, parseRole } from './vocabulary';

const scalar = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const optionalText = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : null));

interface Vocabulary {
  name: string;
  expected: string;
}

const unknown = (what: Vocabulary, value: string) =>
  `unknown ${what.name} "${value}" (expected ${what.expected})`;

/** One optional value read through `parse`; a value it does not know is an issue at its path. */
function single<T>(parse: (value: string) => T | null, what: Vocabulary) {
  return optionalText.transform((value, ctx) => {
    if (value === null) return null;
    const parsed = parse(value);
    if (parsed === null) ctx.addIssue({ code: 'custom', message: unknown(what, value) });
    return parsed;
  });
}

/** An array, or one string of items separated by ";" (the usual CSV-export convention). */
function list<T>(parse: (item: string) => T | null, what: Vocabulary) {
  return z
    .union([z.array(scalar), z.string(), z.null()])
    .optional()
    .transform((value, ctx) => {
      const items = (value == null ? [] : Array.isArray(value) ? value : value.split(';'))
        .map((s) => s.trim())
        .filter(Boolean);
      const parsed: T[] = [];
      for (const item of items) {
        const v = parse(item);
        if (v === null) ctx.addIssue({ code: 'custom', message: unknown(what, item) });
        else if (!parsed.includes(v)) parsed.push(v);
      }
      return parsed;
    });
}

/** A refinement flagging every entry whose key repeats an earlier one, at that entry's path. */
function unique<T>(key: (item: T) => string, field: string) {
  return (
    items: T[],
    ctx: { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void },
  ) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const value = key(item);
      if (seen.has(value))
        ctx.addIssue({ code: 'custom', path: [i, field], message: `duplicate ${field} "${value}"` });
      seen.add(value);
    });
  };
}

const TYPE = {
  name: 'organisation type',
  expected: `one of ${ORGANISATION_TYPES.join(', ')}, or their English names`,
};
const ROLE = { name: 'role', expected: `one of ${ROLES.join(', ')}, or their English names` };
const COUNTRY = { name: 'country', expected: 'an ISO 3166-1 alpha-2 code' };
const REGION = { name: 'region', expected: 'a NUTS code' };
const country = (s: string) => (isCountryCode(s.toUpperCase()) ? s.toUpperCase() : null);
const nuts = (s: string) => (/^[A-Za-z]{2}[A-Za-z0-9]{0,3}$/.test(s) ? s.toUpperCase() : null);
const text = list((s) => s, { name: 'value', expected: 'text' });

const organisationSchema = z.object({
  external_id: scalar.pipe(z.string().min(1, 'external_id must not be empty')),
  name: optionalText,
  type: single(parseOrganisationType, TYPE),
  country: single(country, COUNTRY),
  region: single(nuts, REGION),
  // Accepted so that a full import file validates; matching does not read them.
  city: optionalText,
  website: optionalText,
  description: optionalText,
  description_fr: optionalText,
  keywords: text,
  technologies: text,
  domains: text,
  roles: list(parseRole, ROLE),
  clusters: text,
});

export const organisationsFileSchema = z
  .array(organisationSchema)
  .superRefine(unique((o) => o.external_id, 'external_id'))
  .transform((orgs) =>
    orgs.map((o): MatchOrganisation => ({
      id: o.external_id,
      name: o.name ?? o.external_id,
      type: o.type,
      country: o.country,
      region: o.region,
      descriptionEn: o.description,
      descriptionFr: o.description_fr,
      keywords: o.keywords,
      technologies: o.technologies,
      domains: o.domains,
      roles: o.roles,
      clusters: o.clusters,
    })),
  );

const querySchema = z.object({
  id: scalar.pipe(z.string().min(1, 'id must not be empty')),
  text: z.string(),
  constraints: z
    .object({
      types: list(parseOrganisationType, TYPE),
      countries: list(country, COUNTRY),
      regions: list(nuts, REGION),
    })
    .nullish()
    .transform((c) => c ?? { types: [], countries: [], regions: [] }),
});

export const queriesFileSchema = z
  .array(querySchema)
  .superRefine(unique((q) => q.id, 'id'))
  .transform((queries) =>
    queries.map((q): { id: string; query: MatchQuery } => ({
      id: q.id,
      query: { text: q.text, constraints: q.constraints },
    })),
  );

/** Zod issues as "path: message" lines, the whole list, for a CLI to print. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
