/** `gongkai export`: Excel workbooks laid out like the official form, long-form CSV, or JSON. */
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { AGGREGATION_MODES, isMode } from '../../corpus/aggregate.js';
import { longCsvLines } from '../../corpus/export/csv-long.js';
import { regionJson } from '../../corpus/export/json-export.js';
import { regionWorkbook } from '../../corpus/export/region-workbook.js';
import { reportWorkbook } from '../../corpus/export/report-workbook.js';
import { findingsOf } from '../../store/findings.js';
import { write, type Command } from '../command.js';
import { requireRegion, requireReport, requireYear } from './corpus-args.js';
import { DB_OPTION, DB_USAGE, guard, UserError, withCorpus } from './corpus-db.js';

export const exportCommand: Command = {
  name: 'export',
  summary: '导出：Excel（按官方表式）、CSV（长表，供研究）、JSON',
  usage: `用法：
  gongkai export --report 报告 --out 文件.xlsx|.json
      一份报告：表二、表三、表四按官方表式排列，另有“问题”工作表
  gongkai export --region 地区 --year 年度 --out 文件.xlsx|.csv|.json [--mode 口径]
      一个地区一个年度：公开情况、各单位数据（每单位一行）、汇总、问题
      .csv 为长表：单位、年度、单元格路径、数值（每行一个数，不写 --year 则导出全部年度）

  --format xlsx|csv|json   不写时按 --out 的扩展名决定
  --mode 口径              汇总口径（${Object.keys(AGGREGATION_MODES).join('、')}）
${DB_USAGE}
`,
  run: (argv) =>
    guard(async () => {
      const { values } = parseArgs({
        args: argv,
        options: { ...DB_OPTION, report: { type: 'string' }, region: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, mode: { type: 'string' } },
      });
      if (!values.out) throw new UserError(`请用 --out 给出导出文件。\n\n${exportCommand.usage}`);
      const format = values.format ?? /\.(xlsx|csv|json)$/i.exec(values.out)?.[1]?.toLowerCase();
      if (format !== 'xlsx' && format !== 'csv' && format !== 'json') throw new UserError('导出格式只能是 xlsx、csv 或 json（用 --format 指定，或用相应的扩展名）。');
      if (values.mode !== undefined && !isMode(values.mode)) throw new UserError(`汇总口径只能是 ${Object.keys(AGGREGATION_MODES).join('、')}。`);
      if (!values.report && !values.region) throw new UserError('请用 --report 指定一份报告，或用 --region 和 --year 指定地区和年度。');
      const out = values.out;
      return withCorpus(values.db, async (corpus) => {
        if (values.report) {
          const row = await requireReport(corpus, values.report);
          if (format === 'xlsx') await (await reportWorkbook(corpus, row)).xlsx.writeFile(out);
          else if (format === 'json') {
            const findings = (await findingsOf(corpus.store.db, row.id)).filter((f) => f.origin === 'corpus');
            await writeFile(out, JSON.stringify({ ...JSON.parse(row.report_json), corpusFindings: findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })) }, null, 2));
          } else throw new UserError('单份报告可导出为 xlsx 或 json；长表 CSV 请用 --region。');
          await write(`已导出到 ${out}\n`);
          return 0;
        }
        const region = requireRegion(corpus, values.region);
        const mode = values.mode as keyof typeof AGGREGATION_MODES | undefined;
        if (format === 'csv') {
          const year = values.year ? requireYear(values.year) : null;
          const stream = createWriteStream(out);
          for await (const chunk of longCsvLines(corpus, region, year)) if (!stream.write(chunk)) await once(stream, 'drain');
          stream.end();
          await once(stream, 'finish');
        } else {
          const year = requireYear(values.year);
          if (format === 'xlsx') await (await regionWorkbook(corpus, region, year, mode)).xlsx.writeFile(out);
          else await writeFile(out, JSON.stringify(await regionJson(corpus, region, year, mode), null, 2));
        }
        await write(`已导出到 ${out}\n`);
        return 0;
      });
    }),
};
