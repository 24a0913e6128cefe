/** `gongkai reports [--json]`: what the corpus holds, one stored report per line. */
import { parseArgs } from 'node:util';
import { severityCounts } from '../../store/findings.js';
import { corpusTotals, listReports, type ReportListItem } from '../../store/reports.js';
import { write, type Command } from '../command.js';
import { DB_OPTION, DB_USAGE, guard, withCorpus } from './corpus-db.js';

export const reportsCommand: Command = {
  name: 'reports',
  summary: '列出报告库中的报告（--json 为每行一个 JSON 对象）',
  usage: `用法：gongkai reports [--json] [--db 数据库]

  每份入库的报告一行：文件、单位、年度、模板、问题数。
  --json           JSON Lines：sha256、file（原文件名）、meta、unit（匹配的单位或 null）、findings（按严重程度计数）
${DB_USAGE}
`,
  run: (argv) =>
    guard(async () => {
      const { values } = parseArgs({ args: argv, options: { ...DB_OPTION, json: { type: 'boolean' } } });
      return withCorpus(values.db, async (corpus) => {
        const db = corpus.store.db;
        let after = 0;
        let shown = 0;
        for (;;) {
          const page = await listReports(db, after, 500);
          if (page.length === 0) break;
          after = page[page.length - 1]!.id;
          const counts = await severityCounts(db, page.map((r) => r.id));
          for (const r of page) {
            const c = counts.get(r.id) ?? { error: 0, warning: 0, info: 0 };
            await write(values.json ? JSON.stringify(jsonLine(r, c)) + '\n' : textLine(r, c) + '\n');
            shown++;
          }
        }
        if (!values.json) {
          const t = await corpusTotals(db);
          await write(`${shown === 0 ? '报告库中还没有报告。' : ''}共 ${t.reports} 份报告，${t.failures} 个读取失败的文件（原件 ${t.originals} 个）。\n`);
        }
        return 0;
      });
    }),
};

function jsonLine(r: ReportListItem, c: { error: number; warning: number; info: number }) {
  return {
    id: r.id,
    sha256: r.sha256,
    file: r.file,
    meta: { agency: r.agency, year: r.year, publishDate: r.publish_date, template: r.template },
    unit: r.unit_id === null ? null : { id: r.unit_id, name: r.unit_name, match: r.match_kind, confidence: r.match_confidence },
    match: r.match_kind,
    primary: r.is_primary === 1,
    parserVersion: r.parser_version,
    findings: c,
  };
}

function textLine(r: ReportListItem, c: { error: number; warning: number; info: number }): string {
  const unit = r.unit_name ?? (r.match_kind === 'pending' ? `（待确认：${r.agency ?? '无机关名称'}）` : `（未匹配：${r.agency ?? '无机关名称'}）`);
  return `${r.sha256.slice(0, 10)}  ${r.year ?? '----'}  ${unit}  ${r.template ?? '-'}版  错误 ${c.error}  警告 ${c.warning}  ${r.file}`;
}
