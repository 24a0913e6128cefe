/** Opens the corpus database named by --db / GONGKAI_DB (a SQLite file path or a postgres:// URL) and brings its schema up to date. */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations/index.js';
import type { Database } from './schema.js';
import { withStatementCache } from './sqlite-statements.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** What was opened, for messages (a PostgreSQL URL without its password). */
  readonly target: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL: the schema to work in (created if missing). Also accepted as ?schema= in the URL. */
  schema?: string;
  /** PostgreSQL: connections in the pool. */
  poolSize?: number;
  /** Skip the migrations (the caller runs them). */
  migrate?: boolean;
}

export const DEFAULT_DB = './gongkai.db';

/** The --db value, else GONGKAI_DB, else ./gongkai.db. */
export function resolveDbTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.GONGKAI_DB || DEFAULT_DB;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(?:ql)?:\/\//i.test(target);

export async function openStore(target: string, options: OpenOptions = {}): Promise<Store> {
  const store = isPostgresUrl(target) ? await openPostgres(target, options) : openSqlite(target);
  if (options.migrate !== false) {
    try {
      await migrateToLatest(store.db, store.dialect, store.dialect === 'postgres' ? postgresSchema(target, options) : undefined);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

function openSqlite(file: string): Store {
  const database = new BetterSqlite3(file);
  // WAL: readers (coverage while an ingest runs) never block the writer, and a killed writer loses only its open transaction.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 10000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, dialect: 'sqlite', target: file, close: () => db.destroy() };
}

/** The schema a PostgreSQL store works in: the option, else ?schema= in the URL (undefined: the server's default). */
function postgresSchema(url: string, options: OpenOptions): string | undefined {
  return options.schema ?? new URL(url).searchParams.get('schema') ?? undefined;
}

async function openPostgres(url: string, options: OpenOptions): Promise<Store> {
  const parsed = new URL(url);
  const schema = postgresSchema(url, options);
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`PostgreSQL 模式名不合法：${schema}（只能用字母、数字和下划线）`);
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: options.poolSize ?? 4 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      // Every pooled connection works in the chosen schema, so tests (and tenants) never see each other's tables.
      onCreateConnection: schema ? async (conn) => void (await conn.executeQuery(sql`set search_path to ${sql.id(schema)}`.compile(db))) : undefined,
    }),
  });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const safe = new URL(parsed.toString());
  if (safe.password) safe.password = '***';
  return { db, dialect: 'postgres', target: safe.toString(), close: () => db.destroy() };
}
