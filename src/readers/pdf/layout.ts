/** The reader's intermediate page layout: printed lines and ruled tables with their places, before they become document blocks. */
import type { Box } from './geometry.js';

export interface LayoutCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  page: number;
  box: Box;
}

export interface LayoutTable {
  kind: 'table';
  page: number;
  box: Box;
  /** Column boundaries (page space x). */
  xs: number[];
  rowCount: number;
  cells: LayoutCell[];
}

export interface LayoutLine {
  kind: 'line';
  page: number;
  box: Box;
  text: string;
  size: number;
}

export type LayoutBlock = LayoutTable | LayoutLine;

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  blocks: LayoutBlock[];
}
