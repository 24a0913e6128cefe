/** Findings across a region's primary reports, filtered by rule, unit, severity and year, with counts for the filter lists. */
import { sql } from 'kysely';
import type { WebDb } from './web-schema.js';
import { scopeSql, type DataScope } from './web-scope.js';

export interface FindingFilter {
  regionPath: string;
  rule?: string;
  severity?: 'error' | 'warning' | 'info';
  unitId?: number;
  /** Part of a unit's name. */
  unitName?: string;
  year?: number;
  offset: number;
  limit: number;
}

function base(db: WebDb, scope: DataScope, f: Omit<FindingFilter, 'offset' | 'limit'>, facet?: 'rule' | 'severity') {
  let q = db
    .selectFrom('findings as f')
    .innerJoin('reports as r', 'r.id', 'f.report_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .where('r.is_primary', '=', 1)
    .where('g.path', 'like', `${f.regionPath}%`)
    .where(scopeSql(scope));
  // A facet's own filter is left out, so its list shows what choosing another value would give.
  if (f.rule && facet !== 'rule') q = q.where('f.rule', '=', f.rule);
  if (f.severity && facet !== 'severity') q = q.where('f.severity', '=', f.severity);
  if (f.unitId !== undefined) q = q.where('u.id', '=', f.unitId);
  if (f.unitName) q = q.where('u.name', 'like', `%${f.unitName}%`);
  if (f.year !== undefined) q = q.where('r.year', '=', f.year);
  return q;
}

export async function regionFindings(db: WebDb, scope: DataScope, f: FindingFilter) {
  const total = Number((await base(db, scope, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base(db, scope, f)
    .select(['f.id', 'f.report_id', 'f.origin', 'f.rule', 'f.severity', 'f.message', 'f.cells_json', 'f.related_report_id', 'r.year', 'r.file', 'u.id as unit_id', 'u.name as unit_name', 'g.full_name as region_name'])
    .orderBy(sql`case f.severity when 'error' then 0 when 'warning' then 1 else 2 end`)
    .orderBy('r.year', 'desc')
    .orderBy('u.name')
    .orderBy('f.id')
    .offset(f.offset)
    .limit(f.limit)
    .execute();
  const byRule = await base(db, scope, f, 'rule')
    .select(['f.rule', (eb) => eb.fn.countAll().as('n')])
    .groupBy('f.rule')
    .orderBy('f.rule')
    .execute();
  const bySeverity = await base(db, scope, f, 'severity')
    .select(['f.severity', (eb) => eb.fn.countAll().as('n')])
    .groupBy('f.severity')
    .execute();
  return {
    total,
    rows,
    byRule: byRule.map((r) => ({ rule: r.rule, count: Number(r.n) })),
    bySeverity: Object.fromEntries(bySeverity.map((r) => [r.severity, Number(r.n)])) as Partial<Record<'error' | 'warning' | 'info', number>>,
  };
}
