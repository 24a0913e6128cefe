/** Runs the rules over an extraction and returns the findings, sorted by where they point. */
import type { Extraction } from '../extract/context.js';
import type { CellValue, Finding, Location, Report } from '../model/report.js';
import type { Rule, RuleContext } from './rule.js';

export function runRules(rules: readonly Rule[], report: Pick<Report, 'meta' | 'sections' | 'tables' | 'narrative'>, extraction: Extraction): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const templates = rule.meta.templates;
    if (templates && (report.meta.template === null || !templates.includes(report.meta.template))) continue;
    const context: RuleContext = {
      data: report,
      extraction,
      cell: (path) => cellValue(report, path),
      locate: (path) => extraction.cellLocations.get(path),
      report(input) {
        const finding: Finding = { rule: rule.meta.id, severity: input.severity ?? rule.meta.severity, message: input.message };
        if (input.cells && input.cells.length > 0) finding.cells = input.cells;
        const location = input.location ?? firstLocation(extraction, input.cells);
        if (location && Object.keys(location).length > 0) finding.location = location;
        findings.push(finding);
      },
    };
    rule.check(context);
  }
  return findings;
}

export function cellValue(report: Pick<Report, 'tables'>, path: string): CellValue {
  if (path.startsWith('legacy.')) return report.tables.legacy?.[path.slice(7)] ?? null;
  const [table, row, column] = path.split('.') as [keyof Report['tables'], string, string];
  const values = report.tables[table] as Record<string, Record<string, CellValue>> | undefined;
  return values?.[row]?.[column] ?? null;
}

function firstLocation(extraction: Extraction, cells: string[] | undefined): Location | undefined {
  for (const path of cells ?? []) {
    const loc = extraction.cellLocations.get(path);
    if (loc) return loc;
  }
  return undefined;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings in reading order: by line (those without a line last), then severity, then rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.location?.page ?? 0) - (b.location?.page ?? 0) ||
      (a.location?.line ?? Number.MAX_SAFE_INTEGER) - (b.location?.line ?? Number.MAX_SAFE_INTEGER) ||
      (a.location?.paragraph ?? a.location?.table ?? 0) - (b.location?.paragraph ?? b.location?.table ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
}
