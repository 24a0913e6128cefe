/**
 * Which unit a report's agency is: exact name or alias, then the same region and the same name once
 * the region words are taken off (淮安市洪泽区人民政府 = 洪泽区人民政府), then a fuzzy match with a
 * confidence. Below the threshold a person decides (a pending match); an agency like no unit at all,
 * whose region is clear, becomes a new unit.
 */
import type { MatchKind, RegionRow, UnitKind } from '../../store/schema.js';
import type { UnitWithAliases } from '../../store/units.js';
import { kindOf, normalizeAgency, townshipName } from './normalize.js';
import type { RegionIndex } from './region-index.js';
import { nameSimilarity } from './similarity.js';

/** At or above: matched without asking. */
export const FUZZY_ACCEPT = 0.9;
/** At or above (and below FUZZY_ACCEPT): a person confirms the candidate. Below: not this unit. */
export const FUZZY_ASK = 0.75;

export interface NewUnitPlan {
  name: string;
  kind: UnitKind;
  region: RegionRow;
  /** A township region to create first (the seed data stops at counties). */
  township?: { parent: RegionRow; name: string };
}

export interface Match {
  kind: MatchKind;
  unitId: number | null;
  confidence: number | null;
  candidateId: number | null;
  /** The agency's normalised name, to remember as an alias when the match is not exact. */
  alias: string | null;
  /** For kind 'new': the unit to create. */
  create?: NewUnitPlan;
  /** Why a person must decide (pending). */
  reason?: string;
}

interface Keyed {
  unit: UnitWithAliases;
  names: string[];
  keys: string[];
}

export class UnitMatcher {
  readonly #regions: RegionIndex;
  readonly #byName = new Map<string, number[]>();
  readonly #byKey = new Map<string, number[]>();
  readonly #units = new Map<number, Keyed>();

  constructor(units: readonly UnitWithAliases[], regions: RegionIndex) {
    this.#regions = regions;
    for (const u of units) this.add(u);
  }

  /** Adds (or refreshes) a unit after it was created or got an alias. */
  add(unit: UnitWithAliases): void {
    const names = [...new Set([unit.name, ...unit.aliases].map(normalizeAgency))];
    const keys = names.flatMap((n) => {
      const key = this.#key(n, unit.region_id);
      return key ? [key] : [];
    });
    this.#units.set(unit.id, { unit, names, keys });
    for (const n of names) push(this.#byName, n, unit.id);
    for (const k of keys) push(this.#byKey, k, unit.id);
  }

  unit(id: number): UnitWithAliases | null {
    return this.#units.get(id)?.unit ?? null;
  }

  /** region id + the name without its region words; a unit's own region decides when its name carries none. */
  #key(name: string, fallbackRegionId: string | null): string | null {
    const p = this.#regions.prefix(name);
    const region = p.region?.id ?? (p.rest === name ? fallbackRegionId : null);
    if (!region || p.rest === '') return null;
    return `${region}|${p.rest}`;
  }

  match(agency: string | null, options: { autoCreate: boolean }): Match {
    if (!agency) return { kind: 'none', unitId: null, confidence: null, candidateId: null, alias: null, reason: '报告没有写明发布机关' };
    const name = normalizeAgency(agency);
    const exact = unique(this.#byName.get(name));
    if (exact !== undefined) return { kind: 'exact', unitId: exact, confidence: 1, candidateId: null, alias: null };

    const p = this.#regions.prefix(name);
    const key = p.region && p.rest !== '' ? `${p.region.id}|${p.rest}` : null;
    const keyed = key ? unique(this.#byKey.get(key)) : undefined;
    if (keyed !== undefined) return { kind: 'alias', unitId: keyed, confidence: 0.95, candidateId: null, alias: name };

    const best = this.#closest(name, p.rest !== '' ? p.region : null, p.rest);
    if (best && best.score >= FUZZY_ACCEPT) return { kind: 'fuzzy', unitId: best.id, confidence: round(best.score), candidateId: null, alias: null };
    if (best && best.score >= FUZZY_ASK) {
      return { kind: 'pending', unitId: null, confidence: round(best.score), candidateId: best.id, alias: name, reason: `与“${this.unit(best.id)!.name}”相近（相似度 ${round(best.score)}），需人工确认` };
    }
    if (p.ambiguous.length > 0) {
      const where = p.ambiguous.map((r) => r.full_name).join('、');
      return { kind: 'pending', unitId: null, confidence: null, candidateId: null, alias: name, reason: `地区名称有歧义（${where}），需人工确认` };
    }
    if (!p.region || p.rest === '') {
      return { kind: 'pending', unitId: null, confidence: null, candidateId: null, alias: name, reason: '名称中没有可识别的地区，需人工指定单位' };
    }
    if (!options.autoCreate) return { kind: 'pending', unitId: null, confidence: null, candidateId: null, alias: name, reason: '单位名录中没有此单位' };
    return { kind: 'new', unitId: null, confidence: 1, candidateId: null, alias: null, create: this.#plan(name, p.region, p.rest) };
  }

  #plan(name: string, region: RegionRow, core: string): NewUnitPlan {
    // Inside a township's own region, 人民政府 is the township government, not a county's.
    const kind = region.level === 'township' ? 'township' : kindOf(core);
    const town = kind === 'township' ? townshipName(core) : null;
    if (town && (region.level === 'county' || region.level === 'city')) return { name, kind, region, township: { parent: region, name: town } };
    return { name, kind, region };
  }

  /**
   * The most similar unit. With the region known, only that region's units are compared, and only
   * on the rest of the name (民政局 against 财政局, not 洪泽区民政局 against 洪泽区财政局, which the
   * shared region words would make look alike); otherwise whole names against every unit.
   */
  #closest(name: string, region: RegionRow | null, core: string): { id: number; score: number } | null {
    let best: { id: number; score: number } | null = null;
    for (const { unit, names } of this.#units.values()) {
      if (region && unit.region_id !== region.id) continue;
      for (const n of names) {
        const score = region ? nameSimilarity(core, this.#regions.prefix(n).rest || n) : nameSimilarity(name, n);
        if (!best || score > best.score) best = { id: unit.id, score };
      }
    }
    return best;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(key, list);
}

/** The id when exactly one unit has the name; several units with one name are not an exact match. */
function unique(ids: number[] | undefined): number | undefined {
  return ids && ids.length === 1 ? ids[0] : undefined;
}

const round = (x: number): number => Math.round(x * 100) / 100;
