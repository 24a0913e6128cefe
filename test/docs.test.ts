/** Every error code and reader warning the code can produce is documented in docs/errors.md. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/shared.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

it('docs/errors.md lists every ReadError code and reader warning code', () => {
  const docs = readFileSync(path.join(REPO_ROOT, 'docs/errors.md'), 'utf8');
  const code = sources(path.join(REPO_ROOT, 'src/readers')).concat(sources(path.join(REPO_ROOT, 'src/text')), [path.join(REPO_ROOT, 'src/core/parse.ts')]).map((f) => readFileSync(f, 'utf8')).join('\n');
  const used = new Set<string>();
  for (const m of code.matchAll(/new ReadError\(\s*'([a-z0-9-]+)'/g)) used.add(m[1]!);
  for (const m of code.matchAll(/\bcode: '([a-z0-9-]+)'/g)) used.add(m[1]!);
  for (const m of code.matchAll(/errorReport\([^)]*?'([a-z0-9-]+)'/g)) used.add(m[1]!);
  expect(used.size).toBeGreaterThan(20);
  const missing = [...used].filter((c) => !docs.includes(`\`${c}\``));
  expect(missing).toEqual([]);
});
