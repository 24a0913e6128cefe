import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/model/document.js';
import { decodeText } from '../../src/text/encoding.js';
import { encodeGb18030 } from '../helpers/gb18030.js';

const TEXT = '随州市商务局2023年政府信息公开工作年度报告\n一、总体情况\n';

describe('decoding text files', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('detects GBK/GB18030 and reads it', () => {
    expect(decodeText(encodeGb18030(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('reads UTF-16 with a BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeText(utf16).text).toBe(TEXT);
  });

  it('refuses binary content with a clear error', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))).toThrow(ReadError);
    try {
      decodeText(new Uint8Array([1, 2, 0, 4]));
    } catch (error) {
      expect((error as ReadError).code).toBe('not-text');
      expect((error as ReadError).message).toMatch(/二进制/);
    }
  });
});
