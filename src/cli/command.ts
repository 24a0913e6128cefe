/** A CLI command: its help line and what it runs (argv after the command name → exit code). */
export interface Command {
  name: string;
  /** One line of Chinese help. */
  summary: string;
  /** Full usage text (Chinese). */
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** Writes to stdout, waiting when the pipe is full (large batches piped to another program). */
export function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

// `gongkai parse … | head`: the reader went away; stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
