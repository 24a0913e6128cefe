/** Regions: the tree, the coverage matrix, findings across the region, the dashboard, and the region's Excel exports. */
import type { Context } from 'hono';
import ExcelJS from 'exceljs';
import { AGGREGATION_MODES, isMode, type AggregationMode } from '../../../corpus/aggregate.js';
import { addFindingsSheet } from '../../../corpus/export/findings-sheet.js';
import { regionWorkbook } from '../../../corpus/export/region-workbook.js';
import { STATUS_LABELS } from '../../../corpus/coverage.js';
import { coverageMatrix } from '../../../corpus/web/coverage-matrix.js';
import { dashboard, RANK_METRICS, type RankMetric } from '../../../corpus/web/dashboard.js';
import { DASHBOARD_CHARTS, dashboardWorkbook, type DashboardChart } from '../../../corpus/web/dashboard-workbook.js';
import { allRules, ruleInfo } from '../../../corpus/web/rule-catalog.js';
import { regionFindings, type FindingFilter } from '../../../store/web-findings.js';
import { webDb } from '../../../store/web-schema.js';
import { cellName } from '../../../templates/labels.js';
import { requireUser, scopeOf } from '../../auth/access.js';
import { audit } from '../../audit.js';
import type { AppEnv } from '../../deps.js';
import { ApiError } from '../../errors.js';
import { download, safeFileName, XLSX } from '../../http/download.js';
import { regionNode, rootNodes, subtreeCounter, nodeOf } from '../region-tree.js';
import { visibleRegion, yearRange } from '../region-access.js';
import { paging, queryEnum, queryInt, queryText, queryYear } from '../params.js';
import { defineRoutes, type ParamDoc } from '../route.js';
import { arrayOf, S } from '../schemas.js';

const idDoc: ParamDoc = { name: 'id', in: 'path', required: true, description: '地区编号（行政区划代码，或示范地区的编号）', schema: S.str };
const rangeDocs: ParamDoc[] = [
  { name: 'from', in: 'query', description: '起始年度（默认：有报告的最近五个年度）', schema: S.int },
  { name: 'to', in: 'query', description: '截止年度', schema: S.int },
];
const findingDocs: ParamDoc[] = [
  { name: 'rule', in: 'query', description: '规则编号', schema: S.str },
  { name: 'severity', in: 'query', description: '严重程度', schema: { type: 'string', enum: ['error', 'warning', 'info'] } },
  { name: 'unit', in: 'query', description: '单位编号', schema: S.int },
  { name: 'unitName', in: 'query', description: '单位名称的一部分', schema: S.str },
  { name: 'year', in: 'query', description: '年度', schema: S.int },
];
const dashboardDocs: ParamDoc[] = [
  ...rangeDocs,
  { name: 'mode', in: 'query', description: '汇总口径：all-units 全部单位、departments-only 只计部门和乡镇、governments-only 只计政府（默认按地区设定）', schema: { type: 'string', enum: Object.keys(AGGREGATION_MODES) } },
  { name: 'metric', in: 'query', description: '排名所用的单元格', schema: { type: 'string', enum: [...RANK_METRICS] } },
];

function findingFilter(c: Context<AppEnv>, regionPath: string): Omit<FindingFilter, 'offset' | 'limit'> {
  const rule = queryText(c, 'rule');
  const severity = queryEnum(c, 'severity', ['error', 'warning', 'info'] as const);
  const unitId = queryInt(c, 'unit', { min: 1, max: 1e9 });
  const unitName = queryText(c, 'unitName');
  const year = queryYear(c);
  return { regionPath, ...(rule ? { rule } : {}), ...(severity ? { severity } : {}), ...(unitId !== undefined ? { unitId } : {}), ...(unitName ? { unitName } : {}), ...(year !== undefined ? { year } : {}) };
}

async function dashboardOf(c: Context<AppEnv>) {
  const region = visibleRegion(c);
  const years = await yearRange(c, region, 6);
  const modeText = queryText(c, 'mode');
  if (modeText && !isMode(modeText)) throw new ApiError('invalid-parameter', '汇总口径应为 all-units、departments-only 或 governments-only。');
  const metric = queryEnum(c, 'metric', RANK_METRICS) as RankMetric | undefined;
  return { region, data: await dashboard(c.var.deps.corpus, region, years, { ...(modeText ? { mode: modeText as AggregationMode } : {}), ...(metric ? { rankMetric: metric } : {}) }) };
}

export const regionRoutes = defineRoutes([
  {
    method: 'get',
    path: '/api/regions',
    tag: '单位与地区',
    summary: '地区树的起点：管理员为有单位的省级地区，审核人员为本人负责的地区',
    access: 'reviewer',
    response: { contentType: 'application/json', schema: { type: 'object', properties: { items: arrayOf({ type: 'object' }) } }, description: '地区' },
    handler: async (c) => {
      const { corpus } = c.var.deps;
      const user = requireUser(c);
      if (user.role === 'admin') return c.json({ items: await rootNodes(corpus) });
      const region = corpus.regions.get(user.region_id);
      const count = await subtreeCounter(corpus);
      return c.json({ items: region ? [nodeOf(region, count(region))] : [] });
    },
  },
  {
    method: 'get',
    path: '/api/regions/:id',
    tag: '单位与地区',
    summary: '一个地区：上级路径、下级地区（含单位数）和本级单位',
    access: 'reviewer',
    params: [idDoc, { name: 'all', in: 'query', description: '1：也列出没有单位的下级地区', schema: S.int }],
    response: { contentType: 'application/json', schema: { type: 'object' }, description: '地区' },
    errors: ['region-not-found', 'forbidden'],
    handler: async (c) => c.json(await regionNode(c.var.deps.corpus, visibleRegion(c), c.req.query('all') === '1')),
  },
  {
    method: 'get',
    path: '/api/regions/:id/coverage',
    tag: '单位与地区',
    summary: '公开情况矩阵：各单位 × 各年度，标出未公开、逾期公开和有错误的报告',
    access: 'reviewer',
    params: [idDoc, ...rangeDocs, { name: 'q', in: 'query', description: '单位名称的一部分', schema: S.str }],
    response: { contentType: 'application/json', schema: S.ref('CoverageMatrix'), description: '矩阵' },
    errors: ['region-not-found', 'forbidden'],
    handler: async (c) => {
      const region = visibleRegion(c);
      const years = await yearRange(c, region);
      const matrix = await coverageMatrix(c.var.deps.corpus, region, years, queryText(c, 'q'));
      return c.json({ ...matrix, statusLabels: STATUS_LABELS });
    },
  },
  {
    method: 'get',
    path: '/api/regions/:id/findings',
    tag: '单位与地区',
    summary: '地区内各单位报告的问题，可按规则、单位、严重程度、年度筛选',
    access: 'reviewer',
    params: [idDoc, ...findingDocs, { name: 'offset', in: 'query', description: '跳过的条数', schema: S.int }, { name: 'limit', in: 'query', description: '条数（最多 500）', schema: S.int }],
    response: { contentType: 'application/json', schema: { type: 'object', properties: { total: S.int, items: arrayOf(S.ref('Finding')), rules: arrayOf({ type: 'object' }), severities: { type: 'object' } } }, description: '问题' },
    errors: ['region-not-found', 'forbidden'],
    handler: async (c) => {
      const region = visibleRegion(c);
      const result = await regionFindings(webDb(c.var.deps.corpus.store.db), scopeOf(c), { ...findingFilter(c, region.path), ...paging(c) });
      return c.json({
        total: result.total,
        severities: result.bySeverity,
        rules: result.byRule.map((r) => ({ ...r, title: ruleInfo(r.rule).title })),
        items: result.rows.map((f) => ({
          id: f.id,
          reportId: f.report_id,
          origin: f.origin,
          rule: f.rule,
          ruleTitle: ruleInfo(f.rule).title,
          severity: f.severity,
          message: f.message,
          cells: f.cells_json ? (JSON.parse(f.cells_json) as string[]).map((path) => ({ path, name: cellName(path) })) : [],
          year: f.year,
          unitId: f.unit_id,
          unitName: f.unit_name,
          regionName: f.region_name,
        })),
      });
    },
  },
  {
    method: 'get',
    path: '/api/regions/:id/findings.xlsx',
    tag: '导出',
    summary: '地区内的问题清单（Excel），筛选条件同上',
    access: 'reviewer',
    params: [idDoc, ...findingDocs],
    response: { contentType: XLSX, description: 'Excel 工作簿' },
    errors: ['region-not-found', 'forbidden'],
    handler: async (c) => {
      const region = visibleRegion(c);
      const result = await regionFindings(webDb(c.var.deps.corpus.store.db), scopeOf(c), { ...findingFilter(c, region.path), offset: 0, limit: 100_000 });
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'Gongkai';
      addFindingsSheet(
        workbook,
        result.rows.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, cells_json: f.cells_json, origin: f.origin, unit: f.unit_name, year: f.year })),
        true,
      );
      await audit(c, 'export', `region:${region.id}`, { kind: 'findings-xlsx', count: result.rows.length });
      return download(c, new Uint8Array(await workbook.xlsx.writeBuffer()), safeFileName(`${region.full_name}问题清单.xlsx`), XLSX);
    },
  },
  {
    method: 'get',
    path: '/api/regions/:id/export.xlsx',
    tag: '导出',
    summary: '地区一个年度的 Excel：公开情况、各单位数据、汇总、问题',
    access: 'reviewer',
    params: [idDoc, { name: 'year', in: 'query', required: true, description: '年度', schema: S.int }],
    response: { contentType: XLSX, description: 'Excel 工作簿' },
    errors: ['region-not-found', 'forbidden', 'invalid-parameter'],
    handler: async (c) => {
      const region = visibleRegion(c);
      const year = queryYear(c);
      if (year === undefined) throw new ApiError('invalid-parameter', '请给出年度（year）。');
      const workbook = await regionWorkbook(c.var.deps.corpus, region, year);
      await audit(c, 'export', `region:${region.id}`, { kind: 'region-xlsx', year });
      return download(c, new Uint8Array(await workbook.xlsx.writeBuffer()), safeFileName(`${region.full_name}${year}年度汇总.xlsx`), XLSX);
    },
  },
  {
    method: 'get',
    path: '/api/regions/:id/dashboard',
    tag: '统计图表',
    summary: '统计图表的数据：历年申请数量和办理结果、结果构成、行政复议和诉讼、单位排名（附样本数）',
    access: 'reviewer',
    params: [idDoc, ...dashboardDocs],
    response: { contentType: 'application/json', schema: S.ref('Dashboard'), description: '图表数据' },
    errors: ['region-not-found', 'forbidden'],
    handler: async (c) => c.json({ ...(await dashboardOf(c)).data, charts: DASHBOARD_CHARTS, modes: Object.fromEntries(Object.entries(AGGREGATION_MODES).map(([k, v]) => [k, v.label])), metrics: Object.fromEntries(RANK_METRICS.map((m) => [m, cellName(m)])) }),
  },
  {
    method: 'get',
    path: '/api/regions/:id/dashboard.xlsx',
    tag: '导出',
    summary: '一张统计图的数据（Excel）',
    access: 'reviewer',
    params: [idDoc, { name: 'chart', in: 'query', required: true, description: '图表', schema: { type: 'string', enum: Object.keys(DASHBOARD_CHARTS) } }, ...dashboardDocs],
    response: { contentType: XLSX, description: 'Excel 工作簿' },
    errors: ['region-not-found', 'forbidden', 'invalid-parameter'],
    handler: async (c) => {
      const chart = queryEnum(c, 'chart', Object.keys(DASHBOARD_CHARTS) as DashboardChart[]);
      if (!chart) throw new ApiError('invalid-parameter', '请给出图表（chart）。');
      const { region, data } = await dashboardOf(c);
      const workbook = dashboardWorkbook(data, chart);
      await audit(c, 'export', `region:${region.id}`, { kind: 'dashboard-xlsx', chart });
      return download(c, new Uint8Array(await workbook.xlsx.writeBuffer()), safeFileName(`${region.full_name}${DASHBOARD_CHARTS[chart]}.xlsx`), XLSX);
    },
  },
  {
    method: 'get',
    path: '/api/rules',
    tag: '检查规则',
    summary: '全部检查规则：编号、名称、严重程度和要求（公式的文字表述）',
    access: 'user',
    response: { contentType: 'application/json', schema: { type: 'object', properties: { items: arrayOf({ type: 'object' }) } }, description: '规则' },
    handler: (c) => c.json({ items: allRules() }),
  },
]);
