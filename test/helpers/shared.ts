/** Where the team's shared material (spec, seeds, corpus) lies; tests read it in place, never copy it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function findShared(): string | null {
  const candidates = [process.env.GONGKAI_SHARED, path.resolve(REPO_ROOT, '../shared'), '/work/shared'].filter(Boolean) as string[];
  return candidates.find((dir) => existsSync(path.join(dir, 'corpus'))) ?? null;
}

export const SHARED_DIR = findShared();

/** The real reports of ../shared/corpus, or null (with the reason printed) when the folder is absent. */
export function corpusCases(): CorpusCase[] | null {
  if (!SHARED_DIR) {
    console.warn('[skip] ../shared/corpus is not present on this machine: corpus tests skipped (they run in CI).');
    return null;
  }
  const root = path.join(SHARED_DIR, 'corpus');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(root, d.name);
      const source = readdirSync(dir).find((f) => f.startsWith('source.'))!;
      return { name: d.name, source: path.join(dir, source), gold: JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold };
    });
}

export interface CorpusCase {
  name: string;
  source: string;
  gold: Gold;
}

export interface Gold {
  template: string;
  meta: { agency: string | null; year: number | null; publishDate: string | null };
  cells: Record<string, number | null>;
  sourceViolations?: string[];
  notes?: string;
}
