import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/api-types';

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

const CSRF_KEY = 'loa.csrf';
export const csrf = {
  get: (): string | null => sessionStorage.getItem(CSRF_KEY),
  set: (token: string | null): void => (token ? sessionStorage.setItem(CSRF_KEY, token) : sessionStorage.removeItem(CSRF_KEY)),
};

/** Cookie session plus X-CSRF-Token on every unsafe request, as the API asks of a browser. */
const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD'].includes(request.method)) {
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

export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
client.use(csrfMiddleware);

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Unwraps an openapi-fetch answer: the typed request (path, params, body) is checked against
 * the generated types; the answer is returned as T (the document does not describe response
 * bodies yet) or thrown as an ApiError.
 */
export async function unwrap<T>(p: Promise<Answer>): Promise<T> {
  const { data, error, response } = await p;
  if (response.ok) return data as T;
  const e = (error as { error?: { code?: string; message?: string; evidence?: Record<string, unknown> } } | undefined)?.error;
  if (response.status === 401) onUnauthenticated();
  throw new ApiError(response.status, e?.code ?? `HTTP_${response.status}`, e?.message ?? 'Yêu cầu không thực hiện được.', e?.evidence ?? {});
}

/** Multipart uploads (plans, attachments): fetch with the same cookie and CSRF header. */
export async function upload<T>(url: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = {};
  const token = csrf.get();
  if (token) headers['x-csrf-token'] = token;
  const response = await fetch(url, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  const body = await response.json().catch(() => undefined);
  return unwrap<T>(Promise.resolve(response.ok ? { data: body, response } : { error: body, response }));
}
