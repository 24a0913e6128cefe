/**
 * Indexes that let the corpus checks at write time read nothing but an index: candidate copies by
 * band (with report and section in the index), and a unit-year's reports with what the primary
 * election ranks them by (in SQLite those columns sit after report_json in the row).
 */
import type { Kysely, Migration } from 'kysely';

export function writeTimeIndexes(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('text_bands_lookup').on('text_bands').columns(['band', 'report_id', 'section']).execute();
      await db.schema.dropIndex('text_bands_band').execute();
      await db.schema
        .createIndex('reports_unit_year_rank')
        .on('reports')
        .columns(['unit_id', 'year', 'is_primary', 'errors', 'cell_count', 'sha256', 'parsed_at', 'agency'])
        .execute();
      // Its first three columns are the old index's: coverage and aggregation joins use the new one.
      await db.schema.dropIndex('reports_unit_year').execute();
    },
  };
}
