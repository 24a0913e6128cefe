/** Web pages (HTML) → document blocks: decode, parse, find the report on the page, emit its lines and tables. */
import type { SourceDocument } from '../../model/document.js';
import { isTraditional } from '../../text/script.js';
import type { ReadOptions } from '../index.js';
import { emitBlocks } from './blocks.js';
import { decodeHtml } from './charset.js';
import { findContent } from './content.js';
import { pageHints } from './hints.js';
import { LineIndex } from './line-index.js';
import { measure } from './stats.js';
import { buildTree, DEFAULT_LIMITS, type TreeLimits } from './tree.js';

export interface HtmlReadOptions extends ReadOptions {
  limits?: Partial<TreeLimits>;
}

/** The registered reader (src/readers/register.ts). Throws ReadError for pages it cannot read. */
export async function readHtml(bytes: Uint8Array, options: HtmlReadOptions = {}): Promise<SourceDocument> {
  return readHtmlSync(bytes, options);
}

/** The same, synchronously (nothing in it waits): for tools and benchmarks. */
export function readHtmlSync(bytes: Uint8Array, options: HtmlReadOptions = {}): SourceDocument {
  const page = decodeHtml(bytes);
  const tree = buildTree(page.text, { ...DEFAULT_LIMITS, ...options.limits });
  const stats = measure(tree);
  const region = findContent(tree, stats);
  const { blocks, skipped } = emitBlocks(region, stats, new LineIndex(page.text));
  const doc: SourceDocument = {
    format: 'html',
    blocks,
    script: isTraditional(sample(blocks)) ? 'traditional' : 'simplified',
    warnings: page.warnings,
  };
  if (!region.byVocabulary) {
    doc.warnings.push({ code: 'html-no-report-text', message: '网页上没有找到年度报告的章节或表格用语，已读取文字最多的部分。' });
  }
  const hints = pageHints(tree, region, skipped);
  if (hints.title !== undefined || hints.publishDate !== undefined) doc.hints = hints;
  return doc;
}

/** Enough of the text (isTraditional reads the first 20,000 characters) to tell the script. */
function sample(blocks: SourceDocument['blocks']): string {
  let text = '';
  for (const block of blocks) {
    if (text.length > 20000) break;
    if (block.kind === 'text') text += block.text;
    else for (const row of block.rows) for (const cell of row) text += cell.text;
  }
  return text;
}
