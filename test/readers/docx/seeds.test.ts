/**
 * The seed reports laid out as Word files by real producers — the `docx` package (automatic
 * numbering, merged cells, a text box, tracked changes), LibreOffice from a web page and from
 * OpenDocument, and Word 97 .doc files saved by LibreOffice (read through the OLE path) — give
 * exactly the seeds' verified values and no arithmetic finding. Fixtures: test/fixtures/docx
 * (rebuilt by build-fixtures.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { findSoffice } from '../../../src/readers/office/soffice.js';
import { ARITHMETIC_RULE_IDS } from '../../../src/rules/index.js';
import { cellDifferences } from '../../helpers/cells.js';
import { REPO_ROOT, type Gold } from '../../helpers/shared.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/docx');
const GOLDS = path.join(REPO_ROOT, 'test/fixtures/seeds');
const files = readdirSync(FIXTURES).filter((f) => /\.(docx|doc)$/.test(f));
const hasSoffice = findSoffice() !== null;
if (!hasSoffice) console.warn('[skip] soffice not found: the .doc fixtures (OLE path) are not read.');

async function expectGold(file: string): Promise<void> {
  const seed = file.slice(0, file.indexOf('.'));
  const gold = JSON.parse(readFileSync(path.join(GOLDS, `${seed}.gold.json`), 'utf8')) as Gold;
  const { report, extraction } = await parseReport(readFileSync(path.join(FIXTURES, file)), file, { check: true });
  expect(report.error).toBeUndefined();
  expect(report.source.format).toBe(file.endsWith('.doc') ? 'doc' : 'docx');
  expect(report.meta.template).toBe(gold.template);
  expect(cellDifferences(report, gold.cells)).toEqual([]);
  for (const key of ['agency', 'year', 'publishDate'] as const) {
    if (gold.meta[key] !== null) expect(report.meta[key], key).toBe(gold.meta[key]);
  }
  expect(report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule))).toEqual([]);
  // The section headings were numbered by Word (numbering.xml) or by the page: either way they read 一 … 六 in order.
  if (gold.template === '2021') expect(extraction!.sections.map((s) => [s.number, s.printedNumber])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, n]));
}

describe('seed reports as Word files', () => {
  for (const file of files.filter((f) => f.endsWith('.docx'))) {
    it(`${file} gives its seed's gold values`, () => expectGold(file));
  }
  for (const file of files.filter((f) => f.endsWith('.doc'))) {
    it.skipIf(!hasSoffice)(`${file} (converted by LibreOffice) gives its seed's gold values`, () => expectGold(file), 120_000);
  }
});
