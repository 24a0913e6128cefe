/** The gongkai command line, run as a user runs it (`npm run build` has produced dist/). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

function gongkai(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/gongkai.js'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongkai-cli-'));

describe('gongkai parse / check', () => {
  it('prints one JSON line per file, in argument order, with the file as given', () => {
    const { code, stdout } = gongkai('parse', 'samples/luolong-commerce-2023.txt', 'samples/suizhou-commerce-2023.txt');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((r) => r.source.file)).toEqual(['samples/luolong-commerce-2023.txt', 'samples/suizhou-commerce-2023.txt']);
    expect(lines[1].schema).toBe('gongkai/report@1');
    expect(lines[1].meta).toEqual({ agency: '随州市商务局', year: 2023, publishDate: '2024-01-02', template: '2021' });
    expect(lines[1].tables.table2.licensing.decisions).toBe(53);
    expect(lines[1].findings).toEqual([]);
  });

  it('gives an error object for a bad file and goes on with the others', () => {
    const notReport = path.join(tmp, 'notes.txt');
    writeFileSync(notReport, '会议纪要\n今天开会讨论了下一步工作安排。\n');
    const binary = path.join(tmp, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const { code, stdout } = gongkai('check', path.join(tmp, 'missing.txt'), notReport, binary, 'samples/hotan-commerce-2023.txt');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((r) => r.error?.code ?? null)).toEqual(['read-failed', 'not-a-report', 'not-text', null]);
    expect(lines[0].error.message).toBe('文件不存在。');
    expect(lines[0].tables).toEqual({});
    expect(code).toBe(0);
  });

  it('exits 1 when a finding is an error, and names the cells and the source line', () => {
    const file = path.join(tmp, 'wrong.txt');
    const text = (spawnSync('cat', [path.join(REPO_ROOT, 'samples/fuyuan-city-2023.txt')], { encoding: 'utf8' }).stdout as string).replace('(七)總計 | 6 | 0', '(七)總計 | 7 | 0');
    writeFileSync(file, text);
    const { code, stdout } = gongkai('check', file);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const balance = report.findings.find((f: { rule: string }) => f.rule === 'table3/column-balance');
    expect(balance.cells).toEqual(['table3.received.naturalPerson', 'table3.carriedOver.naturalPerson', 'table3.total.naturalPerson', 'table3.carriedForward.naturalPerson']);
    expect(balance.location.line).toBe(text.split('\n').findIndex((l) => l.startsWith('(七)總計')) + 1);
    expect(balance.message).toContain('6 + 二、上年结转政府信息公开申请数量 0 = 6');
  });

  it('lists findings for people with --format pretty', () => {
    const { stdout } = gongkai('check', '--format', 'pretty', 'samples/fuyuan-city-2023.txt');
    expect(stdout).toContain('samples/fuyuan-city-2023.txt');
    expect(stdout).toContain('警告  没有找到报告标题');
    expect(stdout).toMatch(/✖ 3 个问题（0 个错误，3 个警告，0 个提示），共检查 1 份文件/);
  });

  it('explains its usage in Chinese', () => {
    expect(gongkai('--help').stdout).toContain('用法：gongkai <命令>');
    expect(gongkai('check').code).toBe(2);
  });
});
