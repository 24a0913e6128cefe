/** The DIALECTS matrix of the storage tests: each suite runs once per database (narrow with DIALECTS=sqlite or DIALECTS=postgres). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type DialectName, type Store } from '../../src/store/open.js';

export const PG_URL = process.env.GONGKAI_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

const requested = (process.env.DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim()) as DialectName[];

/** Whether a PostgreSQL server answers; when GONGKAI_TEST_PG is set it must (CI), otherwise its absence skips with a reason. */
async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.GONGKAI_TEST_PG) throw new Error(`GONGKAI_TEST_PG is set but PostgreSQL does not answer at ${PG_URL}: ${(error as Error).message}`);
    console.warn(`[skip] PostgreSQL is not reachable at ${PG_URL} (${(error as Error).message}): PostgreSQL storage tests skipped.`);
    return false;
  }
}

export const DIALECTS: DialectName[] = [];
if (requested.includes('sqlite')) DIALECTS.push('sqlite');
if (requested.includes('postgres') && (await postgresReachable())) DIALECTS.push('postgres');

/** A fresh, empty database of the dialect: a temp SQLite file, or a PostgreSQL schema of its own. */
export interface TestDb {
  /** What --db / GONGKAI_DB takes to open the same database from the CLI. */
  target: string;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

let counter = 0;

export function createTestDb(dialect: DialectName): TestDb {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-store-'));
    const file = path.join(dir, 'test.db');
    return { target: file, open: () => openStore(file), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `gk_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  return {
    target: url.toString(),
    open: () => openStore(url.toString()),
    async drop() {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}
