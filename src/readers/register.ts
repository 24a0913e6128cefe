/** Registers the readers of binary and markup formats (loaded on first use). */
import { registerReader } from './index.js';

registerReader('pdf', async () => (await import('./pdf/index.js')).readPdf);
// A ZIP is read as DOCX when it is one (a .docx renamed .zip); otherwise the DOCX reader says what it is.
registerReader('docx', async () => (await import('./docx/reader.js')).readDocx);
registerReader('zip', async () => (await import('./docx/reader.js')).readDocx);
registerReader('ole', async () => (await import('./office/ole-reader.js')).readOle);
registerReader('html', async () => (await import('./html/html-reader.js')).readHtml);
