/** Reading a cell of a report by its contract path (table3.received.total, or a legacy key). */
import type { Report } from '../../src/model/report.js';

export function cellOf(report: Pick<Report, 'tables'>, path: string): number | null | undefined {
  const [table, row, column] = path.split('.');
  if (table === 'table2' || table === 'table3' || table === 'table4') return report.tables[table]?.[row!]?.[column!];
  return report.tables.legacy?.[path];
}

/** Every gold cell that the report reads differently, as "path: got x, want y" lines. */
export function cellDifferences(report: Pick<Report, 'tables'>, cells: Record<string, number | null>): string[] {
  const out: string[] = [];
  for (const [path, want] of Object.entries(cells)) {
    const got = cellOf(report, path);
    if (got !== want) out.push(`${path}: got ${String(got)}, want ${String(want)}`);
  }
  return out;
}
