/** Slows password guessing: after 5 failed logins for one user name (or from one address) within 15 minutes, logins there wait 5 minutes. */
export interface Throttle {
  /** True when this key may try now. */
  allowed(keys: readonly string[], now: number): boolean;
  failed(keys: readonly string[], now: number): void;
  succeeded(keys: readonly string[]): void;
}

export function createThrottle(maxFailures = 5, windowMs = 15 * 60 * 1000, lockMs = 5 * 60 * 1000): Throttle {
  const failures = new Map<string, number[]>();
  const locked = new Map<string, number>();
  return {
    allowed(keys, now) {
      return keys.every((k) => (locked.get(k) ?? 0) <= now);
    },
    failed(keys, now) {
      for (const key of keys) {
        const recent = (failures.get(key) ?? []).filter((t) => now - t < windowMs);
        recent.push(now);
        failures.set(key, recent);
        if (recent.length >= maxFailures) {
          locked.set(key, now + lockMs);
          failures.delete(key);
        }
      }
      // Bounded memory under a spray of user names.
      if (failures.size > 10_000) failures.clear();
    },
    succeeded(keys) {
      for (const key of keys) failures.delete(key);
    },
  };
}
