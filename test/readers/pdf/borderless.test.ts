/**
 * A report whose tables are printed without rules: no table can be rebuilt, so the page is read
 * as text lines, numbers apart by spaces, and the extractor pairs labels with them. Rows whose
 * label wraps over many lines around its numbers are beyond it for now (they read null, never a
 * wrong number).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { cellOf } from '../../helpers/cells.js';
import { REPO_ROOT, type Gold } from '../../helpers/shared.js';
import { FIXTURES, fixture, read, tables, texts } from './read.js';

const FILE = 'suizhou-commerce-2023.borderless-libreoffice.pdf';
const gold = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/seeds/suizhou-commerce-2023.gold.json'), 'utf8')) as Gold;

describe('tables printed without rules', () => {
  it('are read as text lines with the numbers of a row on one line', async () => {
    const doc = await read(fixture(FILE));
    expect(tables(doc)).toEqual([]);
    expect(texts(doc)).toContain('（七）总计 0 0 0 0 0 0 0');
    expect(texts(doc)).toContain('四、结转下年度继续办理 0 0 0 0 0 0 0');
  });

  it('give the values of tables 2 and 4 and no wrong number anywhere', async () => {
    const source = path.join(FIXTURES, FILE);
    const { report } = await parseReport(readFileSync(source), source, { check: true });
    expect(report.error).toBeUndefined();
    expect(report.meta.agency).toBe('随州市商务局');
    for (const [cell, want] of Object.entries(gold.cells)) {
      const got = cellOf(report, cell);
      if (cell.startsWith('table2.') || cell.startsWith('table4.')) expect(got, cell).toBe(want);
      else expect([null, want], cell).toContain(got);
    }
  });
});
