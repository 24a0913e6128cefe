/** A report's tables as long-form (path, value) pairs: the rows of the cells table. */
import type { Tables } from '../model/report.js';

export function flattenCells(tables: Tables): [string, number][] {
  const out: [string, number][] = [];
  for (const table of ['table2', 'table3', 'table4'] as const) {
    for (const [row, group] of Object.entries(tables[table] ?? {})) {
      for (const [column, value] of Object.entries(group)) if (typeof value === 'number' && Number.isFinite(value)) out.push([`${table}.${row}.${column}`, value]);
    }
  }
  for (const [key, value] of Object.entries(tables.legacy ?? {})) if (typeof value === 'number' && Number.isFinite(value)) out.push([`legacy.${key}`, value]);
  return out;
}
