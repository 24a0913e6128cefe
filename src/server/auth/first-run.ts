/**
 * The first administrator: created when there is no account at all. Its password comes from
 * GONGKAI_ADMIN_PASSWORD, or is generated and printed once on the console (and must be changed at
 * the first sign-in). Nothing is printed on later starts.
 */
import { appendAudit } from '../../store/web-audit.js';
import { webDb } from '../../store/web-schema.js';
import { countUsers, insertUser } from '../../store/web-users.js';
import type { Corpus } from '../../corpus/context.js';
import { acceptablePassword, generatePassword, hashPassword, type ScryptCost } from './passwords.js';

export interface FirstRun {
  username: string;
  /** The generated password (null when it came from the environment). */
  generated: string | null;
}

export async function ensureAdministrator(corpus: Corpus, env: NodeJS.ProcessEnv, cost: ScryptCost, now: Date): Promise<FirstRun | null> {
  const db = webDb(corpus.store.db);
  if ((await countUsers(db)) > 0) return null;
  const username = (env.GONGKAI_ADMIN_USER ?? 'admin').trim() || 'admin';
  const given = env.GONGKAI_ADMIN_PASSWORD;
  if (given !== undefined && !acceptablePassword(given, username)) {
    throw new Error('环境变量 GONGKAI_ADMIN_PASSWORD 设置的密码太短：至少 10 位，且不能与用户名相同。');
  }
  const password = given ?? generatePassword();
  const at = now.toISOString();
  const id = await insertUser(db, {
    username,
    display_name: '系统管理员',
    password_hash: await hashPassword(password, cost),
    role: 'admin',
    region_id: null,
    unit_id: null,
    active: 1,
    must_change_password: given === undefined ? 1 : 0,
    created_at: at,
    updated_at: at,
  });
  await appendAudit(db, { at, user_id: id, username, action: 'first-run', target: username, detail: JSON.stringify({ passwordFrom: given === undefined ? 'generated' : 'GONGKAI_ADMIN_PASSWORD' }), ip: null });
  return { username, generated: given === undefined ? password : null };
}

export function firstRunMessage(first: FirstRun): string {
  if (first.generated === null) return `已创建管理员账号 ${first.username}，密码为环境变量 GONGKAI_ADMIN_PASSWORD 的值。\n`;
  const line = '═'.repeat(56);
  return [
    line,
    ' 首次启动：已创建管理员账号',
    `   用户名：${first.username}`,
    `   初始密码：${first.generated}`,
    ' 这个密码只显示这一次，请立即记下；首次登录后须修改密码。',
    ' （也可以在首次启动前设置环境变量 GONGKAI_ADMIN_PASSWORD 指定密码。）',
    line,
    '',
  ].join('\n');
}
