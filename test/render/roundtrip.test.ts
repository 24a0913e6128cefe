/**
 * Round trip: thousands of random consistent reports, rendered in every text rendering with random
 * variations (Traditional script, half-width brackets, broken header cells, blank zeros, page
 * footers), read back to identical numbers with no arithmetic finding; and every single-cell
 * change to a consistent table draws exactly the arithmetic errors that cell takes part in.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core/parse.js';
import type { Report } from '../../src/model/report.js';
import { randomDraft, rng } from '../../src/render/random.js';
import { renderText, TEXT_RENDERINGS, type TextRenderOptions, type TextRendering } from '../../src/render/text.js';
import { ARITHMETIC_RULE_IDS } from '../../src/rules/index.js';
import { TABLE3_ALL_ROWS } from '../../src/templates/table3.js';
import { draftDifferences } from '../helpers/draft-diff.js';

const COUNT = Number(process.env.GONGKAI_ROUNDTRIP ?? 1200);

function randomOptions(seed: number, rendering: TextRendering): TextRenderOptions {
  const r = rng(seed * 7 + 3);
  return {
    traditional: r() < 0.15,
    halfWidth: r() < 0.3,
    splitHeaders: r() < 0.3,
    blankZeros: rendering !== 'cells' && rendering !== 'layout' && r() < 0.3,
    headingLevels: r() < 0.5 ? [1, 2, 3, 4] : [2],
    pageFooter: r() < 0.3,
    ...(rendering === 'layout' && r() < 0.5 ? { wrapLabels: 6 + Math.floor(r() * 10), wrapAt: r() < 0.5 ? ('first' as const) : ('middle' as const) } : {}),
  };
}

async function readBack(text: string, rendering: TextRendering): Promise<Report> {
  const { report } = await parseReport(Buffer.from(text), rendering === 'markdown' ? 'r.md' : 'r.txt', { check: true });
  return report;
}

describe('round trip of random consistent reports', () => {
  for (const rendering of TEXT_RENDERINGS) {
    it(`reads back ${COUNT} reports rendered as ${rendering}`, async () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= COUNT; seed++) {
        const draft = randomDraft(seed);
        const options = randomOptions(seed, rendering);
        const report = await readBack(renderText(draft, rendering, options), rendering);
        const diffs = draftDifferences(draft, report, !!options.traditional);
        const arithmetic = report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule) || (f.rule.startsWith('extract/') && f.severity !== 'info'));
        const metaOk = report.meta.year === draft.year && report.meta.template === draft.template && report.meta.publishDate === draft.publishDate;
        if (diffs.length > 0 || arithmetic.length > 0 || !metaOk) {
          failures.push(`seed ${seed} ${JSON.stringify(options)}: ${[...diffs.slice(0, 3), ...arithmetic.slice(0, 2).map((f) => f.message), metaOk ? '' : `meta ${JSON.stringify(report.meta)}`].join(' / ')}`);
        }
      }
      expect(failures.slice(0, 10)).toEqual([]);
    });
  }
});

/** The arithmetic findings one changed cell must draw: rule and the first cell it names. */
function expectedFindings(path: string, template: '2019' | '2021'): string[] {
  const [table, row, column] = path.split('.') as [string, string, string];
  if (table === 'table4') return [`table4/group-sum table4.${row}.total`];
  const expected = [`table3/row-sum table3.${row}.total`];
  if (['received', 'carriedOver', 'total', 'carriedForward'].includes(row)) expected.push(`table3/column-balance table3.received.${column}`);
  const outcome = TABLE3_ALL_ROWS.find((r) => r.key === row)?.outcome;
  if (outcome || row === 'total') expected.push(`table3/outcome-sum table3.total.${column}`);
  void template;
  return expected.sort();
}

describe('single-cell changes to consistent tables', () => {
  for (const rendering of TEXT_RENDERINGS) {
    it(`draw exactly the expected arithmetic errors (${rendering})`, async () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= COUNT / 4; seed++) {
        const draft = randomDraft(seed, seed % 3 === 0 ? '2019' : '2021');
        const r = rng(seed * 31);
        const table = r() < 0.8 ? 'table3' : 'table4';
        const rows = Object.keys(draft.tables[table]!);
        const row = rows[Math.floor(r() * rows.length)]!;
        const columns = Object.keys(draft.tables[table]![row]!);
        const column = columns[Math.floor(r() * columns.length)]!;
        const before = draft.tables[table]![row]![column]!;
        const after = before === 0 ? 1 + Math.floor(r() * 9) : r() < 0.5 ? before - 1 : before + 1 + Math.floor(r() * 9);
        draft.tables[table]![row]![column] = after;
        const path = `${table}.${row}.${column}`;
        const report = await readBack(renderText(draft, rendering, {}), rendering);
        const got = report.findings
          .filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule))
          .map((f) => `${f.rule} ${f.cells![0]}`)
          .sort();
        const want = expectedFindings(path, draft.template as '2019' | '2021');
        if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`seed ${seed} ${path} ${before}→${after}: got ${got.join(', ')}; want ${want.join(', ')}`);
        if (!report.findings.every((f) => f.severity !== 'error' || ARITHMETIC_RULE_IDS.includes(f.rule))) failures.push(`seed ${seed}: unexpected error finding`);
      }
      expect(failures.slice(0, 10)).toEqual([]);
    });
  }
});
