/** `gongkai coverage --region R --year Y`: who has published, who is late, who is missing, whose report has errors. */
import { parseArgs } from 'node:util';
import { coverage, STATUS_LABELS } from '../../corpus/coverage.js';
import { KIND_LABELS } from '../../corpus/units/normalize.js';
import { write, type Command } from '../command.js';
import { requireRegion, requireYear } from './corpus-args.js';
import { DB_OPTION, DB_USAGE, guard, withCorpus } from './corpus-db.js';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: '某地区某年度各单位的公开情况：已公开、逾期、未公开、有错误',
  usage: `用法：gongkai coverage --region 地区 --year 年度 [--search 名称] [--json]

  列出地区（含下级地区）内每个单位该年度的报告：按时公开、逾期公开（发布日期晚于法定期限：
  部门为次年 1 月 31 日，政府为次年 3 月 31 日，可用 gongkai deadlines 按地区调整）、未公开，
  以及报告中的错误和警告数。
  --region 地区    地区名称（洪泽区、淮安市洪泽区）或行政区划代码（320813）
  --year 年度      报告年度（统计年度）
  --search 名称    只列名称（或别名）含这些字的单位
  --json           每个单位一行 JSON
${DB_USAGE}
`,
  run: (argv) =>
    guard(async () => {
      const { values } = parseArgs({ args: argv, options: { ...DB_OPTION, region: { type: 'string' }, year: { type: 'string' }, search: { type: 'string' }, json: { type: 'boolean' } } });
      const year = requireYear(values.year);
      return withCorpus(values.db, async (corpus) => {
        const region = requireRegion(corpus, values.region);
        const cov = await coverage(corpus, region, year, values.search);
        if (values.json) {
          for (const e of cov.entries) await write(JSON.stringify({ region: region.full_name, year, ...e }) + '\n');
          return 0;
        }
        if (cov.entries.length === 0) {
          await write(`${region.full_name}还没有单位${values.search ? `（名称含“${values.search}”）` : ''}。可用 gongkai units import 导入单位名录，或先入库报告。\n`);
          return 0;
        }
        await write(`${region.full_name} ${year} 年度政府信息公开工作年度报告公开情况\n\n`);
        const width = Math.max(...cov.entries.map((e) => e.unitName.length));
        for (const e of cov.entries) {
          const late = e.status === 'late' ? `，逾期 ${e.daysLate} 天（期限 ${e.deadline}）` : '';
          const date = e.publishDate ? `  发布 ${e.publishDate}` : '';
          const problems = e.reportId === null ? '' : `  错误 ${e.errors}、警告 ${e.warnings}${e.errors > 0 ? '  ← 有错误' : ''}`;
          await write(`  ${e.unitName.padEnd(width, '　')}  ${KIND_LABELS[e.kind]}  ${STATUS_LABELS[e.status]}${late}${date}${problems}\n`);
        }
        const t = cov.totals;
        await write(`\n共 ${t.units} 个单位：按时公开 ${t['on-time']}，逾期公开 ${t.late}，已公开但发布日期不详 ${t.undated}，未公开 ${t.missing}；报告有错误的 ${t.withErrors} 个。\n`);
        return 0;
      });
    }),
};
