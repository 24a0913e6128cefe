/** The region tree as the navigation shows it: only regions that hold units (somewhere below), with how many. */
import type { Corpus } from '../../corpus/context.js';
import { KIND_LABELS } from '../../corpus/units/normalize.js';
import type { RegionRow, UnitKind } from '../../store/schema.js';
import { unitCountsByRegion, unitsOfRegion } from '../../store/web-regions.js';
import { webDb } from '../../store/web-schema.js';

const LEVEL_LABELS: Record<string, string> = { province: '省级', city: '市级', county: '县级', township: '乡镇（街道）' };

export interface RegionNode {
  id: string;
  name: string;
  fullName: string;
  level: string;
  levelLabel: string;
  /** Units in this region and below. */
  units: number;
}

export async function subtreeCounter(corpus: Corpus): Promise<(region: RegionRow) => number> {
  const counts = await unitCountsByRegion(webDb(corpus.store.db));
  return (region) => counts.reduce((n, c) => (c.path.startsWith(region.path) ? n + c.units : n), 0);
}

export const nodeOf = (region: RegionRow, units: number): RegionNode => ({ id: region.id, name: region.name, fullName: region.full_name, level: region.level, levelLabel: LEVEL_LABELS[region.level] ?? region.level, units });

/** Top-level regions that hold units (administrators). */
export async function rootNodes(corpus: Corpus): Promise<RegionNode[]> {
  const count = await subtreeCounter(corpus);
  const counts = await unitCountsByRegion(webDb(corpus.store.db));
  const topIds = new Set(counts.map((c) => c.path.split('/')[1]!).filter(Boolean));
  return [...topIds]
    .map((id) => corpus.regions.get(id))
    .filter((r): r is RegionRow => r !== null)
    .map((r) => nodeOf(r, count(r)))
    .sort((a, b) => b.units - a.units || a.id.localeCompare(b.id));
}

export async function regionNode(corpus: Corpus, region: RegionRow, allChildren: boolean) {
  const count = await subtreeCounter(corpus);
  const children = corpus.regions
    .children(region.id)
    .map((r) => nodeOf(r, count(r)))
    .filter((n) => allChildren || n.units > 0)
    .sort((a, b) => a.id.localeCompare(b.id));
  const units = await unitsOfRegion(webDb(corpus.store.db), region.id);
  return {
    ...nodeOf(region, count(region)),
    lineage: corpus.regions
      .lineage(region.id)
      .reverse()
      .map((r) => ({ id: r.id, name: r.name })),
    children,
    unitsHere: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, kindLabel: KIND_LABELS[u.kind as UnitKind] })),
  };
}
