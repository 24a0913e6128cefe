/** The region views over the demo region 示范市: coverage matrix, findings filters, name search, dashboard and the region's Excel files. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../src/server/demo/load-demo.js';
import { DIALECTS } from '../store/dialects.js';
import { createTestApp, type Client, type TestApp } from './helpers.js';

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
  return wb;
}

describe.each(DIALECTS)('region views over the demo data (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.addUser('admin', 'admin');
    const demo = await loadDemoIfEmpty(t.corpus, t.deps.parser, 'test@1');
    expect(demo).toEqual({ samples: 5, demoReports: 91, failed: 0 });
    admin = await t.signIn('admin');
  });
  afterAll(() => t?.close());

  it('starts the tree at 示范市 with its district and county', async () => {
    const roots = await admin.json('/api/regions');
    expect(roots.items[0]).toMatchObject({ id: '990100', fullName: '示范市', units: 16 });
    const city = await admin.json('/api/regions/990100');
    expect(city.children.map((c: any) => [c.name, c.units])).toEqual([['明德区', 5], ['清源县', 3]]);
    expect(city.unitsHere[0]).toMatchObject({ name: '示范市人民政府', kindLabel: '政府' });
    const district = await admin.json('/api/regions/990102');
    expect(district.children.map((c: any) => [c.name, c.levelLabel])).toEqual([['柳河街道', '乡镇（街道）'], ['青石镇', '乡镇（街道）']]);
  });

  it('marks missing, late and erroneous reports in the coverage matrix', async () => {
    const m = await admin.json('/api/regions/990100/coverage?from=2019&to=2024');
    expect(m.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    const row = (name: string) => m.rows.find((r: any) => r.unitName === name);
    expect(m.rows).toHaveLength(16);
    expect(row('明德区教育局').cells[2020]).toMatchObject({ status: 'missing', reportId: null });
    expect(row('示范市公安局').cells[2023]).toMatchObject({ status: 'late', deadline: '2024-01-31' });
    expect(row('示范市公安局').cells[2023].daysLate).toBeGreaterThan(0);
    expect(row('示范市人民政府').cells[2023]).toMatchObject({ status: 'on-time', errors: 1 });
    expect(row('白沙乡人民政府').cells[2024].status).toBe('missing');
    expect(m.totals[2024]).toMatchObject({ units: 16, missing: 2, late: 2, withErrors: 2 });
  });

  it('filters findings across the region by rule, severity and unit', async () => {
    const all = await admin.json('/api/regions/990100/findings?severity=error&limit=500');
    expect(all.severities.error).toBe(12);
    expect(all.rules.map((r: any) => [r.rule, r.count])).toEqual([
      ['table3/column-balance', 4],
      ['table3/outcome-sum', 3],
      ['table3/row-sum', 3],
      ['table4/group-sum', 2],
    ]);
    const t4 = await admin.json('/api/regions/990100/findings?rule=table4/group-sum');
    expect(t4.items.map((f: any) => [f.unitName, f.year, f.ruleTitle])).toEqual([
      ['示范市人民政府', 2023, '表四各组总计等于四项结果之和'],
      ['示范市市场监督管理局', 2022, '表四各组总计等于四项结果之和'],
    ]);
    const unit = t4.items[0].unitId;
    const one = await admin.json(`/api/regions/990100/findings?unit=${unit}&severity=error`);
    expect(one.items.map((f: any) => f.rule)).toEqual(['table4/group-sum']);
    // The deadline rule speaks for departments only (townships have no national deadline), and the district is a subtree.
    const late = await admin.json('/api/regions/990102/findings?rule=report/deadline');
    expect(late.items.map((f: any) => [f.unitName, f.year])).toEqual([['明德区市场监督管理局', 2022]]);
  });

  it('finds units, towns and streets by any part of their name', async () => {
    const town = await admin.json(`/api/search?q=${encodeURIComponent('青石')}`);
    expect(town.units.map((u: any) => u.name)).toEqual(['青石镇人民政府']);
    expect(town.regions[0]).toMatchObject({ fullName: '示范市明德区青石镇', levelLabel: '乡镇（街道）', units: 1 });
    const street = await admin.json(`/api/search?q=${encodeURIComponent('柳河')}`);
    expect(street.units.map((u: any) => u.name)).toEqual(['柳河街道办事处']);
    const middle = await admin.json(`/api/search?q=${encodeURIComponent('资源')}`);
    expect(middle.units.map((u: any) => u.name).sort()).toEqual(['清源县自然资源局', '示范市自然资源和规划局']);
  });

  it('gives the dashboard series with their sample sizes, and each chart’s data as Excel', async () => {
    const d = await admin.json('/api/regions/990100/dashboard?from=2021&to=2024');
    expect(d.series.map((p: any) => [p.year, p.reports])).toEqual([
      [2021, 16],
      [2022, 15],
      [2023, 16],
      [2024, 14],
    ]);
    for (const p of d.series) expect(p.outcomes.reduce((s: number, o: any) => s + o.count, 0)).toBeGreaterThan(0);
    expect(d.ranking).toMatchObject({ year: 2024, metric: 'table3.received.total', sampleSize: 14 });
    expect(d.ranking.rows[0].rank).toBe(1);
    const wb = await workbook(await admin.get('/api/regions/990100/dashboard.xlsx?from=2021&to=2024&chart=applications'));
    const sheet = wb.getWorksheet('申请数量')!;
    expect(sheet.getRow(4).values).toEqual([undefined, '年度', '报告数（样本）', '本年新收申请', '上年结转', '本年办结（总计）', '结转下年度']);
    expect(sheet.getRow(5).getCell(1).value).toBe(2021);
    expect(sheet.getRow(5).getCell(3).value).toBe(d.series[0].received);
    const ranking = await workbook(await admin.get('/api/regions/990100/dashboard.xlsx?from=2021&to=2024&chart=ranking'));
    expect(String(ranking.worksheets[0]!.getRow(4).getCell(1).value)).toContain('样本：14 份报告');
    expect((await (await admin.get('/api/regions/990100/dashboard.xlsx?chart=pie')).json() as any).error.code).toBe('invalid-parameter');
  });

  it('exports the region’s year and its findings as Excel', async () => {
    const region = await workbook(await admin.get('/api/regions/990100/export.xlsx?year=2023'));
    expect(region.worksheets.map((s) => s.name)).toEqual(['公开情况', '各单位数据', '汇总', '问题']);
    expect(region.getWorksheet('公开情况')!.rowCount).toBe(1 + 16);
    const findings = await workbook(await admin.get('/api/regions/990100/findings.xlsx?severity=error'));
    const sheet = findings.getWorksheet('问题')!;
    expect(sheet.rowCount).toBe(1 + 12);
    expect(sheet.getRow(2).getCell(3).value).toBe('错误');
  });
});
