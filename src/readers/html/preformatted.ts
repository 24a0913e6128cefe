/**
 * <pre> blocks: text laid out by its own line breaks and spaces (a report pasted as plain text, tables
 * as padded or pipe-separated columns). Read by the plain text reader, located in the page.
 */
import type { Block } from '../../model/document.js';
import type { Location } from '../../model/report.js';
import { readText } from '../text-reader.js';
import type { LineIndex } from './line-index.js';
import type { ElementNode } from './tree.js';

export function readPreformatted(pre: ElementNode, lines: LineIndex): Block[] {
  let text = '';
  let first = -1;
  const collect = (node: ElementNode): void => {
    for (const child of node.children) {
      if (child.kind === 'text') {
        if (first < 0) first = child.start;
        text += child.text;
      } else if (child.kind === 'break') text += '\n';
      else {
        if (child.tag !== 'span' && text !== '' && !text.endsWith('\n')) text += '\n';
        collect(child);
      }
    }
  };
  collect(pre);
  if (first < 0) return [];
  // Positions are exact while the text matches the source (no character references before them).
  const origin = lines.locate(first);
  const place = (loc: Location): Location => {
    const line = loc.line ?? 1;
    return line === 1 ? { line: origin.line, column: (origin.column ?? 1) + (loc.column ?? 1) - 1 } : { line: (origin.line ?? 1) + line - 1, column: loc.column ?? 1 };
  };
  return readText(text, 'txt').blocks.map((block): Block => {
    if (block.kind === 'text') return { ...block, loc: place(block.loc) };
    return { ...block, loc: place(block.loc), rows: block.rows.map((row) => row.map((cell) => ({ ...cell, loc: place(cell.loc) }))) };
  });
}
