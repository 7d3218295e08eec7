import { z } from 'zod';
import {
  CreateOrganisationBodySchema,
  ORGANISATION_TYPES,
  SIZE_BANDS,
  VALUE_CHAIN_ROLES,
  type CreateOrganisationBody,
  type Organisation,
} from '../../../contracts/organisations';
import {
  failureFromIssues,
  failureOf,
  fieldFailure,
  type FieldError,
  type FormFailure,
} from '../../lib/forms';

/**
 * What the organisation form holds: text as typed (numbers included, so a half-typed value is not
 * lost), turned into the API body only on submit. A zod schema rather than a cast, because the
 * values travel through the router's JSON submission.
 */
export const OrganisationFormValuesSchema = z.object({
  name: z.string(),
  type: z.union([z.enum(ORGANISATION_TYPES), z.literal('')]),
  country: z.string(),
  region: z.string(),
  city: z.string(),
  website: z.string(),
  descriptionEn: z.string(),
  descriptionFr: z.string(),
  sizeBand: z.union([z.enum(SIZE_BANDS), z.literal('')]),
  yearFounded: z.string(),
  technologies: z.array(z.string()),
  applicationDomains: z.array(z.string()),
  s3Areas: z.array(z.string()),
  valueChainRoles: z.array(z.enum(VALUE_CHAIN_ROLES)),
  keywords: z.string(),
  contactEmail: z.string(),
  listingConsent: z.boolean(),
  cluster: z.object({
    managementFte: z.string(),
    memberCount: z.string(),
    membersCompanies: z.string(),
    membersResearch: z.string(),
    membersPublic: z.string(),
  }),
});
export type OrganisationFormValues = z.infer<typeof OrganisationFormValuesSchema>;
export type ClusterFigure = keyof OrganisationFormValues['cluster'];
export const CLUSTER_FIGURES = [
  'managementFte',
  'memberCount',
  'membersCompanies',
  'membersResearch',
  'membersPublic',
] as const satisfies readonly ClusterFigure[];

export function emptyFormValues(): OrganisationFormValues {
  return {
    name: '',
    type: '',
    country: '',
    region: '',
    city: '',
    website: '',
    descriptionEn: '',
    descriptionFr: '',
    sizeBand: '',
    yearFounded: '',
    technologies: [],
    applicationDomains: [],
    s3Areas: [],
    valueChainRoles: [],
    keywords: '',
    contactEmail: '',
    listingConsent: false,
    cluster: {
      managementFte: '',
      memberCount: '',
      membersCompanies: '',
      membersResearch: '',
      membersPublic: '',
    },
  };
}

const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function formValuesFrom(o: Organisation): OrganisationFormValues {
  return {
    name: o.name,
    type: o.type,
    country: o.countryCode,
    region: o.regionCode ?? '',
    city: o.city ?? '',
    website: o.website ?? '',
    descriptionEn: o.descriptionEn ?? '',
    descriptionFr: o.descriptionFr ?? '',
    sizeBand: o.sizeBand ?? '',
    yearFounded: text(o.yearFounded),
    technologies: o.technologies,
    applicationDomains: o.applicationDomains,
    s3Areas: o.s3Areas,
    valueChainRoles: o.valueChainRoles,
    keywords: o.keywords.join(', '),
    contactEmail: o.contactEmail ?? '',
    listingConsent: o.listingConsent,
    cluster: {
      managementFte: text(o.cluster?.managementFte),
      memberCount: text(o.cluster?.memberCount),
      membersCompanies: text(o.cluster?.membersCompanies),
      membersResearch: text(o.cluster?.membersResearch),
      membersPublic: text(o.cluster?.membersPublic),
    },
  };
}

/** Reads a number as typed; French users write decimals with a comma. */
function readNumber(path: string, raw: string, integer: boolean, problems: FieldError[]): number | null {
  const trimmed = raw.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const value = Number(integer ? trimmed : trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) {
    problems.push(fieldFailure(path, 'number'));
    return null;
  }
  if (integer && !Number.isInteger(value)) {
    problems.push(fieldFailure(path, 'integer'));
    return null;
  }
  return value;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The API body for create and update, or the problems that prevent sending it. */
export function bodyFromValues(
  v: OrganisationFormValues,
): { ok: true; body: CreateOrganisationBody } | FormFailure {
  const problems: FieldError[] = [];
  const yearFounded = readNumber('yearFounded', v.yearFounded, true, problems);
  const cluster =
    v.type === 'cluster_organisation'
      ? {
          managementFte: readNumber('cluster.managementFte', v.cluster.managementFte, false, problems),
          memberCount: readNumber('cluster.memberCount', v.cluster.memberCount, true, problems),
          membersCompanies: readNumber(
            'cluster.membersCompanies',
            v.cluster.membersCompanies,
            true,
            problems,
          ),
          membersResearch: readNumber('cluster.membersResearch', v.cluster.membersResearch, true, problems),
          membersPublic: readNumber('cluster.membersPublic', v.cluster.membersPublic, true, problems),
        }
      : undefined;

  const candidate = {
    name: v.name,
    type: v.type || undefined,
    country: v.country || undefined,
    region: orNull(v.region),
    city: v.city,
    website: v.website,
    descriptionEn: v.descriptionEn,
    descriptionFr: v.descriptionFr,
    sizeBand: v.sizeBand || null,
    yearFounded,
    technologies: v.technologies,
    applicationDomains: v.applicationDomains,
    s3Areas: v.s3Areas,
    valueChainRoles: v.valueChainRoles,
    keywords: v.keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    contactEmail: orNull(v.contactEmail),
    listingConsent: v.listingConsent,
    ...(cluster ? { cluster } : {}),
  };
  // Browsers' URL parsers accept spaces in host names where the server's does not: catch it here.
  if (/\s/.test(v.website.trim())) problems.push(fieldFailure('website', 'url'));
  const parsed = CreateOrganisationBodySchema.safeParse(candidate);
  if (!parsed.success) {
    const failure = failureFromIssues(parsed.error.issues);
    const reported = new Set(failure.fields.map((f) => f.path));
    return { ...failure, fields: [...problems.filter((p) => !reported.has(p.path)), ...failure.fields] };
  }
  if (problems.length) return failureOf(problems);
  return { ok: true, body: parsed.data };
}
