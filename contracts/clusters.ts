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
  /** Open public partner requests it leads, nearest deadline first. */
  partnerRequests: z.array(z.object({ id: z.string(), title: z.string(), deadline: z.string() })),
  /** Published events it organises or co-organises that have not ended, soonest first. */
  events: z.array(z.object({ slug: z.string(), title: z.string(), startsAt: z.string() })),
});
export type ClusterDirectoryEntry = z.infer<typeof ClusterDirectoryEntrySchema>;

export const ClusterDirectorySchema = z.object({ items: z.array(ClusterDirectoryEntrySchema) });
export const ClusterDirectoryQuerySchema = z.object({ scope: z.enum(['europe', 'beyond']).optional() });
