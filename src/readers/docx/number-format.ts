/**
 * A list counter written in a Word number format (w:numFmt): 一、 （二） 3. ① 甲 壹 …
 * Section headings of reports are numbered this way, so the number must be rendered into the text.
 */

const DIGITS = '〇一二三四五六七八九';
const COUNTING = '零一二三四五六七八九';
const LEGAL_SIMPLIFIED = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting: 十一, 二十, 一百零五. `digits` are the numerals 0–9, `units` 十百千 in the same register. */
function chineseCounting(n: number, digits: string, units: [string, string, string], bigUnit = '万'): string {
  if (n === 0) return digits[0]!;
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    const head = chineseCounting(high, digits, units, bigUnit) + bigUnit;
    if (low === 0) return head;
    return head + (low < 1000 ? digits[0]! : '') + chineseCounting(low, digits, units, bigUnit).replace(/^十/, `${digits[1]}${units[0]}`);
  }
  const parts: string[] = [];
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const names = [units[2], units[1], units[0], ''];
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = places[i]!;
    if (d === 0) {
      if (parts.length > 0) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push(digits[0]!);
    pendingZero = false;
    // 10–19 are read 十, 十一 … (not 一十一) when they stand alone.
    if (!(i === 2 && d === 1 && parts.length === 0)) parts.push(digits[d]!);
    parts.push(names[i]!);
  }
  return parts.join('');
}

function letters(n: number, base: 'A' | 'a'): string {
  // Word repeats the letter: A … Z, AA … ZZ, AAA …
  const letter = String.fromCharCode(base.charCodeAt(0) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

function enclosed(n: number, first: number, last: number): string {
  return n >= 1 && n <= last ? String.fromCodePoint(first + n - 1) : String(n);
}

function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

const cycle = (chars: string, n: number): string => chars[(n - 1 + chars.length * 1000) % chars.length]!;

/** The counter `n` in format `numFmt`; unknown formats fall back to decimal, which keeps the value readable. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return n > 0 ? letters(n, 'A') : String(n);
    case 'lowerLetter':
      return n > 0 ? letters(n, 'a') : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n >= 0 ? chineseCounting(n, COUNTING, ['十', '百', '千']) : String(n);
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
      return n >= 0 ? chineseCounting(n, LEGAL_SIMPLIFIED, ['拾', '佰', '仟']) : String(n);
    case 'ideographLegalTraditional':
      return n >= 0 ? chineseCounting(n, LEGAL_TRADITIONAL, ['拾', '佰', '仟'], '萬') : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (d) => DIGITS[Number(d)]!);
    case 'ideographTraditional':
      return n > 0 ? cycle(HEAVENLY_STEMS, n) : String(n);
    case 'ideographZodiac':
      return n > 0 ? cycle(EARTHLY_BRANCHES, n) : String(n);
    case 'ideographZodiacTraditional':
      return n > 0 ? cycle(HEAVENLY_STEMS, n) + cycle(EARTHLY_BRANCHES, n) : String(n);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3280, 10);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
