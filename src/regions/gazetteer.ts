/** The official names of provinces, cities and counties (china-area-data, GB/T 2260), for checking place names. */
import { createRequire } from 'node:module';

let names: Set<string> | undefined;

/** Every province-, city- and county-level division name (e.g. 江苏省, 宿迁市, 沭阳县). */
export function divisionNames(): Set<string> {
  if (!names) {
    const require = createRequire(import.meta.url);
    const data = require('china-area-data/data.json') as Record<string, Record<string, string>>;
    names = new Set();
    for (const children of Object.values(data)) for (const name of Object.values(children)) if (name !== '市辖区' && name !== '县') names.add(name);
  }
  return names;
}
