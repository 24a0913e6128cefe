/** Shared by the corpus commands: the --db option, opening the corpus, and closing it whatever happens. */
import { openCorpus, type Corpus } from '../../corpus/context.js';
import { openStore, resolveDbTarget } from '../../store/open.js';

export const DB_USAGE = `  --db 数据库      SQLite 文件路径或 postgres:// 地址（默认取环境变量 GONGKAI_DB，再默认 ./gongkai.db）
                   PostgreSQL 地址可带 ?schema=名称，在指定模式中建表`;

export const DB_OPTION = { db: { type: 'string' } } as const;

/** Opens the corpus (creating and upgrading the database as needed), runs `work`, and closes it. */
export async function withCorpus<T>(db: string | undefined, work: (corpus: Corpus) => Promise<T>): Promise<T> {
  const target = resolveDbTarget(db);
  let store;
  try {
    store = await openStore(target);
  } catch (error) {
    throw new UserError(`无法打开数据库 ${target}：${(error as Error).message}`);
  }
  try {
    return await work(await openCorpus(store));
  } finally {
    await store.close();
  }
}

/** An error whose message is meant for the user as it stands (no stack). */
export class UserError extends Error {}

/** Runs a command body, printing a UserError as a message with exit code 2. */
export async function guard(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UserError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
