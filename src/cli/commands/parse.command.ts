/**
 * `loa parse`: reads quota, timeframe, deadline and reporting phrases.
 *
 *   loa parse "03 tin, bài/tháng" "Quý I/2024"      → a reading for people
 *   loa parse --jsonl < phrases.jsonl               → one JSON line per input line
 *
 * JSON lines in: {"text", "kind"?, "refDate"?}. Out, in order, one per non-blank line:
 * {"text", "kind", "result"} or {"text", "error": {"code", "message", "span"?}}. A malformed
 * line gives an error line; the stream never aborts. This contract is how the parser is
 * measured: keep it stable.
 */
import { createInterface } from 'node:readline';
import { isDomainError } from '../../domain/errors/domain-error.js';
import { parseIsoDate } from '../../domain/grammar/calendar-dates.js';
import { parsePhrase } from '../../domain/grammar/parse-phrase.js';
import type { PhraseKind, PhraseReading, Quota } from '../../domain/grammar/phrase.types.js';
import { answerPhrase } from '../../domain/grammar/phrase-answer.js';
import { type CliIo, ExitCode } from '../cli-io.js';

export interface ParseCommandOptions {
  jsonl?: boolean;
  refDate?: string;
  kind?: string;
}

const KINDS: readonly string[] = ['quota', 'timeframe', 'deadline', 'reporting'];

/** The kinds of phrase as a person calls them. */
const KIND_NAME: Record<string, string> = {
  quota: 'tần suất',
  timeframe: 'thời gian thực hiện',
  deadline: 'thời hạn',
  reporting: 'chế độ báo cáo',
};

export async function parseCommand(
  phrases: string[],
  opts: ParseCommandOptions,
  io: CliIo,
  describeRule?: (q: Quota) => string | null,
): Promise<number> {
  if (opts.refDate !== undefined && !parseIsoDate(opts.refDate)) {
    io.stderr.write(`loa parse: --ref-date "${opts.refDate}" không hợp lệ: cần dạng YYYY-MM-DD.\n`);
    return ExitCode.usage;
  }
  if (opts.kind !== undefined && !KINDS.includes(opts.kind)) {
    io.stderr.write(`loa parse: --kind "${opts.kind}" không hợp lệ: chỉ nhận ${KINDS.join(', ')}.\n`);
    return ExitCode.usage;
  }
  if (opts.jsonl) {
    if (phrases.length > 0) {
      io.stderr.write('loa parse: với --jsonl, các cụm từ được đọc từ stdin, không nhận đối số.\n');
      return ExitCode.usage;
    }
    return parseJsonLines(opts, io);
  }
  if (phrases.length === 0) {
    io.stderr.write('Cách dùng: loa parse [--kind quota|timeframe|deadline|reporting] [--ref-date YYYY-MM-DD] "cụm từ" …\n');
    io.stderr.write('           loa parse --jsonl [--ref-date YYYY-MM-DD] < cac-cum-tu.jsonl\n');
    return ExitCode.usage;
  }
  let failed = 0;
  for (const phrase of phrases) {
    try {
      const reading = parsePhrase(phrase, { kind: opts.kind as PhraseKind | undefined, refDate: opts.refDate });
      io.stdout.write(describeReading(reading, describeRule));
    } catch (err) {
      failed++;
      const e = isDomainError(err) ? err : null;
      io.stdout.write(`« ${phrase} »\n  lỗi ${e?.code ?? 'PHRASE_UNREADABLE'}: ${e?.message ?? String(err)}\n\n`);
    }
  }
  return failed > 0 ? ExitCode.badInput : ExitCode.ok;
}

/** A reading for people: each field with the text it came from, the rules, the RRULE. */
export function describeReading(reading: PhraseReading, describeRule?: (q: Quota) => string | null): string {
  const lines: string[] = [`« ${reading.normalized} »`, `  loại: ${KIND_NAME[reading.kind] ?? reading.kind} (${reading.kind})`];
  const entries = Object.entries(reading.result);
  const width = Math.max(8, ...entries.map(([k]) => k.length));
  for (const [field, value] of entries) {
    const span = reading.spans[field];
    const from = span ? `  ← "${reading.normalized.slice(span.start, span.end)}" [${span.start}–${span.end}]` : '';
    lines.push(`  ${field.padEnd(width)}  ${JSON.stringify(value)}${from}`);
  }
  lines.push(`  quy tắc: ${reading.rules.join(', ') || '(không)'}`);
  if (reading.kind === 'quota' && describeRule) {
    let rrule: string | null = null;
    try {
      rrule = describeRule(reading.result as Quota);
    } catch (err) {
      rrule = `(không dựng được RRULE: ${err instanceof Error ? err.message : String(err)})`;
    }
    const none =
      (reading.result as Quota).calendar === 'lunar'
        ? '(ngày âm lịch: RRULE không ghi được, lịch liệt kê từng ngày)'
        : '(định mức này không có lịch lặp)';
    lines.push(`  RRULE: ${rrule ?? none}`);
  }
  return `${lines.join('\n')}\n\n`;
}

async function parseJsonLines(opts: ParseCommandOptions, io: CliIo): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      if (line.trim() === '') continue;
      io.stdout.write(`${JSON.stringify(answerLine(line, opts))}\n`);
    }
  } catch (err) {
    io.stderr.write(`loa parse: không đọc được stdin: ${err instanceof Error ? err.message : String(err)}\n`);
    return ExitCode.badInput;
  }
  return ExitCode.ok;
}

export function answerLine(line: string, opts: ParseCommandOptions): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { text: line, error: { code: 'INPUT_MALFORMED', message: 'Dòng vào không phải JSON hợp lệ.' } };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      text: line,
      error: { code: 'INPUT_MALFORMED', message: 'Dòng vào phải là một đối tượng JSON {"text", "kind"?, "refDate"?}.' },
    };
  }
  return answerPhrase(input, opts) as Record<string, unknown>;
}
