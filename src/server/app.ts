/**
 * The web app and REST API as a Hono app built from its dependencies: tests call app.request()
 * with a temporary database, the node entry (node.ts) serves it. Order of the middleware:
 * security headers, the session, CSRF on state-changing requests, then the routes; every error
 * becomes JSON with a stable code and a Chinese message, and nothing a client sends brings the
 * server down.
 */
import '../readers/register.js';
import { Hono } from 'hono';
import { allRoutes } from './api/routes/index.js';
import { mountRoutes } from './api/route.js';
import { checkCsrfToken, checkOrigin, isSafeMethod } from './auth/csrf.js';
import { loadSession } from './auth/sessions.js';
import { createThrottle } from './auth/throttle.js';
import type { AppDeps, AppEnv } from './deps.js';
import { ApiError, errorBody } from './errors.js';
import { securityHeaders } from './http/security-headers.js';
import { defaultStaticDir, mountStatic } from './http/static.js';
import { openApiDocument } from './openapi/document.js';
import { apiDocsPage } from './openapi/page.js';
import { createSourceCache } from './source-cache.js';
import { createMutex } from './upload/mutex.js';

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const routes = allRoutes({ throttle: createThrottle(), cache: createSourceCache(), mutex: createMutex(), version: deps.parserVersion });
  const document = openApiDocument(routes, deps.parserVersion);
  const docsPage = apiDocsPage(document);

  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('user', null);
    c.set('session', null);
    c.set('regionPath', null);
    if (c.req.path.startsWith('/api/')) {
      const found = await loadSession(c);
      if (found) {
        c.set('user', found.user);
        c.set('session', found.session);
        if (found.user.role === 'reviewer') c.set('regionPath', deps.corpus.regions.get(found.user.region_id)?.path ?? null);
      }
      if (!isSafeMethod(c.req.method)) {
        checkOrigin(c);
        // Signing in is the one change made without a session; its Origin check and SameSite cookies guard it.
        if (c.req.path !== '/api/auth/login') {
          if (!found) throw new ApiError('unauthenticated');
          checkCsrfToken(c);
        }
      }
    }
    await next();
  });

  mountRoutes(app, routes);
  app.get('/openapi.json', (c) => c.json(document));
  app.get('/api/docs', (c) => c.html(docsPage));
  mountStatic(app, deps.staticDir ?? defaultStaticDir());

  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json(errorBody('not-found'), 404) : c.json(errorBody('not-found'), 404)));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message, error.details), error.status as 400);
    // Hono's own HTTP errors (a malformed request it refused) keep their status.
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return c.json(errorBody('bad-request'), status as 400);
    deps.log(`内部错误 ${c.req.method} ${c.req.path}：${error.stack ?? error.message}`);
    return c.json(errorBody('internal-error'), 500);
  });
  return app;
}
