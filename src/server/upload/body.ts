/** Reads a raw request body up to a limit, refusing early on a declared or an actual size past it. */
import type { Context } from 'hono';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../errors.js';

export async function readLimitedBody(c: Context<AppEnv>, max: number): Promise<Uint8Array> {
  const tooLarge = () => new ApiError('file-too-large', `文件过大：单个文件（或压缩包）不能超过 ${Math.round(max / 1048576)} MB。`);
  const declared = Number(c.req.header('Content-Length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > max) throw tooLarge();
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
