/** The region tree (省/市/县/乡镇) and per-region settings inherited by the subtree. */
import type { Kysely } from 'kysely';
import type { Database, RegionLevel, RegionRow } from './schema.js';

export async function allRegions(db: Kysely<Database>): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().orderBy('id').execute();
}

export async function getRegion(db: Kysely<Database>, id: string): Promise<RegionRow | null> {
  return (await db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Adds a region under a parent (townships are not in the seed data); returns the existing one if the name is taken there. */
export async function addRegion(db: Kysely<Database>, parent: RegionRow, name: string, level: RegionLevel): Promise<RegionRow> {
  const existing = await db.selectFrom('regions').selectAll().where('parent_id', '=', parent.id).where('name', '=', name).executeTakeFirst();
  if (existing) return existing;
  const id = `${parent.id}-${name}`;
  const row: RegionRow = { id, name, level, parent_id: parent.id, path: `${parent.path}${id}/`, full_name: `${parent.full_name}${name}` };
  await db.insertInto('regions').values(row).onConflict((oc) => oc.column('id').doNothing()).execute();
  return row;
}

/** Settings of a region and its ancestors (nearest first wins in the caller). */
export async function settingsAlong(db: Kysely<Database>, regionIds: readonly string[]): Promise<{ region_id: string; key: string; value: string }[]> {
  if (regionIds.length === 0) return [];
  return db.selectFrom('region_settings').selectAll().where('region_id', 'in', regionIds).execute();
}

export async function setSetting(db: Kysely<Database>, regionId: string, key: string, value: string | null): Promise<void> {
  if (value === null) {
    await db.deleteFrom('region_settings').where('region_id', '=', regionId).where('key', '=', key).execute();
    return;
  }
  await db
    .insertInto('region_settings')
    .values({ region_id: regionId, key, value })
    .onConflict((oc) => oc.columns(['region_id', 'key']).doUpdateSet({ value }))
    .execute();
}

export async function allSettings(db: Kysely<Database>): Promise<{ region_id: string; key: string; value: string }[]> {
  return db.selectFrom('region_settings').selectAll().orderBy('region_id').orderBy('key').execute();
}
