import { z } from 'zod';
import { PageQuerySchema } from './common';
import { COUNTRY_CODES } from './countries';
import {
  CLUSTER_LABELS,
  OrganisationListQuerySchema,
  OrganisationTypeSchema,
  SearchHitSchema,
  ValueChainRoleSchema,
} from './organisations';

/** Each check of a saved search reads every organisation it matches, so a user keeps a bounded number. */
export const SAVED_SEARCH_LIMIT = 20;

export const SAVED_SEARCH_FREQUENCIES = ['daily', 'off'] as const;
export const SavedSearchFrequencySchema = z.enum(SAVED_SEARCH_FREQUENCIES);
export type SavedSearchFrequency = z.infer<typeof SavedSearchFrequencySchema>;

/**
 * A saved search as stored and returned: the directory filters of GET /organisations (without paging
 * and sorting), with values deduplicated and sorted and empty filters left out, so two equal searches
 * are stored identically.
 */
export const SavedSearchQuerySchema = z.object({
  q: z.string().optional(),
  type: z.array(OrganisationTypeSchema).optional(),
  country: z.array(z.enum(COUNTRY_CODES)).optional(),
  region: z.array(z.string()).optional(),
  technology: z.array(z.string()).optional(),
  domain: z.array(z.string()).optional(),
  s3: z.array(z.string()).optional(),
  role: z.array(ValueChainRoleSchema).optional(),
  cluster: z.array(z.string()).optional(),
  label: z.array(z.enum(CLUSTER_LABELS)).optional(),
  scope: z.enum(['europe', 'beyond']).optional(),
});
export type SavedSearchQuery = z.infer<typeof SavedSearchQuerySchema>;

const sortedSet = <T extends string>(values: T[] | undefined): T[] | undefined =>
  values?.length ? [...new Set(values)].sort() : undefined;

/**
 * What a client sends: the same parameters, validated by the directory's own rules (so `country: 'fr'`
 * or `type: 'sme,university'` work as in the URL). Unknown keys are refused rather than dropped, so a
 * misspelt filter cannot silently widen the search.
 */
export const SavedSearchQueryInputSchema = OrganisationListQuerySchema.pick({
  q: true,
  type: true,
  country: true,
  region: true,
  technology: true,
  domain: true,
  s3: true,
  role: true,
  cluster: true,
  label: true,
  scope: true,
})
  .strict()
  // Undefined members vanish when the query is stored as JSON.
  .transform(
    (v): SavedSearchQuery => ({
      q: v.q || undefined,
      type: sortedSet(v.type),
      country: sortedSet(v.country),
      region: sortedSet(v.region),
      technology: sortedSet(v.technology),
      domain: sortedSet(v.domain),
      s3: sortedSet(v.s3),
      role: sortedSet(v.role),
      cluster: sortedSet(v.cluster),
      label: sortedSet(v.label),
      scope: v.scope,
    }),
  );

const savedSearchFields = {
  name: z.string().trim().min(1).max(120),
  query: SavedSearchQueryInputSchema,
  /** `daily`: at most one e-mail a day listing the organisations that newly match; `off`: none. */
  frequency: SavedSearchFrequencySchema,
};

export const CreateSavedSearchBodySchema = z.object({
  ...savedSearchFields,
  frequency: savedSearchFields.frequency.default('daily'),
});
export type CreateSavedSearchBody = z.input<typeof CreateSavedSearchBodySchema>;

export const UpdateSavedSearchBodySchema = z
  .object(savedSearchFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateSavedSearchBody = z.input<typeof UpdateSavedSearchBodySchema>;

export const SavedSearchSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  query: SavedSearchQuerySchema,
  frequency: SavedSearchFrequencySchema,
  /** When the last alert e-mail was queued; null before the first one. */
  lastNotifiedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), delete: z.boolean() }),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

export const SavedSearchListSchema = z.object({ items: z.array(SavedSearchSchema) });
export type SavedSearchList = z.infer<typeof SavedSearchListSchema>;

export const NewMatchesQuerySchema = PageQuerySchema.pick({ limit: true });

/**
 * Public organisations that match a saved search and that it has not announced yet: neither matching
 * when the search was saved (or its query last changed) nor listed in an alert since. Newest first.
 */
export const NewMatchesSchema = z.object({
  items: z.array(SearchHitSchema),
  total: z.number(),
});
export type NewMatches = z.infer<typeof NewMatchesSchema>;
