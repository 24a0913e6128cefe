/**
 * A group of parse results written in the caller's transaction with the statements of a few: every
 * original, report row, band, parse finding and cell of the group goes in at once, and the group's
 * unit-years are read once. The corpus checks then run report by report, in order, each seeing the
 * corpus as if only the reports before it had been written — the reports after it are "hidden"
 * from its lookups — so the result is the one of storing the reports one at a time.
 */
import type { Kysely } from 'kysely';
import { unitsYearsReports, type RankedReport } from '../store/light-reports.js';
import { putOriginals } from '../store/originals.js';
import { flushCells, insertReportParts, insertReports, storedStates, writeFailure, type ReportWrite } from '../store/reports.js';
import type { Database } from '../store/schema.js';
import type { Corpus } from './context.js';
import { prepareReport } from './prepared.js';
import { recheckReports } from './recheck.js';
import { electAndRecheck, reportWrite, resolveUnit, storeParsed, type ResolvedUnit, type StoreInput, type StoreResult } from './store-report.js';

export interface GroupOptions {
  /** Called between the reports' checks (the ingest lets its worker threads' messages in). */
  between?: () => Promise<void>;
}

export async function storeGroup(db: Kysely<Database>, corpus: Corpus, inputs: readonly StoreInput[], options: GroupOptions = {}): Promise<StoreResult[]> {
  const dialect = corpus.store.dialect;
  await putOriginals(db, inputs.flatMap((i) => (i.bytes ? [{ sha256: i.report.source.sha256, content: i.bytes, name: i.file }] : [])), corpus.now());
  const states = await storedStates(db, inputs.map((i) => i.report.source.sha256));

  // Bytes read before (a report to replace, a failure to clear) are rare in an ingest: those groups go one report at a time.
  if ([...states.values()].some((s) => s.reportId !== null || s.failure)) {
    const shared = { states, originalsStored: true, cells: { rows: [] } };
    const out: StoreResult[] = [];
    for (const input of inputs) {
      out.push(await storeParsed(db, corpus, input, shared));
      await options.between?.();
    }
    await flushCells(db, shared.cells, dialect);
    return out;
  }

  const results: StoreResult[] = new Array(inputs.length);
  const written: { index: number; write: ReportWrite; resolved: ResolvedUnit }[] = [];
  for (const [index, input] of inputs.entries()) {
    const { report } = input;
    const now = corpus.now();
    if (report.error) {
      await writeFailure(db, { sha256: report.source.sha256, file: input.file, code: report.error.code, message: report.error.message, parserVersion: input.parserVersion, parsedAt: now });
      results[index] = { status: 'failed', reportId: null, match: null, touchedUnits: [], newRegions: [] };
      continue;
    }
    // Units are resolved in file order, so a unit created for one report is matched by the next.
    const resolved = await resolveUnit(db, corpus, report, input.autoCreateUnits, now);
    const prepared = input.prepared ?? prepareReport(input.report);
    written.push({ index, write: reportWrite(input, prepared, resolved.match, resolved.unitId, now), resolved });
  }
  if (written.length === 0) return results;

  const ids = await insertReports(db, written.map((w) => w.write));
  const parts = written.map((w) => ({ ...w, id: ids.get(w.write.sha256)! }));
  await insertReportParts(db, parts, dialect);
  for (const p of parts) {
    corpus.cache.put(p.id, p.write.sha256, p.write.parsedAt, p.write.reportJson);
    corpus.cache.putBands(p.id, p.write.sha256, p.write.parsedAt, p.write.bands.map((b) => b.band));
  }

  const placed = parts.filter((p) => p.write.unitId !== null && p.write.year !== null);
  const rows = await unitsYearsReports(
    db,
    placed.map((p) => p.write.unitId!),
    placed.flatMap((p) => [p.write.year! - 1, p.write.year!, p.write.year! + 1]),
  );
  const hidden = new Set(parts.map((p) => p.id));
  const knownStop = new Set<number>();
  for (const p of parts) {
    hidden.delete(p.id);
    const { unitId, year } = p.write;
    if (unitId === null || year === null) {
      // Inserted as not primary, so there is no flag to clear: only its checks.
      await recheckReports(db, [p.id], { cache: corpus.cache, hidden, knownStop });
    } else {
      const visible = rows.filter((r: RankedReport) => r.unit_id === unitId && r.year !== null && Math.abs(r.year - year) <= 1 && !hidden.has(r.id));
      await electAndRecheck(db, unitId, year, visible, p.id, { cache: corpus.cache, hidden, knownStop });
    }
    results[p.index] = { status: 'report', reportId: p.id, match: p.resolved.match, touchedUnits: p.resolved.touchedUnits, newRegions: p.resolved.newRegions };
    await options.between?.();
  }
  return results;
}
