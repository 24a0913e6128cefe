/**
 * Section headings and the regions the tables live in. Headings are recognised by their words,
 * not their numerals: real reports renumber, repeat and reorder them.
 */
import { chineseNumeral, SECTIONS } from '../templates/sections.js';
import type { SectionInfo } from './context.js';
import type { Line } from './lines.js';
import { memoize } from './memo.js';

export type TableKind = 'table2' | 'table3' | 'table4';

export interface Heading {
  lineIndex: number;
  printedNumber: number | null;
  /** Section of the 2019/2021 form this heading opens, by its words. */
  sectionNumber: number | null;
  title: string;
  normTitle: string;
}

const NUMBERED = /^(?:第)?([一二三四五六七八九十]{1,3})(?:[、.,:]|部分)(.+)$/;
const TABLE_CAPTION = /^表([二三四])[:.、]?(.*)$/;
const SUB_HEADING = /^\([一二三四五六七八九十]+\)|^\d+[.、]/;

/** What a normalised label says as a heading (same label, same answer: memoised). */
const headingOf = memoize((norm: string): Pick<Heading, 'printedNumber' | 'sectionNumber' | 'normTitle'> | null => {
  // "（一）主动公开政府信息情况" is a sub-heading of section 一, not section 二.
  if (/[。；;]$/.test(norm) || SUB_HEADING.test(norm)) return null;
  const numbered = NUMBERED.exec(norm);
  const caption = numbered ? null : TABLE_CAPTION.exec(norm);
  const normTitle = numbered ? numbered[2]! : caption ? caption[2]! : norm;
  if (!numbered && normTitle.length > 24) return null;
  const section = SECTIONS.find((s) => s.pattern.test(normTitle));
  if (!numbered && !section) return null;
  return { printedNumber: numbered ? chineseNumeral(numbered[1]!) : null, sectionNumber: section?.number ?? null, normTitle };
});

const PARENTHESISED = /^\(([一二三四五六七八九十]{1,3})\)(.+)$/;

/** Some reports number the six parts （一）…（六）: read only when no 一、… numbering is found. */
const parenthesisedHeadingOf = memoize((norm: string): Pick<Heading, 'printedNumber' | 'sectionNumber' | 'normTitle'> | null => {
  const m = PARENTHESISED.exec(norm);
  if (!m || /[。；;]$/.test(norm)) return null;
  const section = SECTIONS.find((s) => s.pattern.test(m[2]!));
  return section ? { printedNumber: chineseNumeral(m[1]!), sectionNumber: section.number, normTitle: m[2]! } : null;
});

/** A line that opens a section (or marks where a table's part begins). */
export function readHeading(line: Line, parenthesised = false): Heading | null {
  if (line.hasNumbers || line.tableRow || !line.norm || line.norm.length > 48) return null;
  const heading = parenthesised ? parenthesisedHeadingOf(line.norm) : headingOf(line.norm);
  return heading ? { lineIndex: line.index, ...heading, title: stripNumeral(line.label) } : null;
}

function stripNumeral(label: string): string {
  return label
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/^(?:第)?[一二三四五六七八九十]{1,3}(?:\s*[、.．,，:：]|部分)\s*|^[（(][一二三四五六七八九十]{1,3}[)）]\s*/, '')
    .trim();
}

export function findHeadings(lines: readonly Line[]): Heading[] {
  const headings: Heading[] = [];
  for (const line of lines) {
    const heading = readHeading(line);
    if (heading) headings.push(heading);
  }
  const opening = (list: Heading[]): number => new Set(list.filter((h) => h.sectionNumber !== null && h.printedNumber !== null).map((h) => h.sectionNumber)).size;
  if (opening(headings) < 3) {
    const parenthesised = lines.map((line) => readHeading(line, true)).filter((h): h is Heading => h !== null);
    if (opening(parenthesised) >= 3) {
      const taken = new Set(parenthesised.map((h) => h.lineIndex));
      return [...parenthesised, ...headings.filter((h) => !taken.has(h.lineIndex))].sort((a, b) => a.lineIndex - b.lineIndex);
    }
  }
  return headings;
}

/** The table region each line belongs to (from a table's section heading to the next section heading). */
export function tableRegions(lines: readonly Line[], headings: readonly Heading[]): Record<TableKind, Line[]> {
  const regions: Record<TableKind, Line[]> = { table2: [], table3: [], table4: [] };
  const markers = new Map<number, TableKind | null>();
  for (const h of headings) {
    if (h.sectionNumber === null) continue;
    const table = SECTIONS[h.sectionNumber - 1]!.table ?? null;
    markers.set(h.lineIndex, table);
  }
  let current: TableKind | null = null;
  for (const line of lines) {
    if (markers.has(line.index)) current = markers.get(line.index)!;
    else if (current) regions[current].push(line);
  }
  return regions;
}

/** Sections of a 2019/2021 report: the headings recognised by their words, in document order. */
export function formSections(lines: readonly Line[], headings: readonly Heading[], tableLine: (line: Line) => boolean): SectionInfo[] {
  const opening = headings.filter((h) => h.sectionNumber !== null && h.printedNumber !== null);
  return opening.map((h, i) => {
    const end = i + 1 < opening.length ? opening[i + 1]!.lineIndex : lines.length;
    return section(lines, h, h.sectionNumber!, end, tableLine);
  });
}

/** Sections of a legacy report: every numbered heading before the statistical table. */
export function legacySections(lines: readonly Line[], headings: readonly Heading[], tableStart: number): SectionInfo[] {
  const opening = headings.filter((h) => h.printedNumber !== null && h.lineIndex < tableStart);
  return opening.map((h, i) => {
    const end = i + 1 < opening.length ? opening[i + 1]!.lineIndex : tableStart;
    return section(lines, h, h.printedNumber!, end, () => false);
  });
}

function section(lines: readonly Line[], h: Heading, number: number, end: number, tableLine: (line: Line) => boolean): SectionInfo {
  const text: string[] = [];
  for (let i = h.lineIndex + 1; i < end; i++) {
    const line = lines[i]!;
    if (line.tableRow || line.hasNumbers || tableLine(line)) continue;
    text.push(line.text.replace(/^#+\s*/, '').trim());
  }
  const heading = lines[h.lineIndex]!;
  return {
    number,
    title: h.title,
    text: text.join('\n'),
    printedNumber: h.printedNumber,
    normTitle: h.normTitle,
    lineIndex: h.lineIndex,
    loc: heading.loc,
    endIndex: end,
  };
}
