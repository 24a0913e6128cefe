/**
 * Corpus bench: ingest N synthetic reports (reports/second, peak memory) and coverage/aggregate
 * query latency (p95) over M stored reports, on SQLite and PostgreSQL; prints a table.
 *
 *   npm run build && node dist/bench/corpus.js [--ingest 10000] [--stored 100000] [--dialects sqlite,postgres] [--pg URL]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { parseReport } from '../core/parse.js';
import { aggregate } from '../corpus/aggregate.js';
import { flattenCells } from '../corpus/cells.js';
import { openCorpus } from '../corpus/context.js';
import { coverage } from '../corpus/coverage.js';
import { workerParser } from '../corpus/ingest/parser.js';
import { ingest } from '../corpus/ingest/pipeline.js';
import { collectSources } from '../corpus/ingest/sources.js';
import type { Report } from '../model/report.js';
import { openStore, type DialectName, type Store } from '../store/open.js';
import { DEPARTMENTS, random, scaledReport, syntheticReportText } from './corpus-synth.js';

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
    const started = performance.now();
    const summary = await ingest(corpus, sources, unreadable, { parser, parserVersion: 'bench', autoCreateUnits: true });
    const seconds = (performance.now() - started) / 1000;
    results.push({ dialect, what: `入库 ${INGEST} 份（${availableParallelism()} 线程读取）`, value: `${(summary.added / seconds).toFixed(1)} 份/秒，共 ${seconds.toFixed(1)} 秒，内存峰值 ${(peak / 1048576).toFixed(0)} MB` });
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

/** Fills a database with M reports (units: every county × the departments, years 2021–2024) without parsing: bulk inserts in transactions. */
async function fill(store: Store, bases: Report[]): Promise<void> {
  const db = store.db;
  const counties = await db.selectFrom('regions').select(['id', 'name']).where('level', '=', 'county').orderBy('id').execute();
  const now = new Date().toISOString();
  const units: { id: number; name: string }[] = [];
  const perYear = Math.ceil(STORED / 4);
  for (let i = 0; units.length < perYear; i++) {
    const county = counties[i % counties.length]!;
    const dept = DEPARTMENTS[Math.floor(i / counties.length) % DEPARTMENTS.length]!;
    units.push({ id: 0, name: `${county.name}${dept}` });
  }
  for (let i = 0; i < units.length; i += 1000) {
    const chunk = units.slice(i, i + 1000);
    const rows = await db
      .insertInto('units')
      .values(chunk.map((u, j) => ({ name: u.name, kind: 'department' as const, region_id: counties[(i + j) % counties.length]!.id, parent_id: null, origin: 'auto' as const, created_at: now })))
      .returning('id')
      .execute();
    rows.forEach((r, j) => (chunk[j]!.id = r.id));
  }
  let done = 0;
  const batch = 200;
  while (done < STORED) {
    const n = Math.min(batch, STORED - done);
    await db.transaction().execute(async (trx) => {
      const reports = Array.from({ length: n }, (_, k) => {
        const i = done + k;
        const unit = units[i % units.length]!;
        const year = 2021 + Math.floor(i / units.length);
        const r = scaledReport(bases[i % bases.length]!, i, unit.name, year);
        return { r, unit, year };
      });
      await trx.insertInto('originals').values(reports.map(({ r }) => ({ sha256: r.source.sha256, size: 1, content: new Uint8Array([1]), first_name: r.source.file, stored_at: now }))).execute();
      const ids = await trx
        .insertInto('reports')
        .values(
          reports.map(({ r, unit, year }) => ({
            sha256: r.source.sha256,
            file: r.source.file,
            agency: unit.name,
            year,
            publish_date: r.meta.publishDate,
            template: r.meta.template,
            unit_id: unit.id,
            match_kind: 'exact' as const,
            match_confidence: 1,
            match_candidate_id: null,
            is_primary: 1 as const,
            parser_version: 'bench',
            parsed_at: now,
            // Sections left out: the stored JSON is not what these queries read.
            report_json: JSON.stringify({ ...r, sections: [] }),
            cell_count: flattenCells(r.tables).length,
            finding_count: 0,
            errors: i2(r),
            warnings: 0,
            infos: 0,
          })),
        )
        .returning('id')
        .execute();
      const cells = reports.flatMap(({ r }, k) => flattenCells(r.tables).map(([p, v]) => ({ report_id: ids[k]!.id, path: p, value: v })));
      for (let i = 0; i < cells.length; i += 2000) await trx.insertInto('cells').values(cells.slice(i, i + 2000)).execute();
    });
    done += n;
    if (done % 10000 === 0) log(`  已写入 ${done}/${STORED}`);
  }
  if (store.dialect === 'postgres') await (await import('kysely')).sql`analyze`.execute(db);
}

const i2 = (r: Report): number => (r.findings.some((f) => f.severity === 'error') ? 1 : 0);

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function benchQueries(dialect: DialectName, bases: Report[]): Promise<void> {
  const { store, drop } = await freshStore(dialect, 'stored');
  try {
    const started = performance.now();
    await fill(store, bases);
    results.push({ dialect, what: `批量写入 ${STORED} 份报告（含长表单元格）`, value: `${((performance.now() - started) / 1000).toFixed(1)} 秒` });
    const corpus = await openCorpus(store);
    const rnd = random(42);
    const counties = (await store.db.selectFrom('regions').select('id').where('level', '=', 'county').execute()).map((r) => r.id);
    const cities = (await store.db.selectFrom('regions').select('id').where('level', '=', 'city').execute()).map((r) => r.id);
    const provinces = (await store.db.selectFrom('regions').select('id').where('level', '=', 'province').execute()).map((r) => r.id);
    const pick = (ids: string[]) => corpus.regions.get(ids[Math.floor(rnd() * ids.length)]!)!;
    const year = () => 2021 + Math.floor(rnd() * 4);
    const time = async (what: string, run: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await run();
        samples.push(performance.now() - t);
      }
      results.push({ dialect, what, value: `p95 ${p95(samples).toFixed(1)} ms（中位 ${median(samples).toFixed(1)} ms，${RUNS} 次）` });
    };
    await time('覆盖情况：一个县、一个年度', () => coverage(corpus, pick(counties), year()));
    await time('汇总：一个地级市、一个年度', () => aggregate(corpus, pick(cities), year(), { mode: 'departments-only' }));
    await time('汇总：一个省、一个年度', () => aggregate(corpus, pick(provinces), year(), { mode: 'departments-only' }));
  } finally {
    await store.close();
    await drop();
  }
}

async function main(): Promise<void> {
  const samples = ['suizhou-commerce-2023.txt', 'hotan-commerce-2023.txt', 'luolong-commerce-2023.txt', 'fuyuan-city-2023.txt'];
  const bases = await Promise.all(samples.map(async (f) => (await parseReport(readFileSync(new URL(`../../samples/${f}`, import.meta.url)), f, { check: true })).report));
  for (const dialect of values.dialects!.split(',') as DialectName[]) {
    if (INGEST > 0) {
      log(`[${dialect}] 入库 ${INGEST} 份……`);
      await benchIngest(dialect);
    }
    if (STORED > 0) {
      log(`[${dialect}] 写入 ${STORED} 份并测查询……`);
      await benchQueries(dialect, bases);
    }
  }
  const width = Math.max(...results.map((r) => r.what.length));
  process.stdout.write(`\n数据库     项目${' '.repeat(Math.max(0, width - 2))}  结果\n`);
  for (const r of results) process.stdout.write(`${r.dialect.padEnd(10)} ${r.what.padEnd(width)}  ${r.value}\n`);
  rmSync(work, { recursive: true, force: true });
}

await main();
