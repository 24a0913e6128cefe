/** The report's prose as one normalised string, and the numbers rules compare with the tables. */
import type { Location, NarrativeFacts } from '../model/report.js';
import { normalizeLabel } from '../text/normalize.js';
import type { Line } from './lines.js';

export interface Prose {
  /** Normalised text of every non-table line, concatenated (line breaks inside sentences vanish). */
  text: string;
  starts: number[];
  lines: Line[];
}

/** The numbers at the end of a line, normalised like its label (whitespace between them dropped). */
function valuesText(line: Line, traditional: boolean): string {
  let raw = '';
  for (const v of line.values) raw += v.raw;
  return /^[\d.,+-]*$/.test(raw) ? raw : normalizeLabel(raw, traditional);
}

export function buildProse(lines: readonly Line[], traditional: boolean): Prose {
  const kept = lines.filter((line) => !line.tableRow);
  let text = '';
  const starts: number[] = [];
  for (const line of kept) {
    starts.push(text.length);
    // Lines that end in numbers keep them in the prose (the label alone would drop "…共 21 件").
    text += line.hasNumbers ? line.norm + valuesText(line, traditional) : line.norm;
  }
  return { text, starts, lines: kept };
}

/** Location of an offset in the prose text. */
export function proseLocation(prose: Prose, offset: number): Location {
  let lo = 0;
  let hi = prose.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prose.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return prose.lines[lo]?.loc ?? {};
}

export interface FactMatch {
  value: number;
  offset: number;
}

const RECEIVED = /(?:收到|受理|新收)(?:各类|公民、法人或其他组织(?:提出的)?)?(?:政府信息公开申请|政府信息依申请公开|依申请公开(?:政府信息)?(?:申请)?|信息公开申请|公开申请|申请)(?:共计?|合计|总计)?(\d+)件/g;
const RECEIVED_NIL = /(?:未|没有)(?:收到|受理)[^。；]{0,24}?(?:申请)|无政府信息公开申请|没有依申请公开/g;
const REVIEWS = /政府信息公开(?:工作)?(?:相关)?行政复议(?:案件)?(\d+)件|(\d+)件(?:涉及)?政府信息公开(?:工作)?的?行政复议/g;
const LITIGATIONS = /政府信息公开(?:工作)?(?:相关)?行政诉讼(?:案件)?(\d+)件/g;
const FEE = /(?:收取|收缴)(?:了)?(?:政府信息公开)?(?:信息)?(?:公开)?处理费(?:共计?|合计|总计)?(\d+(?:\.\d+)?)元/g;
const FEE_NIL = /(?:未|没有|无)(?:产生|收取|发生|收缴)[^。；]{0,20}?(?:处理费|收费事项|收费情况)/g;
/** "数据统计截至2023年12月31日": the period is that calendar year. */
const PERIOD_UNTIL = /统计[^。]{0,12}?(?:截至|截止)(?:到)?((?:19|20)\d{2})年12月31日/;
const PERIOD = /统计(?:期限|周期|时限|时间|区间|期)[^。]{0,12}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日起?(?:至|到|-|—|~)((?:19|20)\d{2})?年?(\d{1,2})月(\d{1,2})日/;

function first(re: RegExp, text: string): FactMatch | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return undefined;
  const digits = m.slice(1).find((g) => g !== undefined);
  return { value: digits === undefined ? 0 : Number(digits), offset: m.index };
}

export interface NarrativeReading {
  facts: NarrativeFacts;
  offsets: Partial<Record<keyof NarrativeFacts, number>>;
}

export function readNarrative(prose: Prose): NarrativeReading {
  const facts: NarrativeFacts = {};
  const offsets: NarrativeReading['offsets'] = {};
  const set = (key: 'applicationsReceived' | 'reviews' | 'litigations' | 'processingFeeYuan', match: FactMatch | undefined): void => {
    if (!match) return;
    facts[key] = match.value;
    offsets[key] = match.offset;
  };
  const received = first(RECEIVED, prose.text);
  const nil = first(RECEIVED_NIL, prose.text);
  set('applicationsReceived', received && (!nil || received.offset < nil.offset) ? received : nil ? { value: 0, offset: nil.offset } : undefined);
  set('reviews', first(REVIEWS, prose.text));
  set('litigations', first(LITIGATIONS, prose.text));
  const fee = first(FEE, prose.text);
  const feeNil = first(FEE_NIL, prose.text);
  set('processingFeeYuan', fee ?? (feeNil ? { value: 0, offset: feeNil.offset } : undefined));
  const period = PERIOD.exec(prose.text);
  const until = period ? null : PERIOD_UNTIL.exec(prose.text);
  if (until) {
    facts.statisticsPeriod = { from: `${until[1]}-01-01`, to: `${until[1]}-12-31` };
    offsets.statisticsPeriod = until.index;
  }
  if (period) {
    const [, y1, m1, d1, y2, m2, d2] = period;
    const pad = (n: string): string => n.padStart(2, '0');
    facts.statisticsPeriod = { from: `${y1}-${pad(m1!)}-${pad(d1!)}`, to: `${y2 ?? y1}-${pad(m2!)}-${pad(d2!)}` };
    offsets.statisticsPeriod = period.index;
  }
  return { facts, offsets };
}
