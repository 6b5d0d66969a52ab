/**
 * Reads started before React loads (boot.ts): the session's two reads and, on a page that
 * declares it, the page's own data, unless the server sent their answers inside the page
 * (`<script type="application/json" id="loa-reads">`, src/modules/web/web-app.ts; pageReads).
 * Each started read's answer is kept for the first GET of the same path and query (api/client.ts
 * hands it over instead of asking again), used once, and dropped after a few seconds if nothing
 * asked for it.
 */
import { type InlineReads, readKey, readsOf } from './page-reads';

const KEEP_MS = 10_000;
let inlineUntil = 0;
let inline: InlineReads = () => undefined;
const started = new Map<string, { at: number; answer: Promise<Response> }>();

const key = readKey;

/**
 * Starts a read, unless it was already started, or its answer came with the page (then that
 * answer, and nothing kept: the page's first render reads it from pageReads, and a later GET of
 * the same path, a reload after a change, asks the API).
 */
export function prefetch(url: string): Promise<Response> {
  const body = inline(url);
  if (body !== undefined) return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  const kept = started.get(key(url));
  if (kept) return kept.answer;
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

/** The page's own answers (takeInlineReads), for the first renders. */
export const pageReads: InlineReads = (url) => inline(url);
/** A write was sent: the answers that came with the page may no longer be true. */
export function forgetInlineReads(): void {
  inlineUntil = 0;
}

/**
 * The answers the server sent inside the page: returned for the first renders (pageReads,
 * inline-reads.tsx) for a few seconds, until a write.
 */
export function takeInlineReads(doc: Document): void {
  const el = doc.getElementById('loa-reads');
  if (!el?.textContent) return;
  el.remove();
  const reads = JSON.parse(el.textContent) as Record<string, unknown>;
  inlineUntil = Date.now() + KEEP_MS;
  inline = readsOf(reads, () => Date.now() <= inlineUntil);
}
