/**
 * Reads a Vietnamese quota, timeframe, deadline or reporting phrase into the structure of
 * ../shared/phrases/SCHEMA.md, with the span of normalised text each field came from and
 * the names of the rules that matched. Pipeline: text hygiene (legacy encodings, NFC,
 * blanks) → tokens → atoms (atom rule table) → the kind's phrase rule table → assembly.
 *
 * Any input gives a reading or a DomainError; nothing else is ever thrown.
 */
import { DomainError, isDomainError } from '../errors/domain-error.js';
import { decodeLegacyVietnamese, detectLegacyEncoding } from '../text/legacy-encoding.js';
import { normalizeText } from '../text/normalize.js';
import { decodeCharacterReferences } from '../text/character-references.js';
import { buildAtoms, resolveLunarDays } from './atoms.js';
import { daysInMonth, isValidDate, parseIsoDate } from './calendar-dates.js';
import { classifyAtoms } from './classify-phrase.js';
import { DEADLINE_FALLBACK_RULES, DEADLINE_RULES, assembleDeadline, newDeadlineFacts } from './deadline.rules.js';
import type { Atom, PhraseRule } from './pattern.js';
import { scan } from './pattern.js';
import type { ParseOptions, PhraseKind, PhraseReading, PhraseResult } from './phrase.types.js';
import { QUOTA_RULES, assembleQuota, newQuotaFacts } from './quota.rules.js';
import { ReadingBuilder } from './reading-builder.js';
import { REPORTING_RULES, type ReportingFacts, assembleReporting } from './reporting.rules.js';
import { TIMEFRAME_RULES, type RefDate, assembleTimeframe, newTimeFacts } from './timeframe.rules.js';
import { tokenize } from './tokenizer.js';

/** Longest phrase read, in characters after normalisation (a phrase is a clause, not a page). */
export const MAX_PHRASE_LENGTH = 2000;
/** Raw inputs beyond this are refused before any work. */
const MAX_RAW_LENGTH = 200_000;

const KINDS: readonly PhraseKind[] = ['quota', 'timeframe', 'deadline', 'reporting'];

interface Prepared {
  text: string;
  atoms: Atom[];
}

function prepare(input: unknown): Prepared {
  if (typeof input !== 'string') {
    throw new DomainError('PHRASE_NOT_TEXT', 'Cụm từ cần đọc phải là một chuỗi văn bản.', { text: String(input).slice(0, 200) });
  }
  if (input.length > MAX_RAW_LENGTH) {
    throw new DomainError('PHRASE_TOO_LONG', `Cụm từ quá dài (${input.length} ký tự; tối đa ${MAX_PHRASE_LENGTH}).`, {
      text: input.slice(0, 200),
      expected: `tối đa ${MAX_PHRASE_LENGTH} ký tự`,
    });
  }
  // Legacy detection comes first: TCVN3 uses code points that hygiene would drop (U+00AD is "ư").
  // Then HTML's character references, as text copied from a page's source keeps them ("ng&agrave;y").
  const legacy = detectLegacyEncoding(input);
  const text = normalizeText(decodeCharacterReferences(legacy ? decodeLegacyVietnamese(input, legacy) : input));
  if (text.length === 0) throw new DomainError('PHRASE_EMPTY', 'Cụm từ trống: không có gì để đọc.', { text: input.slice(0, 200) });
  if (text.length > MAX_PHRASE_LENGTH) {
    throw new DomainError('PHRASE_TOO_LONG', `Cụm từ quá dài (${text.length} ký tự; tối đa ${MAX_PHRASE_LENGTH}).`, {
      text: text.slice(0, 200),
      expected: `tối đa ${MAX_PHRASE_LENGTH} ký tự`,
    });
  }
  return { text, atoms: buildAtoms(tokenize(text), text) };
}

function refDateOf(refDate: string | undefined, text: string): RefDate | undefined {
  if (refDate === undefined || refDate === null || refDate === '') return undefined;
  const d = typeof refDate === 'string' ? parseIsoDate(refDate.trim()) : null;
  if (!d) {
    throw new DomainError(
      'PHRASE_REF_DATE_INVALID',
      `Ngày tham chiếu "${String(refDate).slice(0, 40)}" không hợp lệ: cần dạng YYYY-MM-DD.`,
      {
        text,
        expected: 'YYYY-MM-DD',
      },
    );
  }
  return { ...d, iso: refDate.trim() };
}

/** The kind of a phrase, when none is given. */
export function classifyPhrase(text: string): PhraseKind {
  return guard(text, () => classifyAtoms(prepare(text).atoms).kind);
}

export function parsePhrase(text: string, options: ParseOptions = {}): PhraseReading {
  return guard(text, () => parseUnguarded(text, options ?? {}));
}

/** The deadline fallback a report may use: a day of a month named relative to the period. */
const REPORTING_DAY_RULES = DEADLINE_FALLBACK_RULES.filter(
  (r) => r.name === 'deadline.day-of-relative-month',
) as readonly PhraseRule<ReportingFacts>[];

function parseUnguarded(input: string, options: ParseOptions): PhraseReading {
  const { text, atoms } = prepare(input);
  const ref = refDateOf(options.refDate, text);
  resolveLunarDays(atoms, ref);
  refuseImpossibleDates(text, atoms);
  let kind = options.kind;
  const rules: string[] = [];
  if (kind !== undefined && !KINDS.includes(kind)) {
    throw new DomainError(
      'PHRASE_KIND_INVALID',
      `Loại cụm từ "${String(kind).slice(0, 40)}" không hợp lệ: chỉ nhận quota, timeframe, deadline hoặc reporting.`,
      {
        text,
        expected: KINDS.join(' | '),
      },
    );
  }
  if (kind === undefined) {
    const c = classifyAtoms(atoms);
    kind = c.kind;
    rules.push(c.rule);
  }
  const b = new ReadingBuilder();
  let ok = false;
  switch (kind) {
    case 'quota': {
      const f = newQuotaFacts(text, atoms);
      rules.push(...scan(atoms, QUOTA_RULES, f));
      ok = assembleQuota(f, b);
      break;
    }
    case 'timeframe': {
      const f = newTimeFacts(text, ref);
      rules.push(...scan(atoms, TIMEFRAME_RULES, f));
      ok = assembleTimeframe(f, b);
      if (ok) refuseReversedSpan(text, b.result, b.spans);
      break;
    }
    case 'deadline': {
      const c = { dl: newDeadlineFacts(text, ref, false) };
      rules.push(...scan(atoms, DEADLINE_RULES, c));
      ok = assembleDeadline(c.dl, b);
      if (!ok) {
        rules.push(...scan(atoms, DEADLINE_FALLBACK_RULES, c));
        ok = assembleDeadline(c.dl, b);
      }
      break;
    }
    case 'reporting': {
      const f: ReportingFacts = { text, dl: newDeadlineFacts(text, ref, true), periods: [], quarters: [] };
      rules.push(...scan(atoms, REPORTING_RULES, f));
      // "Báo cáo tháng là ngày 20 tháng sau": a day of the month after, with no deadline word, when nothing else set one.
      if (f.dl.items.length === 0 && !f.dl.dayOfMonth && !f.dl.within && !f.dl.weekday) rules.push(...scan(atoms, REPORTING_DAY_RULES, f));
      ok = assembleReporting(f, b);
      break;
    }
  }
  // A reading with no field at all ("ngày 05" alone as a timeframe: a day of no month) says nothing: unrecognised.
  if (ok && Object.keys(b.result).length === 0) ok = false;
  if (!ok) {
    throw new DomainError('PHRASE_UNRECOGNIZED', unrecognizedMessage(kind), {
      text,
      span: { start: 0, end: text.length },
      expected: kind,
    });
  }
  // A lunar day no year was found for keeps its lunar day and month, and says they are lunar ("Rằm tháng Giêng").
  const lunar = kind !== 'quota' ? atoms.find((a) => a.type === 'DATE' && a.v.lunarNoYear) : undefined;
  if (lunar && !b.has('lunar'))
    b.set('lunar', { month: lunar.v.lunarNoYear!.m, day: lunar.v.lunarNoYear!.d }, { start: lunar.start, end: lunar.end });
  // "Lễ hội Yên Thế (ngày 16 tháng 3 ÂL)", "Ngày 14 và 15 tháng Tư Âm Lịch: Đại Lễ Phật Đản": a time of lunar days that
  // neither the phrase nor the page dates to a year is the lunar anniversary, which comes round each year.
  const monthDay = (v: unknown): boolean => typeof v === 'object' && v !== null && 'month' in v && 'day' in v && !('event' in v);
  const times = ['date', 'from', 'to'].filter((k) => b.has(k));
  if (lunar && kind === 'timeframe' && !b.has('recurring') && times.length > 0 && times.every((k) => monthDay(b.get(k))))
    b.set('recurring', 'yearly', { start: lunar.start, end: lunar.end });
  return { kind, result: b.result as PhraseResult, spans: b.spans, rules, normalized: text };
}

/** "30/02/2024", "31/4": a day the calendar does not have is an error with its span, never a stored date. */
function refuseImpossibleDates(text: string, atoms: readonly Atom[]): void {
  for (const a of atoms) {
    // "ngày 31/1/2025 âm lịch": a lunar month has 29 or 30 days, and which one the lunar calendar says.
    if (a.type === 'NO_SUCH_DAY' && a.v.lunar !== undefined) {
      const { d, m, y } = a.v.lunar;
      throw new DomainError('PHRASE_DATE_IMPOSSIBLE', `Ngày ${d} tháng ${m} âm lịch năm ${y} không có thật trong lịch âm.`, {
        text,
        span: { start: a.start, end: a.end },
        expected: 'một ngày có trong tháng âm lịch đó',
      });
    }
    if (a.type !== 'DATE' || a.v.lunar !== undefined || a.v.d === undefined || a.v.m === undefined) continue;
    if (isValidDate(a.v.y, a.v.m, a.v.d)) continue;
    const last = daysInMonth(a.v.y, a.v.m);
    const monthName = a.v.y === undefined ? `tháng ${a.v.m}` : `tháng ${a.v.m}/${a.v.y}`;
    const written = text.slice(a.start, a.end).replace(/^(ngày|mùng|mồng)\s+/iu, '');
    throw new DomainError('PHRASE_DATE_IMPOSSIBLE', `Ngày "${written}" không có thật: ${monthName} chỉ có ${last} ngày.`, {
      text,
      span: { start: a.start, end: a.end },
      expected: `ngày từ 1 đến ${last}`,
    });
  }
}

const WRITTEN_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * "ngày 5, 3/4/2024", "từ 24/9 đến 26/08/2016": a span whose end comes before its start, every year
 * written, is an error with the span, never a stored period. (A year Loa supplied from the document's
 * date is left alone: there a span over New Year is a year Loa guessed short, not the writer's slip.)
 */
function refuseReversedSpan(text: string, result: Record<string, unknown>, spans: Record<string, { start: number; end: number }>): void {
  const { from, to } = result;
  if (typeof from !== 'string' || typeof to !== 'string' || !WRITTEN_DATE.test(from) || !WRITTEN_DATE.test(to)) return;
  if (result.yearInferred === true || from.slice(0, 10) <= to.slice(0, 10)) return;
  const start = Math.min(spans['from']?.start ?? 0, spans['to']?.start ?? 0);
  const end = Math.max(spans['from']?.end ?? text.length, spans['to']?.end ?? text.length);
  const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  throw new DomainError('PHRASE_SPAN_REVERSED', `Khoảng thời gian ngược: ngày bắt đầu ${day(from)} sau ngày kết thúc ${day(to)}.`, {
    text,
    span: { start, end },
    expected: 'ngày bắt đầu không sau ngày kết thúc',
  });
}

function unrecognizedMessage(kind: PhraseKind): string {
  switch (kind) {
    case 'quota':
      return 'Không đọc được định mức: không thấy số lượng, đơn vị hay chu kỳ (tháng, quý, năm…).';
    case 'timeframe':
      return 'Không đọc được thời gian thực hiện: không thấy ngày, tháng, quý, năm hay chu kỳ nào.';
    case 'deadline':
      return 'Không đọc được thời hạn: không thấy "trước ngày", "chậm nhất" hay một mốc thời gian.';
    case 'reporting':
      return 'Không đọc được kỳ báo cáo: không thấy tuần, tháng, quý, 6 tháng, 9 tháng hay năm.';
  }
}

/** Runs f; any failure that is not a DomainError becomes one. */
function guard<T>(text: unknown, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (isDomainError(err)) throw err;
    const sample = typeof text === 'string' ? text.slice(0, 200) : '';
    throw new DomainError('PHRASE_UNREADABLE', 'Không đọc được cụm từ do một lỗi nội bộ của bộ phân tích.', {
      text: sample,
      cause: err instanceof Error ? err.message : String(err),
    });
  }
}
