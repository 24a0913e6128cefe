/**
 * Writes one parse result inside the caller's transaction: the original (once), the report or the
 * failure, its unit match (creating a unit when the agency is new), the primary choice for its unit
 * and year, and the corpus findings around it.
 */
import type { Kysely } from 'kysely';
import type { Report } from '../model/report.js';
import { unitYearReports, type RankedReport } from '../store/light-reports.js';
import { putOriginal } from '../store/originals.js';
import { addRegion } from '../store/regions.js';
import { clearPrimary, setPrimaryFlags, writeFailure, writeReport, type DeferredCells, type ReportWrite, type StoredState } from '../store/reports.js';
import type { Database, RegionRow } from '../store/schema.js';
import { addAlias, createUnit, getUnit, type UnitWithAliases } from '../store/units.js';
import type { Corpus } from './context.js';
import { prepareReport, type PreparedReport, type ReportHead } from './prepared.js';
import { KnownRows, recheckReports, type RecheckOptions } from './recheck.js';
import type { ReportCache } from './report-cache.js';
import type { Match } from './units/matcher.js';

export interface StoreResult {
  status: 'report' | 'failed';
  reportId: number | null;
  match: Match | null;
  /** Units and regions created or changed (already added to the corpus's in-memory index). */
  touchedUnits: UnitWithAliases[];
  newRegions: RegionRow[];
}

export type StoreInput = {
  /** The original's bytes, when not stored yet (ingest); reparse passes none. */
  bytes?: Uint8Array;
  file: string;
  parserVersion: string;
  autoCreateUnits: boolean;
} & (
  | { report: Report; prepared?: undefined }
  /** JSON, cells and bands computed where the report was parsed (then the report's head is enough). */
  | { report: ReportHead; prepared: PreparedReport }
);

/** What the reports written in one transaction share (ingest writes a group at a time). */
export interface GroupWrite {
  /** What was stored for each sha256 of the group before it, looked up in one go. */
  states: Map<string, StoredState>;
  /** The group's originals are stored already (one statement for all). */
  originalsStored: boolean;
  /** Cells inserted once at the end of the group. */
  cells: DeferredCells;
}

export async function storeParsed(db: Kysely<Database>, corpus: Corpus, input: StoreInput, group?: GroupWrite): Promise<StoreResult> {
  const { report } = input;
  const now = corpus.now();
  const sha = report.source.sha256;
  if (input.bytes && !group?.originalsStored) await putOriginal(db, sha, input.bytes, input.file, now);

  if (report.error) {
    const { removedReport } = await writeFailure(db, { sha256: sha, file: input.file, code: report.error.code, message: report.error.message, parserVersion: input.parserVersion, parsedAt: now });
    if (removedReport?.unit_id != null && removedReport.year !== null) await refreshUnitYear(db, removedReport.unit_id, removedReport.year, undefined, corpus.cache);
    return { status: 'failed', reportId: null, match: null, touchedUnits: [], newRegions: [] };
  }

  const { match, unitId, touchedUnits, newRegions } = await resolveUnit(db, corpus, report, input.autoCreateUnits, now);
  const known = group?.states.get(sha);
  const previous = known
    ? known.reportId === null
      ? undefined
      : { id: known.reportId, unit_id: known.unitId, year: known.year }
    : await db.selectFrom('reports').select(['id', 'unit_id', 'year']).where('sha256', '=', sha).executeTakeFirst();
  const prepared = input.prepared ?? prepareReport(input.report);
  const reportId = await writeReport(db, reportWrite(input, prepared, match, unitId, now), { known, deferCells: group?.cells, dialect: corpus.store.dialect });
  // The JSON in hand is what the row holds: checks that compare with this report need not read it back.
  corpus.cache.put(reportId, sha, now, prepared.json);
  corpus.cache.putBands(reportId, sha, now, prepared.bands.map((b) => b.band));

  // A reparse may have moved the report to another unit or year: the old place needs its primary and checks redone.
  if (previous && previous.unit_id !== null && previous.year !== null && (previous.unit_id !== unitId || previous.year !== report.meta.year)) {
    await refreshUnitYear(db, previous.unit_id, previous.year, undefined, corpus.cache);
  }
  await placeReport(db, reportId, unitId, report.meta.year, corpus.cache);
  return { status: 'report', reportId, match, touchedUnits, newRegions };
}

export interface ResolvedUnit {
  match: Match;
  unitId: number | null;
  touchedUnits: UnitWithAliases[];
  newRegions: RegionRow[];
}

/**
 * The report's unit: matched in memory, created (with its township region) when the agency is new,
 * its name remembered as an alias when the match was not exact. The in-memory index sees new units
 * at once, so the next report of the same transaction matches them; a rollback reloads it.
 */
export async function resolveUnit(db: Kysely<Database>, corpus: Corpus, report: ReportHead, autoCreate: boolean, now: string): Promise<ResolvedUnit> {
  const touchedUnits: UnitWithAliases[] = [];
  const newRegions: RegionRow[] = [];
  const match = corpus.matcher.match(report.meta.agency, { autoCreate });
  let unitId = match.unitId;
  if (match.kind === 'new' && match.create) {
    let region = match.create.region;
    if (match.create.township) {
      region = await addRegion(db, match.create.township.parent, match.create.township.name, 'township');
      newRegions.push(region);
    }
    unitId = await createUnit(db, { name: match.create.name, kind: match.create.kind, regionId: region.id, parentId: null, origin: 'auto' }, now);
    touchedUnits.push({ ...(await getUnit(db, unitId))!, aliases: [] });
  } else if (unitId !== null && match.alias) {
    await addAlias(db, unitId, match.alias);
    const unit = corpus.matcher.unit(unitId);
    if (unit) touchedUnits.push({ ...unit, aliases: [...unit.aliases, match.alias] });
  }
  for (const region of newRegions) corpus.regions.add(region);
  for (const unit of touchedUnits) corpus.matcher.add(unit);
  return { match, unitId, touchedUnits, newRegions };
}

/** The report row and everything derived from it, as the store writes them. */
export function reportWrite(input: StoreInput, prepared: PreparedReport, match: Match, unitId: number | null, now: string): ReportWrite {
  const { report } = input;
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of report.findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  return {
    sha256: report.source.sha256,
    file: input.file,
    agency: report.meta.agency,
    year: report.meta.year,
    publishDate: report.meta.publishDate,
    template: report.meta.template,
    unitId,
    matchKind: match.kind,
    matchConfidence: match.confidence,
    matchCandidateId: match.candidateId,
    parserVersion: input.parserVersion,
    parsedAt: now,
    reportJson: prepared.json,
    cells: prepared.cells,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cells_json: f.cells && f.cells.length > 0 ? JSON.stringify(f.cells) : null,
      location_json: f.location ? JSON.stringify(f.location) : null,
      related_report_id: null,
    })),
    bands: prepared.bands,
    counts,
  };
}

/** After a report got (or changed) its unit or year: elect the primary and redo the corpus checks around it. */
export async function placeReport(db: Kysely<Database>, reportId: number, unitId: number | null, year: number | null, cache?: ReportCache): Promise<void> {
  if (unitId === null || year === null) {
    await clearPrimary(db, reportId);
    await recheckReports(db, [reportId], { cache });
    return;
  }
  await refreshUnitYear(db, unitId, year, reportId, cache);
}

/**
 * Re-elects a unit-year's primary report (fewest errors, then most cells, then the first stored) and
 * rechecks it, the next year's report, and any report that lost its primary role. The unit's reports
 * of the year before, the year and the year after are read in one query: they are everything the
 * election and the last-year checks need.
 */
export async function refreshUnitYear(db: Kysely<Database>, unitId: number, year: number, alsoReportId?: number, cache?: ReportCache): Promise<void> {
  await electAndRecheck(db, unitId, year, await unitYearReports(db, unitId, year - 1, year + 1), alsoReportId, { cache });
}

/**
 * refreshUnitYear on rows already read: `rows` are all the unit's reports of the year before, the
 * year and the year after (their primary flags are updated in place).
 */
export async function electAndRecheck(db: Kysely<Database>, unitId: number, year: number, rows: RankedReport[], alsoReportId: number | undefined, options: RecheckOptions): Promise<void> {
  const known = new KnownRows();
  known.cover(
    [
      [unitId, year - 1],
      [unitId, year],
      [unitId, year + 1],
    ],
    rows,
  );
  const current = rows.filter((r) => r.year === year);
  const before = current.filter((r) => r.is_primary === 1).map((r) => r.id);
  const ranked = [...current].sort((a, b) => a.errors - b.errors || b.cell_count - a.cell_count || a.id - b.id);
  const winner = ranked[0]?.id ?? null;
  const changed = ranked.filter((r) => r.is_primary !== (r.id === winner ? 1 : 0));
  await setPrimaryFlags(db, changed.map((r) => r.id), winner);
  for (const r of changed) r.is_primary = r.id === winner ? 1 : 0;

  const ids = new Set<number>(before);
  if (winner !== null) ids.add(winner);
  if (alsoReportId !== undefined) ids.add(alsoReportId);
  // 雷同 with last year is found from either side; the next year's report is rechecked so it sees this one.
  const next = known.primaryOf(unitId, year + 1);
  await recheckReports(db, [...ids, ...(next ? [next.id] : [])], { ...options, known });
}
