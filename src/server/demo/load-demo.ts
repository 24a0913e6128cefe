/**
 * The first start with an empty database: the five sample reports (samples/*.txt) and the demo
 * region 示范市 with several years of generated reports, ingested through the ordinary pipeline.
 * Done once: a flag in web_settings keeps a later, emptied database empty.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../corpus/context.js';
import { ingest } from '../../corpus/ingest/pipeline.js';
import type { ReportParser } from '../../corpus/ingest/parser.js';
import { importUnits } from '../../corpus/units/import.js';
import { corpusTotals } from '../../store/reports.js';
import { insertRegion } from '../../store/web-regions.js';
import { webDb } from '../../store/web-schema.js';
import { getWebSetting, setWebSetting } from '../../store/web-settings.js';
import { DEMO_REGIONS, demoUnitRecords } from './demo-region.js';
import { demoFiles } from './demo-reports.js';

export const DEMO_FLAG = 'demo.loaded';

/** samples/ at the repository root, from src/server/demo or dist/server/demo alike. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

export interface DemoSummary {
  samples: number;
  demoReports: number;
  failed: number;
}

/** Loads the demo when the database has never held anything; returns null when it did nothing. */
export async function loadDemoIfEmpty(corpus: Corpus, parser: ReportParser, parserVersion: string, samplesDir = SAMPLES_DIR): Promise<DemoSummary | null> {
  const db = webDb(corpus.store.db);
  if ((await getWebSetting(db, DEMO_FLAG)) !== null) return null;
  if ((await corpusTotals(corpus.store.db)).originals > 0) {
    await setWebSetting(db, DEMO_FLAG, 'skipped: database not empty');
    return null;
  }
  for (const region of DEMO_REGIONS) await insertRegion(db, region);
  await corpus.reload();
  const imported = await importUnits(corpus, demoUnitRecords());
  if (imported.problems.length > 0) throw new Error(`示范单位导入失败：${imported.problems.map((p) => p.message).join('；')}`);

  let sampleNames: string[] = [];
  try {
    sampleNames = (await readdir(samplesDir)).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    // A copy without samples/ still gets the demo region.
  }
  const samples = sampleNames.map((n) => ({ name: `samples/${n}`, load: () => readFile(path.join(samplesDir, n)) }));
  const generated = demoFiles().map((f) => ({ name: f.name, load: async () => f.bytes }));
  const summary = await ingest(corpus, [...samples, ...generated], [], { parser, parserVersion, autoCreateUnits: true });
  await setWebSetting(db, DEMO_FLAG, new Date().toISOString());
  return { samples: samples.length, demoReports: generated.length, failed: summary.failed.length };
}
