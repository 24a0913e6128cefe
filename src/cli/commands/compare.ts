/** `gongkai compare A B`: two stored reports side by side — problems, every cell with its difference, section texts. */
import { parseArgs } from 'node:util';
import { compareReports, type Comparison } from '../../corpus/compare.js';
import { write, type Command } from '../command.js';
import { requireReport } from './corpus-args.js';
import { DB_OPTION, DB_USAGE, guard, UserError, withCorpus } from './corpus-db.js';

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export const compareCommand: Command = {
  name: 'compare',
  summary: '对比两份报告（同一单位的两个年度，或两个单位）：问题、各单元格差异、文字差异',
  usage: `用法：gongkai compare 报告A 报告B [--all] [--json]

  报告可以写 sha256 的前几位、报告编号（gongkai reports --json 的 id），或“单位名@年份”（如 洪泽区人民政府@2023）。
  先列两份报告各自的问题，再列数字不同的单元格（B − A），最后逐部分对比文字：
  “存在的主要问题及改进情况”排在最前，两份报告相同的句子（套话）只计数，--all 时列出。
  --all            列出全部单元格（包括相同的）和相同的句子
  --json           输出一个 JSON 对象
${DB_USAGE}
`,
  run: (argv) =>
    guard(async () => {
      const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB_OPTION, all: { type: 'boolean' }, json: { type: 'boolean' } } });
      if (positionals.length !== 2) throw new UserError(`请给出两份报告。\n\n${compareCommand.usage}`);
      return withCorpus(values.db, async (corpus) => {
        const a = await requireReport(corpus, positionals[0]!);
        const b = await requireReport(corpus, positionals[1]!);
        const comparison = await compareReports(corpus, a, b);
        await write(values.json ? JSON.stringify(comparison) + '\n' : formatComparison(comparison, !!values.all));
        return 0;
      });
    }),
};

export function formatComparison(c: Comparison, all: boolean): string {
  const out: string[] = [`A：${c.a.label}（${c.a.sha256.slice(0, 10)}）`, `B：${c.b.label}（${c.b.sha256.slice(0, 10)}）`, ''];
  out.push('一、问题');
  for (const [name, side] of [['A', c.a], ['B', c.b]] as const) {
    if (side.findings.length === 0) out.push(`  ${name}：没有发现问题`);
    for (const f of side.findings) out.push(`  ${name} ${SEVERITY[f.severity]}：${f.message}`);
  }
  const differing = c.cells.filter((x) => x.a !== x.b);
  out.push('', `二、表格数字（${differing.length} 个单元格不同，${c.cells.length - differing.length} 个相同）`);
  for (const x of all ? c.cells : differing) {
    const diff = x.diff === null ? '' : x.diff === 0 ? '  相同' : `  ${x.diff > 0 ? '+' : ''}${x.diff}`;
    out.push(`  ${x.name}：A ${x.a ?? '—'}，B ${x.b ?? '—'}${diff}`);
  }
  out.push('', '三、文字');
  for (const s of c.sections) {
    const sim = s.similarity === null ? '' : `，相似度 ${Math.round(s.similarity * 100)}%`;
    out.push(`  【${s.number}】${s.title}（不同的句子 A ${s.onlyA.length}、B ${s.onlyB.length}，相同 ${s.common.length}${sim}）`);
    for (const t of s.onlyA) out.push(`    − A：${t}`);
    for (const t of s.onlyB) out.push(`    + B：${t}`);
  }
  const boilerplate = c.sections.flatMap((s) => s.common.map((t) => `    【${s.number}】${t}`));
  if (boilerplate.length > 0) {
    out.push('', `四、两份报告相同的句子（套话，年份和数字不计）：${boilerplate.length} 句${all ? '' : '（--all 列出）'}`);
    if (all) out.push(...boilerplate);
  }
  return out.join('\n') + '\n';
}
