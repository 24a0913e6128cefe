/** Every API route in documentation order. */
import type { Throttle } from '../../auth/throttle.js';
import type { SourceCache } from '../../source-cache.js';
import type { Mutex } from '../../upload/mutex.js';
import type { RouteSpec } from '../route.js';
import { authRoutes } from './auth.js';
import { miscRoutes } from './misc.js';
import { regionRoutes } from './regions.js';
import { reportRoutes } from './reports.js';
import { unitRoutes } from './units.js';
import { uploadRoutes } from './uploads.js';
import { userRoutes } from './users.js';

export interface RouteContext {
  throttle: Throttle;
  cache: SourceCache;
  mutex: Mutex;
  version: string;
}

export function allRoutes(ctx: RouteContext): RouteSpec[] {
  return [...authRoutes(ctx.throttle), ...miscRoutes(ctx.version), ...uploadRoutes(ctx.mutex), ...reportRoutes(ctx.cache), ...unitRoutes, ...regionRoutes, ...userRoutes];
}
