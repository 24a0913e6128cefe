/** Which database a Kysely instance (or transaction) talks to, for the few statements written differently per dialect. */
import { sql, type Kysely } from 'kysely';
import type { DialectName } from './open.js';

const known = new WeakMap<object, DialectName>();

/** Read from how a parameter compiles ($1 on PostgreSQL, ? on SQLite): public API only, remembered per instance. */
export function dialectOf(db: Kysely<any>): DialectName {
  let dialect = known.get(db);
  if (!dialect) {
    dialect = sql`${1}`.compile(db).sql.includes('$1') ? 'postgres' : 'sqlite';
    known.set(db, dialect);
  }
  return dialect;
}
