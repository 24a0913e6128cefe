/**
 * The content region → document blocks in reading order: one TextBlock per paragraph or
 * <br>-separated line (with its heading level), one TableBlock per report table. Layout tables are
 * read as containers; metadata tables are left out (their fields feed the hints).
 */
import type { Block } from '../../model/document.js';
import type { ContentRegion } from './content.js';
import type { LineIndex } from './line-index.js';
import { readPreformatted } from './preformatted.js';
import type { PageStats } from './stats.js';
import { classifyTable, readTableRows, tableParts } from './tables.js';
import { HEADING_LEVEL } from './tags.js';
import type { ElementNode, TreeNode } from './tree.js';
import { collapseWhitespace } from './whitespace.js';

export interface BlockOutput {
  blocks: Block[];
  /** Metadata tables inside the region, left out of the blocks (their fields are hints). */
  skipped: ElementNode[];
}

export function emitBlocks(region: ContentRegion, stats: PageStats, lines: LineIndex): BlockOutput {
  const blocks: Block[] = [];
  const skipped: ElementNode[] = [];
  let line = '';
  let anchor = -1;
  let heading: number | undefined;

  const flush = (): void => {
    if (line !== '') {
      const text = collapseWhitespace(line);
      if (text !== '') {
        const block: Block = { kind: 'text', text, loc: lines.locate(anchor) };
        if (heading !== undefined) block.headingLevel = heading;
        blocks.push(block);
      }
    }
    line = '';
    anchor = -1;
  };

  const inRange = (node: TreeNode): boolean =>
    node.kind === 'element' ? node.end > region.from && node.start < region.to : node.start >= region.from && node.start < region.to;

  const visit = (node: TreeNode): void => {
    if (!inRange(node)) return;
    if (node.kind === 'text') {
      if (anchor < 0) anchor = node.start;
      line += node.text;
    } else if (node.kind === 'break') {
      flush();
    } else if (node.tag === 'table') {
      table(node);
    } else if (node.tag === 'pre' && node.start >= region.from) {
      flush();
      blocks.push(...readPreformatted(node, lines));
    } else {
      flush();
      // A container that begins before the region (the title's ancestor) is no line's start.
      if (node.start >= region.from) anchor = node.start;
      const level = HEADING_LEVEL.get(node.tag);
      const outer = heading;
      if (level !== undefined) heading = level;
      walk(node);
      flush();
      heading = outer;
    }
  };

  const walk = (node: ElementNode): void => {
    for (const child of node.children) visit(child);
  };

  const table = (element: ElementNode): void => {
    const parts = tableParts(element);
    const kind = classifyTable(parts, stats);
    flush();
    if (kind === 'layout') {
      anchor = element.start;
      walk(element);
      flush();
      return;
    }
    if (kind === 'metadata') {
      skipped.push(element);
      return;
    }
    // Misplaced content and the caption print before the table.
    for (const node of parts.stray) visit(node);
    flush();
    if (parts.caption) {
      anchor = parts.caption.start;
      walk(parts.caption);
      flush();
    }
    const rows = readTableRows(parts, lines);
    if (rows.some((row) => row.length > 0)) blocks.push({ kind: 'table', rows, loc: lines.locate(element.start) });
  };

  visit(region.container);
  flush();
  return { blocks, skipped };
}
