/** What the app is built from: injected so tests run it with app.request(), a temporary database and a fixed clock. */
import type { Corpus } from '../corpus/context.js';
import type { ReportParser } from '../corpus/ingest/parser.js';
import type { SessionRow, UserRow } from '../store/web-schema.js';
import type { ScryptCost } from './auth/passwords.js';

export interface Limits {
  /** Largest single upload (a file or an archive), bytes. */
  maxFileBytes: number;
  /** Files per upload batch (archive entries count one each). */
  maxFilesPerBatch: number;
  /** Entries read from one archive. */
  maxArchiveEntries: number;
  /** Declared uncompressed size of one archive, bytes (a zip bomb stops here). */
  maxArchiveBytes: number;
  /** JSON bodies, bytes. */
  maxJsonBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxFilesPerBatch: 1000,
  maxArchiveEntries: 2000,
  maxArchiveBytes: 1024 * 1024 * 1024,
  maxJsonBytes: 256 * 1024,
};

export interface AppDeps {
  corpus: Corpus;
  /** Parses uploaded files (a worker pool in production, in-thread in tests). */
  parser: ReportParser;
  parserVersion: string;
  clock: () => Date;
  limits: Limits;
  scrypt: ScryptCost;
  /** Where index.html and the client modules are (default: src/web/static). */
  staticDir?: string;
  /** Server log lines (errors with stacks never go to the client). */
  log: (line: string) => void;
}

/** Per-request values set by the middleware. */
export interface AppVariables {
  deps: AppDeps;
  user: UserRow | null;
  session: SessionRow | null;
  /** A reviewer's region path, read once per request. */
  regionPath: string | null;
}

export type AppEnv = { Variables: AppVariables };
