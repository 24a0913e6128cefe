/**
 * Which form a report follows. The table structure decides; the year is the prior when the
 * structure says nothing (domain.md §2.4). The prose's citation of a notice is ignored: reports
 * often cite the wrong one.
 */
import type { TemplateId } from '../model/report.js';
import { TABLE2_2019_MARKS, TABLE2_2021_MARKS } from '../templates/table2.js';
import type { TemplateGuess } from './context.js';
import type { Line } from './lines.js';

const LEGACY_MARKS = /统计指标|回应解读情况|申请办结数|政府信息公开工作情况统计表|被举报投诉数量/;
const SIX_SUB_ROWS = /不补正|收费通知|缴纳费用/;

export function templateFromStructure(lines: readonly Line[]): TemplateGuess {
  let legacy = 0;
  let y2019 = 0;
  let y2021 = 0;
  for (const line of lines) {
    const norm = line.norm;
    if (!norm || norm.length > 80) continue;
    if (LEGACY_MARKS.test(norm)) legacy++;
    if (TABLE2_2019_MARKS.test(norm)) y2019++;
    if (TABLE2_2021_MARKS.test(norm) || SIX_SUB_ROWS.test(norm)) y2021++;
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
