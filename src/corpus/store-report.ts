/**
 * Writes one parse result inside the caller's transaction: the original (once), the report or the
 * failure, its unit match (creating a unit when the agency is new), the primary choice for its unit
 * and year, and the corpus findings around it.
 */
import type { Kysely } from 'kysely';
import type { Report } from '../model/report.js';
import { putOriginal } from '../store/originals.js';
import { addRegion } from '../store/regions.js';
import { clearPrimary, electPrimary, primaryReport, writeFailure, writeReport } from '../store/reports.js';
import type { Database, RegionRow } from '../store/schema.js';
import { addAlias, createUnit, getUnit, type UnitWithAliases } from '../store/units.js';
import { flattenCells } from './cells.js';
import type { Corpus } from './context.js';
import { recheckPrevious, recheckSimilar } from './recheck.js';
import { reportBands } from './similarity/sections.js';
import type { Match } from './units/matcher.js';

export interface StoreResult {
  status: 'report' | 'failed';
  reportId: number | null;
  match: Match | null;
  /** Units and regions created or changed (already added to the corpus's in-memory index). */
  touchedUnits: UnitWithAliases[];
  newRegions: RegionRow[];
}

export interface StoreInput {
  report: Report;
  /** The original's bytes, when not stored yet (ingest); reparse passes none. */
  bytes?: Uint8Array;
  file: string;
  parserVersion: string;
  autoCreateUnits: boolean;
}

export async function storeParsed(db: Kysely<Database>, corpus: Corpus, input: StoreInput): Promise<StoreResult> {
  const { report } = input;
  const now = corpus.now();
  const sha = report.source.sha256;
  if (input.bytes) await putOriginal(db, sha, input.bytes, input.file, now);

  if (report.error) {
    const { removedReport } = await writeFailure(db, { sha256: sha, file: input.file, code: report.error.code, message: report.error.message, parserVersion: input.parserVersion, parsedAt: now });
    if (removedReport?.unit_id != null && removedReport.year !== null) await refreshUnitYear(db, removedReport.unit_id, removedReport.year);
    return { status: 'failed', reportId: null, match: null, touchedUnits: [], newRegions: [] };
  }

  const touchedUnits: UnitWithAliases[] = [];
  const newRegions: RegionRow[] = [];
  const match = corpus.matcher.match(report.meta.agency, { autoCreate: input.autoCreateUnits });
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

  const previous = await db.selectFrom('reports').select(['id', 'unit_id', 'year']).where('sha256', '=', sha).executeTakeFirst();
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of report.findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  const reportId = await writeReport(db, {
    sha256: sha,
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
    reportJson: JSON.stringify(report),
    cells: flattenCells(report.tables),
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cells_json: f.cells && f.cells.length > 0 ? JSON.stringify(f.cells) : null,
      location_json: f.location ? JSON.stringify(f.location) : null,
      related_report_id: null,
    })),
    bands: reportBands(report.sections),
    counts,
  });

  // A reparse may have moved the report to another unit or year: the old place needs its primary and checks redone.
  if (previous && previous.unit_id !== null && previous.year !== null && (previous.unit_id !== unitId || previous.year !== report.meta.year)) {
    await refreshUnitYear(db, previous.unit_id, previous.year);
  }
  await placeReport(db, reportId, unitId, report.meta.year);
  // The index sees new units at once, so the next report of the same transaction matches them; a rollback reloads it.
  for (const region of newRegions) corpus.regions.add(region);
  for (const unit of touchedUnits) corpus.matcher.add(unit);
  return { status: 'report', reportId, match, touchedUnits, newRegions };
}

/** After a report got (or changed) its unit or year: elect the primary and redo the corpus checks around it. */
export async function placeReport(db: Kysely<Database>, reportId: number, unitId: number | null, year: number | null): Promise<void> {
  if (unitId === null || year === null) {
    await clearPrimary(db, reportId);
    await recheckPrevious(db, reportId);
    await recheckSimilar(db, reportId);
    return;
  }
  await refreshUnitYear(db, unitId, year, reportId);
}

/** Re-elects a unit-year's primary report and rechecks it, the next year's report, and any report that lost its primary role. */
export async function refreshUnitYear(db: Kysely<Database>, unitId: number, year: number, alsoReportId?: number): Promise<void> {
  const before = await db.selectFrom('reports').select('id').where('unit_id', '=', unitId).where('year', '=', year).where('is_primary', '=', 1).execute();
  const primary = await electPrimary(db, unitId, year);
  const ids = new Set<number>(before.map((r) => r.id));
  if (primary !== null) ids.add(primary);
  if (alsoReportId !== undefined) ids.add(alsoReportId);
  for (const id of ids) {
    await recheckPrevious(db, id);
    await recheckSimilar(db, id);
  }
  const next = await primaryReport(db, unitId, year + 1);
  if (next) {
    await recheckPrevious(db, next.id);
    // 雷同 with last year is found from either side; the next year's report is rechecked so it sees this one.
    await recheckSimilar(db, next.id);
  }
}
