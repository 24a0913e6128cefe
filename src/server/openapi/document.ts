/** The OpenAPI 3.0 document of the REST API, built from the route declarations and the error catalogue. */
import { ERRORS } from '../errors.js';
import { openApiPath, type RouteSpec } from '../api/route.js';
import { SCHEMAS } from '../api/schemas.js';

const ACCESS: Record<RouteSpec['access'], string> = { public: '无需登录', user: '已登录的用户（按角色限定范围）', reviewer: '管理员、审核人员（限本人地区）', admin: '管理员' };

export function openApiDocument(routes: readonly RouteSpec[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const errorCodes = [...new Set([...(r.access === 'public' ? [] : (['unauthenticated'] as const)), ...(r.method !== 'get' ? (['csrf-failed'] as const) : []), ...(r.errors ?? []), 'internal-error' as const])];
    const byStatus = new Map<number, (keyof typeof ERRORS)[]>();
    for (const code of errorCodes) byStatus.set(ERRORS[code].status, [...(byStatus.get(ERRORS[code].status) ?? []), code]);
    const responses: Record<string, unknown> = {
      [r.method === 'post' && /\/api\/(uploads|users)$/.test(r.path) ? '201' : '200']: {
        description: r.response.description,
        content: { [r.response.contentType]: { schema: r.response.schema ?? { type: 'string', format: 'binary' } } },
      },
    };
    for (const [status, codes] of byStatus) {
      responses[String(status)] = { description: codes.map((code) => `${code}：${ERRORS[code].message}`).join('；'), content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    const operation: Record<string, unknown> = {
      tags: [r.tag],
      summary: r.summary,
      description: `${r.description ? `${r.description}\n\n` : ''}权限：${ACCESS[r.access]}。`,
      operationId: `${r.method}${openApiPath(r.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ? ch.toUpperCase() : ''))}`,
      parameters: (r.params ?? []).map((p) => ({ name: p.name, in: p.in, required: p.in === 'path' ? true : (p.required ?? false), description: p.description, schema: p.schema })),
      responses,
      ...(r.access === 'public' ? { security: [] } : {}),
      'x-access': r.access,
    };
    if (r.method !== 'get' && r.access !== 'public') (operation.parameters as unknown[]).push({ name: 'X-CSRF-Token', in: 'header', required: true, description: '登录时得到的 CSRF 令牌', schema: { type: 'string' } });
    if (r.body) operation.requestBody = { required: true, content: { [r.body.contentType]: { schema: r.body.schema } } };
    (paths[openApiPath(r.path)] ??= {})[r.method] = operation;
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Gongkai 公开 — 政府信息公开工作年度报告 REST API',
      version,
      description:
        '网页应用只使用这些接口。登录后，会话保存在 HttpOnly Cookie（gk_session）中；修改数据的请求须在请求头 X-CSRF-Token 中带上登录时返回的令牌。' +
        '出错时返回 JSON：{"error":{"code":"稳定的错误代码","message":"中文说明"}}。报告对象的格式见 gongkai/report@1。',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gk_session' } },
    },
    security: [{ session: [] }],
    'x-error-codes': Object.fromEntries(Object.entries(ERRORS).map(([code, e]) => [code, { status: e.status, message: e.message }])),
  };
}
