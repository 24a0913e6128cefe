/** Telling a file's format from its first bytes; the file name is only a hint. */
import type { Format } from '../model/report.js';

const startsWith = (bytes: Uint8Array, ...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

export type SniffedFormat = Format | 'zip' | 'ole';

export function sniffFormat(bytes: Uint8Array, fileName = ''): SniffedFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return ext === 'docx' || ext === 'wps' || ext === '' ? 'docx' : 'zip';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  const head = asciiHead(bytes, 2048);
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|table|p|title)\b/i.test(head)) return 'html';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  if (/<(?:html|body|table)\b[\s\S]*<\/(?:p|td|div|table)>/i.test(head) && /<\/(?:p|td|div)>/i.test(head)) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  return 'txt';
}

/** The first bytes as Latin-1 text (enough to see tags and signatures in any ASCII-compatible encoding). */
function asciiHead(bytes: Uint8Array, n: number): string {
  const start = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, Math.min(bytes.length, start + n));
}
