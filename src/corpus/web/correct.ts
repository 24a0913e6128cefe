/**
 * A person's correction of a report's unit or year, kept with who and when. The unit goes through
 * the corpus's own resolution (the agency name becomes an alias of the unit); a new year moves the
 * report and redoes the primary election and the cross-year checks on both sides.
 */
import { getReportRow } from '../../store/reports.js';
import type { ReportRow } from '../../store/schema.js';
import { insertCorrection, setReportYear } from '../../store/web-corrections.js';
import { webDb } from '../../store/web-schema.js';
import type { Corpus } from '../context.js';
import { placeReport, refreshUnitYear } from '../store-report.js';
import { resolveReportUnit } from '../units/resolve.js';

export interface Correction {
  unitId?: number;
  year?: number;
  note?: string | null;
}

export interface Corrector {
  userId: number;
  username: string;
  /** When (the app's clock, so tests and the audit log agree). */
  at: string;
}

/** Applies the changes that differ from the report's current values; returns the fields changed. */
export async function correctReport(corpus: Corpus, row: ReportRow, change: Correction, who: Corrector): Promise<('unit' | 'year')[]> {
  const changed: ('unit' | 'year')[] = [];
  const record = async (field: 'unit' | 'year', oldValue: string | null, newValue: string) =>
    insertCorrection(webDb(corpus.store.db), { report_id: row.id, sha256: row.sha256, field, old_value: oldValue, new_value: newValue, note: change.note ?? null, user_id: who.userId, username: who.username, at: who.at });

  if (change.unitId !== undefined && change.unitId !== row.unit_id) {
    const before = row.unit_id === null ? null : (corpus.matcher.unit(row.unit_id)?.name ?? String(row.unit_id));
    await resolveReportUnit(corpus, row, { unitId: change.unitId });
    await record('unit', before, corpus.matcher.unit(change.unitId)?.name ?? String(change.unitId));
    changed.push('unit');
  }
  const current = (await getReportRow(corpus.store.db, row.id))!;
  if (change.year !== undefined && change.year !== current.year) {
    const newYear = change.year;
    await corpus.store.db.transaction().execute(async (trx) => {
      await setReportYear(webDb(trx), current.id, newYear);
      if (current.unit_id !== null && current.year !== null) await refreshUnitYear(trx, current.unit_id, current.year);
      await placeReport(trx, current.id, current.unit_id, newYear);
    });
    await record('year', current.year === null ? null : String(current.year), String(newYear));
    changed.push('year');
  }
  return changed;
}
