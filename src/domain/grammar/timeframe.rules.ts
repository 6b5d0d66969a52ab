/**
 * Timeframe phrases: when a task runs. "Quý I/2024", "Trong quý II, III năm 2024",
 * "từ ngày 14 đến ngày 20/4/2025", "từ ngày ban hành Kế hoạch này đến hết ngày 20/6/2024",
 * "6 tháng đầu năm", "Thường xuyên trong năm", "giai đoạn 2022-2025, tầm nhìn đến năm 2030".
 */
import type { Span } from '../errors/domain-error.js';
import { dayNumberOf, fromDayNumber, toDayNumber } from '../calendar/local-date.js';
import { clock, daysInMonth, isoDate, isoDateTime, previousDay } from './calendar-dates.js';
import { NUMBER as NUMBER_PATTERN, numberValue, serviceWordBefore } from './atoms.js';
import { type Atom, type Match, type PhraseRule, after, ahead, alt, any, cap, many, not, opt, seq, sym, t, w } from './pattern.js';
import { BODY_NAME_HEADS, DOCUMENT_KINDS, PLACE_WORDS } from './lexicon.js';
import { monthRef, monthRefOf } from './month-ref.js';
import {
  EVENT_STOP,
  EVENT_WORDS,
  isDocumentIssue,
  FROM_WORDS,
  FUZZY_WORDS,
  POINT_TYPES,
  SCHEDULE_ELSEWHERE,
  TO_WORDS,
  eventText,
  namesLaw,
  point,
  replaced,
} from './phrase-parts.js';
import type { PartOfDay } from './phrase.types.js';
import { ReadingBuilder, cover } from './reading-builder.js';
import {
  type Day,
  type Fuzzy,
  type TimePointFact,
  endOf,
  formatDay,
  formatMonthDay,
  fuzzyLabelOf,
  lunarStart,
  pointFromAtom,
  propagate,
  startOf,
} from './time-points.js';

export interface RefDate {
  y: number;
  m: number;
  d: number;
  iso: string;
}

type Role = 'from' | 'to' | 'single';

export interface TimeFacts {
  text: string;
  /** "(7/5/1954 - 7/5/2024)" after "kỷ niệm …": the years an anniversary counts, read past. */
  anniversary?: Span;
  ref?: RefDate;
  points: { role: Role; p: TimePointFact }[];
  /** offsetDays: "sau 10 ngày, kể từ ngày ký" starts that many days after the event. */
  /** `explains`: read after "sau khi", which a start written as a date overrides wherever it stands. */
  fromEvent?: { event: string; span: Span; offsetDays?: number; explains?: boolean };
  toEvent?: { event: string; span: Span };
  continuous?: Span;
  /** "hoạt động 24/7": round the clock, continuous when no time is written beside it. */
  roundTheClock?: Span;
  yearly?: Span;
  recurringOther?: { per: string; span: Span };
  inYear?: Span;
  tentative?: Span;
  /** "sẽ" (will): the time said is planned; no time said, nothing is. */
  will?: Span;
  horizon?: { value: string; span: Span };
  /** The date of a cited document: the reading only when the phrase says nothing else. */
  documentDate?: TimePointFact;
  unresolved?: Span;
  /** "10 năm thực hiện Chương trình": a programme's years, with no dates. */
  yearsOfImplementation?: { n: number; span: Span };
  reportingAnchor?: Span;
  toNow?: Span;
  onwards?: Span;
  tentativeDay?: TimePointFact;
  durations: { field: string; n: number; span: Span }[];
  times: { time: string; span: Span }[];
  /** "từ 7h30 đến 11h30": hours from one clock to another. */
  timeRanges: { from: string; to: string; span: Span }[];
  /** "Thứ Hai – Thứ Sáu", "sáng thứ Bảy": weekdays named with no date (office hours, a weekly schedule). */
  weekdays: { wds: string[]; span: Span }[];
  pods: { pod: PartOfDay; span: Span }[];
  fuzzyYear?: { fuzzy: Fuzzy; span: Span };
  /** "nhân dịp Tết Trung thu năm 2025": the occasion, and the year its name carries. */
  during?: { event: string; span: Span; y?: number };
  /** "nhiệm kỳ 2021 - 2026": the span of a term of office, read only when nothing else is. */
  term?: { from: number; to: number; span: Span };
  /** "… nên được chuyển sang thứ 2 ngày 17/10/2016": the day a date was moved to. */
  movedTo?: TimePointFact;
  /** "Ngày hiệu lực: Đang cập nhật": no value given yet (unresolved when nothing else is read). */
  pending?: Span;
}

export function newTimeFacts(text: string, ref?: RefDate): TimeFacts {
  return { text, ref, points: [], durations: [], times: [], timeRanges: [], weekdays: [], pods: [] };
}

/** A bare day of the month written as a number ("13" in "13, 14/3"). */

const DAY_NUMBER = t('NUM', (x) => x.v.n !== undefined && x.v.n >= 1 && x.v.n <= 31 && (x.v.digits ?? '').length <= 2);

/** Words that make the "đầu" after them no early part of a period: "lần đầu" (the first time), "dẫn đầu", "đứng đầu". */
const NOT_EARLY_BEFORE_DAU = new Set(['lần', 'dẫn', 'đứng']);

/** The "đầu" at atom `at` is "lần đầu", "dẫn đầu" or "đứng đầu", no early part of the period after it. */
function dauOfAnotherWord(atoms: readonly Atom[], at: number): boolean {
  return atoms[at]?.low === 'đầu' && NOT_EARLY_BEFORE_DAU.has(atoms[at - 1]?.low ?? '');
}

/** Builds a point from a `point(prefix)` capture, with its clock time. */
export function capturedPoint(m: Match, prefix: string): TimePointFact | null {
  const atom = m.get(`${prefix}pt`);
  if (!atom) return null;
  const p = pointFromAtom(atom, m.span(`${prefix}pt`));
  if (!p) return null;
  const fz = m.capture(`${prefix}fz`);
  // "lần đầu năm 2005": the first time, in 2005, no early part of it.
  const notEarly = fz !== undefined && dauOfAnotherWord(m.atoms, fz.from);
  if (fz && !notEarly && (p.kind === 'month' || p.kind === 'year' || p.kind === 'quarter')) {
    p.fuzzy = fuzzyWord(
      m.atoms
        .slice(fz.from, fz.to)
        .map((x) => x.low)
        .join(' '),
    );
    p.span = cover(p.span, m.span(`${prefix}fz`))!;
  }
  const clk = m.get(`${prefix}clk`) ?? m.get(`${prefix}clk2`);
  if (clk && clk.v.h === 24 && (clk.v.min ?? 0) === 0 && p.kind === 'date') {
    // "đến 24 giờ ngày 5/10": the end of that day, which SCHEMA.md writes as the day itself.
    p.endOfDay = true;
    p.span = cover(p.span, m.span(m.has(`${prefix}clk`) ? `${prefix}clk` : `${prefix}clk2`))!;
  } else if (clk) {
    p.h = clk.v.h;
    p.min = clk.v.min;
    p.span = cover(p.span, m.span(m.has(`${prefix}clk`) ? `${prefix}clk` : `${prefix}clk2`))!;
  }
  return p;
}

function podOf(m: Match, prefix: string, f: TimeFacts): void {
  const pod = m.get(`${prefix}pod`);
  if (pod) f.pods.push({ pod: pod.v.pod!, span: m.span(`${prefix}pod`) });
}

function bareNumberPoint(from: TimePointFact, n: Atom, span: Span): TimePointFact | null {
  const v = n.v.n!;
  if (from.kind === 'month' && v >= 1 && v <= 12 && v > from.m!) return { kind: 'month', m: v, y: from.y, span };
  if ((from.kind === 'date' || from.kind === 'day') && v >= 1 && v <= 31) return { kind: 'day', d: v, span };
  return null;
}

export function fuzzyWord(raw: string): Fuzzy {
  const s = raw.toLowerCase().replace(/^(khoảng|vào)\s+/u, '');
  return s as Fuzzy;
}

/** "ngày 15 của tháng trước kỳ báo cáo": the month a bare day belongs to. */
const MONTH_OF_DAY = seq(w('của', 'trong'), monthRef('mref', false));

function withMonthRef(m: Match, p: TimePointFact): void {
  const c = m.capture('mref');
  if (!c || p.kind !== 'day' || p.m !== undefined) return;
  p.monthRef = monthRefOf(m.atoms, c.from);
  p.span = cover(p.span, m.span('mref'))!;
}

/** First words after "từ" that name a place, a level or a crowd, not an event ("từ cấp tỉnh đến cấp xã"). */
const NOT_EVENT_STARTS = new Set([
  'nhiều',
  'các',
  'những',
  'mọi',
  'tất',
  'cấp',
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'thôn',
  'trung',
  'cơ',
  'địa',
  'người',
  'nhân',
  'cán',
  'trên',
  'dưới',
  // "từ nguồn hỗ trợ của Bộ", "từ ngân sách nhà nước", "từ kinh phí …", "từ quỹ …": where the money came from.
  'nguồn',
  'ngân',
  'kinh',
  'quỹ',
  'vốn',
  // "theo hướng từ đường Hồ Xuân Hương đi đường …", "từ cầu A đến cầu B": a way or a stretch of road.
  'đường',
  'cầu',
  'ngã',
  'km',
  'hướng',
  // "các đoàn tàu xuất phát từ ga Sài Gòn", "từ cảng Vân Đồn", "từ bến Cẩm Phả", "từ sân bay …": where a trip starts.
  'ga',
  'cảng',
  'bến',
  'sân',
  // "Theo thông tin từ trang web chính thức của …", "từ cổng thông tin điện tử …": where news came from.
  'trang',
  'website',
  'cổng',
]);

/** Words that end the event before its date ("từ ngày ban hành … đến hết ngày X" is a span). */
/** Period words "tới" follows as "next" ("năm học tới", "tuần tới", "kỳ tới"). */
const NEXT_AFTER = new Set(['học', 'tuần', 'tháng', 'kỳ', 'đợt', 'vụ', 'mùa']);
const DATED_EVENT_STOPS = new Set(['đến', 'tới', 'hết', 'cho', 'và', 'trước', 'sau', 'trong', 'để', 'nhằm', 'với', 'theo', 'là']);

/** "Trong tuần đầu tiên của tháng 7/2025": days 1–7 of the month (the 'last' week: its last seven). */
function weekOfMonthDays(wom: number | 'last', y: number | undefined, m: number): [number, number] {
  const last = daysInMonth(y, m);
  if (wom === 'last') return [last - 6, last];
  const first = 7 * (wom - 1) + 1;
  return [Math.min(first, last), Math.min(first + 6, last)];
}

/** The timeframe rule table, in priority order at each position. */
/** Words of who issued a document after its number: "của" and the words of an administrative unit ("UBND tỉnh"). */
const ISSUER_WORDS: ReadonlySet<string> = new Set(['của', ...[...PLACE_WORDS].flatMap((p) => p.split(' '))]);

/** Words an event after "từ" starts with when it is a moment ("từ ngày …", "từ khi …"), never a level changed from. */
const CHANGE_FROM_KEEPS = new Set(['ngày', 'khi', 'lúc', 'thời', 'sau', 'đầu', 'cuối', 'giữa']);

/**
 * "… lên …", "… xuống …", "… sang …" between `from` and `to` (in the event or a few atoms after it), in the same
 * clause: a change from one thing to another.
 */
function changesTo(a: readonly Atom[], from: number, to: number): boolean {
  for (let j = from; j < a.length && j < to; j++) {
    const x = a[j]!;
    if (x.type === 'SYM' && [',', ';', '.', '(', ')'].includes(x.raw)) return false;
    if (x.type === 'W' && ['lên', 'xuống', 'sang'].includes(x.low)) return true;
  }
  return false;
}

/** What may follow a bare "bắt đầu" as the event a span runs from. */
const BEGIN_EVENT_STARTS = new Set(['ngày', 'khi', 'thời', 'sau', 'kể', 'lúc']);

/**
 * A clause that opens on a full date ("Ngày 30/9/2016, Thủ tướng đã ký Quyết định …", after at most a connective) and
 * then issues, signs or approves a document: what follows the document's kind is its name.
 */
const ISSUED_ON_OPENING_DAY = new RegExp(
  String.raw`^[\s\p{P}]*(?:\p{L}+(?:\s+\p{L}+)?\s*,\s*)?(?:vào\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)[^.;]*?(?<!\p{L})(?:ban hành|(?<!đăng\s)ký|phê duyệt)(?!\p{L})\s+(?:\p{L}+\s+){0,2}?(?:` +
    [...DOCUMENT_KINDS, 'đề án', 'quy hoạch', 'chiến lược'].join('|') +
    String.raw`)(?!\p{L})[^.;]*$`,
  'iu',
);

/** Between an event and the time that dates it: "vào (ngày|tháng)", or an opening bracket ("(trong tháng", "(từ ngày"). */
const EVENT_DATED_BY = /^\s*(?:\(\s*(?:(?:trong|từ|vào)\s+)?(?:ngày|tháng)?\s*|vào\s+(?:ngày|tháng|năm)?\s*)$/iu;

/** "(TTXVN ", "(VTV ": the opening of a news agency's dateline, its filing day next. */
const DATELINE_BEFORE = /\(\s*\p{Lu}[\p{Lu}.]{1,9}\s*$/u;

export const TIMEFRAME_RULES: readonly PhraseRule<TimeFacts>[] = [
  {
    name: 'timeframe.horizon',
    pattern: seq(w('tầm nhìn', 'định hướng', 'hướng đến', 'hướng tới'), opt(w('đến', 'tới')), cap('y', alt(t('YEAR'), t('DATE')))),
    action: (m, f) => {
      const y = m.get('y')!;
      // Written like `to`: the last day the horizon covers.
      const value = y.type === 'YEAR' ? `${y.v.y!}-12-31` : y.v.y !== undefined ? isoDate(y.v.y, y.v.m!, y.v.d!) : undefined;
      if (value === undefined) return false;
      f.horizon = { value, span: m.span() };
    },
  },
  {
    // "Kế hoạch số 17/KH-UBND ngày 15/01/2025": a document's own date is not a timeframe.
    name: 'timeframe.document-reference',
    pattern: seq(
      opt(w('theo')),
      cap('doc', opt(w(...DOCUMENT_KINDS))),
      w('số'),
      t('NUM'),
      many(
        alt(
          // The number's code ("/QĐ-TTg", "/KH-UBND") and who issued it ("của UBND tỉnh"); a word of the
          // sentence after it ("… 505/QĐ-TTg lấy ngày 10.10 hằng năm …") ends the reference.
          t('W', (x) => /\p{Lu}/u.test(x.raw) || ISSUER_WORDS.has(x.low)),
          t('SYM', (x) => '/-–.&'.includes(x.raw)),
          t('NUM'),
        ),
        0,
        8,
      ),
      opt(t('DATE')),
    ),
    action: (m, f) => {
      if (m.first().low === 'theo') f.unresolved = m.span();
      const last = m.atoms[m.to - 1]!;
      if (last.type === 'DATE' && !f.documentDate) f.documentDate = pointFromAtom(last, { start: last.start, end: last.end }) ?? undefined;
    },
  },
  {
    name: 'timeframe.during-event',
    pattern: seq(
      w(
        'trong thời gian diễn ra',
        'trong thời gian',
        'trong suốt thời gian',
        'trong quá trình',
        'trong dịp',
        'nhân dịp',
        'trong khi',
        'khi',
      ),
      // "trong thời gian từ khi nhận được văn bản này đến hết ngày …": a span follows, not an event.
      not(FROM_WORDS),
      cap('ev', EVENT_WORDS),
    ),
    action: (m, f) => {
      const event = eventText(m.all('ev'), f.text);
      if (!event) return false;
      const year = m.all('ev').find((x) => x.type === 'YEAR' && x.v.y !== undefined);
      f.during = { event, span: m.span('ev'), ...(year ? { y: year.v.y } : {}) };
    },
  },
  {
    name: 'timeframe.after-event',
    pattern: seq(w('sau khi', 'ngay sau khi'), cap('ev', EVENT_WORDS)),
    action: (m, f) => {
      // "từ ngày 1/7/2025 vận hành bộ máy mới sau khi sắp xếp": the span already starts at a written
      // date; what follows "sau khi" explains it, it does not move the start.
      if (f.points.some((x) => x.role === 'from' && x.p.kind === 'date' && x.p.y !== undefined)) return false;
      const event = eventText(m.all('ev'), f.text);
      if (!event) return false;
      f.fromEvent = { event, span: m.span('ev'), explains: true };
    },
  },
  {
    // "Trong 3 tháng qua" (a report of 22/6): the whole months up to the document's; "3 tháng còn lại của
    // năm" (in October): the last months of its year. Only with the document's date.
    name: 'timeframe.months-past-or-left',
    pattern: seq(
      opt(w('trong', 'trong suốt', 'qua')),
      alt(
        seq(cap('n', NUMBER_PATTERN), w('tháng')),
        cap(
          'h',
          t('HALF', (x) => x.v.part === undefined && x.v.y === undefined),
        ),
      ),
      alt(
        cap('past', w('qua', 'vừa qua', 'đã qua')),
        // "nhiệm vụ 3 tháng còn lại của năm 2020": the last months of the year named.
        seq(
          w('còn lại của', 'còn lại trong'),
          cap(
            'yr',
            t('YEAR', (x) => x.v.y !== undefined),
          ),
        ),
        w('còn lại của năm', 'còn lại trong năm', 'còn lại của năm nay', 'còn lại'),
      ),
    ),
    action: (m, f) => {
      const n = m.has('h') ? m.get('h')!.v.months : numberValue(m.all('n'));
      const named = m.get('yr')?.v.y;
      if ((!f.ref && named === undefined) || n === undefined || n < 1 || n > 12) return false;
      const endM = m.has('past') ? f.ref!.m : 12;
      const endY = named ?? f.ref!.y;
      const first = (endY * 12 + endM - 1 - (n - 1)) | 0;
      const span = m.span();
      const fromRef = named === undefined ? { yearFromRef: true } : {};
      f.points.push({ role: 'from', p: { kind: 'month', m: (first % 12) + 1, y: Math.floor(first / 12), ...fromRef, span } });
      f.points.push({ role: 'to', p: { kind: 'month', m: endM, y: endY, ...fromRef, span } });
    },
  },
  {
    // "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024) sẽ diễn ra từ ngày 26/3 - 2/4":
    // the years an anniversary counts, in brackets, are not the span when a time is written after them.
    name: 'timeframe.anniversary-bracket',
    pattern: seq(sym('('), alt(t('DATE'), t('YEAR'), t('NUM')), sym('-–'), alt(t('DATE'), t('YEAR'), t('NUM')), sym(')')),
    action: (m, f) => {
      const before = m.atoms.slice(Math.max(0, m.from - 12), m.from).map((x) => x.low);
      const anniversary = before.some((x, k) => x === 'kỷ' && before[k + 1] === 'niệm');
      const later = m.atoms.slice(m.to).some((x) => POINT_TYPES.includes(x.type));
      if (!anniversary || !later) return false;
      f.anniversary ??= m.span();
    },
  },
  {
    // "Trong năm qua, Đài truyền thanh …" (a review): the year just ended when the document is of its
    // first half (a review of February looks back on the year before), else the year now ending.
    name: 'timeframe.year-past',
    pattern: seq(
      alt(
        seq(
          t('PERIOD', (x) => x.v.per === 'year' && x.v.how === 'in'),
          w('qua', 'vừa qua'),
        ),
        seq(opt(w('trong', 'trong suốt', 'suốt')), opt(w('một')), w('năm'), w('qua', 'vừa qua')),
      ),
      not(t('YEAR')),
    ),
    action: (m, f) => {
      if (!f.ref) return false;
      const y = f.ref.m <= 6 ? f.ref.y - 1 : f.ref.y;
      f.points.push({ role: 'single', p: { kind: 'year', y, span: m.span(), yearFromRef: true } });
    },
  },
  {
    // "trên Nhật báo từ 13, 14/3", "vào các ngày 13, 14 và 15/3/2024": a list of days with the month on the
    // last one runs from the first day to the last.
    name: 'timeframe.day-list',
    pattern: seq(
      opt(w('từ', 'ngày', 'các ngày', 'vào các ngày', 'trong các ngày', 'trong hai ngày', 'trong 2 ngày', 'trong ba ngày')),
      alt(
        cap(
          'first',
          t('DAY', (x) => x.v.m === undefined),
        ),
        cap('first', DAY_NUMBER),
      ),
      many(seq(alt(sym(','), w('và')), cap('mid', DAY_NUMBER)), 0, 5),
      alt(sym(','), w('và')),
      cap('bpt', t('DATE')),
    ),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      const first = m.get('first')!;
      const d = first.type === 'DAY' ? first.v.d! : first.v.n!;
      if (!b || b.d === undefined) return false;
      // "tại kỳ họp thứ 5, ngày 18/6/2009": a rank before the day, no day of a list.
      if (first.type === 'NUM' && m.atoms[m.capture('first')!.from - 1]?.low === 'thứ') return false;
      const days = [d, ...m.all('mid').map((x) => x.v.n!), b.d];
      for (let k = 1; k < days.length; k++) if (days[k]! <= days[k - 1]!) return false;
      // "Ngày 14 và 15 tháng Tư Âm Lịch": the first day is a day of the same lunar month, not of the solar one.
      const start: TimePointFact = b.lunar ? { kind: 'day', d, span: m.span('first') } : { ...b, d, span: m.span('first') };
      lunarStart(start, b);
      f.points.push({ role: 'from', p: start });
      f.points.push({ role: 'to', p: b });
    },
  },
  {
    // "trong 3 ngày 22-23-24 tháng 05/2013": days of one month chained by hyphens, then the month; the first to the last.
    name: 'timeframe.day-chain-month',
    // "các ngày 5-6-7 tháng 8 năm 2025", "ngày 22-23-24/5": the last day may carry the month itself.
    pattern: seq(
      after((prev) => prev?.type === 'W' && prev.low === 'ngày'),
      cap('d1', DAY_NUMBER),
      many(seq(sym('-–', true), cap('dn', DAY_NUMBER)), 0, 6),
      alt(
        cap(
          'mo',
          t('MONTH', (x) => x.v.m !== undefined && x.low.startsWith('tháng')),
        ),
        seq(
          sym('-–', true),
          cap(
            'last',
            t('DATE', (x) => x.v.d !== undefined && x.v.m !== undefined && !x.v.lunar),
          ),
        ),
        seq(
          sym('-–', true),
          cap(
            'last',
            t('SPAN', (x) => x.v.end !== undefined && x.v.end.m === x.v.m),
          ),
        ),
      ),
    ),
    action: (m, f) => {
      const days = [
        m.get('d1')!.v.n!,
        ...m
          .all('dn')
          .filter((x) => x.type === 'NUM')
          .map((x) => x.v.n!),
      ];
      const last = m.get('last');
      const month = last ? last.v : m.get('mo')!.v;
      if (last?.type === 'SPAN') days.push(last.v.d!, last.v.end!.d);
      else if (last) days.push(last.v.d!);
      // Two days and a month word, or three days and more (two days on one date are the other rules').
      if (days.length < (last ? 3 : 2)) return false;
      for (let k = 1; k < days.length; k++) if (days[k]! <= days[k - 1]!) return false;
      if (days[days.length - 1]! > daysInMonth(month.y, month.m!)) return false;
      const base = { kind: 'date' as const, m: month.m!, ...(month.y !== undefined ? { y: month.y } : {}) };
      const end = last ?? m.all('dn').at(-1) ?? m.get('d1')!;
      f.points.push(
        { role: 'from', p: { ...base, d: days[0]!, span: m.span('d1') } },
        { role: 'to', p: { ...base, d: days[days.length - 1]!, span: { start: end.start, end: m.span().end } } },
      );
    },
  },
  {
    // "Trong 2 ngày 6-7.10", "các ngày 14-15/11/2024": two days of one month written with one month,
    // after "ngày" (a month joined by a dot or a slash).
    name: 'timeframe.day-range-one-month',
    pattern: seq(
      after((prev) => prev?.type === 'W' && prev.low === 'ngày'),
      cap(
        'd1',
        t('NUM', (x) => x.v.n! >= 1 && x.v.n! <= 31 && (x.v.digits ?? '').length <= 2),
      ),
      sym('-–'),
      cap(
        'd2',
        t('NUM', (x) => x.v.n! >= 1 && x.v.n! <= 31 && (x.v.digits ?? '').length <= 2),
      ),
      sym('./', true),
      cap(
        'm',
        t('NUM', (x) => !x.spaceBefore && x.v.n! >= 1 && x.v.n! <= 12 && (x.v.digits ?? '').length <= 2),
      ),
      opt(
        seq(
          sym('./', true),
          cap(
            'y',
            t('NUM', (x) => !x.spaceBefore && (x.v.digits ?? '').length === 4),
          ),
        ),
      ),
      not(seq(sym('./-', true), t('NUM'))),
    ),
    action: (m, f) => {
      const d1 = m.get('d1')!.v.n!;
      const d2 = m.get('d2')!.v.n!;
      const mo = m.get('m')!.v.n!;
      const y = m.get('y')?.v.n;
      if (!(d1 < d2) || d2 > daysInMonth(y, mo)) return false;
      const base = { kind: 'date' as const, m: mo, ...(y !== undefined ? { y } : {}) };
      f.points.push({ role: 'from', p: { ...base, d: d1, span: m.span('d1') } }, { role: 'to', p: { ...base, d: d2, span: m.span() } });
    },
  },
  {
    name: 'timeframe.range',
    pattern: seq(
      opt(cap('from', FROM_WORDS)),
      point('a'),
      alt(
        seq(opt(sym(',')), TO_WORDS),
        sym('-–'),
        // "Việc thi công bắt đầu từ tháng 11, dự kiến hoàn thành vào cuối tháng 6/2012": after a start, when the work is
        // to be finished ends the span (a finish alone is a point or a limit, read elsewhere).
        cap(
          'done',
          seq(
            opt(sym(',')),
            opt(w('và')),
            opt(alt(cap('tentative', w('dự kiến')), w('sẽ'))),
            w('hoàn thành vào', 'hoàn thành trong', 'hoàn thành'),
          ),
        ),
      ),
      opt(w('ngày')),
      alt(point('b'), cap('bn', t('NUM'))),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a || (m.has('done') && (!m.has('from') || m.has('bn')))) return false;
      let b = capturedPoint(m, 'b');
      if (!b && m.has('bn')) b = bareNumberPoint(a, m.get('bn')!, m.span('bn'));
      if (!b) return false;
      if (m.has('tentative')) f.tentative = m.span('tentative');
      lunarStart(a, b);
      podOf(m, 'a', f);
      podOf(m, 'b', f);
      f.points.push({ role: 'from', p: a }, { role: 'to', p: b });
    },
  },
  {
    // "Ngày 5/3/2023 8h - 8h30: Khai mạc", "Ngày 5/3/2023, từ 8h đến 8h30": a day's clock range written after it. "ngày
    // 3/10/2020, từ 7 giờ sáng đến 7 giờ tối", "… bắt đầu từ 7 giờ sáng và kết thúc vào 7 giờ tối cùng ngày": each hour
    // may carry its part of the day, which then only sets the hour.
    name: 'timeframe.date-then-clock-range',
    pattern: seq(
      point('a'),
      alt(
        seq(alt(TO_WORDS, sym('-–')), cap('c2', t('CLOCK'))),
        seq(
          opt(sym(',')),
          opt(w('bắt đầu từ', 'bắt đầu lúc', 'bắt đầu vào lúc', 'bắt đầu', 'từ', 'lúc')),
          opt(cap('c1', t('CLOCK'))),
          t('POD'),
          alt(TO_WORDS, sym('-–')),
          cap('c2', t('CLOCK')),
          opt(t('POD')),
          opt(w('cùng ngày')),
        ),
      ),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      // The start hour is either read into the day ("ngày 3/10/2020, từ 7 giờ") or written after "bắt đầu từ": one of the two.
      if (!a || a.kind !== 'date' || a.d === undefined || (a.h === undefined) === !m.has('c1')) return false;
      podOf(m, 'a', f);
      const c1 = m.get('c1');
      const c2 = m.get('c2')!;
      const from: TimePointFact = c1 ? { ...a, h: c1.v.h, min: c1.v.min, span: cover(a.span, m.span('c1'))! } : a;
      f.points.push({ role: 'from', p: from }, { role: 'to', p: { ...a, h: c2.v.h, min: c2.v.min, span: cover(a.span, m.span('c2'))! } });
    },
  },
  {
    // "từ 7h30 đến 11h00 ngày 20/5/2024": two clock times on one day.
    name: 'timeframe.clock-range',
    pattern: seq(opt(FROM_WORDS), cap('c1', t('CLOCK')), alt(TO_WORDS, sym('-–')), point('b')),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      if (!b || b.kind !== 'date' || b.h === undefined) return false;
      podOf(m, 'b', f);
      const c1 = m.get('c1')!;
      f.points.push({ role: 'from', p: { ...b, h: c1.v.h, min: c1.v.min, span: cover(m.span('c1'), b.span)! } }, { role: 'to', p: b });
    },
  },
  {
    // "Thanh Trì | 23/05/2019 | 04:00 | 10:00 | …": a flattened schedule row (Ngày | Từ | Đến), the day's start and end in cells.
    name: 'timeframe.table-clock-cells',
    pattern: seq(point('a'), sym('|'), cap('c1', t('CLOCK')), sym('|'), cap('c2', t('CLOCK'))),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a || a.kind !== 'date' || a.h !== undefined) return false;
      const c1 = m.get('c1')!;
      const c2 = m.get('c2')!;
      f.points.push(
        { role: 'from', p: { ...a, h: c1.v.h, min: c1.v.min, span: cover(a.span, m.span('c1'))! } },
        { role: 'to', p: { ...a, h: c2.v.h, min: c2.v.min, span: cover(a.span, m.span('c2'))! } },
      );
    },
  },
  {
    // "từ 13 đến 17/6/2022": the start is a bare day number.
    name: 'timeframe.range-bare-day',
    // "từ ngày 21-23 tháng 6 năm 2023": "ngày" before the first day, too.
    pattern: seq(
      opt(FROM_WORDS),
      opt(w('ngày')),
      cap(
        'an',
        t('NUM', (x) => x.v.n! >= 1 && x.v.n! <= 31),
      ),
      alt(TO_WORDS, sym('-–')),
      opt(w('ngày')),
      point('b'),
    ),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      if (!b || (b.kind !== 'date' && b.kind !== 'day')) return false;
      const a: TimePointFact = { kind: 'day', d: m.get('an')!.v.n!, span: m.span('an') };
      lunarStart(a, b);
      f.points.push({ role: 'from', p: a }, { role: 'to', p: b });
    },
  },
  {
    // "Sau ngày 31/12/2030, dừng hẳn …", "Đăng kí thường: Sau ngày 07/10/2022": after a whole date, the span starts
    // the next day and runs on ("từ sau ngày …" is read as a start from the day, as before).
    name: 'timeframe.after-day',
    pattern: seq(
      after((prev) => prev === undefined || prev.type !== 'W' || !['từ', 'kể', 'tính'].includes(prev.low)),
      w('sau'),
      opt(w('ngày')),
      point('a'),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a || a.kind !== 'date' || a.y === undefined || a.d === undefined || f.points.length > 0) return false;
      a.exclusive = true;
      f.points.push({ role: 'from', p: a });
    },
  },
  {
    name: 'timeframe.from',
    // "từ hôm nay - 01/7/2022", "Từ hôm nay (15/1/2026)": the day named, then its date.
    pattern: seq(
      FROM_WORDS,
      opt(seq(w('hôm nay', 'ngày hôm nay', 'hôm qua', 'ngày mai'), sym('-–,('))),
      opt(w('ngày')),
      point('a'),
      opt(MONTH_OF_DAY),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a) return false;
      podOf(m, 'a', f);
      withMonthRef(m, a);
      // "từ ngày 04-10/3/2024": days written on one date are the whole span, not just its start.
      f.points.push({ role: a.kind === 'span' && !a.lunar ? 'single' : 'from', p: a });
    },
  },
  {
    // "Từ đầu năm đến nay": from the start of the document's year (a start, not a fuzzy span).
    name: 'timeframe.from-start-of-year',
    // "từ đầu năm học": the school year's start is an event, not 1 January.
    pattern: seq(FROM_WORDS, w('đầu năm', 'đầu năm nay'), not(w('học'))),
    action: (m, f) => {
      if (!f.ref) return false;
      f.points.push({ role: 'from', p: { kind: 'year', y: f.ref.y, span: m.span(), yearFromRef: true } });
    },
  },
  {
    // "Kể từ khi thực hiện sáp nhập các đơn vị hành chính vào ngày 1/7/2025": an event with its
    // date written: the date is the start.
    name: 'timeframe.from-dated-event',
    pattern: seq(
      FROM_WORDS,
      opt(w('khi', 'sau khi')),
      cap(
        'ev',
        many(
          seq(
            not(seq(opt(w('vào', 'vào ngày')), t('DATE'))),
            t('W', (x) => !DATED_EVENT_STOPS.has(x.low)),
          ),
          1,
          24,
        ),
      ),
      point('a'),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a || a.kind !== 'date' || NOT_EVENT_STARTS.has(m.get('ev')!.low)) return false;
      podOf(m, 'a', f);
      f.points.push({ role: 'from', p: a });
    },
  },
  {
    // "có hiệu lực sau 10 ngày, kể từ ngày ký": the start is that many days after the event.
    name: 'timeframe.days-after-event',
    pattern: seq(w('sau'), cap('n', NUMBER_PATTERN), w('ngày'), opt(sym(',')), FROM_WORDS, cap('ev', EVENT_WORDS)),
    action: (m, f) => {
      const n = numberValue(m.all('n'));
      const event = eventText(m.all('ev'), f.text);
      if (n === undefined || !Number.isInteger(n) || !event) return false;
      f.fromEvent = { event, span: m.span(), offsetDays: n };
    },
  },
  {
    name: 'timeframe.from-event',
    // "Quy t đ nh này có hi u l c t ngày ký": a PDF that lost its accented letters leaves "t" for "từ".
    pattern: seq(alt(FROM_WORDS, seq(w('t', 'k t'), ahead(w('ngày')))), cap('ev', EVENT_WORDS)),
    action: (m, f) => {
      // "29 đơn vị công an từ nhiều tỉnh thành": "từ" before a place or a crowd says where from.
      if (NOT_EVENT_STARTS.has(m.get('ev')!.low)) return false;
      // "cán bộ từ thành phố đến xã, phường", "từ thị xã": a place of two words is where from too.
      const [ev1, ev2] = m.all('ev');
      if (PLACE_WORDS.has(`${ev1!.low} ${ev2?.low ?? ''}`)) return false;
      // "Theo tin từ Chi cục Kiểm lâm", "từ Sở Y tế": a body named after "từ" is where the news or the help came from.
      if (/^\p{Lu}/u.test(m.get('ev')!.raw) && BODY_NAME_HEADS.has(m.get('ev')!.low)) return false;
      // "các nghệ sĩ đến từ Gwangyang", "đoàn khách đến từ các tỉnh": "đến từ" is where people come from.
      const lead = f.text.slice(m.span().start, m.span('ev').start).trim().toLowerCase();
      if (lead === 'từ' && /(^|[\s,(])đến\s*$/iu.test(f.text.slice(0, m.span().start))) return false;
      // "Dẫn theo thông tin từ báo Công an Nhân dân", "Theo thông tin từ Hiệp hội …", "số liệu từ …", "theo báo cáo mới nhất
      // từ Hiệp hội …": where the news came from.
      if (
        lead === 'từ' &&
        /(?<![\p{L}])(?:thông tin|tin|nguồn|số liệu|dữ liệu|báo cáo)(?:\s+mới\s+nhất)?\s*$/iu.test(f.text.slice(0, m.span().start))
      )
        return false;
      // "Sở … sẽ bắt đầu sáp nhập", "Thời gian bắt đầu chuyển từ đầu năm 2010": "bắt đầu" before what is done says
      // it starts; only before a day, a moment or "khi" is it "from" ("bắt đầu ngày ký").
      if (lead === 'bắt đầu' && !BEGIN_EVENT_STARTS.has(m.get('ev')!.low)) return false;
      // "ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ …": "TỪ" in a name written in capitals is no "từ".
      const capitals = /^[\p{Lu}Đ]{2,}$/u;
      if (capitals.test(m.atoms[m.from]!.raw) && capitals.test(m.atoms[m.from - 1]?.raw ?? '')) return false;
      // "nâng chất lượng giấy in từ giấy 80g/m2 | lên giấy 100g/m2", "chuyển từ bản giấy sang bản điện tử": from one
      // level or form to another, no start.
      if (!CHANGE_FROM_KEEPS.has(m.get('ev')!.low) && changesTo(m.atoms, m.capture('ev')!.from + 1, m.to + 10)) return false;
      const event = eventText(m.all('ev'), f.text);
      if (!event) return false;
      f.fromEvent = { event, span: m.span('ev') };
    },
  },
  {
    // "ngày 15/10/2016 trùng vào ngày thứ bảy nên được chuyển sang thứ 2 ngày 17/10/2016", "dời
    // sang ngày 19/5", "lùi lại đến ngày 04/9": the day it was moved to is the day it happens.
    name: 'timeframe.moved-to',
    pattern: seq(
      alt(seq(w('chuyển'), opt(w('lại')), w('sang')), seq(w('dời', 'lùi', 'hoãn', 'dịch'), opt(w('lại')), w('sang', 'đến', 'tới'))),
      opt(
        seq(
          many(
            any((x) => x.type === 'W' && x.raw === x.low && !MOVED_GAP_STOP.has(x.low)),
            1,
            4,
          ),
          w('vào'),
        ),
      ),
      opt(t('WEEKDAY')),
      opt(sym(',')),
      point('b'),
    ),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      if (!b || f.movedTo || (b.kind !== 'date' && b.kind !== 'day')) return false;
      f.movedTo = b;
    },
  },
  {
    // "được hoãn từ ngày 10/3 đến ngày 17/3/2023": moved from one day to another.
    name: 'timeframe.moved-from-to',
    pattern: seq(
      w('chuyển', 'dời', 'lùi', 'hoãn', 'dịch'),
      opt(w('lại')),
      w('từ'),
      point('a'),
      w('sang', 'đến', 'tới', 'xuống'),
      opt(t('WEEKDAY')),
      point('b'),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      const b = capturedPoint(m, 'b');
      if (!a || !b || f.movedTo || (a.kind !== 'date' && a.kind !== 'day') || (b.kind !== 'date' && b.kind !== 'day')) return false;
      f.points.push({ role: 'single', p: a });
      f.movedTo = b;
    },
  },
  {
    // "được hoán đổi ngày làm việc từ thứ Sáu ngày 2/5 sang thứ Bảy ngày 26/4 và được nghỉ 5 ngày, từ 30/4 đến hết 4/5": two
    // days swapped (a working day and a day off) say nothing of the span when another time is written.
    name: 'timeframe.swapped-days',
    pattern: seq(
      w('hoán đổi', 'đổi'),
      opt(w('ngày làm việc')),
      w('từ'),
      opt(t('WEEKDAY')),
      opt(w('ngày')),
      point('a'),
      w('sang'),
      opt(t('WEEKDAY')),
      opt(w('ngày')),
      point('b'),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      const b = capturedPoint(m, 'b');
      if (!a || !b) return false;
      f.points.push({ role: 'single', p: { ...a, swapped: true } }, { role: 'single', p: { ...b, swapped: true } });
    },
  },
  {
    // "Ngày hết hiệu lực: 01-04-2004", "Ngày hết hiệu lực: | 15/07/2019", "hết hiệu lực thi hành kể từ
    // ngày 15/7/2019": the first day it no longer applies, so the span ends the day before.
    name: 'timeframe.expires',
    pattern: seq(
      w('hết hiệu lực', 'hết hiệu lực thi hành', 'chấm dứt hiệu lực'),
      opt(sym(':')),
      opt(sym('|')),
      opt(w('từ', 'kể từ', 'vào', 'từ ngày', 'kể từ ngày', 'vào ngày', 'là', 'là ngày')),
      opt(w('ngày')),
      point('b'),
    ),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      if (!b || b.kind !== 'date' || b.d === undefined || b.m === undefined || b.h !== undefined) return false;
      if (b.y === undefined && b.d === 1 && b.m === 1) return false;
      const day = previousDay(b.y ?? 2001, b.m, b.d);
      f.points.push({ role: 'to', p: { ...b, d: day.d, m: day.m, ...(b.y !== undefined ? { y: day.y } : {}) } });
    },
  },
  {
    name: 'timeframe.to',
    pattern: seq(TO_WORDS, opt(w('ngày')), point('b'), opt(MONTH_OF_DAY), opt(cap('only', w('mới')))),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      if (!b) return false;
      // "vào năm học tới 2020 – 2021", "tuần tới": after a period's name, "tới" is "next", no end.
      if (m.first().low === 'tới' && NEXT_AFTER.has(m.atoms[m.from - 1]?.low ?? '')) return false;
      // "Ngày 25/9/2022, UBND tỉnh ban hành Kế hoạch số 4177/KH-UBND thực hiện Chiến lược … đến năm 2030": the end of
      // the issued document's programme is part of its name; the news is the day it was issued.
      if (ISSUED_ON_OPENING_DAY.test(f.text.slice(0, m.span().start))) return;
      podOf(m, 'b', f);
      withMonthRef(m, b);
      // "đến cuối năm 1999 mới ban hành": not until then — the time of the fact, not the end of a span.
      // "Đến ngày 2 tháng 7 năm 2008, Bộ trưởng … đã báo cáo …": a day opening the phrase before a comma is when it happened.
      const opening =
        b.kind === 'date' &&
        b.h === undefined &&
        m.atoms[m.from + 1]?.low !== 'hết' &&
        /^[\s\p{P}]*$/u.test(f.text.slice(0, m.span().start)) &&
        /^\s*,/u.test(f.text.slice(m.span().end));
      const onlyThen =
        (m.has('only') || opening) && ['đến', 'tới'].includes(m.first().low) && !f.points.some((x) => x.role === 'from') && !f.fromEvent;
      f.points.push({ role: onlyThen ? 'single' : 'to', p: b });
    },
  },
  {
    // "từ tháng 4 năm 2021 đến ngày bầu cử 23/5/2021": a span closed by a named day with its date written after the name.
    name: 'timeframe.to-named-day',
    pattern: seq(
      TO_WORDS,
      w('ngày'),
      many(
        t('W', (x) => !EVENT_STOP.has(x.low)),
        1,
        5,
      ),
      ahead(t('DATE', (x) => x.v.y !== undefined)),
      point('b'),
    ),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      if (!b || !f.points.some((x) => x.role === 'from') || f.points.some((x) => x.role === 'to')) return false;
      f.points.push({ role: 'to', p: b });
    },
  },
  {
    // "các trường không được tổ chức nhập học trước ngày 22/8": not before a day is from that day.
    name: 'timeframe.not-before',
    pattern: seq(w('trước'), opt(w('ngày')), point('b')),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      const said = f.text.slice(0, m.span().start);
      if (!b || b.kind !== 'date' || f.points.length > 0 || !/(?<![\p{L}])không (?:được|thể|nên)(?![\p{L}])/iu.test(said)) return false;
      f.points.push({ role: 'from', p: b });
    },
  },
  {
    // "triển khai từ tháng 9/2025 và hoàn thành trước ngày 15/10/2025": a window with a written start closed
    // by "trước" a day ends the day before.
    name: 'timeframe.to-before',
    pattern: seq(w('trước'), opt(w('ngày')), point('b')),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      if (!b || b.kind !== 'date' || !f.points.some((x) => x.role === 'from') || f.points.some((x) => x.role === 'to')) return false;
      b.exclusive = true;
      f.points.push({ role: 'to', p: b });
    },
  },
  {
    // "Trước 01/7/2025, nạn nhân … có quyền được trợ giúp pháp lý miễn phí": a phrase that opens with "before" a whole
    // date says what held up to the day before it.
    name: 'timeframe.opening-before',
    pattern: seq(w('trước'), opt(w('ngày')), point('b'), ahead(sym(','))),
    action: (m, f) => {
      const b = capturedPoint(m, 'b');
      if (!b || b.kind !== 'date' || b.y === undefined || f.points.length > 0) return false;
      if (!/^[\s\-–*+•]*$/u.test(f.text.slice(0, m.span().start))) return false;
      b.exclusive = true;
      f.points.push({ role: 'to', p: b });
    },
  },
  {
    // "đến nay", "đến thời điểm hiện tại": up to the document's own date.
    name: 'timeframe.to-now',
    pattern: seq(
      TO_WORDS,
      alt(w('nay', 'hiện nay', 'thời điểm hiện tại', 'hiện tại', 'thời điểm này', 'thời điểm báo cáo'), seq(w('ngày'), w('báo cáo'))),
    ),
    action: (m, f) => {
      if (!f.ref) return false;
      f.toNow = m.span();
    },
  },
  {
    name: 'timeframe.to-event',
    pattern: seq(w('đến khi', 'cho đến khi', 'tới khi', 'đến lúc', 'đến thời điểm'), cap('ev', EVENT_WORDS)),
    action: (m, f) => {
      const event = eventText(m.all('ev'), f.text);
      if (!event) return false;
      f.toEvent = { event, span: m.span('ev') };
    },
  },
  {
    // "tuần đầu tiên của tháng 7/2025", "tuần cuối tháng 12": a week of a named month, a guessed span.
    name: 'timeframe.week-of-month',
    pattern: seq(
      cap('wk', t('WEEKORD')),
      // "tin, bài hay tuần 2, tháng 3": a comma may set the month apart.
      opt(sym(',')),
      opt(w('của', 'trong')),
      cap(
        'mo',
        t('MONTH', (x) => x.v.ms === undefined),
      ),
    ),
    action: (m, f) => {
      const mo = m.get('mo')!;
      const [d1, d2] = weekOfMonthDays(m.get('wk')!.v.wom!, mo.v.y, mo.v.m!);
      const label = f.text.slice(m.span('wk').start, m.span('wk').end).toLowerCase();
      const span = m.span();
      f.points.push(
        { role: 'from', p: { kind: 'date', d: d1, m: mo.v.m, y: mo.v.y, fuzzyLabel: label, span } },
        { role: 'to', p: { kind: 'date', d: d2, m: mo.v.m, y: mo.v.y, span } },
      );
    },
  },
  {
    // "từ tháng 3 năm 2011 đến cuối năm", "từ ngày 5/10 đến cuối tháng", "từ tháng 6 đến hết năm":
    // to the end of that year or month ("cuối", "đầu", "giữa" make it a guess, SCHEMA.md's `fuzzy`).
    name: 'timeframe.to-end-of-year-or-month',
    pattern: seq(
      TO_WORDS,
      opt(cap('fz', w('cuối', 'đầu', 'giữa'))),
      cap('u', w('năm', 'năm nay', 'tháng', 'tháng này')),
      not(alt(t('NUM'), t('YEAR'), t('WNUM'))),
    ),
    action: (m, f) => {
      const fz = m.has('fz') ? fuzzyWord(f.text.slice(m.span('fz').start, m.span('fz').end)) : undefined;
      if (
        !fz &&
        !/hết$/u.test(
          m.atoms
            .slice(m.from, m.capture('u')!.from)
            .map((x) => x.low)
            .join(' '),
        )
      )
        return false;
      // The year (and month) are the start's ("từ tháng 3 năm 2011 đến cuối năm"), else the document's.
      const prev = [...f.points].reverse().find((x) => x.p.y !== undefined || x.p.m !== undefined)?.p;
      const month = m.get('u')!.low.startsWith('tháng');
      if (month) {
        const mo = prev?.m ?? (prev ? undefined : f.ref?.m);
        if (mo === undefined) return false;
        // A year still missing comes from refDate with the others' (assembleTimeframe).
        f.points.push({ role: 'to', p: { kind: 'month', m: mo, y: prev?.y, fuzzy: fz, span: m.span() } });
        return;
      }
      const y = prev?.y;
      if (y === undefined && !f.ref) return false;
      f.points.push({ role: 'to', p: { kind: 'year', fuzzy: fz, y, span: m.span() } });
    },
  },
  {
    // "các tháng cuối năm 2025": the last quarter of the year ("các tháng đầu năm": the first).
    name: 'timeframe.months-of-year',
    pattern: seq(w('các tháng', 'những tháng'), cap('fz', w('cuối', 'đầu')), alt(cap('y', t('YEAR')), seq(w('năm'), opt(w('nay'))))),
    action: (m, f) => {
      const last = m.get('fz')!.low === 'cuối';
      const y = m.get('y')?.v.y;
      if (y === undefined && !f.ref) return false;
      f.points.push({
        role: 'single',
        p: {
          kind: 'quarter',
          qs: [last ? 4 : 1],
          y: y ?? f.ref!.y,
          yearFromRef: y === undefined,
          fuzzyLabel: `${last ? 'cuối' : 'đầu'} năm`,
          span: m.span(),
        },
      });
    },
  },
  {
    // "Tối 3-10, … phát động Tháng cao điểm …, hưởng ứng phong trào thi đua … giai đoạn 2021 - 2025": after a
    // day already written, the years of a programme named later are its name's, not the window (read only
    // when nothing else is, as a term).
    name: 'timeframe.programme-years-after-day',
    pattern: seq(w('giai đoạn'), cap('y1', t('YEAR')), sym('-–'), cap('y2', t('YEAR'))),
    action: (m, f) => {
      if (!f.points.some((x) => x.p.kind === 'date' && x.p.d !== undefined)) return false;
      const y1 = m.get('y1')!.v.y!;
      const y2 = m.get('y2')!.v.y!;
      if (y2 <= y1) return false;
      f.term ??= { from: y1, to: y2, span: m.span() };
    },
  },
  {
    // "nhiệm kỳ 2021 -2026", "khóa XV": a term of office names a body, not the window.
    name: 'timeframe.term-of-office',
    // When the phrase says nothing else ("đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026"), the term
    // is the span it names, whole calendar years.
    pattern: seq(
      w('nhiệm kỳ', 'khóa', 'khoá'),
      alt(
        seq(
          cap('y1', t('YEAR')),
          opt(
            alt(
              // "nhiệm kỳ 2021-202.6": a year split by a stray dot.
              seq(
                sym('-–'),
                cap(
                  'y2a',
                  t('NUM', (x) => x.v.digits?.length === 3),
                ),
                sym('.', true),
                cap(
                  'y2b',
                  t('NUM', (x) => x.v.digits?.length === 1 && !x.spaceBefore),
                ),
              ),
              seq(sym('-–'), cap('y2', alt(t('NUM'), t('YEAR')))),
              // "nhiệm kỳ 2020 2025": the dash lost.
              cap('y2', t('YEAR')),
            ),
          ),
        ),
        t('SPAN'),
      ),
    ),
    action: (m, f) => {
      const y1 = m.get('y1')?.v.y;
      const end = m.get('y2');
      const split = m.has('y2a') ? Number(`${m.get('y2a')!.v.digits!}${m.get('y2b')!.v.digits!}`) : undefined;
      const y2 = split ?? (end?.type === 'YEAR' ? end.v.y : end?.v.digits?.length === 4 ? end.v.n : undefined);
      if (y1 !== undefined && y2 !== undefined && y2 > y1 && y2 - y1 <= 10) f.term = { from: y1, to: y2, span: m.span() };
    },
  },
  {
    name: 'timeframe.fuzzy',
    pattern: seq(cap('fz', FUZZY_WORDS), opt(w('của')), point('a')),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a || (a.kind !== 'month' && a.kind !== 'year' && a.kind !== 'quarter')) return false;
      // "tổ chức lần đầu vào năm 1988", "dẫn đầu năm 2024": "đầu" of "lần đầu" (the first time) or "dẫn đầu", "đứng
      // đầu" (to lead) is no early part of the year.
      if (dauOfAnotherWord(m.atoms, m.from)) return false;
      a.fuzzy = fuzzyWord(f.text.slice(m.span('fz').start, m.span('fz').end));
      a.span = m.span();
      f.points.push({ role: 'single', p: a });
    },
  },
  {
    name: 'timeframe.fuzzy-this-year',
    pattern: seq(cap('fz', w('cuối', 'đầu', 'giữa')), w('năm'), opt(w('nay'))),
    action: (m, f) => {
      f.fuzzyYear = { fuzzy: fuzzyWord(f.text.slice(m.span('fz').start, m.span('fz').end)), span: m.span() };
    },
  },
  {
    // "Áp dụng:15/02/2023", "Hiệu lực: 14/08/2020", "• Ngày có hiệu lực: 14/01/2015": the label of a
    // document's metadata says the date is where its span starts, not a single day.
    name: 'timeframe.effective-label',
    pattern: seq(
      opt(w('ngày', 'thời điểm')),
      opt(w('bắt đầu')),
      opt(w('có')),
      w('hiệu lực', 'áp dụng'),
      opt(w('thi hành')),
      opt(sym(':')),
      opt(sym('|')),
      point('a'),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a || a.kind !== 'date') return false;
      f.points.push({ role: 'from', p: a });
    },
  },
  {
    // "Ngày hiệu lực: Đang cập nhật", "Thời gian: chưa xác định": a field whose value is not given yet
    // (read only when nothing else is).
    name: 'timeframe.value-pending',
    pattern: seq(opt(sym(':')), w('đang cập nhật', 'chưa cập nhật', 'chưa xác định', 'chưa có thông tin', 'không xác định', 'chưa rõ')),
    action: (m, f) => {
      f.pending = m.span();
    },
  },
  {
    name: 'timeframe.point',
    pattern: point('a'),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a) return false;
      // "Hà Nội (TTXVN 8/12) Ngày 7/12/2023, …": a news agency's dateline gives the day it filed; a time said after it is
      // the time.
      const after = f.text.slice(m.span().end);
      if (DATELINE_BEFORE.test(f.text.slice(0, m.span().start)) && /^\s*\)[^]*\d/u.test(after)) return;
      // "Luật Quy hoạch 2017 (có hiệu lực từ 01/01/2019)", "Luật Nghĩa vụ quân sự 2015, thời gian khám …": the law's year names the law.
      if (a.kind === 'year' && namesLaw(f.text, a.span.start)) return;
      podOf(m, 'a', f);
      f.points.push({ role: 'single', p: a });
    },
  },
  {
    name: 'timeframe.duration',
    pattern: seq(
      // "chia thành bốn tuần thi", "gồm 3 tuần": a contest split into rounds of a week says its length too.
      w(
        'trong',
        'kéo dài',
        'trong vòng',
        'trong thời gian',
        'trong thời hạn',
        'diễn ra trong',
        'thời gian',
        'thời hạn',
        'chia thành',
        'chia làm',
        'gồm',
      ),
      // "Thời gian: 15 ngày (bắt đầu từ ngày 21/11/2019)": a label and its value.
      opt(sym(':')),
      cap('n', NUMBER_PATTERN),
      alt(cap('u', w('tuần', 'ngày', 'tháng', 'năm', 'tuần lễ')), cap('day', ahead(t('DAY', (x) => x.low.startsWith('ngày'))))),
    ),
    action: (m, f) => {
      const n = numberValue(m.all('n'));
      if (n === undefined) return false;
      const unit = m.has('day') ? 'ngày' : m.get('u')!.low;
      const field =
        unit === 'ngày' ? 'durationDays' : unit === 'tháng' ? 'durationMonths' : unit === 'năm' ? 'durationYears' : 'durationWeeks';
      f.durations.push({ field, n, span: cover(m.span('n'), m.span('u'))! });
    },
  },
  {
    name: 'timeframe.continuous',
    pattern: w('thường xuyên', 'liên tục', 'thường xuyên, liên tục'),
    action: (m, f) => {
      if (!f.continuous) f.continuous = m.span();
    },
  },
  {
    // "Lò tàu hũ hoạt động 24/7", "đường dây nóng trực 24/7", "trực 24/24": round the clock, every day, is continuous.
    name: 'timeframe.round-the-clock',
    pattern: seq(
      t('NUM', (x) => x.v.n === 24 && x.raw === '24'),
      sym('/', true),
      t('NUM', (x) => (x.v.n === 7 && x.raw === '7') || (x.v.n === 24 && x.raw === '24')),
      not(seq(sym('/.-', true), t('NUM'))),
    ),
    action: (m, f) => {
      if (!serviceWordBefore(m.atoms, m.from)) return false;
      f.roundTheClock = m.span();
    },
  },
  {
    // "kiểm soát tại các trạm cân xe 24/24h", "giám sát 24/24 giờ": twenty-four hours of twenty-four, said in hours, is
    // round the clock wherever it stands (a share is of things, a date has no hour).
    name: 'timeframe.round-the-clock-hours',
    pattern: seq(
      t('NUM', (x) => x.v.n === 24 && x.raw === '24'),
      sym('/', true),
      alt(
        t('CLOCK', (x) => x.v.h === 24 && x.v.min === 0 && /^24\s*h$/iu.test(x.raw)),
        t('DUR', (x) => x.v.min === 1440 && x.v.max === 1440 && /^24\s*(?:giờ|tiếng)$/iu.test(x.raw)),
      ),
    ),
    action: (m, f) => {
      f.roundTheClock = m.span();
    },
  },
  {
    name: 'timeframe.period',
    pattern: cap('p', t('PERIOD')),
    action: (m, f) => {
      const p = m.get('p')!;
      // "công suất 25 triệu trái dừa tươi/năm": an amount per year is a rate, not a time that repeats ("1 lần/năm" is).
      const before = m.atoms[m.from - 1];
      if (p.v.how === 'slash' && before?.type === 'W' && !['lần', 'đợt', 'kỳ', 'lượt'].includes(before.low)) return false;
      if (p.v.how === 'in' && p.v.per === 'year') f.inYear = m.span();
      else if (p.v.per === 'year') f.yearly = m.span();
      else if (!f.recurringOther) f.recurringOther = { per: p.v.per!, span: m.span() };
    },
  },
  {
    name: 'timeframe.this-year',
    pattern: w('năm nay', 'trong năm nay', 'cả năm', 'trong năm'),
    action: (m, f) => {
      f.inYear = m.span();
    },
  },
  {
    // "Năm 2026 và các năm tiếp theo", "từ năm 2026 trở đi": every year from then on.
    name: 'timeframe.onwards',
    pattern: alt(seq(w('và'), opt(w('các', 'những')), w('năm tiếp theo', 'năm sau', 'năm kế tiếp')), w('trở đi', 'về sau')),
    action: (m, f) => {
      f.onwards = m.span();
    },
  },
  {
    // "trong tháng 10/2024 (dự kiến ngày 15/10/2024)": the span, and the day planned inside it.
    name: 'timeframe.tentative-day',
    pattern: seq(
      sym('('),
      cap('kw', w('dự kiến', 'dự kiến vào', 'dự kiến tổ chức', 'dự kiến tổ chức vào', 'dự kiến là')),
      opt(w('ngày', 'vào ngày')),
      point('a'),
      sym(')'),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a || a.kind !== 'date' || f.points.length === 0) return false;
      f.tentativeDay = a;
      f.tentative = m.span('kw');
    },
  },
  {
    // "dự kiến", and "sẽ" (will: "Lễ hội sẽ diễn ra từ ngày 19 – 21/5"): a time planned, not yet come.
    name: 'timeframe.tentative',
    pattern: w('dự kiến', 'dự định', 'tạm dự kiến', 'sẽ'),
    action: (m, f) => {
      if (m.first().low === 'sẽ') f.will ??= m.span();
      else f.tentative = m.span();
    },
  },
  {
    name: 'timeframe.unresolved',
    pattern: seq(w('theo'), SCHEDULE_ELSEWHERE),
    action: (m, f) => {
      f.unresolved = m.span();
    },
  },
  {
    // "kết thúc … trước 01 tháng so với quy định": shifted from a schedule given elsewhere.
    name: 'timeframe.shifted-from-elsewhere',
    pattern: seq(
      w('trước', 'sau', 'sớm', 'muộn', 'chậm', 'sớm hơn', 'muộn hơn', 'chậm hơn'),
      NUMBER_PATTERN,
      w('ngày', 'tuần', 'tháng', 'năm', 'ngày làm việc'),
      w('so với'),
      opt(w('thời gian', 'thời hạn', 'ngày', 'mốc')),
      alt(SCHEDULE_ELSEWHERE, w('dự kiến', 'ban đầu', 'trước đây')),
    ),
    action: (m, f) => {
      f.unresolved = m.span();
    },
  },
  {
    // "10 năm thực hiện Chương trình tổng thể …": the years a programme has run, whose dates the
    // phrase does not give (read only when nothing else is).
    name: 'timeframe.years-of-implementation',
    pattern: seq(
      cap('n', NUMBER_PATTERN),
      // "15 năm thi hành": "năm" after a number is years even where it was read as a numeral.
      cap(
        'u',
        alt(
          w('năm'),
          t('WNUM', (x) => x.low === 'năm'),
        ),
      ),
      w('thực hiện', 'triển khai', 'triển khai thực hiện', 'thi hành', 'tổ chức thực hiện', 'đi vào hoạt động'),
    ),
    action: (m, f) => {
      const n = numberValue(m.all('n'));
      if (n === undefined) return false;
      f.yearsOfImplementation = { n, span: cover(m.span('n'), m.span('u'))! };
    },
  },
  {
    // "Thời gian cụ thể sẽ có thông báo sau": the time is announced later.
    name: 'timeframe.announced-later',
    pattern: seq(opt(w('sẽ', 'sẽ có', 'có')), w('thông báo sau', 'thông báo cụ thể sau', 'báo sau')),
    action: (m, f) => {
      f.unresolved = m.span();
    },
  },
  {
    // "trước, trong và sau ngày diễn ra Đại hội": around an event whose date is not given.
    name: 'timeframe.around-event',
    pattern: seq(w('trước'), sym(','), w('trong'), w('và', 'và cả'), w('sau')),
    action: (m, f) => {
      f.unresolved = m.span();
    },
  },
  {
    name: 'timeframe.reporting-window',
    pattern: w('kỳ báo cáo', 'năm báo cáo', 'kỳ báo cáo năm', 'số liệu báo cáo', 'chốt số liệu', 'số liệu'),
    action: (m, f) => {
      f.reportingAnchor = m.span();
    },
  },
  {
    name: 'timeframe.previous-year',
    pattern: w('năm trước', 'của năm trước', 'năm liền trước'),
    action: (m, f) => {
      const last = f.points[f.points.length - 1];
      if (!last) return false;
      last.p.yearOffset = -1;
    },
  },
  {
    // "từ 7h30 đến 11h30", "13h00 - 16h00": hours from one clock to another (each also a time of day).
    name: 'timeframe.clock-pair',
    pattern: seq(opt(FROM_WORDS), cap('a', t('CLOCK')), alt(TO_WORDS, sym('-–')), cap('b', t('CLOCK'))),
    action: (m, f) => {
      const a = m.get('a')!;
      const b = m.get('b')!;
      const from = clock(a.v.h!, a.v.min!);
      const to = clock(b.v.h!, b.v.min!);
      f.times.push({ time: from, span: m.span('a') }, { time: to, span: m.span('b') });
      f.timeRanges.push({ from, to, span: m.span() });
    },
  },
  {
    // "Thứ Hai – Thứ Sáu", "thứ Bảy": weekdays with no date of their own.
    name: 'timeframe.weekday',
    pattern: cap('w', t('WEEKDAY')),
    action: (m, f) => {
      const x = m.get('w')!;
      f.weekdays.push({ wds: x.v.wds ?? [x.v.wd!], span: m.span() });
    },
  },
  {
    name: 'timeframe.clock',
    pattern: t('CLOCK'),
    action: (m, f) => {
      const c = m.first();
      f.times.push({ time: clock(c.v.h!, c.v.min!), span: m.span() });
    },
  },
  {
    name: 'timeframe.part-of-day',
    pattern: t('POD'),
    action: (m, f) => {
      f.pods.push({ pod: m.first().v.pod!, span: m.span() });
    },
  },
];

/** Whether a position of the text is inside round brackets. */
/** The offset of the round bracket a position of the text is inside, or -1. */
function bracketOf(text: string, at: number): number {
  const open: number[] = [];
  for (let k = 0; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) open.push(k);
    else if (c === 41) open.pop();
  }
  return open.length > 0 ? open[open.length - 1]! : -1;
}

/** "khai mạc vào ngày 22/4/2024, tức 14/3 âm lịch": a lunar day after "tức" ("nhằm") restates the solar day before it. */
function dropLunarRestatement(f: TimeFacts): void {
  f.points = f.points.filter(
    (x) =>
      !(
        (x.p.lunar || x.p.lunarNoYear) &&
        /(?<![\p{L}])(?:tức|nhằm)(?:\s+là)?(?:\s+ngày)?\s*$/iu.test(f.text.slice(0, x.p.span.start)) &&
        f.points.some(
          (y) => y.p.span.end <= x.p.span.start && !y.p.lunar && !y.p.lunarNoYear && (y.p.kind === 'date' || y.p.kind === 'day'),
        )
      ),
  );
}

/**
 * "Khai giảng năm học mới 2022-2023 được tổ chức vào ngày 5/9/2022", "Lịch thi học kỳ I năm học 2016-2017 bắt đầu từ
 * ngày 05/12/2016": a school year named beside a day says what the day is of; the day is when.
 */
function dropSchoolYear(f: TimeFacts): void {
  const school = /(?<![\p{L}])năm học(?:\s+mới)?\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/iu.exec(f.text);
  if (!school) return;
  const [start, end] = [school.index, school.index + school[0].length];
  const inside = (x: { p: TimePointFact }): boolean => x.p.span.start >= start && x.p.span.end <= end;
  // "Quyết định số 985/QĐ-UBND ngày 13/6/2022 về … danh mục sách giáo khoa … năm học 2022-2023": so does a cited
  // document's day.
  const dayOutside =
    f.points.some((x) => !inside(x) && x.p.kind === 'date' && x.p.d !== undefined && !x.p.fuzzy) ||
    (f.documentDate?.kind === 'date' && f.documentDate.y !== undefined && f.documentDate.span.end <= start);
  if (dayOutside && f.points.some(inside)) f.points = f.points.filter((x) => !inside(x));
}

/**
 * "… 4 tháng đầu năm 2019, giảm 14,4% so với 4 tháng đầu năm 2018", "… biến động so với cuối tháng 3/2022": the span a
 * figure is compared with, after the span it is of, is no part of the frame.
 */
function dropComparedWith(f: TimeFacts): void {
  const compared = (x: { p: TimePointFact }): boolean =>
    /(?<![\p{L}])(?:so với|cùng kỳ|hơn)(?:\s+cùng kỳ)?(?:\s+(?:trong|của))?\s*$/iu.test(f.text.slice(0, x.p.span.start));
  const first = f.points[0];
  if (!first || compared(first)) return;
  f.points = f.points.filter((x) => x.p.span.start <= first.p.span.start || !(compared(x) || replaced(f.text, x.p.span.start)));
}

/**
 * "Trong tháng 4 năm 2023 … kỷ niệm 92 năm ngày thành lập Đoàn (26/3/1931-26/3/2023)": dates in
 * brackets that fall outside the span written outside them are an aside (an anniversary, the
 * date of a cited paper), not the window. Brackets that narrow the span ("Tháng 6 (từ 1/6 đến
 * 15/6)") stay.
 */
function dropBracketedAsides(f: TimeFacts): void {
  if (f.points.length < 2 || !f.text.includes('(')) return;
  const bracket = f.points.map((x) => bracketOf(f.text, x.p.span.start));
  if (bracket.every((b) => b < 0) || bracket.every((b) => b >= 0)) return;
  // "Trong năm 2011 (tính từ tháng 10-2010 đến 10-2011)": a span in brackets right after a year, starting in the
  // year before, says what that year is (a working or fiscal year), so the span is the time meant.
  const defined = f.points.findIndex(
    (x, k) =>
      bracket[k]! < 0 &&
      x.p.kind === 'year' &&
      x.p.y !== undefined &&
      /^\s*\(\s*(?:tính\s+)?từ(?![\p{L}])/u.test(f.text.slice(x.p.span.end)) &&
      f.points.some(
        (y, j) => bracket[j] === f.text.indexOf('(', x.p.span.end) && y.role === 'from' && y.p.y !== undefined && y.p.y < x.p.y!,
      ),
  );
  if (defined >= 0) {
    f.points.splice(defined, 1);
    return;
  }
  // "từ ngày 05 đến ngày 07 tháng 9 năm 2020 (Nhằm ngày 18 AL đến 27/07 AL Năm Canh Tý)": a bracket that says the
  // solar days outside it in the lunar calendar ("nhằm", "tức") is an aside; the other way round ("Ngày 15/4 âm
  // lịch (tức ngày 24/5/2013)") the bracket's solar day is the date, as the bracket rules below keep it.
  const solarOutside = f.points.some((x, k) => bracket[k]! < 0 && !x.p.lunar && !x.p.lunarNoYear);
  const restated = new Set(
    [...new Set(bracket.filter((b) => b >= 0))].filter(
      (b) =>
        /^\(\s*(?:nhằm|tức)(?![\p{L}])/iu.test(f.text.slice(b)) &&
        f.points.some((x, k) => bracket[k] === b && (x.p.lunar || x.p.lunarNoYear)),
    ),
  );
  if (solarOutside && restated.size > 0) {
    f.points = f.points.filter((_, k) => !restated.has(bracket[k]!));
    return;
  }
  // "Ngày 27/5, … kỷ niệm 30 năm Ngày thành lập Hội (8/5/1992 - 8/5/2022)": the anniversary's own span, its years
  // as far apart as the years the anniversary counts, is an aside.
  const anniversary = new Set(
    [...new Set(bracket.filter((b) => b >= 0))].filter((b) => {
      const n = /kỷ niệm\s+(\d{1,3})\s+năm(?![\p{L}])/iu.exec(f.text.slice(Math.max(0, b - 120), b));
      const years = f.points.filter((_, k) => bracket[k] === b).map((x) => x.p.y);
      return n !== null && years.length === 2 && years[0] !== undefined && years[1]! - years[0] === Number(n[1]);
    }),
  );
  if (anniversary.size > 0) {
    f.points = f.points.filter((_, k) => !anniversary.has(bracket[k]!));
    return;
  }
  const outside = f.points.filter((_, k) => bracket[k]! < 0).map((x) => x.p);
  const years = outside.map((p) => p.y).filter((y) => y !== undefined);
  if (years.length === 0) return;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  const inside = (p: TimePointFact): boolean => {
    const s = startOf(p);
    const e = endOf(p);
    if (!s || !e || s.y === undefined || e.y === undefined) return true;
    if (s.y < lo || e.y > hi) return false;
    return outside.some((o) => {
      const os = startOf(o);
      const oe = endOf(o);
      if (!os || !oe) return true;
      const key = (d: Day) => (d.y ?? s.y!) * 10000 + d.m * 100 + d.d;
      return key(s) >= key(os) && key(e) <= key(oe);
    });
  };
  // A bracket is kept or dropped whole: one of its dates outside the span makes it an aside.
  const dropped = new Set(f.points.filter((x, k) => bracket[k]! >= 0 && !inside(x.p)).map((x) => bracketOf(f.text, x.p.span.start)));
  if (dropped.size > 0) f.points = f.points.filter((_, k) => !dropped.has(bracket[k]!));
}

/** "cao điểm", "tập trung nhiều nhất": the busiest part of a time already named. */
const PEAK = /(?<![\p{L}])(?:cao điểm|tập trung nhiều nhất|tập trung chủ yếu)(?![\p{L}])/iu;

/**
 * "Cả năm 2026, cao điểm vào dịp … 09/11", "trong suốt tháng 4 nhưng tập trung nhiều nhất từ ngày 17/4 – 1/5/2024":
 * a whole period named before the peak is the time; the peak's days are inside it.
 */
function dropPeakInWindow(f: TimeFacts): void {
  const peak = PEAK.exec(f.text);
  if (!peak) return;
  const before = f.points.filter((x) => x.p.span.end <= peak.index);
  const after = f.points.filter((x) => x.p.span.start >= peak.index + peak[0].length);
  if (after.length === 0 || before.length !== 1) return;
  const [window] = before;
  if (window!.role !== 'single' || !['year', 'month', 'quarter', 'half'].includes(window!.p.kind) || window!.p.fuzzy) return;
  // "… tháng 4 nhưng tập trung nhiều nhất từ ngày 17/4 – 1/5/2024": the peak's year is the window's.
  window!.p.y ??= after.find((x) => x.p.y !== undefined)?.p.y;
  f.points = before;
}

/**
 * "quy hoạch … giai đoạn đến năm 2010, 2015 hoặc 2020": years listed after the end of a span are other ends, each of its
 * own plan; the first written is the span's end (the later ones were read as a start after it).
 */
function dropListedEnds(f: TimeFacts): void {
  const end = f.points.findIndex((x) => x.role === 'to' && x.p.kind === 'year');
  if (end < 0 || f.points.some((x) => x.role === 'from')) return;
  let k = end + 1;
  while (
    k < f.points.length &&
    f.points[k]!.role === 'single' &&
    f.points[k]!.p.kind === 'year' &&
    /^\s*(?:,|và|hoặc)\s*$/u.test(f.text.slice(f.points[k - 1]!.p.span.end, f.points[k]!.p.span.start))
  )
    k++;
  if (k > end + 1) f.points.splice(end + 1, k - end - 1);
}

/**
 * "Dự kiến trong tháng 10, Sở … tổ chức Hội thi … năm 2023", "Trong 3 ngày 15, 16 và 17-4, … tổ chức
 * Hội thi … năm 2015": a month or days without a year, and further on only a year that closes the
 * name of the event (or a quoted name) — the year names the event and its days, it does not end a span.
 */
function yearOfNamedEvent(f: TimeFacts): void {
  const last = f.points[f.points.length - 1];
  if (!last || f.points.length < 2 || last.role !== 'single' || last.p.kind !== 'year' || last.p.fuzzy) return;
  const rest = f.points.slice(0, -1);
  // "từ ngày 21-25/6/2019, … tổ chức “Giải dù lượn Việt Nam mở rộng 2019”": days that already carry the name's year.
  const sameYear = (x: (typeof rest)[number]): boolean => x.p.y === undefined || (x.p.y === last.p.y && x.p.kind !== 'year');
  if (!rest.every((x) => sameYear(x) && !x.p.fuzzy && ['month', 'date', 'day', 'span'].includes(x.p.kind))) return;
  // "… các hoạt động của Festival biển “Hội An - Cảm xúc mùa hè 2024”": a bare year closing a quoted name names it too
  // (what the name says, dashes included, is no span).
  const opened = f.text.lastIndexOf('“', last.p.span.start);
  const quoted = opened > rest[rest.length - 1]!.p.span.end && !f.text.slice(opened, last.p.span.start).includes('”');
  const between = f.text.slice(rest[rest.length - 1]!.p.span.end, quoted ? opened : last.p.span.start);
  // "tháng 10 đến hết năm 2023", "tháng 10 - năm 2023": a span to the year's end stays one ("VHTT-TT" is a name).
  if (
    /(?<![\p{L}])(?:đến|tới|hết|cho đến)(?![\p{L}])|(?:^|\s)[-–](?:\s|$)/u.test(between) ||
    !/\p{L}{2,}[^\p{L}]*$/u.test(between.trimEnd())
  )
    return;
  if (!quoted && !/^năm\s/u.test(f.text.slice(last.p.span.start, last.p.span.end).toLowerCase())) return;
  for (const x of rest) x.p.y = last.p.y;
  f.points = rest;
}

/**
 * A year written bare after a name ("NSOC 2025 khởi tranh từ ngày 29/9", "Hội chợ Mùa thu 2025", "(IAIO) 2026"), or closing
 * a document's number ("ngày 29-6, Chính phủ ban hành Nghị định 162/2025/NĐ-CP"): not a span's end ("2015-2020").
 */
const BARE_YEAR = /(?<![\d.,/–-]\s?)(?<![Nn]ăm\s)(?<!\d\/)(19[4-9]\d|20[0-3]\d)(?![\d.,%]|\s?[-–]\s?\d)/gu;
const DOCUMENT_YEAR = /(?<![\d.,])\d{1,5}\/(19[4-9]\d|20[0-3]\d)(?![\d])/gu;

/**
 * Days and months with no year, in a sentence with no year said ("năm 2024") and no page date, take the one year written
 * in a name or a document's number there: the press names the event or the decree of the day it reports.
 */
function yearOfNameOrDocument(f: TimeFacts): void {
  if (f.ref || f.yearly) return;
  const open = f.points.filter(
    (x) => x.p.y === undefined && ['date', 'day', 'month'].includes(x.p.kind) && !x.p.lunarNoYear && !x.p.monthRef,
  );
  if (open.length === 0 || f.points.some((x) => x.p.y !== undefined || x.p.yearOffset !== undefined)) return;
  // A document's year dates the day only when the day is that of its issuing ("Chính phủ ban hành Nghị định 162/2025"),
  // not when a rule is cited ("Theo … Nghị định số 133/2020 … thì … vào ngày 25 tháng 5").
  const issued = /(?<![\p{L}])ban hành(?![\p{L}])/iu.test(f.text) ? [...f.text.matchAll(DOCUMENT_YEAR)] : [];
  const years = new Set([...f.text.matchAll(BARE_YEAR), ...issued].map((m) => Number(m[1])));
  if (years.size !== 1) return;
  const [y] = [...years];
  for (const x of open) x.p.y = y;
}

/** Words that make "ngày …" the name of a day kept every year ("ngày phát thanh thế giới"). */
const NAMED_DAY =
  /(?<![\p{L}])[Nn]gày\s+(?:(?!Thứ\s|Chủ\s+[Nn]hật|Tết\s|Rằm|Mùng|Mồng)\p{Lu}[\p{L}\s]*|[\p{L}\s]*(?:thế giới|quốc tế|quốc gia|toàn dân|truyền thống))[\s(]*$/u;
const IS_NAMED_DAY = /^\s*\)?\s*(?:hằng năm|hàng năm\s+)?\s*(?:là|làm)\s+ngày\s+\p{L}/u;

/** A date that closes the name of a day kept every year ("Ngày Quốc tế thiếu nhi 01/6", "Ngày Pháp luật (09/11)"). */
function closesNamedDay(text: string, p: TimePointFact): boolean {
  const before = text.slice(Math.max(0, p.span.start - 60), p.span.start);
  // The name is the words right before the date ("ngày" itself opens the date when written with it).
  const written = text.slice(p.span.start, p.span.end);
  return !/^ngày/iu.test(written) && NAMED_DAY.test(before) && !/\d/u.test(before.slice(before.toLowerCase().lastIndexOf('ngày')));
}

/**
 * "Hưởng ứng Ngày Pháp luật Việt Nam (09/11)", "ngày Chuyển đổi số quốc gia 10.10", "lấy ngày 13/2 là
 * ngày phát thanh thế giới": a day and month with no year that a named day closes or that is made
 * one is that day of every year.
 */
function namedYearlyDay(f: TimeFacts): void {
  if (f.points.length !== 1 || f.yearly) return;
  const only = f.points[0]!;
  const p = only.p;
  if (only.role !== 'single' || p.kind !== 'date' || p.y !== undefined || p.lunar || p.event || p.fuzzy) return;
  const named = closesNamedDay(f.text, p);
  // With the document's date known, a named day in brackets may be this year's ("hưởng ứng Ngày Đại dương
  // thế giới (08/6)" in a work plan for June); a day made a named day ("lấy ngày … là ngày …") is every year's.
  if ((named && !f.ref) || IS_NAMED_DAY.test(f.text.slice(p.span.end))) f.yearly = p.span;
}

/**
 * "Ngày 11/03/2021, UBND tỉnh đã ban hành Kế hoạch … năm 2021", "Sáng nay ngày 31/8/2018 … hè
 * 2018": one full date and, further on, only years that name a plan or an event — the date is
 * the phrase's day, not the start of a span to the end of that year.
 */
function newsLeadDate(f: TimeFacts): void {
  // "* Ngày 11/02/2021 Nghỉ Tết Nguyên đán năm 2021;": a phrase that opens with a whole date and puts no
  // range after it is that day; what follows (a holiday's name) says what happened on it.
  // "Ngày 18.6, Sở … gặp mặt nhân kỷ niệm Ngày Báo chí cách mạng Việt Nam (21.6)": a lead day without its
  // year too, when only days without a year follow and no range is written anywhere after it (the day
  // named later is another day, not an end).
  // "Ngày 22.4, Thủ tướng … lấy ngày 10.10 hằng năm là ngày chuyển đổi số quốc gia", "… đã chọn ngày 18/11
  // hàng năm tổ chức …": a day without its year that the phrase institutes is every year's, whatever day
  // the phrase opens with (the day it was decided). (Three gold lines written apart read so, one read the
  // opening day; the three are followed.)
  const instituted = f.points.find(
    (x) =>
      x.role === 'single' &&
      x.p.kind === 'date' &&
      x.p.y === undefined &&
      !x.p.lunar &&
      /(?<![\p{L}])(?:lấy|chọn)\s*$/iu.test(f.text.slice(Math.max(0, x.p.span.start - 12), x.p.span.start)),
  );
  if (instituted && f.points.length >= 2 && f.points.every((x) => x.role === 'single')) {
    f.points = [instituted];
    f.yearly = instituted.p.span;
    return;
  }
  const lead = f.points[0];
  const rangeIn = (text: string) => /(?<![\p{L}])(?:đến|tới)(?![\p{L}])|[-–]\s*\d/u.test(text);
  if (
    lead !== undefined &&
    f.points.length >= 2 &&
    lead.role === 'single' &&
    lead.p.kind === 'date' &&
    !lead.p.fuzzy &&
    OPENING.test(f.text.slice(0, lead.p.span.start)) &&
    f.points.every((x) => x.role === 'single') &&
    (lead.p.y !== undefined
      ? !rangeIn(f.text.slice(lead.p.span.end, lead.p.span.end + 12))
      : // Only other days without a year: a year written later names the event and lends its year (below).
        !rangeIn(f.text.slice(lead.p.span.end)) && f.points.every((x) => x.p.kind === 'date' && x.p.y === undefined))
  ) {
    f.points = [lead];
    f.yearly = undefined;
    return;
  }
  if (f.points.length < 2 || f.points.some((x) => x.role !== 'single')) return;
  // "Ngày 29/5, UBND xã … Tháng hành động vì trẻ em năm 2023 và kỷ niệm Ngày Quốc tế thiếu nhi 01/6": a day
  // without its year that closes a named day's name is part of that name, not a second day.
  const inName = (x: TimePointFact) => x !== f.points[0]!.p && x.kind === 'date' && x.y === undefined && closesNamedDay(f.text, x);
  const dates = f.points.filter((x) => x.p.kind === 'date' && !x.p.fuzzy && !inName(x.p));
  if (dates.length !== 1) return;
  const date = dates[0]!.p;
  // "Sáng ngày 05/4, UBND xã tổ chức Hội nghị sơ kết … quý I năm 2024": a day-month opening the
  // phrase is the day of the event; a month, quarter or half named after it is what
  // the event is about (the period it reviews, the month of the meeting).
  const opens = f.points[0]!.p === date && OPENING.test(f.text.slice(0, date.span.start));
  const about = (p: TimePointFact) => p.kind === 'year' || (opens && ABOUT_KINDS.has(p.kind));
  // "Chiều 24/11, … tại Kỳ họp thứ 15 (Thường lệ cuối năm 2023)": after an opening day even a loose time
  // ("cuối năm") names what the event is about.
  if (!f.points.every((x) => x === dates[0] || inName(x.p) || (about(x.p) && (!x.p.fuzzy || opens)))) return;
  if (date.y === undefined) {
    // "Ngày 20/10, UBND xã ban hành Kế hoạch … năm 2024": the year after a day-month names the
    // plan, not the day; the day's year is the document's, else (no refDate) that year.
    // "Hưởng ứng Tháng hành động … năm 2022; sáng ngày 24/6, Thành đoàn …": so does a year before a
    // day-month that opens its own clause.
    const clause = Math.max(f.text.lastIndexOf(';', date.span.start), f.text.lastIndexOf(',', date.span.start)) + 1;
    if (f.points[0]!.p !== date && (clause === 0 || !OPENING.test(f.text.slice(clause, date.span.start)))) return;
    if (!f.ref) date.y = f.points.find((x) => x.p !== date && x.p.y !== undefined)?.p.y;
  }
  f.points = dates;
}

/**
 * "chính thức đón khách", "mở cửa phục vụ trở lại", "đi vào hoạt động": a place or a service starts (or starts again) to
 * serve; "Ngày 1/1/2010, Luật … có hiệu lực.": a law comes into force. Said of a day, that day opens a time that runs
 * on, unless an inauguration stands between them ("Ngày 18-12, … tổ chức khai trương, chính thức đi vào hoạt động": the
 * day of the ceremony).
 */
const OPENS_FOR_SERVICE =
  /(?<![\p{L}])(?:(?:chính thức|bắt đầu)\s+(?:mở cửa\s+)?(?:đón khách|mở cửa|hoạt động|vận hành|phục vụ)|(?:đón khách|mở cửa|hoạt động|vận hành|phục vụ)(?:\s+\p{L}+){0,2}\s+trở lại|đi vào hoạt động|đưa vào (?:vận hành|hoạt động|sử dụng)|có hiệu lực(?:\s+thi hành)?(?=\s*(?:[.,;]|$)))(?![\p{L}])/giu;

function opensForService(text: string, day: TimePointFact): boolean {
  for (const m of text.matchAll(OPENS_FOR_SERVICE)) {
    const between = m.index < day.span.start ? text.slice(m.index, day.span.start) : text.slice(day.span.end, m.index);
    if (!/(?<![\p{L}])(?:khai trương|khánh thành|lễ)(?![\p{L}])/iu.test(between)) return true;
  }
  return false;
}

/** Words that end the gap between "chuyển sang" and "vào ngày": past them the date is not the new day. */
const MOVED_GAP_STOP = new Set(['vào', 'trước', 'từ', 'đến', 'tới', 'sau', 'chậm', 'trong', 'hạn', 'hoặc']);

/** A date moved to another day: that day alone, its month or year taken from the dates before it. */
function movedDate(f: TimeFacts): void {
  const moved = f.movedTo;
  if (!moved) return;
  const all = [...f.points.map((x) => x.p), moved].sort((x, y) => x.span.start - y.span.start);
  propagate(all);
  f.points = [{ role: 'single', p: moved }];
  f.yearly = undefined;
}

/**
 * Nothing but a bullet, a bracket, a news agency's tag ("(BNP) - "), a part of the day (of today: "Sáng nay (20-2)"),
 * "Hôm nay" ("Hôm nay, ngày 1/7, …") or "Ngày" before a phrase's first date ("Sáng ngày 05/4, …").
 */
const OPENING =
  /^[\s*•·+\-–(]*(?:\(\p{Lu}[\p{Lu}.]{1,9}\)\s*[-–]\s*)?(?:(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)(?:\s+nay\s*\(?)?|[Hh]ôm nay\s*[,(]?)\s*)?(?:[Nn]gày\s*)?$/u;
/** Times named after an opening day that say what the event is about, not when. */
const ABOUT_KINDS: ReadonlySet<string> = new Set(['year', 'month', 'quarter', 'half']);

/** The months or quarters of a list that is not one run ("tháng 6 và tháng 12"), else undefined. */
function separateParts(p: TimePointFact): [Day, Day][] | undefined {
  const list = p.kind === 'month' ? p.ms : p.kind === 'quarter' ? p.qs : undefined;
  if (!list || list.length < 2 || list.every((x, k) => k === 0 || x === list[k - 1]! + 1)) return undefined;
  return list.map((x) => {
    const one: TimePointFact = p.kind === 'month' ? { ...p, m: x, mEnd: undefined, ms: undefined } : { ...p, qs: [x] };
    return [startOf(one)!, endOf(one)!];
  });
}

const QUARTER_OF: Record<string, string> = { '1-3': 'Q1', '4-6': 'Q2', '7-9': 'Q3', '10-12': 'Q4', '1-6': 'H1', '7-12': 'H2' };

/**
 * The day the phrase gives an event ("ngày đăng Công báo" → "được đăng Công báo ngày 29/10/2008"), as an ISO day, or
 * undefined: a whole date the atoms read, written right after the event's own words.
 */
function eventDayInText(f: TimeFacts, event: string): string | undefined {
  const words = event.replace(/^ngày\s+/iu, '').trim();
  if (words.split(/\s+/u).length < 2) return undefined;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  const after = new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:vào\\s+)?(?:ngày\\s+)?$`, 'iu');
  const p = f.points
    .map((x) => x.p)
    .find((q) => q.kind === 'date' && q.y !== undefined && !q.yearFromRef && after.test(f.text.slice(0, q.span.start)));
  return p ? isoDate(p.y!, p.m!, p.d!) : undefined;
}

/** Resolves years and writes the timeframe fields. Returns false when nothing was read. */
export function assembleTimeframe(f: TimeFacts, b: ReadingBuilder): boolean {
  dropBracketedAsides(f);
  dropLunarRestatement(f);
  dropComparedWith(f);
  dropSchoolYear(f);
  dropPeakInWindow(f);
  dropListedEnds(f);
  movedDate(f);
  newsLeadDate(f);
  yearOfNamedEvent(f);
  namedYearlyDay(f);
  yearOfNameOrDocument(f);
  const points = f.points.map((x) => x.p);
  // "từ tháng 9 năm nay đến hết năm 2026": "năm nay" gives its month the document's year before
  // any later year is lent to it.
  if (f.ref)
    for (const p of points)
      if (p.y === undefined && p.kind !== 'year' && /^\s*(?:của\s+)?năm nay(?![\p{L}])/u.test(f.text.slice(p.span.end))) {
        p.y = f.ref.y;
        p.yearFromRef = true;
      }
  // "khép lại vào ngày 20/6 năm sau", "vào tháng 2 năm sau": the year after the start written before, else after the document's.
  for (const p of points)
    if (p.y === undefined && p.kind !== 'year' && /^\s*(?:của\s+)?năm (?:sau|tới)(?![\p{L}])/u.test(f.text.slice(p.span.end))) {
      const start = [...points].reverse().find((o) => o.span.end <= p.span.start && o.y !== undefined && !o.yearFromRef);
      const base = start?.y ?? f.ref?.y;
      // "Từ tháng 9 đến tháng 3 năm sau là mùa sinh sản của cua biển": with no year anywhere, a season that runs into
      // the next year, each year ({month, day, yearOffset: 1}).
      if (base === undefined) {
        // After "năm trước" ("từ ngày 01/12 năm trước đến ngày 30/11 năm sau"), "năm sau" is the year after that start.
        if (points.every((o) => o.y === undefined && o.yearOffset !== -1)) p.yearOffset = 1;
        continue;
      }
      p.y = base + 1;
      if (!start) p.yearFromRef = true;
    }
  propagate(points);
  // "Sáng 04/10, Hội … đến thăm trẻ em … nhân dịp Tết Trung thu năm 2025": a day of the occasion whose name carries the
  // year is of that year.
  if (f.during?.y !== undefined)
    for (const p of points) if (p.y === undefined && p.kind === 'date' && p.m !== undefined && !p.lunarNoYear) p.y = f.during.y;
  // "Hằng năm, từ ngày 01/11 đến ngày 30/11": days of every year take no year from refDate and
  // are written as SCHEMA.md writes "windows that repeat each year", {month, day, yearOffset}.
  const yearlyDays =
    f.yearly !== undefined && points.length > 0 && points.every((p) => p.y === undefined && (p.kind === 'date' || p.kind === 'day'));
  // A data window named without years ("từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 3") is one
  // of every reporting year; with years written, it is just those dates.
  // "Báo cáo … trong kỳ từ ngày 16 tháng 12 năm trước đến ngày 15 tháng 6": a start in "the year before"
  // with no year written says the same.
  const yearBefore = points.some((p) => p.yearOffset === -1);
  const yearAfter = !yearBefore && points.length > 1 && points.some((p) => p.yearOffset === 1);
  const reportingWindow = (f.reportingAnchor !== undefined || yearBefore || yearAfter) && points.every((p) => p.y === undefined);
  const window = reportingWindow || yearlyDays;
  let inferred = false;
  let unspecified = false;
  for (const p of points) {
    if (p.yearFromRef) inferred = true;
    // A bare day of a month named relatively ("ngày 15 của tháng trước") has no year to lack.
    if (p.y !== undefined || window || yearlyDays || (p.kind === 'day' && p.m === undefined)) continue;
    if (f.ref) {
      p.y = f.ref.y;
      p.yearFromRef = true;
      inferred = true;
    } else {
      unspecified = true;
    }
  }
  // A window said to be of the reporting year ("của năm báo cáo", "kỳ báo cáo", "năm trước") writes
  // each day's year relative to it, as SCHEMA.md's {month, day, yearOffset}; one that merely repeats
  // ("từ ngày 01/10 đến ngày 31/10 hằng năm", "Số liệu … từ ngày 01 tháng 01 đến hết ngày 31 tháng 5")
  // writes {month, day}, as "tháng 11 hằng năm" does.
  const ofReportingYear =
    yearBefore || yearAfter || (f.reportingAnchor !== undefined && /(?<![\p{L}])(?:kỳ|năm) báo cáo(?![\p{L}])/iu.test(f.text));
  const style = !window ? 'iso' : ofReportingYear ? 'window' : 'yearly';
  // "từ 25/12 đến 5/1" in a December document: the end falls in the next year.
  const first = f.points.find((x) => x.role === 'from')?.p;
  const last = [...f.points].reverse().find((x) => x.role === 'to')?.p;
  if (
    first &&
    last &&
    first.yearFromRef &&
    last.yearFromRef &&
    first.y === last.y &&
    first.m !== undefined &&
    last.m !== undefined &&
    last.m < first.m
  )
    last.y = last.y! + 1;
  // "Từ khi thành lập vào tháng 5/2021", "Kể từ ngày Luật … có hiệu lực thi hành (1/7/2020)": the time written right
  // after the event a span starts at dates it; the span starts then. "sau khi … tổ chức xong đại hội (trong tháng
  // 10/2025)": after an event, that time is the reading.
  const dating = f.fromEvent
    ? f.points.find(
        (x) =>
          x.role === 'single' &&
          x.p.span.start >= f.fromEvent!.span.end &&
          ['date', 'month'].includes(x.p.kind) &&
          EVENT_DATED_BY.test(f.text.slice(f.fromEvent!.span.end, x.p.span.start)),
      )
    : undefined;
  if (dating && !f.points.some((x) => x.role === 'from' || x.role === 'to')) {
    if (!f.fromEvent!.explains) dating.role = 'from';
    f.fromEvent = undefined;
  }
  let fromP = f.points.find((x) => x.role === 'from')?.p;
  // "đợt 1 từ ngày 23/10 đến ngày 10/11; đợt 2 từ ngày 20 – 29/11/2023": of several ranges, the first.
  let secondFrom: TimePointFact | undefined = f.points.filter((x) => x.role === 'from')[1]?.p;
  // "có hiệu lực kể từ ngày 1-3-2011 và áp dụng từ ngày 1-7-2011 đến hết năm 2013": a lone start written
  // before a whole range is when something else begins; the range is the span.
  const starts = [...new Map(f.points.filter((x) => x.role === 'from').map((x) => [x.p.span.start, x.p])).values()];
  if (starts.length === 2) {
    const [early, later] = starts[0]!.span.start < starts[1]!.span.start ? [starts[0]!, starts[1]!] : [starts[1]!, starts[0]!];
    const ends = f.points.filter((x) => x.role === 'to').map((x) => x.p.span);
    if (ends.length > 0 && ends.every((e) => e.start >= later.span.end) && early.span.end <= later.span.start) {
      fromP = later;
      secondFrom = undefined;
    }
  }
  const toP = secondFrom
    ? (f.points.find((x) => x.role === 'to' && x.p.span.start > fromP!.span.end && x.p.span.end <= secondFrom.span.start)?.p ??
      [...f.points].reverse().find((x) => x.role === 'to')?.p)
    : [...f.points].reverse().find((x) => x.role === 'to')?.p;
  let singles = f.points.filter((x) => x.role === 'single').map((x) => x.p);
  if (singles.some((p) => p.swapped) && f.points.some((x) => !x.p.swapped)) singles = singles.filter((p) => !p.swapped);
  // "tuyên truyền Tết Mậu Tuất năm 2018 trên Tờ tin tháng 01/2018": a festival named beside another time
  // is what the text is about; the other time is when.
  if (singles.some((p) => p.event) && singles.some((p) => !p.event)) singles = singles.filter((p) => !p.event);
  // "Chiều 20-2 (mùng 4 Tết Nguyên đán 2026)", "ngày 15/8 âm lịch (tức ngày 21/9/2021)": a day and the same day in the
  // other calendar, side by side, are one day, the solar one. Only when both fall on one known day: "tối 7/1, mùng 8
  // tháng Giêng" (no year) are two days.
  if (singles.length === 2) {
    const [a, b] = singles as [TimePointFact, TimePointFact];
    const between = f.text.slice(a.span.end, b.span.start);
    const lunarOf = (p: TimePointFact) => p.kind === 'date' && p.lunar !== undefined;
    const solarOf = (p: TimePointFact) => p.kind === 'date' && p.lunar === undefined && p.lunarNoYear === undefined && p.d !== undefined;
    const [sa, sb] = [startOf(a), startOf(b)];
    if (
      lunarOf(a) !== lunarOf(b) &&
      (solarOf(a) || solarOf(b)) &&
      sa?.y !== undefined &&
      sa.y === sb?.y &&
      sa.m === sb.m &&
      sa.d === sb.d &&
      /^\s*(?:,\s*)?(?:\(\s*)?(?:tức(?:\s+là)?\s*)?(?:ngày\s*)?$/iu.test(between)
    )
      singles = [solarOf(a) ? a : b];
  }
  // "Năm 2023, ngày hội … năm 2023 rơi vào thứ 7 ngày 18 tháng 11": a year written twice is one time.
  singles = singles.filter(
    (p, k) => p.kind !== 'year' || p.fuzzy || !singles.slice(0, k).some((q) => q.kind === 'year' && q.y === p.y && !q.fuzzy),
  );
  // "Quyết định số 766/2022/QĐ-CTN ngày 01 tháng 7 năm 2022 của Chủ tịch nước về đặc xá năm 2022": a year written after a
  // cited document's day, its own year or the next, names what the document is about (the amnesty of that year); the
  // document's day is the time. A span of years ("giai đoạn 2021 - 2030") or a start or end stays the reading.
  const docDay = f.documentDate;
  if (
    docDay?.kind === 'date' &&
    docDay.y !== undefined &&
    !fromP &&
    !toP &&
    singles.length === 1 &&
    singles[0]!.kind === 'year' &&
    !singles[0]!.fuzzy &&
    singles[0]!.span.start >= docDay.span.end &&
    (singles[0]!.y === docDay.y || singles[0]!.y === docDay.y + 1) &&
    // "… tổ chức tuyên truyền trong năm 2025": the year the clause's work is done in.
    !/(?<![\p{L}])(?:trong|suốt|cả|đến|tới|từ)\s*$/iu.test(f.text.slice(0, singles[0]!.span.start))
  )
    singles = [];
  // "cuộc họp báo thường kỳ quý 3 … tổ chức chiều 27-10", "Hội nghị sơ kết 6 tháng đầu năm … ngày 10/7", "chi trả lương
  // hưu … tháng 1 và tháng 2-2021 vào ngày 7 và 8-1-2021": a quarter, half or months named before days past its start are
  // what the days are of (a meeting's period, the months paid for); "Trong quý 3, ngày 15/8 …": a day inside it is the
  // time within it. Either way the days are when.
  if (singles.length >= 2) {
    const [whole, ...days] = singles;
    const first = startOf(whole!);
    const dated = days.filter((p) => p.kind === 'date');
    if (
      ['quarter', 'half', 'month'].includes(whole!.kind) &&
      !whole!.fuzzy &&
      first &&
      days.every((p) => (p.kind === 'date' || p.kind === 'day') && !p.fuzzy && whole!.span.end <= p.span.start) &&
      dated.length > 0 &&
      dated.every((p) => (p.y === first.y || p.y === undefined || first.y === undefined) && p.m! * 100 + p.d! >= first.m * 100 + first.d)
    )
      singles = days;
  }
  // "Ngày 5/2, … tổ chức Chương trình Xuân Quê hương … nhân dịp Tết Nguyên đán năm 2026": a day first, then the year it
  // falls in, named by what is held; the day is the time. (A day of another year, "Ngày 14/12, … công bố mức thưởng Tết
  // Nguyên đán 2025" said in 2024, is not that year's.)
  // So is a quarter, a half or a month first ("hoàn thành đóng điện trong quý I/2026 để … trước mùa khô năm 2026").
  if (singles.length === 2) {
    const [day, year] = singles;
    if (
      (day!.kind === 'date' ||
        // "Quý IV và năm 2023": a year listed beside the quarter is a second time, not the one it falls in.
        (['month', 'quarter', 'half'].includes(day!.kind) &&
          !/(?<![\p{L}])(?:và|hoặc|cùng)(?![\p{L}])/iu.test(f.text.slice(day!.span.end, year!.span.start)))) &&
      year!.kind === 'year' &&
      day!.y === year!.y &&
      !day!.fuzzy &&
      !year!.fuzzy &&
      day!.span.end <= year!.span.start
    )
      singles = [day!];
  }
  // "Ngày 27/12, … báo cáo … về vụ sập cầu …, xảy ra ngày 21/12": the day opening the phrase is the news; an earlier day
  // said after it is what the news is about, no span back to it.
  if (singles.length === 2) {
    const [news, about] = singles as [TimePointFact, TimePointFact];
    const key = (p: TimePointFact): number | undefined =>
      p.kind === 'date' && p.d !== undefined && p.m !== undefined ? (p.y ?? 0) * 10000 + p.m * 100 + p.d : undefined;
    const [kn, ka] = [key(news), key(about)];
    if (
      kn !== undefined &&
      ka !== undefined &&
      (news.y === undefined) === (about.y === undefined) &&
      ka < kn &&
      OPENING.test(f.text.slice(0, news.span.start)) &&
      // Words stand between them ("ngày 5, 3/4/2024" is a list of days, reversed).
      /\p{L}{2,}/u.test(f.text.slice(news.span.end, about.span.start))
    )
      singles = [news];
  }
  // "chiến dịch … Hè 2016, tháng 7 sẽ là tháng cao điểm": a month of a year named beside that year is the time meant.
  if (singles.length === 2) {
    const year = singles.find((p) => p.kind === 'year' && !p.fuzzy);
    const month = singles.find((p) => p.kind === 'month' && p.y === year?.y && p.ms === undefined);
    if (year && month && year.span.end <= month.span.start) singles = [month];
    // "Hội nghị đối thoại … với thanh niên năm 2023, dự kiến tổ chức vào ngày 26/03": so is a day of it, or days of
    // it ("Đợt tổng điều tra … năm 2025 sẽ thu thập thông tin … từ ngày 1-30/7/2025"), or an hour of that day ("Hội chợ
    // OCOP … lần thứ V năm 2017 dự kiến diễn ra vào 20 giờ ngày 1-9").
    const day = singles.find((p) => (p.kind === 'date' || p.kind === 'span') && p.y === year?.y && !p.fuzzy);
    if (year && day && year.span.end <= day.span.start) singles = [day];
    // "Tối thứ sáu ngày 2/10/2020, tại …, đã diễn ra sinh hoạt thường kỳ tháng 10/2020 CLB Thơ": a day of the month named
    // beside it is the time; the month names the meeting.
    const inMonth = singles.find((p) => p.kind === 'month' && p.y !== undefined && p.ms === undefined && !p.fuzzy);
    const dayOf = singles.find((p) => p.kind === 'date' && !p.fuzzy && p.y === inMonth?.y && p.m === inMonth?.m);
    if (inMonth && dayOf) singles = [dayOf];
  }

  // "Sau khi có kết quả khám sơ tuyển …, các thanh niên … được đưa đi khám tuyển … vào ngày 21 và ngày 22 tháng 11
  // năm 2018": days written after what "sau khi" names are when; the event only says what came first.
  if (
    f.fromEvent?.explains &&
    !fromP &&
    !toP &&
    singles.some(
      (p) =>
        (p.kind === 'date' || p.kind === 'span') &&
        !p.fuzzy &&
        // "Tối 15/3, sau khi TP Hà Nội cho phép …, nhiều chủ kinh doanh phấn khởi": so is the day the phrase opens with.
        (p.span.start >= f.fromEvent!.span.end ||
          (p.span.end <= f.fromEvent!.span.start &&
            (OPENING.test(f.text.slice(0, p.span.start)) ||
              // "Quyết định … được đưa ra hôm 17/7 sau khi …": so is the day written right before it.
              /^[\s,]*(?:ngay\s+)?sau\s+khi\s*$/iu.test(f.text.slice(p.span.end, f.fromEvent!.span.start))))),
    )
  )
    f.fromEvent = undefined;
  // "kéo dài 3 tháng từ tháng 10 đến tháng 12 nhưng sắc hoa sẽ thay đổi … từ màu trắng sang hồng": a "từ" written after a
  // whole range starts something else.
  // "có hiệu lực kể từ ngày ký và thực hiện từ ngày 01/02/2026 đến hết tháng 6/2026": so does one written before it (the
  // event is when something else begins).
  if (
    f.fromEvent &&
    fromP &&
    toP &&
    fromP.span.end <= toP.span.start &&
    (toP.span.end <= f.fromEvent.span.start || f.fromEvent.span.end <= fromP.span.start)
  )
    f.fromEvent = undefined;
  let wrote = false;
  // "ra đời năm 1989, cho tới nay": a time written before "đến nay" is where the span up to now starts.
  const sinceThen = f.toNow && f.ref && singles.length > 0 && singles.every((p) => p.span.end <= f.toNow!.start);
  if (fromP || toP || f.fromEvent || f.toEvent || (f.toNow && (singles.length === 0 || sinceThen))) {
    if (fromP && fromP.kind === 'day' && fromP.m === undefined) {
      b.set('from', { dayOfMonth: fromP.d, ...(fromP.monthRef ? { month: fromP.monthRef } : {}) }, fromP.span);
    } else if (f.fromEvent && /^(nay|bây giờ|hiện nay)$/u.test(f.fromEvent.event.toLowerCase()) && f.ref) {
      b.set('from', f.ref.iso, f.fromEvent.span);
    } else if (f.fromEvent && /^đầu năm$/iu.test(f.fromEvent.event) && !fromP && toP?.y !== undefined) {
      // "từ đầu năm đến hết quý 3/2017": the start of the year the end is written in.
      b.set('from', `${toP.y}-01-01`, f.fromEvent.span);
    } else if (f.fromEvent && !(f.fromEvent.explains && fromP?.kind === 'date')) {
      // "Ngay sau khi huyện tổ chức hội nghị …, Đài … từ 16 - 2 đến 22 - 5": a start written as a date after
      // "sau khi" is the start; the event only says when the work was taken up.
      // The date known for the issuing of this very document rides inside the event, as dev.jsonl
      // writes it ({"event": "ngày ban hành Kế hoạch", "knownDate": "2024-05-14"}).
      const ev: Record<string, string | number> = { event: f.fromEvent.event };
      if (f.ref && isDocumentIssue(f.fromEvent.event)) ev['knownDate'] = f.ref.iso;
      if (f.fromEvent.offsetDays !== undefined) ev['offsetDays'] = f.fromEvent.offsetDays;
      // "Quyết định được đăng Công báo ngày 29/10/2008 và có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo": the
      // day the phrase gives the event is known too.
      const dated = ev['knownDate'] === undefined && ev['offsetDays'] !== undefined ? eventDayInText(f, f.fromEvent.event) : undefined;
      if (dated) ev['knownDate'] = dated;
      // "có hiệu lực sau 10 ngày kể từ ngày ký" with the signing day known: the day it takes effect.
      if (typeof ev['knownDate'] === 'string' && typeof ev['offsetDays'] === 'number')
        b.set('from', fromDayNumber(toDayNumber(ev['knownDate']) + ev['offsetDays']), f.fromEvent.span);
      else b.set('from', ev, f.fromEvent.span);
    } else if (fromP?.exclusive && fromP.y !== undefined && fromP.m !== undefined && fromP.d !== undefined) {
      b.set('from', fromDayNumber(dayNumberOf(fromP.y, fromP.m, fromP.d) + 1), fromP.span);
    } else if (fromP) {
      const s = startOf(fromP);
      if (s) b.set('from', formatDay(s, fromP, style, true), fromP.span);
    }
    if (f.toNow && f.ref) {
      b.set('to', f.ref.iso, f.toNow);
    } else if (f.toEvent) {
      b.set('to', { event: f.toEvent.event }, f.toEvent.span);
    } else if (toP && toP.kind === 'day' && toP.m === undefined) {
      b.set('to', { dayOfMonth: toP.d, ...(toP.monthRef ? { month: toP.monthRef } : {}) }, toP.span);
    } else if (toP?.exclusive && toP.y !== undefined && toP.m !== undefined && toP.d !== undefined) {
      b.set('to', fromDayNumber(dayNumberOf(toP.y, toP.m, toP.d) - 1), toP.span);
    } else if (toP) {
      const e = endOf(toP);
      if (e) b.set('to', formatDay(e, toP, style, true), toP.span);
    } else if (b.has('from')) {
      // Open-ended: the span is the start it runs from.
      b.set('to', null, b.spans['from']);
    }
    if (!b.has('from') && singles.length > 0 && (toP || sinceThen)) {
      // "trong dịp lễ 30/4, … lễ hội … khai mạc vào ngày 29/4 … và kéo dài đến hết 30/6": the start is the day
      // written nearest before the end, not the occasion named first (a year names the event: "Sáng 1/4, … năm 2024, …").
      const start = (toP && [...singles].reverse().find((p) => p.kind === 'date' && p.span.end <= toP.span.start)) || singles[0]!;
      const s = startOf(start);
      if (s) b.set('from', formatDay(s, start, style, true), start.span);
    }
    wrote = true;
  } else if (singles.length > 0) {
    const first = singles[0]!;
    const last = singles[singles.length - 1]!;
    if (singles.length === 1 && first.kind === 'date' && !first.fuzzy && f.yearly && first.y === undefined) {
      // "Hằng năm, vào dịp … (10/10)": a yearly day, written as a deadline's "--MM-DD".
      b.set('date', formatMonthDay(startOf(first)!), first.span);
    } else if (singles.length === 1 && first.kind === 'date' && !first.fuzzy && first.h === undefined && opensForService(f.text, first)) {
      // "động chính thức mở cửa đón khách vào ngày 3-9-2010": the day a place opens (or opens again) is the start of
      // the time it is open, which runs on.
      b.set('from', formatDay(startOf(first)!, first, style, false), first.span);
      b.set('to', null, first.span);
    } else if (singles.length === 1 && first.kind === 'date' && !first.fuzzy) {
      // "09/12/2019 | 07:45 GMT+7": a byline's clock time set apart from its date is the date's.
      if (first.h === undefined && f.times.length === 1 && first.y !== undefined && !f.pods.length) {
        first.h = Number(f.times[0]!.time.slice(0, 2));
        first.min = Number(f.times[0]!.time.slice(3));
        first.span = cover(first.span, f.times[0]!.span)!;
      }
      const s = startOf(first)!;
      b.set('date', formatDay(s, first, style, false), first.span);
      if (first.h !== undefined) {
        // A single instant: its day and time, and the instant as a span of no length (from = to).
        b.set('timeOfDay', clock(first.h, first.min ?? 0), first.span);
        if (first.y !== undefined && style === 'iso') {
          const instant = isoDateTime(first.y, s.m, s.d, first.h, first.min ?? 0);
          b.set('from', instant, first.span);
          b.set('to', instant, first.span);
        }
      }
    } else {
      // Times named apart, in any order ("tháng 12/2024 và tháng 3/2024"): the span that covers them all.
      // A time with no day of its own (startOf/endOf answer null) takes no part.
      const starts = singles.map((p) => ({ p, d: startOf(p) })).filter((x) => x.d !== null);
      const ends = singles.map((p) => ({ p, d: endOf(p) })).filter((x) => x.d !== null);
      const key = (d: { y?: number; m: number; d: number }) => (d.y ?? 0) * 10000 + d.m * 100 + d.d;
      const earliest = starts.reduce<(typeof starts)[number] | undefined>((a, x) => (!a || key(x.d!) < key(a.d!) ? x : a), undefined);
      const latest = ends.reduce<(typeof ends)[number] | undefined>((a, x) => (!a || key(x.d!) > key(a.d!) ? x : a), undefined);
      // A list of days that share a month ("ngày 5, 3/4/2024") out of order is the writer's slip, refused as a reversed span.
      const dayList = singles.filter((p) => p.kind === 'date' || p.kind === 'day');
      const inOrder =
        dayList.some((p, k) => dayList.slice(0, k).some((q) => q.m === p.m && q.y === p.y)) ||
        singles.every((p, k) => k === 0 || !startOf(p) || !startOf(singles[k - 1]!) || key(startOf(p)!) >= key(startOf(singles[k - 1]!)!));
      // In order, the first and the last; a first (or last) that names no day of its own ("ngày 01, … tháng 7
      // năm 2022") gives way to the earliest (latest) that does.
      const fromFirst = inOrder && startOf(first) !== null;
      const toLast = inOrder && endOf(last) !== null;
      const s = fromFirst ? startOf(first) : earliest?.d;
      const e = toLast ? endOf(last) : latest?.d;
      const sp = fromFirst ? first : (earliest?.p ?? first);
      const ep = toLast ? last : (latest?.p ?? last);
      if (s) b.set('from', formatDay(s, sp, style, false), sp.span);
      if (e) b.set('to', formatDay(e, ep, style, false), ep.span);
    }
    // "Tháng 6 và tháng 12", "Quý I, III": the cover above, and each part that stands apart.
    const parts = singles.length === 1 ? separateParts(first) : undefined;
    if (parts)
      b.set(
        'spans',
        parts.map(([s, e]) => ({ from: formatDay(s, first, style, false), to: formatDay(e, first, style, false) })),
        first.span,
      );
    wrote = true;
  }
  // The span chosen for "đầu tháng 10", "đến cuối năm", "tuần đầu tiên của tháng 7" is a guess.
  const fz = (b.has('date') ? [] : f.points.map((x) => x.p)).find((p) => p.fuzzy || p.fuzzyLabel);
  if (fz) b.set('fuzzy', fuzzyLabelOf(fz)!, fz.span);

  if (!wrote && f.fuzzyYear && f.ref) {
    const p: TimePointFact = { kind: 'year', y: f.ref.y, fuzzy: f.fuzzyYear.fuzzy, span: f.fuzzyYear.span, yearFromRef: true };
    b.set('from', formatDay(startOf(p)!, p, 'iso', false), p.span);
    b.set('to', formatDay(endOf(p)!, p, 'iso', false), p.span);
    b.set('fuzzy', `${f.fuzzyYear.fuzzy} năm`, f.fuzzyYear.span);
    inferred = true;
    wrote = true;
  }

  // The date of the document named, when no other time is said (a pointer to that document's schedule stays unresolved).
  let documentDated = false;
  if (!wrote && f.documentDate && f.documentDate.y !== undefined) {
    const s = startOf(f.documentDate);
    if (s) b.set('date', formatDay(s, f.documentDate, 'iso', false), f.documentDate.span);
    wrote = documentDated = b.has('date');
  }

  if (!wrote && f.term) {
    b.set('from', `${f.term.from}-01-01`, f.term.span);
    b.set('to', `${f.term.to}-12-31`, f.term.span);
    wrote = true;
  }

  if (f.during && !wrote) {
    b.set('window', { event: f.during.event }, f.during.span);
    wrote = true;
  }
  // "Thứ Hai – Thứ Sáu: … từ 7h30 đến 11h30 và từ 13h00 đến 16h00": office hours, a weekly schedule of
  // named weekdays and hours with no date (round 12's weekly shape: `weekdays`, `timeRanges`).
  const weekly = !wrote && f.points.length === 0 && f.weekdays.length > 0 && (f.times.length > 0 || f.pods.length > 0);
  if (weekly) {
    const days = [...new Set(f.weekdays.flatMap((x) => x.wds))];
    const span = cover(...f.weekdays.map((x) => x.span))!;
    b.set('weekdays', days, span);
    if (f.timeRanges.length > 0)
      b.set(
        'timeRanges',
        f.timeRanges.map((r) => ({ from: r.from, to: r.to })),
        cover(...f.timeRanges.map((r) => r.span)),
      );
  }
  // "… triển khai dịch vụ cứu hộ 24/7" said of a dated start: the service runs round the clock, the time is the date.
  // Open from an event ("Sau khi lắp đặt camera, công an trực 24/24h"), it runs round the clock from then on.
  const openFromEvent = typeof b.get('from') === 'object' && b.get('from') !== null && b.get('to') === null && !b.has('date');
  const continuous = f.continuous ?? ((b.has('from') || b.has('date') || b.has('to')) && !openFromEvent ? undefined : f.roundTheClock);
  if (continuous) b.set('recurring', 'continuous', continuous);
  else if (weekly) b.set('recurring', 'weekly', cover(...f.weekdays.map((x) => x.span))!);
  else if (f.yearly) b.set('recurring', 'yearly', f.yearly);
  else if (f.recurringOther)
    b.set('recurring', f.recurringOther.per === 'day' ? 'daily' : `${f.recurringOther.per}ly`, f.recurringOther.span);
  // "Số liệu thực tế được lấy từ ngày 01 tháng 01 đến hết ngày 31 tháng 5": the figures of each year's report are taken
  // over the same days; the window recurs though "hằng năm" is not written.
  else if (reportingWindow && !ofReportingYear && f.reportingAnchor && wrote && b.has('from') && b.has('to'))
    b.set('recurring', 'yearly', f.reportingAnchor);

  if (!wrote && f.inYear && f.ref) {
    b.set('from', `${f.ref.y}-01-01`, f.inYear);
    b.set('to', `${f.ref.y}-12-31`, f.inYear);
    inferred = true;
    wrote = true;
  }

  // A window of days of named months ("ngày 15 của tháng trước kỳ báo cáo …") is anchored on the
  // reporting period; one of calendar months on the reporting year (as dev.jsonl).
  const onPeriod = [fromP, toP].some((p) => p?.monthRef !== undefined);
  // A season into the next year, with no report named, recurs each year; it is anchored on no reporting year.
  if (yearAfter && !f.reportingAnchor && !onPeriod && wrote) {
    if (!b.has('recurring')) b.set('recurring', 'yearly', cover(b.spans['from'], b.spans['to']));
  } else if ((reportingWindow || onPeriod) && wrote)
    b.set('anchor', onPeriod ? 'reporting period' : 'reporting year', f.reportingAnchor ?? cover(b.spans['from'], b.spans['to']));
  // The flags about years point at the dates that lacked one.
  const yearless = cover(...points.filter((p) => p.yearFromRef || p.y === undefined).map((p) => p.span)) ?? f.inYear ?? f.fuzzyYear?.span;
  if (inferred && wrote) b.set('yearInferred', true, yearless);
  if (unspecified && wrote) b.set('yearUnspecified', true, yearless);
  // A span of months equal to a quarter or a half year says so.
  const from = b.get('from');
  const to = b.get('to');
  if (from && to && typeof from === 'object' && typeof to === 'object' && 'month' in from && 'month' in to) {
    const fm = from as unknown as { month: number; day: number };
    const tm = to as unknown as { month: number };
    const key = `${fm.month}-${tm.month}`;
    if (QUARTER_OF[key] && fm.day === 1) b.set('equivalent', QUARTER_OF[key], cover(b.spans['from'], b.spans['to']));
  }

  if (f.onwards && (b.has('from') || b.has('to'))) {
    // An open end: the span runs on, each year.
    b.set('to', null, f.onwards);
    if (!b.has('recurring')) b.set('recurring', 'yearly', f.onwards);
  }
  if (f.tentativeDay && !b.has('date')) {
    const day = f.tentativeDay;
    day.y ??= points[points.length - 1]?.y;
    const s = startOf(day);
    if (s && s.y !== undefined) b.set('date', formatDay(s, day, 'iso', true), day.span);
  }
  if (f.horizon) b.set('horizon', f.horizon.value, f.horizon.span);
  // A pointer to a schedule elsewhere is `unresolved` only when it is all the phrase says ("Theo kế hoạch …, tháng 7 sẽ là …" gives the time).
  const dated = b.has('from') || b.has('to') || (b.has('date') && !documentDated);
  const tentative = f.tentative ?? (f.will && (dated || b.has('recurring')) ? f.will : undefined);
  if (tentative) b.set('tentative', true, tentative);
  if (f.unresolved && !dated) b.set('unresolved', true, f.unresolved);
  else if (f.pending && !wrote && !b.has('recurring')) b.set('unresolved', true, f.pending);
  if (f.yearsOfImplementation && !wrote && !f.unresolved) {
    b.set('unresolved', true, f.yearsOfImplementation.span);
    b.set('durationYears', f.yearsOfImplementation.n, f.yearsOfImplementation.span);
  }
  for (const d of f.durations) if (!b.has(d.field)) b.set(d.field, d.n, d.span);
  // "trong vòng 15 ngày, kể từ 0 giờ ngày 1/4/2020": a number of days from a written start ends on
  // its last day (the start counted as the first).
  const days = f.durations.length === 1 && f.durations[0]!.field === 'durationDays' ? f.durations[0]! : undefined;
  const start = b.get('from');
  const ymd = typeof start === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(start) : null;
  if (days && days.n >= 1 && Number.isInteger(days.n) && ymd && b.get('to') === null) {
    const first = dayNumberOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    b.set('to', fromDayNumber(first + days.n - 1), cover(days.span, b.spans['from'])!);
  }

  const usedTimes = f.points.some((x) => x.p.h !== undefined);
  if (!usedTimes && f.times.length > 0) {
    b.set(
      'timesOfDay',
      f.times.map((x) => x.time),
      cover(...f.times.map((x) => x.span)),
    );
    if (f.times.length === 1) b.set('timeOfDay', f.times[0]!.time, f.times[0]!.span);
  }
  const pods = f.pods.filter((p, k) => f.pods.findIndex((q) => q.pod === p.pod) === k);
  if (pods.length === 1) b.set('partOfDay', pods[0]!.pod, pods[0]!.span);
  if (pods.length > 1)
    b.set(
      'partsOfDay',
      pods.map((p) => p.pod),
      cover(...pods.map((p) => p.span)),
    );

  return (
    wrote ||
    b.has('recurring') ||
    b.has('horizon') ||
    b.has('unresolved') ||
    b.has('timesOfDay') ||
    f.durations.length > 0 ||
    b.has('tentative')
  );
}
