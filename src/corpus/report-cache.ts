/**
 * Parsed reports kept between corpus checks: every stored report rechecks the same primaries and
 * compares with the same candidates, and parsing their JSON (and shingling their sections) each
 * time cost more than all the queries. An entry is used only while the row's sha256 and parse time
 * are those it was read with, so a reparse (here or in another process) is never answered from it.
 */
import type { Report } from '../model/report.js';
import { sectionShingles } from './similarity/sections.js';
import { MIN_TEXT_LENGTH, normalizeText } from './similarity/shingles.js';

export type CachedContent = Pick<Report, 'meta' | 'sections' | 'tables'>;

/** One report's stored JSON, parsed on first use (a report just written may never be compared). */
export class CachedReport {
  readonly sha256: string;
  readonly parsedAt: string;
  #json: string | null;
  #content: CachedContent | null = null;
  /** Section number → its shingles sorted (null: too short to judge or absent). */
  readonly #shingles = new Map<number, Uint32Array | null>();
  #indexed: Set<number> | null = null;

  constructor(sha256: string, parsedAt: string, json: string) {
    this.sha256 = sha256;
    this.parsedAt = parsedAt;
    this.#json = json;
  }

  /** The report as stored (what JSON.parse of report_json gives), without the parts no corpus rule reads. */
  get report(): CachedContent {
    if (this.#content === null) {
      const { meta, sections, tables } = JSON.parse(this.#json!) as CachedContent;
      this.#content = { meta, sections, tables };
      this.#json = null;
    }
    return this.#content;
  }

  /** The shingles of the first section with this number, sorted; null when it is too short to judge or absent. */
  shingles(section: number): Uint32Array | null {
    let out = this.#shingles.get(section);
    if (out === undefined) {
      const text = this.report.sections.find((s) => s.number === section)?.text;
      const set = text === undefined ? null : sectionShingles(text);
      out = set === null ? null : Uint32Array.from(set).sort();
      this.#shingles.set(section, out);
    }
    return out;
  }

  /** Numbers of the sections long enough to have bands in the index. */
  indexedSections(): Set<number> {
    this.#indexed ??= new Set(this.report.sections.filter((s) => normalizeText(s.text).length >= MIN_TEXT_LENGTH).map((s) => s.number));
    return this.#indexed;
  }
}

/** Entries kept (least recently used dropped first): ~25 KB each once parsed, so the default stays near 50 MB. */
export const REPORT_CACHE_SIZE = 2000;

export class ReportCache {
  readonly #max: number;
  readonly #entries = new Map<number, CachedReport>();
  /** A report's distinct band keys (what its 雷同 lookup starts from), validated like the entries. */
  readonly #bands = new Map<number, { sha256: string; parsedAt: string; bands: readonly number[] }>();

  constructor(max = REPORT_CACHE_SIZE) {
    this.#max = max;
  }

  get(id: number, sha256: string, parsedAt: string): CachedReport | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    this.#entries.delete(id);
    if (entry.sha256 !== sha256 || entry.parsedAt !== parsedAt) return undefined;
    // Map order is insertion order: re-inserting marks it as the most recently used.
    this.#entries.set(id, entry);
    return entry;
  }

  put(id: number, sha256: string, parsedAt: string, json: string): CachedReport {
    const entry = new CachedReport(sha256, parsedAt, json);
    this.#entries.delete(id);
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(id, entry);
    return entry;
  }

  bands(id: number, sha256: string, parsedAt: string): readonly number[] | undefined {
    const entry = this.#bands.get(id);
    if (!entry) return undefined;
    this.#bands.delete(id);
    if (entry.sha256 !== sha256 || entry.parsedAt !== parsedAt) return undefined;
    this.#bands.set(id, entry);
    return entry.bands;
  }

  putBands(id: number, sha256: string, parsedAt: string, bands: Iterable<number>): void {
    this.#bands.delete(id);
    // Band keys are small: ten times as many reports as parsed entries.
    if (this.#bands.size >= this.#max * 10) this.#bands.delete(this.#bands.keys().next().value!);
    this.#bands.set(id, { sha256, parsedAt, bands: [...new Set(bands)] });
  }

  clear(): void {
    this.#entries.clear();
    this.#bands.clear();
  }
}
