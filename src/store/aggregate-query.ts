/** Aggregation as SQL: sums of long-form cells over a region's units of one year, and per-unit values for rankings. */
import type { Kysely } from 'kysely';
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
  let q = db
    .selectFrom('cells as c')
    .innerJoin('reports as r', 'r.id', 'c.report_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .where('r.year', '=', scope.year)
    .where('r.is_primary', '=', 1)
    .where('u.kind', 'in', [...scope.kinds])
    .where('g.path', 'like', `${scope.regionPath}%`);
  if (scope.exactRegionId) q = q.where('g.id', '=', scope.exactRegionId);
  return q;
}

/** Σ value and the number of reports giving the cell, per cell path of tables 2–4. */
export async function sumCells(db: Kysely<Database>, scope: AggregateScope): Promise<{ path: string; sum: number; n: number }[]> {
  const rows = await scoped(db, scope)
    .select(['c.path', (eb) => eb.fn.sum<number>('c.value').as('sum'), (eb) => eb.fn.countAll().as('n')])
    .where((eb) => eb.or([eb('c.path', 'like', 'table2.%'), eb('c.path', 'like', 'table3.%'), eb('c.path', 'like', 'table4.%')]))
    .groupBy('c.path')
    .orderBy('c.path')
    .execute();
  return rows.map((r) => ({ path: r.path, sum: Number(r.sum), n: Number(r.n) }));
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
  let q = db
    .selectFrom('reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('r.year', '=', scope.year)
    .where('r.is_primary', '=', 1)
    .where('u.kind', 'in', [...scope.kinds])
    .where('g.path', 'like', `${scope.regionPath}%`);
  if (scope.exactRegionId) q = q.where('g.id', '=', scope.exactRegionId);
  return Number((await q.executeTakeFirstOrThrow()).n);
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
