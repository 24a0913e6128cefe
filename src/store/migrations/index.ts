/** The migrations, provided in code (no migration folder to find at run time), and the call that applies them. */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from '../open.js';
import { initialSchema } from './001-initial.js';
import { seedRegions } from './002-regions.js';
import { writeTimeIndexes } from './003-write-time-indexes.js';
import { cellVectors } from './004-cell-vectors.js';

/** Names sort in the order they apply; a new migration gets the next number. */
export function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    '001-initial': initialSchema(dialect),
    '002-regions': seedRegions(),
    '003-write-time-indexes': writeTimeIndexes(),
    '004-cell-vectors': cellVectors(dialect),
  };
}

class InCodeMigrationProvider implements MigrationProvider {
  readonly #migrations: Record<string, Migration>;
  constructor(migrations: Record<string, Migration>) {
    this.#migrations = migrations;
  }
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.#migrations;
  }
}

/**
 * On PostgreSQL the migration tables are looked for in the schema worked in: without saying so,
 * Kysely took another schema's kysely_migration table (a test's, a tenant's) for this one's, skipped
 * creating it and then failed to find it.
 */
export async function migrateToLatest(db: Kysely<any>, dialect: DialectName, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new InCodeMigrationProvider(migrationsFor(dialect)),
    migrationTableSchema: dialect === 'postgres' ? (schema ?? 'public') : undefined,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`数据库升级失败（迁移 ${failed}）：${(error as Error).message ?? String(error)}`, { cause: error });
  }
}
