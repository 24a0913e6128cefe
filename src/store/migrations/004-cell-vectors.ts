/** Each report's cells packed into one row (see cell-vectors.ts), filled in for the reports already stored. */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../open.js';
import { packCells, pathIds } from '../cell-vectors.js';

export function cellVectors(dialect: DialectName): Migration {
  const pg = dialect === 'postgres';
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('cell_paths')
        .addColumn('id', sql.raw(pg ? 'serial' : 'integer'), (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('path', 'text', (c) => c.notNull().unique())
        .execute();
      await db.schema
        .createTable('cell_vectors')
        .addColumn('report_id', 'integer', (c) => c.primaryKey().references('reports.id').onDelete('cascade'))
        .addColumn('data', sql.raw(pg ? 'bytea' : 'blob'), (c) => c.notNull())
        .execute();
      // Reports stored before this migration, a page at a time.
      let after = 0;
      for (;;) {
        const ids: number[] = (await db.selectFrom('reports').select('id').where('id', '>', after).orderBy('id').limit(500).execute()).map((r: { id: number }) => r.id);
        if (ids.length === 0) break;
        after = ids[ids.length - 1]!;
        const cells: { report_id: number; path: string; value: number }[] = await db.selectFrom('cells').select(['report_id', 'path', 'value']).where('report_id', 'in', ids).execute();
        const byReport = new Map<number, [string, number][]>();
        for (const c of cells) byReport.set(c.report_id, [...(byReport.get(c.report_id) ?? []), [c.path, Number(c.value)]]);
        const paths = await pathIds(db, cells.map((c) => c.path));
        const rows = [...byReport].map(([reportId, list]) => ({ report_id: reportId, data: packCells(list, paths) }));
        for (let i = 0; i < rows.length; i += 200) await db.insertInto('cell_vectors').values(rows.slice(i, i + 200)).execute();
      }
    },
  };
}
