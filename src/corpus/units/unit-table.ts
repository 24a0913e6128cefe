/** Reads a unit list from CSV or XLSX (columns 名称, 地区, 类别, 别名, 上级单位 — or their English names) with exceljs. */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export interface UnitRecord {
  /** Row number in the file (for messages). */
  line: number;
  name: string;
  region: string | null;
  kind: string | null;
  aliases: string[];
  parent: string | null;
}

const COLUMNS: Record<keyof Omit<UnitRecord, 'line'>, RegExp> = {
  name: /^(?:单位)?名称$|^单位$|^name$/i,
  region: /地区|区划|region/i,
  kind: /类别|类型|kind/i,
  aliases: /别名|alias/i,
  parent: /上级|parent/i,
};

export async function readUnitTable(bytes: Uint8Array, fileName: string): Promise<UnitRecord[]> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  if (/\.xlsx$/i.test(fileName)) {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    sheet = workbook.worksheets[0];
  } else {
    sheet = await workbook.csv.read(Readable.from([decodeCsv(bytes)]));
  }
  if (!sheet) return [];
  const header = new Map<keyof Omit<UnitRecord, 'line'>, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value);
    for (const [key, pattern] of Object.entries(COLUMNS) as [keyof Omit<UnitRecord, 'line'>, RegExp][]) if (!header.has(key) && pattern.test(text)) header.set(key, col);
  });
  if (!header.has('name')) throw new Error('第一行应为表头，并有“名称”列（可选列：地区、类别、别名、上级单位）。');
  const records: UnitRecord[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const get = (key: keyof Omit<UnitRecord, 'line'>): string | null => {
      const col = header.get(key);
      const text = col === undefined ? '' : cellText(row.getCell(col).value).trim();
      return text === '' ? null : text;
    };
    const name = get('name');
    if (!name) return;
    records.push({ line, name, region: get('region'), kind: get('kind'), aliases: (get('aliases') ?? '').split(/[;；,，、|]/).map((a) => a.trim()).filter(Boolean), parent: get('parent') });
  });
  return records;
}

/** UTF-8 (with or without BOM), else GBK as Excel saves CSV on Chinese Windows. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value);
}
