/**
 * What the report page shows: the form tables with their findings, the findings grouped by table
 * and section (each with its rule's title and formula in words), the sections, and anchors into
 * the original. Pure: the caller loads the rows and the source analysis.
 */
import type { Location, Report } from '../../model/report.js';
import type { FindingRow } from '../../store/schema.js';
import { cellName, splitPath } from '../../templates/labels.js';
import { NUMERALS, SECTIONS } from '../../templates/sections.js';
import { formGrids, TABLE_TITLES, type FormTable } from './form-grids.js';
import { ruleInfo } from './rule-catalog.js';
import type { SourceAnalysis } from './source-view.js';

export interface FindingView {
  id: number;
  origin: 'parse' | 'corpus';
  rule: string;
  ruleTitle: string;
  /** The rule's description: what must hold, in words. */
  ruleDescription: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  cells: { path: string; name: string }[];
  location: Location | null;
  group: string;
  /** Where in the original the finding points (its location, else its first cell's). */
  anchor: string | null;
  relatedReportId: number | null;
}

export interface FindingGroup {
  key: string;
  label: string;
  order: number;
  counts: { error: number; warning: number; info: number };
}

export interface ReportView {
  tables: FormTable[];
  findings: FindingView[];
  groups: FindingGroup[];
  sections: { number: number; title: string; text: string }[];
  /** Cell path → anchor in the original. */
  cellAnchors: Record<string, string>;
}

const TABLE_SECTION: Record<string, number> = { table2: 2, table3: 3, table4: 4 };

export function reportView(report: Report, findings: readonly FindingRow[], source: SourceAnalysis | null): ReportView {
  const groups = new Map<string, FindingGroup>();
  const views = findings.map((f): FindingView => {
    const cells = f.cells_json ? (JSON.parse(f.cells_json) as string[]) : [];
    const location = f.location_json ? (JSON.parse(f.location_json) as Location) : null;
    const rule = ruleInfo(f.rule);
    const group = groupOf(f.origin, f.rule, cells, location, source);
    const g = groups.get(group.key) ?? { ...group, counts: { error: 0, warning: 0, info: 0 } };
    g.counts[f.severity]++;
    groups.set(group.key, g);
    const anchor = source?.anchorOf(location) ?? cells.map((c) => source?.cellAnchors[c]).find((a) => a) ?? null;
    return {
      id: f.id,
      origin: f.origin,
      rule: f.rule,
      ruleTitle: rule.title,
      ruleDescription: rule.description,
      severity: f.severity,
      message: f.message,
      cells: cells.map((path) => ({ path, name: cellName(path) })),
      location,
      group: group.key,
      anchor,
      relatedReportId: f.related_report_id,
    };
  });
  const rank = { error: 0, warning: 1, info: 2 } as const;
  views.sort((a, b) => groups.get(a.group)!.order - groups.get(b.group)!.order || rank[a.severity] - rank[b.severity] || a.id - b.id);
  return {
    tables: formGrids(report),
    findings: views,
    groups: [...groups.values()].sort((a, b) => a.order - b.order),
    sections: report.sections.map((s) => ({ number: s.number, title: s.title, text: s.text })),
    cellAnchors: source?.cellAnchors ?? {},
  };
}

/** Table findings go under their table's section; others under the section their location lies in; the rest under the report as a whole. */
function groupOf(origin: string, rule: string, cells: readonly string[], location: Location | null, source: SourceAnalysis | null): Omit<FindingGroup, 'counts'> {
  if (origin === 'corpus') return { key: 'corpus', label: '跨年度比对与文字雷同', order: 90 };
  const table = cells.length > 0 ? splitPath(cells[0]!)[0] : null;
  if (table === 'legacy') return { key: 'legacy', label: `${TABLE_TITLES.legacy}`, order: 80 };
  const tableSection = table ? TABLE_SECTION[table] : undefined;
  const section: number | null = tableSection ?? source?.sectionOf(location) ?? sectionFromRule(rule);
  if (section !== null && section >= 1 && section <= 6) {
    const label = `${NUMERALS[section - 1]}、${SECTIONS[section - 1]!.title}${tableSection ? `（表${NUMERALS[section - 1]}）` : ''}`;
    return { key: `section-${section}`, label, order: 10 + section };
  }
  return { key: 'report', label: '报告整体（标题、年度、期限、结构）', order: 0 };
}

/** Rules about one section by nature. */
function sectionFromRule(rule: string): number | null {
  if (rule === 'report/processing-fee') return 6;
  if (rule.startsWith('narrative/')) return 1;
  return null;
}
