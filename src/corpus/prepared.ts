/**
 * What the writer stores besides the report row — its JSON, long-form cells and similarity bands —
 * computed where the report is parsed (a worker thread), so the one writing thread only writes.
 * Cells travel as JSON text: the database unpacks them, and the writer never touches a cell.
 */
import type { Report } from '../model/report.js';
import type { PreparedCells } from '../store/reports.js';
import { flattenCells } from './cells.js';
import { reportBands } from './similarity/sections.js';

export interface PreparedReport {
  json: string;
  cells: PreparedCells;
  bands: { band: number; section: number }[];
}

/** The parts of a report the writer reads itself; the rest reaches the store as prepared JSON. */
export type ReportHead = Pick<Report, 'source' | 'meta' | 'findings' | 'error'>;

/** A parse result as the ingest pipeline receives it: a full report to prepare here, or a head with everything prepared. */
export type ParsedFile = { report: Report; prepared?: undefined } | { report: ReportHead; prepared: PreparedReport };

export function prepareReport(report: Report): PreparedReport {
  const cells = flattenCells(report.tables);
  return { json: JSON.stringify(report), cells: { json: JSON.stringify(cells), count: cells.length }, bands: reportBands(report.sections) };
}

/**
 * What a worker posts back: a file that is no report as it is, a report as its head and prepared
 * parts (sections and tables are inside the JSON; copying them across threads again cost the
 * writer as much as a query).
 */
export function preparedFile(report: Report): ParsedFile {
  if (report.error) return { report };
  const { source, meta, findings, error } = report;
  return { report: { source, meta, findings, error }, prepared: prepareReport(report) };
}
