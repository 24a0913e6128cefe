/** docs/rules.md, generated from the rules' own metadata and the findings their examples really draw. */
import { cellName } from '../templates/labels.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleExample } from '../rules/rule.js';
import { runExample } from './rule-examples.js';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const TEMPLATE = { '2021': '2021 年格式', '2019': '2019 年格式', legacy: '旧版统计表' } as const;

function changes(example: RuleExample): string[] {
  const out: string[] = [];
  for (const [path, value] of Object.entries(example.cells ?? {})) out.push(`${cellName(path)}填 ${value}`);
  for (const [n, text] of Object.entries(example.sections ?? {})) out.push(text === null ? `删去第 ${n} 部分` : `第 ${n} 部分正文改为：“${text}”`);
  for (const [n, heading] of Object.entries(example.titles ?? {})) out.push(`第 ${n} 部分标题印为“${heading}”`);
  if (example.title !== undefined) out.push(example.title === null ? '不印标题' : `标题改为“${example.title}”`);
  if (example.period !== undefined) out.push(example.period === null ? '删去统计期限' : `统计期限写作：“${example.period}”`);
  for (const [key, value] of Object.entries(example.meta ?? {})) out.push(`${key === 'publishDate' ? '发布日期' : key === 'year' ? '年度' : key} 为 ${value}`);
  return out;
}

async function ruleSection(rule: Rule): Promise<string> {
  const { meta } = rule;
  const lines = [`## \`${meta.id}\` ${meta.title}`, ''];
  lines.push(`- 级别：${SEVERITY[meta.severity]}${meta.arithmetic ? '（勾稽关系）' : ''}`);
  lines.push(`- 适用：${meta.templates ? meta.templates.map((t) => TEMPLATE[t]).join('、') : '全部格式'}`);
  lines.push('', meta.description, '');
  const incorrect = await runExample(meta.examples.incorrect);
  const fired = incorrect.findings.filter((f) => f.rule === meta.id);
  lines.push('### 错误示例', '', meta.examples.incorrect.description, '');
  const changed = changes(meta.examples.incorrect);
  if (changed.length > 0) lines.push(`示例报告（${TEMPLATE[meta.examples.incorrect.template ?? '2021']}）中：${changed.join('；')}。检查结果：`, '');
  for (const f of fired) lines.push(`- **${SEVERITY[f.severity]}**：${f.message}`);
  lines.push('', '### 正确示例', '', meta.examples.correct.description, '');
  return lines.join('\n');
}

export async function rulesMarkdown(): Promise<string> {
  const parts = [
    '# 检查规则',
    '',
    '> 本文件由 `npm run docs` 根据各规则模块自身的元数据生成，示例中的检查结果是实际运行得到的；请勿手工修改。',
    '',
    '每条规则一个模块（`src/rules/<分组>/<名称>.ts`），规则编号即文件路径。`table3/column-balance`、`table3/row-sum`、`table3/outcome-sum`、`table4/group-sum`、`legacy/subtotal` 的编号是对外契约（见 report-json.md）。读取过程本身发现的问题（某行找不到、单元格数对不上等）以 `extract/…` 编号报告，见文末。',
    '',
    '| 规则 | 级别 | 检查内容 |',
    '|---|---|---|',
    ...RULES.map((r) => `| [\`${r.meta.id}\`](#${r.meta.id.replace(/[/]/g, '')}-${r.meta.title}) | ${SEVERITY[r.meta.severity]} | ${r.meta.title} |`),
    '',
  ];
  for (const rule of RULES) parts.push(await ruleSection(rule));
  parts.push(
    '## 读取提示（`extract/…`）',
    '',
    '| 编号 | 含义 |',
    '|---|---|',
    '| `extract/row-missing` | 表格中某行在原文中没有找到（或无标签的数字行与缺少的行数对不上），这些格记为空（null） |',
    '| `extract/row-unreadable` | 某行读到的单元格数与表格列数对不上，该行记为空（null） |',
    '| `extract/row-out-of-order` | 某行出现的位置与表格行序不符，已采用符合行序的那一处 |',
    '| `extract/table-missing` | 整张表格没有找到 |',
    '| `extract/six-single-row` | 2021 年格式的报告把（六）其他处理印成一行，无法拆分为三个子项 |',
    '| `extract/blank-table` | 表四数据行全部留空，按 0 计 |',
    '| `extract/agency-corrected` | 标题中的机关名称与行政区划名录不符，按名录更正 |',
    '| `extract/cell-inferred` | 转换损坏的表格某行缺格，已结合表外带注释的数字推定，需核对 |',
    '',
  );
  return parts.join('\n');
}
