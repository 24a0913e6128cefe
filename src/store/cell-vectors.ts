/**
 * Each report's cells packed into one row (cell_vectors), beside the long form: summing a province
 * is reading its ~1,500 primary reports' vectors and adding in memory, where a GROUP BY over the
 * long form sorted its ~300,000 cells. A vector is (path id, value) pairs — 4-byte id from the
 * cell_paths dictionary, 8-byte double — written with the cells and deleted with the report, so it
 * depends on nothing but the report's own cells.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

const PAIR_BYTES = 12;

/** Ids of these paths in the dictionary, adding those it lacks (one query when all are known). */
export async function pathIds(db: Kysely<Database>, paths: Iterable<string>): Promise<Map<string, number>> {
  const wanted = [...new Set(paths)];
  const ids = new Map<string, number>();
  if (wanted.length === 0) return ids;
  const read = async (list: string[]) => {
    for (let i = 0; i < list.length; i += 500) {
      for (const row of await db.selectFrom('cell_paths').select(['id', 'path']).where('path', 'in', list.slice(i, i + 500)).execute()) ids.set(row.path, row.id);
    }
  };
  await read(wanted);
  const missing = wanted.filter((p) => !ids.has(p));
  if (missing.length > 0) {
    // Another writer may add the same path meanwhile: whoever is first gives it its id.
    for (let i = 0; i < missing.length; i += 500) {
      await db
        .insertInto('cell_paths')
        .values(missing.slice(i, i + 500).map((path) => ({ path })))
        .onConflict((oc) => oc.column('path').doNothing())
        .execute();
    }
    await read(missing);
  }
  return ids;
}

export function packCells(cells: ReadonlyArray<readonly [string, number]>, ids: ReadonlyMap<string, number>): Uint8Array {
  const out = Buffer.alloc(cells.length * PAIR_BYTES);
  cells.forEach(([path, value], i) => {
    out.writeUInt32LE(ids.get(path)!, i * PAIR_BYTES);
    out.writeDoubleLE(value, i * PAIR_BYTES + 4);
  });
  return out;
}

/** Calls `each(pathId, value)` for every cell of a packed vector. */
export function unpackCells(data: Uint8Array, each: (pathId: number, value: number) => void): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 0; at + PAIR_BYTES <= data.byteLength; at += PAIR_BYTES) each(view.getUint32(at, true), view.getFloat64(at + 4, true));
}

/** Writes (or replaces) the vectors of these reports; a report without cells has none. */
export async function writeVectors(db: Kysely<Database>, entries: ReadonlyArray<{ reportId: number; cells: ReadonlyArray<readonly [string, number]> }>): Promise<void> {
  const withCells = entries.filter((e) => e.cells.length > 0);
  if (withCells.length === 0) return;
  const ids = await pathIds(db, withCells.flatMap((e) => e.cells.map(([path]) => path)));
  for (let i = 0; i < withCells.length; i += 200) {
    await db
      .insertInto('cell_vectors')
      .values(withCells.slice(i, i + 200).map((e) => ({ report_id: e.reportId, data: packCells(e.cells, ids) })))
      .onConflict((oc) => oc.column('report_id').doUpdateSet((eb) => ({ data: eb.ref('excluded.data') })))
      .execute();
  }
}

/** The whole dictionary, id → path (a few hundred entries). */
export async function pathNames(db: Kysely<Database>): Promise<Map<number, string>> {
  return new Map((await db.selectFrom('cell_paths').select(['id', 'path']).execute()).map((r) => [r.id, r.path]));
}
