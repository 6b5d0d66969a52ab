/** Collects the fields of a reading, each with the span of normalised text it came from. */
import type { Span } from '../errors/domain-error.js';

export class ReadingBuilder {
  readonly result: Record<string, unknown> = {};
  readonly spans: Record<string, Span> = {};

  set(field: string, value: unknown, span?: Span): void {
    this.result[field] = value;
    if (span) this.spans[field] = span;
    else delete this.spans[field];
  }

  has(field: string): boolean {
    return Object.hasOwn(this.result, field);
  }

  get(field: string): unknown {
    return this.result[field];
  }
}

/** The smallest span covering all given spans. */
export function cover(...spans: (Span | undefined)[]): Span | undefined {
  let out: Span | undefined;
  for (const s of spans) {
    if (!s) continue;
    out = out ? { start: Math.min(out.start, s.start), end: Math.max(out.end, s.end) } : { ...s };
  }
  return out;
}
