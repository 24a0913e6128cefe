/** What the extractors share while reading one document, and what they hand to the rules. */
import type { Finding, Location, NarrativeFacts, ReportMeta, Section, Severity, Tables } from '../model/report.js';
import type { Line } from './lines.js';

export interface SectionInfo extends Section {
  /** The numeral the document printed (一 → 1), which may differ from `number`. */
  printedNumber: number | null;
  /** The title as printed, normalised for comparing with the form. */
  normTitle: string;
  lineIndex: number;
  loc: Location;
  /** Index of the first line after this section's content. */
  endIndex: number;
}

export interface Extraction {
  meta: ReportMeta;
  sections: SectionInfo[];
  tables: Tables;
  narrative: NarrativeFacts;
  narrativeLocations: Partial<Record<keyof NarrativeFacts, Location>>;
  /** Where each extracted cell stands in the source, by cell path. */
  cellLocations: Map<string, Location>;
  /** Findings about reading itself (a row not found, a row with too few numbers…). */
  findings: Finding[];
  lines: Line[];
  traditional: boolean;
  /** Legacy table: indicator id (templates/legacy.ts) → key in tables.legacy. */
  legacyKeys: Map<string, string>;
  /** Where the title was read from, and the statistics period sentence. */
  titleLoc?: Location;
  /** The title as printed (null when the document has none). */
  title: string | null;
  /** How the template was decided: structure or year. */
  templateEvidence: { fromStructure: TemplateGuess; fromYear: TemplateGuess };
}

export type TemplateGuess = '2021' | '2019' | 'legacy' | null;

export function extractionFinding(rule: string, severity: Severity, message: string, cells?: string[], location?: Location): Finding {
  const finding: Finding = { rule, severity, message };
  if (cells && cells.length > 0) finding.cells = cells;
  if (location) finding.location = location;
  return finding;
}
