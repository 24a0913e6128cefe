/** The web pages of ../shared/corpus give their verified values and exactly their source violations. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/parse.js';
import '../../../src/readers/register.js';
import { ARITHMETIC_RULE_IDS } from '../../../src/rules/index.js';
import { cellDifferences } from '../../helpers/cells.js';
import { corpusCases } from '../../helpers/shared.js';

const cases = corpusCases()?.filter((c) => /\.html?$/.test(c.source)) ?? [];

describe.skipIf(cases.length === 0)('corpus reports published as web pages', () => {
  for (const c of cases) {
    it(`${c.name} gives its gold values and no arithmetic finding beyond its source violations`, async () => {
      const { report } = await parseReport(readFileSync(c.source), c.source, { check: true });
      expect(report.error).toBeUndefined();
      expect(report.source.format).toBe('html');
      expect(report.meta).toEqual({ ...c.gold.meta, template: c.gold.template });
      expect(cellDifferences(report, c.gold.cells)).toEqual([]);
      const arithmetic = report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule));
      expect(arithmetic.length).toBe(c.gold.sourceViolations?.length ?? 0);
    });
  }

  it('shuyang-fgj-2023-html: the page chrome stays out, the metadata table feeds the hints', async () => {
    const c = cases.find((x) => x.name === 'shuyang-fgj-2023-html');
    if (!c) return;
    const { readHtml } = await import('../../../src/readers/html/html-reader.js');
    const doc = await readHtml(readFileSync(c.source));
    const texts = doc.blocks.filter((b) => b.kind === 'text').map((b) => b.text);
    expect(texts[0]).toBe('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(doc.blocks[0]).toMatchObject({ headingLevel: 1 });
    expect(texts.at(-1)).toBe('2024年1月17日');
    // Navigation, the crawler's own header, the metadata table and the footer are not report text.
    for (const chrome of ['首页', '繁體版', '采集时间', '索引号', '014314799/2024-00002', '智能问答']) {
      expect(texts.some((t) => t.includes(chrome)), chrome).toBe(false);
    }
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(3);
    expect(doc.hints).toEqual({ title: '沭阳县发展和改革局2023年政府信息公开年度报告', publishDate: '2024-01-17' });
    expect(doc.script).toBe('simplified');
  });
});
