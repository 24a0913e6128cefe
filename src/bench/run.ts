/**
 * `npm run bench`: parse+check throughput on one core over generated reports in every text
 * rendering, measured against a floor in the same run (reading the same files and one regex pass
 * over them), with peak memory. Other formats are measured on the fixture files that exist.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseReport } from '../core/parse.js';
import '../readers/register.js';
import { randomDraft } from '../render/random.js';
import { renderText, TEXT_RENDERINGS, type TextRendering } from '../render/text.js';

const COUNT = Number(process.env.BENCH_REPORTS ?? 10_000);
const dir = path.join(os.tmpdir(), `gongkai-bench-${process.pid}`);

interface Measure {
  name: string;
  files: number;
  floorPerSecond: number;
  /** Throughput by this process's CPU time: what one core does, whatever else the machine runs. */
  perSecond: number;
  /** Throughput by the wall clock. */
  perSecondWall: number;
  peakRssMb: number;
  errors: number;
}

/** CPU seconds used by this process (run with --single-threaded: no background compiler or GC threads, so this is one core's work). */
const cpuSeconds = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

let peakRss = 0;
const sampleMemory = (): void => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
};

function generate(): Map<string, string[]> {
  const byRendering = new Map<string, string[]>();
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < COUNT; i++) {
    const rendering = TEXT_RENDERINGS[i % TEXT_RENDERINGS.length] as TextRendering;
    const draft = randomDraft(i + 1);
    const file = path.join(dir, `${i}.${rendering === 'markdown' ? 'md' : 'txt'}`);
    writeFileSync(file, renderText(draft, rendering, { traditional: i % 10 === 9, splitHeaders: i % 3 === 0 }));
    const list = byRendering.get(rendering) ?? [];
    list.push(file);
    byRendering.set(rendering, list);
  }
  return byRendering;
}

/** The floor: what reading the files and one regex pass over each costs. */
function floor(files: readonly string[]): number {
  const start = process.cpuUsage();
  let numbers = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const re = /\d+/g;
    while (re.exec(text)) numbers++;
  }
  if (numbers < 0) throw new Error('unreachable');
  return files.length / cpuSeconds(start);
}

async function measure(name: string, files: readonly string[]): Promise<Measure> {
  const floorPerSecond = floor(files);
  global.gc?.();
  peakRss = 0;
  let errors = 0;
  let count = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const file of files) {
    const { report } = await parseReport(readFileSync(file), file, { check: true });
    if (report.error) errors++;
    if (++count % 20 === 0) sampleMemory();
  }
  sampleMemory();
  const perSecond = files.length / cpuSeconds(cpu);
  const perSecondWall = files.length / ((performance.now() - start) / 1000);
  return { name, files: files.length, floorPerSecond, perSecond, perSecondWall, peakRssMb: peakRss / 1048576, errors };
}

/** Fixture files of other formats that the repository holds (and the corpus when present). */
function fixtureFiles(ext: string): string[] {
  const roots = ['test/fixtures', '../shared/corpus'];
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.toLowerCase().endsWith(ext)) out.push(p);
    }
  };
  roots.forEach(walk);
  return out;
}

async function main(): Promise<void> {
  process.stdout.write(`生成 ${COUNT} 份随机报告（${TEXT_RENDERINGS.length} 种文本形式）…\n`);
  const byRendering = generate();
  const all = [...byRendering.values()].flat();
  // Warm up the JIT on a slice, so the first rendering measured is not penalised.
  for (const file of all.slice(0, 1000)) await parseReport(readFileSync(file), file, { check: true });

  const rows: Measure[] = [];
  rows.push(await measure('全部文本形式', all));
  for (const [rendering, files] of byRendering) rows.push(await measure(`  ${rendering}`, files));
  for (const [name, ext] of [['HTML', '.html'], ['DOCX', '.docx'], ['PDF', '.pdf']] as const) {
    const files = fixtureFiles(ext);
    if (files.length === 0) continue;
    // Small sets are repeated so the time is measurable.
    const repeat = Math.max(1, Math.ceil(200 / files.length));
    rows.push(await measure(`${name}（${files.length} 个样例文件 × ${repeat}）`, Array.from({ length: repeat }, () => files).flat()));
  }
  rmSync(dir, { recursive: true, force: true });

  const header = ['测量', '文件数', '解析+检查 份/秒', '（墙钟）', '基线 份/秒', '基线/实测', '峰值内存 MB', '读取失败'];
  const lines = rows.map((r) => [
    r.name,
    String(r.files),
    r.perSecond.toFixed(0),
    r.perSecondWall.toFixed(0),
    r.floorPerSecond.toFixed(0),
    (r.floorPerSecond / r.perSecond).toFixed(1) + '×',
    r.peakRssMb.toFixed(0),
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...lines.map((l) => width(l[i]!))));
  const fmt = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ');
  process.stdout.write('\n' + fmt(header) + '\n' + lines.map(fmt).join('\n') + '\n');
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  process.stdout.write(
    `\nNode ${process.version}，单线程（--single-threaded），“份/秒”按本进程 CPU 时间计（即一个核的工作量），括号内为墙钟；` +
      `基线为同一批文件的读取加一次 /\\d+/g 扫描，同样按 CPU 时间计。测量时系统负载 ${load}。\n` +
      '读取失败包括样例中故意损坏、加密或扫描的文件。\n',
  );
}

/** Display width (CJK characters take two columns). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

await main();
