/** How an ingest transaction runs on PostgreSQL: commits without waiting for the disk, and plans that stay index lookups as the tables grow. */
import { sql, type Kysely } from 'kysely';
import type { DialectName } from './open.js';
import type { Database } from './schema.js';

/**
 * Call first in the transaction (the settings end with it).
 *
 * synchronous_commit off: a commit stays atomic, and a killed client loses nothing the server
 * acknowledged; only a crash of the PostgreSQL server itself within a fraction of a second of a
 * commit could lose that transaction whole — and running the ingest again stores it again. That is
 * what SQLite's synchronous=NORMAL in WAL mode (open.ts) allows on a power cut, too.
 *
 * Index lookups only (no sequential or bitmap scans, no merge joins): every statement of an ingest
 * looks up a few rows by index — the bands of one report, a unit's reports, one band's first
 * postings. A table that grew during the ingest has statistics that lag behind, and with them (and
 * a LIMIT) PostgreSQL chose to walk the whole band table, or read a band's every posting to count
 * past 100.
 */
export async function ingestTransaction(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select set_config('synchronous_commit', 'off', true), set_config('enable_bitmapscan', 'off', true), set_config('enable_mergejoin', 'off', true), set_config('enable_seqscan', 'off', true)`.execute(db);
}

/**
 * PostgreSQL's statistics and visibility map, refreshed as an ingest multiplies the tables (call
 * outside a transaction): counting a band's postings reads the index alone only where the pages are
 * marked all-visible, which halved the similarity lookup. SQLite's planner needs none of this.
 */
export async function refreshStatistics(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`vacuum (analyze) text_bands, reports, findings, units`.execute(db);
}
