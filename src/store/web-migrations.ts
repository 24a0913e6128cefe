/**
 * The web tables' migrations, kept in their own migration table (web_migration) so they never
 * interleave with the corpus migrations of migrations/index.ts.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from './open.js';

function webSchema(dialect: DialectName): Migration {
  const pg = dialect === 'postgres';
  const id = pg ? 'serial' : 'integer';
  const pk = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('web_users')
        .addColumn('id', sql.raw(id), pk)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('region_id', 'text', (c) => c.references('regions.id'))
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('web_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('web_users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('web_sessions_user').on('web_sessions').column('user_id').execute();

      await db.schema
        .createTable('web_audit')
        .addColumn('id', sql.raw(id), pk)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('username', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('detail', 'text')
        .addColumn('ip', 'text')
        .execute();
      await db.schema.createIndex('web_audit_at').on('web_audit').column('at').execute();

      // No foreign key to reports: a correction outlives a report row removed by a failed reparse.
      await db.schema
        .createTable('web_corrections')
        .addColumn('id', sql.raw(id), pk)
        .addColumn('report_id', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('old_value', 'text')
        .addColumn('new_value', 'text')
        .addColumn('note', 'text')
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('web_corrections_report').on('web_corrections').column('report_id').execute();

      await db.schema
        .createTable('web_uploads')
        .addColumn('id', sql.raw(id), pk)
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('web_upload_items')
        .addColumn('id', sql.raw(id), pk)
        .addColumn('upload_id', 'integer', (c) => c.notNull().references('web_uploads.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('report_id', 'integer')
        .addColumn('message', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('web_upload_items_upload').on('web_upload_items').column('upload_id').execute();
      await db.schema.createIndex('web_upload_items_sha').on('web_upload_items').column('sha256').execute();

      await db.schema
        .createTable('web_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}

/** Brings the web tables up to date; run after the corpus migrations (the web tables refer to regions and units). */
export async function migrateWebTables(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new InCodeProvider({ 'web-001-accounts': webSchema(dialect) }),
    migrationTableName: 'web_migration',
    migrationLockTableName: 'web_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`网页应用数据表升级失败（迁移 ${failed}）：${(error as Error).message ?? String(error)}`, { cause: error });
  }
}
