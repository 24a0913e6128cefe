/** The source analyses of recently opened reports, by sha256 (reading a PDF again for every page view would be slow). */
import { analyseSource, type SourceAnalysis } from '../corpus/web/source-view.js';
import { getOriginal } from '../store/originals.js';
import type { Corpus } from '../corpus/context.js';

export interface SourceCache {
  get(corpus: Corpus, sha256: string, fileName: string): Promise<SourceAnalysis | null>;
}

export function createSourceCache(capacity = 64): SourceCache {
  const entries = new Map<string, Promise<SourceAnalysis | null>>();
  return {
    get(corpus, sha256, fileName) {
      const hit = entries.get(sha256);
      if (hit) {
        // Map order is insertion order: re-inserting marks it as recently used.
        entries.delete(sha256);
        entries.set(sha256, hit);
        return hit;
      }
      const loading = (async () => {
        const original = await getOriginal(corpus.store.db, sha256);
        return original ? analyseSource(original.content, fileName) : null;
      })();
      // A failed read is not remembered: the next view tries again.
      loading.catch(() => entries.delete(sha256));
      entries.set(sha256, loading);
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return loading;
    },
  };
}
