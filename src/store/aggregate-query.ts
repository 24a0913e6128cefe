/** Aggregation: sums of cells over a region's units of one year (from the packed cell vectors), and per-unit values for rankings (from the long form). */
import type { Kysely } from 'kysely';
import { pathNames, unpackCells } from './cell-vectors.js';
import type { Database, UnitKind } from './schema.js';

export interface AggregateScope {
  /** Region path prefix ('/320000/320800/'). */
  regionPath: string;
  year: number;
  kinds: readonly UnitKind[];
  /** Only these units' regions exactly (no subtree), when given. */
  exactRegionId?: string;
}

function scoped(db: Kysely<Database>, scope: AggregateScope) {
  return scopedReports(db, scope).innerJoin('cells as c', 'c.report_id', 'r.id');
}

/**
 * Σ value and the number of reports giving the cell, per cell path of tables 2–4, in path order.
 * Read from the scope's cell vectors (one row per report) and added here: the same sums as a
 * GROUP BY over the long-form cells, which had to sort every cell of a province (cell-vectors.ts).
 */
export async function sumCells(db: Kysely<Database>, scope: AggregateScope): Promise<{ path: string; sum: number; n: number }[]> {
  const vectors = await scopedReports(db, scope).innerJoin('cell_vectors as v', 'v.report_id', 'r.id').select('v.data').execute();
  // Compensated (Kahan–Babuška–Neumaier) sums, as SQLite's sum() adds: fractions do not drift with the number of reports.
  const sums = new Map<number, { sum: number; compensation: number; n: number }>();
  for (const { data } of vectors) {
    unpackCells(data, (id, value) => {
      let s = sums.get(id);
      if (!s) sums.set(id, (s = { sum: 0, compensation: 0, n: 0 }));
      const t = s.sum + value;
      s.compensation += Math.abs(s.sum) >= Math.abs(value) ? s.sum - t + value : value - t + s.sum;
      s.sum = t;
      s.n++;
    });
  }
  if (sums.size === 0) return [];
  const names = await pathNames(db);
  return [...sums]
    .map(([id, s]) => ({ path: names.get(id)!, sum: s.sum + s.compensation, n: s.n }))
    .filter((r) => /^table[234]\./.test(r.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The primary reports of a scope (regions by path prefix, one year, some unit kinds), with their
 * unit. Regions, then their units, are chosen in nested subqueries so that both databases start
 * from the region: written as joins, SQLite started from every primary report of the year (25,000
 * at 100,000 stored), or from every unit, since it cannot see how few rows a bound LIKE keeps.
 */
function scopedReports(db: Kysely<Database>, scope: AggregateScope) {
  return db
    .selectFrom('reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .where('r.year', '=', scope.year)
    .where('r.is_primary', '=', 1)
    .where('r.unit_id', 'in', (eb) =>
      eb
        .selectFrom('units as su')
        .select('su.id')
        .where('su.kind', 'in', [...scope.kinds])
        .where('su.region_id', 'in', (eb2) => {
          const regions = eb2.selectFrom('regions as g').select('g.id').where('g.path', 'like', `${scope.regionPath}%`);
          return scope.exactRegionId ? regions.where('g.id', '=', scope.exactRegionId) : regions;
        }),
    );
}

/** One cell's value per unit, largest first (rankings). */
export async function cellByUnit(db: Kysely<Database>, scope: AggregateScope, path: string, limit: number) {
  const rows = await scoped(db, scope)
    .select(['u.id as unit_id', 'u.name as unit_name', 'u.kind', 'r.id as report_id', 'c.value'])
    .where('c.path', '=', path)
    .orderBy('c.value', 'desc')
    .orderBy('u.name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ unitId: Number(r.unit_id), unitName: r.unit_name, kind: r.kind, reportId: Number(r.report_id), value: Number(r.value) }));
}

/** How many reports are in the scope (the sample size of rankings). */
export async function reportCount(db: Kysely<Database>, scope: AggregateScope): Promise<number> {
  return Number((await scopedReports(db, scope).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

/** The primary reports of a region's units (one year, or all years), with their unit: what exports walk through. */
export async function reportsInScope(db: Kysely<Database>, regionPath: string, year: number | null) {
  let q = db
    .selectFrom('reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .select(['r.id', 'r.sha256', 'r.file', 'r.year', 'r.template', 'u.id as unit_id', 'u.name as unit_name', 'u.kind', 'g.full_name as region_name'])
    .where('r.is_primary', '=', 1)
    .where('g.path', 'like', `${regionPath}%`);
  if (year !== null) q = q.where('r.year', '=', year);
  return q.orderBy('g.path').orderBy('u.name').orderBy('r.year').execute();
}

/** Cells of a set of reports, in report and path order. */
export async function cellsOfReports(db: Kysely<Database>, reportIds: readonly number[]): Promise<{ report_id: number; path: string; value: number }[]> {
  if (reportIds.length === 0) return [];
  const rows = await db.selectFrom('cells').select(['report_id', 'path', 'value']).where('report_id', 'in', [...reportIds]).orderBy('report_id').orderBy('path').execute();
  return rows.map((r) => ({ report_id: r.report_id, path: r.path, value: Number(r.value) }));
}
