/**
 * Re-derives the corpus findings around reports inside the caller's transaction: last-year checks
 * for a report and 雷同 against the whole corpus through the LSH index. Called whenever a report is
 * stored, reparsed or matched to a unit.
 *
 * Several reports are rechecked with the queries of one (their rows, their candidates, the JSON of
 * what is not cached, one delete, one insert), and the result is what rechecking them one after the
 * other gives: a recheck reads reports and bands but never findings, so only the order of its
 * deletes and inserts matters, and that order is replayed in memory before anything is written.
 */
import type { Kysely } from 'kysely';
import { corpusAroundDeletion, insertCorpusFindings, type NewCorpusFinding } from '../store/findings.js';
import { lightReports, primaryReports, type LightReport } from '../store/light-reports.js';
import { reportJsons } from '../store/reports.js';
import type { Database } from '../store/schema.js';
import { bandCandidates, STOP_BAND_POSTINGS, storedBands, type BandCandidate } from '../store/text-bands.js';
import { ReportCache, type CachedReport } from './report-cache.js';
import { PREVIOUS_RULES, SIMILAR_RULES, type CorpusRule, type SimilarSection, type StoredReport } from './rules/index.js';
import { jaccardSorted } from './similarity/shingles.js';

/** Candidates verified per report: bounds the work when a boilerplate paragraph is shared by thousands of reports. */
const MAX_CANDIDATES = 20;
/** Other units named per copied section. */
const MAX_OTHERS_PER_SECTION = 3;

const PREVIOUS_IDS = PREVIOUS_RULES.map((r) => r.meta.id);
const SIMILAR_IDS = SIMILAR_RULES.map((r) => r.meta.id);

/** Report rows the caller has read already, and the unit-years of which it has read every row. */
export class KnownRows {
  readonly byId = new Map<number, LightReport>();
  readonly #covered = new Set<string>();

  add(rows: readonly LightReport[]): void {
    for (const r of rows) this.byId.set(r.id, r);
  }

  /** `rows` are all the reports of these unit-years. */
  cover(unitYears: ReadonlyArray<readonly [number, number]>, rows: readonly LightReport[]): void {
    this.add(rows);
    for (const [unit, year] of unitYears) this.#covered.add(`${unit}|${year}`);
  }

  covers(unitId: number, year: number): boolean {
    return this.#covered.has(`${unitId}|${year}`);
  }

  /** The primary report of a covered unit-year (the first by id, as an index scan would give it). */
  primaryOf(unitId: number, year: number): LightReport | null {
    let best: LightReport | null = null;
    for (const r of this.byId.values()) if (r.unit_id === unitId && r.year === year && r.is_primary === 1 && (!best || r.id < best.id)) best = r;
    return best;
  }
}

export interface RecheckOptions {
  cache?: ReportCache;
  known?: KnownRows;
  /** Last-year checks (default true). */
  previous?: boolean;
  /** 雷同 (default true). */
  similar?: boolean;
  /** Reports written in this transaction whose turn has not come (see store-group.ts): not compared with. */
  hidden?: ReadonlySet<number>;
  /** Stop bands found earlier in this transaction (see bandCandidates). */
  knownStop?: Set<number>;
}

/** Last-year checks of one report (cleared when it has no unit or year, or is not its unit's primary report). */
export async function recheckPrevious(db: Kysely<Database>, reportId: number, options: RecheckOptions = {}): Promise<void> {
  await recheckReports(db, [reportId], { ...options, previous: true, similar: false });
}

/** 雷同 findings involving the report, on both sides. */
export async function recheckSimilar(db: Kysely<Database>, reportId: number, options: RecheckOptions = {}): Promise<void> {
  await recheckReports(db, [reportId], { ...options, previous: false, similar: true });
}

/** For each report in order: its last-year checks, then its 雷同 findings — as if each were rechecked in turn. */
export async function recheckReports(db: Kysely<Database>, reportIds: readonly number[], options: RecheckOptions = {}): Promise<void> {
  if (reportIds.length === 0) return;
  const cache = options.cache ?? new ReportCache(256);
  const known = options.known ?? new KnownRows();
  const doPrevious = options.previous ?? true;
  const doSimilar = options.similar ?? true;

  // Run with the candidate lookup (one round trip on PostgreSQL): rechecks read no findings.
  const deletion = corpusAroundDeletion(db, reportIds, doPrevious ? PREVIOUS_IDS : [], doSimilar ? SIMILAR_IDS : []);
  const missing = reportIds.filter((id) => !known.byId.has(id));
  if (missing.length > 0) known.add(await lightReports(db, missing));
  const rowOf = (id: number): LightReport | null => known.byId.get(id) ?? null;
  const targets = reportIds.map(rowOf).filter((r): r is LightReport => r !== null);

  // Last year's primary report of each primary target.
  const previousOf = new Map<number, LightReport>();
  if (doPrevious) {
    const wanted = targets.filter((r) => r.unit_id !== null && r.year !== null && r.is_primary === 1);
    const uncovered = uniquePairs(wanted.filter((r) => !known.covers(r.unit_id!, r.year! - 1)).map((r) => [r.unit_id!, r.year! - 1] as const));
    if (uncovered.length > 0) known.cover(uncovered, (await primaryReports(db, uncovered)).filter((r) => !options.hidden?.has(r.id)));
    for (const r of wanted) {
      const previous = known.primaryOf(r.unit_id!, r.year! - 1);
      if (previous) previousOf.set(r.id, previous);
    }
  }

  // A second file of the same report (not primary) would only repeat its twin's findings.
  const similarTargets = doSimilar ? targets.filter((r) => !(r.unit_id !== null && r.is_primary !== 1)) : [];
  const candidatesOf = new Map<number, BandCandidate[]>();
  for (const c of await bandCandidates(db, await bandsOf(db, cache, similarTargets), MAX_CANDIDATES, STOP_BAND_POSTINGS, options.hidden, deletion, options.knownStop)) {
    const list = candidatesOf.get(c.forId) ?? [];
    list.push(c);
    candidatesOf.set(c.forId, list);
  }

  // The reports whose content a check reads: a target without last year's report or candidates needs none.
  const needed = new Map<number, LightReport>();
  for (const [id, previous] of previousOf) {
    needed.set(id, known.byId.get(id)!);
    needed.set(previous.id, previous);
  }
  for (const r of similarTargets) {
    const candidates = candidatesOf.get(r.id) ?? [];
    if (candidates.length > 0) needed.set(r.id, r);
    for (const c of candidates) if (comparable(c) && relate(r, c) !== 'skip') needed.set(c.id, c);
  }
  const contents = await loadContents(db, cache, [...needed.values()]);
  const stored = (row: LightReport): StoredReport => ({ id: row.id, unitName: row.unit_name, year: row.year, report: contents.get(row.id)!.report });

  let pending: NewCorpusFinding[] = [];
  for (const id of reportIds) {
    const row = rowOf(id);
    if (doPrevious) {
      pending = pending.filter((f) => !(f.report_id === id && PREVIOUS_IDS.includes(f.rule)));
      const previous = row ? previousOf.get(row.id) : undefined;
      if (row && previous) pending.push(...run(PREVIOUS_RULES, stored(row), stored(previous), []));
    }
    if (doSimilar) {
      pending = pending.filter((f) => !(SIMILAR_IDS.includes(f.rule) && (f.report_id === id || f.related_report_id === id)));
      if (row && similarTargets.includes(row)) pending.push(...similarFindings(row, candidatesOf.get(id) ?? [], contents, stored));
    }
  }
  await insertCorpusFindings(db, pending);
}

/** The 雷同 findings of one report against its band candidates (on it, and on the other reports concerned). */
function similarFindings(row: LightReport, candidates: readonly BandCandidate[], contents: Map<number, CachedReport>, stored: (row: LightReport) => StoredReport): NewCorpusFinding[] {
  if (candidates.length === 0) return [];
  const mine = contents.get(row.id)!;
  const indexed = mine.indexedSections();
  const kept = candidates.filter((c) => indexed.has(c.section));
  if (kept.length === 0) return [];
  const current = stored(row);
  const out: NewCorpusFinding[] = [];
  const similar: SimilarSection[] = [];
  for (const c of kept) {
    if (!comparable(c)) continue;
    const relation = relate(row, c);
    if (relation === 'skip') continue;
    const theirs = contents.get(c.id)!;
    const mySection = mine.report.sections.find((s) => s.number === c.section);
    const theirSection = theirs.report.sections.find((s) => s.number === c.section);
    if (!mySection || !theirSection) continue;
    const a = mine.shingles(c.section);
    const b = theirs.shingles(c.section);
    if (!a || !b) continue;
    const similarity = jaccardSorted(a, b);
    // The same unit's next-year report is the one that copied: the finding belongs to it, compared with this one.
    if (relation === 'next-year') {
      out.push(...run(SIMILAR_RULES, stored(c), null, [{ section: c.section, title: theirSection.title, other: current, similarity, lastYear: true }]));
      continue;
    }
    similar.push({ section: c.section, title: mySection.title, other: stored(c), similarity, lastYear: relation === 'last-year' });
  }
  out.push(...run(SIMILAR_RULES, current, null, strongest(similar)));
  return out;
}

/** Each report's band keys, from the cache or (for the rest, in one query) from text_bands. */
async function bandsOf(db: Kysely<Database>, cache: ReportCache, rows: readonly LightReport[]): Promise<{ id: number; bands: readonly number[] }[]> {
  const known = new Map(rows.map((r) => [r.id, cache.bands(r.id, r.sha256, r.parsed_at)]));
  const missing = rows.filter((r) => known.get(r.id) === undefined);
  if (missing.length > 0) {
    const stored = await storedBands(db, missing.map((r) => r.id));
    for (const r of missing) {
      cache.putBands(r.id, r.sha256, r.parsed_at, stored.get(r.id)!);
      known.set(r.id, cache.bands(r.id, r.sha256, r.parsed_at));
    }
  }
  return rows.map((r) => ({ id: r.id, bands: known.get(r.id)! }));
}

/** The parsed content of each row, from the cache or (for the rest, in one query) from report_json. */
async function loadContents(db: Kysely<Database>, cache: ReportCache, rows: readonly LightReport[]): Promise<Map<number, CachedReport>> {
  const out = new Map<number, CachedReport>();
  const misses: LightReport[] = [];
  for (const r of rows) {
    const hit = cache.get(r.id, r.sha256, r.parsed_at);
    if (hit) out.set(r.id, hit);
    else misses.push(r);
  }
  if (misses.length > 0) {
    const jsons = await reportJsons(db, misses.map((r) => r.id));
    for (const r of misses) out.set(r.id, cache.put(r.id, r.sha256, r.parsed_at, jsons.get(r.id)!));
  }
  return out;
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

/** Per section: last year's report and the few most similar other units (boilerplate can resemble hundreds of reports). */
function strongest(similar: SimilarSection[]): SimilarSection[] {
  const sorted = [...similar].sort((a, b) => b.similarity - a.similarity);
  const kept: SimilarSection[] = [];
  for (const s of sorted) {
    if (s.lastYear || kept.filter((k) => k.section === s.section && !k.lastYear).length < MAX_OTHERS_PER_SECTION) kept.push(s);
  }
  return kept;
}

/** A candidate that stands for its unit and year (a second file of a report is not compared). */
const comparable = (r: LightReport): boolean => !(r.unit_id !== null && r.is_primary !== 1);

type Relation = 'last-year' | 'next-year' | 'other-unit' | 'skip';

/** How another report stands to this one: only last year's report of the same unit and other units' reports of the same or adjacent year count. */
function relate(a: LightReport, b: LightReport): Relation {
  const sameUnit = a.unit_id !== null ? a.unit_id === b.unit_id : a.agency !== null && a.agency === b.agency;
  if (sameUnit) {
    if (a.year !== null && b.year === a.year - 1) return 'last-year';
    if (a.year !== null && b.year === a.year + 1) return 'next-year';
    return 'skip';
  }
  if (a.year !== null && b.year !== null && Math.abs(a.year - b.year) > 1) return 'skip';
  return 'other-unit';
}

function uniquePairs(pairs: ReadonlyArray<readonly [number, number]>): [number, number][] {
  const seen = new Map<string, [number, number]>();
  for (const [a, b] of pairs) seen.set(`${a}|${b}`, [a, b]);
  return [...seen.values()];
}
