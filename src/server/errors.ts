/**
 * Every error the API returns: a stable code (clients and tests key on it), an HTTP status and a
 * Chinese message a civil servant can act on. Status mapping happens here and in the app's error
 * handler only. The OpenAPI document lists these codes (see openapi/document.ts).
 */
export const ERRORS = {
  'bad-request': { status: 400, message: '请求的格式不正确。' },
  'invalid-json': { status: 400, message: '请求内容不是有效的 JSON。' },
  'invalid-parameter': { status: 400, message: '参数不正确。' },
  unauthenticated: { status: 401, message: '请先登录。' },
  'invalid-credentials': { status: 401, message: '用户名或密码不正确。' },
  'login-throttled': { status: 429, message: '登录失败次数过多，请 5 分钟后再试。' },
  'csrf-failed': { status: 403, message: '安全校验未通过，请刷新页面后重试。' },
  forbidden: { status: 403, message: '您没有权限进行此操作或查看此内容。' },
  'password-change-required': { status: 403, message: '请先修改初始密码。' },
  'not-found': { status: 404, message: '没有找到请求的内容。' },
  'report-not-found': { status: 404, message: '没有找到该报告。' },
  'unit-not-found': { status: 404, message: '没有找到该单位。' },
  'region-not-found': { status: 404, message: '没有找到该地区。' },
  'user-not-found': { status: 404, message: '没有找到该用户。' },
  'upload-not-found': { status: 404, message: '没有找到该上传批次。' },
  'original-not-found': { status: 404, message: '原件未保存。' },
  'file-too-large': { status: 413, message: '文件过大。' },
  'too-many-files': { status: 400, message: '一次上传的文件过多。' },
  'unsupported-type': { status: 415, message: '不支持的文件类型：只接受 TXT、Markdown、HTML、DOCX、DOC、PDF 文件和 ZIP 压缩包。' },
  'empty-file': { status: 400, message: '文件是空的。' },
  'missing-file-name': { status: 400, message: '缺少文件名（请求头 X-File-Name）。' },
  'username-taken': { status: 409, message: '该用户名已被使用。' },
  'weak-password': { status: 400, message: '密码至少 10 位，且不能与用户名相同。' },
  'wrong-password': { status: 400, message: '原密码不正确。' },
  'invalid-role': { status: 400, message: '角色设置不完整：审核人员须指定地区，单位填报人员须指定单位。' },
  'correction-empty': { status: 400, message: '没有需要更正的内容。' },
  'method-not-allowed': { status: 405, message: '不支持该请求方法。' },
  'internal-error': { status: 500, message: '服务器内部错误，请稍后重试；如反复出现，请联系管理员。' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** Thrown anywhere in a handler; the app turns it into `{ error: { code, message } }` with its status. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERRORS[code].message);
    this.name = 'ApiError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

export function errorBody(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
  return { error: { code, message: message ?? ERRORS[code].message, ...(details ? { details } : {}) } };
}
