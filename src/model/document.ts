/**
 * The document structure every format reader produces and the extractor consumes:
 * a flat sequence of text lines and tables, each with its place in the original file.
 * Types only.
 */
import type { Format, Location, Script } from './report.js';

/** One line of text: a line of a text file, a paragraph of a web page or Word file, a line of a PDF page. */
export interface TextBlock {
  kind: 'text';
  text: string;
  loc: Location;
  /** Heading level when the format marks it (Markdown `#`, HTML `<h1>`…, Word heading styles). */
  headingLevel?: number;
}

export interface TableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  loc: Location;
}

/** A real table: rows of cells with their spans as the source states them (not yet a grid). */
export interface TableBlock {
  kind: 'table';
  rows: TableCell[][];
  loc: Location;
}

export type Block = TextBlock | TableBlock;

export interface ReaderWarning {
  code: string;
  message: string;
  loc?: Location;
}

export interface SourceDocument {
  format: Format;
  blocks: Block[];
  /** Script of the text as detected by the reader (Traditional is normalised for matching only). */
  script: Script;
  /** Hints a container gives outside the body: a web page's <title>, a PDF's metadata title,
   *  a page's "发布日期" field. The extractor prefers the body and uses these as fallbacks. */
  hints?: { title?: string; publishDate?: string };
  warnings: ReaderWarning[];
}

/** A thrown reader error with a stable code (the CLI prints it as the report's `error`). */
export class ReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
