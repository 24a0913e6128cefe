/** The parser version recorded with every parse: the package version, so `gongkai reparse` knows what an upgrade made stale. */
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  // dist/corpus/version.js and src/corpus/version.ts both sit two levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return `${pkg.name}@${pkg.version}`;
}

export const PARSER_VERSION = packageVersion();
