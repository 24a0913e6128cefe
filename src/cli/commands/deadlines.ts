/** `gongkai deadlines`: show or set the publication deadlines of a region (inherited by its subtree). */
import { parseArgs } from 'node:util';
import { deadlineFor, deadlineKey, lineageSettings, validMonthDay } from '../../corpus/deadlines.js';
import { KIND_LABELS, parseKind } from '../../corpus/units/normalize.js';
import { setSetting } from '../../store/regions.js';
import type { UnitKind } from '../../store/schema.js';
import { write, type Command } from '../command.js';
import { requireRegion } from './corpus-args.js';
import { DB_OPTION, DB_USAGE, guard, UserError, withCorpus } from './corpus-db.js';

export const deadlinesCommand: Command = {
  name: 'deadlines',
  summary: '查看或设定某地区年度报告的公布期限（部门、政府、乡镇）',
  usage: `用法：gongkai deadlines --region 地区 [--kind 部门|政府|乡镇 --date 月-日 | --clear]

  法定期限：县级以上政府部门为次年 1 月 31 日，政府为次年 3 月 31 日（条例第四十九条）；
  乡镇、街道无全国统一期限，默认同政府。地方另有规定的，可为地区设定，下级地区沿用。
  --kind 类别      部门、政府 或 乡镇
  --date 月-日     如 01-20（次年的月、日）
  --clear          取消该地区对这一类别的设定
${DB_USAGE}
`,
  run: (argv) =>
    guard(async () => {
      const { values } = parseArgs({ args: argv, options: { ...DB_OPTION, region: { type: 'string' }, kind: { type: 'string' }, date: { type: 'string' }, clear: { type: 'boolean' } } });
      return withCorpus(values.db, async (corpus) => {
        const region = requireRegion(corpus, values.region);
        if (values.date || values.clear) {
          const kind = values.kind ? parseKind(values.kind) : null;
          if (!kind) throw new UserError('请用 --kind 给出类别：部门、政府 或 乡镇。');
          if (values.date && !validMonthDay(values.date)) throw new UserError('--date 应写成 月-日，如 01-31。');
          await setSetting(corpus.store.db, region.id, deadlineKey(kind), values.clear ? null : values.date!);
        }
        const lineage = corpus.regions.lineage(region.id);
        const settings = await lineageSettings(corpus.store.db, lineage);
        const year = new Date().getFullYear() - 1;
        await write(`${region.full_name}的年度报告公布期限（以 ${year} 年度报告为例）：\n`);
        for (const kind of ['department', 'government', 'township'] as UnitKind[]) {
          const d = deadlineFor(kind, lineage, settings, year);
          await write(`  ${KIND_LABELS[kind]}：${d.date}（${d.source}）\n`);
        }
        return 0;
      });
    }),
};
