// The page's only way to the service: the public JSON API, with the key kept in session storage.
const keyName = 'perfeval.apiKey';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export const apiKey = {
  get: () => sessionStorage.getItem(keyName),
  set: (key) => sessionStorage.setItem(keyName, key),
  clear: () => sessionStorage.removeItem(keyName),
};

/** An ApiError from a failed response, with its problem+json when there is one. */
async function failure(response) {
  let problem = null;
  try { problem = await response.json(); } catch { /* not JSON */ }
  return new ApiError(response.status, problem);
}

export async function getJson(path, query = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { 'X-Api-Key': apiKey.get() ?? '', Accept: 'application/json' } });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** A file the API returns (e.g. the 自评表 workbook), with the name from Content-Disposition (RFC 5987 filename*). */
export async function getFile(path) {
  const response = await fetch(new URL(path, window.location.origin), { headers: { 'X-Api-Key': apiKey.get() ?? '' } });
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return { blob: await response.blob(), fileName: encoded ? decodeURIComponent(encoded[1]) : plain?.[1] ?? 'download' };
}

/** GET that answers null for 404 (a thing not there yet: no declaration, no monitoring report for a period). */
export async function getJsonOrNull(path, query = {}) {
  try {
    return await getJson(path, query);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Sends a body (a file or JSON text) with the key and returns the JSON answer; headers add e.g. If-Match. */
export async function send(method, path, body, contentType, headers = {}) {
  const response = await fetch(new URL(path, window.location.origin), {
    method,
    body,
    headers: { 'X-Api-Key': apiKey.get() ?? '', Accept: 'application/json', 'Content-Type': contentType, ...headers },
  });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** Every page of a cursor-paged list. */
export async function getAllPages(path, query = {}) {
  const items = [];
  let cursor;
  do {
    const page = await getJson(path, { ...query, limit: 500, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** What to tell the user about a failed call. */
export function describe(error) {
  if (!(error instanceof ApiError)) return error instanceof TypeError ? `无法连接服务：${error.message}` : error.message;
  switch (error.status) {
    case 401: return 'API 密钥无效或已被撤销（401），请输入有效的密钥。';
    case 403: return `此密钥无权查看该内容（403）：${error.message}`;
    case 404: return `未找到（404）：${error.message}`;
    case 429: return '请求过于频繁（429），请稍后再试。';
    case 400: case 412: case 413: case 415: case 422: return `服务拒绝了请求（${error.status}）：${[error.message, ...fieldErrors(error.problem)].join('；')}`;
    default: return `服务返回 ${error.status}：${error.message}`;
  }
}

/** "pointer: message" of each field error a problem+json lists (RFC 9457 extension "errors"). */
function fieldErrors(problem) {
  const errors = problem?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.slice(0, 5).map((e) => [e.pointer, e.detail ?? e.message].filter(Boolean).join(' '));
}
