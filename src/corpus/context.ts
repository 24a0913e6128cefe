/** What the corpus operations share over one open store: the region tree, the unit matcher and parsed reports, kept in memory and reloaded when a write fails. */
import type { Store } from '../store/open.js';
import { allRegions } from '../store/regions.js';
import { allUnits } from '../store/units.js';
import { ReportCache } from './report-cache.js';
import { RegionIndex } from './units/region-index.js';
import { UnitMatcher } from './units/matcher.js';

export interface Corpus {
  readonly store: Store;
  regions: RegionIndex;
  matcher: UnitMatcher;
  /** Parsed reports the corpus checks compare with (see report-cache.ts). */
  readonly cache: ReportCache;
  /** Reads regions and units again (after a rolled-back transaction, or another process's changes). */
  reload(): Promise<void>;
  now(): string;
}

export async function openCorpus(store: Store): Promise<Corpus> {
  const corpus: Corpus = {
    store,
    regions: new RegionIndex([]),
    matcher: new UnitMatcher([], new RegionIndex([])),
    cache: new ReportCache(),
    async reload() {
      // A rolled-back transaction may have cached reports under ids that will be given to others.
      this.cache.clear();
      this.regions = new RegionIndex(await allRegions(store.db));
      this.matcher = new UnitMatcher(await allUnits(store.db), this.regions);
    },
    now: () => new Date().toISOString(),
  };
  await corpus.reload();
  return corpus;
}
