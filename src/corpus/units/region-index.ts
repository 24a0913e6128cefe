/** The region tree in memory: finds the regions named at the start of an agency name (江苏省淮安市洪泽区…) and resolves --region arguments. */
import type { RegionRow } from '../../store/schema.js';

export interface RegionPrefix {
  /** The deepest region named, or null. */
  region: RegionRow | null;
  /** Other regions the first name could mean (朝阳区 is in Beijing and in Changchun). */
  ambiguous: RegionRow[];
  /** The name with the region words taken off. */
  rest: string;
}

export class RegionIndex {
  readonly #byId = new Map<string, RegionRow>();
  readonly #byName = new Map<string, RegionRow[]>();
  readonly #maxLength: number;

  constructor(regions: readonly RegionRow[]) {
    let max = 0;
    for (const r of regions) this.add(r);
    for (const name of this.#byName.keys()) max = Math.max(max, name.length);
    this.#maxLength = max;
  }

  add(region: RegionRow): void {
    if (this.#byId.has(region.id)) return;
    this.#byId.set(region.id, region);
    const list = this.#byName.get(region.name) ?? [];
    list.push(region);
    this.#byName.set(region.name, list);
  }

  get(id: string | null | undefined): RegionRow | null {
    return id ? (this.#byId.get(id) ?? null) : null;
  }

  /** The region and its ancestors, nearest first. */
  lineage(id: string | null | undefined): RegionRow[] {
    const out: RegionRow[] = [];
    for (let r = this.get(id); r; r = this.get(r.parent_id)) out.push(r);
    return out;
  }

  /** Reads region names off the start of a name, each within the one before (淮安市 then 洪泽区 inside it). */
  prefix(name: string): RegionPrefix {
    let pos = 0;
    let current: RegionRow | null = null;
    let ambiguous: RegionRow[] = [];
    for (;;) {
      const next = this.#longestAt(name, pos, current, ambiguous);
      if (!next) break;
      pos += next.length;
      if (next.regions.length === 1) {
        current = next.regions[0]!;
        ambiguous = [];
      } else {
        current = null;
        ambiguous = next.regions;
      }
    }
    return { region: current, ambiguous, rest: name.slice(pos) };
  }

  #longestAt(name: string, pos: number, within: RegionRow | null, among: RegionRow[]): { length: number; regions: RegionRow[] } | null {
    for (let len = Math.min(this.#maxLength, name.length - pos); len >= 2; len--) {
      const candidates = this.#byName.get(name.slice(pos, pos + len));
      if (!candidates) continue;
      const parents = within ? [within] : among;
      const inside = parents.length === 0 ? candidates : candidates.filter((c) => parents.some((p) => c.path.startsWith(p.path) && c.id !== p.id));
      if (inside.length > 0) return { length: len, regions: inside };
    }
    return null;
  }

  /** A --region argument: a code (320813), a name (洪泽区) or a qualified name (淮安市洪泽区). */
  resolve(text: string): { region: RegionRow | null; ambiguous: RegionRow[] } {
    const t = text.trim();
    const byId = this.get(t);
    if (byId) return { region: byId, ambiguous: [] };
    const p = this.prefix(t.normalize('NFKC').replace(/\s+/g, ''));
    if (p.rest !== '') return { region: null, ambiguous: [] };
    return { region: p.region, ambiguous: p.ambiguous };
  }

  /** The regions under a region (children only). */
  children(id: string): RegionRow[] {
    return [...this.#byId.values()].filter((r) => r.parent_id === id);
  }
}
