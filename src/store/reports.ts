/** Reports and failures: writing one parse result (row, long-form cells, findings, text bands) and reading them back. */
import { sql, type Kysely } from 'kysely';
import { writeVectors } from './cell-vectors.js';
import type { DialectName } from './open.js';
import type { Database, FailureRow, Flag, MatchKind, NewFindingRow, ReportRow } from './schema.js';

export interface ReportWrite {
  sha256: string;
  file: string;
  agency: string | null;
  year: number | null;
  publishDate: string | null;
  template: string | null;
  unitId: number | null;
  matchKind: MatchKind;
  matchConfidence: number | null;
  matchCandidateId: number | null;
  parserVersion: string;
  parsedAt: string;
  reportJson: string;
  /** (path, value) pairs, or the same as JSON text prepared by the parse worker. */
  cells: ReadonlyArray<readonly [string, number]> | PreparedCells;
  findings: ReadonlyArray<Omit<NewFindingRow, 'report_id' | 'origin'>>;
  bands: ReadonlyArray<{ band: number; section: number }>;
  counts: { errors: number; warnings: number; infos: number };
}

/** A report's cells as JSON text `[[path, value], …]` with their number. */
export interface PreparedCells {
  json: string;
  count: number;
}

export type ReportCells = ReportWrite['cells'];

const cellCount = (cells: ReportCells): number => ('json' in cells ? cells.count : cells.length);
const cellsJson = (cells: ReportCells): string => ('json' in cells ? cells.json : JSON.stringify(cells));

/** Cells written once for a whole group of reports (one statement instead of one per report): nothing in between reads them. */
export interface DeferredCells {
  rows: { reportId: number; cells: ReportCells }[];
}

/**
 * Inserts the cells of several reports: the (path, value) pairs go in as JSON text and the database
 * unpacks them, so no cell becomes a bound parameter or a row object here — PostgreSQL one
 * statement per 500 reports (a round trip costs more than the work), SQLite one prepared statement
 * per report (unpacking one report's array is cheaper than nested JSON). Both databases read JSON
 * numbers exactly (test/store checks awkward values). Without a dialect, a row per cell through the
 * query builder.
 */
export async function flushCells(db: Kysely<Database>, deferred: DeferredCells, dialect?: DialectName): Promise<void> {
  const entries = deferred.rows.filter((e) => cellCount(e.cells) > 0);
  deferred.rows = [];
  // The same cells packed per report, for aggregation (cell-vectors.ts).
  await writeVectors(
    db,
    entries.map((e) => ({ reportId: e.reportId, cells: 'json' in e.cells ? (JSON.parse(e.cells.json) as [string, number][]) : e.cells })),
  );
  if (dialect === 'sqlite') {
    for (const e of entries) {
      await sql`insert into cells (report_id, path, value) select ${e.reportId}, value ->> 0, value ->> 1 from json_each(${cellsJson(e.cells)})`.execute(db);
    }
  } else if (dialect === 'postgres') {
    for (let i = 0; i < entries.length; i += 500) {
      const json = `[${entries
        .slice(i, i + 500)
        .map((e) => `{"i":${e.reportId},"c":${cellsJson(e.cells)}}`)
        .join(',')}]`;
      await sql`insert into cells (report_id, path, value)
        select (r ->> 'i')::integer, c ->> 0, (c ->> 1)::double precision
        from jsonb_array_elements(cast(${json} as jsonb)) r, jsonb_array_elements(r -> 'c') c`.execute(db);
    }
  } else {
    const rows = entries.flatMap(({ reportId, cells }) => ('json' in cells ? (JSON.parse(cells.json) as [string, number][]) : cells).map(([path, value]) => ({ report_id: reportId, path, value })));
    // 2,000 rows × 3 parameters stays under every driver's parameter limit.
    for (let i = 0; i < rows.length; i += 2000) await db.insertInto('cells').values(rows.slice(i, i + 2000)).execute();
  }
}

export interface WriteOptions {
  /** What is stored for this sha256 already, when the caller looked it up for a whole group. */
  known?: StoredState;
  /** Add the cells to these instead of inserting them now (the caller flushes them in the same transaction). */
  deferCells?: DeferredCells;
  /** The database's dialect, for inserting the cells as JSON. */
  dialect?: DialectName;
}

export interface StoredState {
  reportId: number | null;
  unitId: number | null;
  year: number | null;
  failure: boolean;
}

/** For each sha256: its report (id, unit, year) and whether a failure is recorded, in two queries for any number of files. */
export async function storedStates(db: Kysely<Database>, hashes: readonly string[]): Promise<Map<string, StoredState>> {
  const out = new Map<string, StoredState>(hashes.map((h) => [h, { reportId: null, unitId: null, year: null, failure: false }]));
  for (let i = 0; i < hashes.length; i += 500) {
    const chunk = hashes.slice(i, i + 500);
    for (const r of await db.selectFrom('reports').select(['id', 'sha256', 'unit_id', 'year']).where('sha256', 'in', chunk).execute()) {
      Object.assign(out.get(r.sha256)!, { reportId: r.id, unitId: r.unit_id, year: r.year });
    }
    for (const f of await db.selectFrom('failures').select('sha256').where('sha256', 'in', chunk).execute()) out.get(f.sha256)!.failure = true;
  }
  return out;
}

function reportRow(w: ReportWrite) {
  return {
    sha256: w.sha256,
    file: w.file,
    agency: w.agency,
    year: w.year,
    publish_date: w.publishDate,
    template: w.template,
    unit_id: w.unitId,
    match_kind: w.matchKind,
    match_confidence: w.matchConfidence,
    match_candidate_id: w.matchCandidateId,
    parser_version: w.parserVersion,
    parsed_at: w.parsedAt,
    report_json: w.reportJson,
    cell_count: cellCount(w.cells),
    finding_count: w.findings.length,
    errors: w.counts.errors,
    warnings: w.counts.warnings,
    infos: w.counts.infos,
  };
}

/** Inserts or replaces (by sha256) one report with everything derived from it; returns its id. Call inside a transaction. */
export async function writeReport(db: Kysely<Database>, w: ReportWrite, options: WriteOptions = {}): Promise<number> {
  const row = reportRow(w);
  const existingId = options.known ? options.known.reportId : ((await db.selectFrom('reports').select('id').where('sha256', '=', w.sha256).executeTakeFirst())?.id ?? null);
  let id: number;
  if (existingId !== null) {
    id = existingId;
    await db.updateTable('reports').set(row).where('id', '=', id).execute();
    await db.deleteFrom('cells').where('report_id', '=', id).execute();
    await db.deleteFrom('cell_vectors').where('report_id', '=', id).execute();
    await db.deleteFrom('findings').where('report_id', '=', id).where('origin', '=', 'parse').execute();
    await db.deleteFrom('text_bands').where('report_id', '=', id).execute();
  } else {
    id = (await db.insertInto('reports').values({ ...row, is_primary: 0 }).returning('id').executeTakeFirstOrThrow()).id;
  }
  if (!options.known || options.known.failure) await db.deleteFrom('failures').where('sha256', '=', w.sha256).execute();
  if (options.deferCells) options.deferCells.rows.push({ reportId: id, cells: w.cells });
  else await flushCells(db, { rows: [{ reportId: id, cells: w.cells }] }, options.dialect);
  if (w.findings.length > 0) {
    await db
      .insertInto('findings')
      .values(w.findings.map((f) => ({ ...f, report_id: id, origin: 'parse' as const })))
      .execute();
  }
  if (w.bands.length > 0) {
    await db
      .insertInto('text_bands')
      .values(w.bands.map((b) => ({ ...b, report_id: id })))
      .execute();
  }
  return id;
}

/** Inserts reports whose sha256 has no report yet (not primary yet), in one statement per 200; returns sha256 → id. */
export async function insertReports(db: Kysely<Database>, writes: readonly ReportWrite[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < writes.length; i += 200) {
    const rows = await db
      .insertInto('reports')
      .values(writes.slice(i, i + 200).map((w) => ({ ...reportRow(w), is_primary: 0 as const })))
      .returning(['id', 'sha256'])
      .execute();
    for (const r of rows) ids.set(r.sha256, r.id);
  }
  return ids;
}

/** The bands, parse findings and cells of reports just inserted, one statement per table for all of them. */
export async function insertReportParts(db: Kysely<Database>, parts: ReadonlyArray<{ id: number; write: ReportWrite }>, dialect?: DialectName): Promise<void> {
  const bands = parts.flatMap(({ id, write }) => write.bands.map((b) => ({ ...b, report_id: id })));
  for (let i = 0; i < bands.length; i += 2000) await db.insertInto('text_bands').values(bands.slice(i, i + 2000)).execute();
  const findings = parts.flatMap(({ id, write }) => write.findings.map((f) => ({ ...f, report_id: id, origin: 'parse' as const })));
  for (let i = 0; i < findings.length; i += 500) await db.insertInto('findings').values(findings.slice(i, i + 500)).execute();
  await flushCells(db, { rows: parts.map(({ id, write }) => ({ reportId: id, cells: write.cells })) }, dialect);
}

/** Sets the primary flag of a unit-year's reports whose flag changes: `winner` becomes 1, the others 0. */
export async function setPrimaryFlags(db: Kysely<Database>, changed: readonly number[], winner: number | null): Promise<void> {
  if (changed.length === 0) return;
  await db
    .updateTable('reports')
    .set({ is_primary: winner === null ? 0 : sql<Flag>`case when id = ${winner} then 1 else 0 end` })
    .where('id', 'in', [...changed])
    .execute();
}

export interface FailureWrite {
  sha256: string;
  file: string;
  code: string;
  message: string;
  parserVersion: string;
  parsedAt: string;
}

/** Records a file that is not a readable report; a report stored earlier from the same bytes is removed. */
export async function writeFailure(db: Kysely<Database>, w: FailureWrite): Promise<{ removedReport: ReportRow | null }> {
  const old = await db.selectFrom('reports').selectAll().where('sha256', '=', w.sha256).executeTakeFirst();
  if (old) {
    await db.deleteFrom('findings').where('related_report_id', '=', old.id).execute();
    await db.deleteFrom('reports').where('id', '=', old.id).execute();
  }
  const row = { sha256: w.sha256, file: w.file, error_code: w.code, error_message: w.message, parser_version: w.parserVersion, parsed_at: w.parsedAt };
  await db
    .insertInto('failures')
    .values(row)
    .onConflict((oc) => oc.column('sha256').doUpdateSet({ error_code: w.code, error_message: w.message, parser_version: w.parserVersion, parsed_at: w.parsedAt }))
    .execute();
  return { removedReport: old ?? null };
}

export async function getReportRow(db: Kysely<Database>, id: number): Promise<ReportRow | null> {
  return (await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function findReportsBySha(db: Kysely<Database>, prefix: string): Promise<ReportRow[]> {
  return db.selectFrom('reports').selectAll().where('sha256', 'like', `${prefix.toLowerCase()}%`).limit(5).execute();
}

/** The reports of one unit, newest year first. */
export async function reportsOfUnit(db: Kysely<Database>, unitId: number): Promise<ReportRow[]> {
  return db.selectFrom('reports').selectAll().where('unit_id', '=', unitId).orderBy('year', 'desc').orderBy('is_primary', 'desc').execute();
}

/** The report standing for a unit in a year, if stored. */
export async function primaryReport(db: Kysely<Database>, unitId: number, year: number): Promise<ReportRow | null> {
  return (
    (await db.selectFrom('reports').selectAll().where('unit_id', '=', unitId).where('year', '=', year).where('is_primary', '=', 1).executeTakeFirst()) ?? null
  );
}

/**
 * Chooses which of a unit's reports of a year stands for it (the same report may be stored as PDF and
 * as text): fewest errors, then most cells, then the first stored. Returns the primary's id.
 */
export async function electPrimary(db: Kysely<Database>, unitId: number, year: number): Promise<number | null> {
  const candidates = await db
    .selectFrom('reports')
    .select(['id', 'is_primary'])
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .orderBy('errors', 'asc')
    .orderBy('cell_count', 'desc')
    .orderBy('id', 'asc')
    .execute();
  const winner = candidates[0]?.id ?? null;
  for (const c of candidates) {
    const want = c.id === winner ? 1 : 0;
    if (c.is_primary !== want) await db.updateTable('reports').set({ is_primary: want }).where('id', '=', c.id).execute();
  }
  return winner;
}

/** Clears the primary flag of a report that no longer has a unit or year. */
export async function clearPrimary(db: Kysely<Database>, id: number): Promise<void> {
  await db.updateTable('reports').set({ is_primary: 0 }).where('id', '=', id).execute();
}

export async function setReportUnit(db: Kysely<Database>, id: number, unitId: number | null, kind: MatchKind, confidence: number | null, candidateId: number | null): Promise<void> {
  await db
    .updateTable('reports')
    .set({ unit_id: unitId, match_kind: kind, match_confidence: confidence, match_candidate_id: candidateId })
    .where('id', '=', id)
    .execute();
}

export interface ReportListItem extends Pick<ReportRow, 'id' | 'sha256' | 'file' | 'agency' | 'year' | 'publish_date' | 'template' | 'unit_id' | 'match_kind' | 'match_confidence' | 'parser_version' | 'is_primary'> {
  unit_name: string | null;
}

/** Reports in id order, a page at a time (the listing streams however large the corpus). */
export async function listReports(db: Kysely<Database>, afterId: number, limit: number): Promise<ReportListItem[]> {
  return db
    .selectFrom('reports as r')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.id', 'r.sha256', 'r.file', 'r.agency', 'r.year', 'r.publish_date', 'r.template', 'r.unit_id', 'r.match_kind', 'r.match_confidence', 'r.parser_version', 'r.is_primary', 'u.name as unit_name'])
    .where('r.id', '>', afterId)
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

export async function listFailures(db: Kysely<Database>): Promise<FailureRow[]> {
  return db.selectFrom('failures').selectAll().orderBy('file').execute();
}

export async function reportJsons(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('reports').select(['id', 'report_json']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const row of rows) out.set(row.id, row.report_json);
  }
  return out;
}

/** Cells of one report as path → value. */
export async function cellsOf(db: Kysely<Database>, reportId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('cells').select(['path', 'value']).where('report_id', '=', reportId).execute();
  return new Map(rows.map((r) => [r.path, Number(r.value)]));
}

export async function corpusTotals(db: Kysely<Database>): Promise<{ originals: number; reports: number; failures: number }> {
  const count = async (table: 'originals' | 'reports' | 'failures') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { originals: await count('originals'), reports: await count('reports'), failures: await count('failures') };
}

export async function reportRows(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, ReportRow>> {
  const out = new Map<number, ReportRow>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of await db.selectFrom('reports').selectAll().where('id', 'in', ids.slice(i, i + 500)).execute()) out.set(row.id, row);
  }
  return out;
}
