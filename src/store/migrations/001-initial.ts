/** The corpus tables and the indexes that coverage, aggregation and similarity queries use. */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../open.js';

export function initialSchema(dialect: DialectName): Migration {
  const pg = dialect === 'postgres';
  // Dialect differences are confined to these two column types.
  const id = pg ? 'serial' : 'integer';
  const blob = pg ? 'bytea' : 'blob';
  const real = pg ? 'double precision' : 'real';
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('originals')
        .addColumn('sha256', 'text', (c) => c.primaryKey())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('content', sql.raw(blob), (c) => c.notNull())
        .addColumn('first_name', 'text', (c) => c.notNull())
        .addColumn('stored_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('regions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text', (c) => c.references('regions.id'))
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('full_name', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('regions_name').on('regions').column('name').execute();
      await db.schema.createIndex('regions_parent').on('regions').column('parent_id').execute();
      await db.schema.createIndex('regions_path').on('regions').column('path').execute();

      await db.schema
        .createTable('units')
        .addColumn('id', sql.raw(id), (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('region_id', 'text', (c) => c.references('regions.id'))
        .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('units_region').on('units').column('region_id').execute();
      await db.schema.createIndex('units_name').on('units').column('name').execute();

      await db.schema
        .createTable('unit_aliases')
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
        .addColumn('alias', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('unit_aliases_pk', ['alias', 'unit_id'])
        .execute();

      await db.schema
        .createTable('reports')
        .addColumn('id', sql.raw(id), (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('sha256', 'text', (c) => c.notNull().unique().references('originals.sha256'))
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('agency', 'text')
        .addColumn('year', 'integer')
        .addColumn('publish_date', 'text')
        .addColumn('template', 'text')
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('match_kind', 'text', (c) => c.notNull())
        .addColumn('match_confidence', sql.raw(real))
        .addColumn('match_candidate_id', 'integer', (c) => c.references('units.id'))
        .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('parser_version', 'text', (c) => c.notNull())
        .addColumn('parsed_at', 'text', (c) => c.notNull())
        .addColumn('report_json', 'text', (c) => c.notNull())
        .addColumn('cell_count', 'integer', (c) => c.notNull())
        .addColumn('finding_count', 'integer', (c) => c.notNull())
        .addColumn('errors', 'integer', (c) => c.notNull())
        .addColumn('warnings', 'integer', (c) => c.notNull())
        .addColumn('infos', 'integer', (c) => c.notNull())
        .execute();
      // Coverage and aggregation select a unit's (primary) report of a year.
      await db.schema.createIndex('reports_unit_year').on('reports').columns(['unit_id', 'year', 'is_primary']).execute();
      await db.schema.createIndex('reports_year').on('reports').columns(['year', 'is_primary']).execute();
      await db.schema.createIndex('reports_match').on('reports').column('match_kind').execute();

      await db.schema
        .createTable('failures')
        .addColumn('sha256', 'text', (c) => c.primaryKey().references('originals.sha256'))
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('error_code', 'text', (c) => c.notNull())
        .addColumn('error_message', 'text', (c) => c.notNull())
        .addColumn('parser_version', 'text', (c) => c.notNull())
        .addColumn('parsed_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('cells')
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('value', sql.raw(real), (c) => c.notNull())
        .addPrimaryKeyConstraint('cells_pk', ['report_id', 'path'])
        .execute();

      await db.schema
        .createTable('findings')
        .addColumn('id', sql.raw(id), (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('cells_json', 'text')
        .addColumn('location_json', 'text')
        .addColumn('related_report_id', 'integer', (c) => c.references('reports.id').onDelete('cascade'))
        .execute();
      await db.schema.createIndex('findings_report').on('findings').columns(['report_id', 'origin']).execute();
      await db.schema.createIndex('findings_related').on('findings').column('related_report_id').execute();

      await db.schema
        .createTable('text_bands')
        .addColumn('band', 'integer', (c) => c.notNull())
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('section', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('text_bands_band').on('text_bands').column('band').execute();
      await db.schema.createIndex('text_bands_report').on('text_bands').column('report_id').execute();

      await db.schema
        .createTable('region_settings')
        .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('region_settings_pk', ['region_id', 'key'])
        .execute();
    },
  };
}
