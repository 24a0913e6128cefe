/** Turning source text into printed text: HTML whitespace collapsing and joining the lines of a table cell. */

const SPACES = /[ \t\n\r\f\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
const LINE_BREAK = /[\n\r]/;
/** Anything collapseWhitespace would change: a space at either end, or any other whitespace or invisible. */
const NEEDS_WORK = /^ | $|[\t\n\r\f\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad]| {2}/;

/**
 * Whitespace runs become one space, as a browser renders them, except that a line break between two
 * CJK characters disappears (CSS segment-break rule): Word and CMS editors wrap long Chinese lines in
 * the source, and "政府信息\n公开" is printed "政府信息公开".
 */
export function collapseWhitespace(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  const s = text.replace(INVISIBLE, '');
  return s
    .replace(SPACES, (run: string, at: number) =>
      LINE_BREAK.test(run) && isWide(s.charCodeAt(at - 1)) && isWide(s.charCodeAt(at + run.length)) ? '' : ' ',
    )
    .trim();
}

/** CJK ideographs, kana, full-width forms and CJK punctuation. */
function isWide(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)
  );
}

const DIGITS = /^\d+$/;

/**
 * A cell's lines joined by a space, except that two fragments made only of digits are joined without
 * one: a number wrapped inside a narrow cell ("21" / "147") is one number.
 */
export function joinCellLines(lines: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const line of lines) {
    if (line === '') continue;
    if (out !== '') out += DIGITS.test(previous) && DIGITS.test(line) ? '' : ' ';
    out += line;
    previous = line;
  }
  return out;
}
