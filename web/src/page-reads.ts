/**
 * Answers the server already read for a page (src/modules/web/web-app.ts), by path and query: the
 * session's and, on the calendar, the month's. No React here: the entry (boot.ts) uses it.
 */
export type InlineReads = (url: string) => unknown;

/** Path plus query with its parameters sorted, so the same read matches however it was spelled. */
export function readKey(url: string): string {
  const u = new URL(url, 'http://loa.invalid');
  u.searchParams.sort();
  return u.pathname + u.search;
}

/** Reads from a map of url → answer (the page's JSON, or the server's own), while `valid()`. */
export function readsOf(answers: Record<string, unknown>, valid: () => boolean = () => true): InlineReads {
  const byKey = new Map(Object.entries(answers).map(([url, body]) => [readKey(url), body]));
  return (url) => (valid() ? byKey.get(readKey(url)) : undefined);
}
