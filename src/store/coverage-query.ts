/** Coverage: every unit of a region's subtree with its report (if any) for one year, in one query. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface CoverageRow {
  unit_id: number;
  unit_name: string;
  kind: string;
  region_id: string;
  region_name: string;
  region_path: string;
  report_id: number | null;
  sha256: string | null;
  file: string | null;
  publish_date: string | null;
  errors: number | null;
  warnings: number | null;
}

export async function coverageRows(db: Kysely<Database>, regionPath: string, year: number, nameLike?: string): Promise<CoverageRow[]> {
  let q = db
    .selectFrom('units as u')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .leftJoin('reports as r', (join) => join.onRef('r.unit_id', '=', 'u.id').on('r.year', '=', year).on('r.is_primary', '=', 1))
    .select([
      'u.id as unit_id',
      'u.name as unit_name',
      'u.kind',
      'g.id as region_id',
      'g.name as region_name',
      'g.path as region_path',
      'r.id as report_id',
      'r.sha256',
      'r.file',
      'r.publish_date',
      'r.errors',
      'r.warnings',
    ])
    .where('g.path', 'like', `${regionPath}%`);
  if (nameLike) {
    const pattern = `%${nameLike}%`;
    q = q.where((eb) =>
      eb.or([eb('u.name', 'like', pattern), eb.exists(eb.selectFrom('unit_aliases as a').select('a.unit_id').whereRef('a.unit_id', '=', 'u.id').where('a.alias', 'like', pattern))]),
    );
  }
  const rows = await q.orderBy('g.path').orderBy('u.kind').orderBy('u.name').execute();
  return rows.map((r) => ({ ...r, unit_id: Number(r.unit_id), report_id: r.report_id === null ? null : Number(r.report_id) }));
}

/** Corpus (cross-year, similarity) findings per report, by severity. */
export async function corpusFindingCounts(db: Kysely<Database>, reportIds: readonly number[]): Promise<Map<number, { errors: number; warnings: number }>> {
  const out = new Map<number, { errors: number; warnings: number }>();
  for (let i = 0; i < reportIds.length; i += 500) {
    const rows = await db
      .selectFrom('findings')
      .select(['report_id', 'severity', (eb) => eb.fn.countAll().as('n')])
      .where('origin', '=', 'corpus')
      .where('report_id', 'in', reportIds.slice(i, i + 500))
      .groupBy(['report_id', 'severity'])
      .execute();
    for (const row of rows) {
      const c = out.get(row.report_id) ?? { errors: 0, warnings: 0 };
      if (row.severity === 'error') c.errors += Number(row.n);
      if (row.severity === 'warning') c.warnings += Number(row.n);
      out.set(row.report_id, c);
    }
  }
  return out;
}
