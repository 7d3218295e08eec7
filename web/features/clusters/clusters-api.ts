import { ClusterDirectorySchema } from '../../../contracts/clusters';
import { apiClient } from '../../lib/api';

export type ClusterScope = 'europe' | 'beyond';

export const clustersApi = {
  directory: (scope: ClusterScope, signal?: AbortSignal) =>
    apiClient.get('/clusters', ClusterDirectorySchema, { query: { scope }, ...(signal ? { signal } : {}) }),
};
