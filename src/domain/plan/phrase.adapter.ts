/**
 * The plan reader's one door to the phrase grammar (src/domain/grammar): it reads a quota,
 * a timeframe, a deadline or a reporting clause, and turns a phrase the grammar cannot read
 * into a reason a person can act on, never into a failed import.
 */
import { isDomainError } from '../errors/domain-error.js';
import { parsePhrase } from '../grammar/parse-phrase.js';
import type { PhraseKind, PhraseResult } from '../grammar/phrase.types.js';

export type PhraseOutcome = { ok: true; result: PhraseResult; rules: string[] } | { ok: false; reason: string };

export function readPhrase(text: string, kind: PhraseKind, refDate: string | undefined): PhraseOutcome {
  try {
    const reading = parsePhrase(text, refDate ? { kind, refDate } : { kind });
    return { ok: true, result: reading.result, rules: reading.rules };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, reason: `${error.message} (${error.code})` };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `Bộ đọc cụm từ gặp lỗi: ${message}` };
  }
}
