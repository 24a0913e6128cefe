/** The web client (index.html and its modules from src/web/static) and ECharts from node_modules, served without any CDN. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../deps.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/** src/web/static from src/server/http (tests) or from dist/server/http (npm start): the client is plain ES modules, not compiled. */
export function defaultStaticDir(): string {
  const candidates = [new URL('../../web/static/', import.meta.url), new URL('../../../src/web/static/', import.meta.url)].map((u) => fileURLToPath(u));
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0]!;
}

export function echartsPath(): string {
  return createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');
}

export function mountStatic(app: Hono<AppEnv>, staticDir: string): void {
  const root = path.resolve(staticDir);
  const cache = new Map<string, { body: Uint8Array; etag: string }>();
  const load = (file: string) => {
    const stat = statSync(file);
    const key = `${file}:${stat.mtimeMs}:${stat.size}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = { body: readFileSync(file), etag: `"${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}"` };
      cache.set(key, hit);
    }
    return hit;
  };
  const send = (c: Context<AppEnv>, file: string, maxAge: number) => {
    const { body, etag } = load(file);
    const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', ETag: etag, 'Cache-Control': maxAge > 0 ? `public, max-age=${maxAge}` : 'no-cache' };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  };
  app.get('/', (c) => send(c, path.join(root, 'index.html'), 0));
  app.get('/vendor/echarts.min.js', (c) => send(c, echartsPath(), 86_400));
  app.get('/static/*', (c) => {
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path.slice('/static/'.length));
    } catch {
      rel = '';
    }
    const file = path.resolve(root, rel);
    // Nothing outside the static folder, no hidden files, only known types.
    if (!file.startsWith(root + path.sep) || rel.split('/').some((p) => p.startsWith('.')) || !(path.extname(file) in TYPES) || !existsSync(file) || !statSync(file).isFile()) {
      return c.json({ error: { code: 'not-found', message: '没有找到请求的内容。' } }, 404);
    }
    return send(c, file, 0);
  });
}
