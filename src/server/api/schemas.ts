/** JSON Schemas of the API's payloads, shared by the route declarations and the OpenAPI document. */
import type { Schema } from './route.js';

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const arrayOf = (schema: Schema): Schema => ({ type: 'array', items: schema });
const int: Schema = { type: 'integer' };
const str: Schema = { type: 'string' };
const nullable = (schema: Schema): Schema => ({ ...schema, nullable: true });

export const SCHEMAS: Record<string, Schema> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { ...str, description: '稳定的错误代码' }, message: { ...str, description: '中文说明' }, details: { type: 'object' } } } },
  },
  User: {
    type: 'object',
    properties: {
      id: int,
      username: str,
      displayName: str,
      role: { type: 'string', enum: ['admin', 'reviewer', 'clerk'] },
      roleLabel: str,
      regionId: nullable(str),
      regionName: nullable(str),
      unitId: nullable(int),
      unitName: nullable(str),
      active: { type: 'boolean' },
      mustChangePassword: { type: 'boolean' },
    },
  },
  Session: { type: 'object', properties: { user: ref('User'), csrfToken: { ...str, description: '修改数据的请求须在请求头 X-CSRF-Token 中带上' } } },
  Finding: {
    type: 'object',
    properties: {
      id: int,
      origin: { type: 'string', enum: ['parse', 'corpus'] },
      rule: str,
      ruleTitle: str,
      ruleDescription: { ...str, description: '规则要求（公式的文字表述）' },
      severity: { type: 'string', enum: ['error', 'warning', 'info'] },
      message: str,
      cells: arrayOf({ type: 'object', properties: { path: str, name: str } }),
      location: nullable({ type: 'object' }),
      group: str,
      anchor: nullable({ ...str, description: '原文中的锚点' }),
    },
  },
  FormCell: { type: 'object', properties: { text: str, rowSpan: int, colSpan: int, header: { type: 'boolean' }, path: str, value: nullable({ type: 'number' }) } },
  FormTable: { type: 'object', properties: { key: str, title: str, rows: arrayOf(arrayOf(ref('FormCell'))) } },
  ReportSummary: {
    type: 'object',
    properties: { id: int, sha256: str, file: str, agency: nullable(str), year: nullable(int), publishDate: nullable(str), template: nullable(str), unitId: nullable(int), unitName: nullable(str), regionName: nullable(str), isPrimary: { type: 'boolean' }, errors: int, warnings: int, infos: int },
  },
  ReportDetail: {
    type: 'object',
    description: '报告页：表格（按官方样式排布）、按表格和部分分组的问题、各部分正文、更正记录；report 为 gongkai/report@1 对象',
    properties: {
      id: int,
      unit: nullable({ type: 'object' }),
      year: nullable(int),
      tables: arrayOf(ref('FormTable')),
      findings: arrayOf(ref('Finding')),
      groups: arrayOf({ type: 'object' }),
      corrections: arrayOf(ref('Correction')),
      report: { type: 'object', description: 'gongkai/report@1' },
    },
  },
  Correction: { type: 'object', properties: { field: { type: 'string', enum: ['unit', 'year'] }, oldValue: nullable(str), newValue: nullable(str), note: nullable(str), username: str, at: str } },
  SourceView: { type: 'object', description: 'mode=text：原文逐行；mode=blocks：读取出的段落和表格（纯文本）；anchors：问题和单元格在原文中的位置', properties: { view: { type: 'object' }, anchors: { type: 'object' } } },
  UploadItem: {
    type: 'object',
    properties: {
      name: str,
      size: int,
      sha256: nullable(str),
      status: { type: 'string', enum: ['added', 'duplicate', 'failed', 'rejected'] },
      reportId: nullable(int),
      unitName: nullable(str),
      year: nullable(int),
      errors: int,
      warnings: int,
      message: nullable(str),
    },
  },
  CoverageMatrix: { type: 'object', properties: { region: { type: 'object' }, years: arrayOf(int), rows: arrayOf({ type: 'object' }), totals: { type: 'object' } } },
  Dashboard: { type: 'object', properties: { years: arrayOf(int), series: arrayOf({ type: 'object' }), ranking: { type: 'object' }, mode: str } },
  Comparison: { type: 'object', properties: { a: { type: 'object' }, b: { type: 'object' }, cells: arrayOf({ type: 'object' }), sections: arrayOf({ type: 'object' }) } },
};

export const S = {
  ref,
  int,
  str,
  ok: { type: 'object', properties: { ok: { type: 'boolean' } } } as Schema,
  list: (item: string): Schema => ({ type: 'object', properties: { total: int, items: arrayOf(ref(item)) } }),
};
