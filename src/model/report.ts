/** The report JSON contract `gongkai/report@1` (see ../shared/spec/report-json.md). Types only. */

export const REPORT_SCHEMA = 'gongkai/report@1' as const;

export type TemplateId = '2021' | '2019' | 'legacy';
export type Severity = 'error' | 'warning' | 'info';
export type Script = 'simplified' | 'traditional';
export type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'doc';

/** Where something is in the original file. `line`/`column` are 1-based and refer to the
 *  decoded text for text formats and to the HTML source for HTML; DOCX and PDF add an anchor. */
export interface Location {
  line?: number;
  column?: number;
  /** DOCX: paragraph index in the body, or table/row/cell indexes. */
  paragraph?: number;
  table?: number;
  row?: number;
  cell?: number;
  /** PDF: 1-based page and the box [x0, y0, x1, y1] in PDF points. */
  page?: number;
  bbox?: [number, number, number, number];
}

export type CellValue = number | null;
export type CellGroup = Record<string, CellValue>;
export type TableValues = Record<string, CellGroup>;

export interface Tables {
  table2?: TableValues;
  table3?: TableValues;
  table4?: TableValues;
  /** Legacy statistical table: normalised "heading/label" keys → value. */
  legacy?: Record<string, CellValue>;
}

export interface Section {
  number: number;
  title: string;
  text: string;
}

export interface ReportMeta {
  agency: string | null;
  year: number | null;
  publishDate: string | null;
  template: TemplateId | null;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  cells?: string[];
  location?: Location;
}

/** Numbers stated in the prose that rules compare with the tables. */
export interface NarrativeFacts {
  applicationsReceived?: number;
  applicationsCarriedOver?: number;
  applicationsConcluded?: number;
  applicationsCarriedForward?: number;
  reviews?: number;
  litigations?: number;
  /** Information processing fee collected, in 元 (0 for a nil statement). */
  processingFeeYuan?: number;
  statisticsPeriod?: { from: string; to: string };
}

export interface ReportError {
  code: string;
  message: string;
}

export interface SourceInfo {
  file: string;
  format: Format | null;
  sha256: string;
  script: Script;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  source: SourceInfo;
  meta: ReportMeta;
  sections: Section[];
  tables: Tables;
  narrative?: NarrativeFacts;
  findings: Finding[];
  error?: ReportError;
}
