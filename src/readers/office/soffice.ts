/**
 * Converting a file with LibreOffice in headless mode. Each run gets its own temporary folder and
 * its own user profile, so parallel conversions do not fight over one profile's lock, and a time
 * limit after which the whole process group LibreOffice started is killed.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReadError } from '../../model/document.js';

export const SOFFICE_MISSING_MESSAGE = '读取 DOC/WPS 文件需要 LibreOffice：apt-get install -y libreoffice-writer-nogui';
export const DEFAULT_CONVERT_TIMEOUT_MS = 60_000;

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** The soffice executable: $GONGKAI_SOFFICE, then PATH, then the usual install places; null when there is none. */
export function findSoffice(): string | null {
  const fromEnv = process.env.GONGKAI_SOFFICE;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ConvertOptions {
  /** Output format as soffice --convert-to takes it, e.g. 'docx:MS Word 2007 XML' or 'html'. */
  to: string;
  /** Extension the input is saved with: LibreOffice's type detection uses it as a hint. */
  inputExtension: string;
  timeoutMs?: number;
  soffice?: string;
}

/** The converted file's bytes. Throws ReadError when LibreOffice is absent, fails or runs out of time. */
export async function convertWithSoffice(input: Uint8Array, options: ConvertOptions): Promise<Uint8Array> {
  const soffice = options.soffice ?? findSoffice();
  if (!soffice) throw new ReadError('converter-missing', SOFFICE_MISSING_MESSAGE);
  const work = await mkdtemp(path.join(tmpdir(), 'gongkai-soffice-'));
  try {
    const source = path.join(work, `source.${options.inputExtension}`);
    const outDir = path.join(work, 'out');
    await writeFile(source, input);
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      options.to,
      '--outdir',
      outDir,
      source,
    ];
    const result = await run(soffice, args, options.timeoutMs ?? DEFAULT_CONVERT_TIMEOUT_MS);
    if (result.timedOut) {
      throw new ReadError('convert-timeout', `LibreOffice 转换超时（${Math.round((options.timeoutMs ?? DEFAULT_CONVERT_TIMEOUT_MS) / 1000)} 秒），文件可能过大或已损坏。`);
    }
    const produced = await readdir(outDir).catch(() => [] as string[]);
    const output = produced.find((f) => f.startsWith('source.'));
    if (!output) {
      const detail = result.stderr.trim().split('\n').filter((l) => !/javaldx|java may not/.test(l)).pop() ?? '';
      throw new ReadError('convert-failed', `LibreOffice 无法转换此文件，文件可能已损坏或加密${detail ? `（${detail.slice(0, 200)}）` : ''}。`);
    }
    return new Uint8Array(await readFile(path.join(outDir, output)));
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

interface RunResult {
  code: number | null;
  stderr: string;
  timedOut: boolean;
}

/** Runs soffice in its own process group so that a time-out can end it and the children it forks, and nothing else. */
function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    let stderr = '';
    let timedOut = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 10_000) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const done = (code: number | null): void => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    };
    child.on('error', (error) => {
      stderr += String(error);
      done(null);
    });
    child.on('close', done);
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
