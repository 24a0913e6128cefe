/**
 * Which form a report follows. The table structure decides; the year is the prior when the
 * structure says nothing (domain.md §2.4). The prose's citation of a notice is ignored: reports
 * often cite the wrong one.
 */
import type { TemplateId } from '../model/report.js';
import { TABLE2_2019_MARKS, TABLE2_2021_MARKS } from '../templates/table2.js';
import type { TemplateGuess } from './context.js';
import type { Line } from './lines.js';
import { memoize } from './memo.js';

const LEGACY_MARKS = /统计指标|回应解读情况|申请办结数|政府信息公开工作情况统计表|被举报投诉数量/;
const SIX_SUB_ROWS = /不补正|收费通知|缴纳费用/;

/** Which forms a label points to, as bits: 1 legacy, 2 the 2019 form, 4 the 2021 form. */
const marksOf = memoize(
  (norm: string): number =>
    (LEGACY_MARKS.test(norm) ? 1 : 0) | (TABLE2_2019_MARKS.test(norm) ? 2 : 0) | (TABLE2_2021_MARKS.test(norm) || SIX_SUB_ROWS.test(norm) ? 4 : 0),
);

export function templateFromStructure(lines: readonly Line[]): TemplateGuess {
  let legacy = 0;
  let y2019 = 0;
  let y2021 = 0;
  for (const line of lines) {
    const norm = line.norm;
    if (!norm || norm.length > 80) continue;
    const marks = marksOf(norm);
    legacy += marks & 1;
    y2019 += (marks >> 1) & 1;
    y2021 += (marks >> 2) & 1;
  }
  if (legacy >= 2 && legacy >= y2021 + y2019) return 'legacy';
  if (y2019 > y2021) return '2019';
  if (y2021 > 0) return '2021';
  return legacy > 0 ? 'legacy' : null;
}

export function templateFromYear(year: number | null): TemplateGuess {
  if (year === null) return null;
  if (year <= 2018) return 'legacy';
  if (year <= 2020) return '2019';
  return '2021';
}

export function decideTemplate(fromStructure: TemplateGuess, fromYear: TemplateGuess): TemplateId | null {
  return fromStructure ?? fromYear;
}
