/**
 * Every text and Markdown report of ../shared/corpus gives its verified values, and exactly the
 * arithmetic findings its `sourceViolations` describe. (Other formats: test/readers.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core/parse.js';
import { ARITHMETIC_RULE_IDS } from '../../src/rules/index.js';
import { cellDifferences } from '../helpers/cells.js';
import { corpusCases } from '../helpers/shared.js';

/** The arithmetic findings each corpus report must draw: rule and the total cell it names first. */
export const EXPECTED_ARITHMETIC: Record<string, string[]> = {
  'hongze-2023': ['table4/group-sum table4.review.total', 'table4/group-sum table4.litigationAfterReview.total'],
  'shanghai-kewei-2024': ['table3/column-balance table3.received.total', 'table3/row-sum table3.carriedForward.total'],
};

const cases = corpusCases()?.filter((c) => /\.(txt|md)$/.test(c.source)) ?? [];

describe.skipIf(cases.length === 0)('corpus reports in text renderings', () => {
  for (const c of cases) {
    it(`${c.name} gives its gold values and exactly its source violations`, async () => {
      const { report } = await parseReport(readFileSync(c.source), c.source, { check: true });
      expect(report.error).toBeUndefined();
      expect(report.meta.template).toBe(c.gold.template);
      expect(cellDifferences(report, c.gold.cells)).toEqual([]);
      expect(report.meta.agency).toBe(c.gold.meta.agency);
      expect(report.meta.year).toBe(c.gold.meta.year);
      expect(report.meta.publishDate).toBe(c.gold.meta.publishDate);
      const arithmetic = report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule)).map((f) => `${f.rule} ${f.cells![0]}`);
      const unit = c.name.replace(/-(pdf|pdftotext|md|html|libreoffice-.*)$/, '');
      expect(arithmetic.sort()).toEqual((EXPECTED_ARITHMETIC[unit] ?? []).slice().sort());
      expect(arithmetic.length).toBe(c.gold.sourceViolations?.length ?? 0);
    });
  }
});
