import type { SavedSearch } from '../../../contracts/saved-searches';
import type { Actor } from '../auth/actor';
import { canManageSavedSearch } from './saved-searches.policy';
import type { SavedSearchRow } from './saved-searches.repository';

export function presentSavedSearch(actor: Actor, row: SavedSearchRow): SavedSearch {
  const canManage = canManageSavedSearch(actor, row);
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    frequency: row.frequency,
    lastNotifiedAt: row.lastNotifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: canManage, delete: canManage },
  };
}
