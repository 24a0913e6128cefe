/** The region tree as the web app walks it: regions that hold units (with counts), units in a region, search by any part of a name, and adding regions. */
import type { RegionRow } from './schema.js';
import type { WebDb } from './web-schema.js';
import { scopeSql, type DataScope } from './web-scope.js';

/** How many units sit in each region (its own, not the subtree), keyed by region path. */
export async function unitCountsByRegion(db: WebDb): Promise<{ id: string; path: string; units: number }[]> {
  const rows = await db
    .selectFrom('units as u')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .select(['g.id', 'g.path', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['g.id', 'g.path'])
    .execute();
  return rows.map((r) => ({ id: r.id, path: r.path, units: Number(r.n) }));
}

export async function regionsByIds(db: WebDb, ids: readonly string[]): Promise<RegionRow[]> {
  if (ids.length === 0) return [];
  const out: RegionRow[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await db.selectFrom('regions').selectAll().where('id', 'in', ids.slice(i, i + 500)).execute()));
  return out;
}

/** The units whose region is exactly this one. */
export async function unitsOfRegion(db: WebDb, regionId: string) {
  const rows = await db.selectFrom('units').select(['id', 'name', 'kind']).where('region_id', '=', regionId).orderBy('name').execute();
  // The government first, then departments, then townships: the order a region's list is read in.
  const rank: Record<string, number> = { government: 0, department: 1, township: 2 };
  return rows.sort((a, b) => (rank[a.kind] ?? 3) - (rank[b.kind] ?? 3));
}

/** Units (by name or alias) and regions (towns, streets, counties…) containing the text, within the scope. */
export async function searchNames(db: WebDb, scope: DataScope, text: string, limit: number) {
  const pattern = `%${text}%`;
  const units = await db
    .selectFrom('units as u')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .select(['u.id', 'u.name', 'u.kind', 'g.id as region_id', 'g.full_name as region_name'])
    .where(scopeSql(scope))
    .where((eb) =>
      eb.or([eb('u.name', 'like', pattern), eb('g.full_name', 'like', pattern), eb.exists(eb.selectFrom('unit_aliases as a').select('a.unit_id').whereRef('a.unit_id', '=', 'u.id').where('a.alias', 'like', pattern))]),
    )
    .orderBy('g.path')
    .orderBy('u.name')
    .limit(limit)
    .execute();
  if (scope.kind === 'unit') return { units, regions: [] };
  let rq = db.selectFrom('regions as g').select(['g.id', 'g.name', 'g.level', 'g.full_name', 'g.path']).where('g.name', 'like', pattern);
  if (scope.kind === 'region') rq = rq.where('g.path', 'like', `${scope.path}%`);
  const regions = await rq.orderBy('g.path').limit(limit * 4).execute();
  return { units, regions };
}

/** Inserts a region row as given (the demo region has no code in the national list). */
export async function insertRegion(db: WebDb, row: RegionRow): Promise<void> {
  await db.insertInto('regions').values(row).onConflict((oc) => oc.column('id').doNothing()).execute();
}
