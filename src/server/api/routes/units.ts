/** Units: a unit's page (its reports year by year, published on time or not), the unit picker, and its review opinion as Word. */
import type { Context } from 'hono';
import { coverage } from '../../../corpus/coverage.js';
import { KIND_LABELS } from '../../../corpus/units/normalize.js';
import { opinionDocx, type OpinionReport } from '../../../corpus/web/opinion-docx.js';
import { ruleInfo } from '../../../corpus/web/rule-catalog.js';
import { findingsOfReports } from '../../../store/findings.js';
import { unitsInRegion } from '../../../store/units.js';
import { unitReports, yearsInRegion } from '../../../store/web-reports.js';
import { webDb } from '../../../store/web-schema.js';
import type { UnitKind } from '../../../store/schema.js';
import { cellName } from '../../../templates/labels.js';
import { requireUser, scopeOf } from '../../auth/access.js';
import { audit } from '../../audit.js';
import type { AppEnv } from '../../deps.js';
import { download, DOCX, safeFileName } from '../../http/download.js';
import { queryText, queryYear } from '../params.js';
import { defineRoutes } from '../route.js';
import { arrayOf, S } from '../schemas.js';
import { visibleUnit } from '../unit-access.js';

/** The unit's status in each year from its first report (or the region's first year) to the last year reported in its region. */
async function unitYears(c: Context<AppEnv>, unit: Awaited<ReturnType<typeof visibleUnit>>) {
  const { corpus } = c.var.deps;
  const region = corpus.regions.get(unit.region_id);
  const reports = await unitReports(webDb(corpus.store.db), unit.id);
  const years = new Set<number>(reports.flatMap((r) => (r.year === null ? [] : [r.year])));
  if (region) for (const y of await yearsInRegion(webDb(corpus.store.db), region.path)) years.add(y);
  const statuses: Record<number, { status: string; deadline: string; daysLate: number | null; reportId: number | null; errors: number; warnings: number }> = {};
  if (region) {
    for (const year of years) {
      const entry = (await coverage(corpus, region, year, unit.name)).entries.find((e) => e.unitId === unit.id);
      if (entry) statuses[year] = { status: entry.status, deadline: entry.deadline, daysLate: entry.daysLate, reportId: entry.reportId, errors: entry.errors, warnings: entry.warnings };
    }
  }
  return { reports, years: [...years].sort((a, b) => b - a), statuses };
}

export const unitRoutes = defineRoutes([
  {
    method: 'get',
    path: '/api/units',
    tag: '单位与地区',
    summary: '单位列表（用于选择单位；在本人的查看范围内）',
    access: 'user',
    params: [
      { name: 'region', in: 'query', description: '地区编号（含下级）', schema: S.str },
      { name: 'q', in: 'query', description: '名称或别名的一部分', schema: S.str },
    ],
    response: { contentType: 'application/json', schema: { type: 'object', properties: { items: arrayOf({ type: 'object' }) } }, description: '单位' },
    handler: async (c) => {
      const { corpus } = c.var.deps;
      const scope = scopeOf(c);
      const region = corpus.regions.get(queryText(c, 'region'));
      let path = region?.path ?? '/';
      if (scope.kind === 'region' && !path.startsWith(scope.path)) path = scope.path;
      const rows = (await unitsInRegion(corpus.store.db, path, queryText(c, 'q'))).filter((u) => scope.kind !== 'unit' || u.id === scope.unitId).slice(0, 500);
      return c.json({ items: rows.map((u) => ({ id: u.id, name: u.name, kind: u.kind, kindLabel: KIND_LABELS[u.kind as UnitKind], regionId: u.region_id, regionName: u.region_full_name })) });
    },
  },
  {
    method: 'get',
    path: '/api/units/:id',
    tag: '单位与地区',
    summary: '单位页：各年度报告及是否按时公开',
    access: 'user',
    params: [{ name: 'id', in: 'path', required: true, description: '单位编号', schema: S.int }],
    response: { contentType: 'application/json', schema: { type: 'object' }, description: '单位' },
    errors: ['unit-not-found', 'forbidden'],
    handler: async (c) => {
      const unit = await visibleUnit(c);
      const { reports, years, statuses } = await unitYears(c, unit);
      return c.json({
        id: unit.id,
        name: unit.name,
        kind: unit.kind,
        kindLabel: KIND_LABELS[unit.kind],
        regionId: unit.region_id,
        regionName: unit.regionName,
        aliases: c.var.deps.corpus.matcher.unit(unit.id)?.aliases ?? [],
        years: years.map((year) => ({ year, ...(statuses[year] ?? { status: 'missing', reportId: null }) })),
        reports: reports.map((r) => ({ id: r.id, year: r.year, file: r.file, publishDate: r.publish_date, template: r.template, isPrimary: r.is_primary === 1, errors: r.errors, warnings: r.warnings, infos: r.infos })),
      });
    },
  },
  {
    method: 'get',
    path: '/api/units/:id/opinion.docx',
    tag: '导出',
    summary: '单位的审查意见（Word）：各年度报告的发布情况和全部问题',
    access: 'user',
    params: [
      { name: 'id', in: 'path', required: true, description: '单位编号', schema: S.int },
      { name: 'year', in: 'query', description: '只含此年度（默认全部年度）', schema: S.int },
    ],
    response: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', description: 'Word 文档' },
    errors: ['unit-not-found', 'forbidden'],
    handler: async (c) => {
      const unit = await visibleUnit(c);
      const onlyYear = queryYear(c);
      const user = requireUser(c);
      const { reports, years, statuses } = await unitYears(c, unit);
      const primaries = reports.filter((r) => r.is_primary === 1 && (onlyYear === undefined || r.year === onlyYear));
      const findings = await findingsOfReports(c.var.deps.corpus.store.db, primaries.map((r) => r.id));
      const rank = { error: 0, warning: 1, info: 2 } as const;
      const opinionReports: OpinionReport[] = primaries.map((r) => {
        const s = r.year === null ? undefined : statuses[r.year];
        return {
          year: r.year,
          file: r.file,
          publishDate: r.publish_date,
          status: (s?.status as OpinionReport['status']) ?? null,
          deadline: s?.deadline ?? null,
          daysLate: s?.daysLate ?? null,
          findings: findings
            .filter((f) => f.report_id === r.id)
            .sort((a, b) => rank[a.severity] - rank[b.severity])
            .map((f) => ({ severity: f.severity, ruleTitle: ruleInfo(f.rule).title, message: f.message, cellNames: f.cells_json ? (JSON.parse(f.cells_json) as string[]).map(cellName) : [] })),
        };
      });
      const missingYears = years.filter((y) => (onlyYear === undefined || y === onlyYear) && statuses[y]?.status === 'missing').sort();
      const bytes = await opinionDocx({
        unitName: unit.name,
        regionName: unit.regionName,
        reports: opinionReports.sort((a, b) => (a.year ?? 0) - (b.year ?? 0)),
        missingYears,
        reviewer: user.display_name,
        date: c.var.deps.clock().toISOString().slice(0, 10),
      });
      await audit(c, 'export', `unit:${unit.id}`, { kind: 'opinion-docx', year: onlyYear ?? null });
      return download(c, new Uint8Array(bytes), safeFileName(`${unit.name}${onlyYear ?? ''}审查意见.docx`), DOCX);
    },
  },
]);
