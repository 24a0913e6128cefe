/** `gongkai units import|pending|resolve|list`: the unit list, and the matches that wait for a person. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importUnits } from '../../corpus/units/import.js';
import { KIND_LABELS, parseKind } from '../../corpus/units/normalize.js';
import { resolveReportUnit } from '../../corpus/units/resolve.js';
import { readUnitTable } from '../../corpus/units/unit-table.js';
import { pendingMatches, unitsInRegion } from '../../store/units.js';
import type { UnitKind } from '../../store/schema.js';
import { write, type Command } from '../command.js';
import { requireRegion, requireReport } from './corpus-args.js';
import { DB_OPTION, DB_USAGE, guard, UserError, withCorpus } from './corpus-db.js';

export const unitsCommand: Command = {
  name: 'units',
  summary: '单位名录：导入（CSV/XLSX）、待确认的匹配、人工确认、列出',
  usage: `用法：
  gongkai units import 文件.csv|文件.xlsx
      导入单位名录。第一行为表头：名称（必填）、地区、类别（政府/部门/乡镇/街道）、别名（用；或、分隔）、上级单位。
      已有的同名单位（含别名、或去掉地区前缀后同名，如“淮安市洪泽区人民政府”与“洪泽区人民政府”）会被更新，不会重复建立；
      导入后，尚未匹配单位的报告会重新匹配。
  gongkai units pending
      列出单位需要人工确认的报告（名称相近但不确定、地区有歧义、没有机关名称等）。
  gongkai units resolve 报告 单位编号
  gongkai units resolve 报告 --new --region 地区 [--name 名称] [--kind 类别]
      确认报告属于某单位（报告的机关名称记为该单位的别名），或为它新建单位。
  gongkai units list [--region 地区] [--search 名称]
      列出单位及编号。
${DB_USAGE}
`,
  run: (argv) =>
    guard(async () => {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { ...DB_OPTION, new: { type: 'boolean' }, region: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, search: { type: 'string' } },
      });
      const [sub, ...rest] = positionals;
      return withCorpus(values.db, async (corpus) => {
        if (sub === 'import') {
          if (rest.length !== 1) throw new UserError('请给出一个 CSV 或 XLSX 文件。');
          let records;
          try {
            records = await readUnitTable(await readFile(rest[0]!), rest[0]!);
          } catch (error) {
            throw new UserError(`无法读取单位名录 ${rest[0]}：${(error as Error).message}`);
          }
          const s = await importUnits(corpus, records);
          await write(`导入单位名录：新建 ${s.created} 个，更新 ${s.updated} 个${s.problems.length > 0 ? `，有 ${s.problems.length} 行未导入或不完整` : ''}；${s.rematched} 份报告因此匹配到单位。\n`);
          for (const p of s.problems) await write(`  第 ${p.line} 行：${p.message}\n`);
          return s.problems.length > 0 ? 1 : 0;
        }
        if (sub === 'pending') {
          const rows = await pendingMatches(corpus.store.db);
          const none = await corpus.store.db.selectFrom('reports').select(['id', 'sha256', 'file', 'year']).where('match_kind', '=', 'none').execute();
          if (rows.length === 0 && none.length === 0) {
            await write('没有需要人工确认的报告。\n');
            return 0;
          }
          for (const r of rows) {
            const candidate = r.candidate_name ? `可能是：${r.candidate_name}（编号 ${r.match_candidate_id}，相似度 ${r.match_confidence}）` : '没有相近的单位';
            await write(`  ${r.sha256.slice(0, 10)}  ${r.year ?? '----'}  ${r.agency}  →  ${candidate}  ${r.file}\n`);
          }
          for (const r of none) await write(`  ${r.sha256.slice(0, 10)}  ${r.year ?? '----'}  （报告中没有机关名称）  ${r.file}\n`);
          await write(`\n共 ${rows.length + none.length} 份。确认：gongkai units resolve <sha256前几位> <单位编号>，或 --new --region 地区 新建单位。\n`);
          return 0;
        }
        if (sub === 'resolve') {
          if (rest.length < 1) throw new UserError('请给出报告（sha256 前几位）和单位编号，或 --new --region 地区。');
          const report = await requireReport(corpus, rest[0]!);
          let unitId: number;
          if (values.new) {
            const kind = values.kind ? parseKind(values.kind) : undefined;
            if (values.kind && !kind) throw new UserError('类别应为 政府、部门、乡镇 或 街道。');
            unitId = await resolveReportUnit(corpus, report, { newUnit: { region: requireRegion(corpus, values.region), ...(values.name ? { name: values.name } : {}), ...(kind ? { kind } : {}) } });
          } else {
            const id = Number(rest[1]);
            if (!Number.isInteger(id)) throw new UserError('请给出单位编号（gongkai units list 可查），或用 --new 新建单位。');
            try {
              unitId = await resolveReportUnit(corpus, report, { unitId: id });
            } catch (error) {
              throw new UserError((error as Error).message);
            }
          }
          await write(`已确认：${report.file} 属于“${corpus.matcher.unit(unitId)?.name}”（编号 ${unitId}）。\n`);
          return 0;
        }
        if (sub === 'list') {
          const region = values.region ? requireRegion(corpus, values.region) : null;
          const rows = await unitsInRegion(corpus.store.db, region?.path ?? '/', values.search);
          for (const u of rows) await write(`  ${String(u.id).padStart(5)}  ${u.name}  ${KIND_LABELS[u.kind as UnitKind]}  ${u.region_full_name}\n`);
          await write(`共 ${rows.length} 个单位。\n`);
          return 0;
        }
        throw new UserError(`请给出子命令：import、pending、resolve 或 list。\n\n${unitsCommand.usage}`);
      });
    }),
};
