/** The storage layer on every dialect of the DIALECTS matrix: schema, originals, reports with long-form cells, transactions, aggregate SQL. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sumCells } from '../../src/store/aggregate-query.js';
import { flushCells } from '../../src/store/reports.js';
import { getOriginal, knownHashes, putOriginal } from '../../src/store/originals.js';
import { getRegion } from '../../src/store/regions.js';
import { cellsOf, electPrimary, writeReport, type ReportWrite } from '../../src/store/reports.js';
import type { Store } from '../../src/store/open.js';
import { createUnit } from '../../src/store/units.js';
import { createTestDb, DIALECTS, type TestDb } from './dialects.js';

/** Doubles that a decimal round trip gets wrong unless it is exact: cells go into the database as JSON text. */
const AWKWARD = [0.1, 0.2, 0.30000000000000004, 1 / 3, 12.345678901234567, 5e-324, 1.7976931348623157e308, -0, 123456789012345680, 2 ** 53 + 2, 0.000001234];

const NOW = '2025-01-01T00:00:00.000Z';

function aReport(sha: string, unitId: number | null, cells: [string, number][], errors = 0): ReportWrite {
  return {
    sha256: sha,
    file: `${sha}.txt`,
    agency: '洪泽区人民政府',
    year: 2024,
    publishDate: '2025-03-01',
    template: '2021',
    unitId,
    matchKind: unitId === null ? 'pending' : 'exact',
    matchConfidence: 1,
    matchCandidateId: null,
    parserVersion: 'test@1',
    parsedAt: NOW,
    reportJson: '{}',
    cells,
    findings: [{ rule: 'table4/group-sum', severity: 'error', message: '表四不平', cells_json: '["table4.review.total"]', location_json: null, related_report_id: null }],
    bands: [{ band: 42, section: 5 }],
    counts: { errors, warnings: 0, infos: 0 },
  };
}

describe.each(DIALECTS)('store on %s', (dialect) => {
  let testDb: TestDb;
  let store: Store;
  beforeEach(async () => {
    testDb = createTestDb(dialect);
    store = await testDb.open();
  });
  afterEach(async () => {
    await store.close();
    await testDb.drop();
  });

  it('seeds the region tree from china-area-data: 洪泽区 under 淮安市 under 江苏省', async () => {
    const hongze = await getRegion(store.db, '320813');
    expect(hongze).toMatchObject({ name: '洪泽区', level: 'county', parent_id: '320800', path: '/320000/320800/320813/', full_name: '江苏省淮安市洪泽区' });
    // Districts of a municipality hang directly under it (the data's 市辖区 placeholder is skipped).
    expect(await getRegion(store.db, '310101')).toMatchObject({ name: '黄浦区', parent_id: '310000', level: 'county' });
  });

  it('migrates a PostgreSQL schema while another schema of the database is migrated already', async () => {
    if (dialect !== 'postgres') return;
    // Kysely once took the other schema's migration table for this one's.
    const other = createTestDb(dialect);
    try {
      const second = await other.open();
      expect(Number((await second.db.selectFrom('regions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(3510);
      await second.close();
    } finally {
      await other.drop();
    }
  });

  it('opening an existing database again does not migrate twice', async () => {
    await store.close();
    store = await testDb.open();
    const n = await store.db.selectFrom('regions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3510);
  });

  it('stores an original once: the same bytes again store nothing', async () => {
    const bytes = new TextEncoder().encode('报告原文');
    expect(await putOriginal(store.db, 'a'.repeat(64), bytes, 'a.txt', NOW)).toBe(true);
    expect(await putOriginal(store.db, 'a'.repeat(64), bytes, 'b.txt', NOW)).toBe(false);
    const back = await getOriginal(store.db, 'a'.repeat(64));
    expect(new TextDecoder().decode(back!.content)).toBe('报告原文');
    expect(back!.name).toBe('a.txt');
  });

  it('writes a report with its long-form cells and findings, and rewriting it replaces them', async () => {
    await putOriginal(store.db, 'b'.repeat(64), new Uint8Array([1]), 'b.txt', NOW);
    const id = await writeReport(store.db, aReport('b'.repeat(64), null, [['table3.received.total', 7], ['table2.fees.amount', 12.5]]));
    expect(Object.fromEntries(await cellsOf(store.db, id))).toEqual({ 'table3.received.total': 7, 'table2.fees.amount': 12.5 });
    const again = await writeReport(store.db, aReport('b'.repeat(64), null, [['table3.received.total', 9]]));
    expect(again).toBe(id);
    expect(Object.fromEntries(await cellsOf(store.db, id))).toEqual({ 'table3.received.total': 9 });
    const findings = await store.db.selectFrom('findings').select(['rule', 'origin']).where('report_id', '=', id).execute();
    expect(findings).toEqual([{ rule: 'table4/group-sum', origin: 'parse' }]);
    expect((await knownHashes(store.db, ['b'.repeat(64)])).get('b'.repeat(64))).toEqual({ parserVersion: 'test@1' });
  });

  it('stores cells written as JSON exactly, and sums them from the packed vectors as the long form would', async () => {
    const unit = await createUnit(store.db, { name: '洪泽区商务局', kind: 'department', regionId: '320813', parentId: null, origin: 'import' }, NOW);
    const ids: number[] = [];
    for (const s of ['1', '2']) {
      await putOriginal(store.db, s.repeat(64), new Uint8Array([1]), `${s}.txt`, NOW);
      ids.push(await writeReport(store.db, { ...aReport(s.repeat(64), unit, []), year: 2024 - ids.length }));
    }
    await flushCells(store.db, { rows: ids.map((id) => ({ reportId: id, cells: { json: JSON.stringify(AWKWARD.map((v, i) => [`table2.row${i}.amount`, v])), count: AWKWARD.length } })) }, dialect);
    const back = await store.db.selectFrom('cells').select(['path', 'value']).where('report_id', '=', ids[0]!).execute();
    expect(Object.fromEntries(back.map((c) => [c.path, Number(c.value)]))).toEqual(Object.fromEntries(AWKWARD.map((v, i) => [`table2.row${i}.amount`, v === 0 ? 0 : v])));
    await electPrimary(store.db, unit, 2024);
    const sums = await sumCells(store.db, { regionPath: '/320000/', year: 2024, kinds: ['department'] });
    expect(sums.find((c) => c.path === 'table2.row4.amount')).toEqual({ path: 'table2.row4.amount', sum: 12.345678901234567, n: 1 });
    expect(sums).toHaveLength(AWKWARD.length);
  });

  it('a rolled-back transaction leaves neither original, report nor cells', async () => {
    await expect(
      store.db.transaction().execute(async (trx) => {
        await putOriginal(trx, 'c'.repeat(64), new Uint8Array([1]), 'c.txt', NOW);
        await writeReport(trx, aReport('c'.repeat(64), null, [['table3.received.total', 1]]));
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    for (const table of ['originals', 'reports', 'cells', 'findings'] as const) {
      const n = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(n.n), table).toBe(0);
    }
  });

  it('elects the report with fewest errors as its unit-year primary, and aggregates only primaries', async () => {
    const unit = await createUnit(store.db, { name: '洪泽区人民政府', kind: 'government', regionId: '320813', parentId: null, origin: 'import' }, NOW);
    const other = await createUnit(store.db, { name: '洪泽区商务局', kind: 'department', regionId: '320813', parentId: null, origin: 'import' }, NOW);
    for (const s of ['d', 'e', 'f']) await putOriginal(store.db, s.repeat(64), new Uint8Array([1]), `${s}.txt`, NOW);
    const worse = await writeReport(store.db, aReport('d'.repeat(64), unit, [['table3.received.total', 100]], 2));
    const better = await writeReport(store.db, aReport('e'.repeat(64), unit, [['table3.received.total', 95]], 0));
    await writeReport(store.db, aReport('f'.repeat(64), other, [['table3.received.total', 5]], 0));
    expect(await electPrimary(store.db, unit, 2024)).toBe(better);
    await electPrimary(store.db, other, 2024);
    const flags = await store.db.selectFrom('reports').select(['id', 'is_primary']).where('id', 'in', [worse, better]).orderBy('id').execute();
    expect(flags).toEqual([
      { id: worse, is_primary: 0 },
      { id: better, is_primary: 1 },
    ]);
    const all = await sumCells(store.db, { regionPath: '/320000/', year: 2024, kinds: ['government', 'department', 'township'] });
    expect(all).toEqual([{ path: 'table3.received.total', sum: 100, n: 2 }]);
    const departments = await sumCells(store.db, { regionPath: '/320000/320800/', year: 2024, kinds: ['department'] });
    expect(departments).toEqual([{ path: 'table3.received.total', sum: 5, n: 1 }]);
  });
});
