/**
 * The PDF reader: text lines in reading order and ruled tables rebuilt as cells with spans, from
 * pdf.js's text layer and drawing operations. Scans (no text layer), encrypted and broken files,
 * and files that take too long give a ReadError with a Chinese message.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { ReadError, type ReaderWarning, type SourceDocument } from '../../model/document.js';
import type { Location } from '../../model/report.js';
import { isTraditional } from '../../text/script.js';
import type { ReadOptions } from '../index.js';
import { toBlocks } from './blocks.js';
import { joinContinuedTables } from './continuation.js';
import { bboxOf } from './geometry.js';
import { dropFurniture } from './furniture.js';
import type { PageLayout } from './layout.js';
import { loadPdfJs, readErrorOf, startLoading } from './load.js';
import { readPage } from './page.js';
import type { OpCodes } from './rulings.js';
import { metadataTitle } from './title.js';

export interface PdfReadOptions extends ReadOptions {
  /** Time limit for one file, in milliseconds. */
  timeoutMs?: number;
}

export const PDF_TIMEOUT_MS = 20_000;
/** Reports are a few pages long; a longer file is read up to here. */
export const MAX_PAGES = 300;
/** Fewer letters and digits than this in the whole text layer: a scanned (image) PDF. */
const MIN_CHARACTERS = 20;

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<SourceDocument> {
  const limit = options.timeoutMs ?? PDF_TIMEOUT_MS;
  let task: PDFDocumentLoadingTask | undefined;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    const span = limit >= 1000 ? `${Math.round(limit / 1000)} 秒` : `${limit} 毫秒`;
    timer = setTimeout(() => reject(new ReadError('timeout', `PDF 读取超时（超过 ${span}），文件可能已损坏或过于复杂。`)), limit);
  });
  const run = { abandoned: false };
  const work = (async () => {
    task = await startLoading(bytes);
    if (run.abandoned) {
      // The time ran out while pdf.js was loading: nobody will destroy this task later.
      task.destroy().catch(() => {});
      throw new ReadError('timeout', '');
    }
    return readDocumentProxy(await task.promise, run);
  })();
  // After a timeout the abandoned work may still fail; that failure is expected and not reported.
  work.catch(() => {});
  try {
    return await Promise.race([work, expired]);
  } catch (error) {
    throw readErrorOf(error);
  } finally {
    run.abandoned = true;
    clearTimeout(timer);
    task?.destroy().catch(() => {});
  }
}

async function readDocumentProxy(doc: PDFDocumentProxy, run: { abandoned: boolean }): Promise<SourceDocument> {
  const lib = await loadPdfJs();
  const ops = lib.OPS as unknown as OpCodes;
  const warnings: ReaderWarning[] = [];
  const pages: PageLayout[] = [];
  const textless: number[] = [];
  const clipped: Location[] = [];
  let characters = 0;
  let failed = 0;
  const count = Math.min(doc.numPages, MAX_PAGES);
  if (doc.numPages > MAX_PAGES) {
    warnings.push({ code: 'pdf-too-many-pages', message: `PDF 共 ${doc.numPages} 页，只读取了前 ${MAX_PAGES} 页。` });
  }
  for (let n = 1; n <= count && !run.abandoned; n++) {
    try {
      const page = await doc.getPage(n);
      const reading = await readPage(page, ops, lib.AnnotationMode.DISABLE);
      page.cleanup();
      pages.push(reading.layout);
      if (reading.clipped.length > 0) clipped.push({ page: n, bbox: bboxOf(reading.clipped[0]!) });
      characters += reading.characters;
      if (reading.characters === 0) textless.push(n);
    } catch (error) {
      failed++;
      const reason = (error as { message?: string } | null)?.message ?? String(error);
      warnings.push({ code: 'pdf-page-unreadable', message: `第 ${n} 页无法读取（${reason.slice(0, 80)}），已跳过。`, loc: { page: n } });
    }
  }
  if (failed === count) throw new ReadError('pdf-corrupt', 'PDF 文件已损坏，没有一页能够读取。');
  if (characters < MIN_CHARACTERS && failed === 0) {
    throw new ReadError('pdf-no-text', `这是扫描图像 PDF（共 ${doc.numPages} 页），没有文字层，无法读取；请提供文字版，或先进行文字识别（OCR）。`);
  }
  if (textless.length > 0) {
    warnings.push({
      code: 'pdf-page-no-text',
      message: `第 ${textless.join('、')} 页没有文字层（可能是扫描图像或空白页），其内容未能读取。`,
      loc: { page: textless[0]! },
    });
  }
  if (clipped.length > 0) {
    warnings.push({
      code: 'pdf-table-clipped',
      message: `第 ${clipped.map((l) => l.page).join('、')} 页的表格超出了纸张边缘，超出部分没有印出，其中的单元格可能缺失。`,
      loc: clipped[0]!,
    });
  }
  dropFurniture(pages);
  const blocks = toBlocks(joinContinuedTables(pages));
  const text = blocks.map((b) => (b.kind === 'text' ? b.text : b.rows.map((r) => r.map((c) => c.text).join('')).join(''))).join('\n');
  const title = await metadataTitle(doc);
  const source: SourceDocument = { format: 'pdf', blocks, script: isTraditional(text) ? 'traditional' : 'simplified', warnings };
  if (title) source.hints = { title };
  return source;
}
