/**
 * What a corpus rule is: the shape of src/rules/rule.ts (id, severity, Chinese title and description,
 * an incorrect and a correct example, a pure check), for checks that need two stored reports.
 * The caller (corpus/recheck.ts) loads the reports; rules never touch the database.
 */
import type { CellValue, Report, Severity } from '../../model/report.js';

export interface StoredReport {
  id: number;
  unitName: string | null;
  year: number | null;
  report: Pick<Report, 'meta' | 'sections' | 'tables'>;
}

/** A section of the current report that resembles the same section of another stored report. */
export interface SimilarSection {
  section: number;
  title: string;
  other: StoredReport;
  /** Jaccard similarity of the two texts' shingles, 0–1. */
  similarity: number;
  /** The other report is the same unit's report of the year before. */
  lastYear: boolean;
}

export interface CorpusExample {
  description: string;
  /** Cells of last year's report and of this year's, by cell path. */
  previous?: Record<string, CellValue>;
  current?: Record<string, CellValue>;
}

export interface CorpusRuleMeta {
  id: string;
  severity: Severity;
  title: string;
  description: string;
  examples: { incorrect: CorpusExample; correct: CorpusExample };
}

export interface CorpusFindingInput {
  message: string;
  cells?: string[];
  severity?: Severity;
  /** The other report the finding compares with. */
  relatedReportId?: number;
  /** Put the finding on another report than the current one (symmetric findings). */
  onReportId?: number;
}

export interface CorpusRuleContext {
  readonly current: StoredReport;
  /** The same unit's report of the year before, when stored. */
  readonly previous: StoredReport | null;
  /** Verified similar sections (only for rules that declare `needs: 'similar'`). */
  readonly similar: readonly SimilarSection[];
  report(finding: CorpusFindingInput): void;
}

export interface CorpusRule {
  meta: CorpusRuleMeta;
  /** What the rule compares: last year's report, or similar texts from the whole corpus. */
  needs: 'previous' | 'similar';
  check(context: CorpusRuleContext): void;
}

export const defineCorpusRule = (rule: CorpusRule): CorpusRule => rule;
