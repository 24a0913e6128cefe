/**
 * Every `gongkai` command, in the order the help lists them. Each is loaded when it runs, so
 * `gongkai check` does not load the database drivers and the Excel writer.
 */
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'parse', load: async () => (await import('./parse-check.js')).parseCommand },
  { name: 'check', load: async () => (await import('./parse-check.js')).checkCommand },
  { name: 'ingest', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'reports', load: async () => (await import('./reports.js')).reportsCommand },
  { name: 'reparse', load: async () => (await import('./reparse.js')).reparseCommand },
  { name: 'coverage', load: async () => (await import('./coverage.js')).coverageCommand },
  { name: 'compare', load: async () => (await import('./compare.js')).compareCommand },
  { name: 'aggregate', load: async () => (await import('./aggregate.js')).aggregateCommand },
  { name: 'export', load: async () => (await import('./export.js')).exportCommand },
  { name: 'units', load: async () => (await import('./units.js')).unitsCommand },
  { name: 'deadlines', load: async () => (await import('./deadlines.js')).deadlinesCommand },
  { name: 'serve', load: async () => (await import('./serve.js')).serveCommand },
];
