/** Every cell of a rendered draft that reads back differently, as "path: got x, want y". */
import type { Report } from '../../src/model/report.js';
import type { ReportDraft } from '../../src/render/draft.js';
import { toTraditional } from '../../src/text/script.js';

export function draftDifferences(draft: ReportDraft, report: Report, traditional = false): string[] {
  const out: string[] = [];
  for (const table of ['table2', 'table3', 'table4'] as const) {
    for (const [row, group] of Object.entries(draft.tables[table] ?? {})) {
      for (const [column, want] of Object.entries(group)) {
        const got = report.tables[table]?.[row]?.[column];
        if (got !== want) out.push(`${table}.${row}.${column}: got ${got}, want ${want}`);
      }
    }
  }
  for (const [key, want] of Object.entries(draft.tables.legacy ?? {})) {
    // Legacy keys are written as printed: in Traditional script for a Traditional document.
    const printed = traditional ? toTraditional(key) : key;
    const got = report.tables.legacy?.[printed];
    if (got !== want) out.push(`legacy.${printed}: got ${got}, want ${want}`);
  }
  return out;
}
