import { z } from 'zod';

export const IMPORT_FIELDS = [
  'external_id',
  'name',
  'type',
  'country',
  'region',
  'city',
  'website',
  'description',
  'description_fr',
  'technologies',
  'domains',
  's3_areas',
  'roles',
  'keywords',
  'clusters',
  'listing_consent',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** File column → field. Columns left out are ignored. */
export const ImportMappingSchema = z
  .record(z.string().max(200), z.enum(IMPORT_FIELDS))
  .refine((m) => Object.values(m).includes('name'), { message: 'Map one column to "name"' })
  .refine((m) => new Set(Object.values(m)).size === Object.values(m).length, { message: 'Each field can be mapped from one column only' });
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

export const ImportRowErrorSchema = z.object({ row: z.number(), column: z.string(), reason: z.string() });
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportDuplicateSchema = z.object({
  row: z.number(),
  name: z.string(),
  candidates: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), reason: z.string() })),
});

export const ImportPreviewSchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  status: z.enum(['staged', 'committed', 'cancelled']),
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.enum(IMPORT_FIELDS)),
  totalRows: z.number(),
  /** The first rows as read, for the mapping screen. */
  sample: z.array(z.array(z.string())),
  validRows: z.number(),
  willCreate: z.number(),
  willUpdate: z.number(),
  errors: z.array(ImportRowErrorSchema),
  /** Rows that create an organisation looking like one already listed (same website domain, or similar name in the same country). */
  duplicates: z.array(ImportDuplicateSchema),
  result: z.object({ created: z.number(), updated: z.number(), skipped: z.number() }).nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportMappingBodySchema = z.object({ mapping: ImportMappingSchema.optional() });
