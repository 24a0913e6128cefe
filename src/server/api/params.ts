/** Reading path and query parameters and JSON bodies with Chinese errors; nothing a client sends can throw anything but an ApiError. */
import type { Context } from 'hono';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../errors.js';

export function idParam(c: Context<AppEnv>, name = 'id'): number {
  const text = c.req.param(name) ?? '';
  const n = Number(text);
  if (!/^\d{1,9}$/.test(text) || !Number.isSafeInteger(n)) throw new ApiError('invalid-parameter', `参数 ${name} 应为正整数。`);
  return n;
}

export function textParam(c: Context<AppEnv>, name: string): string {
  const text = c.req.param(name) ?? '';
  if (text === '' || text.length > 200) throw new ApiError('invalid-parameter', `参数 ${name} 不正确。`);
  return text;
}

export function queryText(c: Context<AppEnv>, name: string, max = 100): string | undefined {
  const value = c.req.query(name);
  if (value === undefined || value.trim() === '') return undefined;
  if (value.length > max) throw new ApiError('invalid-parameter', `参数 ${name} 过长（最多 ${max} 个字）。`);
  return value.trim();
}

export function queryInt(c: Context<AppEnv>, name: string, range: { min: number; max: number }): number | undefined {
  const value = queryText(c, name, 12);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < range.min || n > range.max) throw new ApiError('invalid-parameter', `参数 ${name} 应为 ${range.min} 到 ${range.max} 之间的整数。`);
  return n;
}

export const YEAR_RANGE = { min: 2000, max: 2100 };
export const queryYear = (c: Context<AppEnv>, name = 'year'): number | undefined => queryInt(c, name, YEAR_RANGE);

export function queryEnum<T extends string>(c: Context<AppEnv>, name: string, values: readonly T[]): T | undefined {
  const value = queryText(c, name, 40);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) throw new ApiError('invalid-parameter', `参数 ${name} 应为 ${values.join('、')} 之一。`);
  return value as T;
}

/** The page window of a listing: offset and a bounded limit. */
export function paging(c: Context<AppEnv>, defaultLimit = 50, maxLimit = 500): { offset: number; limit: number } {
  return { offset: queryInt(c, 'offset', { min: 0, max: 10_000_000 }) ?? 0, limit: queryInt(c, 'limit', { min: 1, max: maxLimit }) ?? defaultLimit };
}

/** A JSON object body, size-limited. */
export async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const max = c.var.deps.limits.maxJsonBytes;
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > max) throw new ApiError('bad-request', '请求内容过大。');
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError('bad-request', '请求内容应为 JSON（Content-Type: application/json）。');
  const text = await c.req.text();
  if (text.length > max) throw new ApiError('bad-request', '请求内容过大。');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('invalid-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ApiError('invalid-json', '请求内容应为 JSON 对象。');
  return value as Record<string, unknown>;
}

export function bodyString(body: Record<string, unknown>, name: string, options: { required?: boolean; max?: number } = {}): string | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') {
    if (options.required) throw new ApiError('invalid-parameter', `缺少 ${name}。`);
    return undefined;
  }
  if (typeof value !== 'string') throw new ApiError('invalid-parameter', `${name} 应为文字。`);
  if (value.length > (options.max ?? 200)) throw new ApiError('invalid-parameter', `${name} 过长。`);
  return value;
}

export function bodyInt(body: Record<string, unknown>, name: string, range: { min: number; max: number }): number | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < range.min || n > range.max) throw new ApiError('invalid-parameter', `${name} 应为 ${range.min} 到 ${range.max} 之间的整数。`);
  return n;
}
