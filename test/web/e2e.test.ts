/**
 * End to end in real Chromium at 1366×768: a new user uploads the seeds, opens a report and sees the
 * finding on its cell and in the original, compares two years, exports Excel and reads it back; a
 * unit clerk cannot reach another unit's report through the page or the API. Every screen is
 * photographed into test/screenshots/ to be looked at.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luolong2022WithError, SAMPLES, SEED_NAMES } from '../server/helpers.js';
import { ADMIN_PASSWORD, HAS_CHROMIUM, launch, officeScreen, serve, shot, signIn, type Served } from './browser.js';

const LONG = 180_000;

describe.skipIf(!HAS_CHROMIUM)('the web app in Chromium', () => {
  let browser: Browser;
  let app: Served;
  let page: Page;
  const errors: string[] = [];
  const files = mkdtempSync(path.join(tmpdir(), 'gongkai-e2e-files-'));

  beforeAll(async () => {
    browser = await launch();
    app = await serve(false);
    ({ page } = await officeScreen(browser, errors));
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs the administrator in', async () => {
    await page.goto(`${app.base}/`);
    await page.waitForSelector('form.login');
    await shot(page, '01-login');
    await signIn(page, app.base, 'admin', 'wrong-password-here');
    await expect.poll(() => page.textContent('.form-error')).toBe('用户名或密码不正确。');
    await signIn(page, app.base, 'admin', ADMIN_PASSWORD);
    await page.waitForSelector('#top nav');
    expect(await page.textContent('#top .who')).toBe('系统管理员（管理员）');
    await shot(page, '02-home-empty');
  }, LONG);

  it('uploads the seeds with a progress bar and a result per file; duplicates and refusals apart', async () => {
    const edited = path.join(files, 'luolong-commerce-2022.txt');
    writeFileSync(edited, luolong2022WithError());
    const image = path.join(files, '扫描件.png');
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));
    await page.click('#top nav a[href="#/upload"]');
    await page.waitForSelector('.dropzone');
    await page.setInputFiles('#file-input', [...SEED_NAMES.map((n) => path.join(SAMPLES, n)), edited, image]);
    await expect.poll(() => page.locator('.upload-row.done').count(), { timeout: 60_000 }).toBe(7);
    expect(await page.locator('.upload-row progress').evaluateAll((bars) => bars.map((b) => (b as unknown as { value: number }).value))).toEqual([100, 100, 100, 100, 100, 100, 100]);
    // The six reports are listed as reports; the picture is listed apart, with the reason.
    const added = await page.locator('.upload-page table.list').first().locator('tbody tr').allTextContents();
    expect(added).toHaveLength(6);
    expect(added.find((r) => r.startsWith('luolong-commerce-2022.txt'))).toContain('洛龙区商务局2022错误 2');
    const refused = await page.locator('.upload-page table.list').nth(1).locator('tbody tr').allTextContents();
    expect(refused).toEqual(['扫描件.png拒收不是可读取的文件类型（既不是文本，也不是 HTML、DOCX、DOC、PDF 或 ZIP）。']);

    // A file dropped again (drag and drop) is recognised as already stored.
    const bytes = [...readFileSync(path.join(SAMPLES, 'hotan-commerce-2023.txt'))];
    // Runs in the page, where DataTransfer and File exist (the test's own types are Node's).
    const transfer = await page.evaluateHandle((data) => {
      const g = globalThis as any;
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([new Uint8Array(data)], '和田-再传一次.txt', { type: 'text/plain' }));
      return dt;
    }, bytes);
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: transfer });
    await expect.poll(() => page.locator('.upload-row.done').count()).toBe(8);
    expect(await page.locator('.upload-row').last().textContent()).toContain('已入库');
    await shot(page, '03-upload');
  }, LONG);

  it('opens a report: the finding is on its cell, in the list, and on its line in the original', async () => {
    await page.locator('.upload-page table.list').first().locator('tr', { hasText: 'luolong-commerce-2022.txt' }).getByText('打开').click();
    await page.waitForSelector('.report-grid .source-lines');
    const cell = page.locator('td[data-path="table3.received.naturalPerson"]');
    expect(await cell.getAttribute('class')).toContain('mark-error');
    expect(await cell.textContent()).toBe('21');
    expect(await page.locator('.finding-group h3').first().textContent()).toContain('三、收到和处理政府信息公开申请情况（表三）');
    expect(await page.locator('li.finding.sev-error .rule').first().textContent()).toBe('表三各列收支平衡');
    // The first error is chosen on opening: its cells are outlined and its line highlighted.
    await expect.poll(() => page.locator('.source-lines li.hl').textContent()).toMatch(/^\d+\(七\) 总计/);
    await cell.click();
    const popover = page.locator('.popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toContain('一、本年新收政府信息公开申请数量 2 + 二、上年结转政府信息公开申请数量 0 = 2');
    expect(await popover.textContent()).toContain('规则要求：表三每一列都应满足表格左上角注明的勾稽关系');
    await expect.poll(() => page.locator('.source-lines li.hl').textContent()).toMatch(/^\d+一、本年新收政府信息公开申请数量\s+2/);
    await shot(page, '04-report');
    await page.click('.tab:has-text("正文")');
    await shot(page, '05-report-sections');
    await page.click('.tab:has-text("表格")');
    await page.click('button:has-text("更正单位/年度")');
    await page.waitForSelector('.dialog select.unit-list option');
    await shot(page, '06-correction-dialog');
    await page.click('.dialog button:has-text("取消")');
  }, LONG);

  it('exports the report as Excel that reads back with the same numbers', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出 Excel")')]);
    expect(download.suggestedFilename()).toBe('洛龙区商务局2022年度报告.xlsx');
    const file = path.join(files, 'report.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const t3 = workbook.getWorksheet('表三 依申请公开')!;
    const row = t3.getRows(1, t3.rowCount)!.find((r) => r.getCell(1).value === '一、本年新收政府信息公开申请数量')!;
    expect([row.getCell(3).value, row.getCell(9).value]).toEqual([2, 2]);
    expect(String(workbook.getWorksheet('问题')!.getRow(2).getCell(2).value)).toContain('表三「自然人」列');
  }, LONG);

  it('compares two years of the unit, problems first', async () => {
    await page.selectOption('.report-head select', { label: '2023 年度' });
    await page.waitForSelector('table.cells-diff');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual(['一、问题', '二、表格数字（2 处不同）', '三、正文']);
    // The earlier year on the left: 2022 with its two errors first in its list.
    expect(await page.locator('.side h3').allTextContents()).toEqual(['洛龙区商务局 2022 年度', '洛龙区商务局 2023 年度']);
    expect(await page.locator('.side').first().locator('li.finding').first().textContent()).toContain('错误 表三「自然人」列');
    expect(await page.locator('table.cells-diff tbody tr').allTextContents()).toEqual(['表三「一、本年新收政府信息公开申请数量」自然人列20-2', '表三「一、本年新收政府信息公开申请数量」总计列20-2']);
    await shot(page, '07-compare');
  }, LONG);

  it('keeps a unit clerk to its own unit, in the page and in the API', async () => {
    // The administrator creates the clerk in the page and reads the one-time password.
    await page.click('#top nav a[href="#/admin/users"]');
    await page.fill('input[aria-label="用户名"]', 'luolong-clerk');
    await page.fill('input[aria-label="姓名"]', '洛龙填报员');
    await page.selectOption('select[aria-label="角色"]', 'clerk');
    await page.fill('input[aria-label="查找地区或单位"]', '洛龙');
    await page.waitForSelector('select[aria-label="范围"] option');
    await page.selectOption('select[aria-label="范围"]', { index: 0 });
    await page.click('button:has-text("新建用户")');
    const password = (await page.locator('.dialog .secret').textContent())!;
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
    await shot(page, '08-admin-users');
    await page.click('.dialog button:has-text("我已记下")');

    const reports = await page.evaluate(async () => ((await (await fetch('/api/reports')).json()) as any).items);
    const suizhou = reports.find((r: any) => r.unitName === '随州市商务局').id;
    const luolong = reports.find((r: any) => r.unitName === '洛龙区商务局' && r.year === 2023).id;

    const clerk = await officeScreen(browser, errors);
    await signIn(clerk.page, app.base, 'luolong-clerk', password);
    await clerk.page.waitForSelector('form.login h1:has-text("修改密码")');
    await shot(clerk.page, '09-password-change');
    await clerk.page.fill('input[autocomplete="current-password"]', password);
    await clerk.page.locator('input[autocomplete="new-password"]').nth(0).fill('clerk-own-password');
    await clerk.page.locator('input[autocomplete="new-password"]').nth(1).fill('clerk-own-password');
    await clerk.page.click('button:has-text("修改密码")');
    await clerk.page.waitForSelector('#top nav a:has-text("本单位")');
    expect(await clerk.page.locator('#top nav a').allTextContents()).toEqual(['工作台', '上传报告', '报告', '本单位', '对比']);

    await clerk.page.goto(`${app.base}/#/reports/${luolong}`);
    await clerk.page.waitForSelector('.report-grid');
    expect(await clerk.page.textContent('.report-head h1')).toContain('洛龙区商务局');

    await clerk.page.goto(`${app.base}/#/reports/${suizhou}`);
    await clerk.page.waitForSelector('.alert.error');
    expect(await clerk.page.textContent('.alert.error')).toBe('您没有权限查看该报告。');
    await shot(clerk.page, '10-clerk-forbidden');
    const api = await clerk.page.evaluate(async (id) => {
      const res = await fetch(`/api/reports/${id}`);
      const original = await fetch(`/api/reports/${id}/original`);
      const regions = await fetch('/api/regions');
      return { status: res.status, body: await res.json(), original: original.status, regions: regions.status };
    }, suizhou);
    expect(api).toEqual({ status: 403, body: { error: { code: 'forbidden', message: '您没有权限查看该报告。' } }, original: 403, regions: 403 });
    await clerk.context.close();
  }, LONG);

  it('ran without a script error or a blocked resource', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)('the demo region in Chromium', () => {
  let browser: Browser;
  let app: Served;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    app = await serve(true);
    ({ page } = await officeScreen(browser, errors));
    await signIn(page, app.base, 'admin', ADMIN_PASSWORD);
    await page.waitForSelector('#top nav');
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads the demo on the first start and shows it on the home page', async () => {
    expect(app.printed).toContain('已载入示例数据：样例报告 5 份，示范市报告 91 份');
    await page.waitForSelector('.stats');
    expect(await page.locator('.stat').first().textContent()).toBe('96份报告');
    await shot(page, '11-home');
  }, LONG);

  it('shows the coverage matrix with missing, late and erroneous reports', async () => {
    await page.click('#top nav a[href="#/regions"]');
    await page.waitForSelector('table.matrix');
    const row = page.locator('table.matrix tbody tr', { hasText: '示范市公安局' });
    expect(await row.locator('.chip.st-late').count()).toBe(2);
    expect(await page.locator('table.matrix .chip.st-missing').count()).toBeGreaterThan(2);
    expect(await page.locator('table.matrix .chip.has-errors').count()).toBeGreaterThan(3);
    await shot(page, '12-region-coverage');
    await page.fill('.name-search input', '青石');
    await page.waitForSelector('.search-results .hit');
    expect(await page.locator('.search-results .hit').allTextContents()).toEqual(['青石镇人民政府 乡镇/街道 · 示范市明德区青石镇', '示范市明德区青石镇 乡镇（街道） · 1 个单位']);
    await shot(page, '13-region-search');
    await page.fill('.name-search input', '');
  }, LONG);

  it('filters the region’s findings by rule and severity', async () => {
    await page.click('.tabs a:has-text("问题")');
    await page.waitForSelector('table.findings-table');
    await page.selectOption('select[aria-label="严重程度"]', 'error');
    await expect.poll(() => page.locator('table.findings-table tbody tr').count()).toBe(12);
    await page.selectOption('select[aria-label="规则"]', 'table4/group-sum');
    await expect.poll(() => page.locator('table.findings-table tbody tr').count()).toBe(2);
    await shot(page, '14-region-findings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出 Excel")')]);
    expect(download.suggestedFilename()).toBe('示范市问题清单.xlsx');
  }, LONG);

  it('draws the dashboard, each chart downloadable as PNG and as Excel', async () => {
    await page.click('#top nav a[href="#/dashboard"]');
    await page.waitForSelector('.chart canvas');
    await expect.poll(() => page.locator('.chart canvas').count()).toBe(4);
    await page.waitForTimeout(300);
    await shot(page, '15-dashboard');
    const card = page.locator('.chart-card').first();
    const [png] = await Promise.all([page.waitForEvent('download'), card.locator('button:has-text("下载图片")').click()]);
    expect(png.suggestedFilename()).toBe('示范市申请数量.png');
    const pngBytes = readFileSync((await png.path())!);
    expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), card.locator('button:has-text("下载数据")').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    expect(workbook.worksheets[0]!.getRow(4).getCell(2).value).toBe('报告数（样本）');
  }, LONG);

  it('shows a unit’s years, a demo report with its findings, the report list, and the audit log', async () => {
    await page.goto(`${app.base}/#/regions/990100`);
    await page.click('table.matrix a:has-text("示范市人民政府")');
    await page.waitForSelector('table.years');
    await shot(page, '16-unit');
    await page.locator('table.years tr', { hasText: '2023 年度' }).getByText('打开报告').click();
    await page.waitForSelector('.report-grid td.mark-error');
    expect(await page.locator('td.mark-error').count()).toBe(5);
    await shot(page, '17-demo-report');
    await page.goto(`${app.base}/#/compare`);
    await page.waitForSelector('.compare-form');
    await shot(page, '18-compare-empty');
    await page.goto(`${app.base}/#/reports`);
    await page.waitForSelector('table.list tbody tr');
    await shot(page, '19-reports');
    await page.goto(`${app.base}/#/admin/audit`);
    await page.waitForSelector('table.list tbody tr');
    await shot(page, '20-audit');
    await page.goto(`${app.base}/api/docs`);
    await shot(page, '21-api-docs');
  }, LONG);

  it('ran without a script error or a blocked resource', () => {
    expect(errors).toEqual([]);
  });
});
