/** Coverage and aggregation latency over a filled corpus database: p95 and median of many random regions and years. */
import { aggregate } from '../corpus/aggregate.js';
import { openCorpus } from '../corpus/context.js';
import { coverage } from '../corpus/coverage.js';
import type { Store } from '../store/open.js';
import { random } from './corpus-synth.js';

export interface QueryTiming {
  what: string;
  p95: number;
  median: number;
  runs: number;
}

export function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export async function timeQueries(store: Store, runs: number): Promise<QueryTiming[]> {
  const corpus = await openCorpus(store);
  const rnd = random(42);
  const ids = async (level: 'county' | 'city' | 'province') => (await store.db.selectFrom('regions').select('id').where('level', '=', level).execute()).map((r) => r.id);
  const [counties, cities, provinces] = [await ids('county'), await ids('city'), await ids('province')];
  const pick = (list: string[]) => corpus.regions.get(list[Math.floor(rnd() * list.length)]!)!;
  const year = () => 2021 + Math.floor(rnd() * 4);
  const out: QueryTiming[] = [];
  const time = async (what: string, run: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await run();
      samples.push(performance.now() - t);
    }
    out.push({ what, p95: p95(samples), median: median(samples), runs });
  };
  await time('覆盖情况：一个县、一个年度', () => coverage(corpus, pick(counties), year()));
  await time('汇总：一个地级市、一个年度', () => aggregate(corpus, pick(cities), year(), { mode: 'departments-only' }));
  await time('汇总：一个省、一个年度', () => aggregate(corpus, pick(provinces), year(), { mode: 'departments-only' }));
  return out;
}
