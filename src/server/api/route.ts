/**
 * One declaration per API route: its method and path, who may call it, and its documentation.
 * The same list registers the Hono handlers and builds /openapi.json, so the document cannot
 * leave out a route (test/server/openapi.test.ts checks the two against each other).
 */
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { ApiError, type ErrorCode } from '../errors.js';
import { requireRole, requireUser } from '../auth/access.js';

export type Schema = Record<string, unknown>;

/** public: anyone; user: signed in; reviewer: administrators and reviewers; admin: administrators. */
export type Access = 'public' | 'user' | 'reviewer' | 'admin';

export interface ParamDoc {
  name: string;
  in: 'path' | 'query' | 'header';
  description: string;
  required?: boolean;
  schema: Schema;
}

export interface RouteSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Hono syntax: /api/reports/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  params?: ParamDoc[];
  body?: { contentType: string; schema: Schema; description?: string };
  response: { contentType: string; schema?: Schema; description: string };
  errors?: ErrorCode[];
  /** Allowed while the user still has to change a generated password. */
  beforePasswordChange?: boolean;
  handler: (c: Context<AppEnv>) => Promise<Response> | Response;
}

export const defineRoutes = (routes: RouteSpec[]): RouteSpec[] => routes;

export function enforceAccess(c: Context<AppEnv>, spec: Pick<RouteSpec, 'access' | 'beforePasswordChange'>): void {
  if (spec.access === 'public') return;
  const user = spec.access === 'admin' ? requireRole(c, 'admin') : spec.access === 'reviewer' ? requireRole(c, 'admin', 'reviewer') : requireUser(c);
  if (user.must_change_password === 1 && !spec.beforePasswordChange) throw new ApiError('password-change-required');
}

export function mountRoutes(app: Hono<AppEnv>, routes: readonly RouteSpec[]): void {
  for (const spec of routes) {
    app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      enforceAccess(c, spec);
      return spec.handler(c);
    });
  }
}

/** /api/reports/:id → /api/reports/{id} */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
