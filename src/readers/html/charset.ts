/**
 * Bytes of a web page → text: a byte-order mark wins; otherwise valid UTF-8 is UTF-8 (crawlers often
 * re-save GBK pages as UTF-8 and keep the old <meta charset>); otherwise the declared charset, else GB18030.
 */
import { ReadError, type ReaderWarning } from '../../model/document.js';

export interface DecodedPage {
  text: string;
  /** The TextDecoder label used. */
  encoding: string;
  warnings: ReaderWarning[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** GB2312 and GBK are subsets of GB18030; browsers decode all three as GB18030. */
const GB_FAMILY = /^(?:gb2312|gbk|gb18030|gb_2312(?:-80)?|x-gbk|cp936|ms936|windows-936|csgb2312|iso-ir-58|chinese|euc-cn)$/;

export function decodeHtml(bytes: Uint8Array): DecodedPage {
  const bom = fromBom(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, warnings: [] };

  const declared = declaredCharset(bytes);
  const warnings: ReaderWarning[] = [];
  let page: DecodedPage;
  try {
    const text = utf8Strict.decode(bytes);
    if (declared && declared !== 'utf-8' && hasNonAscii(bytes)) {
      warnings.push({ code: 'html-charset-mismatch', message: `网页声明的编码是 ${declared}，但内容是有效的 UTF-8，已按 UTF-8 读取。` });
    }
    page = { text, encoding: 'utf-8', warnings };
  } catch {
    const label = declared && declared !== 'utf-8' && supported(declared) ? declared : 'gb18030';
    if (declared === 'utf-8') {
      warnings.push({ code: 'html-charset-mismatch', message: '网页声明的编码是 UTF-8，但内容不是有效的 UTF-8，已按 GB18030（GBK）读取。' });
    }
    page = { text: new TextDecoder(label).decode(bytes), encoding: label, warnings };
  }
  if (looksGarbled(page.text)) {
    throw new ReadError('html-garbled', '网页内容无法解码：大部分是乱码或二进制数据，可能不是网页，或文件已损坏。');
  }
  return page;
}

function fromBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset a <meta> or XML declaration in the first 4 KB names (the HTML prescan window), normalised. */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]!);
  const m =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head) ??
    /<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_.:-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  if (label === 'utf8' || label === 'utf-8') return 'utf-8';
  if (GB_FAMILY.test(label)) return 'gb18030';
  return label;
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

const GARBAGE = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;

/** Mostly replacement characters and control codes in the first 64 K characters: not a page. */
function looksGarbled(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length < 64) return false;
  const bad = sample.match(GARBAGE)?.length ?? 0;
  return bad > sample.length * 0.25;
}
