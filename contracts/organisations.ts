import { z } from 'zod';
import { COUNTRY_CODES } from './countries';
import { optionalText, PageQuerySchema } from './common';

export const ORGANISATION_TYPES = [
  'cluster_organisation',
  'sme',
  'large_company',
  'research_organisation',
  'university',
  'technology_centre',
  'public_authority',
  'investor',
  'other',
] as const;
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

export const VALUE_CHAIN_ROLES = ['component_supplier', 'system_integrator', 'end_user', 'service_provider', 'rnd'] as const;
export const ValueChainRoleSchema = z.enum(VALUE_CHAIN_ROLES);
export type ValueChainRole = z.infer<typeof ValueChainRoleSchema>;

export const ORGANISATION_STATUSES = ['draft', 'pending_validation', 'published'] as const;
export const OrganisationStatusSchema = z.enum(ORGANISATION_STATUSES);
export type OrganisationStatus = z.infer<typeof OrganisationStatusSchema>;

export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export const SizeBandSchema = z.enum(SIZE_BANDS);

export const CLUSTER_LABELS = ['bronze', 'silver', 'gold'] as const;

export const CountryCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.enum(COUNTRY_CODES, { message: 'Unknown ISO 3166 country code' }));

const WebsiteSchema = z
  .string()
  .trim()
  .max(300)
  .transform((v) => (v === '' ? null : /^https?:\/\//i.test(v) ? v : `https://${v}`))
  .pipe(z.url({ protocol: /^https?$/, message: 'Enter a web address such as https://example.org' }).nullable())
  .nullable()
  .optional();

const codeList = (prefix: string) =>
  z
    .array(z.string().regex(new RegExp(`^${prefix}:[a-z0-9.-]+$`), { message: `Expected a ${prefix}: taxonomy code` }))
    .max(60)
    .transform((v) => [...new Set(v)]);

const keywordList = z
  .array(z.string().trim().min(1).max(60))
  .max(40)
  .transform((v) => [...new Set(v)]);

export const ClusterProfileInputSchema = z.object({
  managementFte: z.number().min(0).max(1000).nullable().optional(),
  memberCount: z.number().int().min(0).max(100000).nullable().optional(),
  membersCompanies: z.number().int().min(0).max(100000).nullable().optional(),
  membersResearch: z.number().int().min(0).max(100000).nullable().optional(),
  membersPublic: z.number().int().min(0).max(100000).nullable().optional(),
});
export type ClusterProfileInput = z.infer<typeof ClusterProfileInputSchema>;

const organisationFields = {
  name: z.string().trim().min(2).max(200),
  type: OrganisationTypeSchema,
  country: CountryCodeSchema,
  region: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}[A-Z0-9]{1,3}$/, { message: 'Expected a NUTS 2 code such as FRI1' })
    .nullable()
    .optional(),
  city: optionalText(120),
  website: WebsiteSchema,
  descriptionEn: optionalText(10000),
  descriptionFr: optionalText(10000),
  sizeBand: SizeBandSchema.nullable().optional(),
  yearFounded: z.number().int().min(1800).max(2100).nullable().optional(),
  technologies: codeList('tech').optional(),
  applicationDomains: codeList('domain').optional(),
  s3Areas: codeList('s3').optional(),
  valueChainRoles: z
    .array(ValueChainRoleSchema)
    .transform((v) => [...new Set(v)])
    .optional(),
  keywords: keywordList.optional(),
  contactEmail: z.email().nullable().optional(),
  listingConsent: z.boolean().optional(),
  cluster: ClusterProfileInputSchema.optional(),
};

export const CreateOrganisationBodySchema = z.object(organisationFields);
export type CreateOrganisationBody = z.input<typeof CreateOrganisationBodySchema>;

export const UpdateOrganisationBodySchema = z
  .object(organisationFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateOrganisationBody = z.input<typeof UpdateOrganisationBodySchema>;

/** A filter given once, repeated (`?type=sme&type=university`) or comma-separated (`?type=sme,university`). */
const multi = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(50))
    .optional();

export const SEARCH_SORTS = ['relevance', 'name', 'newest'] as const;
export const FACET_NAMES = ['type', 'country', 'region', 'technology', 'domain', 's3', 'role', 'cluster', 'label'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export const OrganisationListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  type: multi(OrganisationTypeSchema),
  country: multi(CountryCodeSchema),
  region: multi(z.string().regex(/^[A-Z]{2}[A-Z0-9]{1,3}$/, { message: 'Expected NUTS 2 codes' })),
  technology: multi(z.string().regex(/^tech:[a-z0-9.-]+$/, { message: 'Expected tech: codes' })),
  domain: multi(z.string().regex(/^domain:[a-z0-9.-]+$/, { message: 'Expected domain: codes' })),
  s3: multi(z.string().regex(/^s3:[a-z0-9.-]+$/, { message: 'Expected s3: codes' })),
  role: multi(ValueChainRoleSchema),
  cluster: multi(z.uuid({ message: 'Expected cluster organisation ids' })),
  label: multi(z.enum(CLUSTER_LABELS)),
  /** In Europe (EU, EEA, UK, candidates) or beyond. */
  scope: z.enum(['europe', 'beyond']).optional(),
  sort: z.enum(SEARCH_SORTS).optional(),
  /** Facet counts cost a few queries; lists that only need items or a total can skip them. */
  facets: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(true),
});
export type OrganisationListQuery = z.input<typeof OrganisationListQuerySchema>;

export const ClusterLabelSchema = z.object({ label: z.enum(CLUSTER_LABELS), awardedOn: z.string() });

export const ClusterProfileSchema = z.object({
  managementFte: z.number().nullable(),
  memberCount: z.number().nullable(),
  membersCompanies: z.number().nullable(),
  membersResearch: z.number().nullable(),
  membersPublic: z.number().nullable(),
  validationStatus: z.enum(['not_submitted', 'pending', 'validated', 'rejected']),
  validationNote: z.string().nullable(),
  validatedAt: z.string().nullable(),
  labels: z.array(ClusterLabelSchema),
  /** The criteria a platform admin checks, evaluated on the current figures. */
  criteria: z.object({
    managementStaff: z.boolean(),
    memberCount: z.boolean(),
    industryAndResearch: z.boolean(),
  }),
  activeMemberCount: z.number(),
});
export type ClusterProfile = z.infer<typeof ClusterProfileSchema>;

export const OrganisationRefSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  type: OrganisationTypeSchema,
  countryCode: z.string(),
});
export type OrganisationRef = z.infer<typeof OrganisationRefSchema>;

export const OrganisationSummarySchema = OrganisationRefSchema.extend({
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  city: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  descriptionFr: z.string().nullable(),
  technologies: z.array(z.string()),
  applicationDomains: z.array(z.string()),
  valueChainRoles: z.array(ValueChainRoleSchema),
  status: OrganisationStatusSchema,
});
export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;

export const OrganisationSchema = OrganisationSummarySchema.extend({
  website: z.string().nullable(),
  sizeBand: SizeBandSchema.nullable(),
  yearFounded: z.number().nullable(),
  s3Areas: z.array(z.string()),
  keywords: z.array(z.string()),
  contactEmail: z.string().nullable(),
  listingConsent: z.boolean(),
  isPublic: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  cluster: ClusterProfileSchema.nullable(),
  clusters: z.array(OrganisationRefSchema.extend({ since: z.string().nullable() })),
  can: z.object({
    edit: z.boolean(),
    manageMembers: z.boolean(),
    manageClusterMembers: z.boolean(),
    validateCluster: z.boolean(),
    requestToJoin: z.boolean(),
  }),
  /** The viewer's own membership, if any. */
  myMembership: z
    .object({ role: z.enum(['admin', 'member']), status: z.enum(['pending', 'active', 'rejected']) })
    .nullable(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** A piece of a snippet; `match` pieces are the words that matched the query, for highlighting. */
export const SnippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPartSchema>;

export const SearchHitSchema = OrganisationSummarySchema.extend({
  snippet: z.array(SnippetPartSchema).nullable(),
  score: z.number().nullable(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const FacetValueSchema = z.object({ value: z.string(), count: z.number(), label: z.string().optional() });
export type FacetValue = z.infer<typeof FacetValueSchema>;

export const OrganisationListSchema = z.object({
  items: z.array(SearchHitSchema),
  total: z.number(),
  nextCursor: z.string().nullable(),
  sort: z.enum(SEARCH_SORTS),
  /** Counts per value of each facet, under all the other active filters. */
  facets: z.record(z.enum(FACET_NAMES), z.array(FacetValueSchema)).nullable(),
});
export type OrganisationList = z.infer<typeof OrganisationListSchema>;

export const SubmitOrganisationResponseSchema = z.object({ status: OrganisationStatusSchema });

/** A cluster waiting for a platform admin, with the criteria evaluated on its current figures. */
export const ClusterValidationItemSchema = OrganisationSummarySchema.extend({
  criteria: ClusterProfileSchema.shape.criteria,
});
export const ClusterValidationListSchema = z.object({ items: z.array(ClusterValidationItemSchema) });

const DuplicatePairSideSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  countryCode: z.string(),
  status: z.string(),
});

/** One likely duplicate pair for the platform admins' work list (GET /admin/organisations/duplicate-pairs). */
export const DuplicatePairSchema = z.object({
  organisation: DuplicatePairSideSchema,
  duplicateOf: DuplicatePairSideSchema,
  reason: z.enum(['same website domain', 'similar name in the same country']),
  similarity: z.number(),
});
export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;
