/**
 * Whether a GET may be answered 304 Not Modified, as an origin server evaluates it (RFC 9110
 * §13.1.2, §13.1.3, §13.2.2): If-None-Match, when present, decides alone (weak comparison, `*`
 * matches any current representation); otherwise If-Modified-Since, at one-second precision.
 *
 * Written here rather than taken from `fresh` (express): `fresh` answers "not fresh" whenever the
 * request says `Cache-Control: no-cache`, which is a directive to caches; WHATWG fetch adds it to
 * every conditional request, so a portal using fetch would never get its 304 from Loa.
 */
export function notModified(
  request: { 'if-none-match'?: string | string[]; 'if-modified-since'?: string | string[] },
  current: { etag: string; lastModified: Date },
): boolean {
  const noneMatch = header(request['if-none-match']);
  if (noneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    const mine = opaque(current.etag);
    return noneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === mine);
  }
  const since = header(request['if-modified-since']);
  if (since === undefined) return false;
  const date = Date.parse(since);
  if (Number.isNaN(date)) return false;
  return Math.floor(current.lastModified.getTime() / 1000) <= Math.floor(date / 1000);
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}
