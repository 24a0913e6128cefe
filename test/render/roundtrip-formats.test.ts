/**
 * Round trip through the formats reports are published in: random consistent reports rendered as
 * web pages (portal chrome, Word-exported cells, zeros printed blank, GBK) and as Word documents
 * read back to identical numbers and metadata, with no arithmetic finding.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core/parse.js';
import type { Report } from '../../src/model/report.js';
import type { ReportDraft } from '../../src/render/draft.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderHtml } from '../../src/render/html.js';
import { randomDraft } from '../../src/render/random.js';
import { ARITHMETIC_RULE_IDS } from '../../src/rules/index.js';
import { draftDifferences } from '../helpers/draft-diff.js';
import { encodeGb18030 } from '../helpers/gb18030.js';

const COUNT = Number(process.env.GONGKAI_ROUNDTRIP_FORMATS ?? 300);

function problems(draft: ReportDraft, report: Report): string[] {
  if (report.error) return [`error ${report.error.code}: ${report.error.message}`];
  const out = draftDifferences(draft, report);
  const { meta } = report;
  if (meta.agency !== draft.agency || meta.year !== draft.year || meta.publishDate !== draft.publishDate || meta.template !== draft.template) {
    out.push(`meta ${JSON.stringify(meta)}`);
  }
  for (const f of report.findings) if (ARITHMETIC_RULE_IDS.includes(f.rule) || (f.rule.startsWith('extract/') && f.severity !== 'info')) out.push(f.message);
  return out;
}

describe('round trip through published formats', () => {
  it(`reads back ${COUNT} reports rendered as web pages`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= COUNT; seed++) {
      const draft = randomDraft(seed);
      const gbk = seed % 5 === 0;
      const html = renderHtml(draft, { portal: seed % 2 === 0, wordCells: seed % 3 === 0, blankZeros: seed % 4 === 0, charset: gbk ? 'gbk' : 'utf-8' });
      const bytes = gbk ? encodeGb18030(html) : new TextEncoder().encode(html);
      const { report } = await parseReport(bytes, 'r.html', { check: true });
      const p = problems(draft, report);
      if (p.length > 0) failures.push(`seed ${seed}: ${p.slice(0, 3).join(' / ')}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it(`reads back ${Math.ceil(COUNT / 5)} reports rendered as Word documents`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= Math.ceil(COUNT / 5); seed++) {
      const draft = randomDraft(seed);
      const bytes = await renderDocx(draft, { blankZeros: seed % 3 === 0 });
      const { report } = await parseReport(bytes, 'r.docx', { check: true });
      const p = problems(draft, report);
      if (p.length > 0) failures.push(`seed ${seed}: ${p.slice(0, 3).join(' / ')}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
