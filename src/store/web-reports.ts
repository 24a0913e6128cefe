/** Reports as the web app lists and opens them: with their unit and region, within the user's scope. */
import { sql } from 'kysely';
import type { ReportRow } from './schema.js';
import type { WebDb } from './web-schema.js';
import { scopeSql, type DataScope } from './web-scope.js';

export interface ReportPlace {
  report: ReportRow;
  unitName: string | null;
  unitKind: string | null;
  regionId: string | null;
  regionPath: string | null;
  regionName: string | null;
}

/** A report with where it belongs (for access checks and the page header). */
export async function reportPlace(db: WebDb, id: number): Promise<ReportPlace | null> {
  const report = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!report) return null;
  if (report.unit_id === null) return { report, unitName: null, unitKind: null, regionId: null, regionPath: null, regionName: null };
  const place = await db
    .selectFrom('units as u')
    .leftJoin('regions as g', 'g.id', 'u.region_id')
    .select(['u.name', 'u.kind', 'g.id', 'g.path', 'g.full_name'])
    .where('u.id', '=', report.unit_id)
    .executeTakeFirst();
  return { report, unitName: place?.name ?? null, unitKind: place?.kind ?? null, regionId: place?.id ?? null, regionPath: place?.path ?? null, regionName: place?.full_name ?? null };
}

export interface ReportFilter {
  q?: string;
  year?: number;
  unitId?: number;
  regionPath?: string;
  /** 'unassigned': reports without a unit (pending or none). */
  match?: 'unassigned';
  withErrors?: boolean;
  offset: number;
  limit: number;
}

export async function listScopedReports(db: WebDb, scope: DataScope, filter: ReportFilter) {
  let q = db
    .selectFrom('reports as r')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('regions as g', 'g.id', 'u.region_id')
    .where(scopeSql(scope));
  if (filter.year !== undefined) q = q.where('r.year', '=', filter.year);
  if (filter.unitId !== undefined) q = q.where('r.unit_id', '=', filter.unitId);
  if (filter.regionPath) q = q.where('g.path', 'like', `${filter.regionPath}%`);
  if (filter.match === 'unassigned') q = q.where('r.unit_id', 'is', null);
  if (filter.withErrors) q = q.where('r.errors', '>', 0);
  if (filter.q) {
    const pattern = `%${filter.q}%`;
    q = q.where((eb) => eb.or([eb('u.name', 'like', pattern), eb('r.agency', 'like', pattern), eb('r.file', 'like', pattern)]));
  }
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .select([
      'r.id',
      'r.sha256',
      'r.file',
      'r.agency',
      'r.year',
      'r.publish_date',
      'r.template',
      'r.unit_id',
      'r.match_kind',
      'r.is_primary',
      'r.errors',
      'r.warnings',
      'r.infos',
      'r.parsed_at',
      'u.name as unit_name',
      'g.full_name as region_name',
      // Cross-year and 雷同 findings are derived later and are not in the row's own counts.
      (eb) => eb.selectFrom('findings as f').select((x) => x.fn.countAll().as('n')).whereRef('f.report_id', '=', 'r.id').where('f.origin', '=', 'corpus').where('f.severity', '=', 'error').as('corpus_errors'),
      (eb) => eb.selectFrom('findings as f').select((x) => x.fn.countAll().as('n')).whereRef('f.report_id', '=', 'r.id').where('f.origin', '=', 'corpus').where('f.severity', '=', 'warning').as('corpus_warnings'),
    ])
    .orderBy('r.id', 'desc')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return { total, rows };
}

/** A unit's reports by year (every stored copy; the primary marked), for the unit page and compare. */
export async function unitReports(db: WebDb, unitId: number) {
  return db
    .selectFrom('reports')
    .select(['id', 'year', 'file', 'publish_date', 'template', 'is_primary', 'errors', 'warnings', 'infos'])
    .where('unit_id', '=', unitId)
    .orderBy('year', 'desc')
    .orderBy('is_primary', 'desc')
    .execute();
}

/** The years with a primary report in a region subtree (for the default range of the coverage matrix and the dashboard). */
export async function yearsInRegion(db: WebDb, regionPath: string): Promise<number[]> {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .select('r.year')
    .distinct()
    .where('r.is_primary', '=', 1)
    .where('r.year', 'is not', null)
    .where('g.path', 'like', `${regionPath}%`)
    .orderBy('r.year')
    .execute();
  return rows.map((r) => Number(r.year));
}

/** Counts for the home page, within the scope. */
export async function scopedTotals(db: WebDb, scope: DataScope) {
  const row = await db
    .selectFrom('reports as r')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('regions as g', 'g.id', 'u.region_id')
    .where(scopeSql(scope))
    .select([
      (eb) => eb.fn.countAll().as('reports'),
      (eb) => eb.fn.sum<number>(sql`case when r.errors > 0 then 1 else 0 end`).as('with_errors'),
      (eb) => eb.fn.sum<number>(sql`case when r.unit_id is null then 1 else 0 end`).as('unassigned'),
    ])
    .executeTakeFirstOrThrow();
  return { reports: Number(row.reports), withErrors: Number(row.with_errors ?? 0), unassigned: Number(row.unassigned ?? 0) };
}
