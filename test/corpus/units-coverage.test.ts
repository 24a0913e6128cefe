/** Units imported from CSV, coverage with deadlines per region, aggregation rules, comparison and exports, on every dialect. */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/corpus/aggregate.js';
import { compareReports } from '../../src/corpus/compare.js';
import { coverage } from '../../src/corpus/coverage.js';
import { deadlineKey } from '../../src/corpus/deadlines.js';
import { longCsvLines } from '../../src/corpus/export/csv-long.js';
import { regionWorkbook } from '../../src/corpus/export/region-workbook.js';
import { reportWorkbook } from '../../src/corpus/export/report-workbook.js';
import { findReport } from '../../src/corpus/report-ref.js';
import { importUnits } from '../../src/corpus/units/import.js';
import { resolveReportUnit } from '../../src/corpus/units/resolve.js';
import { readUnitTable } from '../../src/corpus/units/unit-table.js';
import { setSetting } from '../../src/store/regions.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { DIALECTS } from '../store/dialects.js';
import { HONGZE_2023, HONGZE_2024, openTestCorpus, parsedFile, sha, storeReport, type TestCorpus } from './helpers.js';

const UNITS_CSV = path.join(REPO_ROOT, 'test/fixtures/corpus/units.csv');

describe.each(HONGZE_2023 && HONGZE_2024 ? DIALECTS : [])('a region\'s reports on %s', (dialect) => {
  let t: TestCorpus;
  let dir: string;
  beforeEach(async () => {
    t = await openTestCorpus(dialect);
    dir = mkdtempSync(path.join(tmpdir(), 'gongkai-export-'));
    const y2023 = await parsedFile(HONGZE_2023!);
    const y2024 = await parsedFile(HONGZE_2024!);
    await storeReport(t.corpus, y2023, sha(1));
    await storeReport(t.corpus, { ...y2024, meta: { ...y2024.meta, publishDate: '2025-03-20' } }, sha(2));
    // A department of the same district, published after the departments' deadline.
    const dept = structuredClone(y2024);
    dept.meta = { ...dept.meta, agency: '洪泽区商务局', publishDate: '2025-02-10' };
    dept.sections = dept.sections.map((s) => ({ ...s, text: `商务局第${s.number}部分。` }));
    await storeReport(t.corpus, dept, sha(3));
  });
  afterEach(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a unit list: merges the auto-created units, adds a township region, reports rows it cannot place', async () => {
    const records = await readUnitTable(await readFile(UNITS_CSV), UNITS_CSV);
    expect(records.map((r) => r.name)).toEqual(['洪泽区人民政府', '洪泽区商务局', '洪泽区三河镇人民政府', '洪泽区教育局', '错误单位']);
    const s = await importUnits(t.corpus, records);
    expect(s).toMatchObject({ created: 2, updated: 2, problems: [{ line: 6, message: '错误单位：地区“火星”无法识别，已跳过' }] });
    const units = await t.corpus.store.db.selectFrom('units').select(['name', 'kind', 'region_id', 'origin']).orderBy('id').execute();
    expect(units).toEqual([
      { name: '洪泽区人民政府', kind: 'government', region_id: '320813', origin: 'import' },
      { name: '洪泽区商务局', kind: 'department', region_id: '320813', origin: 'import' },
      { name: '洪泽区三河镇人民政府', kind: 'township', region_id: '320813-三河镇', origin: 'import' },
      { name: '洪泽区教育局', kind: 'department', region_id: '320813', origin: 'import' },
    ]);
    expect(t.corpus.regions.get('320813-三河镇')).toMatchObject({ level: 'township', full_name: '江苏省淮安市洪泽区三河镇' });
  });

  it('coverage lists published, late and missing units with their errors, and searches by name', async () => {
    await importUnits(t.corpus, await readUnitTable(await readFile(UNITS_CSV), UNITS_CSV));
    const hongze = t.corpus.regions.get('320813')!;
    const cov = await coverage(t.corpus, hongze, 2024);
    expect(cov.entries.map((e) => [e.unitName, e.status, e.deadline, e.daysLate])).toEqual([
      ['洪泽区人民政府', 'on-time', '2025-03-31', null],
      ['洪泽区教育局', 'missing', '2025-01-31', null],
      ['洪泽区商务局', 'late', '2025-01-31', 10],
      ['洪泽区三河镇人民政府', 'missing', '2025-03-31', null],
    ]);
    expect(cov.totals).toMatchObject({ units: 4, 'on-time': 1, late: 1, missing: 2 });
    // A city may give its departments more time; its districts follow.
    await setSetting(t.corpus.store.db, '320800', deadlineKey('department'), '02-15');
    const relaxed = await coverage(t.corpus, hongze, 2024, '商务');
    expect(relaxed.entries.map((e) => [e.unitName, e.status, e.deadlineSource])).toEqual([['洪泽区商务局', 'on-time', '江苏省淮安市设定']]);
    expect((await coverage(t.corpus, hongze, 2023)).entries.find((e) => e.unitName === '洪泽区人民政府')).toMatchObject({ status: 'undated', errors: 2 });
  });

  it('aggregates by an explicit rule, ranks with the sample size, and hints at double counting', async () => {
    const hongze = t.corpus.regions.get('320813')!;
    const all = await aggregate(t.corpus, hongze, 2024);
    expect(all).toMatchObject({ mode: 'all-units', modeSource: '默认', reports: 2 });
    expect(all.cells.find((c) => c.path === 'table3.received.total')).toMatchObject({ sum: 190, n: 2 });
    expect(all.ranking.rows.map((r) => [r.rank, r.unitName, r.value])).toEqual([
      [1, '洪泽区人民政府', 95],
      [1, '洪泽区商务局', 95],
    ]);
    expect(all.outcomes.find((o) => o.label === '予以公开')).toEqual({ label: '予以公开', count: 100, share: 100 / 190 });
    expect(all.warnings).toEqual(['洪泽区人民政府本年新收申请 95 件，不少于本级各部门合计 95 件，其报告可能已汇总全辖区；如是，请改用 --mode departments-only 或 governments-only，以免重复计数。']);
    const departments = await aggregate(t.corpus, hongze, 2024, { mode: 'departments-only' });
    expect(departments.cells.find((c) => c.path === 'table3.received.total')).toMatchObject({ sum: 95, n: 1 });
    expect(departments.warnings).toEqual([]);
  });

  it('compares a unit\'s two years cell by cell, differences first, with the problems section first', async () => {
    const a = await findReport(t.corpus, '洪泽区人民政府@2023');
    const b = await findReport(t.corpus, '淮安市洪泽区人民政府@2024');
    const c = await compareReports(t.corpus, a, b);
    expect(c.cells[0]).toEqual({ path: 'table2.normativeDocuments.issued', name: '表二「行政规范性文件」本年制发件数', a: 0, b: 3, diff: 3 });
    expect(c.cells.filter((x) => x.a !== x.b)).toHaveLength(30);
    expect(c.sections[0]!.title).toBe('存在的主要问题及改进情况');
    expect(c.a.findings.map((f) => f.rule)).toEqual(['table4/group-sum', 'table4/group-sum']);
  });

  it('a pending report is resolved by a person and then counts for its unit', async () => {
    const orphan = await parsedFile(HONGZE_2024!);
    orphan.meta.agency = '泽区人民政府';
    const id = await storeReport(t.corpus, { ...orphan, tables: { ...orphan.tables } }, sha(9));
    const row = await t.corpus.store.db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.match_kind).toBe('pending');
    const unitId = (await findReport(t.corpus, '洪泽区人民政府@2023')).unit_id!;
    await resolveReportUnit(t.corpus, row, { unitId });
    expect(t.corpus.matcher.match('泽区人民政府', { autoCreate: false })).toMatchObject({ kind: 'exact', unitId });
  });

  it('exports the report and the region as workbooks in the form layout, and the cells as long CSV', async () => {
    const row = await findReport(t.corpus, '洪泽区人民政府@2024');
    const file = path.join(dir, 'report.xlsx');
    await (await reportWorkbook(t.corpus, row)).xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.worksheets.map((w) => w.name)).toEqual(['报告', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '问题']);
    const t3 = back.getWorksheet('表三 依申请公开')!;
    expect([t3.getCell('A5').value, t3.getCell('C5').value, t3.getCell('I5').value]).toEqual(['一、本年新收政府信息公开申请数量', 95, 95]);
    expect(back.getWorksheet('表四 复议诉讼')!.getCell('E5').value).toBe(2);

    const hongze = t.corpus.regions.get('320813')!;
    const regionFile = path.join(dir, 'region.xlsx');
    await (await regionWorkbook(t.corpus, hongze, 2024)).xlsx.writeFile(regionFile);
    const rb = new ExcelJS.Workbook();
    await rb.xlsx.readFile(regionFile);
    expect(rb.worksheets.map((w) => w.name)).toEqual(['公开情况', '各单位数据', '汇总', '问题']);
    expect(rb.getWorksheet('各单位数据')!.rowCount).toBe(4);

    let csv = '';
    for await (const chunk of longCsvLines(t.corpus, hongze, 2024)) csv += chunk;
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('\uFEFFunit,unit_kind,region,year,template,sha256,path,label,value');
    expect(lines).toContain(`洪泽区人民政府,government,江苏省淮安市洪泽区,2024,2021,${sha(2)},table3.received.total,表三「一、本年新收政府信息公开申请数量」总计列,95`);
    expect(lines.length - 1).toBe(400);
  });
});
