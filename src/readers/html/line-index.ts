/** Offsets in the decoded page → 1-based line and column, from one index of line starts (CR, LF and CRLF). */
import type { Location } from '../../model/report.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    if (!/\r(?!\n)/.test(text)) {
      // LF and CRLF (the common cases): every line starts after a LF; found with the native search.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** The line and column of an offset (UTF-16 code units, as htmlparser2 counts). */
  locate(offset: number): Location {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
