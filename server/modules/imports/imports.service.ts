import type { ImportMapping, ImportPreview } from '../../../contracts/imports';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { recordAudit } from '../../lib/audit';
import type { MaybeActor } from '../auth/actor';
import { taxonomyCache } from '../taxonomy/taxonomy.service';
import { normaliseTokens } from '../../algorithms/search/expand-query';
import { parseOrganisationFile, type ParsedFile } from './import-file';
import { suggestMapping, validateRows, type ImportOrganisation, type ImportReferences } from './import-rows';
import * as repo from './imports.repository';

const BATCH_SIZE = 500;
const SAMPLE_ROWS = 10;
/** Name similarity needs a query per row: checked on the first rows of very large files only. */
const DUPLICATE_CHECK_ROWS = 500;
const MAX_REPORTED_ERRORS = 1000;

function requirePlatformAdmin(actor: MaybeActor) {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in to import organisations');
  if (!actor.isPlatformAdmin) throw AppError.forbidden('Only platform administrators import organisations');
  return actor;
}

async function references(deps: Pick<Deps, 'db'>): Promise<ImportReferences> {
  const taxonomy = await taxonomyCache(deps);
  const clusters = new Map<string, string>();
  for (const c of await repo.listClusters(deps.db)) {
    clusters.set(normaliseTokens(c.name).join(' '), c.id);
    clusters.set(c.slug, c.id);
  }
  return { phraseIndex: taxonomy.phraseIndex, termKinds: taxonomy.kinds, regionCountry: taxonomy.regionCountry, clusters };
}

async function findDuplicates(deps: Pick<Deps, 'db'>, creates: ImportOrganisation[]) {
  const duplicates: ImportPreview['duplicates'] = [];
  for (const o of creates.slice(0, DUPLICATE_CHECK_ROWS)) {
    const candidates = await repo.findLikelyDuplicates(deps.db, o);
    if (candidates.length) duplicates.push({ row: o.row, name: o.name, candidates: candidates.map(({ isPublic: _p, ...c }) => c) });
  }
  return duplicates;
}

async function describe(deps: Pick<Deps, 'db'>, row: repo.ImportRow): Promise<ImportPreview> {
  const mapping = row.mapping as ImportMapping;
  const { organisations, errors } = validateRows(row.columns, row.rows, mapping, await references(deps));
  const existing = await repo.findExisting(deps.db, organisations);
  const creates = organisations.filter((o) => !existing.has(o));
  return {
    id: row.id,
    filename: row.filename,
    status: row.status,
    columns: row.columns,
    mapping,
    totalRows: row.rows.length,
    sample: row.rows.slice(0, SAMPLE_ROWS),
    validRows: organisations.length,
    willCreate: creates.length,
    willUpdate: existing.size,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    duplicates: row.status === 'staged' ? await findDuplicates(deps, creates) : [],
    result: (row.result as ImportPreview['result']) ?? null,
  };
}

/** Parses and stages a file; nothing is written to the directory until commit. */
export async function stageImport(deps: Deps, actor: MaybeActor, file: { filename: string; content: Buffer }): Promise<ImportPreview> {
  const admin = requirePlatformAdmin(actor);
  const parsed = await parseOrganisationFile(file.content, file.filename);
  const row = await repo.insertImport(deps.db, {
    createdBy: admin.userId,
    filename: file.filename.slice(0, 200),
    columns: parsed.columns,
    rows: parsed.rows,
    mapping: suggestMapping(parsed.columns),
  });
  return describe(deps, row);
}

async function loadStaged(deps: Deps, actor: MaybeActor, id: string) {
  requirePlatformAdmin(actor);
  const row = await repo.findImport(deps.db, id);
  if (!row) throw AppError.notFound('Import');
  return row;
}

function checkMapping(row: repo.ImportRow, mapping: ImportMapping) {
  const unknown = Object.keys(mapping).filter((c) => !row.columns.includes(c));
  if (unknown.length) {
    throw new AppError('VALIDATION_FAILED', 'The mapping names columns that are not in the file', unknown.map((c) => ({ path: `mapping.${c}`, message: 'Not a column of the file' })));
  }
}

export async function getImport(deps: Deps, actor: MaybeActor, id: string, mapping?: ImportMapping): Promise<ImportPreview> {
  const row = await loadStaged(deps, actor, id);
  if (mapping) {
    if (row.status !== 'staged') throw new AppError('CONFLICT', `This import is already ${row.status}`);
    checkMapping(row, mapping);
    await repo.updateImport(deps.db, id, { mapping });
    row.mapping = mapping;
  }
  return describe(deps, row);
}

export async function cancelImport(deps: Deps, actor: MaybeActor, id: string): Promise<void> {
  const row = await loadStaged(deps, actor, id);
  if (row.status !== 'staged') throw new AppError('CONFLICT', `This import is already ${row.status}`);
  await repo.updateImport(deps.db, id, { status: 'cancelled', rows: [], finishedAt: deps.clock.now() });
}

/**
 * Writes the valid rows, one transaction per batch of 500: a crash leaves whole batches, and running
 * the same file again updates instead of duplicating (upsert on external id, else website domain).
 */
export async function writeOrganisations(
  deps: Pick<Deps, 'db' | 'clock'>,
  organisations: readonly ImportOrganisation[],
  createdBy: string | null,
  onBatch?: (done: number) => void,
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (let i = 0; i < organisations.length; i += BATCH_SIZE) {
    const batch = organisations.slice(i, i + BATCH_SIZE);
    const result = await deps.db.transaction((tx) => repo.upsertBatch(tx, batch, deps.clock.now(), createdBy));
    created += result.created;
    updated += result.updated;
    onBatch?.(i + batch.length);
  }
  return { created, updated };
}

export async function commitImport(deps: Deps, actor: MaybeActor, id: string, mapping?: ImportMapping): Promise<ImportPreview> {
  const admin = requirePlatformAdmin(actor);
  if (mapping) await getImport(deps, actor, id, mapping);
  const row = await repo.claimStagedImport(deps.db, id);
  if (!row) {
    const current = await repo.findImport(deps.db, id);
    if (!current) throw AppError.notFound('Import');
    throw new AppError('CONFLICT', `This import is already ${current.status}`);
  }
  const { organisations, errors } = validateRows(row.columns, row.rows, row.mapping as ImportMapping, await references(deps));
  const written = await writeOrganisations(deps, organisations, admin.userId);
  const result = { ...written, skipped: row.rows.length - organisations.length };
  await repo.updateImport(deps.db, id, { result, finishedAt: deps.clock.now() });
  await recordAudit(deps.db, admin, 'organisations.imported', 'import', id, { ...result, errors: errors.length, filename: row.filename });
  return describe(deps, { ...row, result });
}

/** Command-line import: parse, map automatically (or as given), validate and write. */
export async function importFile(
  deps: Pick<Deps, 'db' | 'clock'>,
  file: { filename: string; content: Buffer },
  options: { mapping?: ImportMapping; onBatch?: (done: number) => void } = {},
): Promise<{ parsed: ParsedFile; errors: ReturnType<typeof validateRows>['errors']; created: number; updated: number }> {
  const parsed = await parseOrganisationFile(file.content, file.filename);
  const mapping = options.mapping ?? suggestMapping(parsed.columns);
  const { organisations, errors } = validateRows(parsed.columns, parsed.rows, mapping, await references(deps));
  const written = await writeOrganisations(deps, organisations, null, options.onBatch);
  return { parsed, errors, ...written };
}
