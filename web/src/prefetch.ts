/**
 * Reads started before React loads (boot.ts): the session's two reads and, on a page that
 * declares it, the page's own data. Each answer is kept for the first GET of the same path and
 * query (api/client.ts hands it over instead of asking again), used once, and dropped after a
 * few seconds if nothing asked for it.
 */
const KEEP_MS = 10_000;
const started = new Map<string, { at: number; answer: Promise<Response> }>();

/** Path plus query with its parameters sorted, so the same read matches however it was spelled. */
function key(url: string): string {
  const u = new URL(url, location.origin);
  u.searchParams.sort();
  return u.pathname + u.search;
}

export function prefetch(url: string): Promise<Response> {
  const answer = fetch(url, { credentials: 'same-origin' });
  started.set(key(url), { at: Date.now(), answer });
  // A failed read is not an error here: the page asks again (taken() returns nothing once it failed).
  answer.catch(() => started.delete(key(url)));
  return answer;
}

/** The answer of a read started at boot for this GET, once; undefined otherwise. */
export function taken(request: Request): Promise<Response> | undefined {
  if (request.method !== 'GET') return undefined;
  const k = key(request.url);
  const hit = started.get(k);
  if (!hit) return undefined;
  started.delete(k);
  return Date.now() - hit.at <= KEEP_MS ? hit.answer : undefined;
}
