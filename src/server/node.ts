/**
 * The node entry of the web app: opens the corpus database (GONGKAI_DB / --db, default
 * ./gongkai.db), brings the web tables up to date, creates the first administrator, loads the
 * demo data into an empty database, and serves on PORT (default 3000).
 */
import { availableParallelism } from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import { openCorpus } from '../corpus/context.js';
import { inlineParser, workerParser, type ReportParser } from '../corpus/ingest/parser.js';
import { PARSER_VERSION } from '../corpus/version.js';
import { openStore, resolveDbTarget } from '../store/open.js';
import { migrateWebTables } from '../store/web-migrations.js';
import { deleteExpiredSessions } from '../store/web-sessions.js';
import { webDb } from '../store/web-schema.js';
import { createApp } from './app.js';
import { ensureAdministrator, firstRunMessage } from './auth/first-run.js';
import { DEFAULT_SCRYPT } from './auth/passwords.js';
import { DEFAULT_LIMITS, type AppDeps } from './deps.js';
import { loadDemoIfEmpty } from './demo/load-demo.js';

export interface ServerOptions {
  db?: string;
  port: number;
  host: string;
  demo: boolean;
  env?: NodeJS.ProcessEnv;
  /** Console output (the first-run password goes here, once). */
  print?: (text: string) => void;
  /** Overrides for tests and the bench. */
  deps?: Partial<AppDeps>;
}

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Worker threads when running the compiled code (their script is dist/corpus/ingest/parse-worker.js); in-thread otherwise. */
function defaultParser(): ReportParser {
  return import.meta.url.endsWith('.js') ? workerParser(Math.max(1, Math.min(4, availableParallelism() - 1))) : inlineParser();
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const print = options.print ?? ((text: string) => process.stdout.write(text));
  const env = options.env ?? process.env;
  const target = resolveDbTarget(options.db, env);
  const store = await openStore(target);
  await migrateWebTables(store.db, store.dialect);
  const corpus = await openCorpus(store);
  const parser = options.deps?.parser ?? defaultParser();
  const clock = options.deps?.clock ?? (() => new Date());
  const deps: AppDeps = {
    corpus,
    parser,
    parserVersion: PARSER_VERSION,
    clock,
    limits: DEFAULT_LIMITS,
    scrypt: DEFAULT_SCRYPT,
    log: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
    ...options.deps,
  };

  const first = await ensureAdministrator(corpus, env, deps.scrypt, clock());
  if (first) print(firstRunMessage(first));
  if (options.demo) {
    const before = Date.now();
    const demo = await loadDemoIfEmpty(corpus, parser, deps.parserVersion);
    if (demo) print(`已载入示例数据：样例报告 ${demo.samples} 份，示范市报告 ${demo.demoReports} 份（用时 ${((Date.now() - before) / 1000).toFixed(1)} 秒）。\n`);
  }
  await deleteExpiredSessions(webDb(store.db), clock().toISOString());

  const app = createApp(deps);
  let server: ServerType;
  try {
    server = await new Promise((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    // The port is taken (or not ours to use): leave nothing open behind.
    if (!options.deps?.parser) await parser.close();
    await store.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    port,
    url: `http://${shown}:${port}/`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.deps?.parser) await parser.close();
      await store.close();
    },
  };
}
