/**
 * Fills a corpus database with many reports fast, without parsing (for the query bench): units are
 * every county × the departments, years 2021–2024, each report a seed report with scaled numbers,
 * written in transactions of 200 reports.
 */
import { sql } from 'kysely';
import { flattenCells } from '../corpus/cells.js';
import type { Report } from '../model/report.js';
import type { Store } from '../store/open.js';
import { flushCells } from '../store/reports.js';
import { DEPARTMENTS, scaledReport } from './corpus-synth.js';

export async function fillStore(store: Store, bases: readonly Report[], stored: number, log: (text: string) => void): Promise<void> {
  const db = store.db;
  const counties = await db.selectFrom('regions').select(['id', 'name']).where('level', '=', 'county').orderBy('id').execute();
  const now = new Date().toISOString();
  const units: { id: number; name: string }[] = [];
  const perYear = Math.ceil(stored / 4);
  for (let i = 0; units.length < perYear; i++) {
    const county = counties[i % counties.length]!;
    const dept = DEPARTMENTS[Math.floor(i / counties.length) % DEPARTMENTS.length]!;
    units.push({ id: 0, name: `${county.name}${dept}` });
  }
  for (let i = 0; i < units.length; i += 1000) {
    const chunk = units.slice(i, i + 1000);
    const rows = await db
      .insertInto('units')
      .values(chunk.map((u, j) => ({ name: u.name, kind: 'department' as const, region_id: counties[(i + j) % counties.length]!.id, parent_id: null, origin: 'auto' as const, created_at: now })))
      .returning('id')
      .execute();
    rows.forEach((r, j) => (chunk[j]!.id = r.id));
  }
  let done = 0;
  const batch = 200;
  while (done < stored) {
    const n = Math.min(batch, stored - done);
    await db.transaction().execute(async (trx) => {
      const reports = Array.from({ length: n }, (_, k) => {
        const i = done + k;
        const unit = units[i % units.length]!;
        const year = 2021 + Math.floor(i / units.length);
        const r = scaledReport(bases[i % bases.length]!, i, unit.name, year);
        return { r, unit, year };
      });
      await trx.insertInto('originals').values(reports.map(({ r }) => ({ sha256: r.source.sha256, size: 1, content: new Uint8Array([1]), first_name: r.source.file, stored_at: now }))).execute();
      const ids = await trx
        .insertInto('reports')
        .values(
          reports.map(({ r, unit, year }) => ({
            sha256: r.source.sha256,
            file: r.source.file,
            agency: unit.name,
            year,
            publish_date: r.meta.publishDate,
            template: r.meta.template,
            unit_id: unit.id,
            match_kind: 'exact' as const,
            match_confidence: 1,
            match_candidate_id: null,
            is_primary: 1 as const,
            parser_version: 'bench',
            parsed_at: now,
            // Sections left out: the stored JSON is not what these queries read.
            report_json: JSON.stringify({ ...r, sections: [] }),
            cell_count: flattenCells(r.tables).length,
            finding_count: 0,
            errors: r.findings.some((f) => f.severity === 'error') ? 1 : 0,
            warnings: 0,
            infos: 0,
          })),
        )
        .returning('id')
        .execute();
      await flushCells(trx, { rows: reports.map(({ r }, k) => ({ reportId: ids[k]!.id, cells: flattenCells(r.tables) })) }, store.dialect);
    });
    done += n;
    if (done % 10000 === 0) log(`  已写入 ${done}/${stored}`);
  }
  if (store.dialect === 'postgres') await sql`vacuum analyze`.execute(db);
}
