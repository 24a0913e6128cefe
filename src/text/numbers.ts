/** Reading the content of one table cell (or one whitespace-separated field) as a number. */

export interface NumberReading {
  kind: 'number';
  value: number;
  unit?: string;
  annotation?: string;
}

export type CellReading =
  | NumberReading
  /** Printed blank, or a placeholder such as "-", "/", "—": zero inside a filled table. */
  | { kind: 'blank'; placeholder?: string }
  | { kind: 'text' };

const UNITS = '万元|亿元|元|件|条|个|次|人次|人|篇|项|期|场|份|户|家';
const NUMBER_RE = new RegExp(`^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(${UNITS})?$`);
const ANNOTATED_RE = new RegExp(`^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(${UNITS})?[(（](.+)[)）]$`);
const PLACEHOLDER_RE = /^(?:-{1,3}|\/|\\|—{1,2}|–|－|―|无|\/\/|—-)$/;
const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const TEXT: CellReading = { kind: 'text' };

const FULL_WIDTH = /[０-９＋－．，]/;

/** Full-width digits and signs to ASCII without a full NFKC pass (hot path). */
function toAscii(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[０-９＋－．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const INNER_SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

/** Readings of small whole numbers, shared (readings are never mutated): most cells are 0–999. */
const SMALL: NumberReading[] = Array.from({ length: 1000 }, (_, value) => ({ kind: 'number', value }));

export function readCell(raw: string): CellReading {
  const trimmed = raw.trim();
  // Most cells are labels: a CJK first character other than 无 is text, without any regex.
  const head = trimmed.charCodeAt(0);
  if (head >= 0x4e00 && head <= 0x9fff && head !== 0x65e0) return TEXT;
  // Most of the rest are plain whole numbers.
  if (trimmed.length > 0 && trimmed.length < 16) {
    let digits = true;
    for (let i = 0; i < trimmed.length; i++) {
      const c = trimmed.charCodeAt(i);
      if (c < 48 || c > 57) {
        digits = false;
        break;
      }
    }
    if (digits) {
      const value = Number(trimmed);
      return value < 1000 ? SMALL[value]! : { kind: 'number', value };
    }
  }
  const text = toAscii(INNER_SPACE.test(trimmed) ? trimmed.replace(SPACE_RE, '') : trimmed);
  if (text === '') return { kind: 'blank' };
  const first = text.charCodeAt(0);
  const startsNumeric = (first >= 48 && first <= 57) || first === 43 || first === 45;
  if (startsNumeric) {
    const m = NUMBER_RE.exec(text);
    if (m) return numberReading(m[1]!, m[2]!, m[3], m[4]);
    const a = ANNOTATED_RE.exec(text);
    if (a) {
      const reading = numberReading(a[1]!, a[2]!, a[3], a[4]);
      return { ...reading, annotation: a[5]! };
    }
  }
  if (PLACEHOLDER_RE.test(text)) return { kind: 'blank', placeholder: text };
  return TEXT;
}

function numberReading(sign: string, int: string, frac: string | undefined, unit: string | undefined): NumberReading {
  const value = Number(sign + int.replace(/,/g, '') + (frac ?? ''));
  return unit ? { kind: 'number', value, unit } : { kind: 'number', value };
}

/** Converts a money reading to the unit a column prescribes (万元 or 元). */
export function toMoneyUnit(value: number, printedUnit: string | undefined, columnUnit: '万元' | '元'): number {
  if (!printedUnit || printedUnit === columnUnit) return value;
  const yuan = printedUnit === '万元' ? value * 10000 : printedUnit === '亿元' ? value * 1e8 : value;
  return roundMoney(columnUnit === '万元' ? yuan / 10000 : yuan);
}

/** Removes float noise (1690.9913 * 10000 → 16909913) without losing printed precision. */
export function roundMoney(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
