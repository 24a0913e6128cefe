/**
 * The seed reports laid out as PDF by real producers (test/fixtures/pdf, made by build.ts:
 * LibreOffice from a Word document or a web page, Chromium printing the web page) give the
 * seeds' verified values and no arithmetic finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { ARITHMETIC_RULE_IDS } from '../../../src/rules/index.js';
import { cellDifferences } from '../../helpers/cells.js';
import { REPO_ROOT, type Gold } from '../../helpers/shared.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/pdf');
const GOLDS = path.join(REPO_ROOT, 'test/fixtures/seeds');

// The borderless rendering has its own test (borderless.test.ts): without rules it is read as text lines.
const renderings = readdirSync(FIXTURES).filter((f) => /^[a-z]+-[a-z]+-\d{4}\..+\.pdf$/.test(f) && !f.includes('borderless'));

describe('seed reports printed to PDF', () => {
  it('has a LibreOffice rendering of every seed and Chromium renderings', () => {
    const seeds = readdirSync(GOLDS).map((f) => f.replace('.gold.json', ''));
    for (const seed of seeds) expect(renderings.some((f) => f.startsWith(`${seed}.`) && f.includes('libreoffice')), seed).toBe(true);
    expect(renderings.filter((f) => f.endsWith('.chromium.pdf')).length).toBeGreaterThanOrEqual(3);
  });

  for (const file of renderings) {
    const seed = file.split('.')[0]!;
    it(`${file} gives the seed's gold values`, async () => {
      const gold = JSON.parse(readFileSync(path.join(GOLDS, `${seed}.gold.json`), 'utf8')) as Gold;
      const source = path.join(FIXTURES, file);
      const { report } = await parseReport(readFileSync(source), source, { check: true });
      expect(report.error).toBeUndefined();
      expect(report.source.format).toBe('pdf');
      expect(report.meta.template).toBe(gold.template);
      expect(cellDifferences(report, gold.cells)).toEqual([]);
      for (const key of ['agency', 'year', 'publishDate'] as const) {
        if (gold.meta[key] !== null) expect(report.meta[key], key).toBe(gold.meta[key]);
      }
      expect(report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule))).toEqual([]);
    }, 30_000);
  }
});
