/** The report page's API: the form with findings on their cells, the original with anchors, corrections kept with who and when, compare, and exports read back. */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../store/dialects.js';
import { createTestApp, uploadSeeds, type Client, type TestApp } from './helpers.js';

describe.each(DIALECTS)('reports (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let ids: Map<string, number>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.addUser('admin', 'admin');
    admin = await t.signIn('admin');
    ids = await uploadSeeds(admin);
  });
  afterAll(() => t?.close());

  it('lays table 3 out like the official form: three header rows, then the 25 numbered rows', async () => {
    const r = await admin.json(`/api/reports/${ids.get('suizhou-commerce-2023.txt')}`);
    expect(r.tables.map((x: any) => x.key)).toEqual(['table2', 'table3', 'table4']);
    const t3 = r.tables[1];
    expect(t3.title).toBe('三、收到和处理政府信息公开申请情况');
    expect(t3.rows).toHaveLength(3 + 25);
    expect(t3.rows[0][0]).toEqual({ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rowSpan: 3, colSpan: 3, header: true });
    const received = t3.rows[3];
    expect(received[0]).toMatchObject({ text: '一、本年新收政府信息公开申请数量', colSpan: 3 });
    expect(received.slice(1).map((c: any) => c.path)).toEqual(['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map((k) => `table3.received.${k}`));
    expect(r.unit).toMatchObject({ name: '随州市商务局', kindLabel: '部门', regionName: '湖北省随州市' });
    expect(r.deadline).toEqual({ date: '2024-01-31', source: '条例第四十九条', status: 'on-time', daysLate: null });
    expect(r.report.schema).toBe('gongkai/report@1');
  });

  it('puts each finding on its cells, in words, grouped under its table, with the line in the original', async () => {
    const r = await admin.json(`/api/reports/${ids.get('luolong-commerce-2022.txt')}`);
    expect(r.counts).toEqual({ error: 2, warning: 1, info: 0 });
    // The prose says no application was received, the table says 2: a warning on the same table.
    expect(r.groups.map((g: any) => [g.label, g.counts])).toEqual([['三、收到和处理政府信息公开申请情况（表三）', { error: 2, warning: 1, info: 0 }]]);
    expect(r.findings.map((f: any) => f.severity)).toEqual(['error', 'error', 'warning']);
    const natural = r.findings.find((f: any) => f.cells.some((c: any) => c.path === 'table3.received.naturalPerson'));
    expect(natural).toMatchObject({ rule: 'table3/column-balance', ruleTitle: '表三各列收支平衡', severity: 'error', group: 'section-3' });
    expect(natural.message).toBe(
      '表三「自然人」列：一、本年新收政府信息公开申请数量 2 + 二、上年结转政府信息公开申请数量 0 = 2，而 三、（七）总计 0 + 四、结转下年度继续办理 0 = 0，两者应相等（第一项加第二项之和，等于第三项加第四项之和）。',
    );
    expect(natural.ruleDescription).toContain('本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理');
    expect(natural.cells.map((c: any) => c.name)).toEqual(['表三「一、本年新收政府信息公开申请数量」自然人列', '表三「二、上年结转政府信息公开申请数量」自然人列', '表三「三、（七）总计」自然人列', '表三「四、结转下年度继续办理」自然人列']);
    const cell = r.tables[1].rows[3][1];
    expect(cell).toEqual({ text: '2', path: 'table3.received.naturalPerson', value: 2 });
    // The anchor is the line of the source where the (七) total row stands, and that line is in the source view.
    const { view } = await admin.json(`/api/reports/${r.id}/source`);
    expect(view.mode).toBe('text');
    expect(natural.anchor).toMatch(/^L\d+$/);
    expect(view.lines[Number(natural.anchor.slice(1)) - 1]).toMatch(/^\(七\) 总计/);
    expect(view.lines[Number(r.cellAnchors['table3.received.naturalPerson'].slice(1)) - 1]).toBe('一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t');
  });

  it('gives the original back as an attachment that cannot run in the browser', async () => {
    const res = await admin.get(`/api/reports/${ids.get('hotan-commerce-2023.txt')}/original`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="hotan-commerce-2023.txt"; filename*=UTF-8''hotan-commerce-2023.txt`);
    expect(res.headers.get('Content-Security-Policy')).toContain('sandbox');
    expect(new Uint8Array(await res.arrayBuffer()).length).toBeGreaterThan(1000);
  });

  it('corrects the unit and the year, keeping who and when, and moves the report', async () => {
    const id = ids.get('fuyuan-city-2023.txt')!;
    const before = await admin.json(`/api/reports/${id}`);
    expect(before.unit).toBeNull();
    expect(before.match.kind).toBe('none');
    const hotan = (await admin.json(`/api/reports/${ids.get('hotan-commerce-2023.txt')}`)).unit.id;
    t.advance(60_000);
    const res = await admin.patch(`/api/reports/${id}`, { unitId: hotan, year: 2022, note: '核对原件后更正' });
    expect(await res.json() as any).toEqual({ changed: ['unit', 'year'] });
    const after = await admin.json(`/api/reports/${id}`);
    expect(after.unit.name).toBe('和田地区商务局');
    expect(after.year).toBe(2022);
    expect(after.yearAsRead).toBe(2023);
    expect(after.isPrimary).toBe(true);
    expect(after.corrections).toEqual([
      { field: 'unit', oldValue: null, newValue: '和田地区商务局', note: '核对原件后更正', username: 'admin', at: '2025-06-02T09:01:00.000Z' },
      { field: 'year', oldValue: '2023', newValue: '2022', note: '核对原件后更正', username: 'admin', at: '2025-06-02T09:01:00.000Z' },
    ]);
    const same = await admin.patch(`/api/reports/${id}`, { year: 2022 });
    expect((await same.json() as any).error.code).toBe('correction-empty');
    const audit = await admin.json('/api/audit?action=correction');
    expect(audit.items[0]).toMatchObject({ username: 'admin', target: `report:${id}`, actionLabel: '更正报告' });
  });

  it('compares two years of a unit: problems first, then the cells that differ', async () => {
    const c = await admin.json(`/api/compare?a=${ids.get('luolong-commerce-2022.txt')}&b=${ids.get('luolong-commerce-2023.txt')}`);
    expect(c.a.label).toBe('洛龙区商务局 2022 年度');
    expect(c.b.label).toBe('洛龙区商务局 2023 年度');
    expect(c.a.findings.map((f: any) => f.rule).sort()).toEqual(['narrative/applications', 'table3/column-balance', 'table3/column-balance']);
    // 2023 is 2022's text with the year changed: the corpus check calls it copied.
    expect(c.b.findings.map((f: any) => [f.rule, f.severity])).toEqual([
      ['corpus/similar-text', 'warning'],
      ['corpus/similar-text', 'warning'],
    ]);
    expect(c.differingCells).toBe(2);
    expect(c.cells.slice(0, 2).map((x: any) => [x.path, x.a, x.b, x.diff])).toEqual([
      ['table3.received.naturalPerson', 2, 0, -2],
      ['table3.received.total', 2, 0, -2],
    ]);
    expect(c.cells[2].a).toBe(c.cells[2].b);
  });

  it('exports a report as Excel laid out like the form, readable again', async () => {
    const res = await admin.get(`/api/reports/${ids.get('luolong-commerce-2022.txt')}/export.xlsx`);
    expect(res.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['报告', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '问题']);
    const t3 = workbook.getWorksheet('表三 依申请公开')!;
    const receivedRow = t3.getRows(1, t3.rowCount)!.find((row) => row.getCell(1).value === '一、本年新收政府信息公开申请数量')!;
    expect([3, 4, 9].map((c) => receivedRow.getCell(c).value)).toEqual([2, 0, 2]);
    const problems = workbook.getWorksheet('问题')!;
    expect(problems.getRow(2).getCell(1).value).toBe('错误');
    expect(String(problems.getRow(2).getCell(2).value)).toContain('表三「自然人」列');
  });

  it('writes a review opinion per unit as a Word document listing its findings', async () => {
    const unitId = (await admin.json(`/api/reports/${ids.get('luolong-commerce-2022.txt')}`)).unit.id;
    const res = await admin.get(`/api/units/${unitId}/opinion.docx`);
    expect(res.headers.get('Content-Disposition')).toContain(encodeURIComponent('洛龙区商务局审查意见.docx'));
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('关于洛龙区商务局2022—2023年度政府信息公开工作年度报告');
    expect(text).toContain('共发现问题 5 处，其中错误 2 处、警告 3 处、提示 0 处');
    expect(text).toContain('报告未注明发布日期，无法判断是否在规定期限 2023-01-31 之前公开，请补充。');
    expect(text).toContain('【表三各列收支平衡】表三「自然人」列');
    expect(text).toContain('审查人：admin（测试）');
  });

  it('answers a report that does not exist with 404, and a bad id with 400, in Chinese', async () => {
    expect(await (await admin.get('/api/reports/999999')).json() as any).toEqual({ error: { code: 'report-not-found', message: '没有找到该报告。' } });
    expect((await (await admin.get('/api/reports/abc')).json() as any).error).toEqual({ code: 'invalid-parameter', message: '参数 id 应为正整数。' });
    expect((await (await admin.get('/api/compare?a=1')).json() as any).error.code).toBe('invalid-parameter');
  });
});
