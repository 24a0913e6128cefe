#!/usr/bin/env node
/**
 * npm here leaves the other platforms' optional packages (e.g. @rollup/rollup-darwin-arm64) out of
 * package-lock.json — the registry this machine reaches does not carry them — and `npm ci` then
 * refuses the lockfile as out of sync. This lists each missing one (exact version, optional) so
 * `npm ci` accepts the lockfile; npm skips installing them on a platform they are not for.
 * Run after changing dependencies: `npm run lock:complete`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (packages[`node_modules/${name}`] || !/^\d+\.\d+\.\d+$/.test(range)) continue;
    packages[`node_modules/${name}`] = entry.dev ? { version: range, dev: true, optional: true } : { version: range, optional: true };
    added++;
  }
}
const sorted = Object.keys(packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0));
lock.packages = Object.fromEntries(sorted.map((key) => [key, packages[key]]));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: listed ${added} optional packages for other platforms`);
