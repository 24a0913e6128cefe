/**
 * Who may see what, decided here for every API route (the UI only hides what the API refuses):
 * an administrator sees everything; a reviewer a region's subtree; a unit clerk its own unit.
 */
import type { Context } from 'hono';
import type { RegionRow } from '../../store/schema.js';
import type { DataScope } from '../../store/web-scope.js';
import type { ReportPlace } from '../../store/web-reports.js';
import type { Role, UserRow } from '../../store/web-schema.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../errors.js';

export const ROLE_LABELS: Record<Role, string> = { admin: '管理员', reviewer: '审核人员', clerk: '单位填报人员' };

export function requireUser(c: Context<AppEnv>): UserRow {
  const user = c.var.user;
  if (!user) throw new ApiError('unauthenticated');
  return user;
}

export function requireRole(c: Context<AppEnv>, ...roles: Role[]): UserRow {
  const user = requireUser(c);
  if (!roles.includes(user.role)) throw new ApiError('forbidden');
  return user;
}

export function scopeOf(c: Context<AppEnv>): DataScope {
  const user = requireUser(c);
  if (user.role === 'admin') return { kind: 'all' };
  if (user.role === 'reviewer') return { kind: 'region', path: c.var.regionPath ?? '/nowhere/' };
  return { kind: 'unit', unitId: user.unit_id ?? -1 };
}

/** Region views (coverage, findings, dashboard, exports) are for administrators and reviewers within their subtree. */
export function assertRegion(c: Context<AppEnv>, region: RegionRow): void {
  const scope = scopeOf(c);
  if (scope.kind === 'all') return;
  if (scope.kind === 'region' && region.path.startsWith(scope.path)) return;
  throw new ApiError('forbidden');
}

export function canSeeReport(scope: DataScope, place: ReportPlace): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'region') return place.regionPath !== null && place.regionPath.startsWith(scope.path);
  return place.report.unit_id !== null && place.report.unit_id === scope.unitId;
}

export function assertReport(c: Context<AppEnv>, place: ReportPlace): void {
  if (!canSeeReport(scopeOf(c), place)) throw new ApiError('forbidden', '您没有权限查看该报告。');
}

export function canSeeUnit(scope: DataScope, unit: { id: number; regionPath: string | null }): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'region') return unit.regionPath !== null && unit.regionPath.startsWith(scope.path);
  return unit.id === scope.unitId;
}

export function assertUnit(c: Context<AppEnv>, unit: { id: number; regionPath: string | null }): void {
  if (!canSeeUnit(scopeOf(c), unit)) throw new ApiError('forbidden', '您没有权限查看该单位。');
}
