/** The corpus database as Kysely types: one interface per table, the only description of the schema outside the migrations. */
import type { Generated, Insertable, Selectable } from 'kysely';

/** 0/1: SQLite has no boolean type, so both dialects store flags as integers. */
export type Flag = 0 | 1;

/** Every original file, content-addressed: the source of truth that reports and failures are derived from. */
export interface OriginalsTable {
  sha256: string;
  size: number;
  content: Uint8Array;
  /** The name the file had when it was first stored (path, or archive.zip!/inner/path). */
  first_name: string;
  stored_at: string;
}

export type MatchKind = 'exact' | 'alias' | 'fuzzy' | 'new' | 'manual' | 'pending' | 'none';

export interface ReportsTable {
  id: Generated<number>;
  sha256: string;
  file: string;
  agency: string | null;
  year: number | null;
  publish_date: string | null;
  template: string | null;
  unit_id: number | null;
  match_kind: MatchKind;
  match_confidence: number | null;
  /** For a pending match: the unit a person is asked to confirm. */
  match_candidate_id: number | null;
  /** 1 for the report that stands for its unit and year (several files may carry the same report). */
  is_primary: Flag;
  parser_version: string;
  parsed_at: string;
  report_json: string;
  cell_count: number;
  finding_count: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Files that could not be read as a report: kept apart from the reports, with their error. */
export interface FailuresTable {
  sha256: string;
  file: string;
  error_code: string;
  error_message: string;
  parser_version: string;
  parsed_at: string;
}

/** Long-form cells: aggregation is a GROUP BY over these. */
export interface CellsTable {
  report_id: number;
  path: string;
  value: number;
}

export type FindingOrigin = 'parse' | 'corpus';

export interface FindingsTable {
  id: Generated<number>;
  report_id: number;
  origin: FindingOrigin;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  cells_json: string | null;
  location_json: string | null;
  /** A corpus finding's other report (last year's, or the one the text resembles). */
  related_report_id: number | null;
}

/** The dictionary of cell paths that cell vectors refer to by id. */
export interface CellPathsTable {
  id: Generated<number>;
  path: string;
}

/** A report's cells packed in one row (see cell-vectors.ts): what aggregation sums. */
export interface CellVectorsTable {
  report_id: number;
  data: Uint8Array;
}

/** MinHash LSH bands of section texts: candidate pairs for 雷同 without comparing every pair. */
export interface TextBandsTable {
  band: number;
  report_id: number;
  section: number;
}

export type RegionLevel = 'province' | 'city' | 'county' | 'township';

export interface RegionsTable {
  id: string;
  name: string;
  level: RegionLevel;
  parent_id: string | null;
  /** '/320000/320800/320813/': subtree queries are a prefix match. */
  path: string;
  full_name: string;
}

export type UnitKind = 'government' | 'department' | 'township';

export interface UnitsTable {
  id: Generated<number>;
  name: string;
  kind: UnitKind;
  region_id: string | null;
  parent_id: number | null;
  origin: 'import' | 'auto' | 'manual';
  created_at: string;
}

export interface UnitAliasesTable {
  unit_id: number;
  /** Normalised (see corpus/units/normalize.ts). */
  alias: string;
}

/** Per-region settings inherited by the subtree: deadlines per unit kind, the aggregation scope. */
export interface RegionSettingsTable {
  region_id: string;
  key: string;
  value: string;
}

export interface Database {
  originals: OriginalsTable;
  reports: ReportsTable;
  failures: FailuresTable;
  cells: CellsTable;
  cell_paths: CellPathsTable;
  cell_vectors: CellVectorsTable;
  findings: FindingsTable;
  text_bands: TextBandsTable;
  regions: RegionsTable;
  units: UnitsTable;
  unit_aliases: UnitAliasesTable;
  region_settings: RegionSettingsTable;
}

export type ReportRow = Selectable<ReportsTable>;
export type NewReportRow = Insertable<ReportsTable>;
export type UnitRow = Selectable<UnitsTable>;
export type RegionRow = Selectable<RegionsTable>;
export type FindingRow = Selectable<FindingsTable>;
export type NewFindingRow = Insertable<FindingsTable>;
export type FailureRow = Selectable<FailuresTable>;
