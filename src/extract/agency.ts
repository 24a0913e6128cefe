/** Checking the place name that opens an agency's name against the official list of divisions. */
import { confusablesOf } from '../regions/confusables.js';
import { divisionNames } from '../regions/gazetteer.js';

export interface AgencyReading {
  name: string;
  printed: string;
  /** The place name as printed, when it was corrected. */
  printedPlace: string;
  corrected: boolean;
}

const PLACE_END = /[省市县区旗州盟]/;

/**
 * A name that starts with an official place name is kept. One that starts with an unknown place
 * name (ending in 县/市/区…) that becomes an official name by swapping exactly one confusable
 * character (沐阳县 → 沭阳县), and in only one way, is corrected; anything else is kept as printed.
 */
export function correctAgency(printed: string): AgencyReading {
  const keep: AgencyReading = { name: printed, printed, printedPlace: '', corrected: false };
  const names = divisionNames();
  const chars = Array.from(printed);
  for (let end = Math.min(chars.length, 12); end >= 2; end--) {
    if (names.has(chars.slice(0, end).join(''))) return keep;
  }
  for (let end = 2; end <= Math.min(chars.length, 8); end++) {
    if (!PLACE_END.test(chars[end - 1]!)) continue;
    const place = chars.slice(0, end);
    const found = new Set<string>();
    place.forEach((ch, i) => {
      for (const alt of confusablesOf(ch)) {
        const candidate = [...place.slice(0, i), alt, ...place.slice(i + 1)].join('');
        if (names.has(candidate)) found.add(candidate);
      }
    });
    if (found.size === 1) {
      const fixed = [...found][0]!;
      return { name: fixed + chars.slice(end).join(''), printed, printedPlace: place.join(''), corrected: true };
    }
  }
  return keep;
}
