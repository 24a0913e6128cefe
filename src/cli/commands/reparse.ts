/** `gongkai reparse`: read the stored originals again after an upgrade of the readers. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { workerParser } from '../../corpus/ingest/parser.js';
import { createProgress } from '../../corpus/ingest/progress.js';
import { reparse } from '../../corpus/reparse.js';
import { PARSER_VERSION } from '../../corpus/version.js';
import { write, type Command } from '../command.js';
import { DB_OPTION, DB_USAGE, guard, withCorpus } from './corpus-db.js';

export const reparseCommand: Command = {
  name: 'reparse',
  summary: '用当前版本重新读取库中保存的原件（升级后使用）',
  usage: `用法：gongkai reparse [--all] [--db 数据库]

  重新读取由其他版本读取过的原件（包括以前读取失败的文件），更新报告、问题和跨年度检查。
  当前读取程序版本：${PARSER_VERSION}

${DB_USAGE}
  --all            重新读取全部原件，不论版本
  --no-new-units   不自动新建单位
`,
  run: (argv) =>
    guard(async () => {
      const { values } = parseArgs({ args: argv, options: { ...DB_OPTION, all: { type: 'boolean' }, 'no-new-units': { type: 'boolean' } } });
      const parser = workerParser(Math.min(8, availableParallelism()));
      try {
        const s = await withCorpus(values.db, (corpus) =>
          reparse(corpus, { parser, parserVersion: PARSER_VERSION, all: !!values.all, autoCreateUnits: !values['no-new-units'], progress: createProgress(process.stderr) }),
        );
        await write(
          `重新读取 ${s.reparsed} 个原件（共 ${s.originals} 个；其余已是当前版本 ${PARSER_VERSION}）。` +
            `${s.nowReadable > 0 ? `其中 ${s.nowReadable} 个以前读取失败，现已读出报告；` : ''}${s.nowFailed > 0 ? `${s.nowFailed} 个以前可读，现在读取失败；` : ''}` +
            `目前读取失败 ${s.failures} 个。\n`,
        );
        return 0;
      } finally {
        await parser.close();
      }
    }),
};
