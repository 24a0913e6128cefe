/** Corrections of a report's unit or year, newest last. */
import type { CorrectionRow, WebDb } from './web-schema.js';

export async function insertCorrection(db: WebDb, row: Omit<CorrectionRow, 'id'>): Promise<void> {
  await db.insertInto('web_corrections').values(row).execute();
}

/** By report id or by the original's sha256 (a reparse may have given the report a new row). */
export async function correctionsOf(db: WebDb, reportId: number, sha256: string): Promise<CorrectionRow[]> {
  return db
    .selectFrom('web_corrections')
    .selectAll()
    .where((eb) => eb.or([eb('report_id', '=', reportId), eb('sha256', '=', sha256)]))
    .orderBy('id')
    .execute();
}

/** Sets a report's year (the correction itself; primaries and checks are redone by the caller). */
export async function setReportYear(db: WebDb, reportId: number, year: number): Promise<void> {
  await db.updateTable('reports').set({ year }).where('id', '=', reportId).execute();
}
