/** Decoding text files: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK/GB2312, detected. */
import { isUtf8 } from 'node:buffer';
import { ReadError } from '../model/document.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}


export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) {
    throw new ReadError('not-text', '文件不是文本文件（含二进制内容），无法按文本读取');
  }
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  {
    const text = new TextDecoder('gb18030').decode(bytes);
    let bad = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
    if (bad > 16 && bad > text.length / 200) {
      throw new ReadError('encoding-unknown', '文件编码无法识别：既不是 UTF-8，也不是 GB18030/GBK');
    }
    return { text, encoding: 'gb18030' };
  }
}

/** NUL bytes in the first 8 KB mean a binary file (UTF-16 without BOM is not supported). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) !== -1;
}
