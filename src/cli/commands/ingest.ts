/** `gongkai ingest PATH...`: store and check reports from files, folders and zip archives. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { workerParser } from '../../corpus/ingest/parser.js';
import { ingest } from '../../corpus/ingest/pipeline.js';
import { createProgress } from '../../corpus/ingest/progress.js';
import { collectSources } from '../../corpus/ingest/sources.js';
import { formatIngestSummary } from '../../corpus/ingest/summary.js';
import { PARSER_VERSION } from '../../corpus/version.js';
import { write, type Command } from '../command.js';
import { DB_OPTION, DB_USAGE, guard, UserError, withCorpus } from './corpus-db.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: '把报告（文件、文件夹、zip 压缩包）存入报告库并检查',
  usage: `用法：gongkai ingest [选项] 路径…

  路径可以是文件、文件夹（递归读取）或 .zip 压缩包。每个文件按 sha256 保存原件；
  同样内容的文件再次入库不会改变任何东西，并会说明“已入库”。
  读取在多个线程中并行进行；进度显示在标准错误输出上；最后输出中文汇总。

${DB_USAGE}
  --jobs N         并行读取的线程数（默认为 CPU 核数，最多 8）
  --no-new-units   报告的机关与单位名录都不匹配时，不自动新建单位，交人工确认
`,
  run: (argv) =>
    guard(async () => {
      const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB_OPTION, jobs: { type: 'string' }, 'no-new-units': { type: 'boolean' } } });
      if (positionals.length === 0) throw new UserError(`请给出要入库的文件或文件夹。\n\n${ingestCommand.usage}`);
      const jobs = values.jobs === undefined ? Math.min(8, availableParallelism()) : Number(values.jobs);
      if (!Number.isInteger(jobs) || jobs < 1) throw new UserError('--jobs 应为正整数。');
      const { sources, unreadable } = await collectSources(positionals);
      const parser = workerParser(jobs);
      try {
        const summary = await withCorpus(values.db, (corpus) =>
          ingest(corpus, sources, unreadable, { parser, parserVersion: PARSER_VERSION, autoCreateUnits: !values['no-new-units'], progress: createProgress(process.stderr) }),
        );
        await write(formatIngestSummary(summary));
        return 0;
      } finally {
        await parser.close();
      }
    }),
};
