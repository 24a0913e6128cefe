/**
 * A group written in one transaction (store-group.ts: every row at once, then the checks report by
 * report with the later ones hidden) stores exactly what storing the same reports one at a time
 * stores: rows, primary choices, cells, and every finding with its related report.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeGroup } from '../../src/corpus/store-group.js';
import type { Report } from '../../src/model/report.js';
import { DIALECTS } from '../store/dialects.js';
import { openTestCorpus, parsedFile, SAMPLES, sha, storeReport, type TestCorpus } from './helpers.js';

/** The reports of one batch: units with several years, a copied section, a second file of one unit-year, a report without a year, a file that is no report. */
async function batch(): Promise<Report[]> {
  const base = await parsedFile(path.join(SAMPLES, 'luolong-commerce-2023.txt'));
  const make = (n: number, agency: string, year: number | null, edit?: (r: Report) => void): Report => {
    const r = structuredClone(base);
    r.source = { ...r.source, sha256: sha(n), file: `r${n}.txt` };
    r.meta = { ...r.meta, agency, year };
    // Each report its own section 1, so that only the edits below make copies.
    r.sections = r.sections.map((s) => (s.number === 1 ? { ...s, text: `${agency}${year}年度第${n}号报告。${s.text.slice(0, 40)}`.repeat(4) } : s));
    edit?.(r);
    return r;
  };
  const copyOf = (from: Report) => (r: Report) => void (r.sections = structuredClone(from.sections));
  const a2023 = make(1, '洪泽区商务局', 2023);
  const failure = structuredClone(base);
  failure.source = { ...failure.source, sha256: sha(99), file: 'bad.txt' };
  failure.error = { code: 'not-a-report', message: '不是年度报告' };
  return [
    make(2, '洪泽区商务局', 2024, copyOf(a2023)),
    a2023,
    make(3, '淮阴区商务局', 2024, (r) => (r.tables.table3!.received!.naturalPerson = 3)),
    make(4, '淮阴区商务局', 2024),
    make(5, '淮阴区商务局', 2023, (r) => (r.tables.table3!.carriedForward!.naturalPerson = 2)),
    failure,
    make(6, '涟水县教育局', null),
    make(7, '涟水县教育局', 2024, copyOf(a2023)),
    make(8, '洪泽区商务局', 2022),
  ];
}

async function snapshot(t: TestCorpus): Promise<string[]> {
  const db = t.corpus.store.db;
  const reports = await db.selectFrom('reports as r').leftJoin('units as u', 'u.id', 'r.unit_id').select(['r.id', 'r.sha256', 'r.year', 'r.is_primary', 'r.match_kind', 'r.cell_count', 'u.name']).execute();
  const shaOf = new Map(reports.map((r) => [r.id, r.sha256.slice(-2)]));
  const findings = await db.selectFrom('findings').select(['report_id', 'origin', 'rule', 'message', 'related_report_id']).execute();
  const cells = await db.selectFrom('cells').select(['report_id', (eb) => eb.fn.countAll().as('n')]).groupBy('report_id').execute();
  return [
    ...reports.map((r) => `report ${shaOf.get(r.id)} ${r.name} ${r.year} primary=${r.is_primary} ${r.match_kind} cells=${r.cell_count}`),
    ...findings.map((f) => `finding ${shaOf.get(f.report_id)} ${f.origin} ${f.rule} ${f.message} → ${f.related_report_id === null ? '-' : shaOf.get(f.related_report_id)}`),
    ...cells.map((c) => `cells ${shaOf.get(c.report_id)} ${Number(c.n)}`),
    ...(await db.selectFrom('failures').select('sha256').execute()).map((f) => `failure ${f.sha256.slice(-2)}`),
  ].sort();
}

describe.each(DIALECTS)('a group written at once on %s', (dialect) => {
  let one: TestCorpus;
  let group: TestCorpus;
  beforeEach(async () => {
    one = await openTestCorpus(dialect);
    group = await openTestCorpus(dialect);
  });
  afterEach(async () => {
    await one.close();
    await group.close();
  });

  it('stores what storing its reports one by one stores', async () => {
    const reports = await batch();
    for (const r of reports) {
      if (r.error) await one.corpus.store.db.transaction().execute((trx) => storeGroup(trx, one.corpus, [{ report: r, file: r.source.file, parserVersion: 'test@1', autoCreateUnits: true, bytes: new Uint8Array([1]) }]));
      else await storeReport(one.corpus, r, r.source.sha256);
    }
    const results = await group.corpus.store.db.transaction().execute((trx) =>
      storeGroup(
        trx,
        group.corpus,
        reports.map((r) => ({ report: r, file: r.source.file, parserVersion: 'test@1', autoCreateUnits: true, bytes: new TextEncoder().encode(r.source.sha256) })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(['report', 'report', 'report', 'report', 'report', 'failed', 'report', 'report', 'report']);
    const expected = await snapshot(one);
    expect(await snapshot(group)).toEqual(expected);
    // The batch exercises what the hiding has to get right: copies across years and units, a second file, a new primary.
    expect(expected.filter((l) => l.includes('corpus/similar-text')).length).toBeGreaterThanOrEqual(4);
    expect(expected.filter((l) => l.includes('cross-year/')).length).toBeGreaterThanOrEqual(1);
    expect(expected).toContain('report 04 淮阴区商务局 2024 primary=0 exact cells=200');
  });
});
