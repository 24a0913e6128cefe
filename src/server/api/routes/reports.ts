/** Reports: the list, one report's page, its original (as a safe rendering and as the file), its Excel export, and corrections. */
import type { Context } from 'hono';
import { reportWorkbook } from '../../../corpus/export/report-workbook.js';
import { correctReport } from '../../../corpus/web/correct.js';
import { getOriginal } from '../../../store/originals.js';
import { getUnit } from '../../../store/units.js';
import { listScopedReports, reportPlace } from '../../../store/web-reports.js';
import { webDb } from '../../../store/web-schema.js';
import { assertReport, canSeeUnit, requireUser, scopeOf } from '../../auth/access.js';
import { audit } from '../../audit.js';
import type { AppEnv } from '../../deps.js';
import { ApiError } from '../../errors.js';
import { download, safeFileName, XLSX } from '../../http/download.js';
import type { SourceCache } from '../../source-cache.js';
import { reportDetail } from '../report-detail.js';
import { bodyInt, bodyString, idParam, jsonBody, paging, queryEnum, queryInt, queryText, queryYear, YEAR_RANGE } from '../params.js';
import { defineRoutes } from '../route.js';
import { S } from '../schemas.js';

const idDoc = [{ name: 'id', in: 'path' as const, required: true, description: '报告编号', schema: S.int }];

export async function visibleReport(c: Context<AppEnv>) {
  const place = await reportPlace(webDb(c.var.deps.corpus.store.db), idParam(c));
  if (!place) throw new ApiError('report-not-found');
  assertReport(c, place);
  return place;
}

export const reportRoutes = (cache: SourceCache) =>
  defineRoutes([
    {
      method: 'get',
      path: '/api/reports',
      tag: '报告',
      summary: '报告列表（在本人的查看范围内）',
      access: 'user',
      params: [
        { name: 'q', in: 'query', description: '单位、机关名称或文件名的一部分', schema: S.str },
        { name: 'year', in: 'query', description: '年度', schema: S.int },
        { name: 'unit', in: 'query', description: '单位编号', schema: S.int },
        { name: 'match', in: 'query', description: 'unassigned：只列出未确定单位的报告', schema: { type: 'string', enum: ['unassigned'] } },
        { name: 'errors', in: 'query', description: '1：只列出有错误的报告', schema: S.int },
        { name: 'offset', in: 'query', description: '跳过的条数', schema: S.int },
        { name: 'limit', in: 'query', description: '条数（最多 500）', schema: S.int },
      ],
      response: { contentType: 'application/json', schema: S.list('ReportSummary'), description: '报告' },
      handler: async (c) => {
        const scope = scopeOf(c);
        const unitId = queryInt(c, 'unit', { min: 1, max: 1e9 });
        const year = queryYear(c);
        const q = queryText(c, 'q');
        const match = queryEnum(c, 'match', ['unassigned'] as const);
        const { total, rows } = await listScopedReports(webDb(c.var.deps.corpus.store.db), scope, {
          ...paging(c),
          ...(q ? { q } : {}),
          ...(year !== undefined ? { year } : {}),
          ...(unitId !== undefined ? { unitId } : {}),
          ...(match ? { match } : {}),
          withErrors: c.req.query('errors') === '1',
        });
        return c.json({
          total,
          items: rows.map((r) => ({
            id: r.id,
            sha256: r.sha256,
            file: r.file,
            agency: r.agency,
            year: r.year,
            publishDate: r.publish_date,
            template: r.template,
            unitId: r.unit_id,
            unitName: r.unit_name,
            regionName: r.region_name,
            matchKind: r.match_kind,
            isPrimary: r.is_primary === 1,
            errors: r.errors + Number(r.corpus_errors ?? 0),
            warnings: r.warnings + Number(r.corpus_warnings ?? 0),
            infos: r.infos,
            parsedAt: r.parsed_at,
          })),
        });
      },
    },
    {
      method: 'get',
      path: '/api/reports/:id',
      tag: '报告',
      summary: '报告页：按官方样式排布的表格、标在单元格上的问题、按表格和部分分组的问题清单、更正记录',
      access: 'user',
      params: idDoc,
      response: { contentType: 'application/json', schema: S.ref('ReportDetail'), description: '报告' },
      errors: ['report-not-found', 'forbidden'],
      handler: async (c) => {
        const place = await visibleReport(c);
        const user = requireUser(c);
        return c.json(await reportDetail(c.var.deps.corpus, cache, place, user.role !== 'clerk'));
      },
    },
    {
      method: 'get',
      path: '/api/reports/:id/source',
      tag: '报告',
      summary: '原文的安全呈现：文本格式逐行给出，网页、Word、PDF 给出读取出的段落和表格（均为纯文本）',
      access: 'user',
      params: idDoc,
      response: { contentType: 'application/json', schema: S.ref('SourceView'), description: '原文' },
      errors: ['report-not-found', 'forbidden', 'original-not-found'],
      handler: async (c) => {
        const place = await visibleReport(c);
        const analysis = await cache.get(c.var.deps.corpus, place.report.sha256, place.report.file);
        if (!analysis) throw new ApiError('original-not-found');
        return c.json({ view: analysis.view });
      },
    },
    {
      method: 'get',
      path: '/api/reports/:id/original',
      tag: '报告',
      summary: '下载原件（原样，作为附件）',
      access: 'user',
      params: idDoc,
      response: { contentType: 'application/octet-stream', description: '原件' },
      errors: ['report-not-found', 'forbidden', 'original-not-found'],
      handler: async (c) => {
        const place = await visibleReport(c);
        const original = await getOriginal(c.var.deps.corpus.store.db, place.report.sha256);
        if (!original) throw new ApiError('original-not-found');
        const name = original.name.split('!/').pop()!.split('/').pop()!;
        return download(c, original.content, safeFileName(name));
      },
    },
    {
      method: 'get',
      path: '/api/reports/:id/export.xlsx',
      tag: '导出',
      summary: '报告的 Excel：表二至表四按官方样式，附问题清单',
      access: 'user',
      params: idDoc,
      response: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'Excel 工作簿' },
      errors: ['report-not-found', 'forbidden'],
      handler: async (c) => {
        const place = await visibleReport(c);
        const workbook = await reportWorkbook(c.var.deps.corpus, place.report);
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        await audit(c, 'export', `report:${place.report.id}`, { kind: 'report-xlsx' });
        return download(c, bytes, safeFileName(`${place.unitName ?? place.report.agency ?? '报告'}${place.report.year ?? ''}年度报告.xlsx`), XLSX);
      },
    },
    {
      method: 'patch',
      path: '/api/reports/:id',
      tag: '报告',
      summary: '更正报告的所属单位或年度（保留更正记录：何人、何时、原值、新值）',
      description: '管理员和审核人员可用；审核人员只能改为本人地区范围内的单位。',
      access: 'reviewer',
      params: idDoc,
      body: { contentType: 'application/json', schema: { type: 'object', properties: { unitId: S.int, year: S.int, note: S.str } } },
      response: { contentType: 'application/json', schema: { type: 'object', properties: { changed: { type: 'array', items: S.str } } }, description: '更正的字段' },
      errors: ['report-not-found', 'forbidden', 'unit-not-found', 'correction-empty'],
      handler: async (c) => {
        const place = await visibleReport(c);
        const body = await jsonBody(c);
        const unitId = bodyInt(body, 'unitId', { min: 1, max: 1e9 });
        const year = bodyInt(body, 'year', YEAR_RANGE);
        const note = bodyString(body, 'note', { max: 500 }) ?? null;
        const { corpus } = c.var.deps;
        if (unitId !== undefined) {
          const unit = await getUnit(corpus.store.db, unitId);
          if (!unit) throw new ApiError('unit-not-found');
          const regionPath = unit.region_id ? (corpus.regions.get(unit.region_id)?.path ?? null) : null;
          if (!canSeeUnit(scopeOf(c), { id: unit.id, regionPath })) throw new ApiError('forbidden', '只能改为您地区范围内的单位。');
        }
        if (unitId === undefined && year === undefined) throw new ApiError('correction-empty');
        const user = requireUser(c);
        const changed = await correctReport(corpus, place.report, { ...(unitId !== undefined ? { unitId } : {}), ...(year !== undefined ? { year } : {}), note }, { userId: user.id, username: user.username, at: c.var.deps.clock().toISOString() });
        if (changed.length === 0) throw new ApiError('correction-empty', '新值与现值相同，没有更正。');
        await audit(c, 'correction', `report:${place.report.id}`, { unitId, year, note, changed });
        return c.json({ changed });
      },
    },
  ]);
