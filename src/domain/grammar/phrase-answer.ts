/**
 * One answer of the phrase contract (`loa parse --jsonl`, `POST /api/phrases/parse`): an input
 * `{text, kind?, refDate?}` becomes `{text, kind, result}` or `{text, error: {code, message, span?}}`.
 * Never throws: a malformed input is an error answer.
 */
import { isDomainError } from '../errors/domain-error.js';
import { parsePhrase } from './parse-phrase.js';
import type { PhraseKind } from './phrase.types.js';

export interface PhraseDefaults {
  refDate?: string;
  kind?: string;
}

export type PhraseAnswer =
  { text: unknown; kind: PhraseKind; result: unknown } | { text: unknown; error: { code: string; message: string; span?: unknown } };

const KINDS: readonly string[] = ['quota', 'timeframe', 'deadline', 'reporting'];

/** What a malformed item echoes: scalars as sent, anything else as the start of its JSON (never a whole nested value). */
function echoOf(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const json = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return json.length > 80 ? json.slice(0, 80) + '…' : json;
}

function errorAnswer(text: unknown, code: string, message: string, span?: unknown): PhraseAnswer {
  return { text, error: span === undefined ? { code, message } : { code, message, span } };
}

export function answerPhrase(input: unknown, defaults: PhraseDefaults = {}): PhraseAnswer {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return errorAnswer(echoOf(input), 'INPUT_MALFORMED', 'Mỗi mục phải là một đối tượng JSON {"text", "kind"?, "refDate"?}.');
  }
  const { text, kind: rawKind, refDate: rawRef } = input as { text?: unknown; kind?: unknown; refDate?: unknown };
  if (typeof text !== 'string') return errorAnswer(echoOf(text), 'INPUT_MALFORMED', 'Thiếu trường "text" (chuỗi).');
  if (rawKind !== undefined && rawKind !== null && (typeof rawKind !== 'string' || !KINDS.includes(rawKind))) {
    return errorAnswer(
      text,
      'PHRASE_KIND_INVALID',
      `Loại cụm từ ${JSON.stringify(echoOf(rawKind))} không hợp lệ: chỉ nhận ${KINDS.join(', ')}.`,
    );
  }
  if (rawRef !== undefined && rawRef !== null && typeof rawRef !== 'string') {
    return errorAnswer(text, 'PHRASE_REF_DATE_INVALID', 'Trường "refDate" phải là chuỗi dạng YYYY-MM-DD.');
  }
  const kind = ((rawKind as string | null | undefined) ?? defaults.kind) as PhraseKind | undefined;
  const refDate = (rawRef as string | null | undefined) ?? defaults.refDate;
  try {
    const reading = parsePhrase(text, { kind, refDate });
    return { text, kind: reading.kind, result: reading.result };
  } catch (err) {
    if (isDomainError(err)) return errorAnswer(text, err.code, err.message, err.evidence.span);
    return errorAnswer(text, 'PHRASE_UNREADABLE', 'Không đọc được cụm từ do một lỗi nội bộ.');
  }
}
