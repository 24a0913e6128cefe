/** Reading a PDF of the shared corpus or of test/fixtures/pdf into document blocks, and finding in them. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block, SourceDocument, TableBlock, TableCell } from '../../../src/model/document.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { REPO_ROOT, SHARED_DIR } from '../../helpers/shared.js';

export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/pdf');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** A corpus PDF's bytes, or null when ../shared is not on this machine. */
export function corpusPdf(folder: string): Uint8Array | null {
  const file = SHARED_DIR ? path.join(SHARED_DIR, 'corpus', folder, 'source.pdf') : null;
  return file && existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
}

export async function read(bytes: Uint8Array): Promise<SourceDocument> {
  return readPdf(bytes);
}

export const tables = (doc: SourceDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
export const texts = (doc: SourceDocument): string[] => doc.blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text').map((b) => b.text);

/** The table holding a cell whose text starts so, and the row of that cell. */
export function rowStarting(doc: SourceDocument, start: string): { table: TableBlock; row: TableCell[] } {
  for (const table of tables(doc)) {
    for (const row of table.rows) if (row.some((c) => c.text.startsWith(start))) return { table, row };
  }
  throw new Error(`no table row with a cell starting "${start}"`);
}

export const cellTexts = (row: TableCell[]): string[] => row.map((c) => c.text);
