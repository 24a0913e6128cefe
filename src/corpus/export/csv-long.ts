/** Long-form CSV for researchers: one line per (unit, year, cell path, value), streamed a few hundred reports at a time. */
import { cellsOfReports, reportsInScope } from '../../store/aggregate-query.js';
import type { RegionRow } from '../../store/schema.js';
import { cellName } from '../../templates/labels.js';
import type { Corpus } from '../context.js';

export const LONG_CSV_HEADER = ['unit', 'unit_kind', 'region', 'year', 'template', 'sha256', 'path', 'label', 'value'];

export async function* longCsvLines(corpus: Corpus, region: RegionRow, year: number | null): AsyncGenerator<string> {
  // A BOM so that Excel opens the UTF-8 file with its Chinese intact.
  yield '\uFEFF' + LONG_CSV_HEADER.join(',') + '\n';
  const reports = await reportsInScope(corpus.store.db, region.path, year);
  for (let i = 0; i < reports.length; i += 200) {
    const chunk = reports.slice(i, i + 200);
    const byId = new Map(chunk.map((r) => [r.id, r]));
    let out = '';
    for (const c of await cellsOfReports(corpus.store.db, chunk.map((r) => r.id))) {
      const r = byId.get(c.report_id)!;
      out += [r.unit_name, r.kind, r.region_name, r.year ?? '', r.template ?? '', r.sha256, c.path, cellName(c.path), c.value].map(csvField).join(',') + '\n';
    }
    yield out;
  }
}

/** RFC 4180 quoting: only fields with a comma, quote or line break are quoted. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
