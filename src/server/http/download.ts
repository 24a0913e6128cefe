/** File responses: always attachments (never rendered by the browser), with the Chinese file name encoded per RFC 6266. */
import type { Context } from 'hono';
import type { AppEnv } from '../deps.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function download(c: Context<AppEnv>, bytes: Uint8Array, fileName: string, contentType = 'application/octet-stream'): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Content-Length': String(bytes.byteLength),
    'X-Content-Type-Options': 'nosniff',
    // Even if a browser were made to open it, a document from the corpus runs nothing.
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Cache-Control': 'no-store',
  });
}

/** File names without characters Windows refuses. */
export const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 150);
