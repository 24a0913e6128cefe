/**
 * A report to render: what a renderer needs to print a whole document (title, sections with
 * their paragraphs, tables in place, signature). Renderers turn a draft into each format.
 */
import type { Tables, TemplateId } from '../model/report.js';
import { NUMERALS, SECTIONS } from '../templates/sections.js';
import { legacyGrid, tableGrid, type Grid, type GridOptions } from './grid.js';

export interface DraftSection {
  number: number;
  /** The heading as printed, with its numeral (e.g. 一、总体情况). */
  heading: string;
  paragraphs: string[];
}

export interface ReportDraft {
  template: TemplateId;
  agency: string;
  year: number;
  publishDate: string | null;
  /** undefined: the standard title; null: no title. */
  title?: string | null;
  /** Paragraphs between the title and section 一 (the compilation basis, the statistics period). */
  preamble: string[];
  sections: DraftSection[];
  tables: Tables;
}

export type Part =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; grid: Grid; name: 'table2' | 'table3' | 'table4' | 'legacy' };

export function standardTitle(draft: Pick<ReportDraft, 'agency' | 'year' | 'template'>): string {
  return `${draft.agency}${draft.year}年${draft.template === 'legacy' ? '度' : ''}政府信息公开工作年度报告`;
}

export const sectionHeading = (number: number): string => `${NUMERALS[number - 1]}、${SECTIONS[number - 1]!.title}`;

/** The document as a sequence of parts in reading order. */
export function draftParts(draft: ReportDraft, options: GridOptions = {}): Part[] {
  const parts: Part[] = [];
  const title = draft.title === undefined ? standardTitle(draft) : draft.title;
  if (title) parts.push({ kind: 'title', text: title });
  for (const p of draft.preamble) parts.push({ kind: 'paragraph', text: p });
  for (const section of draft.sections) {
    parts.push({ kind: 'heading', text: section.heading, level: 2 });
    for (const p of section.paragraphs) parts.push({ kind: 'paragraph', text: p });
    if (draft.template !== 'legacy') {
      const table = SECTIONS[section.number - 1]?.table;
      const values = table ? draft.tables[table] : undefined;
      if (table && values) parts.push({ kind: 'table', name: table, grid: tableGrid(table, values, draft.template, options) });
    }
  }
  if (draft.template === 'legacy' && draft.tables.legacy) {
    parts.push({ kind: 'paragraph', text: `附件：${draft.agency}${draft.year}年度政府信息公开工作情况统计表` });
  }
  if (draft.publishDate) {
    parts.push({ kind: 'paragraph', text: draft.agency });
    parts.push({ kind: 'paragraph', text: chineseDate(draft.publishDate) });
  }
  if (draft.template === 'legacy' && draft.tables.legacy) {
    parts.push({ kind: 'paragraph', text: `${draft.agency}${draft.year}年度政府信息公开工作情况统计表` });
    parts.push({ kind: 'table', name: 'legacy', grid: legacyGrid(draft.tables.legacy, options) });
    parts.push({ kind: 'paragraph', text: '注：各子栏目数总数要等于总栏目数量' });
  }
  return parts;
}

export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
