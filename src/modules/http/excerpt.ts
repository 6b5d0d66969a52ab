/** How much of a bad value an error may quote back. */
export const EXCERPT_CHARS = 80;

/**
 * A short, safe excerpt of a value for an error's evidence: scalars as they are (strings cut),
 * objects and arrays as the start of their JSON. A 2 MB body or a deeply nested one is never
 * echoed back whole.
 */
export function excerpt(value: unknown, max = EXCERPT_CHARS): unknown {
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.length > max ? value.slice(0, max) + '…' : value;
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = Object.prototype.toString.call(value);
  }
  return json.length > max ? json.slice(0, max) + '…' : json;
}
