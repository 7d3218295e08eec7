import type { z } from 'zod';
import type { SearchHit } from '../../../contracts/organisations';
import {
  SAVED_SEARCH_LIMIT,
  type CreateSavedSearchBodySchema,
  type NewMatches,
  type SavedSearchQuery,
  type UpdateSavedSearchBodySchema,
} from '../../../contracts/saved-searches';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { enqueueEmail } from '../../jobs/send-email.job';
import type { Actor } from '../auth/actor';
import { listOrganisations } from '../organisations/organisations.service';
import { canManageSavedSearch, hasRoomForSavedSearch, isDigestDue } from './saved-searches.policy';
import * as repo from './saved-searches.repository';
import type { SavedSearchRow } from './saved-searches.repository';

type CreateInput = z.output<typeof CreateSavedSearchBodySchema>;
type UpdateInput = z.output<typeof UpdateSavedSearchBodySchema>;

/** The largest page the directory serves. */
const MATCH_PAGE = 100;
/** An alert names this many organisations and counts the others. */
const DIGEST_LISTED = 10;

/**
 * Every public organisation the query matches, page by page, through the directory search itself, so
 * a saved search matches exactly what the directory shows for the same filters.
 *
 * It runs on deps.db, never inside a transaction: on PGlite the single connection would wait forever
 * for the transaction that holds it.
 */
async function* matchingPages(deps: Deps, query: SavedSearchQuery): AsyncGenerator<SearchHit[]> {
  let cursor: string | null = null;
  do {
    const page = await listOrganisations(deps, { ...query, sort: 'newest', limit: MATCH_PAGE, facets: false, ...(cursor ? { cursor } : {}) });
    yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

async function matchingIds(deps: Deps, query: SavedSearchQuery): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of matchingPages(deps, query)) ids.push(...page.map((o) => o.id));
  return ids;
}

/** Matches the saved search has not accounted for yet, newest first. */
async function unseenMatches(deps: Deps, savedSearchId: string, query: SavedSearchQuery): Promise<SearchHit[]> {
  const unseen: SearchHit[] = [];
  for await (const page of matchingPages(deps, query)) {
    const seen = await repo.seenAmong(deps.db, savedSearchId, page.map((o) => o.id));
    unseen.push(...page.filter((o) => !seen.has(o.id)));
  }
  return unseen;
}

/** PostgreSQL returns jsonb keys in its own order, so queries are compared key by key. */
const sameQuery = (a: SavedSearchQuery, b: SavedSearchQuery) => {
  const canonical = (q: SavedSearchQuery) =>
    JSON.stringify(Object.entries(q).filter(([, v]) => v !== undefined).sort(([x], [y]) => x.localeCompare(y)));
  return canonical(a) === canonical(b);
};

/** Another user's saved search answers 404, like one that does not exist. */
async function loadOwned(db: DbOrTx, actor: Actor, id: string, options: { lock?: boolean } = {}): Promise<SavedSearchRow> {
  const row = options.lock ? await repo.lockById(db, id) : await repo.findById(db, id);
  if (!row || !canManageSavedSearch(actor, row)) throw AppError.notFound('Saved search');
  return row;
}

async function assertRoom(db: DbOrTx, actor: Actor): Promise<void> {
  if (hasRoomForSavedSearch(await repo.countByUser(db, actor.userId))) return;
  throw new AppError('UNPROCESSABLE', `You can keep at most ${SAVED_SEARCH_LIMIT} saved searches: delete one to save another`, [
    { path: '', message: `Limit of ${SAVED_SEARCH_LIMIT} saved searches reached` },
  ]);
}

export function listSavedSearches(deps: Deps, actor: Actor): Promise<SavedSearchRow[]> {
  return repo.listByUser(deps.db, actor.userId);
}

/** Saves the search with what it matches today as already seen: alerts announce what comes next. */
export async function createSavedSearch(deps: Deps, actor: Actor, input: CreateInput): Promise<SavedSearchRow> {
  // Checked first only to spare a full search when the user is at the limit; the check under the
  // owner lock below is the one that holds against concurrent requests.
  await assertRoom(deps.db, actor);
  const baseline = await matchingIds(deps, input.query);
  return deps.db.transaction(async (tx) => {
    await repo.lockOwner(tx, actor.userId);
    await assertRoom(tx, actor);
    const now = deps.clock.now();
    const row = await repo.insertSavedSearch(tx, {
      userId: actor.userId,
      name: input.name,
      query: input.query,
      frequency: input.frequency,
      createdAt: now,
      updatedAt: now,
    });
    await repo.recordHits(tx, row.id, baseline, null);
    return row;
  });
}

/** A new query starts afresh: what it matches today is not news, what was announced stays announced. */
export async function updateSavedSearch(deps: Deps, actor: Actor, id: string, input: UpdateInput): Promise<SavedSearchRow> {
  const current = await loadOwned(deps.db, actor, id);
  const baseline = input.query && !sameQuery(input.query, current.query) ? await matchingIds(deps, input.query) : null;
  return deps.db.transaction(async (tx) => {
    await loadOwned(tx, actor, id, { lock: true });
    const row = await repo.updateSavedSearch(tx, id, { ...input, updatedAt: deps.clock.now() });
    if (baseline) {
      await repo.clearBaseline(tx, id);
      await repo.recordHits(tx, id, baseline, null);
    }
    return row;
  });
}

export async function deleteSavedSearch(deps: Deps, actor: Actor, id: string): Promise<void> {
  const row = await loadOwned(deps.db, actor, id);
  await repo.deleteSavedSearch(deps.db, row.id);
}

export async function listNewMatches(deps: Deps, actor: Actor, id: string, limit: number): Promise<NewMatches> {
  const row = await loadOwned(deps.db, actor, id);
  const unseen = await unseenMatches(deps, row.id, row.query);
  return { items: unseen.slice(0, limit), total: unseen.length };
}

/**
 * The daily alerts of `day`. Safe to run again (at-least-once jobs, several app processes): each search
 * is locked, skipped once processed for that day, and its new matches are recorded in the same
 * transaction that queues its e-mail.
 */
export async function sendDailyDigests(deps: Deps, day: string): Promise<void> {
  const failures: unknown[] = [];
  for (const search of await repo.listDueForDigest(deps.db, day)) {
    // One failing search must not hold back the others; the job's retry redoes only the failed ones.
    try {
      await sendDigest(deps, search, day);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) {
    const first = failures[0] instanceof Error ? failures[0].message : String(failures[0]);
    throw new AggregateError(failures, `${failures.length} saved search digest(s) failed, the first with: ${first}`);
  }
}

async function sendDigest(deps: Deps, search: Pick<SavedSearchRow, 'id' | 'query'>, day: string): Promise<void> {
  const unseen = await unseenMatches(deps, search.id, search.query);
  await deps.db.transaction(async (tx) => {
    const locked = await repo.lockForDigest(tx, search.id);
    // Deleted, switched off or processed by a concurrent run meanwhile, or given a new query (and a
    // new baseline) since the matches were read: tomorrow's run picks it up.
    if (!locked || !isDigestDue(locked.search, locked, day) || !sameQuery(locked.search.query, search.query)) return;
    const now = deps.clock.now();
    const recorded = await repo.recordHits(tx, search.id, unseen.map((o) => o.id), now);
    const announced = unseen.filter((o) => recorded.has(o.id));
    if (announced.length) {
      const { publicUrl } = deps.config;
      await enqueueEmail(
        deps.jobs,
        tx,
        'savedSearchDigest',
        {
          to: locked.email,
          locale: locked.locale,
          searchName: locked.search.name,
          total: announced.length,
          organisations: announced.slice(0, DIGEST_LISTED).map((o) => ({ name: o.name, url: `${publicUrl}/organisations/${o.slug}` })),
          manageUrl: `${publicUrl}/me`,
        },
        `saved-search-digest:${search.id}:${day}`,
      );
    }
    await repo.updateSavedSearch(tx, search.id, { lastDigestDay: day, ...(announced.length ? { lastNotifiedAt: now } : {}) });
  });
}
