/**
 * What a rule is: an id, a severity, its documentation with one incorrect and one correct example,
 * and a pure `check` that reports findings through the context. Rules never touch I/O.
 */
import type { Extraction } from '../extract/context.js';
import type { CellValue, Location, Report, ReportMeta, Severity, TemplateId } from '../model/report.js';

/**
 * An example is a change to the project's sample report (a consistent 2021 report unless
 * `template` says otherwise); the docs show it and the tests run it, so they cannot drift apart.
 */
export interface RuleExample {
  /** What the example shows, in a reviewer's words. */
  description: string;
  template?: TemplateId;
  /** Cells to overwrite, by cell path. */
  cells?: Record<string, CellValue>;
  meta?: Partial<ReportMeta>;
  /** Section texts to replace (by section number), or null to drop the section. */
  sections?: Record<number, string | null>;
  /** Section titles to print differently. */
  titles?: Record<number, string>;
  /** Replace the document title (null: print none). */
  title?: string | null;
  /** Replace the statistics period sentence (null: drop it). */
  period?: string | null;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Short Chinese name. */
  title: string;
  /** What the rule checks and why, in Chinese, with its basis. */
  description: string;
  /** Templates the rule applies to (all when absent). */
  templates?: readonly TemplateId[];
  /** Arithmetic rules (勾稽关系) are counted separately in evaluations. */
  arithmetic?: boolean;
  examples: { incorrect: RuleExample; correct: RuleExample };
}

export interface ReportInput {
  message: string;
  cells?: string[];
  location?: Location;
  /** Overrides the rule's severity for this finding (e.g. a heuristic part of the rule). */
  severity?: Severity;
}

export interface RuleContext {
  readonly data: Pick<Report, 'meta' | 'sections' | 'tables' | 'narrative'>;
  readonly extraction: Extraction;
  /** A cell by path (table3.received.total, legacy.<key>): its value, or null if unknown. */
  cell(path: string): CellValue;
  /** Where a cell stands in the source. */
  locate(path: string): Location | undefined;
  report(finding: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export const defineRule = (rule: Rule): Rule => rule;
