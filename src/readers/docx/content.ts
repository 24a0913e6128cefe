/** The body of a Word file as read, before it becomes blocks: paragraphs and tables with Word's own merge marks. */
import type { Location } from '../../model/report.js';

export interface ParagraphItem {
  kind: 'paragraph';
  /** Rendered text: list number included, w:tab as \t, w:br as \n. */
  text: string;
  loc: Location;
  headingLevel?: number;
}

export interface TableItem {
  kind: 'table';
  table: TableModel;
}

export type Item = ParagraphItem | TableItem;

export type Merge = 'restart' | 'continue';

export interface CellModel {
  items: Item[];
  /** Grid columns the cell covers (w:gridSpan). */
  gridSpan: number;
  vMerge?: Merge;
  /** Legacy horizontal merge (w:hMerge), written by old converters instead of gridSpan. */
  hMerge?: Merge;
  loc: Location;
}

export interface RowModel {
  cells: CellModel[];
  /** Grid columns skipped before the first cell (w:gridBefore). */
  gridBefore: number;
  /** A row deleted with tracked changes on. */
  deleted: boolean;
}

export interface TableModel {
  rows: RowModel[];
  loc: Location;
}
