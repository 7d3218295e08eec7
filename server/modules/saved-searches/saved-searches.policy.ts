import { SAVED_SEARCH_LIMIT, type SavedSearchFrequency } from '../../../contracts/saved-searches';
import type { Actor } from '../auth/actor';

/** Saved searches are private: only their owner sees or changes them (platform admins included). */
export function canManageSavedSearch(actor: Actor, search: { userId: string }): boolean {
  return search.userId === actor.userId;
}

export function hasRoomForSavedSearch(existing: number): boolean {
  return existing < SAVED_SEARCH_LIMIT;
}

/**
 * A digest e-mails a search at most once per day, only with daily alerts on, and only to a verified
 * address (an unconfirmed one may belong to someone else).
 */
export function isDigestDue(
  search: { frequency: SavedSearchFrequency; lastDigestDay: string | null },
  owner: { emailVerified: boolean },
  day: string,
): boolean {
  return search.frequency === 'daily' && owner.emailVerified && search.lastDigestDay !== day;
}
