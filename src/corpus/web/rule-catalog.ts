/** Every rule's Chinese title and description (the formula in words), for the report page, the filters and the review opinion. */
import { RULES } from '../../rules/index.js';
import type { Severity } from '../../model/report.js';
import { CORPUS_RULES } from '../rules/index.js';

export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  arithmetic: boolean;
  /** 'report': checked on the report alone; 'corpus': against other stored reports; 'extract': about reading the document. */
  kind: 'report' | 'corpus' | 'extract';
}

/** Findings the extractor itself reports (a table not found, a row unreadable…): they describe the reading, not the report. */
const EXTRACT_RULES: Record<string, string> = {
  'extract/table-missing': '未找到表格',
  'extract/row-missing': '表格缺行',
  'extract/row-unreadable': '表格行无法读取',
  'extract/row-out-of-order': '表格行序与原文不符',
  'extract/blank-table': '表格全部留空',
  'extract/agency-corrected': '机关名称疑似误写',
};

const CATALOG: Map<string, RuleInfo> = new Map([
  ...RULES.map((r): [string, RuleInfo] => [r.meta.id, { id: r.meta.id, title: r.meta.title, description: r.meta.description, severity: r.meta.severity, arithmetic: !!r.meta.arithmetic, kind: 'report' }]),
  ...CORPUS_RULES.map((r): [string, RuleInfo] => [r.meta.id, { id: r.meta.id, title: r.meta.title, description: r.meta.description, severity: r.meta.severity, arithmetic: false, kind: 'corpus' }]),
  ...Object.entries(EXTRACT_RULES).map(([id, title]): [string, RuleInfo] => [
    id,
    { id, title, description: '读取原文时遇到的情况：请对照原文核实相关数字。', severity: 'warning', arithmetic: false, kind: 'extract' },
  ]),
]);

export function ruleInfo(id: string): RuleInfo {
  return CATALOG.get(id) ?? { id, title: id, description: '', severity: 'warning', arithmetic: false, kind: id.startsWith('extract/') ? 'extract' : 'report' };
}

export function allRules(): RuleInfo[] {
  return [...CATALOG.values()];
}
