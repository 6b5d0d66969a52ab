/**
 * A failure Loa can name. It carries a stable machine code from the catalogue
 * (error-catalogue.ts: an unknown code does not compile), a message for people (Vietnamese,
 * with diacritics; the catalogue's default when the thrower has nothing more precise) and
 * the evidence that led to it: the phrase, the span, the line, what was expected. It never
 * knows about HTTP: the web layer maps codes to statuses in one exception filter.
 *
 * It lives outside src/ because every layer raises it: config/ (a bad configuration file),
 * channels/, src/domain and src/modules. It imports nothing but the catalogue.
 */
import { type ErrorCode, errorCatalogue } from './error-catalogue.js';

export interface Span {
  /** Offset of the first character, in UTF-16 code units of the normalised text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

export interface Evidence {
  text?: string;
  span?: Span;
  line?: number;
  expected?: string;
  [key: string]: unknown;
}

export class DomainError extends Error {
  override readonly name: string = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string = errorCatalogue[code].message,
    readonly evidence: Evidence = {},
  ) {
    super(message);
  }

  toJSON(): { code: ErrorCode; message: string; evidence: Evidence } {
    return { code: this.code, message: this.message, evidence: this.evidence };
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
