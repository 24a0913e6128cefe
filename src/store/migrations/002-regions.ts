/** Seeds the region tree (province → city → county) from china-area-data; townships are added by unit imports. */
import { createRequire } from 'node:module';
import type { Kysely, Migration } from 'kysely';
import type { RegionLevel } from '../schema.js';

type AreaData = Record<string, Record<string, string>>;

interface Seed {
  id: string;
  name: string;
  level: RegionLevel;
  parent_id: string | null;
  path: string;
  full_name: string;
}

/** Placeholder nodes of the data set (直辖市 "市辖区"/"县"), skipped so districts hang directly under their municipality. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export function regionSeeds(data: AreaData): Seed[] {
  const seeds: Seed[] = [];
  const seen = new Set<string>();
  const walk = (code: string, parent: Seed | null, depth: number): void => {
    for (const [childCode, name] of Object.entries(data[code] ?? {})) {
      // The data lists a few codes under two parents (台湾 districts); the first parent keeps them.
      if (seen.has(childCode)) continue;
      seen.add(childCode);
      if (PLACEHOLDERS.has(name)) {
        walk(childCode, parent, depth + 1);
        continue;
      }
      const level: RegionLevel = parent === null ? 'province' : parent.level === 'province' && depth === 1 ? 'city' : 'county';
      const seed: Seed = {
        id: childCode,
        name,
        level,
        parent_id: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${childCode}/`,
        full_name: `${parent?.full_name ?? ''}${name}`,
      };
      seeds.push(seed);
      walk(childCode, seed, parent === null ? 1 : depth + 1);
    }
  };
  walk('86', null, 0);
  return seeds;
}

export function seedRegions(): Migration {
  return {
    async up(db: Kysely<any>) {
      const data = createRequire(import.meta.url)('china-area-data/data.json') as AreaData;
      const seeds = regionSeeds(data);
      for (let i = 0; i < seeds.length; i += 500) await db.insertInto('regions').values(seeds.slice(i, i + 500)).execute();
    },
  };
}
