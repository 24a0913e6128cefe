/** Reports and failures: writing one parse result (row, long-form cells, findings, text bands) and reading them back. */
import type { Kysely } from 'kysely';
import type { Database, FailureRow, MatchKind, NewFindingRow, ReportRow } from './schema.js';

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
  cells: ReadonlyArray<readonly [string, number]>;
  findings: ReadonlyArray<Omit<NewFindingRow, 'report_id' | 'origin'>>;
  bands: ReadonlyArray<{ band: number; section: number }>;
  counts: { errors: number; warnings: number; infos: number };
}

/** Inserts or replaces (by sha256) one report with everything derived from it; returns its id. Call inside a transaction. */
export async function writeReport(db: Kysely<Database>, w: ReportWrite): Promise<number> {
  const row = {
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
    cell_count: w.cells.length,
    finding_count: w.findings.length,
    errors: w.counts.errors,
    warnings: w.counts.warnings,
    infos: w.counts.infos,
  };
  const existing = await db.selectFrom('reports').select('id').where('sha256', '=', w.sha256).executeTakeFirst();
  let id: number;
  if (existing) {
    id = existing.id;
    await db.updateTable('reports').set(row).where('id', '=', id).execute();
    await db.deleteFrom('cells').where('report_id', '=', id).execute();
    await db.deleteFrom('findings').where('report_id', '=', id).where('origin', '=', 'parse').execute();
    await db.deleteFrom('text_bands').where('report_id', '=', id).execute();
  } else {
    id = (await db.insertInto('reports').values({ ...row, is_primary: 0 }).returning('id').executeTakeFirstOrThrow()).id;
  }
  await db.deleteFrom('failures').where('sha256', '=', w.sha256).execute();
  // 2,000 rows × 3 parameters stays under every driver's parameter limit.
  for (let i = 0; i < w.cells.length; i += 2000) {
    await db
      .insertInto('cells')
      .values(w.cells.slice(i, i + 2000).map(([path, value]) => ({ report_id: id, path, value })))
      .execute();
  }
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
