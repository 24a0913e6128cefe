// @ts-check
/** The client's only way to the server: the REST API, with the session cookie and the CSRF token; errors as ApiError with the server's Chinese message. */

export class ApiError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {number} status
   */
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** @type {string | null} */
let csrfToken = null;
/** @type {(error: ApiError) => void} */
let onUnauthenticated = () => {};

/** @param {string | null} token */
export function setCsrfToken(token) {
  csrfToken = token;
}

/** @param {(error: ApiError) => void} handler */
export function whenSignedOut(handler) {
  onUnauthenticated = handler;
}

/**
 * @param {Response} res
 * @returns {Promise<never>}
 */
async function fail(res) {
  let code = 'internal-error';
  let message = `服务器返回错误（${res.status}）。`;
  try {
    const body = await res.json();
    if (body && body.error) ({ code, message } = body.error);
  } catch {
    // Not JSON (a proxy's error page): keep the generic message.
  }
  const error = new ApiError(code, message, res.status);
  if (res.status === 401 && code === 'unauthenticated') onUnauthenticated(error);
  throw error;
}

/**
 * @param {string} method
 * @param {string} url
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
export async function request(method, url, body) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError('network', '无法连接服务器，请检查网络或服务是否已启动。', 0);
  }
  if (!res.ok) return fail(res);
  return res.json();
}

/** @param {string} url */
export const get = (url) => request('GET', url);
/** @param {string} url @param {unknown} [body] */
export const post = (url, body) => request('POST', url, body ?? {});
/** @param {string} url @param {unknown} body */
export const patch = (url, body) => request('PATCH', url, body);

/**
 * Builds a query string from the defined values.
 * @param {Record<string, string | number | null | undefined | boolean>} params
 */
export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * Downloads a file the API produces (Excel, Word, the original) under the name the server gives.
 * @param {string} url
 * @returns {Promise<string>} the file name
 */
export async function download(url) {
  let res;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError('network', '无法连接服务器。', 0);
  }
  if (!res.ok) return fail(res);
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? '') : 'download';
  saveBlob(blob, name);
  return name;
}

/**
 * @param {Blob} blob
 * @param {string} name
 */
export function saveBlob(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * Uploads one file as the raw body with progress (fetch has no upload progress; XMLHttpRequest does).
 * @param {string} url
 * @param {File} file
 * @param {(loaded: number, total: number) => void} onProgress
 * @returns {Promise<any>}
 */
export function uploadFile(url, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total || file.size);
    xhr.onload = () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // handled below
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body);
      else reject(new ApiError(body?.error?.code ?? 'internal-error', body?.error?.message ?? `上传失败（${xhr.status}）。`, xhr.status));
    };
    xhr.onerror = () => reject(new ApiError('network', '网络中断，上传失败。', 0));
    xhr.send(file);
  });
}
