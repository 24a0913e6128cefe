/** Signing in and out, the current session, and changing one's own password. */
import { userByName, updateUser } from '../../../store/web-users.js';
import { deleteUserSessions } from '../../../store/web-sessions.js';
import { webDb } from '../../../store/web-schema.js';
import { requireUser } from '../../auth/access.js';
import { acceptablePassword, dummyHash, hashPassword, verifyPassword } from '../../auth/passwords.js';
import { endSession, startSession } from '../../auth/sessions.js';
import { audit, clientIp } from '../../audit.js';
import { ApiError } from '../../errors.js';
import { bodyString, jsonBody } from '../params.js';
import { defineRoutes } from '../route.js';
import { S } from '../schemas.js';
import { userView } from '../user-view.js';
import type { Throttle } from '../../auth/throttle.js';

export const authRoutes = (throttle: Throttle) =>
  defineRoutes([
    {
      method: 'post',
      path: '/api/auth/login',
      tag: '账号',
      summary: '登录',
      description: '成功后设置 HttpOnly 会话 Cookie，并返回之后修改数据时要带上的 CSRF 令牌。连续失败 5 次后须等待 5 分钟。',
      access: 'public',
      body: { contentType: 'application/json', schema: { type: 'object', required: ['username', 'password'], properties: { username: S.str, password: S.str } } },
      response: { contentType: 'application/json', schema: S.ref('Session'), description: '已登录' },
      errors: ['invalid-credentials', 'login-throttled', 'invalid-json'],
      handler: async (c) => {
        const body = await jsonBody(c);
        const username = bodyString(body, 'username', { required: true, max: 64 })!.trim();
        const password = bodyString(body, 'password', { required: true, max: 200 })!;
        const { deps } = c.var;
        const now = deps.clock().getTime();
        const keys = [`user:${username.toLowerCase()}`, ...(clientIp(c) ? [`ip:${clientIp(c)}`] : [])];
        if (!throttle.allowed(keys, now)) throw new ApiError('login-throttled');
        const user = await userByName(webDb(deps.corpus.store.db), username);
        // The same scrypt work whether or not the user exists: timing does not tell which names are accounts.
        const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash(deps.scrypt)));
        if (!user || !ok || user.active !== 1) {
          throttle.failed(keys, now);
          await audit(c, 'login-failed', username, undefined, { id: user?.id ?? null, username });
          throw new ApiError('invalid-credentials');
        }
        throttle.succeeded(keys);
        const session = await startSession(c, user);
        c.set('user', user);
        await audit(c, 'login', user.username);
        return c.json({ user: userView(deps.corpus, user), csrfToken: session.csrf_token });
      },
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      tag: '账号',
      summary: '退出登录',
      access: 'user',
      beforePasswordChange: true,
      response: { contentType: 'application/json', schema: S.ok, description: '已退出' },
      handler: async (c) => {
        await audit(c, 'logout', c.var.user?.username ?? null);
        await endSession(c);
        return c.json({ ok: true });
      },
    },
    {
      method: 'get',
      path: '/api/auth/me',
      tag: '账号',
      summary: '当前登录的用户和 CSRF 令牌',
      access: 'user',
      beforePasswordChange: true,
      response: { contentType: 'application/json', schema: S.ref('Session'), description: '当前会话' },
      errors: ['unauthenticated'],
      handler: (c) => c.json({ user: userView(c.var.deps.corpus, requireUser(c)), csrfToken: c.var.session!.csrf_token }),
    },
    {
      method: 'post',
      path: '/api/auth/password',
      tag: '账号',
      summary: '修改自己的密码',
      description: '新密码至少 10 位。修改后，本人在其他地方的登录全部失效。',
      access: 'user',
      beforePasswordChange: true,
      body: { contentType: 'application/json', schema: { type: 'object', required: ['oldPassword', 'newPassword'], properties: { oldPassword: S.str, newPassword: S.str } } },
      response: { contentType: 'application/json', schema: S.ok, description: '已修改' },
      errors: ['wrong-password', 'weak-password'],
      handler: async (c) => {
        const user = requireUser(c);
        const body = await jsonBody(c);
        const oldPassword = bodyString(body, 'oldPassword', { required: true })!;
        const newPassword = bodyString(body, 'newPassword', { required: true })!;
        const { deps } = c.var;
        if (!(await verifyPassword(oldPassword, user.password_hash))) throw new ApiError('wrong-password');
        if (!acceptablePassword(newPassword, user.username) || newPassword === oldPassword) throw new ApiError('weak-password');
        const db = webDb(deps.corpus.store.db);
        await updateUser(db, user.id, { password_hash: await hashPassword(newPassword, deps.scrypt), must_change_password: 0, updated_at: deps.clock().toISOString() });
        await deleteUserSessions(db, user.id, c.var.session!.token_hash);
        await audit(c, 'password-change', user.username);
        return c.json({ ok: true });
      },
    },
  ]);
