import { z } from 'zod';
import {
  ClusterProfileSchema,
  OrganisationSchema,
  OrganisationSummarySchema,
} from '../../../contracts/organisations';
import { apiClient } from '../../lib/api';

// The list's shape is declared inline in the server's route; it is built from the contract's parts.
export const PendingClusterSchema = OrganisationSummarySchema.extend({
  criteria: ClusterProfileSchema.shape.criteria,
});
export type PendingCluster = z.infer<typeof PendingClusterSchema>;

export const adminApi = {
  pendingClusters: () =>
    apiClient.get('/admin/cluster-validations', z.object({ items: z.array(PendingClusterSchema) })),
  decide: (id: string, decision: 'validated' | 'rejected', note: string | undefined) =>
    apiClient.post(
      `/admin/cluster-validations/${encodeURIComponent(id)}`,
      OrganisationSchema,
      note ? { decision, note } : { decision },
    ),
};
