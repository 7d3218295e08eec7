import { z } from 'zod';
import { ClusterLabelSchema, OrganisationRefSchema } from './organisations';

export const ClusterDirectoryEntrySchema = OrganisationRefSchema.extend({
  regionCode: z.string().nullable(),
  city: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  descriptionFr: z.string().nullable(),
  memberCount: z.number(),
  /** NUTS 2 regions of its public members, most members first. */
  regions: z.array(z.object({ code: z.string(), count: z.number() })),
  countries: z.array(z.object({ code: z.string(), count: z.number() })),
  /** Technologies most represented among its public members. */
  topTechnologies: z.array(z.object({ code: z.string(), count: z.number() })),
  labels: z.array(ClusterLabelSchema),
});
export type ClusterDirectoryEntry = z.infer<typeof ClusterDirectoryEntrySchema>;

export const ClusterDirectorySchema = z.object({ items: z.array(ClusterDirectoryEntrySchema) });
export const ClusterDirectoryQuerySchema = z.object({ scope: z.enum(['europe', 'beyond']).optional() });
