/** What the corpus operations share over one open store: the region tree and the unit matcher, kept in memory and reloaded when a write fails. */
import type { Store } from '../store/open.js';
import { allRegions } from '../store/regions.js';
import { allUnits } from '../store/units.js';
import { RegionIndex } from './units/region-index.js';
import { UnitMatcher } from './units/matcher.js';

export interface Corpus {
  readonly store: Store;
  regions: RegionIndex;
  matcher: UnitMatcher;
  /** Reads regions and units again (after a rolled-back transaction, or another process's changes). */
  reload(): Promise<void>;
  now(): string;
}

export async function openCorpus(store: Store): Promise<Corpus> {
  const corpus: Corpus = {
    store,
    regions: new RegionIndex([]),
    matcher: new UnitMatcher([], new RegionIndex([])),
    async reload() {
      this.regions = new RegionIndex(await allRegions(store.db));
      this.matcher = new UnitMatcher(await allUnits(store.db), this.regions);
    },
    now: () => new Date().toISOString(),
  };
  await corpus.reload();
  return corpus;
}
