/**
 * Corpus bench: ingest N synthetic reports (reports/second, peak memory) and coverage/aggregate
 * query latency (p95) over M stored reports, on SQLite and PostgreSQL; prints a table with the load
 * average (other work on the machine changes every number here).
 *
 *   npm run build && node dist/bench/corpus.js [--ingest 10000] [--stored 100000] [--dialects sqlite,postgres] [--pg URL]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { parseReport } from '../core/parse.js';
import { openCorpus } from '../corpus/context.js';
import { workerParser } from '../corpus/ingest/parser.js';
import { ingest } from '../corpus/ingest/pipeline.js';
import { collectSources } from '../corpus/ingest/sources.js';
import { openStore, type DialectName, type Store } from '../store/open.js';
import { fillStore } from './corpus-fill.js';
import { timeQueries } from './corpus-queries.js';
import { syntheticReportText } from './corpus-synth.js';

const { values } = parseArgs({
  options: { ingest: { type: 'string', default: '10000' }, stored: { type: 'string', default: '100000' }, dialects: { type: 'string', default: 'sqlite,postgres' }, pg: { type: 'string' }, runs: { type: 'string', default: '40' } },
});
const INGEST = Number(values.ingest);
const STORED = Number(values.stored);
const RUNS = Number(values.runs);
const PG_URL = values.pg ?? process.env.GONGKAI_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const work = mkdtempSync(path.join(tmpdir(), 'gongkai-bench-'));

interface Row {
  dialect: DialectName;
  what: string;
  value: string;
}
const results: Row[] = [];
const log = (text: string) => process.stderr.write(`${text}\n`);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A fresh database: a file, or a PostgreSQL schema dropped at the end. */
async function freshStore(dialect: DialectName, name: string): Promise<{ store: Store; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const file = path.join(work, `${name}.db`);
    return { store: await openStore(file), drop: async () => rmSync(file, { force: true }) };
  }
  const schema = `gk_bench_${name}_${process.pid}`;
  const store = await openStore(PG_URL, { schema, poolSize: 4 });
  return {
    store,
    async drop() {
      const c = new pg.Client(PG_URL);
      await c.connect();
      await c.query(`drop schema if exists "${schema}" cascade`);
      await c.end();
    },
  };
}

async function benchIngest(dialect: DialectName): Promise<void> {
  const dir = path.join(work, 'reports');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < INGEST; i++) writeFileSync(path.join(dir, `${String(i).padStart(6, '0')}.txt`), syntheticReportText(i, 2021 + (i % 3)));
  const { store, drop } = await freshStore(dialect, 'ingest');
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const parser = workerParser(Math.min(8, availableParallelism()));
  try {
    const corpus = await openCorpus(store);
    const { sources, unreadable } = await collectSources([dir]);
    const loadBefore = load();
    const started = performance.now();
    const summary = await ingest(corpus, sources, unreadable, { parser, parserVersion: 'bench', autoCreateUnits: true });
    const seconds = (performance.now() - started) / 1000;
    results.push({
      dialect,
      what: `入库 ${INGEST} 份（${availableParallelism()} 线程读取）`,
      value: `${(summary.added / seconds).toFixed(1)} 份/秒，共 ${seconds.toFixed(1)} 秒，内存峰值 ${(peak / 1048576).toFixed(0)} MB（负载 ${loadBefore} → ${load()}）`,
    });
    const findings = summary.findingsByRule.map((f) => `${f.rule} ${f.count}`).join('，') || '无';
    results.push({ dialect, what: `入库 ${INGEST} 份的问题`, value: findings });
    const again = performance.now();
    const rerun = await ingest(corpus, (await collectSources([dir])).sources, [], { parser, parserVersion: 'bench', autoCreateUnits: true });
    results.push({ dialect, what: `再次入库同样 ${INGEST} 份（全部已存在）`, value: `${((performance.now() - again) / 1000).toFixed(1)} 秒（已存在 ${rerun.already}）` });
  } finally {
    clearInterval(sampler);
    await parser.close();
    await store.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchQueries(dialect: DialectName): Promise<void> {
  const samples = ['suizhou-commerce-2023.txt', 'hotan-commerce-2023.txt', 'luolong-commerce-2023.txt', 'fuyuan-city-2023.txt'];
  const bases = await Promise.all(samples.map(async (f) => (await parseReport(readFileSync(new URL(`../../samples/${f}`, import.meta.url)), f, { check: true })).report));
  const { store, drop } = await freshStore(dialect, 'stored');
  try {
    const started = performance.now();
    await fillStore(store, bases, STORED, log);
    results.push({ dialect, what: `批量写入 ${STORED} 份报告（含长表单元格）`, value: `${((performance.now() - started) / 1000).toFixed(1)} 秒` });
    const loadBefore = load();
    for (const t of await timeQueries(store, RUNS)) {
      results.push({ dialect, what: t.what, value: `p95 ${t.p95.toFixed(1)} ms（中位 ${t.median.toFixed(1)} ms，${t.runs} 次；负载 ${loadBefore}）` });
    }
  } finally {
    await store.close();
    await drop();
  }
}

async function main(): Promise<void> {
  for (const dialect of values.dialects!.split(',') as DialectName[]) {
    if (INGEST > 0) {
      log(`[${dialect}] 入库 ${INGEST} 份……`);
      await benchIngest(dialect);
    }
    if (STORED > 0) {
      log(`[${dialect}] 写入 ${STORED} 份并测查询……`);
      await benchQueries(dialect);
    }
  }
  const width = Math.max(...results.map((r) => r.what.length));
  process.stdout.write(`\n数据库     项目${' '.repeat(Math.max(0, width - 2))}  结果\n`);
  for (const r of results) process.stdout.write(`${r.dialect.padEnd(10)} ${r.what.padEnd(width)}  ${r.value}\n`);
  rmSync(work, { recursive: true, force: true });
}

await main();
