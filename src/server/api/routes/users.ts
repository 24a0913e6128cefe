/** Accounts (administrators only): list, create, change role and scope, disable, reset a password; and the audit log. */
import type { Context } from 'hono';
import { getUnit } from '../../../store/units.js';
import { listAudit } from '../../../store/web-audit.js';
import { deleteUserSessions } from '../../../store/web-sessions.js';
import { webDb, type Role, type UserRow } from '../../../store/web-schema.js';
import { insertUser, listUsers, updateUser, userById, userByName } from '../../../store/web-users.js';
import { ROLE_LABELS } from '../../auth/access.js';
import { acceptablePassword, generatePassword, hashPassword } from '../../auth/passwords.js';
import { AUDIT_ACTIONS, audit } from '../../audit.js';
import type { AppEnv } from '../../deps.js';
import { ApiError } from '../../errors.js';
import { bodyInt, bodyString, idParam, jsonBody, queryInt, queryText } from '../params.js';
import { defineRoutes } from '../route.js';
import { arrayOf, S } from '../schemas.js';

const ROLES: Role[] = ['admin', 'reviewer', 'clerk'];

/** Role with its scope, checked against the corpus: a reviewer needs a region, a clerk a unit. */
async function roleAndScope(c: Context<AppEnv>, body: Record<string, unknown>, current?: UserRow) {
  const roleText = bodyString(body, 'role') ?? current?.role;
  if (!roleText || !ROLES.includes(roleText as Role)) throw new ApiError('invalid-role', '角色应为 admin（管理员）、reviewer（审核人员）或 clerk（单位填报人员）。');
  const role = roleText as Role;
  const { corpus } = c.var.deps;
  let regionId: string | null = null;
  let unitId: number | null = null;
  if (role === 'reviewer') {
    regionId = bodyString(body, 'regionId') ?? current?.region_id ?? null;
    if (!regionId || !corpus.regions.get(regionId)) throw new ApiError('invalid-role', '审核人员须指定一个存在的地区。');
  }
  if (role === 'clerk') {
    unitId = bodyInt(body, 'unitId', { min: 1, max: 1e9 }) ?? current?.unit_id ?? null;
    if (unitId === null || !(await getUnit(corpus.store.db, unitId))) throw new ApiError('invalid-role', '单位填报人员须指定一个存在的单位。');
  }
  return { role, regionId, unitId };
}

export const userRoutes = defineRoutes([
  {
    method: 'get',
    path: '/api/users',
    tag: '用户与审计',
    summary: '用户列表',
    access: 'admin',
    response: { contentType: 'application/json', schema: { type: 'object', properties: { items: arrayOf(S.ref('User')), roles: { type: 'object' } } }, description: '全部用户' },
    handler: async (c) => {
      const rows = await listUsers(webDb(c.var.deps.corpus.store.db));
      return c.json({
        roles: ROLE_LABELS,
        items: rows.map((u) => ({ id: u.id, username: u.username, displayName: u.display_name, role: u.role, roleLabel: ROLE_LABELS[u.role], regionId: u.region_id, regionName: u.region_name, unitId: u.unit_id, unitName: u.unit_name, active: u.active === 1, mustChangePassword: u.must_change_password === 1, createdAt: u.created_at })),
      });
    },
  },
  {
    method: 'post',
    path: '/api/users',
    tag: '用户与审计',
    summary: '新建用户',
    description: '不给 password 时生成一个初始密码，只在此响应中出现一次；用户首次登录后须修改。',
    access: 'admin',
    body: {
      contentType: 'application/json',
      schema: { type: 'object', required: ['username', 'role'], properties: { username: S.str, displayName: S.str, role: { type: 'string', enum: ROLES }, regionId: S.str, unitId: S.int, password: S.str } },
    },
    response: { contentType: 'application/json', schema: { type: 'object', properties: { id: S.int, initialPassword: { type: 'string', nullable: true } } }, description: '已新建' },
    errors: ['username-taken', 'weak-password', 'invalid-role'],
    handler: async (c) => {
      const body = await jsonBody(c);
      const username = bodyString(body, 'username', { required: true, max: 64 })!.trim();
      if (!/^[\p{L}\p{N}_.@-]{2,64}$/u.test(username)) throw new ApiError('invalid-parameter', '用户名只能包含文字、数字和 _ . @ -，2 到 64 个字。');
      const { deps } = c.var;
      const db = webDb(deps.corpus.store.db);
      if (await userByName(db, username)) throw new ApiError('username-taken');
      const scope = await roleAndScope(c, body);
      const given = bodyString(body, 'password');
      if (given !== undefined && !acceptablePassword(given, username)) throw new ApiError('weak-password');
      const password = given ?? generatePassword();
      const now = deps.clock().toISOString();
      const id = await insertUser(db, {
        username,
        display_name: bodyString(body, 'displayName', { max: 64 }) ?? username,
        password_hash: await hashPassword(password, deps.scrypt),
        role: scope.role,
        region_id: scope.regionId,
        unit_id: scope.unitId,
        active: 1,
        must_change_password: given === undefined ? 1 : 0,
        created_at: now,
        updated_at: now,
      });
      await audit(c, 'user-create', username, { role: scope.role, regionId: scope.regionId, unitId: scope.unitId });
      return c.json({ id, initialPassword: given === undefined ? password : null }, 201);
    },
  },
  {
    method: 'patch',
    path: '/api/users/:id',
    tag: '用户与审计',
    summary: '修改用户（角色、范围、停用、重置密码）',
    description: 'resetPassword 为 true 时生成新的初始密码（只在此响应中出现一次），该用户的登录全部失效。',
    access: 'admin',
    params: [{ name: 'id', in: 'path', required: true, description: '用户编号', schema: S.int }],
    body: { contentType: 'application/json', schema: { type: 'object', properties: { displayName: S.str, role: S.str, regionId: S.str, unitId: S.int, active: { type: 'boolean' }, resetPassword: { type: 'boolean' } } } },
    response: { contentType: 'application/json', schema: { type: 'object', properties: { ok: { type: 'boolean' }, initialPassword: { type: 'string', nullable: true } } }, description: '已修改' },
    errors: ['user-not-found', 'invalid-role'],
    handler: async (c) => {
      const id = idParam(c);
      const body = await jsonBody(c);
      const { deps } = c.var;
      const db = webDb(deps.corpus.store.db);
      const user = await userById(db, id);
      if (!user) throw new ApiError('user-not-found');
      const set: Partial<UserRow> = { updated_at: deps.clock().toISOString() };
      const name = bodyString(body, 'displayName', { max: 64 });
      if (name) set.display_name = name;
      if (body.role !== undefined || body.regionId !== undefined || body.unitId !== undefined) {
        const scope = await roleAndScope(c, body, user);
        Object.assign(set, { role: scope.role, region_id: scope.regionId, unit_id: scope.unitId });
      }
      if (body.active !== undefined) {
        if (typeof body.active !== 'boolean') throw new ApiError('invalid-parameter', 'active 应为 true 或 false。');
        if (!body.active && user.id === c.var.user!.id) throw new ApiError('invalid-parameter', '不能停用自己的账号。');
        set.active = body.active ? 1 : 0;
      }
      let initialPassword: string | null = null;
      if (body.resetPassword === true) {
        initialPassword = generatePassword();
        set.password_hash = await hashPassword(initialPassword, deps.scrypt);
        set.must_change_password = 1;
      }
      await updateUser(db, id, set);
      if (set.active === 0 || initialPassword || set.role !== undefined) await deleteUserSessions(db, id);
      await audit(c, 'user-update', user.username, { ...body, resetPassword: body.resetPassword === true });
      return c.json({ ok: true, initialPassword });
    },
  },
  {
    method: 'get',
    path: '/api/audit',
    tag: '用户与审计',
    summary: '审计日志（新的在前）',
    access: 'admin',
    params: [
      { name: 'before', in: 'query', description: '只列出编号小于此值的记录（翻页）', schema: S.int },
      { name: 'limit', in: 'query', description: '条数（最多 500）', schema: S.int },
      { name: 'action', in: 'query', description: '操作类型', schema: S.str },
      { name: 'username', in: 'query', description: '用户名', schema: S.str },
    ],
    response: { contentType: 'application/json', description: '审计记录', schema: { type: 'object', properties: { items: arrayOf({ type: 'object' }), actions: { type: 'object' } } } },
    handler: async (c) => {
      const before = queryInt(c, 'before', { min: 1, max: 1e12 });
      const rows = await listAudit(webDb(c.var.deps.corpus.store.db), {
        limit: queryInt(c, 'limit', { min: 1, max: 500 }) ?? 100,
        ...(before !== undefined ? { before } : {}),
        ...(queryText(c, 'action') ? { action: queryText(c, 'action')! } : {}),
        ...(queryText(c, 'username') ? { username: queryText(c, 'username')! } : {}),
      });
      return c.json({ actions: AUDIT_ACTIONS, items: rows.map((r) => ({ ...r, actionLabel: AUDIT_ACTIONS[r.action] ?? r.action, detail: r.detail ? JSON.parse(r.detail) : null })) });
    },
  },
]);
