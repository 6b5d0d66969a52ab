import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/api-types';
import { csrf } from '../cookies';
import { forgetInlineReads, taken } from '../prefetch';

/** The API's error shape: `{ error: { code, message, evidence }, requestId }`, message in Vietnamese. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly evidence: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Cookie session plus X-CSRF-Token on every unsafe request, as the API asks of a browser. */
const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD'].includes(request.method)) {
      forgetInlineReads();
      const token = csrf.get();
      if (token) request.headers.set('x-csrf-token', token);
    }
    return request;
  },
};

let onUnauthenticated: () => void = () => {};
export function whenUnauthenticated(f: () => void): void {
  onUnauthenticated = f;
}

// A GET that boot.ts already started (the session, the calendar's month) takes that answer.
export const client = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  fetch: (request) => taken(request) ?? globalThis.fetch(request),
});
client.use(csrfMiddleware);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Unwraps an openapi-fetch answer: the request (path, params, body) and the answer's body are
 * both typed from the generated OpenAPI document, so a page cannot ask for a field the DTOs do
 * not send; a failure is thrown as an ApiError.
 */
export async function unwrap<T>(p: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await p;
  if (response.ok) return data as T;
  const e = (error as { error?: { code?: string; message?: string; evidence?: Record<string, unknown> } } | undefined)?.error;
  if (response.status === 401) onUnauthenticated();
  throw new ApiError(
    response.status,
    e?.code ?? `HTTP_${response.status}`,
    e?.message ?? 'Yêu cầu không thực hiện được.',
    e?.evidence ?? {},
  );
}

/** Multipart uploads (plans, attachments): fetch with the same cookie and CSRF header. */
export async function upload<T>(url: string, file: File): Promise<T> {
  forgetInlineReads();
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = {};
  const token = csrf.get();
  if (token) headers['x-csrf-token'] = token;
  const response = await fetch(url, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  const body = await response.json().catch(() => undefined);
  return unwrap<T>(Promise.resolve(response.ok ? { data: body as T, response } : { error: body, response }));
}

/**
 * For the few answers whose schema in the document is only "an object" in places (a plan's
 * document, an activation's calendar counts, a phrase's reading) or that may also be a file
 * (the report route): the caller names the type (api/views.ts). Everything else goes
 * through unwrap().
 */
export function unwrapAs<T>(p: Promise<Answer<unknown>>): Promise<T> {
  return unwrap(p) as Promise<T>;
}
