/**
 * A ZIP archive read defensively: the central directory is checked against size, count and
 * ratio limits before anything is inflated, and inflation itself stops at a byte cap.
 *
 * Why not fflate's unzipSync: it trusts the declared sizes and inflates every selected entry in
 * one call, so a lying header runs through the whole stream (gigabytes of work) before anything
 * can stop it. Here fflate only inflates, in ways that cannot run far past what an entry declared.
 */
import { Inflate, inflateSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { ReadError } from '../../model/document.js';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalDeclared: number;
  /** Inflated bytes of one entry read. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries read together. */
  maxTotalRead: number;
  /** Declared uncompressed / compressed size, checked for entries over 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalDeclared: 200 * 1024 * 1024,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalRead: 64 * 1024 * 1024,
  maxRatio: 500,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/**
 * Inflation is bounded two ways. Entries of up to SYNC_LIMIT compressed bytes are inflated in one
 * call into a buffer one byte larger than declared: DEFLATE expands at most 1032 times, so the
 * work is bounded (16 MB), and a full buffer shows the entry yields more than it says. Larger
 * entries are inflated in steps of STEP input bytes (at most ~4 MB out each), stopping at the step
 * that passes the declared size.
 */
const SYNC_LIMIT = 16 * 1024;
const STEP = 4 * 1024;
const MB = 1024 * 1024;

const corrupt = (detail: string): ReadError => new ReadError('zip-corrupt', `压缩包已损坏，无法读取（${detail}）。`);

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private readBytes = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    private readonly limits: ZipLimits,
  ) {
    for (const entry of entries) if (!this.byName.has(entry.name)) this.byName.set(entry.name, entry);
  }

  /** Part names compare case-insensitively in OPC packages; this finds the stored spelling. */
  find(name: string): ZipEntry | undefined {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return this.entries.find((e) => e.name.toLowerCase() === lower);
  }

  /** The entry's bytes, or undefined when there is no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.find(name);
    return entry ? this.inflate(entry) : undefined;
  }

  private inflate(entry: ZipEntry): Uint8Array {
    const { bytes, limits } = this;
    if (entry.flags & 1) throw new ReadError('encrypted', '文档已加密（设置了打开密码），无法读取。请取消密码后再试。');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw corrupt(`${entry.name} 的本地文件头缺失`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw corrupt(`${entry.name} 的数据被截断`);
    const data = bytes.subarray(start, end);
    if (entry.size > limits.maxEntryBytes || this.readBytes + entry.size > limits.maxTotalRead) throw tooLarge(entry.name, entry.size);

    let out: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw corrupt(`${entry.name} 的大小不一致`);
      out = data;
    } else if (entry.method === 8) {
      out = inflateCapped(data, entry);
    } else {
      throw new ReadError('zip-unsupported', `压缩包使用了不支持的压缩方式（${entry.method}），无法读取 ${entry.name}。`);
    }
    if (crc32(out) >>> 0 !== entry.crc >>> 0) throw corrupt(`${entry.name} 的校验和不符`);
    this.readBytes += out.length;
    return out;
  }
}

/** Inflates at most the declared size: a stream that yields more is lying about its size. */
function inflateCapped(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const bomb = (): ReadError =>
    new ReadError('zip-bomb', `压缩包中的 ${entry.name} 解压后超过其声明的大小（${entry.size} 字节），疑为压缩炸弹，已拒绝读取。`);
  const short = (total: number): ReadError => corrupt(`${entry.name} 解压后只有 ${total} 字节，声明为 ${entry.size} 字节`);
  if (data.length <= SYNC_LIMIT) {
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch {
      throw corrupt(`${entry.name} 的压缩数据无效`);
    }
    if (out.length > entry.size) throw bomb();
    if (out.length < entry.size) throw short(out.length);
    return out;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= entry.size) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length && total <= entry.size; i += STEP) {
      const next = Math.min(i + STEP, data.length);
      inflater.push(data.subarray(i, next), next === data.length);
    }
  } catch {
    throw corrupt(`${entry.name} 的压缩数据无效`);
  }
  if (total > entry.size) throw bomb();
  if (total !== entry.size) throw short(total);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function tooLarge(name: string, size: number): ReadError {
  return new ReadError('zip-too-large', `压缩包中的 ${name} 解压后有 ${(size / MB).toFixed(1)} MB，超过可读取的上限，已拒绝读取。`);
}

/** Reads the central directory and checks it against the limits; inflates nothing. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(bytes, view);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    if (zip64) ({ count, cdSize, cdOffset } = zip64);
  }
  if (count > limits.maxEntries) {
    throw new ReadError('zip-too-large', `压缩包中有 ${count} 个文件，超过上限 ${limits.maxEntries} 个，已拒绝读取。`);
  }
  if (cdOffset + cdSize > bytes.length) throw corrupt('目录越界，文件可能被截断');

  const entries: ZipEntry[] = [];
  let at = cdOffset;
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw corrupt('目录记录无效');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw corrupt('目录记录被截断');
    const entry: ZipEntry = {
      name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength), view.getUint16(at + 8, true)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(entry, view, at + 46 + nameLength, extraLength);
    declared += entry.size;
    if (declared > limits.maxTotalDeclared) {
      throw new ReadError('zip-too-large', `压缩包解压后超过 ${(limits.maxTotalDeclared / MB).toFixed(0)} MB，超过可读取的上限，已拒绝读取。`);
    }
    if (entry.size > MB && entry.size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
      throw new ReadError('zip-bomb', `压缩包中的 ${entry.name} 压缩比异常（${Math.round(entry.size / Math.max(entry.compressedSize, 1))} 倍），疑为压缩炸弹，已拒绝读取。`);
    }
    entries.push(entry);
    at = next;
  }
  return new ZipArchive(bytes, entries, limits);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** Names are UTF-8 when flag bit 11 says so; otherwise in the system code page, which for Chinese archives is GBK. */
function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return new TextDecoder('utf-8').decode(raw);
  try {
    return utf8.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw corrupt('找不到压缩包目录，文件可能被截断');
}

function readZip64End(view: DataView, eocd: number): { count: number; cdSize: number; cdOffset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) return null;
  const at = Number(view.getBigUint64(locator + 8, true));
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== EOCD64) throw corrupt('ZIP64 目录记录无效');
  return {
    count: safeNumber(view.getBigUint64(at + 32, true)),
    cdSize: safeNumber(view.getBigUint64(at + 40, true)),
    cdOffset: safeNumber(view.getBigUint64(at + 48, true)),
  };
}

/** ZIP64 extra field (id 1): the 64-bit values, present only for the fields saturated at 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, view: DataView, start: number, length: number): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let p = at + 4;
      const take = (): number => {
        if (p + 8 > at + 4 + size) throw corrupt('ZIP64 扩展字段无效');
        const value = safeNumber(view.getBigUint64(p, true));
        p += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('尺寸字段超出范围');
  return Number(value);
}
