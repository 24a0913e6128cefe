/** The document title a PDF states in its metadata (Info /Title), cleaned of what producers add to it. */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';

export async function metadataTitle(doc: PDFDocumentProxy): Promise<string | undefined> {
  const meta = await doc.getMetadata().catch(() => null);
  const info = meta?.info as { Title?: unknown } | undefined;
  const raw = typeof info?.Title === 'string' ? info.Title : (meta?.metadata?.get('dc:title') ?? undefined);
  if (typeof raw !== 'string') return undefined;
  const title = raw
    .replace(/^Microsoft (?:Word|PowerPoint|Excel) - /i, '')
    .replace(/\.(?:docx?|wps|pdf|html?|txt|xlsx?)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return title === '' ? undefined : title;
}
