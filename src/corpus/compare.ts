/**
 * Two stored reports side by side (a unit's two years, or two units): problems first (findings of
 * each), then every table cell with its difference (differing cells first), then section texts
 * sentence by sentence — the 问题及改进 section first, identical (boilerplate) sentences last.
 */
import type { Report } from '../model/report.js';
import { findingsOf } from '../store/findings.js';
import type { FindingRow, ReportRow } from '../store/schema.js';
import { cellName } from '../templates/labels.js';
import { compareCellPaths } from './cell-order.js';
import { flattenCells } from './cells.js';
import type { Corpus } from './context.js';
import { sectionSimilarity } from './similarity/sections.js';
import { normalizeText } from './similarity/shingles.js';

export interface Side {
  id: number;
  sha256: string;
  label: string;
  year: number | null;
  findings: Pick<FindingRow, 'rule' | 'severity' | 'message'>[];
}

export interface CellComparison {
  path: string;
  name: string;
  a: number | null;
  b: number | null;
  /** b − a, when both are known. */
  diff: number | null;
}

export interface SectionComparison {
  number: number;
  title: string;
  similarity: number | null;
  onlyA: string[];
  onlyB: string[];
  /** Sentences in both (numbers and years aside): boilerplate. */
  common: string[];
}

export interface Comparison {
  a: Side;
  b: Side;
  cells: CellComparison[];
  sections: SectionComparison[];
}

export async function compareReports(corpus: Corpus, rowA: ReportRow, rowB: ReportRow): Promise<Comparison> {
  const side = async (row: ReportRow): Promise<Side> => {
    const unit = row.unit_id === null ? null : corpus.matcher.unit(row.unit_id);
    const findings = (await findingsOf(corpus.store.db, row.id)).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message }));
    return { id: row.id, sha256: row.sha256, label: `${unit?.name ?? row.agency ?? row.file}${row.year === null ? '' : ` ${row.year} 年度`}`, year: row.year, findings };
  };
  const a = JSON.parse(rowA.report_json) as Report;
  const b = JSON.parse(rowB.report_json) as Report;
  return { a: await side(rowA), b: await side(rowB), cells: compareCells(a, b), sections: compareSections(a, b) };
}

export function compareCells(a: Pick<Report, 'tables'>, b: Pick<Report, 'tables'>): CellComparison[] {
  const va = new Map(flattenCells(a.tables));
  const vb = new Map(flattenCells(b.tables));
  const paths = [...new Set([...va.keys(), ...vb.keys()])].sort(compareCellPaths);
  const cells = paths.map((path) => {
    const x = va.get(path) ?? null;
    const y = vb.get(path) ?? null;
    return { path, name: cellName(path), a: x, b: y, diff: x !== null && y !== null ? round(y - x) : null };
  });
  const differs = (c: CellComparison) => c.a !== c.b;
  // Stable: the form's order within each group.
  return [...cells.filter(differs), ...cells.filter((c) => !differs(c))];
}

/** Section 五 (问题及改进) is where copying matters most, so it comes first; then the most changed. */
export function compareSections(a: Pick<Report, 'sections'>, b: Pick<Report, 'sections'>): SectionComparison[] {
  const numbers = [...new Set([...a.sections.map((s) => s.number), ...b.sections.map((s) => s.number)])];
  const out = numbers.map((number) => {
    const sa = a.sections.find((s) => s.number === number);
    const sb = b.sections.find((s) => s.number === number);
    const { onlyA, onlyB, common } = diffSentences(sentences(sa?.text ?? ''), sentences(sb?.text ?? ''));
    return { number, title: sa?.title ?? sb?.title ?? '', similarity: sa && sb ? sectionSimilarity(sa.text, sb.text) : null, onlyA, onlyB, common };
  });
  const problems = (s: SectionComparison) => (/问题|改进|整改/.test(s.title) ? 0 : 1);
  return out.sort((x, y) => problems(x) - problems(y) || (x.similarity ?? 2) - (y.similarity ?? 2) || x.number - y.number);
}

export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, '')
    .split(/(?<=[。；;！!？?])/)
    .map((s) => s.trim())
    .filter((s) => normalizeText(s).length >= 4);
}

/** Longest common subsequence of sentences, compared without digits (a year changed is not a new sentence). */
export function diffSentences(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[]; common: string[] } {
  const ka = a.map(normalizeText);
  const kb = b.map(normalizeText);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const common: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      common.push(b[j]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) onlyA.push(a[i++]!);
    else onlyB.push(b[j++]!);
  }
  onlyA.push(...a.slice(i));
  onlyB.push(...b.slice(j));
  return { onlyA, onlyB, common };
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
