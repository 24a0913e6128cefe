/** Bytes of any supported format → the document structure the extractor reads. */
import { ReadError, type SourceDocument } from '../model/document.js';
import { decodeText } from '../text/encoding.js';
import { sniffFormat } from './sniff.js';
import { readText } from './text-reader.js';

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Time limit for reading one file (PDF and converted office files), in milliseconds. */
  timeoutMs?: number;
}

export type FormatReader = (bytes: Uint8Array, options: ReadOptions) => Promise<SourceDocument>;

/** Readers of binary and markup formats register here (kept apart so the text path loads nothing heavy). */
const readers = new Map<string, () => Promise<FormatReader>>();

export function registerReader(format: string, load: () => Promise<FormatReader>): void {
  readers.set(format, load);
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) {
    throw new ReadError('too-large', `文件过大（${(bytes.length / 1048576).toFixed(1)} MB），超过上限 ${(max / 1048576).toFixed(0)} MB。`);
  }
  if (bytes.length === 0) throw new ReadError('empty', '文件是空的。');
  const format = sniffFormat(bytes, fileName);
  if (format === 'txt' || format === 'md') {
    const { text } = decodeText(bytes);
    return readText(text, format);
  }
  const load = readers.get(format);
  if (!load) {
    const names: Record<string, string> = { zip: 'ZIP 压缩包', ole: 'Word/WPS 旧版二进制文档（DOC/WPS）', html: '网页（HTML）', docx: 'Word 文档（DOCX）', pdf: 'PDF' };
    throw new ReadError('format-unsupported', `暂不支持读取${names[format] ?? format}格式。`);
  }
  const reader = await load();
  return reader(bytes, options);
}
