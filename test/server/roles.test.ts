/** Role boundaries enforced by the API itself: a clerk sees only its unit, a reviewer only its region's subtree, administrators everything. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../store/dialects.js';
import { createTestApp, uploadSeeds, type Client, type TestApp } from './helpers.js';

describe.each(DIALECTS)('roles (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let clerk: Client;
  let reviewer: Client;
  let ids: Map<string, number>;
  let luolongUnit: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.addUser('admin', 'admin');
    admin = await t.signIn('admin');
    ids = await uploadSeeds(admin);
    luolongUnit = (await admin.json(`/api/reports/${ids.get('luolong-commerce-2023.txt')}`)).unit.id;
    await t.addUser('clerk', 'clerk', { unitId: luolongUnit });
    // 河南省 holds 洛龙区 (洛阳市): the reviewer sees 洛龙区商务局 and nothing in 湖北 or 新疆.
    await t.addUser('henan', 'reviewer', { regionId: '410000' });
    clerk = await t.signIn('clerk');
    reviewer = await t.signIn('henan');
  });
  afterAll(() => t?.close());

  const otherReport = () => ids.get('suizhou-commerce-2023.txt')!;

  it('lets a clerk read its own unit’s reports', async () => {
    const r = await clerk.json(`/api/reports/${ids.get('luolong-commerce-2023.txt')}`);
    expect(r.unit.name).toBe('洛龙区商务局');
    expect(r.canCorrect).toBe(false);
    const list = await clerk.json('/api/reports');
    expect(list.items.map((x: any) => x.unitName)).toEqual(['洛龙区商务局', '洛龙区商务局']);
  });

  it('refuses a clerk another unit’s report through every route', async () => {
    const id = otherReport();
    for (const url of [`/api/reports/${id}`, `/api/reports/${id}/source`, `/api/reports/${id}/original`, `/api/reports/${id}/export.xlsx`]) {
      const res = await clerk.get(url);
      expect(res.status, url).toBe(403);
      expect(await res.json(), url).toEqual({ error: { code: 'forbidden', message: '您没有权限查看该报告。' } });
    }
    const compare = await clerk.get(`/api/compare?a=${ids.get('luolong-commerce-2023.txt')}&b=${id}`);
    expect(compare.status).toBe(403);
    const suizhouUnit = (await admin.json(`/api/reports/${id}`)).unit.id;
    expect((await clerk.get(`/api/units/${suizhouUnit}`)).status).toBe(403);
    expect((await clerk.get(`/api/units/${suizhouUnit}/opinion.docx`)).status).toBe(403);
    const search = await clerk.json('/api/search?q=商务局');
    expect(search.units.map((u: any) => u.name)).toEqual(['洛龙区商务局']);
    expect(search.regions).toEqual([]);
  });

  it('keeps clerks out of region views, corrections and administration', async () => {
    expect((await clerk.get('/api/regions')).status).toBe(403);
    expect((await clerk.get('/api/regions/410000/coverage')).status).toBe(403);
    expect((await clerk.patch(`/api/reports/${ids.get('luolong-commerce-2023.txt')}`, { year: 2021 })).status).toBe(403);
    expect((await clerk.get('/api/users')).status).toBe(403);
    expect((await clerk.get('/api/audit')).status).toBe(403);
  });

  it('limits a reviewer to its region’s subtree', async () => {
    expect((await reviewer.json(`/api/reports/${ids.get('luolong-commerce-2023.txt')}`)).unit.name).toBe('洛龙区商务局');
    expect((await reviewer.get(`/api/reports/${otherReport()}`)).status).toBe(403);
    expect((await reviewer.json('/api/regions')).items.map((r: any) => r.fullName)).toEqual(['河南省']);
    expect((await reviewer.get('/api/regions/420000/coverage')).status).toBe(403);
    const coverage = await reviewer.json('/api/regions/410000/coverage?from=2022&to=2023');
    expect(coverage.rows.map((r: any) => [r.unitName, r.cells[2022].status, r.cells[2023].status])).toEqual([['洛龙区商务局', 'undated', 'undated']]);
    const list = await reviewer.json('/api/reports');
    expect(new Set(list.items.map((x: any) => x.unitName))).toEqual(new Set(['洛龙区商务局']));
    // Unassigned reports belong to no region: only administrators see them.
    expect((await reviewer.get(`/api/reports/${ids.get('fuyuan-city-2023.txt')}`)).status).toBe(403);
    expect((await reviewer.get('/api/users')).status).toBe(403);
  });

  it('lets a reviewer correct only towards units within its region', async () => {
    const id = ids.get('luolong-commerce-2022.txt')!;
    const suizhouUnit = (await admin.json(`/api/reports/${otherReport()}`)).unit.id;
    const away = await reviewer.patch(`/api/reports/${id}`, { unitId: suizhouUnit });
    expect(away.status).toBe(403);
    expect((await away.json() as any).error.message).toBe('只能改为您地区范围内的单位。');
  });

  it('hides from the upload result a report outside the uploader’s scope', async () => {
    const id = (await (await clerk.post('/api/uploads')).json() as any).id;
    const text = new TextDecoder().decode(Buffer.from(await (await admin.get(`/api/reports/${otherReport()}/original`)).arrayBuffer())).replace(/2023/g, '2021').replace(/2024/g, '2022');
    const { items } = await clerk.upload('随州2021.txt', new TextEncoder().encode(text), id);
    expect(items[0]).toMatchObject({ status: 'added', reportId: null, unitName: null, year: 2021, message: '已保存，报告属于“随州市商务局”，不在您的查看范围内。' });
  });

  it('lets administrators create accounts with a one-time password, and rejects incomplete roles', async () => {
    const created = await admin.post('/api/users', { username: 'luoyang', role: 'reviewer', regionId: '410300' });
    expect(created.status).toBe(201);
    const { initialPassword } = (await created.json()) as any;
    expect(initialPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    const login = await t.client().post('/api/auth/login', { username: 'luoyang', password: initialPassword });
    expect((await login.json() as any).user).toMatchObject({ role: 'reviewer', regionName: '河南省洛阳市', mustChangePassword: true });
    expect((await (await admin.post('/api/users', { username: 'x1', role: 'clerk' })).json() as any).error.code).toBe('invalid-role');
    expect((await (await admin.post('/api/users', { username: 'luoyang', role: 'admin' })).json() as any).error.code).toBe('username-taken');
    const users = await admin.json('/api/users');
    expect(users.items.find((u: any) => u.username === 'luoyang')).toMatchObject({ roleLabel: '审核人员', regionName: '河南省洛阳市', mustChangePassword: true });
  });

  it('signs a disabled user out at once', async () => {
    await t.addUser('leaving', 'reviewer', { regionId: '410000' });
    const c = await t.signIn('leaving');
    const id = (await admin.json('/api/users')).items.find((u: any) => u.username === 'leaving').id;
    expect((await admin.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { username: 'leaving', password: 'correct-horse-battery' })).status).toBe(401);
  });
});
