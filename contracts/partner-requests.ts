import { z } from 'zod';
import { COUNTRY_CODES } from './countries';
import { OrganisationTypeSchema, ValueChainRoleSchema } from './organisations';

export const PARTNER_REQUEST_KINDS = [
  'strategic_partnership',
  'project_consortium',
  'technology_cooperation',
  'investment',
  'internationalisation',
] as const;
export const PartnerRequestKindSchema = z.enum(PARTNER_REQUEST_KINDS);
export type PartnerRequestKind = z.infer<typeof PartnerRequestKindSchema>;

export const PARTNER_REQUEST_STATUSES = ['draft', 'open', 'closed', 'expired'] as const;
export const PartnerRequestStatusSchema = z.enum(PARTNER_REQUEST_STATUSES);
export type PartnerRequestStatus = z.infer<typeof PartnerRequestStatusSchema>;

/**
 * public: anyone, signed in or not. members_only: signed-in people who are active members of the lead
 * organisation, of a cluster it belongs to, or of an organisation in one of those clusters (when the
 * lead is itself a cluster, its member organisations); platform admins always.
 */
export const PARTNER_REQUEST_VISIBILITIES = ['public', 'members_only'] as const;
export const PartnerRequestVisibilitySchema = z.enum(PARTNER_REQUEST_VISIBILITIES);
export type PartnerRequestVisibility = z.infer<typeof PartnerRequestVisibilitySchema>;

export const INTEREST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const InterestStatusSchema = z.enum(INTEREST_STATUSES);
export type InterestStatus = z.infer<typeof InterestStatusSchema>;

/** Days before the deadline when the owner is reminded. */
export const REMINDER_DAYS = 3;

const codeList = (prefix: string) =>
  z
    .array(z.string().regex(new RegExp(`^${prefix}:[a-z0-9.-]+$`), { message: `Expected a ${prefix}: taxonomy code` }))
    .max(40)
    .transform((v) => [...new Set(v)]);

const uniq = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((v) => [...new Set(v)] as z.output<T>[]);

export const ProfileSoughtSchema = z.object({
  organisationTypes: uniq(OrganisationTypeSchema, 9).default([]),
  technologies: codeList('tech').default([]),
  applicationDomains: codeList('domain').default([]),
  valueChainRoles: uniq(ValueChainRoleSchema, 5).default([]),
  countries: uniq(
    z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(COUNTRY_CODES, { message: 'Unknown ISO 3166 country code' })),
    60,
  ).default([]),
  regions: uniq(z.string().trim().regex(/^[A-Z]{2}[A-Z0-9]{1,3}$/, { message: 'Expected a NUTS code such as ITC1' }), 60).default([]),
});
export type ProfileSought = z.output<typeof ProfileSoughtSchema>;

/** A registered organisation, or one named in words that is not on the platform (yet). */
export const PartnerInputSchema = z.union([
  z.object({ organisationId: z.uuid() }).strict(),
  z.object({ name: z.string().trim().min(2).max(200) }).strict(),
]);
export type PartnerInput = z.infer<typeof PartnerInputSchema>;

export const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
};

export const TimeZoneSchema = z.string().trim().max(64).refine(isTimeZone, { message: 'Unknown IANA time zone, e.g. Europe/Paris' });
/** Wall-clock time in the request's time zone, as an <input type="datetime-local"> gives it. */
export const LocalDateTimeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { message: 'Expected a date and time such as 2027-03-31T12:00' });

const fields = {
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(1).max(1000),
  /** Rich text (HTML); sanitised by the server, which stores and returns the sanitised HTML. */
  description: z.string().max(100_000).default(''),
  kind: PartnerRequestKindSchema,
  partners: z.array(PartnerInputSchema).max(30).default([]),
  profileSought: ProfileSoughtSchema.default({
    organisationTypes: [],
    technologies: [],
    applicationDomains: [],
    valueChainRoles: [],
    countries: [],
    regions: [],
  }),
  deadlineLocal: LocalDateTimeSchema,
  timeZone: TimeZoneSchema,
  visibility: PartnerRequestVisibilitySchema.default('public'),
};

export const CreatePartnerRequestBodySchema = z.object({
  ...fields,
  leadOrganisationId: z.uuid(),
  /** Publish at once (draft → open) rather than keep a draft. */
  publish: z.boolean().default(false),
});
export type CreatePartnerRequestBody = z.input<typeof CreatePartnerRequestBodySchema>;

export const UpdatePartnerRequestBodySchema = z
  .object({
    title: fields.title,
    summary: fields.summary,
    description: z.string().max(100_000),
    kind: fields.kind,
    partners: z.array(PartnerInputSchema).max(30),
    profileSought: ProfileSoughtSchema,
    deadlineLocal: fields.deadlineLocal,
    timeZone: fields.timeZone,
    visibility: PartnerRequestVisibilitySchema,
  })
  .partial();
export type UpdatePartnerRequestBody = z.input<typeof UpdatePartnerRequestBodySchema>;

export const ExtendPartnerRequestBodySchema = z.object({ deadlineLocal: LocalDateTimeSchema, timeZone: TimeZoneSchema.optional() });

export const PartnerRequestListQuerySchema = z.object({
  status: PartnerRequestStatusSchema.optional(),
  kind: PartnerRequestKindSchema.optional(),
  lead: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
  /** Only the requests of organisations the viewer administers (drafts included). */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type PartnerRequestListQuery = z.input<typeof PartnerRequestListQuerySchema>;

const OrgRefSchema = z.object({ id: z.string(), slug: z.string(), name: z.string() });
export type OrgRef = z.infer<typeof OrgRefSchema>;

export const PartnerSchema = z.object({
  /** Null for an organisation named in words, not registered. */
  organisation: OrgRefSchema.extend({ type: z.string() }).nullable(),
  name: z.string(),
});

export const LeadOrganisationSchema = OrgRefSchema.extend({
  type: z.string(),
  country: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  descriptionFr: z.string().nullable(),
  memberCount: z.number().nullable(),
});

export const PartnerRequestSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  kind: PartnerRequestKindSchema,
  status: PartnerRequestStatusSchema,
  visibility: PartnerRequestVisibilitySchema,
  lead: OrgRefSchema,
  deadline: z.string(),
  timeZone: z.string(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PartnerRequestSummary = z.infer<typeof PartnerRequestSummarySchema>;

export const PartnerRequestListSchema = z.object({ items: z.array(PartnerRequestSummarySchema), total: z.number() });
export type PartnerRequestList = z.infer<typeof PartnerRequestListSchema>;

export const PartnerRequestCanSchema = z.object({
  edit: z.boolean(),
  publish: z.boolean(),
  close: z.boolean(),
  extend: z.boolean(),
  viewMatches: z.boolean(),
  viewInterests: z.boolean(),
  expressInterest: z.boolean(),
  follow: z.boolean(),
  comment: z.boolean(),
});

export const PartnerRequestSchema = PartnerRequestSummarySchema.extend({
  description: z.string(),
  deadlineLocal: z.string(),
  leadOrganisation: LeadOrganisationSchema,
  partners: z.array(PartnerSchema),
  profileSought: z.object({
    organisationTypes: z.array(z.string()),
    technologies: z.array(z.string()),
    applicationDomains: z.array(z.string()),
    valueChainRoles: z.array(z.string()),
    countries: z.array(z.string()),
    regions: z.array(z.string()),
  }),
  /** The person to write to: who created the request. */
  contact: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
  following: z.boolean(),
  followers: z.number(),
  /** Organisations the viewer may express interest for (active member, not lead/partner, not yet interested). */
  interestOrganisations: z.array(OrgRefSchema),
  myInterests: z.array(z.object({ organisation: OrgRefSchema, status: InterestStatusSchema, answer: z.string().nullable() })),
  can: PartnerRequestCanSchema,
});
export type PartnerRequest = z.infer<typeof PartnerRequestSchema>;

export const MatchReasonSchema = z.object({ code: z.string(), points: z.number(), text: z.string() });
export type MatchReason = z.infer<typeof MatchReasonSchema>;

export const PartnerRequestMatchSchema = z.object({
  organisation: OrgRefSchema.extend({
    type: z.string(),
    country: z.string(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
  }),
  score: z.number(),
  reasons: z.array(MatchReasonSchema),
  hidden: z.boolean(),
  invitedAt: z.string().nullable(),
  interested: z.boolean(),
});
export type PartnerRequestMatch = z.infer<typeof PartnerRequestMatchSchema>;

/** A list in a query string: repeated (`type=sme&type=university`) or comma-separated. */
const listParam = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split(','))).map((s) => s.trim()).filter(Boolean));

export const MatchesQuerySchema = z.object({
  type: listParam.pipe(z.array(OrganisationTypeSchema)),
  country: listParam.transform((v) => v.map((c) => c.toUpperCase())).pipe(z.array(z.enum(COUNTRY_CODES))),
  region: listParam.pipe(z.array(z.string().regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/))),
  minScore: z.coerce.number().min(0).max(1000).default(0),
  includeHidden: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  locale: z.enum(['en', 'fr']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type MatchesQuery = z.input<typeof MatchesQuerySchema>;

export const MatchListSchema = z.object({ items: z.array(PartnerRequestMatchSchema), total: z.number() });
export type MatchList = z.infer<typeof MatchListSchema>;

export const InterestSchema = z.object({
  id: z.string(),
  organisation: OrgRefSchema,
  user: z.object({ id: z.string(), displayName: z.string() }),
  message: z.string(),
  status: InterestStatusSchema,
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Interest = z.infer<typeof InterestSchema>;
export const InterestListSchema = z.object({ items: z.array(InterestSchema) });

export const ExpressInterestBodySchema = z.object({
  organisationId: z.uuid(),
  message: z.string().trim().min(1).max(4000),
});
export const AnswerInterestBodySchema = z.object({
  status: z.enum(['accepted', 'declined']),
  answer: z.string().trim().max(4000).default(''),
});

export const CommentSchema = z.object({
  id: z.string(),
  author: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  body: z.string(),
  hidden: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), delete: z.boolean(), hide: z.boolean() }),
});
export type Comment = z.infer<typeof CommentSchema>;
export const CommentListSchema = z.object({ items: z.array(CommentSchema) });
export const CommentBodySchema = z.object({ body: z.string().trim().min(1).max(4000) });
export const HideCommentBodySchema = z.object({ hidden: z.boolean() });

export const InviteBodySchema = z.object({ organisationId: z.uuid() });
export const HideMatchBodySchema = z.object({ organisationId: z.uuid() });

/** The agreed link to the messaging feature (built elsewhere). */
export const messageLink = (userId: string, requestId: string) =>
  `/messages/new?to=${encodeURIComponent(userId)}&about=${encodeURIComponent(`partner-request:${requestId}`)}`;
