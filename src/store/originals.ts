/** Original files by sha256: stored once, never changed, read back for reparse and export. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Stores the bytes unless they are already there; true when this call stored them. */
export async function putOriginal(db: Kysely<Database>, sha256: string, content: Uint8Array, name: string, now: string): Promise<boolean> {
  const result = await db
    .insertInto('originals')
    .values({ sha256, size: content.byteLength, content, first_name: name, stored_at: now })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** sha256 of zero bytes: the one original that is rightly empty. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * Stores several originals in one statement. Those already there are left as they are — except an
 * original stored empty though its sha256 is not that of zero bytes: ingest with worker threads once
 * stored every original so, and ingesting the file again puts its bytes back.
 */
export async function putOriginals(db: Kysely<Database>, files: ReadonlyArray<{ sha256: string; content: Uint8Array; name: string }>, now: string): Promise<void> {
  // 500 rows × 5 parameters stays under every driver's parameter limit.
  for (let i = 0; i < files.length; i += 500) {
    await db
      .insertInto('originals')
      .values(files.slice(i, i + 500).map((f) => ({ sha256: f.sha256, size: f.content.byteLength, content: f.content, first_name: f.name, stored_at: now })))
      .onConflict((oc) =>
        oc
          .column('sha256')
          .doUpdateSet((eb) => ({ content: eb.ref('excluded.content'), size: eb.ref('excluded.size') }))
          .where('originals.size', '=', 0)
          .where('originals.sha256', '<>', EMPTY_SHA256),
      )
      .execute();
  }
}

export async function getOriginal(db: Kysely<Database>, sha256: string): Promise<{ content: Uint8Array; name: string } | null> {
  const row = await db.selectFrom('originals').select(['content', 'first_name']).where('sha256', '=', sha256).executeTakeFirst();
  return row ? { content: row.content, name: row.first_name } : null;
}

/** Which of these hashes are stored, and how each was parsed (report, failure, or neither yet). */
export async function knownHashes(db: Kysely<Database>, hashes: readonly string[]): Promise<Map<string, { parserVersion: string | null }>> {
  const known = new Map<string, { parserVersion: string | null }>();
  for (let i = 0; i < hashes.length; i += 500) {
    const chunk = hashes.slice(i, i + 500);
    const rows = await db
      .selectFrom('originals as o')
      .leftJoin('reports as r', 'r.sha256', 'o.sha256')
      .leftJoin('failures as f', 'f.sha256', 'o.sha256')
      .select(['o.sha256', 'r.parser_version as reportVersion', 'f.parser_version as failureVersion'])
      .where('o.sha256', 'in', chunk)
      .execute();
    for (const row of rows) known.set(row.sha256, { parserVersion: row.reportVersion ?? row.failureVersion ?? null });
  }
  return known;
}

/** Every stored original with the parser version of its current reading, in pages (for reparse). */
export async function listOriginals(db: Kysely<Database>, after: string, limit: number) {
  return db
    .selectFrom('originals as o')
    .leftJoin('reports as r', 'r.sha256', 'o.sha256')
    .leftJoin('failures as f', 'f.sha256', 'o.sha256')
    .select(['o.sha256', 'o.first_name', 'r.parser_version as reportVersion', 'f.parser_version as failureVersion', 'r.file as reportFile', 'f.file as failureFile'])
    .where('o.sha256', '>', after)
    .orderBy('o.sha256')
    .limit(limit)
    .execute();
}

/** Every hash that has been read (as a report or a failure): loaded once per batch, so the batch never waits on a lookup per file. */
export async function readHashes(db: Kysely<Database>): Promise<Set<string>> {
  const out = new Set<string>();
  for (const row of await db.selectFrom('reports').select('sha256').execute()) out.add(row.sha256);
  for (const row of await db.selectFrom('failures').select('sha256').execute()) out.add(row.sha256);
  // Originals stored empty by mistake (see putOriginals) are read again, so that their bytes are stored.
  for (const row of await db.selectFrom('originals').select('sha256').where('size', '=', 0).where('sha256', '<>', EMPTY_SHA256).execute()) out.delete(row.sha256);
  return out;
}
