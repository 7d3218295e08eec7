import { z } from 'zod';

export const TAXONOMY_KINDS = ['technology', 'application_domain', 's3_area'] as const;
export const TaxonomyKindSchema = z.enum(TAXONOMY_KINDS);
export type TaxonomyKind = z.infer<typeof TaxonomyKindSchema>;

export const TaxonomyTermSchema = z.object({
  code: z.string(),
  kind: TaxonomyKindSchema,
  parentCode: z.string().nullable(),
  labelEn: z.string(),
  labelFr: z.string(),
  synonymsEn: z.array(z.string()),
  synonymsFr: z.array(z.string()),
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTermSchema>;
export const TaxonomyListSchema = z.object({ items: z.array(TaxonomyTermSchema) });

export const RegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  countryCode: z.string(),
  nutsVersion: z.string(),
});
export type Region = z.infer<typeof RegionSchema>;
export const RegionListSchema = z.object({ items: z.array(RegionSchema) });
export const RegionQuerySchema = z.object({ country: z.string().regex(/^[A-Z]{2}$/).optional() });
