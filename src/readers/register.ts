/** Registers the readers of binary and markup formats (loaded on first use). */
import { registerReader } from './index.js';

registerReader('pdf', async () => (await import('./pdf/index.js')).readPdf);
registerReader('html', async () => (await import('./html/html-reader.js')).readHtml);
