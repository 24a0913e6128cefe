/**
 * Characters a PDF's text layer may give in place of ordinary Chinese ones: fonts draw a radical
 * and the character with one glyph, and producers that map the glyph back to Unicode may pick the
 * radical (Kangxi ⼀ for 一, ⽂ for 文; simplified radicals ⻰ for 龙, ⻔ for 门).
 */

/** CJK Radicals Supplement forms identical to an ordinary character (no Unicode normalisation maps them). */
const RADICALS: Record<string, string> = {
  '⺁': '厂', '⺝': '月', '⺠': '民', '⺩': '王', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车',
  '⻑': '長', '⻓': '长', '⻔': '门', '⻘': '青', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐',
  '⻮': '齿', '⻰': '龙',
};

const LOOKALIKE = /[\u2e80-\u2fdf\uf900-\ufaff]/g;

/** Kangxi radicals and compatibility ideographs by NFKC, the radicals supplement by the table above. */
export function fixLookalikes(text: string): string {
  return text.replace(LOOKALIKE, (c) => RADICALS[c] ?? c.normalize('NFKC'));
}
