import { describe, expect, it } from 'vitest';
import { readCell, toMoneyUnit } from '../../src/text/numbers.js';

describe('reading a cell as a number', () => {
  it.each([
    ['21147', 21147],
    ['3,119', 3119],
    ['０', 0],
    ['１２', 12],
    [' 7 ', 7],
    ['96171.6', 96171.6],
    ['-8', -8],
    ['+3', 3],
    ['6件', 6],
    ['251000元', 251000],
  ])('%s is %d', (raw, value) => {
    const cell = readCell(raw);
    expect(cell.kind).toBe('number');
    expect(cell.kind === 'number' && cell.value).toBe(value);
  });

  it('keeps the unit printed in the cell', () => {
    expect(readCell('1690.9913万元')).toEqual({ kind: 'number', value: 1690.9913, unit: '万元' });
  });

  it('keeps a note printed after the number', () => {
    expect(readCell('55（含自然失效29件）')).toEqual({ kind: 'number', value: 55, annotation: '含自然失效29件' });
  });

  it.each(['', '  ', '-', '/', '—', '--', '无'])('"%s" is a blank cell', (raw) => {
    expect(readCell(raw).kind).toBe('blank');
  });

  it.each(['规章', '1.属于国家秘密', '2023年', '数据1', '(七)总计', '三、'])('"%s" is text', (raw) => {
    expect(readCell(raw).kind).toBe('text');
  });

  it('converts money printed in another unit to the column unit', () => {
    expect(toMoneyUnit(1690.9913, '万元', '元')).toBe(16909913);
    expect(toMoneyUnit(3000, '元', '万元')).toBe(0.3);
    expect(toMoneyUnit(5006, undefined, '万元')).toBe(5006);
  });
});
