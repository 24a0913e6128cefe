/** What `gongkai ingest PATH...` reads: files, folders (recursively) and zip archives, each entry loaded only when its turn comes. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';

export interface SourceFile {
  /** The original name: the path as given, or archive.zip!/inner/path for an archive entry. */
  name: string;
  load(): Promise<Uint8Array>;
}

export interface Unreadable {
  name: string;
  message: string;
}

const ARCHIVE = /\.zip$/i;
/** Files that are never reports (system litter in folders and archives). */
const IGNORED = /(?:^|\/)(?:\.[^/]*|__MACOSX\/.*|Thumbs\.db|desktop\.ini)$/i;

export async function collectSources(paths: readonly string[]): Promise<{ sources: SourceFile[]; unreadable: Unreadable[] }> {
  const sources: SourceFile[] = [];
  const unreadable: Unreadable[] = [];
  const visit = async (p: string, top: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      unreadable.push({ name: p, message: fsMessage(error) });
      return;
    }
    if (info.isDirectory()) {
      let entries: string[];
      try {
        entries = (await readdir(p)).sort();
      } catch (error) {
        unreadable.push({ name: p, message: fsMessage(error) });
        return;
      }
      for (const e of entries) if (!IGNORED.test(e)) await visit(path.join(p, e), false);
      return;
    }
    if (!top && IGNORED.test(path.basename(p))) return;
    if (ARCHIVE.test(p)) {
      try {
        sources.push(...archiveEntries(p, await readFile(p)));
      } catch (error) {
        unreadable.push({ name: p, message: `压缩包无法打开：${(error as Error).message}` });
      }
      return;
    }
    sources.push({ name: p, load: () => readFile(p) });
  };
  for (const p of paths) await visit(p, true);
  return { sources, unreadable };
}

/** The entries of a zip archive (archives inside it too), decompressed one at a time when loaded. */
export function archiveEntries(archiveName: string, zip: Uint8Array): SourceFile[] {
  const names: string[] = [];
  unzipSync(zip, {
    filter(file) {
      if (!file.name.endsWith('/') && !IGNORED.test(file.name)) names.push(file.name);
      return false;
    },
  });
  const out: SourceFile[] = [];
  for (const raw of names) {
    const name = `${archiveName}!/${zipEntryName(raw)}`;
    const extract = (): Uint8Array => unzipSync(zip, { filter: (f) => f.name === raw })[raw]!;
    if (ARCHIVE.test(raw)) out.push(...archiveEntries(name, extract()));
    else out.push({ name, load: async () => extract() });
  }
  return out;
}

/**
 * Entry names of archives made on Chinese Windows are GBK without the UTF-8 flag; fflate hands them
 * over as Latin-1, so they are turned back into bytes and decoded as UTF-8 if valid, else GBK.
 */
export function zipEntryName(name: string): string {
  if (![...name].some((c) => c.charCodeAt(0) >= 0x80) || [...name].some((c) => c.charCodeAt(0) > 0xff)) return name;
  const bytes = Uint8Array.from([...name].map((c) => c.charCodeAt(0)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

function fsMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件或文件夹不存在。';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限。';
  return `无法读取（${code ?? String(error)}）。`;
}
