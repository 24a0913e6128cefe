/** The migrations, provided in code (no migration folder to find at run time), and the call that applies them. */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from '../open.js';
import { initialSchema } from './001-initial.js';
import { seedRegions } from './002-regions.js';

/** Names sort in the order they apply; a new migration gets the next number. */
export function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    '001-initial': initialSchema(dialect),
    '002-regions': seedRegions(),
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

export async function migrateToLatest(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider(migrationsFor(dialect)) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`数据库升级失败（迁移 ${failed}）：${(error as Error).message ?? String(error)}`, { cause: error });
  }
}
