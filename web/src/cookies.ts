/**
 * The cookie the app reads. The log-in sets `loa_csrf` beside the HttpOnly session cookie
 * (src/modules/accounts/auth.controller.ts): the session's CSRF token, readable by the page, sent
 * back in X-CSRF-Token (the API checks it against the session, never against the cookie). Every tab
 * of the browser reads the same one, so a new tab opens signed in; its presence is also how the
 * entry knows, before asking the API, that a session was opened on this browser.
 */
export const CSRF_COOKIE = 'loa_csrf';

/** A cookie's value in a `document.cookie` or `Cookie:` header string; null when absent or empty. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim()) || null;
  }
  return null;
}

export const csrf = {
  get: (): string | null => readCookie(document.cookie, CSRF_COOKIE),
  /** The session ended (log-out, or the API no longer knows it): this browser stops presenting it. */
  forget: (): void => {
    document.cookie = `${CSRF_COOKIE}=; Max-Age=0; Path=/; SameSite=Strict`;
  },
};
