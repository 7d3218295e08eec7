import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { DirectoryIndex, type DirectoryEntry } from '../../algorithms/search/directory-index';
import { parseTsvector } from '../../algorithms/search/tsvector';

/**
 * Each app process's directory search index (server/algorithms/search/directory-index.ts), loaded from
 * the database and kept current by organisation_search_changes. Before answering, a search reads the
 * entries of every transaction the index may not have seen — those at or above the xmin of the
 * snapshot of its previous reading: older transactions had all ended then, and their entries were
 * read — and reloads those organisations. So a search sees every change committed before it started,
 * whichever process made it, and the processes stay stateless (the database is the only truth; the
 * index is a cache of it). One reading is a single indexed query (~0.5 ms); concurrent searches share it.
 */

/** Above this many changed organisations at once (an import), reloading everything is cheaper. */
const RELOAD_ALL_ABOVE = 5_000;
/** Rows per statement of a full load. */
const LOAD_BATCH = 5_000;
/** Change entries are kept this long (see pruneSearchChanges); an index not read for longer reloads all. */
const CHANGES_KEPT_MS = 2 * 86_400_000;
const RELOAD_IF_IDLE_MS = CHANGES_KEPT_MS / 2;

interface EntryRow extends Record<string, unknown> {
  id: string;
  name: string;
  name_folded: string | null;
  created_at: string;
  type: string;
  country_code: string;
  region_code: string | null;
  technology_paths: string[];
  application_domains: string[];
  s3_areas: string[];
  value_chain_roles: string[];
  clusters: string[];
  labels: string[];
  vector: string | null;
  public: boolean;
}

const entryColumns = sql`o.id, o.name, o.name_folded,
  to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at,
  o.type, o.country_code, o.region_code, o.technology_paths, o.application_domains, o.s3_areas, o.value_chain_roles,
  array(select cm.cluster_id::text from cluster_memberships cm where cm.member_id = o.id and cm.status = 'active') as clusters,
  array(select distinct cl.label from cluster_labels cl where cl.organisation_id = o.id) as labels,
  o.search_vector::text as vector, (o.status = 'published' and o.listing_consent) as public`;

function entryOf(row: EntryRow): DirectoryEntry {
  return {
    id: row.id,
    name: row.name,
    nameFolded: row.name_folded ?? '',
    createdAt: row.created_at,
    type: row.type,
    country: row.country_code,
    region: row.region_code,
    technology: row.technology_paths ?? [],
    domain: row.application_domains ?? [],
    s3: row.s3_areas ?? [],
    role: row.value_chain_roles ?? [],
    cluster: row.clusters ?? [],
    label: row.labels ?? [],
    vector: row.vector ? parseTsvector(row.vector) : [],
  };
}

function apply(index: DirectoryIndex, rows: EntryRow[]): void {
  for (const row of rows) {
    if (row.public) index.upsert(entryOf(row));
    else index.remove(row.id);
  }
}

/** The xmin of the current snapshot, and the organisations changed by transactions at or above `since`. */
async function readChanges(db: Db, since: string | null): Promise<{ xmin: string; ids: string[]; many: boolean }> {
  const [row] = await queryRows<{ xmin: string; ids: string[] }>(
    db,
    sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin,
               ${since === null ? sql`'{}'::text[]` : sql`array(select distinct organisation_id::text from organisation_search_changes where xid >= ${since}::xid8 limit ${RELOAD_ALL_ABOVE + 1})`} as ids`,
  );
  const ids = row?.ids ?? [];
  return { xmin: row!.xmin, ids, many: ids.length > RELOAD_ALL_ABOVE };
}

async function loadAll(db: Db): Promise<DirectoryIndex> {
  const index = new DirectoryIndex();
  let after: string | null = null;
  for (;;) {
    const rows: EntryRow[] = await queryRows<EntryRow>(
      db,
      sql`select ${entryColumns} from organisations o
          where o.status = 'published' and o.listing_consent ${after ? sql`and o.id > ${after}::uuid` : sql``}
          order by o.id limit ${LOAD_BATCH}`,
    );
    apply(index, rows);
    if (rows.length < LOAD_BATCH) return index;
    after = rows[rows.length - 1]!.id;
  }
}

async function loadSome(db: Db, index: DirectoryIndex, ids: string[]): Promise<void> {
  const rows = await queryRows<EntryRow>(
    db,
    sql`select ${entryColumns} from organisations o where o.id = any(${sql`array[${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}]`})`,
  );
  apply(index, rows);
  const found = new Set(rows.map((r) => r.id));
  for (const id of ids) if (!found.has(id)) index.remove(id);
}

class DirectorySearch {
  private index: DirectoryIndex | null = null;
  private xmin: string | null = null;
  private readAt = 0;
  private running: Promise<DirectoryIndex> | null = null;
  /** Whether `running` started in the current turn (see current()). */
  private joinable = false;
  private next: Promise<DirectoryIndex> | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /**
   * The index with every change committed before this call. A reading started in the same turn of the
   * event loop (before any microtask has run since) is shared: whatever this caller has seen committed,
   * it had seen when that reading started, and the reading's snapshot is taken later still — so the
   * page, the counts and the facets of one request cost one reading. A reading started earlier may have
   * taken its snapshot before such a commit: the callers that arrive meanwhile share the reading after it.
   */
  current(): Promise<DirectoryIndex> {
    if (this.running && this.joinable) return this.running;
    if (!this.running) {
      this.running = this.read().finally(() => (this.running = null));
      this.joinable = true;
      queueMicrotask(() => (this.joinable = false));
      return this.running;
    }
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.current();
      });
    return this.next;
  }

  private async read(): Promise<DirectoryIndex> {
    const stale = this.now() - this.readAt > RELOAD_IF_IDLE_MS;
    const changes = await readChanges(this.db, this.index && !stale ? this.xmin : null);
    if (!this.index || stale || changes.many) {
      this.index = null; // a failed load must not leave a half-built index in place
      this.index = await loadAll(this.db);
    } else if (changes.ids.length) {
      await loadSome(this.db, this.index, changes.ids);
    }
    this.xmin = changes.xmin;
    this.readAt = this.now();
    return this.index;
  }
}

const searches = new WeakMap<Db, DirectorySearch>();

/** The directory index of this database, current as of this call. Pass the pool, never a transaction. */
export function directoryIndex(db: Db): Promise<DirectoryIndex> {
  let search = searches.get(db);
  if (!search) {
    search = new DirectorySearch(db, Date.now);
    searches.set(db, search);
  }
  return search.current();
}

/** Deletes change entries no index needs any more (run daily). */
export async function pruneSearchChanges(db: Db, now: Date): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with gone as (delete from organisation_search_changes where changed_at < ${new Date(now.getTime() - CHANGES_KEPT_MS).toISOString()}::timestamptz returning 1)
        select count(*)::int as n from gone`,
  );
  return rows[0]?.n ?? 0;
}
