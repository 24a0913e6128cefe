/** The report's title, agency, year and publication date. */
import type { Location } from '../model/report.js';
import { normalizeLabel } from '../text/normalize.js';
import type { Line } from './lines.js';

export interface TitleReading {
  title: string;
  agency: string | null;
  year: number;
  loc: Location;
}

const TITLE = /^(.*?)((?:19|20)\d{2})年度?的?(.*?)政府信息公开(?:工作)?的?(?:年度)?(?:工作)?(?:报告|年报)/d;
/** "××局政府信息公开工作2023年度报告": the year after 政府信息公开. */
const TITLE_YEAR_AFTER = /^(.*?)()政府信息公开(?:工作)?((?:19|20)\d{2})年度?(?:工作)?(?:报告|年报)/d;
const NOT_TITLE = /^(?:正文|附件|索引号|发布机构|来源|信息来源|字号|打印|关闭|首页|当前位置|您的位置)/;
const TRIM_AGENCY = /^[\s:：,，、。.·\-—_*#()（）《》“”"]+|[\s:：,，、。.·\-—_*#()（）《》“”"]+$|关于$/g;

/**
 * The title is the first text (before section 一) that names 政府信息公开 … 报告 and a year;
 * it may be split over up to three lines.
 */
export function readTitle(lines: readonly Line[], firstSection: number, hint?: string): TitleReading | null {
  const limit = Math.min(firstSection < 0 ? lines.length : firstSection, 40);
  for (let i = 0; i < limit; i++) {
    const first = lines[i]!;
    if (first.tableRow || NOT_TITLE.test(first.norm)) continue;
    let joined = '';
    let original = '';
    let printed = '';
    for (let j = i; j < Math.min(i + 3, limit); j++) {
      const line = lines[j]!;
      if (line.tableRow) break;
      joined += line.norm;
      original += normalizeLabel(line.label, false);
      printed += line.text.replace(/^#+\s*/, '').trim();
      const m = TITLE.exec(joined) ?? yearAfter(joined);
      // A later line that is a whole title with its agency is read alone (a navigation word above it is not part of it).
      if (m && j > i && namesAgency(line.norm)) break;
      if (m && m.index === 0 && joined.length <= 80) {
        // The agency as printed: same span of the unconverted text (Traditional stays Traditional).
        const source = original.length === joined.length ? original : joined;
        const span = (group: number): string => (m.indices?.[group] ? source.slice(...m.indices[group]!) : '');
        return { title: printed, agency: agencyFrom(span(1), span(3)), year: Number(m[2]), loc: first.loc };
      }
    }
  }
  if (hint) {
    const norm = hint.replace(/\s+/g, '');
    const m = TITLE.exec(norm);
    if (m) return { title: hint.trim(), agency: agencyFrom(m[1]!, m[3]!), year: Number(m[2]), loc: {} };
  }
  return null;
}

/** Field labels a crawler or a CMS puts before the title ("标题：…"). */
const FIELD_LABEL = /^(?:标题|題目|题目|名称|名稱|主题|文件名称|信息名称)[:：]/;

/** A TITLE_YEAR_AFTER match arranged as a TITLE match: agency in group 1, year in group 2, nothing in group 3. */
function yearAfter(text: string): RegExpExecArray | null {
  const m = TITLE_YEAR_AFTER.exec(text);
  if (!m) return null;
  const year = m[3]!;
  const indices = m.indices!;
  const out = [m[0], m[1], year, ''] as unknown as RegExpExecArray;
  out.index = m.index;
  out.indices = [indices[0]!, indices[1]!, indices[3]!, [indices[1]![1], indices[1]![1]]] as RegExpIndicesArray;
  return out;
}

function namesAgency(norm: string): boolean {
  const m = TITLE.exec(norm);
  return !!m && m.index === 0 && agencyFrom(m[1]!, m[3]!) !== null;
}

function agencyFrom(before: string, after: string): string | null {
  const name = (before.replace(FIELD_LABEL, '').replace(TRIM_AGENCY, '') || after.replace(TRIM_AGENCY, '')).replace(TRIM_AGENCY, '');
  return name.length >= 2 && name.length <= 40 ? name : null;
}

const LABELLED_DATE = /(?:发布日期|发布时间|公开日期|成文日期|印发日期|发文日期)[:：]?((?:19|20)\d{2})[-年/.](\d{1,2})[-月/.](\d{1,2})/;
const DATE_LINE = /^[(（]?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[)）]?$/;
/** Signature dates are often written in Chinese numerals: 二〇二四年一月十日. */
const CHINESE_DATE_LINE = /^[(（]?([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日[)）]?$/;
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(text: string): number {
  if (!text.includes('十')) return Number(Array.from(text, (ch) => DIGIT[ch]).join(''));
  const [tens, ones] = text.split('十');
  return (tens ? DIGIT[tens]! : 1) * 10 + (ones ? DIGIT[ones]! : 0);
}

function dateLine(norm: string): [string, string, string] | null {
  const m = DATE_LINE.exec(norm);
  if (m) return [m[1]!, m[2]!, m[3]!];
  const c = CHINESE_DATE_LINE.exec(norm);
  if (c) return [String(chineseNumber(c[1]!)), String(chineseNumber(c[2]!)), String(chineseNumber(c[3]!))];
  return null;
}

/**
 * The publication date: a labelled date (发布日期 …) near the top wins; otherwise the date line
 * under the title or under the signature. Dates before the report year ends are not publication dates.
 */
export function readPublishDate(lines: readonly Line[], year: number | null, hint?: string): { date: string; loc: Location } | null {
  const plausible = (y: number): boolean => year === null || (y > year && y <= year + 2);
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const m = LABELLED_DATE.exec(lines[i]!.norm);
    if (m && plausible(Number(m[1]))) return { date: iso(m[1]!, m[2]!, m[3]!), loc: lines[i]!.loc };
  }
  let found: { date: string; loc: Location } | null = null;
  for (const line of lines) {
    if (line.tableRow || line.norm.length > 16) continue;
    const m = dateLine(line.norm);
    if (m && plausible(Number(m[0]))) found = { date: iso(m[0], m[1], m[2]), loc: line.loc };
  }
  if (found) return found;
  if (hint) {
    const m = /((?:19|20)\d{2})[-年/.](\d{1,2})[-月/.](\d{1,2})/.exec(hint);
    if (m && plausible(Number(m[1]))) return { date: iso(m[1]!, m[2]!, m[3]!), loc: {} };
  }
  return null;
}

function iso(y: string, m: string, d: string): string {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
