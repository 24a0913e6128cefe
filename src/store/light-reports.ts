/** The columns of reports that primary election and the corpus checks read (never report_json), with the unit's name. */
import type { Kysely } from 'kysely';
import type { Database, ReportRow } from './schema.js';

export interface LightReport extends Pick<ReportRow, 'id' | 'sha256' | 'unit_id' | 'year' | 'is_primary' | 'agency' | 'parsed_at'> {
  unit_name: string | null;
}

/** A unit-year's report as the primary election ranks it. */
export interface RankedReport extends LightReport, Pick<ReportRow, 'errors' | 'cell_count'> {}

function lightQuery(db: Kysely<Database>) {
  return db
    .selectFrom('reports as r')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.id', 'r.sha256', 'r.unit_id', 'r.year', 'r.is_primary', 'r.agency', 'r.parsed_at', 'u.name as unit_name']);
}

export async function lightReports(db: Kysely<Database>, ids: readonly number[]): Promise<LightReport[]> {
  const out: LightReport[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await lightQuery(db).where('r.id', 'in', ids.slice(i, i + 500)).execute()));
  return out;
}

/**
 * Every report of one unit in a span of years (the unit-year being elected and its neighbours), in
 * id order. Answered from the index reports_unit_year_rank alone: in SQLite errors and cell_count
 * sit after report_json in the row, and reading them from the table meant reading the JSON too.
 */
export async function unitYearReports(db: Kysely<Database>, unitId: number, fromYear: number, toYear: number): Promise<RankedReport[]> {
  return lightQuery(db)
    .select(['r.errors', 'r.cell_count'])
    .where('r.unit_id', '=', unitId)
    .where('r.year', '>=', fromYear)
    .where('r.year', '<=', toYear)
    .orderBy('r.id')
    .execute();
}

/** Every report of these units in these years, ranked as unitYearReports ranks them (a group's unit-years read at once). */
export async function unitsYearsReports(db: Kysely<Database>, unitIds: readonly number[], years: readonly number[]): Promise<RankedReport[]> {
  if (unitIds.length === 0 || years.length === 0) return [];
  return lightQuery(db)
    .select(['r.errors', 'r.cell_count'])
    .where('r.unit_id', 'in', [...new Set(unitIds)])
    .where('r.year', 'in', [...new Set(years)])
    .orderBy('r.id')
    .execute();
}

/** The primary reports of the given unit-years, in id order. */
export async function primaryReports(db: Kysely<Database>, unitYears: ReadonlyArray<readonly [number, number]>): Promise<LightReport[]> {
  if (unitYears.length === 0) return [];
  return lightQuery(db)
    .where('r.is_primary', '=', 1)
    .where((eb) => eb.or(unitYears.map(([unit, year]) => eb.and([eb('r.unit_id', '=', unit), eb('r.year', '=', year)]))))
    .orderBy('r.id')
    .execute();
}
