/** better-sqlite3 for Kysely with prepared statements kept by SQL text: Kysely prepares every query anew, and preparing a small statement costs as much as running it. */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct statements kept (least recently used dropped first); ingest and queries use a few dozen. */
export const STATEMENT_CACHE_SIZE = 256;

export function withStatementCache(database: BetterSqlite3.Database, max = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement) {
        // Map order is insertion order: re-inserting marks it as the most recently used.
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
    close() {
      cache.clear();
      database.close();
    },
  };
}
