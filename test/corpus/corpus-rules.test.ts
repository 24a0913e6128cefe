/** Every corpus rule's documented examples run as tests: the incorrect one yields a finding, the correct one none. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core/parse.js';
import { CORPUS_RULES, PREVIOUS_RULES, type StoredReport } from '../../src/corpus/rules/index.js';
import type { CorpusExample } from '../../src/corpus/rules/rule.js';
import type { CellValue, Report } from '../../src/model/report.js';
import { SAMPLES } from './helpers.js';

// 洛龙区商务局 2023: a consistent 2021 report whose cells are all 0, the base every example edits.
const base = (await parseReport(readFileSync(path.join(SAMPLES, 'luolong-commerce-2023.txt')), 'luolong.txt')).report;

function withCells(cells: Record<string, CellValue> | undefined, year: number): StoredReport {
  const report = structuredClone(base) as Report;
  report.meta.year = year;
  for (const [p, v] of Object.entries(cells ?? {})) {
    const [table, row, column] = p.split('.') as ['table2' | 'table3' | 'table4', string, string];
    report.tables[table]![row]![column] = v;
  }
  return { id: year, unitName: '洛龙区商务局', year, report };
}

function run(ruleIndex: number, example: CorpusExample): string[] {
  const messages: string[] = [];
  PREVIOUS_RULES[ruleIndex]!.check({ current: withCells(example.current, 2024), previous: withCells(example.previous, 2023), similar: [], report: (f) => messages.push(f.message) });
  return messages;
}

describe('corpus rules', () => {
  it('have unique ids, a Chinese title and description each', () => {
    const ids = CORPUS_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['cross-year/carried-over', 'cross-year/in-force', 'cross-year/same-numbers', 'corpus/similar-text']);
    for (const r of CORPUS_RULES) expect(r.meta.description).toMatch(/[\u4e00-\u9fff]{10}/);
  });

  PREVIOUS_RULES.forEach((rule, i) => {
    it(`${rule.meta.id}: the incorrect example is reported and the correct one is not`, () => {
      expect(run(i, rule.meta.examples.incorrect).length).toBeGreaterThan(0);
      expect(run(i, rule.meta.examples.correct)).toEqual([]);
    });
  });

  it('cross-year rules stay silent when last year is not the year before', () => {
    const current = withCells({ 'table3.carriedOver.total': 4 }, 2024);
    const older = withCells({ 'table3.carriedForward.total': 1 }, 2022);
    const messages: string[] = [];
    for (const rule of PREVIOUS_RULES) rule.check({ current, previous: older, similar: [], report: (f) => messages.push(f.message) });
    expect(messages).toEqual([]);
  });
});
