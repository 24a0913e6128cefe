/**
 * Re-derives the corpus findings around a report inside the caller's transaction: last-year checks
 * for the report and for the next year's report of its unit, and 雷同 against the whole corpus
 * through the LSH index. Called whenever a report is stored, reparsed or matched to a unit.
 */
import type { Kysely } from 'kysely';
import type { Report } from '../model/report.js';
import { bandCandidates } from '../store/text-bands.js';
import { deleteCorpusFindings, deletePairFindings, insertCorpusFindings, type NewCorpusFinding } from '../store/findings.js';
import { getReportRow, primaryReport, reportRows } from '../store/reports.js';
import type { Database, ReportRow } from '../store/schema.js';
import { getUnit } from '../store/units.js';
import { PREVIOUS_RULES, SIMILAR_RULES, type CorpusRule, type SimilarSection, type StoredReport } from './rules/index.js';
import { reportBands, sectionShingles } from './similarity/sections.js';
import { jaccard } from './similarity/shingles.js';

/** Candidates verified per report: bounds the work when a boilerplate paragraph is shared by thousands of reports. */
const MAX_CANDIDATES = 20;
/** Other units named per copied section. */
const MAX_OTHERS_PER_SECTION = 3;

async function stored(db: Kysely<Database>, row: ReportRow): Promise<StoredReport> {
  const unit = row.unit_id === null ? null : await getUnit(db, row.unit_id);
  return { id: row.id, unitName: unit?.name ?? null, year: row.year, report: JSON.parse(row.report_json) as Report };
}

function run(rules: readonly CorpusRule[], current: StoredReport, previous: StoredReport | null, similar: SimilarSection[]): NewCorpusFinding[] {
  const out: NewCorpusFinding[] = [];
  for (const rule of rules) {
    rule.check({
      current,
      previous,
      similar,
      report(input) {
        out.push({
          report_id: input.onReportId ?? current.id,
          rule: rule.meta.id,
          severity: input.severity ?? rule.meta.severity,
          message: input.message,
          cells_json: input.cells && input.cells.length > 0 ? JSON.stringify(input.cells) : null,
          location_json: null,
          related_report_id: input.relatedReportId ?? null,
        });
      },
    });
  }
  return out;
}

/** Last-year checks of one report (cleared when it has no unit or year, or is not its unit's primary report). */
export async function recheckPrevious(db: Kysely<Database>, reportId: number): Promise<void> {
  await deleteCorpusFindings(db, reportId, PREVIOUS_RULES.map((r) => r.meta.id));
  const row = await getReportRow(db, reportId);
  if (!row || row.unit_id === null || row.year === null || row.is_primary !== 1) return;
  const prevRow = await primaryReport(db, row.unit_id, row.year - 1);
  if (!prevRow) return;
  const findings = run(PREVIOUS_RULES, await stored(db, row), await stored(db, prevRow), []);
  await insertCorpusFindings(db, findings);
}

/** 雷同 findings involving the report, on both sides. */
export async function recheckSimilar(db: Kysely<Database>, reportId: number): Promise<void> {
  for (const rule of SIMILAR_RULES) await deletePairFindings(db, reportId, rule.meta.id);
  const row = await getReportRow(db, reportId);
  // A second file of the same report (not primary) would only repeat its twin's findings.
  if (!row || (row.unit_id !== null && row.is_primary !== 1)) return;
  const current = await stored(db, row);
  const bands = reportBands(current.report.sections);
  const candidates = (await bandCandidates(db, bands.map((b) => b.band), reportId, MAX_CANDIDATES)).filter((c) => bands.some((b) => b.section === c.section));
  if (candidates.length === 0) return;
  const rows = await reportRows(db, [...new Set(candidates.map((c) => c.reportId))]);
  const similar: SimilarSection[] = [];
  const cache = new Map<number, Set<number> | null>();
  const mineShingles = (section: number, text: string): Set<number> | null => {
    if (!cache.has(section)) cache.set(section, sectionShingles(text));
    return cache.get(section)!;
  };
  const others = new Map<number, StoredReport>();
  for (const c of candidates) {
    const otherRow = rows.get(c.reportId);
    if (!otherRow || (otherRow.unit_id !== null && otherRow.is_primary !== 1)) continue;
    const relation = relate(row, otherRow);
    if (relation === 'skip') continue;
    const other = others.get(otherRow.id) ?? (await stored(db, otherRow));
    others.set(otherRow.id, other);
    const mine = current.report.sections.find((s) => s.number === c.section);
    const theirs = other.report.sections.find((s) => s.number === c.section);
    if (!mine || !theirs) continue;
    const a = mineShingles(c.section, mine.text);
    const b = sectionShingles(theirs.text);
    if (!a || !b) continue;
    const similarity = jaccard(a, b);
    // The same unit's next-year report is the one that copied: the finding belongs to it, compared with this one.
    if (relation === 'next-year') {
      await insertCorpusFindings(db, run(SIMILAR_RULES, other, null, [{ section: c.section, title: theirs.title, other: current, similarity, lastYear: true }]));
      continue;
    }
    similar.push({ section: c.section, title: mine.title, other, similarity, lastYear: relation === 'last-year' });
  }
  await insertCorpusFindings(db, run(SIMILAR_RULES, current, null, strongest(similar)));
}

/** Per section: last year's report and the few most similar other units (boilerplate can resemble hundreds of reports). */
function strongest(similar: SimilarSection[]): SimilarSection[] {
  const sorted = [...similar].sort((a, b) => b.similarity - a.similarity);
  const kept: SimilarSection[] = [];
  for (const s of sorted) {
    if (s.lastYear || kept.filter((k) => k.section === s.section && !k.lastYear).length < MAX_OTHERS_PER_SECTION) kept.push(s);
  }
  return kept;
}

type Relation = 'last-year' | 'next-year' | 'other-unit' | 'skip';

/** How another report stands to this one: only last year's report of the same unit and other units' reports of the same or adjacent year count. */
function relate(a: ReportRow, b: ReportRow): Relation {
  const sameUnit = a.unit_id !== null ? a.unit_id === b.unit_id : a.agency !== null && a.agency === b.agency;
  if (sameUnit) {
    if (a.year !== null && b.year === a.year - 1) return 'last-year';
    if (a.year !== null && b.year === a.year + 1) return 'next-year';
    return 'skip';
  }
  if (a.year !== null && b.year !== null && Math.abs(a.year - b.year) > 1) return 'skip';
  return 'other-unit';
}
