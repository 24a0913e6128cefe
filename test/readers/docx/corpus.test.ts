/** Every Word report of ../shared/corpus gives its verified values and exactly its source violations. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { ARITHMETIC_RULE_IDS } from '../../../src/rules/index.js';
import { cellDifferences } from '../../helpers/cells.js';
import { corpusCases } from '../../helpers/shared.js';

const cases = corpusCases()?.filter((c) => /\.(docx|doc)$/.test(c.source)) ?? [];

describe.skipIf(cases.length === 0)('corpus reports as Word files', () => {
  for (const c of cases) {
    it(`${c.name} gives its gold values and exactly its source violations`, async () => {
      const { report } = await parseReport(readFileSync(c.source), c.source, { check: true });
      expect(report.error).toBeUndefined();
      expect(report.source.format).toBe('docx');
      expect(report.meta.template).toBe(c.gold.template);
      expect(cellDifferences(report, c.gold.cells)).toEqual([]);
      expect(report.meta.year).toBe(c.gold.meta.year);
      expect(report.meta.publishDate).toBe(c.gold.meta.publishDate);
      expect(report.meta.agency).toBe(c.gold.meta.agency);
      const arithmetic = report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule)).map((f) => f.rule);
      expect(arithmetic.length).toBe(c.gold.sourceViolations?.length ?? 0);
    }, 30_000);
  }
});
