/** Opening a PDF with pdf.js (legacy build for Node, in-process "fake" worker) and naming its failures in Chinese. */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { ReadError } from '../../model/document.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js is loaded on first use: the text path of the project never pays for it. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importKeepingBuiltins();
  return pdfjs;
}

/**
 * The legacy build bundles core-js, which on Node 20 replaces Array.prototype.push (over an
 * edge case of V8's error for a read-only length) and JSON.parse/stringify with slower script
 * versions — for the whole process, not only for pdf.js. The native ones are put back once
 * pdf.js and its worker code are loaded (the worker is loaded here too, run in this thread).
 */
async function importKeepingBuiltins(): Promise<PdfJs> {
  const push = Array.prototype.push;
  const { parse, stringify } = JSON;
  try {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    // pdf.js runs its worker code in this thread when it finds it here (no worker thread, no second load).
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return lib;
  } finally {
    restore(Array.prototype, 'push', push);
    restore(JSON, 'parse', parse);
    restore(JSON, 'stringify', stringify);
  }
}

function restore(target: object, key: string, value: unknown): void {
  const current = Object.getOwnPropertyDescriptor(target, key);
  if (current && current.value !== value) Object.defineProperty(target, key, { ...current, value });
}

/** The package folder, found at run time so CMaps (CJK encodings) and standard fonts load from disk, never the network. */
function packageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

let resources: { cMapUrl: string; standardFontDataUrl: string } | undefined;

function resourceDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!resources) {
    const dir = packageDir();
    // pdf.js reads these in Node with fs and needs the trailing separator.
    resources = { cMapUrl: path.join(dir, 'cmaps') + path.sep, standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep };
  }
  return resources;
}

export interface OpenedPdf {
  task: PDFDocumentLoadingTask;
  doc: PDFDocumentProxy;
}

/** Starts loading; the caller keeps the task so it can abandon it (time limit). */
export async function startLoading(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const lib = await loadPdfJs();
  return lib.getDocument({
    // pdf.js may take ownership of the buffer; the caller's bytes stay intact.
    data: new Uint8Array(bytes),
    ...resourceDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    // Glyph outlines are not needed (nothing is drawn); pdf.js then skips sending font files around.
    disableFontFace: true,
    useSystemFonts: false,
    // Every image is skipped unread: pictures and seals carry no text, and decoding them is the slowest part.
    maxImageSize: 0,
    stopAtErrors: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  });
}

/** pdf.js failures → ReadError with a message a user understands. */
export function readErrorOf(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'PasswordException') {
    return new ReadError('pdf-encrypted', '这个 PDF 设有打开密码（已加密），无法读取；请提供未加密的文件。');
  }
  if (name === 'InvalidPDFException') {
    return new ReadError('pdf-corrupt', 'PDF 文件已损坏或不是有效的 PDF，无法读取。');
  }
  return new ReadError('pdf-corrupt', `PDF 文件无法读取，可能已损坏（${message.slice(0, 120)}）。`);
}
