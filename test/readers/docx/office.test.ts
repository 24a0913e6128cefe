/** The LibreOffice conversion behind DOC/WPS: parallel runs, failures and time-outs, temporary files left behind. */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOle } from '../../../src/readers/office/ole-reader.js';
import { convertWithSoffice, findSoffice } from '../../../src/readers/office/soffice.js';
import { REPO_ROOT } from '../../helpers/shared.js';

const soffice = findSoffice();
if (!soffice) console.warn('[skip] soffice not found: LibreOffice conversion tests skipped.');
const fixture = (name: string): Uint8Array => readFileSync(path.join(REPO_ROOT, 'test/fixtures/docx', name));
const leftovers = (): string[] => readdirSync(tmpdir()).filter((f) => f.startsWith('gongkai-soffice-'));

describe.skipIf(!soffice)('DOC/WPS through LibreOffice', () => {
  it('converts several files at once, each with its own profile, and cleans up after itself', async () => {
    const before = leftovers();
    const docs = await Promise.all([readOle(fixture('suizhou-commerce-2023.libreoffice.doc')), readOle(fixture('jinxiang-commerce-2017.libreoffice.doc'))]);
    expect(docs.map((d) => d.format)).toEqual(['doc', 'doc']);
    expect(docs.map((d) => d.blocks.find((b) => b.kind === 'text')?.text)).toEqual([
      '随州市商务局2023年政府信息公开工作年度报告',
      '金乡县商务局2017年度政府信息公开工作年度报告',
    ]);
    expect(leftovers()).toEqual(before);
  }, 120_000);

  it('says so when LibreOffice cannot read the file', async () => {
    const bogus = new Uint8Array(4096);
    bogus.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bogus.set(Buffer.from('WordDocument', 'utf16le'), 1024);
    await expect(readOle(bogus)).rejects.toMatchObject({ code: 'convert-failed' });
  }, 120_000);

  it('stops a conversion that runs out of time', async () => {
    const before = leftovers();
    await expect(convertWithSoffice(fixture('suizhou-commerce-2023.libreoffice.doc'), { to: 'docx', inputExtension: 'doc', timeoutMs: 50 })).rejects.toMatchObject({
      code: 'convert-timeout',
      message: expect.stringMatching(/^LibreOffice 转换超时/),
    });
    expect(leftovers()).toEqual(before);
  }, 30_000);
});
