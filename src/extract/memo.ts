/**
 * A bounded cache for pure functions of a label. Row labels repeat across reports ("1.属于国家秘密"
 * is in every one), so matching each distinct label once saves most of the regex work in a batch.
 */
export function memoize<T>(fn: (key: string) => T, limit = 20000): (key: string) => T {
  let cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    // A full cache starts over: cheaper than LRU bookkeeping, and labels repeat within a batch.
    if (cache.size >= limit) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
