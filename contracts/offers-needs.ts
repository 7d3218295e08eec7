import { z } from 'zod';
import { COUNTRY_CODES } from './countries';
import { optionalText, PageQuerySchema } from './common';
import { OrganisationTypeSchema } from './organisations';

/**
 * Technology offers (a provider's technology, ready to license, co-develop or sell as a service) and
 * end-user needs (a problem an end user wants solved). Both hang on an organisation profile: where
 * they are and what kind of organisation publishes them come from the profile, never typed again.
 */

export const LISTING_STATUSES = ['draft', 'published', 'archived'] as const;
export const ListingStatusSchema = z.enum(LISTING_STATUSES);
export type ListingStatus = z.infer<typeof ListingStatusSchema>;

export const COLLABORATION_MODES = [
  'licensing',
  'joint_development',
  'technical_cooperation',
  'service',
  'sale',
  'investment',
] as const;
export const CollaborationModeSchema = z.enum(COLLABORATION_MODES);
export type CollaborationMode = z.infer<typeof CollaborationModeSchema>;

export const IP_STATUSES = ['patented', 'patent_pending', 'know_how', 'open'] as const;
export const IpStatusSchema = z.enum(IP_STATUSES);
export type IpStatus = z.infer<typeof IpStatusSchema>;

/** Budgets are stated in euros only for now: one currency keeps ranges comparable. */
export const CURRENCIES = ['EUR'] as const;

export const MATCH_TARGETS_OF_NEED = ['offers', 'organisations'] as const;
export const MATCH_TARGETS_OF_OFFER = ['organisations', 'needs'] as const;

const codeList = (prefix: string) =>
  z
    .array(
      z
        .string()
        .regex(new RegExp(`^${prefix}:[a-z0-9.-]+$`), { message: `Expected a ${prefix}: taxonomy code` }),
    )
    .max(30)
    .transform((v) => [...new Set(v)]);

const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a date such as 2027-06-30' });

// ---------- Technology offers ----------

const offerFields = {
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(10).max(600),
  descriptionEn: optionalText(10000),
  descriptionFr: optionalText(10000),
  /** Left out when creating: the organisation's own technologies are used. */
  technologies: codeList('tech'),
  applicationDomains: codeList('domain'),
  /** Technology readiness level, 1 (basic principles) to 9 (proven in operation). */
  trl: z.number().int().min(1).max(9).nullable(),
  collaborationModes: z
    .array(CollaborationModeSchema)
    .max(COLLABORATION_MODES.length)
    .transform((v) => [...new Set(v)]),
  ipStatus: IpStatusSchema.nullable(),
};

export const CreateOfferBodySchema = z.object({
  organisationId: z.uuid(),
  title: offerFields.title,
  summary: offerFields.summary,
  descriptionEn: offerFields.descriptionEn,
  descriptionFr: offerFields.descriptionFr,
  technologies: offerFields.technologies.optional(),
  applicationDomains: offerFields.applicationDomains.optional(),
  trl: offerFields.trl.optional(),
  collaborationModes: offerFields.collaborationModes.optional(),
  ipStatus: offerFields.ipStatus.optional(),
});
export type CreateOfferBody = z.input<typeof CreateOfferBodySchema>;

export const UpdateOfferBodySchema = z
  .object(offerFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateOfferBody = z.input<typeof UpdateOfferBodySchema>;

// ---------- End-user needs ----------

const budget = z.number().int().min(0).max(1_000_000_000).nullable();

const needFields = {
  title: z.string().trim().min(3).max(200),
  problem: z.string().trim().min(10).max(10000),
  /** Application sector(s) of the need, as domain codes. */
  applicationDomains: codeList('domain'),
  /** Technologies the end user thinks of; optional hints, the text matters as much. */
  technologies: codeList('tech'),
  constraints: optionalText(2000),
  budgetMin: budget,
  budgetMax: budget,
  budgetCurrency: z.enum(CURRENCIES),
  wantedBy: dateOnly.nullable(),
};

const budgetOrder = <
  T extends { budgetMin?: number | null | undefined; budgetMax?: number | null | undefined },
>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.budgetMin != null && v.budgetMax != null && v.budgetMin > v.budgetMax) {
    ctx.addIssue({
      code: 'custom',
      path: ['budgetMax'],
      message: 'The maximum budget must not be below the minimum',
    });
  }
};

export const CreateNeedBodySchema = z
  .object({
    organisationId: z.uuid(),
    title: needFields.title,
    problem: needFields.problem,
    applicationDomains: needFields.applicationDomains.optional(),
    technologies: needFields.technologies.optional(),
    constraints: needFields.constraints,
    budgetMin: needFields.budgetMin.optional(),
    budgetMax: needFields.budgetMax.optional(),
    budgetCurrency: needFields.budgetCurrency.default('EUR'),
    wantedBy: needFields.wantedBy.optional(),
  })
  .superRefine(budgetOrder);
export type CreateNeedBody = z.input<typeof CreateNeedBodySchema>;

export const UpdateNeedBodySchema = z
  .object(needFields)
  .partial()
  .superRefine(budgetOrder)
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateNeedBody = z.input<typeof UpdateNeedBodySchema>;

// ---------- Responses ----------

/** The organisation an offer or need hangs on, as shown next to it. */
export const ListingOwnerSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  type: OrganisationTypeSchema,
  country: z.string(),
  region: z.string().nullable(),
  regionName: z.string().nullable(),
});
export type ListingOwner = z.infer<typeof ListingOwnerSchema>;

const listingCommon = {
  id: z.uuid(),
  title: z.string(),
  technologies: z.array(z.string()),
  applicationDomains: z.array(z.string()),
  status: ListingStatusSchema,
  organisation: ListingOwnerSchema,
  /** The person to write to (the author); null when they left or for imported data. */
  contactUserId: z.uuid().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), publish: z.boolean(), archive: z.boolean(), delete: z.boolean() }),
};

export const OfferSchema = z.object({
  ...listingCommon,
  summary: z.string(),
  descriptionEn: z.string().nullable(),
  descriptionFr: z.string().nullable(),
  trl: z.number().nullable(),
  collaborationModes: z.array(CollaborationModeSchema),
  ipStatus: IpStatusSchema.nullable(),
});
export type Offer = z.infer<typeof OfferSchema>;

export const NeedSchema = z.object({
  ...listingCommon,
  problem: z.string(),
  constraints: z.string().nullable(),
  budgetMin: z.number().nullable(),
  budgetMax: z.number().nullable(),
  budgetCurrency: z.enum(CURRENCIES),
  wantedBy: z.string().nullable(),
});
export type Need = z.infer<typeof NeedSchema>;

export const OfferListSchema = z.object({
  items: z.array(OfferSchema),
  total: z.number(),
  nextCursor: z.string().nullable(),
});
export type OfferList = z.infer<typeof OfferListSchema>;
export const NeedListSchema = z.object({
  items: z.array(NeedSchema),
  total: z.number(),
  nextCursor: z.string().nullable(),
});
export type NeedList = z.infer<typeof NeedListSchema>;

const multi = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50))
    .optional();

export const ListingListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  technology: multi(z.string().regex(/^tech:[a-z0-9.-]+$/, { message: 'Expected tech: codes' })),
  domain: multi(z.string().regex(/^domain:[a-z0-9.-]+$/, { message: 'Expected domain: codes' })),
  country: multi(
    z
      .string()
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(COUNTRY_CODES, { message: 'Unknown ISO 3166 country code' })),
  ),
  /** An organisation id or slug. */
  organisation: z.string().trim().min(1).max(120).optional(),
  /**
   * `published` (default): what everybody sees. `mine`: every status, of the organisations where the
   * viewer is an active member.
   */
  scope: z.enum(['published', 'mine']).default('published'),
});
export type ListingListQuery = z.input<typeof ListingListQuerySchema>;

export const MatchReasonSchema = z.object({
  code: z.string(),
  points: z.number(),
  /** The reason in plain words, in the requested language. */
  text: z.string(),
});
export type MatchReason = z.infer<typeof MatchReasonSchema>;

export const ListingMatchSchema = z.object({
  kind: z.enum(['offer', 'need', 'organisation']),
  /** The offer's, need's or organisation's id. */
  id: z.uuid(),
  /** The offer or need title, or the organisation's name. */
  title: z.string(),
  summary: z.string().nullable(),
  organisation: ListingOwnerSchema,
  score: z.number(),
  reasons: z.array(MatchReasonSchema),
});
export type ListingMatch = z.infer<typeof ListingMatchSchema>;

export const ListingMatchesSchema = z.object({
  target: z.enum(['offers', 'needs', 'organisations']),
  locale: z.enum(['en', 'fr']),
  items: z.array(ListingMatchSchema),
});
export type ListingMatches = z.infer<typeof ListingMatchesSchema>;

const matchesQuery = <T extends readonly [string, ...string[]]>(targets: T) =>
  z.object({
    target: z.enum(targets),
    /** The language of the reasons; the viewer's own by default. */
    lang: z.enum(['en', 'fr']).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  });

export const NeedMatchesQuerySchema = matchesQuery(MATCH_TARGETS_OF_NEED);
export const OfferMatchesQuerySchema = matchesQuery(MATCH_TARGETS_OF_OFFER);
