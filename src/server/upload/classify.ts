/**
 * What an uploaded file is, by its content (the name is only a hint): a document Gongkai reads,
 * a zip archive of documents, or something refused with the reason. Archives are checked against
 * their declared sizes before anything is decompressed.
 */
import { unzipSync } from 'fflate';
import { sniffFormat } from '../../readers/sniff.js';

export type Classified = { kind: 'document'; format: string } | { kind: 'archive' } | { kind: 'rejected'; reason: string };

const FORMAT_NAMES: Record<string, string> = { txt: '文本', md: 'Markdown', html: '网页', docx: 'Word（DOCX）', pdf: 'PDF', ole: 'Word/WPS（DOC）' };

export function classifyUpload(bytes: Uint8Array, name: string): Classified {
  if (bytes.length === 0) return { kind: 'rejected', reason: '文件是空的。' };
  const format = sniffFormat(bytes, name);
  if (format === 'zip' || format === 'docx') {
    let names: string[];
    try {
      names = entryNames(bytes);
    } catch {
      return format === 'docx' ? { kind: 'document', format } : { kind: 'rejected', reason: '压缩包已损坏，无法打开。' };
    }
    // A Word document is a zip too: recognised by its parts, whatever its name says.
    if (names.includes('word/document.xml')) return { kind: 'document', format: 'docx' };
    return { kind: 'archive' };
  }
  if (format === 'txt' || format === 'md') {
    if (!looksLikeText(bytes)) return { kind: 'rejected', reason: '不是可读取的文件类型（既不是文本，也不是 HTML、DOCX、DOC、PDF 或 ZIP）。' };
  }
  if (!(format in FORMAT_NAMES)) return { kind: 'rejected', reason: '不支持的文件类型。' };
  return { kind: 'document', format };
}

function entryNames(zip: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(zip, {
    filter(file) {
      names.push(file.name);
      return false;
    },
  });
  return names;
}

/**
 * Text has no NUL bytes (UTF-16 text carries a BOM and is let through) and few control characters.
 * Images, executables and other binaries fail this at once.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control <= n * 0.01;
}

export interface ArchiveBudget {
  maxEntries: number;
  maxBytes: number;
  maxEntryBytes: number;
}

/**
 * Checks an archive's declared entry sizes (and those of archives inside it) against the budget;
 * returns the refusal reason, or null when it may be opened. fflate decompresses into a buffer of
 * the declared size, so a lying header cannot make an entry larger than it says.
 */
export function checkArchive(zip: Uint8Array, budget: ArchiveBudget, depth = 0): string | null {
  const state = { entries: 0, bytes: 0 };
  const walk = (data: Uint8Array, level: number): string | null => {
    if (level > 3) return '压缩包嵌套超过 3 层。';
    const nested: string[] = [];
    let problem: string | null = null;
    unzipSync(data, {
      filter(file) {
        if (file.name.endsWith('/')) return false;
        state.entries++;
        state.bytes += file.originalSize;
        if (file.originalSize > budget.maxEntryBytes) problem ??= `压缩包中的“${file.name}”解压后过大（${mb(file.originalSize)}，上限 ${mb(budget.maxEntryBytes)}）。`;
        if (/\.zip$/i.test(file.name)) nested.push(file.name);
        return false;
      },
    });
    if (problem) return problem;
    if (state.entries > budget.maxEntries) return `压缩包中的文件过多（超过 ${budget.maxEntries} 个）。`;
    if (state.bytes > budget.maxBytes) return `压缩包解压后过大（超过 ${mb(budget.maxBytes)}）。`;
    for (const name of nested) {
      const inner = unzipSync(data, { filter: (f) => f.name === name })[name];
      if (inner) {
        const reason = walk(inner, level + 1);
        if (reason) return reason;
      }
    }
    return null;
  };
  try {
    return walk(zip, depth);
  } catch (error) {
    return `压缩包已损坏，无法打开（${(error as Error).message}）。`;
  }
}

const mb = (n: number): string => `${(n / 1048576).toFixed(0)} MB`;
