/** Writes the audit log from a request: who (the signed-in user, or the name tried at login), what, on what, from where. */
import type { Context } from 'hono';
import { appendAudit } from '../store/web-audit.js';
import { webDb } from '../store/web-schema.js';
import type { AppEnv } from './deps.js';

export const AUDIT_ACTIONS: Record<string, string> = {
  login: '登录',
  'login-failed': '登录失败',
  logout: '退出',
  'password-change': '修改密码',
  'user-create': '新建用户',
  'user-update': '修改用户',
  upload: '上传文件',
  correction: '更正报告',
  export: '导出',
  'first-run': '首次启动',
};

export function clientIp(c: Context<AppEnv>): string | null {
  // @hono/node-server puts the Node request on c.env; app.request() in tests has none.
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}

export async function audit(c: Context<AppEnv>, action: keyof typeof AUDIT_ACTIONS, target: string | null, detail?: Record<string, unknown>, who?: { id: number | null; username: string | null }): Promise<void> {
  const user = c.var.user;
  await appendAudit(webDb(c.var.deps.corpus.store.db), {
    at: c.var.deps.clock().toISOString(),
    user_id: who ? who.id : (user?.id ?? null),
    username: who ? who.username : (user?.username ?? null),
    action,
    target,
    detail: detail ? JSON.stringify(detail) : null,
    ip: clientIp(c),
  });
}
