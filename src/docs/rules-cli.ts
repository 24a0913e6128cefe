/** Prints docs/rules.md (`npm run docs`). */
import { rulesMarkdown } from './rules-doc.js';

process.stdout.write(await rulesMarkdown());
