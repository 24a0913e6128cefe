/** `gongkai aggregate --region R --year Y`: sums of tables 2–4 over a region's units, rankings and the outcome mix. */
import { parseArgs } from 'node:util';
import { aggregate, AGGREGATION_MODES, isMode, MODE_KEY } from '../../corpus/aggregate.js';
import { KIND_LABELS } from '../../corpus/units/normalize.js';
import { setSetting } from '../../store/regions.js';
import type { UnitKind } from '../../store/schema.js';
import { write, type Command } from '../command.js';
import { requireRegion, requireYear } from './corpus-args.js';
import { DB_OPTION, DB_USAGE, guard, UserError, withCorpus } from './corpus-db.js';

const MODES = Object.entries(AGGREGATION_MODES)
  .map(([k, v]) => `                   ${k.padEnd(17)}${v.label}：${v.assumption}`)
  .join('\n');

export const aggregateCommand: Command = {
  name: 'aggregate',
  summary: '汇总某地区某年度各单位的表二、表三、表四，排名和办理结果构成',
  usage: `用法：gongkai aggregate --region 地区 --year 年度 [--mode 口径] [--rank 单元格] [--json]

  把地区（含下级地区）内各单位该年度报告的表二、表三、表四逐格相加，并给出排名（含样本数）
  和办理结果构成。政府报告是只含本机关还是汇总了全辖区，各地不一，汇总口径须明确：
  --mode 口径
${MODES}
                   不写时用该地区设定的口径（--set-mode 设定），没有设定则为 all-units。
  --set-mode 口径  把口径保存为该地区（及下级地区）的默认口径
  --rank 单元格    排名所依据的单元格（默认 table3.received.total 本年新收申请总计）
  --top N          排名列出前 N 个单位（默认 20）
  --json           输出一个 JSON 对象
${DB_USAGE}
`,
  run: (argv) =>
    guard(async () => {
      const { values } = parseArgs({
        args: argv,
        options: { ...DB_OPTION, region: { type: 'string' }, year: { type: 'string' }, mode: { type: 'string' }, 'set-mode': { type: 'string' }, rank: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean' } },
      });
      for (const m of [values.mode, values['set-mode']]) if (m !== undefined && !isMode(m)) throw new UserError(`汇总口径只能是 ${Object.keys(AGGREGATION_MODES).join('、')}。`);
      return withCorpus(values.db, async (corpus) => {
        const region = requireRegion(corpus, values.region);
        if (values['set-mode']) {
          await setSetting(corpus.store.db, region.id, MODE_KEY, values['set-mode']);
          await write(`已把${region.full_name}的汇总口径设为 ${values['set-mode']}（${AGGREGATION_MODES[values['set-mode'] as keyof typeof AGGREGATION_MODES].label}）。\n`);
          if (!values.year) return 0;
        }
        const year = requireYear(values.year);
        const mode = values.mode as keyof typeof AGGREGATION_MODES | undefined;
        const agg = await aggregate(corpus, region, year, { ...(mode ? { mode } : {}), ...(values.rank ? { rankPath: values.rank } : {}), rankLimit: Number(values.top ?? 20) });
        if (values.json) {
          await write(JSON.stringify({ region: { id: region.id, name: region.full_name }, year, mode: agg.mode, modeSource: agg.modeSource, reports: agg.reports, cells: agg.cells, ranking: agg.ranking, outcomes: agg.outcomes, warnings: agg.warnings }) + '\n');
          return 0;
        }
        const out: string[] = [];
        out.push(`${region.full_name} ${year} 年度汇总（${agg.reports} 份报告）`);
        out.push(`汇总口径：${agg.mode}，${AGGREGATION_MODES[agg.mode].label}（${agg.modeSource}）。${AGGREGATION_MODES[agg.mode].assumption}。`);
        for (const w of agg.warnings) out.push(`注意：${w}`);
        if (agg.reports === 0) {
          out.push('', '该地区该年度没有可汇总的报告。');
          await write(out.join('\n') + '\n');
          return 0;
        }
        const total = agg.cells.find((c) => c.path === 'table3.total.total')?.sum;
        out.push('', `办理结果构成（表三各结果行总计列，共 ${total ?? '—'} 件）：`);
        for (const o of agg.outcomes) out.push(`  ${o.label}  ${o.count}${o.share === null ? '' : `（${(o.share * 100).toFixed(1)}%）`}`);
        out.push('', `排名：${agg.ranking.name}（样本 ${agg.reports} 个单位）`);
        for (const r of agg.ranking.rows) out.push(`  ${String(r.rank).padStart(3)}. ${r.unitName}（${KIND_LABELS[r.kind as UnitKind] ?? r.kind}）  ${r.value}`);
        out.push('', '各单元格合计（填报单位数）：');
        for (const c of agg.cells) if (c.sum !== 0) out.push(`  ${c.name}  ${c.sum}（${c.n}）`);
        out.push(`  其余 ${agg.cells.filter((c) => c.sum === 0).length} 个单元格合计为 0。`);
        await write(out.join('\n') + '\n');
        return 0;
      });
    }),
};
