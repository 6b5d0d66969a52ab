/**
 * One HTTP exchange with a channel and the shared rules for sorting its failures. The
 * question that matters for "never twice" is whether a request may have reached the
 * channel: a refused connection or an unknown host means it did not (safe to retry); a
 * timeout, a reset or a dropped answer after the request left means it may have
 * (unconfirmed: look up before anything else).
 */
import type { Clock, FetchLike, HeaderReader, HttpAnswer } from '../ports.js';
import type { Outcome } from '../channel-adapter.js';

/** Error codes (Node / undici) that mean no byte of the request reached the server. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_INVALID_URL',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

/** Codes of Loa's own outbound screen (src/modules/dispatch/outbound-screen.ts): the address was refused before connecting. */
const SCREENED_CODES = new Set(['OUTBOUND_URL_PRIVATE', 'OUTBOUND_URL_UNRESOLVED']);

export type HttpResult =
  | { ok: true; status: number; headers: HeaderReader; text: string; json: unknown | undefined }
  /** `sent`: the request may have reached the server. */
  | { ok: false; sent: boolean; reason: string; code?: string };

function errorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Why nothing reached the channel, said to a person; the code itself goes to the log as evidence. */
function notConnected(code: string): string {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return 'không tìm thấy máy chủ của kênh (tên miền không phân giải được); hãy kiểm tra địa chỉ trong tài khoản kênh';
  if (code === 'ECONNREFUSED') return 'máy chủ của kênh từ chối kết nối';
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return 'không có đường mạng tới máy chủ của kênh';
  if (code === 'ERR_INVALID_URL') return 'địa chỉ của kênh không hợp lệ; hãy kiểm tra địa chỉ trong tài khoản kênh';
  return 'chứng chỉ bảo mật (HTTPS) của máy chủ kênh không hợp lệ, nên Loa không kết nối';
}

/** The raw code of a failed exchange, for an outcome's evidence. */
export function evidenceOf(result: HttpResult): { evidence: { networkError: string } } | Record<string, never> {
  return !result.ok && result.code ? { evidence: { networkError: result.code } } : {};
}

/** Sends one request with a timeout and reads the whole answer; never throws. */
export async function httpCall(fetch: FetchLike, url: string, init: RequestInit, timeoutMs: number): Promise<HttpResult> {
  let response: HttpAnswer;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const code = errorCode(error);
    const name = (error as { name?: string }).name;
    if (code && SCREENED_CODES.has(code)) return { ok: false, sent: false, reason: (error as Error).message };
    if (code && NOT_SENT_CODES.has(code)) return { ok: false, sent: false, reason: notConnected(code), code };
    if (name === 'TimeoutError' || name === 'AbortError')
      return {
        ok: false,
        sent: true,
        reason: `kênh không trả lời trong ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} giây` : `${timeoutMs} mili giây`}`,
      };
    return { ok: false, sent: true, reason: 'kết nối bị ngắt trước khi có câu trả lời', ...(code ? { code } : {}) };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, sent: true, reason: 'câu trả lời bị ngắt giữa chừng', ...(code ? { code } : {}) };
  }
  let json: unknown;
  if (text.length > 0) {
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      json = undefined;
    }
  }
  return { ok: true, status: response.status, headers: response.headers, text, json };
}

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined. */
export function retryAfterMs(headers: HeaderReader, clock: Clock): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - clock.now().getTime());
}

/**
 * The outcome of a failed exchange that creates something (POST of a post, an article, a
 * delivery): only a definite "not sent" or an explicit "come back later" is a retry.
 */
export function failureOutcome(result: HttpResult, clock: Clock, what: string): Outcome {
  if (!result.ok)
    return result.sent
      ? { kind: 'unconfirmed', reason: `${what}: ${result.reason}`, ...evidenceOf(result) }
      : { kind: 'retry', reason: `${what}: ${result.reason}`, ...evidenceOf(result) };
  const { status, headers } = result;
  const afterMs = retryAfterMs(headers, clock);
  if (status === 401) return { kind: 'reauthorise', reason: `${what}: kênh từ chối thông tin đăng nhập (HTTP 401)` };
  if (status === 429)
    return { kind: 'retry', reason: `${what}: kênh báo gửi quá nhanh (HTTP 429)`, ...(afterMs !== undefined ? { afterMs } : {}) };
  if (status === 503 || status === 408)
    return { kind: 'retry', reason: `${what}: kênh tạm thời không nhận (HTTP ${status})`, ...(afterMs !== undefined ? { afterMs } : {}) };
  if (status >= 500) return { kind: 'unconfirmed', reason: `${what}: kênh lỗi HTTP ${status}, có thể đã nhận` };
  if (status >= 300 && status < 400) {
    // Loa's fetch never follows a redirect (the outbound screen checked only the first address).
    const location = headers.get('location');
    return {
      kind: 'permanent',
      code: `HTTP_${status}`,
      reason: `${what}: kênh chuyển hướng (HTTP ${status})${location ? ` sang ${location}` : ''}; Loa không đi theo chuyển hướng, hãy sửa địa chỉ trong tài khoản kênh`,
    };
  }
  return {
    kind: 'permanent',
    code: `HTTP_${status}`,
    reason: `${what}: kênh từ chối (HTTP ${status})`,
    evidence: { httpStatus: status, ...answerEvidence(result.text) },
  };
}

/** The failure of a read (look-up, verification): nothing can be duplicated, so anything unclear is a retry. */
export function readFailureOutcome(result: HttpResult, clock: Clock, what: string): Outcome {
  const outcome = failureOutcome(result, clock, what);
  return outcome.kind === 'unconfirmed' ? { kind: 'retry', reason: outcome.reason, ...evidenceOf(result) } : outcome;
}

/** The channel's own answer, shortened, for an outcome's evidence (it is often English or JSON: not for the reason). */
export function answerEvidence(text: string): { answer: string } | Record<string, never> {
  const t = text.replace(/\s+/g, ' ').trim();
  return t ? { answer: t.length > 200 ? `${t.slice(0, 200)}…` : t } : {};
}

/** A string field of a JSON object, read defensively (a number id becomes its decimal string). */
export function field(value: unknown, ...path: string[]): string | undefined {
  let v: unknown = value;
  for (const key of path) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  if (typeof v === 'string' && v.length > 0) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Basic auth header value. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** A base URL without its trailing slashes. */
export function trimBase(url: string): string {
  return url.replace(/\/+$/, '');
}
