/** Search by any part of a name, comparing two reports, the home page's overview, and a health check. */
import { compareReports } from '../../../corpus/compare.js';
import { KIND_LABELS } from '../../../corpus/units/normalize.js';
import type { UnitKind } from '../../../store/schema.js';
import { reportPlace, scopedTotals } from '../../../store/web-reports.js';
import { searchNames, unitCountsByRegion } from '../../../store/web-regions.js';
import { webDb } from '../../../store/web-schema.js';
import { assertReport, requireUser, scopeOf } from '../../auth/access.js';
import { ApiError } from '../../errors.js';
import { rootNodes } from '../region-tree.js';
import { queryInt, queryText } from '../params.js';
import { defineRoutes } from '../route.js';
import { arrayOf, S } from '../schemas.js';

const LEVELS: Record<string, string> = { province: '省级', city: '市级', county: '县级', township: '乡镇（街道）' };

export const miscRoutes = (version: string) =>
  defineRoutes([
    {
      method: 'get',
      path: '/api/search',
      tag: '单位与地区',
      summary: '按名称的任意部分查找单位、乡镇和街道（在本人的查看范围内）',
      access: 'user',
      params: [{ name: 'q', in: 'query', required: true, description: '名称的一部分（至少 1 个字）', schema: S.str }],
      response: { contentType: 'application/json', schema: { type: 'object', properties: { units: arrayOf({ type: 'object' }), regions: arrayOf({ type: 'object' }) } }, description: '找到的单位和地区' },
      handler: async (c) => {
        const q = queryText(c, 'q', 50);
        if (!q) return c.json({ units: [], regions: [] });
        const { corpus } = c.var.deps;
        const db = webDb(corpus.store.db);
        const { units, regions } = await searchNames(db, scopeOf(c), q, 30);
        const counts = await unitCountsByRegion(db);
        const held = (path: string) => counts.reduce((n, r) => (r.path.startsWith(path) ? n + r.units : n), 0);
        // Regions holding units first: 青石镇 in the corpus before a namesake elsewhere in the country.
        const regionItems = regions
          .map((r) => ({ id: r.id, name: r.name, fullName: r.full_name, level: r.level, levelLabel: LEVELS[r.level] ?? r.level, units: held(r.path) }))
          .sort((a, b) => Number(b.units > 0) - Number(a.units > 0) || a.fullName.localeCompare(b.fullName, 'zh'))
          .slice(0, 30);
        const user = requireUser(c);
        return c.json({
          units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, kindLabel: KIND_LABELS[u.kind as UnitKind], regionId: u.region_id, regionName: u.region_name })),
          regions: user.role === 'clerk' ? [] : regionItems,
        });
      },
    },
    {
      method: 'get',
      path: '/api/compare',
      tag: '对比',
      summary: '两份报告对比（同一单位的两个年度，或两个单位）：先列问题，再列不同的表格数字，最后是正文差异（套话单列）',
      access: 'user',
      params: [
        { name: 'a', in: 'query', required: true, description: '报告编号（左）', schema: S.int },
        { name: 'b', in: 'query', required: true, description: '报告编号（右）', schema: S.int },
      ],
      response: { contentType: 'application/json', schema: S.ref('Comparison'), description: '对比结果' },
      errors: ['report-not-found', 'forbidden', 'invalid-parameter'],
      handler: async (c) => {
        const a = queryInt(c, 'a', { min: 1, max: 1e9 });
        const b = queryInt(c, 'b', { min: 1, max: 1e9 });
        if (a === undefined || b === undefined) throw new ApiError('invalid-parameter', '请给出两份报告的编号（a 和 b）。');
        if (a === b) throw new ApiError('invalid-parameter', '请选择两份不同的报告。');
        const { corpus } = c.var.deps;
        const db = webDb(corpus.store.db);
        const [pa, pb] = [await reportPlace(db, a), await reportPlace(db, b)];
        if (!pa || !pb) throw new ApiError('report-not-found');
        assertReport(c, pa);
        assertReport(c, pb);
        const comparison = await compareReports(corpus, pa.report, pb.report);
        const side = (p: typeof pa) => ({ unitId: p.report.unit_id, unitName: p.unitName, file: p.report.file, publishDate: p.report.publish_date, template: p.report.template });
        return c.json({
          a: { ...comparison.a, ...side(pa) },
          b: { ...comparison.b, ...side(pb) },
          cells: comparison.cells,
          sections: comparison.sections,
          differingCells: comparison.cells.filter((x) => x.a !== x.b).length,
        });
      },
    },
    {
      method: 'get',
      path: '/api/overview',
      tag: '账号',
      summary: '首页概况：报告数、有错误的报告、未确定单位的报告、可查看的地区',
      access: 'user',
      response: { contentType: 'application/json', schema: { type: 'object' }, description: '概况' },
      handler: async (c) => {
        const user = requireUser(c);
        const { corpus } = c.var.deps;
        const totals = await scopedTotals(webDb(corpus.store.db), scopeOf(c));
        const regions = user.role === 'admin' ? await rootNodes(corpus) : user.role === 'reviewer' && user.region_id ? [{ id: user.region_id, fullName: corpus.regions.get(user.region_id)?.full_name ?? user.region_id }] : [];
        return c.json({ totals, regions, unit: user.unit_id !== null ? { id: user.unit_id, name: corpus.matcher.unit(user.unit_id)?.name ?? null } : null });
      },
    },
    {
      method: 'get',
      path: '/api/health',
      tag: '账号',
      summary: '服务是否正常',
      access: 'public',
      response: { contentType: 'application/json', schema: { type: 'object', properties: { ok: { type: 'boolean' }, version: S.str } }, description: '正常' },
      handler: (c) => c.json({ ok: true, version }),
    },
  ]);
