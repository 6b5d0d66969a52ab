/**
 * A failure the domain can name. It carries a stable machine code, a message for people
 * (Vietnamese, with diacritics) and the evidence that led to it: the phrase, the span,
 * the line, what was expected. It never knows about HTTP: the web layer maps codes to
 * statuses in one exception filter.
 */
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
    readonly code: string,
    message: string,
    readonly evidence: Evidence = {},
  ) {
    super(message);
  }

  toJSON(): { code: string; message: string; evidence: Evidence } {
    return { code: this.code, message: this.message, evidence: this.evidence };
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
