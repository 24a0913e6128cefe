/** Units (政府, 部门, 乡镇/街道) and their aliases. */
import type { Kysely } from 'kysely';
import type { Database, UnitKind, UnitRow } from './schema.js';

export interface UnitWithAliases extends UnitRow {
  aliases: string[];
}

export async function allUnits(db: Kysely<Database>): Promise<UnitWithAliases[]> {
  const units = await db.selectFrom('units').selectAll().orderBy('id').execute();
  const aliases = await db.selectFrom('unit_aliases').selectAll().execute();
  const byUnit = new Map<number, string[]>();
  for (const a of aliases) byUnit.set(a.unit_id, [...(byUnit.get(a.unit_id) ?? []), a.alias]);
  return units.map((u) => ({ ...u, aliases: byUnit.get(u.id) ?? [] }));
}

export async function getUnit(db: Kysely<Database>, id: number): Promise<UnitRow | null> {
  return (await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export interface NewUnit {
  name: string;
  kind: UnitKind;
  regionId: string | null;
  parentId: number | null;
  origin: UnitRow['origin'];
}

export async function createUnit(db: Kysely<Database>, unit: NewUnit, now: string): Promise<number> {
  const row = await db
    .insertInto('units')
    .values({ name: unit.name, kind: unit.kind, region_id: unit.regionId, parent_id: unit.parentId, origin: unit.origin, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUnit(db: Kysely<Database>, id: number, unit: Partial<NewUnit>): Promise<void> {
  const set: Partial<Pick<UnitRow, 'name' | 'kind' | 'region_id' | 'parent_id' | 'origin'>> = {};
  if (unit.name !== undefined) set.name = unit.name;
  if (unit.kind !== undefined) set.kind = unit.kind;
  if (unit.regionId !== undefined) set.region_id = unit.regionId;
  if (unit.parentId !== undefined) set.parent_id = unit.parentId;
  if (unit.origin !== undefined) set.origin = unit.origin;
  if (Object.keys(set).length > 0) await db.updateTable('units').set(set).where('id', '=', id).execute();
}

export async function addAlias(db: Kysely<Database>, unitId: number, alias: string): Promise<void> {
  await db
    .insertInto('unit_aliases')
    .values({ unit_id: unitId, alias })
    .onConflict((oc) => oc.columns(['alias', 'unit_id']).doNothing())
    .execute();
}

/** Units in a region's subtree (by region path prefix), with the region's name. */
export async function unitsInRegion(db: Kysely<Database>, regionPath: string, nameLike?: string) {
  let q = db
    .selectFrom('units as u')
    .innerJoin('regions as g', 'g.id', 'u.region_id')
    .select(['u.id', 'u.name', 'u.kind', 'u.region_id', 'u.parent_id', 'g.name as region_name', 'g.full_name as region_full_name', 'g.path as region_path'])
    .where('g.path', 'like', `${regionPath}%`);
  if (nameLike) {
    const pattern = `%${nameLike}%`;
    q = q.where((eb) =>
      eb.or([eb('u.name', 'like', pattern), eb.exists(eb.selectFrom('unit_aliases as a').select('a.unit_id').whereRef('a.unit_id', '=', 'u.id').where('a.alias', 'like', pattern))]),
    );
  }
  return q.orderBy('g.path').orderBy('u.kind').orderBy('u.name').execute();
}

/** Reports waiting for a person to confirm their unit. */
export async function pendingMatches(db: Kysely<Database>) {
  return db
    .selectFrom('reports as r')
    .leftJoin('units as c', 'c.id', 'r.match_candidate_id')
    .select(['r.id', 'r.sha256', 'r.file', 'r.agency', 'r.year', 'r.match_confidence', 'r.match_candidate_id', 'c.name as candidate_name'])
    .where('r.match_kind', '=', 'pending')
    .orderBy('r.agency')
    .orderBy('r.year')
    .execute();
}
