/**
 * Deadline phrases: "Trước ngày 30/11/2025" (the day itself excluded), "chậm nhất là ngày X"
 * (included), "trước tháng 10/2024" (= before 1 October), "trước ngày 20/11 hằng năm"
 * (a yearly "--11-20"), "trước ngày 15 của tháng" (a day of the month), "không quá 05 ngày
 * kể từ ngày …" (a delay after an event). The same rules read a report's deadline.
 */
import type { Span } from '../errors/domain-error.js';
import { NUMBER, numberValue } from './atoms.js';
import { EVENTS_HELD, PROCEDURE_TIME_WORDS, SMALL_NUMERAL_WORDS, WORD_NUMERALS } from './lexicon.js';
import {
  type Atom,
  type Match,
  type Pattern,
  type PhraseRule,
  after,
  ahead,
  alt,
  any,
  cap,
  end,
  many,
  not,
  opt,
  seq,
  sym,
  t,
  w,
} from './pattern.js';
import { monthRef, monthRefOf } from './month-ref.js';
import {
  EVENT_WORDS,
  LEAD_UNIT_WORDS,
  SCHEDULE_ELSEWHERE,
  eventText,
  horizonAt,
  isDocumentIssue,
  namesLaw,
  point,
  replaced,
} from './phrase-parts.js';
import { ReadingBuilder } from './reading-builder.js';
import type { RefDate } from './timeframe.rules.js';
import { capturedPoint } from './timeframe.rules.js';
import { type TimePointFact, endOf, formatMonthDay, fuzzyLabelOf, propagate, startOf } from './time-points.js';
import { clock, isoDate, isoDateTime, monthDay } from './calendar-dates.js';

type Field = 'before' | 'onOrBefore';

export interface DeadlineFacts {
  text: string;
  ref?: RefDate;
  /** Report deadlines recur with their period: a day without a year is yearly. */
  periodic: boolean;
  /** `yields`: the "đến" of a "từ … đến" window, or the day something starts: a deadline said as one comes before it. */
  /** `plain`: said with "vào", "trong" or "đến" only, which a latest day said after it ("chậm nhất là …") overrides. */
  /**
   * `lastDay`: said to be the latest or last day ("chậm nhất là …", "ngày đăng ký cuối cùng là 25/1"), which days said
   * plainly anywhere in the phrase yield to.
   */
  items: {
    field: Field;
    p: TimePointFact;
    yearly: boolean;
    nextYear?: boolean;
    yearBefore?: boolean;
    yields?: boolean;
    plain?: boolean;
    /** Said plainly after "sau" ("các chứng chỉ cấp sau ngày 01/7/2015"): a limit said in the phrase outweighs it. */
    afterDay?: boolean;
    lastDay?: boolean;
    span: Span;
  }[];
  /** `d` is 'last' for "ngày cuối cùng của tháng …". */
  dayOfMonth?: { field: Field; d: number | 'last'; month: string; monthly: boolean; span: Span; workingDays?: boolean };
  /** `beforeEvent`: a window that closes at the event ("Trong thời hạn 15 ngày trước ngày kết thúc …"), else one that opens at it. */
  within?: {
    amount: { [unit: string]: number };
    workingDays: boolean;
    workingHours?: boolean;
    event: string;
    /** The day it counts from, when that is given as a date ("kể từ ngày 01/01/2023"). */
    date?: string;
    /** The date's year is the page's (refDate). */
    yearInferred?: boolean;
    /** The date ("--MM-DD") is the same day each year. */
    yearly?: boolean;
    span: Span;
    beforeEvent?: boolean;
  };
  /**
   * "chậm nhất 07 ngày trước ngày tổ chức Hội nghị": a lead time before an event, so many days, hours ("trước
   * khi họp báo ít nhất 24 giờ") or minutes ("trước giờ xuất phát 90 phút"); written `daysBefore`, `hoursBefore`, `minutesBefore`.
   */
  ahead?: {
    field: Field;
    amount: number;
    unit: LeadUnit;
    workingDays: boolean;
    event: string;
    span: Span;
    floor?: boolean;
    ceiling?: boolean;
    /** "trước khi trồng 15-20 ngày": the longest lead of a range (amount is the shortest). */
    most?: number;
  };
  weekday?: { field: Field; weekday: string; time?: string; span: Span };
  /** "trước 17 giờ hàng ngày", "trước 23 giờ của ngày bắt đầu lưu trú", "Hôm nay, 28-7, … trước 17 giờ": a time of day. */
  clockTime?: { field: Field; time: string; daily: boolean; event?: string; day?: Atom; span: Span };
  tentative?: Span;
  /** "trước khi tổ chức Hội nghị" (before), "chậm nhất là ngày hẹn trả kết quả" (onOrBefore): a deadline at an event. */
  atEvent?: { field: Field; event: string; span: Span };
  /** "… được điều chỉnh sang trước ngày 20/6/2025": where the deadline that replaces the first one starts. */
  movedAt?: number;
  /** "năm nay": the year of the document, not a yearly date. */
  thisYear?: Span;
  /** "từ nay đến cuối năm", "trong năm nay": by the end of the document's year. */
  yearEnd?: Span;
  yearly?: Span;
  /** "theo thời gian quy định của UBND huyện": the deadline is set elsewhere. */
  unresolved?: Span;
}

export interface HasDeadline {
  dl: DeadlineFacts;
}

/** Verbs that move a limit ("lùi", "dời", "gia hạn" …), written before the day it is moved to. */
const MOVE_VERB = /(?<![\p{L}])(?:lùi|dời|hoãn|gia hạn|điều chỉnh|chuyển)(?![\p{L}])/iu;

/** A limit said to be the old one ("hạn cũ là ngày 28.2") or replaced ("thay cho thời hạn cũ 30/11/2016"). */
function superseded(text: string, at: number): boolean {
  return (
    replaced(text, at) || /(?<![\p{L}])(?:hạn|hạn chót|thời hạn|thời điểm)\s+cũ(?:\s+(?:là|vào))?(?:\s+ngày)?\s*$/iu.test(text.slice(0, at))
  );
}

/**
 * The one year written as "năm 2024" that names a contest, plan or event, or undefined: never a law's year, a school year
 * ("năm học 2022-2023" crosses two), nor the year of results reported ("báo cáo tổng kết năm 2024 trước ngày 15/1" falls in
 * the next year).
 */
function namingYear(text: string): number | undefined {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<![\p{L}])năm\s+((?:19|20)\d\d)(?![\d/-]|\.\d)/giu)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (namesLaw(text, m.index + m[0].length - 4) || /(?:tổng kết|sơ kết|báo cáo|kết quả|số liệu|thống kê)[^,.;:]*$/iu.test(before))
      return undefined;
    years.add(Number(m[1]));
  }
  return years.size === 1 && !/(?<![\p{L}])năm học(?![\p{L}])/iu.test(text) ? [...years][0] : undefined;
}

/** "từ nay đến …", "kể từ bây giờ …": the limit written after it is still to come. */
const FROM_NOW = /(?<![\p{L}])từ (?:nay|bây giờ|hôm nay|giờ)(?![\p{L}])/iu;

export function newDeadlineFacts(text: string, ref: RefDate | undefined, periodic: boolean): DeadlineFacts {
  return { text, ref, periodic, items: [] };
}

/** "hằng năm"; "(trước ngày 20 tháng 12) của kỳ báo cáo", "… của năm báo cáo": a day of each reporting year. */
const YEARLY = alt(
  t('PERIOD', (x) => x.v.per === 'year' && x.v.how === 'every'),
  // Right after the day and month ("ngày 31/01 năm sau của năm báo cáo" is the next year's), and not "kỳ báo cáo kế tiếp".
  seq(
    after((prev) => prev?.type === 'DATE'),
    w('của', 'trong'),
    w('năm báo cáo', 'kỳ báo cáo'),
    not(w('kế tiếp', 'tiếp theo', 'sau', 'trước', 'liền kề')),
  ),
);
const BEFORE = w('trước', 'trước ngày', 'hoàn thành trước', 'gửi trước', 'xong trước');
const ON_OR_BEFORE = w(
  'chậm nhất',
  'chậm nhất là',
  'chậm nhất vào',
  'muộn nhất',
  'muộn nhất là',
  'trễ nhất',
  'trễ nhất là',
  // "trễ nhất là đến tháng 8-2017": the latest day, said with "đến".
  'chậm nhất là đến',
  'muộn nhất là đến',
  'trễ nhất là đến',
  'hạn chót',
  'hạn cuối',
  'đến hết',
  'tới hết',
  'trước hoặc trong',
  'trước hoặc vào',
  'không muộn hơn',
  'không chậm hơn',
  'không trễ hơn',
  'hạn',
  'hạn nộp',
  'đến',
  'trong',
  'vào',
);
const WITHIN_UNITS: Record<string, string> = { ngày: 'days', tuần: 'weeks', tháng: 'months', năm: 'years' };
/** What opens a limit: "trong vòng", "trong thời hạn", "chậm nhất", "không quá" … */
const WITHIN_OPENER = alt(
  t('QUAL', (x) => x.v.qual === 'atMost'),
  w('trong vòng', 'trong thời hạn', 'trong thời gian', 'trong khoảng thời gian', 'chậm nhất', 'chậm nhất là', 'không quá', 'tối đa'),
);
/** "24 giờ", "06 tiếng": a length in whole hours, one atom. */
const WHOLE_HOURS = t('DUR', (x) => x.v.min === x.v.max && (x.v.min ?? 0) > 0 && (x.v.min ?? 0) % 60 === 0);
/** Whole hours captured as 'dur', "làm việc" after them ("8 giờ làm việc": hours of the working day) as 'wh'. */
const HOURS_LIMIT = seq(cap('dur', WHOLE_HOURS), opt(cap('wh', w('làm việc'))));
/**
 * "thời hạn là 24h": whole hours written as a clock ("24h", "12h") where a length is due, and no day follows
 * (so not "17h ngày 5/6"), captured as 'clk'.
 */
const HOURS_AS_CLOCK = seq(
  cap(
    'clk',
    t('CLOCK', (x) => x.v.min === 0 && (x.v.h ?? 0) > 0 && /^\d{1,2}\s*h$/iu.test(x.raw)),
  ),
  not(alt(w('ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa'), t('DATE'), t('DAY'))),
);
/** Words that open the event a limit counts from ("kể từ", "tính từ", "từ"), which end what the time is for. */
const AFTER_STARTS = new Set(['kể', 'tính', 'từ']);
const AFTER_WORDS = w('kể từ', 'kể từ khi', 'từ', 'sau', 'sau khi', 'tính từ', 'kể từ ngày', 'từ ngày', 'tính từ ngày', 'sau ngày');
/** "của năm sau", "năm tiếp theo": the day falls in the year after. */
const NEXT_YEAR = seq(
  // "trước ngày 10 tháng 02 (10/02) năm sau": the day said again in figures, in brackets, before its year.
  opt(
    seq(
      sym('('),
      t('DATE', (x) => x.v.y === undefined),
      sym(')'),
    ),
  ),
  opt(w('của', 'trong')),
  // "trước ngày 10/01 của năm liền kề năm báo cáo": the year right after the reported one.
  alt(
    w('năm sau', 'năm tiếp theo', 'năm kế tiếp', 'năm liền sau'),
    seq(w('năm liền kề', 'năm kế tiếp'), opt(w('năm báo cáo', 'kỳ báo cáo', 'sau'))),
  ),
);

/** "trước ngày 1/9 của năm trước năm đề nghị": a day of the year before the one a process is named for. */
const YEAR_BEFORE_OF = seq(
  opt(w('của', 'trong')),
  w('năm trước'),
  // The next "năm" may have been read as the numeral five.
  ahead(any((x) => x.low === 'năm' || x.low === 'kỳ')),
);

/**
 * An event that is the plan itself being issued or signed has the document's date. SCHEMA.md's
 * `{"event": …}` stays exactly that shape; the date known for it is a top-level extra field.
 */
function knownDateOf(event: string, ref: RefDate | undefined): string | undefined {
  return ref && isDocumentIssue(event) ? ref.iso : undefined;
}

/** An event's words up to the number of days that closes it ("bắt đầu khai thác, vận hành dự án | 15 ngày"): commas allowed. */
const EVENT_BEFORE_DAYS: Pattern = (a, i) => {
  let j = i;
  let words = 0;
  while (j < a.length && j - i < 16) {
    const x = a[j]!;
    if (x.type === 'W' && !Object.hasOwn(WORD_NUMERALS, x.low) && !['nếu', 'thì', 'để', 'và'].includes(x.low)) {
      words++;
      j++;
      continue;
    }
    if (x.type === 'SYM' && x.raw === ',' && words > 0 && a[j + 1]?.type === 'W') {
      j++;
      continue;
    }
    break;
  }
  return words > 0 ? j : -1;
};

const ON_OR_BEFORE_LEAD = w(
  'chậm nhất',
  'chậm nhất là',
  'muộn nhất',
  'muộn nhất là',
  'trễ nhất',
  'trễ nhất là',
  'không muộn hơn',
  'không chậm hơn',
  'không trễ hơn',
);

/** Words naming the day the figures are taken, not when they are due. */
const CUT_OFF_WORDS = ['thời điểm báo cáo', 'thời điểm chốt số liệu', 'thời điểm lấy số liệu', 'ngày chốt số liệu', 'thời điểm chốt'];
/** A deadline written later in the phrase. */
const LIMIT_LATER = /(?<![\p{L}])(?:thời hạn|hạn gửi|hạn nộp|chậm nhất|trước ngày)(?![\p{L}])/iu;

/** Words that end what a "thời hạn … là" names: the verb, or another time word. */
const LIMIT_IS_STOPS = new Set(['là', 'vào', 'trước', 'sau', 'chậm', 'đến', 'tới', 'từ', 'trong', 'kể', 'tính', 'không', 'ngày']);

type LeadUnit = 'days' | 'hours' | 'minutes' | 'weeks' | 'months';

/** A lead time given as a duration atom: whole hours when written in hours ("24 giờ", "24 tiếng"), else minutes. */
function leadOfDuration(dur: Atom): { amount: number; unit: LeadUnit } {
  const minutes = dur.v.min!;
  return /phút/u.test(dur.low) || minutes % 60 !== 0 ? { amount: minutes, unit: 'minutes' } : { amount: minutes / 60, unit: 'hours' };
}

/** "trước ngày bầu cử 30 ngày", "Trước ngày hẹn ba hôm": the lead time closing the words of the event. */
const LEAD_AFTER_EVENT = new RegExp(
  `^(.*\\S)\\s+(\\d{1,3}|${SMALL_NUMERAL_WORDS.join('|')})\\s+(${[...LEAD_UNIT_WORDS].join('|')})(\\s+làm việc)?$`,
  'u',
);

/** The unit a lead time's number is written in: days unless "tuần" or "tháng" says otherwise. */
function leadUnitOf(word: string | undefined): LeadUnit {
  return word === 'tuần' ? 'weeks' : word === 'tháng' ? 'months' : 'days';
}

/** "trước …" excludes the day; "chậm nhất", "đến hết", "trước hoặc vào" include it. */
function fieldOf(m: Match): Field {
  const kw = m
    .all('kw')
    .map((x) => x.low)
    .join(' ');
  return /trước/u.test(kw) && !/hoặc/u.test(kw) ? 'before' : 'onOrBefore';
}

/** Whether "từ" opens a window in the few words before the match, in the same clause. */
function windowOpensBefore(m: Match): boolean {
  for (let j = m.from - 1; j >= 0 && j >= m.from - 6; j--) {
    const x = m.atoms[j]!;
    if (x.type === 'SYM' && (x.raw === ';' || x.raw === '.')) return false;
    if (x.type === 'W' && (x.low === 'từ' || x.low === 'từ ngày')) return true;
  }
  return false;
}

/** Whether the point matched is when something starts: "bắt đầu (vào|từ|lúc) (sáng) …". */
function startsAt(m: Match): boolean {
  let j = m.from - 1;
  while (j >= 0 && (m.atoms[j]!.type === 'POD' || ['vào', 'từ', 'lúc'].includes(m.atoms[j]!.low))) j--;
  return m.atoms[j]?.low === 'đầu' && m.atoms[j - 1]?.low === 'bắt';
}

/** The date captured as 'a' is the deadline (`field`), yearly or in the year after when the phrase says so. */
function pointAction(field: Field): (m: Match, c: HasDeadline) => boolean | void {
  return (m, c) => {
    const p = capturedPoint(m, 'a');
    if (!p) return false;
    // "hoàn thành trong 6 tháng", "Thời hạn lưu trú là 6 tháng": six or nine months that name no half of a
    // year, nor a year, are a length (read by deadline.limit-stated or deadline.within-no-event), no point.
    const at = m.get('apt');
    if (at?.type === 'HALF' && at.v.part === undefined && at.v.y === undefined) return false;
    c.dl.items.push({ field, p, yearly: m.has('yearly'), nextYear: m.has('next'), yearBefore: m.has('prev'), span: m.span() });
  };
}

const onOrBeforePoint = pointAction('onOrBefore');

/**
 * "không quá 05 ngày kể từ ngày …": N days (weeks, months) after an event; with `beforeEvent`, a window
 * of N that closes at the event ("Trong thời hạn 15 ngày trước ngày kết thúc …").
 */
function withinAction(m: Match, c: HasDeadline, beforeEvent = false): boolean | void {
  // "Trong thời hạn 6 tháng kể từ …": six months read as one atom (a half-year).
  const half = m.get('half');
  const n = half ? half.v.months : m.has('lo') ? rangeUpper(m) : numberValue(m.all('n'));
  const event = eventOf(m, c);
  if (n === undefined || !event || c.dl.within) return false;
  const amount = m.has('lo') ? rangeAmount(m, n) : { [half ? 'months' : WITHIN_UNITS[m.get('u')!.low]!]: n };
  if (!amount) return false;
  c.dl.within = {
    amount,
    workingDays: m.has('wd'),
    event,
    span: m.span(),
    ...(beforeEvent ? { beforeEvent } : {}),
  };
}

/** The two lengths of RANGE_LENGTH ("5-7 ngày" → {daysMin: 5, daysMax: 7}), or undefined when the lower is not lower. */
function rangeAmount(m: Match, n: number): Record<string, number> | undefined {
  const lo = numberValue(m.all('lo'));
  if (lo === undefined || !(lo > 0) || !(lo < n)) return undefined;
  const unit = m.has('hiHalf') ? 'months' : WITHIN_UNITS[m.get('u')!.low]!;
  return { [`${unit}Min`]: lo, [`${unit}Max`]: n };
}

/** The longer length of RANGE_LENGTH: its number, or six or nine months read as one atom ("từ 5 đến 6 tháng"). */
function rangeUpper(m: Match): number | undefined {
  return m.get('hiHalf')?.v.months ?? numberValue(m.all('n'));
}

/** "6 tháng" read as one atom, a half-year with no part or year named: six months as a length. */
const BARE_HALF = cap(
  'half',
  t('HALF', (x) => x.v.part === undefined && x.v.y === undefined && x.v.months === 6),
);

/** Words no event right before its length has: a limit or a clause of its own starts there. */
const NOT_IN_AFTER_EVENT = /,|(?<![\p{L}])(?:chậm|trong|không quá|tối đa|có|là|sẽ|phải|được)(?![\p{L}])/iu;

/** "trong vòng khoảng 4-5 tháng": about so long (SCHEMA.md's approx, said inside the limit). */
const ABOUT = t('QUAL', (x) => x.v.qual === 'approx');

/** A limit's length: digits, a decimal ("1,5 ngày"), or words ("năm ngày", "mười lăm ngày"). */
const LIMIT_N = cap('n', NUMBER);
/** "(đối với cấp, đổi)": a bracket that says which case a limit is for. */
const CASE_NOTE = seq(
  sym('('),
  not(AFTER_WORDS),
  many(
    any((x) => !(x.type === 'SYM' && (x.raw === ')' || x.raw === '('))),
    1,
    16,
  ),
  sym(')'),
);
/**
 * "1,5 ngày làm việc (đối với cấp, đổi) và 5 ngày (đối với cấp lại), kể từ …": the other cases' limits,
 * between the first limit and the event they all count from.
 */
const OTHER_CASES = seq(
  opt(CASE_NOTE),
  many(seq(opt(sym(',;')), w('và', 'hoặc'), NUMBER, w('ngày', 'tuần', 'tháng', 'năm'), opt(w('làm việc')), opt(CASE_NOTE)), 0, 3),
);

/**
 * What may stand between a length and the event it counts from: "12 tháng | đầu tiên | kể từ …" (the first so long), "5 năm
 * | (60 tháng) | kể từ …" (the length said again, or a case, in brackets).
 */
const LENGTH_ASIDE = seq(opt(w('đầu tiên')), opt(CASE_NOTE));

/** The event captured as 'ev': "kể từ ngày thụ lý", "trước ngày kết thúc …" make it that day ("ngày thụ lý"). */
function eventOf(m: Match, c: HasDeadline): string {
  const event = eventText(m.all('ev'), c.dl.text);
  if (!event) return '';
  const prefixDay = /(kể từ ngày|từ ngày|sau ngày|trước ngày)$/u.test(
    c.dl.text.slice(m.atoms[m.capture('ev')!.from - 2]?.start ?? 0, m.atoms[m.capture('ev')!.from - 1]!.end),
  );
  return prefixDay ? `ngày ${event}` : framedEvent(event, c.dl.text, m.atoms[m.capture('ev')!.from]!.start);
}

/**
 * "trước thời điểm bốc dỡ thủy sản": what comes first is "thời điểm …", as "trước ngày …" is "ngày …" (dev.jsonl
 * keeps a leading "ngày"). "khi" is a conjunction ("kể từ khi …", "trước khi …"): its event is what follows.
 */
function framedEvent(event: string, text: string, evStart: number): string {
  const before = text.slice(Math.max(0, evStart - 24), text.indexOf(event, evStart));
  if (/(?<![\p{L}])trước\s+thời điểm\s*$/iu.test(before)) return `thời điểm ${event}`;
  return event;
}

/** "ngày 15 của tháng cuối quý": a day of a month named relative to the period. */
const RELATIVE_MONTH = seq(opt(w('của', 'trong')), monthRef('mo'));

/** "05 ngày làm việc", "15 ngày làm việc hành chính": days counted as working days. */
/** Periods that "trước" right after them makes the previous one: "tháng trước", "năm trước", "kỳ trước". */
const PREVIOUS_OF = new Set(['tháng', 'năm', 'tuần', 'quý', 'kỳ']);
const WORKING = w('làm việc hành chính', 'làm việc');

/** "trong vòng 5-7 ngày làm việc", "từ 3 đến 5 ngày": a limit between two lengths, the lower captured as 'lo'. */
const RANGE_LENGTH = seq(
  opt(w('từ')),
  cap('lo', NUMBER),
  alt(sym('-–'), w('đến', 'tới')),
  alt(
    seq(LIMIT_N, cap('u', w('ngày', 'tuần', 'tháng', 'năm')), opt(cap('wd', WORKING))),
    // "từ 5 đến 6 tháng": the longer length is six (nine) months, read as one atom.
    cap(
      'hiHalf',
      t('HALF', (x) => x.v.part === undefined && x.v.y === undefined),
    ),
  ),
);

/** "trong vòng 24-48 giờ": two lengths in whole hours, one atom, captured as 'hours'. */
const HOURS_RANGE = cap(
  'hours',
  t('DUR', (x) => (x.v.min ?? 0) > 0 && x.v.min! < x.v.max! && x.v.min! % 60 === 0 && x.v.max! % 60 === 0),
);

/** The hours of HOURS_RANGE ("24-48 giờ" → {hoursMin: 24, hoursMax: 48}). */
function hoursRange(m: Match): Record<string, number> {
  const { min, max } = m.get('hours')!.v;
  return { hoursMin: min! / 60, hoursMax: max! / 60 };
}

/** A limit's length: so many days (working days), weeks, months or years, or whole hours. */
const LIMIT_LENGTH = alt(
  seq(LIMIT_N, cap('u', w('ngày', 'tuần', 'tháng', 'năm')), opt(cap('wd', WORKING))),
  HOURS_LIMIT,
  // "tối đa 6 tháng": six months read as one atom (a half-year).
  cap('half', t('HALF')),
  RANGE_LENGTH,
  // "trong thời gian từ 24-48 giờ"
  seq(opt(w('từ')), HOURS_RANGE),
);

/** "Sau 15 ngày", "sau 05 ngày làm việc": so long after, its number captured as 'n', its unit 'u', working days 'wd'. */
const AFTER_LENGTH = seq(w('sau'), LIMIT_N, cap('u', w('ngày', 'tuần', 'tháng')), opt(cap('wd', WORKING)));

/** Words after "sau N ngày" that name no event ("sau 10 ngày nữa", "sau 3 ngày đó", "sau 5 ngày thì …"). */
const AFTER_LENGTH_NO_EVENT = ['nữa', 'đó', 'này', 'ấy', 'thì', 'là', 'mới', 'đã', 'liên tục', 'liên tiếp', 'tiếp theo'];

/**
 * "Sau khi nhận đủ hồ sơ hợp lệ, UBND xã giải quyết trong thời hạn 05 ngày làm việc": the event a sentence opens with is
 * where a limit with none of its own counts from, or '' (only a clause closed by its comma, before the limit). "2. Khi
 * nhận được thông báo của Ủy ban nhân dân cấp xã, … chậm nhất là 03 ngày phải …": "khi" opens it as "sau khi" does,
 * after a list mark or an item's number too.
 */
/** The opening of a sentence, with a list mark or an item's number ("- ", "2. ", "e) ") if it has one. */
const OPENING_MARK = String.raw`^\s*(?:[-–•+*]\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s*)?`;
/** "Sau khi …,", "Khi …," opening the sentence: the event, to its comma. */
const OPENING_KHI = new RegExp(`${OPENING_MARK}(?:sau\\s+)?khi\\s+([^,;:()]+?)\\s*,`, 'iu');
/** "Kể từ ngày …,", "Tính từ khi …," opening the sentence: where it counts from, to its comma. */
const OPENING_FROM = new RegExp(`${OPENING_MARK}(?:kể|tính)\\s+từ\\s+((?:ngày|khi|thời điểm)\\s+[^,;:()]+?)\\s*,`, 'iu');

function openingEvent(text: string, limitAt: number): string {
  const m = OPENING_KHI.exec(text);
  if (m && m.index + m[0].length <= limitAt) return m[1]!;
  // "e) Kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan … phải xem xét … trong thời gian 30 ngày": where it counts from, said
  // first ("ngày …" kept, as after "kể từ" elsewhere).
  const from = OPENING_FROM.exec(text);
  if (from && from.index + from[0].length <= limitAt) return from[1]!.replace(/^khi\s+/iu, '');
  // "… giữ nguyên số lượng … sau khi thực hiện sắp xếp, sáp nhập, bảo đảm trong thời hạn 05 năm": "sau khi" inside the
  // sentence, its clause closed by a comma before the limit, with no other event between.
  const inner = /(?<![\p{L}])sau\s+khi\s+([^;:()]+?)\s*,[^,;:()]*$/iu.exec(text.slice(0, limitAt));
  return inner ? inner[1]! : '';
}

/** A limit read by LIMIT_LENGTH, after the event captured as 'ev' when there is one, else from a start the sentence leaves implied. */
function limitAction(m: Match, c: HasDeadline): boolean | void {
  // "Đối với các chứng chỉ cấp sau ngày 01/7/2015 thì có thời hạn 5 năm kể từ ngày cấp": the day says which papers (it is
  // dropped when the limit is assembled).
  if (c.dl.within || c.dl.ahead || c.dl.items.some((x) => !x.afterDay)) return false;
  const event = m.has('ev') ? eventOf(m, c) : openingEvent(c.dl.text, m.span().start);
  if (m.has('ev') && !event) return false;
  if (m.has('dur')) {
    c.dl.within = { amount: { hours: m.get('dur')!.v.min! / 60 }, workingDays: false, workingHours: m.has('wh'), event, span: m.span() };
    return;
  }
  if (m.has('half')) {
    c.dl.within = { amount: { months: m.get('half')!.v.months! }, workingDays: false, event, span: m.span() };
    return;
  }
  if (m.has('clk')) {
    c.dl.within = { amount: { hours: m.get('clk')!.v.h! }, workingDays: false, event, span: m.span() };
    return;
  }
  if (m.has('hours')) {
    c.dl.within = { amount: hoursRange(m), workingDays: false, event, span: m.span() };
    return;
  }
  const n = m.has('lo') ? rangeUpper(m) : numberValue(m.all('n'));
  if (n === undefined || !(n > 0) || !Number.isInteger(n * 2)) return false;
  if (m.has('lo')) {
    const amount = rangeAmount(m, n);
    if (!amount) return false;
    c.dl.within = { amount, workingDays: m.has('wd'), event, span: m.span() };
    return;
  }
  c.dl.within = { amount: { [WITHIN_UNITS[m.get('u')!.low]!]: n }, workingDays: m.has('wd'), event, span: m.span() };
}

export const DEADLINE_RULES: readonly PhraseRule<HasDeadline>[] = [
  {
    // "trong thời hạn 30 ngày kể từ ngày 01/01/2023": a limit counted from a day named by its date (no deadline on that
    // day); "trong thời hạn 45 ngày, kể từ ngày 01 tháng 01 của năm tiếp theo": from a day of the next year, which is
    // the event it counts from, as written.
    name: 'deadline.within-from-date',
    pattern: seq(
      alt(WITHIN_OPENER, w('trong')),
      LIMIT_N,
      cap('u', w('ngày', 'tuần', 'tháng', 'năm')),
      opt(cap('wd', WORKING)),
      // "Trong 30 ngày (từ 9/10/2023)": the day it counts from may be said in brackets.
      alt(seq(opt(sym(',')), w('kể từ', 'tính từ')), seq(sym('('), w('kể từ', 'tính từ', 'từ'))),
      cap(
        'day',
        seq(
          opt(w('ngày')),
          t('DATE', (x) => x.v.d !== undefined && x.v.m !== undefined),
        ),
      ),
      opt(cap('next', seq(opt(w('của')), w('năm tiếp theo', 'năm sau', 'năm kế tiếp')))),
      opt(cap('yearly', YEARLY)),
    ),
    action: (m, c) => {
      if (c.dl.within) return false;
      const n = numberValue(m.all('n'));
      const date = m.all('day').at(-1)!;
      // A whole date is the day itself; a day and month with no year counts when "của năm tiếp theo" names it, or in the
      // year of the page ("trong thời hạn 30 ngày kể từ ngày 14-1", refDate in January 2026: 14 January 2026).
      if (n === undefined || (date.v.y !== undefined && m.has('next'))) return false;
      if (date.v.y === undefined && !m.has('next')) {
        const amount = { [WITHIN_UNITS[m.get('u')!.low]!]: n };
        // "kể từ ngày 01 tháng 9 hàng năm": the same day each year.
        if (m.has('yearly')) {
          c.dl.within = {
            amount,
            workingDays: m.has('wd'),
            event: '',
            date: monthDay(date.v.m!, date.v.d!),
            yearly: true,
            span: m.span(),
          };
          return;
        }
        // With no page date, or in a periodic rule, the day is the event as written.
        if (!c.dl.ref || c.dl.periodic) {
          const day = m.span('day');
          c.dl.within = { amount, workingDays: m.has('wd'), event: c.dl.text.slice(day.start, day.end), span: m.span() };
          return;
        }
        c.dl.within = {
          amount,
          workingDays: m.has('wd'),
          event: '',
          date: isoDate(c.dl.ref.y, date.v.m!, date.v.d!),
          yearInferred: true,
          span: m.span(),
        };
        return;
      }
      const amount = { [WITHIN_UNITS[m.get('u')!.low]!]: n };
      if (m.has('next')) {
        const at = m.span('day').start;
        c.dl.within = { amount, workingDays: m.has('wd'), event: c.dl.text.slice(at, m.span('next').end), span: m.span() };
        return;
      }
      c.dl.within = { amount, workingDays: m.has('wd'), event: '', date: isoDate(date.v.y!, date.v.m!, date.v.d!), span: m.span() };
    },
  },
  {
    name: 'deadline.within-days',
    pattern: seq(
      alt(WITHIN_OPENER, w('trong', 'sau')),
      opt(ABOUT),
      alt(seq(LIMIT_N, cap('u', w('ngày', 'tuần', 'tháng', 'năm')), opt(cap('wd', WORKING))), BARE_HALF, RANGE_LENGTH),
      opt(w('đầu tiên')),
      OTHER_CASES,
      // "chậm nhất 5 ngày (Kể từ ngày chuyển Email)": the event may be said in brackets.
      opt(sym(',(')),
      AFTER_WORDS,
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => withinAction(m, c),
  },
  {
    // "Sau 5-10 ngày kết thúc đợt thi sẽ công bố kết quả": so long after the event, written right before it.
    name: 'deadline.after-length-event',
    pattern: seq(
      w('sau'),
      alt(seq(LIMIT_N, cap('u', w('ngày', 'tuần', 'tháng')), opt(cap('wd', WORKING))), RANGE_LENGTH),
      not(w(...AFTER_LENGTH_NO_EVENT)),
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => withinAction(m, c),
  },
  {
    // "Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú", "Trong thời hạn 03 tháng, trước khi giấy phép
    // hết hạn": a window of so long that closes at the event (not a lead time of at least so long).
    name: 'deadline.within-before-event',
    pattern: seq(
      w('trong vòng', 'trong thời hạn'),
      LIMIT_N,
      cap('u', w('ngày', 'tuần', 'tháng', 'năm')),
      opt(cap('wd', WORKING)),
      opt(sym(',')),
      w('trước khi', 'trước ngày'),
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => withinAction(m, c, true),
  },
  {
    // "chậm nhất 06 tiếng, kể từ khi sự kiện xảy ra": a length in hours (read as one atom) after an event.
    name: 'deadline.within-hours',
    // "trước 24 giờ tính từ khi xảy ra thiên tai": hours counted from an event (read as a clock after "trước").
    pattern: seq(
      alt(
        // "trong vòng 24-48 giờ kể từ khi nhận mẫu": two lengths in hours; "chậm nhất 24 giờ kể từ khi …", "sớm nhất
        // không quá 24 giờ kể từ khi …": whole hours read as a clock after "nhất", a length once counted from an event.
        seq(
          WITHIN_OPENER,
          alt(
            HOURS_LIMIT,
            HOURS_RANGE,
            cap(
              'clk',
              t('CLOCK', (x) => x.v.min === 0 && (x.v.h ?? 0) > 0),
            ),
            // "chậm nhất 30 phút kể từ khi nhận được thông tin": a length in minutes.
            cap(
              'mins',
              t('DUR', (x) => x.v.min === x.v.max && (x.v.min ?? 0) > 0 && /phút/u.test(x.low)),
            ),
          ),
        ),
        seq(
          w('trước'),
          cap(
            'clk',
            t('CLOCK', (x) => x.v.min === 0 && (x.v.h ?? 0) > 0),
          ),
        ),
      ),
      opt(sym(',(')),
      AFTER_WORDS,
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => {
      const event = eventText(m.all('ev'), c.dl.text);
      if (!event || c.dl.within) return false;
      const amount = m.has('hours')
        ? hoursRange(m)
        : m.has('mins')
          ? { minutes: m.get('mins')!.v.min! }
          : { hours: m.has('dur') ? m.get('dur')!.v.min! / 60 : m.get('clk')!.v.h! };
      c.dl.within = { amount, workingDays: false, workingHours: m.has('wh'), event, span: m.span() };
    },
  },
  {
    // "Sau khi nhận được quyết định khen thưởng …, trong thời hạn 07 ngày làm việc, cơ quan … thông báo":
    // the event first, the delay after it.
    name: 'deadline.event-then-within',
    pattern: seq(
      w('sau khi', 'kể từ khi', 'kể từ ngày', 'kể từ'),
      cap('ev', EVENT_WORDS),
      opt(sym(',')),
      alt(
        t('QUAL', (x) => x.v.qual === 'atMost'),
        w('trong vòng', 'trong thời hạn', 'trong', 'chậm nhất', 'chậm nhất là', 'không quá', 'tối đa'),
      ),
      LIMIT_N,
      cap('u', w('ngày', 'tuần', 'tháng')),
      opt(cap('wd', WORKING)),
    ),
    action: (m, c) => withinAction(m, c),
  },
  {
    // "Chậm nhất là ngày thứ 90 kể từ ngày kết thúc năm tài chính", "… ngày thứ bốn mươi lăm, kể từ
    // ngày chấm dứt": the Nth day after an event, that day included, is a limit of N days.
    name: 'deadline.nth-day-after',
    pattern: seq(
      ON_OR_BEFORE_LEAD,
      w('ngày thứ'),
      cap(
        'n',
        alt(
          t('NUM'),
          t('WNUM'),
          many(
            t('W', (x) => WORD_NUMERALS[x.low] !== undefined),
            1,
            4,
          ),
        ),
      ),
      opt(sym(',')),
      AFTER_WORDS,
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => {
      const n = numberValue(m.all('n'));
      const event = eventOf(m, c);
      if (n === undefined || !Number.isInteger(n) || n < 1 || !event || c.dl.within) return false;
      c.dl.within = { amount: { days: n }, workingDays: false, event, span: m.span() };
    },
  },
  {
    // "ngay sau khi ban hành": at once after the event.
    name: 'deadline.at-once-after',
    pattern: seq(w('ngay sau khi', 'ngay khi', 'ngay sau'), cap('ev', EVENT_WORDS)),
    action: (m, c) => {
      const event = eventText(m.all('ev'), c.dl.text);
      if (!event || c.dl.within) return false;
      // "ngày 12 của tháng tiếp theo ngay sau kỳ báo cáo": which month follows the period, no limit of its own.
      if (['theo', 'tiếp', 'tháng', 'quý'].includes(m.atoms[m.from - 1]?.low ?? '')) return false;
      c.dl.within = { amount: { days: 0 }, workingDays: false, event, span: m.span() };
    },
  },
  {
    // "Điểm thưởng được cập nhật sau khi kết thúc chương trình từ 7 - 10 ngày làm việc", "công bố sau khi kết thúc cuộc
    // thi 15 ngày": so long after the event, written after it.
    name: 'deadline.after-event-days',
    pattern: seq(
      w('sau khi'),
      cap('ev', EVENT_BEFORE_DAYS),
      opt(ABOUT),
      opt(seq(cap('lo', t('NUM')), alt(sym('-–'), w('đến')))),
      cap('n', t('NUM')),
      cap('u', w('ngày', 'tuần', 'tháng')),
      opt(cap('wd', WORKING)),
    ),
    action: (m, c) => {
      if (c.dl.within || c.dl.ahead) return false;
      const n = numberValue(m.all('n'));
      // The event's words run up to the number; "từ" before a range is no part of it.
      const event = eventText(m.all('ev'), c.dl.text).replace(/\s+từ$/u, '');
      // The length must follow the event at once: "sau khi nhận …, chậm nhất trong vòng 03 ngày", "sau khi nhận hợp
      // đồng bạn sẽ có 21 ngày" say the limit another way, read by the other rules.
      if (n === undefined || !event || NOT_IN_AFTER_EVENT.test(event)) return false;
      const unit = WITHIN_UNITS[m.get('u')!.low]!;
      const lo = m.has('lo') ? numberValue(m.all('lo')) : undefined;
      if (lo !== undefined && !(lo > 0 && lo < n)) return false;
      const amount = lo !== undefined ? { [`${unit}Min`]: lo, [`${unit}Max`]: n } : { [unit]: n };
      c.dl.within = { amount, workingDays: m.has('wd'), event, span: m.span() };
    },
  },
  {
    // "Trước khi bắt đầu khai thác, vận hành dự án 15 ngày", "Trước khi giấy phép … hết hiệu lực chín mươi (90)
    // ngày": the lead time written after the event.
    name: 'deadline.before-event-days',
    pattern: seq(
      w('trước khi'),
      cap('ev', EVENT_BEFORE_DAYS),
      opt(
        many(
          t('W', (x) => Object.hasOwn(WORD_NUMERALS, x.low)),
          1,
          3,
        ),
      ),
      // "Thời gian dự kiến sẽ công bố trước khi mở chào bán khoảng 1 tháng": about so long.
      opt(t('QUAL', (x) => x.v.qual === 'approx')),
      opt(sym('(')),
      cap('n', alt(t('NUM'), t('WNUM'))),
      opt(sym(')')),
      // "Lấp hố trước khi trồng 15-20 ngày": a range of leads.
      opt(seq(sym('-–'), cap('most', t('NUM')))),
      // In weeks or months too ("trước khi mở chào bán khoảng 1 tháng").
      alt(w('ngày'), cap('u', w('tuần', 'tháng'))),
      // "Trước khi khởi công xây dựng 7 ngày làm việc": working days.
      opt(cap('wd', WORKING)),
    ),
    action: (m, c) => {
      const days = numberValue(m.all('n'));
      const most = m.get('most')?.v.n;
      const written = c.dl.text.slice(m.span('ev').start, m.span('ev').end).trim();
      // "Trước khi có quyết định thu hồi đất, chậm nhất là 90 ngày": the bound said between the event and the
      // lead ("chậm nhất", "ít nhất") is no part of the event; the lead is then at least so long.
      const bound = /[\s,]+(?:chậm nhất|ít nhất|tối thiểu)(?:\s+là)?$/u.exec(written);
      const event = bound ? written.slice(0, bound.index) : written;
      if (days === undefined || !event || c.dl.ahead) return false;
      c.dl.ahead = {
        field: 'before',
        amount: days,
        unit: leadUnitOf(m.get('u')?.low),
        workingDays: m.has('wd'),
        event,
        span: m.span(),
        ...(bound ? { floor: true } : {}),
        ...(most !== undefined && most > days ? { most } : {}),
      };
    },
  },
  {
    // "chậm nhất 07 ngày trước ngày tổ chức Hội nghị", "trước ít nhất 05 ngày làm việc so với ngày khai mạc",
    // "tối thiểu 03 ngày làm việc trước khi thực hiện" (a floor on the lead time: before).
    // "Nộp hồ sơ 10 ngày trước ngày khai mạc", "đến sớm 30 phút trước thời gian xuất phát": a bare lead time too.
    name: 'deadline.days-before-event',
    pattern: seq(
      opt(
        alt(
          cap('kw', alt(ON_OR_BEFORE_LEAD, BEFORE)),
          // "Tối thiểu trước 03 ngày làm việc trước khi thực hiện khuyến mại": the floor, then "trước" said twice.
          seq(
            cap(
              'floor',
              t('QUAL', (x) => x.v.qual === 'atLeast'),
            ),
            opt(cap('floorKw', w('trước'))),
          ),
        ),
      ),
      opt(cap('q', t('QUAL'))),
      // "chậm nhất là hai mươi tư (24) tiếng đồng hồ trước khi họp báo": a lead time of hours or minutes.
      // "nộp 02 tháng trước tuần Add/Drop", "2 tuần trước ngày thi": in weeks or months too.
      alt(
        seq(
          // "Bón lót 15-20 ngày trước khi trồng", "từ 10 đến 15 ngày trước ngày khai mạc": a range of leads.
          opt(seq(cap('least', t('NUM')), alt(sym('-–'), w('đến')))),
          cap('n', alt(t('NUM'), t('WNUM'))),
          alt(w('ngày'), cap('u', w('tuần', 'tháng'))),
          opt(cap('wd', WORKING)),
        ),
        cap(
          'dur',
          t('DUR', (x) => x.v.min === x.v.max),
        ),
        // "thông báo trước ít nhất 01 giờ khi vào cảng": whole hours read as a clock, a lead before "khi"; "huỷ vé
        // trước 24h thời điểm xe khởi hành": before the event held.
        seq(
          cap(
            'clk',
            t('CLOCK', (x) => x.v.min === 0 && /giờ|tiếng|h$/u.test(x.low)),
          ),
          ahead(w('khi', 'trước', ...EVENTS_HELD)),
        ),
      ),
      // "trước 30 ngày tính đến ngày bầu cử": counted back from the event; "Chậm nhất là 07 ngày làm việc, trước
      // ngày tiếp xúc cử tri": a comma may set the lead apart.
      opt(cap('comma', sym(','))),
      // After "trước" and the lead, "khi" alone opens the event ("thông báo trước ít nhất 01 giờ khi vào cảng"), or
      // nothing does when the event opens with what is held ("gửi tài liệu trước 05 ngày tổ chức phiên họp").
      alt(seq(w('trước'), opt(w('khi'))), w('so với', 'tính đến', 'tính tới'), cap('khi', w('khi')), cap('held', ahead(w(...EVENTS_HELD)))),
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => {
      // "Thông báo tối thiểu trước 48 giờ thực hiện dịch vụ": "trước" after the floor opens the lead as well.
      if ((m.has('khi') || m.has('held')) && m.get('kw')?.low !== 'trước' && !m.has('floorKw')) return false;
      const dur = m.get('dur');
      const clk = m.get('clk');
      const lead = dur
        ? leadOfDuration(dur)
        : clk
          ? { amount: clk.v.h, unit: 'hours' as const }
          : { amount: numberValue(m.all('n')), unit: leadUnitOf(m.get('u')?.low) };
      const least = m.get('least')?.v.n;
      const ranged = least !== undefined && lead.amount !== undefined && least < lead.amount;
      const named = eventText(m.all('ev'), c.dl.text);
      // "huỷ vé trước 24h thời điểm xe khởi hành": the moment named is the event, as "trước thời điểm …" keeps it.
      const event =
        named && m.has('held') && /^thời\s+điểm\s/iu.test(c.dl.text.slice(m.span('ev').start)) && !/^thời điểm/iu.test(named)
          ? `thời điểm ${named}`
          : named;
      if (lead.amount === undefined || !event) return false;
      // "Chậm nhất 20 ngày trước ngày diễn ra hoạt động": no later than 20 days ahead is at least 20 days ahead, a lead
      // time before the event with a floor, as "ít nhất 20 ngày trước" is.
      // "Chậm nhất là 3 ngày làm việc, trước ngày tiếp xúc cử tri": set apart by a comma, the lead time alone.
      const latest = m.has('kw') && fieldOf(m) === 'onOrBefore' && !m.has('comma');
      c.dl.ahead = {
        field: 'before',
        amount: ranged ? least : lead.amount,
        unit: lead.unit,
        workingDays: m.has('wd'),
        event,
        span: m.span(),
        floor: latest || m.has('floor') || m.all('q').some((x: Atom) => x.v.qual === 'atLeast'),
        ...(ranged ? { most: lead.amount } : {}),
      };
    },
  },
  {
    // "trước 16 giờ thứ Sáu hằng tuần": a weekly deadline.
    name: 'deadline.weekday',
    pattern: seq(
      cap('kw', alt(BEFORE, ON_OR_BEFORE)),
      opt(cap('c1', t('CLOCK'))),
      opt(w('ngày', 'vào', 'vào ngày')),
      cap(
        'wd',
        t('WEEKDAY', (x) => x.v.wds === undefined),
      ),
      opt(seq(opt(w('lúc')), cap('c2', t('CLOCK')))),
      // "chậm nhất là ngày thứ Sáu, 28/11/2025": the date decides.
      not(seq(opt(sym(',')), t('DATE'))),
    ),
    action: (m, c) => {
      const clk = m.get('c1') ?? m.get('c2');
      c.dl.weekday = {
        field: fieldOf(m),
        weekday: m.get('wd')!.v.wd!,
        ...(clk ? { time: clock(clk.v.h!, clk.v.min!) } : {}),
        span: m.span(),
      };
    },
  },
  {
    // "trước 17 giờ hàng ngày", "trước 23 giờ của ngày bắt đầu lưu trú", "… trước 17 giờ." with the day written
    // elsewhere in the phrase: a deadline at a time of day (a date right after it is read by deadline.before).
    name: 'deadline.clock',
    pattern: seq(
      cap('kw', alt(BEFORE, ON_OR_BEFORE)),
      cap('c', t('CLOCK')),
      opt(t('POD')),
      not(alt(t('DATE'), t('DAY'), t('WEEKDAY'), w('ngày'), seq(w('của'), t('DATE')))),
      opt(
        alt(
          cap(
            'daily',
            t('PERIOD', (x) => x.v.per === 'day'),
          ),
          seq(w('của'), cap('ev', EVENT_WORDS)),
        ),
      ),
    ),
    action: (m, c) => {
      if (c.dl.clockTime) return false;
      const clk = m.get('c')!;
      // "trước 24 giờ": the end of a day, which needs its day.
      if (clk.v.h === 24) return false;
      const event = m.has('ev') ? eventText(m.all('ev'), c.dl.text) : undefined;
      // The one day the phrase writes elsewhere ("Hôm nay, 28-7, …"), when it writes one.
      const days = m.atoms.filter((x) => x.type === 'DATE' && x.v.d !== undefined && x.v.lunar === undefined);
      // "hằng ngày gửi báo cáo trước 17 giờ": every day, wherever the phrase says so.
      const daily = m.has('daily') || m.atoms.some((x) => x.type === 'PERIOD' && x.v.per === 'day');
      c.dl.clockTime = {
        field: fieldOf(m),
        time: clock(clk.v.h!, clk.v.min!),
        daily,
        ...(event ? { event } : {}),
        ...(!event && !daily && days.length === 1 ? { day: days[0] } : {}),
        span: m.span(),
      };
    },
  },
  {
    name: 'deadline.day-of-month',
    pattern: seq(
      cap('kw', alt(BEFORE, ON_OR_BEFORE)),
      // "trước ngày cuối cùng của tháng cuối quý": the month's last day.
      // "Trước ngày làm việc thứ năm (05) của tháng tiếp theo", "Trước ngày thứ hai mươi (20) của quý tiếp theo": a day by
      // its rank, of the days or of the working days.
      alt(
        cap('d', t('DAY')),
        seq(opt(w('vào')), opt(w('ngày')), cap('last', w('cuối cùng'))),
        seq(
          opt(w('vào')),
          opt(w('ngày')),
          opt(cap('wd', WORKING)),
          w('thứ'),
          cap(
            'rank',
            t('NUM', (x) => Number.isInteger(x.v.n) && x.v.n! >= 1 && x.v.n! <= 31),
          ),
        ),
      ),
      alt(
        cap(
          'every',
          t('PERIOD', (x) => x.v.per === 'month'),
        ),
        RELATIVE_MONTH,
        seq(opt(w('của', 'trong')), cap('nextq', seq(w('quý'), w('tiếp theo', 'kế tiếp', 'liền kề', 'sau')))),
      ),
    ),
    action: (m, c) => {
      const field = fieldOf(m);
      // "trước ngày 05 tháng cuối cùng của mỗi quý": the last month of each quarter; "ngày thứ 20 của quý tiếp theo",
      // the 20th day of the next quarter, is in its first month.
      const mo = m.has('every')
        ? 'same month'
        : m.has('nextq')
          ? 'first month of the next quarter'
          : monthRefOf(m.atoms, m.capture('mo')!.from);
      const d = m.has('last') ? 'last' : m.has('rank') ? m.get('rank')!.v.n! : m.get('d')!.v.d!;
      // "trước ngày 25 hàng tháng (báo cáo tháng), trước ngày 25 tháng cuối quý (báo cáo quý)": the first stays the deadline.
      c.dl.dayOfMonth ??= { field, d, month: mo, monthly: m.has('every'), span: m.span(), ...(m.has('wd') ? { workingDays: true } : {}) };
    },
  },
  {
    // "Thời điểm báo cáo là 31/12; thời hạn gửi báo cáo là 15/1": the day the figures are taken is not
    // the deadline when one is written after it.
    name: 'deadline.cut-off-first',
    pattern: seq(w(...CUT_OFF_WORDS), opt(w('là', 'vào', 'tính đến')), point('a')),
    action: (m, c) => (LIMIT_LATER.test(c.dl.text.slice(m.span().end)) ? undefined : false),
  },
  {
    // "thời hạn gửi báo cáo là 30/10 hằng năm", "Thời hạn nộp hồ sơ là ngày 15/11/2024"; "Ngày đăng ký cuối cùng là
    // 25/1 và ngày thanh toán dự kiến vào 23/2": the day said to be the limit, or the last one.
    name: 'deadline.limit-is',
    pattern: seq(
      alt(
        seq(
          w('thời hạn', 'hạn', 'hạn cuối'),
          // "thời hạn tiếp nhận tác phẩm dự thi là ngày 10/8/2021": what is due, in a few words.
          many(
            t('W', (x) => !LIMIT_IS_STOPS.has(x.low)),
            0,
            9,
          ),
        ),
        w('cuối cùng'),
      ),
      w('là', 'là vào', 'vào'),
      opt(w('ngày')),
      point('a'),
      opt(alt(cap('next', NEXT_YEAR), cap('prev', YEAR_BEFORE_OF))),
      opt(cap('yearly', YEARLY)),
    ),
    action: lastDayPoint,
  },
  {
    // "trước ngày 10 và 20 hàng tháng": the first of the days named, each month.
    name: 'deadline.days-of-month',
    pattern: seq(
      cap('kw', alt(BEFORE, ON_OR_BEFORE)),
      cap('d', t('DAY')),
      many(
        seq(
          alt(sym(','), w('và')),
          t('NUM', (x) => Number.isInteger(x.v.n) && x.v.n! >= 1 && x.v.n! <= 31),
        ),
        1,
        5,
      ),
      cap(
        'every',
        t('PERIOD', (x) => x.v.per === 'month' && x.v.how === 'every'),
      ),
    ),
    action: (m, c) => {
      c.dl.dayOfMonth ??= { field: fieldOf(m), d: m.get('d')!.v.d!, month: 'same month', monthly: true, span: m.span() };
    },
  },
  {
    name: 'deadline.before',
    pattern: seq(BEFORE, point('a'), opt(alt(cap('next', NEXT_YEAR), cap('prev', YEAR_BEFORE_OF))), opt(cap('yearly', YEARLY))),
    action: pointAction('before'),
  },
  {
    name: 'deadline.on-or-before',
    pattern: seq(
      cap('kw', ON_OR_BEFORE),
      opt(w('là', 'ngày', 'vào', 'vào ngày', 'là ngày')),
      point('a'),
      opt(alt(cap('next', NEXT_YEAR), cap('prev', YEAR_BEFORE_OF))),
      opt(cap('yearly', YEARLY)),
    ),
    action: (m, c) => {
      // "mục tiêu giai đoạn đến năm 2025", "tầm nhìn đến năm 2030": the horizon of a stage or a vision, no deadline.
      if (m.get('kw')?.low === 'đến' && horizonAt(m.atoms, m.from)) return false;
      const before = c.dl.items.length;
      if (onOrBeforePoint(m, c) === false) return false;
      const kw = m
        .all('kw')
        .map((x: Atom) => x.low)
        .join(' ');
      const item = c.dl.items[c.dl.items.length - 1];
      if (item && c.dl.items.length > before) {
        if (['vào', 'trong', 'đến'].includes(kw)) item.plain = true;
        // "sẽ kết thúc vào cuối tháng 6, trễ nhất là đến tháng 8-2017": the latest day said overrides the expected one;
        // "chi trả trong hai ngày 31/8 và 1/9; … nhưng không muộn hơn 15/9": so it does days named bare.
        else if (/^(?:(?:chậm|muộn|trễ) nhất|không (?:muộn|chậm|trễ) hơn|hạn chót|hạn cuối)/u.test(kw))
          for (const x of c.dl.items.slice(before)) x.lastDay = true;
      }
      // "họp từ ngày 20/1 đến 10/3/2018; … chậm nhất là ngày 15/3/2018": the end of a window ("từ … đến")
      // yields to a deadline said as one, and so does a start ("bắt đầu vào 8h00 ngày …").
      if ((m.get('kw')?.low === 'đến' && windowOpensBefore(m)) || startsAt(m)) c.dl.items[c.dl.items.length - 1]!.yields = true;
    },
  },
  {
    // "trước ngày 10/6 và ngày 25/11": a second date with the same word.
    name: 'deadline.and-point',
    pattern: seq(alt(w('và', 'hoặc'), sym(',;')), opt(w('ngày')), point('a'), opt(cap('yearly', YEARLY))),
    action: (m, c) => {
      const last = c.dl.items[c.dl.items.length - 1];
      const p = capturedPoint(m, 'a');
      if (!last || !p || p.kind !== 'date') return false;
      // A closing "hằng năm" is said of every date in the list.
      if (m.has('yearly')) for (const item of c.dl.items) item.yearly = true;
      c.dl.items.push({ field: last.field, p, yearly: m.has('yearly') || last.yearly, span: m.span() });
    },
  },
  {
    // "trước ngày 15/6/2025 được điều chỉnh sang trước ngày 20/6/2025": the day it was moved to.
    name: 'deadline.moved',
    pattern: seq(
      alt(
        seq(w('chuyển', 'điều chỉnh'), opt(w('lại')), w('sang')),
        seq(w('dời', 'lùi', 'hoãn', 'gia hạn', 'điều chỉnh'), opt(w('lại')), w('sang', 'đến', 'tới')),
      ),
      opt(cap('kw', alt(BEFORE, ON_OR_BEFORE))),
      opt(w('ngày')),
      point('x'),
      opt(cap('yearly', YEARLY)),
    ),
    action: (m, c) => {
      const p = capturedPoint(m, 'x');
      if (!p || c.dl.movedAt !== undefined) return false;
      c.dl.movedAt = m.span().start;
      // "gia hạn đến ngày 20/11": no word of its own, so the first deadline's, else the day itself included.
      const field = m.has('kw') ? fieldOf(m) : (c.dl.items[0]?.field ?? 'onOrBefore');
      c.dl.items.push({ field, p, yearly: m.has('yearly'), span: m.span() });
    },
  },
  {
    // "lùi thời điểm nhận bài … từ ngày 25/02/2020 sang ngày 10/03/2020": the day it was moved to ("sang" is
    // a change; a span is "đến").
    name: 'deadline.moved-from-to',
    pattern: seq(w('từ'), opt(w('ngày')), point('y'), w('sang'), opt(cap('kw', alt(BEFORE, ON_OR_BEFORE))), opt(w('ngày')), point('x')),
    action: (m, c) => {
      const p = capturedPoint(m, 'x');
      if (!p || !capturedPoint(m, 'y') || c.dl.movedAt !== undefined) return false;
      c.dl.movedAt = m.span().start;
      const field = m.has('kw') ? fieldOf(m) : (c.dl.items[0]?.field ?? 'onOrBefore');
      c.dl.items.push({ field, p, yearly: false, span: m.span() });
    },
  },
  {
    // "lùi thời điểm nhận bài tham dự Cuộc thi … năm 2021 sang ngày 25.3": a limit moved, what it was said between.
    name: 'deadline.moved-to',
    pattern: seq(w('sang'), opt(cap('kw', alt(BEFORE, ON_OR_BEFORE))), opt(w('ngày')), point('x')),
    action: (m, c) => {
      const p = capturedPoint(m, 'x');
      if (!p || c.dl.movedAt !== undefined || !MOVE_VERB.test(c.dl.text.slice(0, m.span().start))) return false;
      c.dl.movedAt = m.span().start;
      const field = m.has('kw') ? fieldOf(m) : (c.dl.items[0]?.field ?? 'onOrBefore');
      c.dl.items.push({ field, p, yearly: false, span: m.span() });
    },
  },
  {
    // "Từ nay đến cuối năm", "chậm nhất đến hết năm nay", "hoàn thành trong năm nay": the last day of
    // the document's year (a year written after it is a point: "đến cuối năm 2024").
    name: 'deadline.year-end',
    pattern: seq(
      alt(ON_OR_BEFORE, w('trong')),
      opt(w('hết')),
      alt(seq(w('cuối năm'), opt(w('nay'))), w('năm nay')),
      not(alt(t('YEAR'), t('NUM'), w('sau', 'học', 'tài chính', 'báo cáo'))),
    ),
    action: (m, c) => {
      if (c.dl.yearEnd) return false;
      c.dl.yearEnd = m.span();
    },
  },
  {
    name: 'deadline.this-year',
    pattern: w('năm nay', 'trong năm nay'),
    action: (m, c) => {
      c.dl.thisYear = m.span();
    },
  },
  {
    name: 'deadline.tentative',
    pattern: w('dự kiến', 'dự định', 'tạm dự kiến'),
    action: (m, c) => {
      c.dl.tentative ??= m.span();
    },
  },
  {
    // "trước thời điểm tổ chức Hội nghị sơ kết 6 tháng": before an event.
    name: 'deadline.before-event',
    pattern: seq(
      cap('kw', w('trước', 'trước khi', 'trước thời điểm', 'trước ngày')),
      cap('ev', EVENT_WORDS),
      // "gởi trước ngày trao thưởng ít nhất 07 ngày": the lead time, with a floor, after the event; "trước khi
      // tổ chức họp báo ít nhất là 24 giờ", "trước giờ xuất phát 90 phút": one of hours or minutes.
      opt(
        alt(
          // Days, weeks or months after a floor, after "là" ("trước thời điểm hết hạn là 30 ngày": the lead said as
          // what it is) or after a ceiling ("trước khi sinh tối đa không quá 02 tháng": a lead of at most so long).
          seq(
            alt(
              t('QUAL', (x) => x.v.qual === 'atLeast'),
              w('là'),
              cap(
                'ceil',
                many(
                  t('QUAL', (x) => x.v.qual === 'atMost'),
                  1,
                  2,
                ),
              ),
            ),
            cap('n', alt(t('NUM'), t('WNUM'))),
            alt(w('ngày'), cap('u', w('tuần', 'tháng'))),
            opt(cap('wd', WORKING)),
          ),
          // "đón tiếp trước lịch học năm mới từ 2 đến 3 ngày", "trước ngày hẹn 2 - 3 hôm": a range of leads after the event.
          seq(
            opt(w('từ')),
            cap('lo', t('NUM')),
            alt(sym('-–'), w('đến')),
            cap('n', t('NUM')),
            alt(w('ngày', 'hôm'), cap('u', w('tuần', 'tháng'))),
            opt(cap('wd', WORKING)),
          ),
          // "chậm nhất trước giờ tàu chạy là 48 giờ": after "là" too.
          seq(
            opt(
              alt(
                t('QUAL', (x) => x.v.qual === 'atLeast'),
                w('là'),
              ),
            ),
            cap(
              'dur',
              t('DUR', (x) => x.v.min === x.v.max),
            ),
          ),
          // "… trước giờ tàu chạy là 24h": whole hours after "là", read as a clock, are a lead.
          seq(
            w('là'),
            cap(
              'clk',
              t('CLOCK', (x) => x.v.min === 0 && x.v.h! >= 1),
            ),
          ),
        ),
      ),
    ),
    action: (m, c) => {
      const event = eventText(m.all('ev'), c.dl.text);
      if (!event || c.dl.items.length > 0 || c.dl.atEvent) return false;
      const kw = m
        .all('kw')
        .map((x: Atom) => x.low)
        .join(' ');
      // "Trước mắt, tỉnh sẽ …": for the time being, no event.
      if (kw === 'trước' && /^mắt(?![\p{L}])/u.test(event)) return false;
      // "đã hoạt động trước đó được phép …", "như trước đây là 5 ngày": "before that", "before now" (earlier), no event.
      if (kw === 'trước' && /^(?:đó|đây)(?![\p{L}])/u.test(event)) return false;
      // "để xe hai bánh tự quản trước cửa nhà", "tập trung trước trụ sở UBND": "in front of" a place, no event.
      if (kw === 'trước' && /^(?:cửa|cổng|trụ sở|sân|nhà|mặt|hiên|quảng trường)(?![\p{L}])/iu.test(event)) return false;
      // "kết quả của tháng trước | về Sở": after a period's name, "trước" is "the previous one" ("03 tháng trước
      // khi …", a lead, has its number).
      const kwAt = m.capture('kw')!.from;
      if (kw === 'trước' && PREVIOUS_OF.has(m.atoms[kwAt - 1]?.low ?? '') && m.atoms[kwAt - 2]?.type !== 'NUM') return false;
      const named = kw === 'trước ngày' ? `ngày ${event}` : framedEvent(event, c.dl.text, m.atoms[m.capture('ev')!.from]!.start);
      const dur = m.get('dur');
      if (dur && !c.dl.ahead) {
        c.dl.ahead = { field: 'before', ...leadOfDuration(dur), workingDays: false, event: named, span: m.span() };
        return;
      }
      const clk = m.get('clk');
      if (clk && !c.dl.ahead) {
        c.dl.ahead = { field: 'before', amount: clk.v.h!, unit: 'hours', workingDays: false, event: named, span: m.span() };
        return;
      }
      const floorDays = m.has('n') ? numberValue(m.all('n')) : undefined;
      const lo = m.get('lo')?.v.n;
      if (lo !== undefined && !(floorDays !== undefined && lo > 0 && lo < floorDays)) return false;
      if (floorDays !== undefined && !c.dl.ahead) {
        c.dl.ahead = {
          field: 'before',
          amount: lo ?? floorDays,
          ...(lo !== undefined ? { most: floorDays } : {}),
          unit: m.has('u') ? leadUnitOf(m.get('u')!.low) : 'days',
          workingDays: m.has('wd'),
          event: named,
          span: m.span(),
          ...(m.has('ceil') ? { ceiling: true } : {}),
        };
        return;
      }
      // "trước ngày bầu cử 30 ngày", "trước ngày thi 2 tuần": the lead time written after the event.
      // "Trước ngày hẹn ba hôm": a small number in words, and "hôm" (days), too.
      const lead = LEAD_AFTER_EVENT.exec(named);
      // "trước thời điểm tổ chức Hội nghị sơ kết 6 tháng": months after a review name the period it reviews.
      const reviewed = lead?.[3] === 'tháng' && /(?:sơ kết|tổng kết|báo cáo|đánh giá|giao ban)$/iu.test(lead[1]!);
      if (lead && !reviewed && !c.dl.ahead) {
        c.dl.ahead = {
          field: 'before',
          amount: /^\d/u.test(lead[2]!) ? Number(lead[2]) : WORD_NUMERALS[lead[2]!]!,
          unit: leadUnitOf(lead[3]),
          workingDays: lead[4] !== undefined,
          event: lead[1]!,
          span: m.span(),
        };
        return;
      }
      c.dl.atEvent = { field: 'before', event: named, span: m.span() };
    },
  },
  {
    // "Thư xin lỗi phải được thực hiện chậm nhất là ngày hẹn trả kết quả": by a day named for an event, no date.
    name: 'deadline.by-event-day',
    pattern: seq(ON_OR_BEFORE_LEAD, opt(w('vào')), w('ngày'), cap('ev', EVENT_WORDS)),
    action: (m, c) => {
      const event = eventText(m.all('ev'), c.dl.text);
      if (!event || c.dl.items.length > 0 || c.dl.atEvent) return false;
      c.dl.atEvent = { field: 'onOrBefore', event: `ngày ${event}`, span: m.span() };
    },
  },
  {
    name: 'deadline.yearly',
    pattern: YEARLY,
    action: (m, c) => {
      c.dl.yearly = m.span();
    },
  },
];

/** A deadline given only as a point ("Quý III năm 2025" in a deadline column): by its end. */
export const DEADLINE_FALLBACK_RULES: readonly PhraseRule<HasDeadline>[] = [
  {
    // "Quy trình điều tra này có thể kéo dài từ 12 - 18 tháng": how long something may take, between two lengths.
    name: 'deadline.lasts-between',
    pattern: seq(w('kéo dài'), RANGE_LENGTH),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "người phát ngôn phải thông tin trong vòng 24 giờ", "trong thời hạn 05 ngày làm việc", "hoàn thành trong 6
    // tháng": a limit whose start the sentence leaves implied (the incident, the request); `within` without `after`.
    name: 'deadline.within-no-event',
    pattern: seq(alt(WITHIN_OPENER, w('trong')), opt(ABOUT), LIMIT_LENGTH),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "thời hạn đăng ký khai tử là 48 giờ, kể từ khi người đó chết", "Thời gian giải quyết: 12 ngày": the
    // limit given as the value of the time allowed, with or without the event it counts from.
    name: 'deadline.limit-stated',
    pattern: seq(
      alt(
        seq(
          // "thời hiệu khởi kiện là 02 năm", "Thời hiệu là 2 năm đối với …": a limitation period, as the classifier reads it.
          // "thời gian cấp C/O là một ngày", "thời gian đăng ký thế chấp … là 5 ngày làm việc": the time a procedure takes.
          w(
            'thời hạn',
            'thời hiệu',
            'thời gian giải quyết',
            'thời gian xử lý',
            'thời gian trả kết quả',
            'thời gian thực hiện',
            ...PROCEDURE_TIME_WORDS.map((x) => `thời gian ${x}`),
          ),
          // "thời hạn tạm trú tối đa cho mỗi lần đăng ký là 2 năm": the bound may be said before what it is of;
          // "thời hạn thẩm định dự án tu bổ di tích, báo cáo kinh tế - kỹ thuật tu bổ di tích là 7 ngày làm việc": what it
          // is of may be a list.
          many(
            any(
              (x) =>
                (x.type === 'W' && x.low !== 'là' && x.low !== 'trong') ||
                x.type === 'QUAL' ||
                // "C/O", "C/Q": a name written with a slash.
                (x.type === 'SYM' && (x.raw === ',' || x.raw === '-' || (x.raw === '/' && !x.spaceBefore))),
            ),
            0,
            24,
          ),
          // A procedure sheet's label may end its line instead ("Thời hạn giải quyết\n  Trực tiếp\n  • 08 Ngày làm
          // việc": the way of filing, then a bullet before the limit; line breaks are blanks by now).
          // A table's cell ends it with "|", the way of filing and a dash may follow: "Thời hạn giải quyết |\nTrực tiếp\n- 12 Ngày".
          alt(sym(':'), w('là'), sym('•'), seq(sym('|'), opt(w('trực tiếp', 'trực tuyến', 'qua bưu chính')), opt(sym('-–•')))),
        ),
        // "Thời hạn giải quyết\n\n15 ngày làm việc.": a procedure sheet's label, its value on the next line.
        w('thời hạn giải quyết', 'thời gian giải quyết', 'thời hạn xử lý', 'thời gian xử lý'),
      ),
      opt(
        alt(
          t('QUAL', (x) => x.v.qual === 'atMost'),
          w('tối đa', 'không quá'),
        ),
      ),
      alt(LIMIT_LENGTH, HOURS_AS_CLOCK),
      LENGTH_ASIDE,
      // "Thời hạn giải quyết: 03 ngày làm việc (Kể từ ngày nhận đủ hồ sơ hợp lệ)": the event may be said in brackets.
      opt(seq(opt(sym(',(')), AFTER_WORDS, cap('ev', EVENT_WORDS))),
    ),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "Giấy phép có giá trị 5 năm", "Có giá trị: 20 năm", "chứng chỉ có thời hạn 3 năm": how long a paper stays valid
    // is the limit (as "có giá trị trong thời hạn 36 tháng" is), with the event it counts from when one follows; so is
    // how long a product or a work stays under warranty ("Bảo hành 12 tháng", "thời hạn bảo hành 42 tháng").
    name: 'deadline.valid-for',
    pattern: seq(
      w('có giá trị sử dụng', 'có giá trị', 'giá trị sử dụng', 'có thời hạn', 'có hiệu lực', 'bảo hành', 'được bảo hành'),
      opt(alt(sym(':'), w('là'))),
      // "tối đa", "không quá" before a length are QUAL atoms.
      opt(t('QUAL', (x) => x.v.qual === 'atMost')),
      LIMIT_LENGTH,
      LENGTH_ASIDE,
      // "Thời hạn bảo hành 14 ngày được tính từ ngày kết thúc đấu giá".
      opt(seq(opt(sym(',(')), opt(w('được')), AFTER_WORDS, cap('ev', EVENT_WORDS))),
    ),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "thì thời hạn được kéo dài thêm 30 ngày", "thời gian này có thể kéo dài đến 30 ngày", "thời gian nâng lên thành 10
    // tuần": a time allowed, lengthened to or by so long, when the phrase gives no other limit.
    name: 'deadline.limit-extended',
    pattern: seq(
      w('thời hạn', 'thời gian'),
      many(
        t('W', (x) => !['là', 'trong', 'kéo', 'nâng', 'gia'].includes(x.low)),
        0,
        6,
      ),
      // "kéo dài 5 ngày" alone is how long something lasts: the time is lengthened by or to so long.
      alt(seq(w('kéo dài', 'gia hạn'), w('thêm', 'đến', 'tới')), w('nâng lên thành')),
      LIMIT_LENGTH,
    ),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "rút ngắn thời gian cấp Phiếu từ 10 ngày xuống còn 3 ngày", "thời gian … được rút ngắn từ năm ngày xuống còn ba
    // ngày": a time allowed, cut short from one length to another; the length it was cut to is the limit.
    name: 'deadline.limit-cut',
    pattern: seq(
      w('thời hạn', 'thời gian'),
      many(
        t('W', (x) => !['là', 'trong', 'từ'].includes(x.low)),
        0,
        12,
      ),
      w('từ'),
      // "từ năm ngày": "năm" is five before a length.
      alt(NUMBER, t('WNUM'), w('năm')),
      w('ngày', 'tuần', 'tháng', 'năm'),
      opt(WORKING),
      w('xuống còn', 'xuống'),
      LIMIT_LENGTH,
    ),
    action: (m, c) => {
      // Only a time said to be cut short ("rút ngắn"), right before it or in its words.
      const from = m.atoms[Math.max(0, m.from - 2)]!.start;
      if (!/(?<![\p{L}])rút ngắn(?![\p{L}])/iu.test(c.dl.text.slice(from, m.span().end))) return false;
      return limitAction(m, c);
    },
  },
  {
    // "07 ngày làm việc trừ trường hợp khẩn cấp": a procedure's time given as working days, nothing more.
    name: 'deadline.working-days',
    pattern: seq(
      after((prev) => prev === undefined || prev.type === 'SYM'),
      LIMIT_N,
      cap('u', w('ngày')),
      cap('wd', WORKING),
      not(seq(opt(sym(',(')), AFTER_WORDS)),
    ),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "03ngày", "… Bộ phận tiếp nhận và trả kết quả | 4 giờ": a length that ends the phrase, with no other time read, is
    // the time allowed (a procedure table's last cell).
    name: 'deadline.length-last',
    // "trong vòng 7-5 ngày": the upper end of a range (refused elsewhere as reversed) is no length of its own.
    pattern: seq(
      after(
        (prev) => !(prev && ((prev.type === 'SYM' && '-–'.includes(prev.raw)) || prev.type === 'NUM' || ['đến', 'tới'].includes(prev.low))),
      ),
      LIMIT_LENGTH,
      opt(sym('.;')),
      end,
    ),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "5 năm đối với đăng ký chính thức", "- 30 ngày đối với trường hợp cấp lại": a length opening the phrase, then the
    // case it is for (a procedure sheet's row of limits).
    name: 'deadline.length-for-case',
    pattern: seq(
      after((prev) => prev === undefined || prev.type === 'SYM'),
      LIMIT_N,
      cap('u', w('ngày', 'tuần', 'tháng', 'năm')),
      opt(cap('wd', WORKING)),
      ahead(w('đối với')),
    ),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "trong thời hạn quy định (30 ngày kể từ ngày đến sinh sống tại nơi ở trọ)": a length counted from an event, with
    // no word of a limit before it; "kể từ", "tính từ" make it one.
    name: 'deadline.length-from-event',
    // "Thời hạn bảo hành 14 ngày được tính từ ngày kết thúc đấu giá": counted from it.
    pattern: seq(
      LIMIT_LENGTH,
      opt(sym(',')),
      opt(w('được')),
      w('kể từ', 'tính từ', 'kể từ khi', 'tính từ khi', 'tính kể từ'),
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "Thời gian lấy ý kiến ít nhất là 20 ngày", "Sinh viên có ít nhất 15 ngày để nộp học phí kể từ ngày …", "… nhưng
    // không ít hơn 30 (ba mươi) ngày, kể từ ngày niêm yết": so long at least is allowed; not a lead time before an event
    // ("ít nhất 30 ngày trước ngày …").
    name: 'deadline.floor-length',
    pattern: seq(
      t('QUAL', (x) => x.v.qual === 'atLeast'),
      opt(w('là')),
      LIMIT_LENGTH,
      not(w('trước', 'sau')),
      opt(
        seq(
          opt(sym(',')),
          opt(
            seq(
              w('để'),
              many(
                t('W', (x) => !AFTER_STARTS.has(x.low)),
                1,
                8,
              ),
            ),
          ),
          AFTER_WORDS,
          cap('ev', EVENT_WORDS),
        ),
      ),
    ),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "Thời hạn giải quyết: 10\nPhí, lệ phí: 0": a procedure sheet's field whose figure is in days (the
    // sheets' column is headed "(ngày)"); a figure that ends the field (the text, a stop, or the next
    // field's capitalised label), never a year.
    name: 'deadline.limit-figure',
    pattern: seq(
      w('thời hạn giải quyết', 'thời gian giải quyết'),
      sym(':'),
      cap(
        'n',
        t('NUM', (x) => x.v.n! > 0 && x.v.n! <= 365),
      ),
      alt(
        sym(';.'),
        t('W', (x) => /^\p{Lu}/u.test(x.raw)),
        not(any(() => true)),
      ),
    ),
    action: (m, c) => {
      if (c.dl.within || c.dl.ahead || c.dl.items.length > 0) return false;
      c.dl.within = { amount: { days: m.get('n')!.v.n! }, workingDays: false, event: '', span: m.span() };
    },
  },
  {
    // "theo thời gian quy định của UBND huyện", "theo thông báo của Ban Tổ chức": set elsewhere.
    name: 'deadline.unresolved',
    pattern: seq(w('theo'), SCHEDULE_ELSEWHERE),
    action: (m, c) => {
      c.dl.unresolved ??= m.span();
    },
  },
  {
    // "thời hạn gửi báo cáo quý là 90 ngày kể từ ngày kết thúc quý": a deadline column gives the
    // delay alone, with no "không quá" before it.
    name: 'deadline.within-days-bare',
    pattern: seq(
      LIMIT_N,
      cap('u', w('ngày', 'tuần', 'tháng')),
      opt(cap('wd', WORKING)),
      OTHER_CASES,
      opt(sym(',')),
      w('kể từ', 'kể từ khi', 'tính từ', 'kể từ ngày', 'tính từ ngày'),
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => withinAction(m, c),
  },
  {
    // "Sau 15 ngày chương trình kết thúc, nếu vẫn chưa …", "Sau 7 ngày đăng tải, nếu không có ý kiến …": so long
    // after an event, with what happens if nothing came by then, is a limit counted from that event.
    name: 'deadline.after-then-if',
    pattern: seq(AFTER_LENGTH, opt(w('kể từ', 'kể từ khi', 'từ khi', 'khi')), cap('ev', EVENT_WORDS), sym(','), w('nếu')),
    action: (m, c) => withinAction(m, c),
  },
  {
    // "Sau 30 ngày nếu không có tranh chấp, …": so long, then what happens if nothing came; "Sau 05 ngày làm việc, Chủ
    // tịch Ủy ban nhân dân cấp xã … quyết định": so long, then what is done. No event named either way.
    name: 'deadline.after-length-no-event',
    pattern: seq(AFTER_LENGTH, alt(seq(opt(sym(',')), w('nếu')), seq(sym(','), not(AFTER_WORDS)))),
    action: (m, c) => limitAction(m, c),
  },
  {
    // "Trực tiếp |\n25 Ngày làm việc |", "Trực tiếp 19 Ngày 19 ngày (…)": a procedure sheet's row of ways of
    // filing, flattened; the time it takes to settle follows the way of filing. A limit counted from an event
    // written after it ("20 Ngày 20 ngày làm việc kể từ ngày nhận …") is left to the rule that reads the event.
    name: 'deadline.filing-way-limit',
    pattern: seq(w('trực tiếp', 'trực tuyến', 'dịch vụ bưu chính', 'qua bưu chính', 'bưu chính công ích'), opt(sym('|')), LIMIT_LENGTH),
    action: (m, c) => {
      if (/(?<![\p{L}])(?:kể|tính) từ(?![\p{L}])/iu.test(c.dl.text.slice(m.span().end))) return false;
      return limitAction(m, c);
    },
  },
  {
    // "Ngày 12 tháng sau tháng báo cáo" in a deadline column: that day of a month named relative
    // to the period, the day itself included.
    name: 'deadline.day-of-relative-month',
    pattern: seq(cap('d', t('DAY')), RELATIVE_MONTH),
    action: (m, c) => {
      if (c.dl.dayOfMonth) return false;
      const mo = monthRefOf(m.atoms, m.capture('mo')!.from);
      c.dl.dayOfMonth = { field: 'onOrBefore', d: m.get('d')!.v.d!, month: mo, monthly: false, span: m.span() };
    },
  },
  {
    name: 'deadline.by-point',
    pattern: seq(point('a'), opt(cap('yearly', YEARLY))),
    action: (m, c) => {
      const p = capturedPoint(m, 'a');
      if (!p) return false;
      // "Theo Luật Đất đai năm 2024, trong thời hạn …", "Điều 16 LHGĐTTTA năm 2020": a law's year names the law.
      if (p.kind === 'year' && namesLaw(c.dl.text, p.span.start)) return false;
      // "bắt đầu vào sáng 00h00 ngày 24/01/2022. Deadline nộp video là 23h59 ngày 11/03/2022": the day
      // something starts yields to another day, as a window's start would.
      c.dl.items.push({
        field: 'onOrBefore',
        p,
        yearly: m.has('yearly'),
        span: m.span(),
        plain: true,
        ...(m.atoms[m.from - 1]?.low === 'sau' ? { afterDay: true } : {}),
        // "Trong giai đoạn 2018 - 2020, Bộ … trình …": the first year of a span of years yields to its last.
        ...(startsAt(m) || (p.kind === 'year' && YEAR_SPAN_GOES_ON.test(c.dl.text.slice(m.span().end))) ? { yields: true } : {}),
      });
    },
  },
];

/** A day said to be the limit or the last one: days said plainly elsewhere in the phrase yield to it. */
function lastDayPoint(m: Match, c: { dl: DeadlineFacts }): boolean | void {
  const before = c.dl.items.length;
  if (onOrBeforePoint(m, c) === false) return false;
  for (const x of c.dl.items.slice(before)) x.lastDay = true;
}

/** "2018 - 2020" after the first year: the span of years goes on to a later one. */
const YEAR_SPAN_GOES_ON = /^\s*[-–]\s*(?:19|20)\d\d(?!\d)/u;

/** "…, tức là …", "nghĩa là": what follows says the same thing another way. */
const RESTATED = /(?<![\p{L}])(?:tức là|nghĩa là)(?![\p{L}])/iu;

// "có thể kéo dài đến 30 ngày": lengthened up to so long is a ceiling too.
const UPMOST = /(?<![\p{L}])(?:tối\s+đa|kéo\s+dài\s+(?:đến|tới))(?![\p{L}])/iu;
/**
 * "khoảng", "chừng", "tầm": about so long, SCHEMA.md's approx. Not "trong khoảng thời gian" (a way of saying "within") nor
 * "trong khoảng từ 1 đến 3 ngày" (the range the limit lies in).
 */
const ABOUT_WORD = /(?<![\p{L}])(?:khoảng(?!\s+(?:thời\s+gian|từ)(?![\p{L}]))|chừng|tầm)(?![\p{L}])/iu;
/** "ít nhất", "tối thiểu", "không ít hơn": a floor on the time allowed, SCHEMA.md's atLeast. */
const FLOOR = /(?<![\p{L}])(?:ít\s+nhất|tối\s+thiểu|không\s+ít\s+hơn)(?![\p{L}])/iu;

/** Writes the deadline fields into b. Returns false when nothing was read. */
export function assembleDeadline(d: DeadlineFacts, b: ReadingBuilder): boolean {
  // A day said after "sau" beside a limit says which things the limit is of.
  if (d.within) d.items = d.items.filter((x) => !x.afterDay);
  // "trong vòng 20 ngày kể từ ngày kết thúc quý, tức là báo cáo quý 1/2022 phải được công bố chậm nhất vào ngày
  // 20-4-2022": the day after "tức là" (that is) restates the limit as a date; the date is the deadline.
  if (d.within && d.items.some((x) => x.span.start >= d.within!.span.end && RESTATED.test(d.text.slice(d.within!.span.end, x.span.start))))
    d.within = undefined;
  if (d.within) {
    // SCHEMA.md's shape ({days, after: {event}}), working days said inside it ({days, workingDays: true, …}),
    // as every gold set written apart from SCHEMA.md since round 12 writes them.
    // "tối đa 11 ngày": a ceiling said in so many words is SCHEMA.md's atMost (the gold sets write it so for
    // "tối đa"; "trong thời hạn", "không quá" they write as the plain limit).
    // A bracket speaks of another case's limit ("(trường hợp cần lấy ý kiến thì tối đa …)").
    const said = d.text.slice(d.within.span.start, d.within.span.end).replace(/\([^()]*\)/gu, '');
    const ceiling = UPMOST.test(said);
    const floor = !ceiling && FLOOR.test(said);
    const about = ABOUT_WORD.test(said);
    b.set(
      'within',
      {
        ...d.within.amount,
        ...(d.within.workingDays ? { workingDays: true } : {}),
        ...(d.within.workingHours ? { workingHours: true } : {}),
        ...(ceiling ? { atMost: true } : {}),
        ...(floor ? { atLeast: true } : {}),
        ...(about ? { approx: true } : {}),
        ...(d.within.event ? { [d.within.beforeEvent ? 'before' : 'after']: { event: d.within.event } } : {}),
        ...(d.within.date ? { after: { date: d.within.date, ...(d.within.yearly ? { recurring: 'yearly' } : {}) } } : {}),
      },
      d.within.span,
    );
    const known = knownDateOf(d.within.event, d.ref);
    if (known) b.set('afterKnownDate', known, d.within.span);
    if (d.within.yearInferred) b.set('yearInferred', true, d.within.span);
  }
  if (d.weekday && !b.has(d.weekday.field)) {
    b.set(d.weekday.field, { weekday: d.weekday.weekday, ...(d.weekday.time ? { timeOfDay: d.weekday.time } : {}) }, d.weekday.span);
  }
  if (d.ahead) {
    const lead: Record<string, unknown> = { [`${d.ahead.unit}Before`]: d.ahead.amount, event: d.ahead.event };
    // "trước 2 tuần": weeks are so many days too (the gold sets write both, weeks beside the days).
    if (d.ahead.unit === 'weeks' && d.ahead.most === undefined) lead['daysBefore'] = d.ahead.amount * 7;
    if (d.ahead.workingDays) lead['workingDays'] = true;
    // "ít nhất 03 ngày làm việc trước ngày …": a floor said before the lead time is SCHEMA.md's atLeast. Said
    // after the event ("trước ngày khai mạc ít nhất 16 ngày"), every gold set writes the plain lead time.
    if (d.ahead.floor) lead['atLeast'] = true;
    if (d.ahead.ceiling) lead['atMost'] = true;
    if (d.ahead.most !== undefined) lead[`${d.ahead.unit}BeforeMax`] = d.ahead.most;
    b.set(d.ahead.field, lead, d.ahead.span);
  }
  if (d.dayOfMonth) {
    // "trước ngày 05 hằng tháng": the 5th of each month itself ("same month"), as dev.jsonl fills
    // in the month it says is implied.
    b.set(
      d.dayOfMonth.field,
      { dayOfMonth: d.dayOfMonth.d, ...(d.dayOfMonth.workingDays ? { workingDays: true } : {}), month: d.dayOfMonth.month },
      d.dayOfMonth.span,
    );
    if (d.dayOfMonth.monthly) b.set('recurring', 'monthly', d.dayOfMonth.span);
  }
  // "… Cuộc thi Đại sứ văn hóa đọc năm 2024 … đến hết ngày 10-6" with no document date: the one year that names what the
  // limit is for is its year.
  if (!d.ref && !d.periodic && d.yearly === undefined && d.items.length > 0 && d.items.every((x) => x.p.y === undefined && !x.yearly)) {
    const y = namingYear(d.text);
    if (y !== undefined) for (const x of d.items) if (x.p.m !== undefined) x.p.y = y;
  }
  const points = d.items.map((x) => x.p);
  propagate(points);
  if (d.items.some((x) => x.lastDay)) for (const x of d.items) if (x.plain) x.yields = true;
  // Those that yield go last (a stable sort: the others keep their order).
  d.items.sort((x, y) => Number(x.yields ?? false) - Number(y.yields ?? false));
  if (d.movedAt !== undefined && d.items.some((x) => x.span.start >= d.movedAt!))
    d.items = d.items.filter((x) => x.span.start >= d.movedAt!);
  // "(hạn cũ là ngày 28.2)", "thay cho thời hạn cũ 30/11/2016": a limit replaced is no limit.
  if (d.items.some((x) => !superseded(d.text, x.p.span.start))) d.items = d.items.filter((x) => !superseded(d.text, x.p.span.start));
  // "trước ngày 15/6 và trước ngày 15/12 hằng năm": a closing "hằng năm" is said of every day of
  // the list when none of them names its year.
  const listYearly = d.items.length > 1 && d.items.some((x) => x.yearly) && d.items.every((x) => x.p.y === undefined);
  for (const item of d.items) {
    // "trước 24 giờ ngày X": before the day ends, so X itself is included.
    if (item.p.endOfDay && item.field === 'before') item.field = 'onOrBefore';
    if (b.has(item.field)) continue;
    const p = item.p;
    if (p.kind === 'day' && p.m === undefined) {
      b.set(item.field, { dayOfMonth: p.d }, item.span);
      continue;
    }
    const day = item.field === 'before' ? startOf(p) : endOf(p);
    if (!day) continue;
    const yearly = item.yearly || listYearly || d.yearly !== undefined;
    if (item.yearBefore && p.y === undefined) {
      // "trước ngày 1/9 của năm trước năm đề nghị": relative to the year the process is for, as a repeating window's day.
      b.set(item.field, { month: day.m, day: day.d, yearOffset: -1 }, item.span);
      continue;
    }
    if (item.nextYear && p.y === undefined) {
      // "chậm nhất ngày 15/01 của năm sau": a day of the following year.
      if (yearly || d.periodic || !d.ref) {
        b.set(item.field, { month: day.m, day: day.d, yearOffset: 1 }, item.span);
        // The object is already relative to the reporting year; "hằng năm" written says so too.
        if (yearly) b.set('recurring', 'yearly', item.span);
      } else {
        b.set(item.field, isoDate(d.ref.y + 1, day.m, day.d), item.span);
        b.set('yearInferred', true, p.span);
      }
      continue;
    }
    if (p.y === undefined && d.thisYear && d.ref) {
      b.set(item.field, isoDate(d.ref.y, day.m, day.d), item.span);
      b.set('yearInferred', true, p.span);
      continue;
    }
    if (p.y === undefined && (yearly || d.periodic || !d.ref)) {
      // A yearly day is SCHEMA.md's "--MM-DD"; a day whose year is only unknown keeps the month and
      // day apart, as a timeframe's does ("trước ngày 31/3" on a page with no date).
      if (yearly || d.periodic) {
        b.set(item.field, formatMonthDay(day), item.span);
        b.set('recurring', 'yearly', item.span);
      } else {
        // "chậm nhất vào 17h ngày 8-7": the hour stays with the day.
        const time = p.h !== undefined ? { timeOfDay: clock(p.h, p.min ?? 0) } : {};
        b.set(item.field, { month: day.m, day: day.d, ...time }, item.span);
        b.set('yearUnspecified', true, p.span);
      }
      continue;
    }
    let y = p.y;
    if (y === undefined) {
      y = d.ref!.y;
      // "Thời gian đăng ký từ nay đến hết ngày 5/1" written on 31/12: a limit still to come falls in the next year.
      if (FROM_NOW.test(d.text.slice(0, item.span.start)) && isoDate(y, day.m, day.d) < d.ref!.iso) y += 1;
      b.set('yearInferred', true, p.span);
    } else if (p.yearFromRef) {
      // A lunar day given the page's year ("trước Rằm tháng Giêng").
      b.set('yearInferred', true, p.span);
    }
    b.set(item.field, p.h !== undefined ? isoDateTime(y, day.m, day.d, p.h, p.min ?? 0) : isoDate(y, day.m, day.d), item.span);
    if (yearly) b.set('recurring', 'yearly', d.yearly ?? item.span);
  }
  // "vào cuối tháng 11 hằng năm", "trước trung tuần tháng 10/2022": the day chosen for part of a month is a
  // guess, named as a timeframe names it.
  const guessed = d.items.find((x) => b.spans[x.field] === x.span && fuzzyLabelOf(x.p) !== undefined);
  if (guessed) b.set('fuzzy', fuzzyLabelOf(guessed.p)!, guessed.p.span);
  const ct = d.clockTime;
  if (ct && !b.has('before') && !b.has('onOrBefore') && !b.has('within')) {
    if (ct.day && (ct.day.v.y !== undefined || d.ref)) {
      const y = ct.day.v.y ?? d.ref!.y;
      const [h, min] = ct.time.split(':').map(Number) as [number, number];
      b.set(ct.field, isoDateTime(y, ct.day.v.m!, ct.day.v.d!, h, min), ct.span);
      if (ct.day.v.y === undefined) b.set('yearInferred', true, ct.span);
    } else if (d.ref && !ct.event && !ct.daily && !d.periodic && d.yearly === undefined) {
      // "Đến 17h nếu người dân không tự nguyện di dời, …" in a dated page: a clock time with no day of
      // its own is on the document's day.
      const [h, min] = ct.time.split(':').map(Number) as [number, number];
      b.set(ct.field, isoDateTime(d.ref.y, d.ref.m, d.ref.d, h, min), ct.span);
      b.set('yearInferred', true, ct.span);
    } else {
      b.set(ct.field, { ...(ct.event ? { event: ct.event } : {}), timeOfDay: ct.time }, ct.span);
      if (ct.daily) b.set('recurring', 'daily', ct.span);
    }
  }
  if (d.yearEnd && !b.has('before') && !b.has('onOrBefore') && !b.has('within')) {
    if (d.ref) {
      b.set('onOrBefore', isoDate(d.ref.y, 12, 31), d.yearEnd);
      b.set('yearInferred', true, d.yearEnd);
    } else {
      b.set('onOrBefore', { month: 12, day: 31 }, d.yearEnd);
      b.set('yearUnspecified', true, d.yearEnd);
    }
  }
  if (d.atEvent && !b.has(d.atEvent.field)) b.set(d.atEvent.field, { event: d.atEvent.event }, d.atEvent.span);
  // A pointer to a time set elsewhere is unresolved, never a guessed date.
  if (d.unresolved && !b.has('before') && !b.has('onOrBefore') && !b.has('within')) b.set('unresolved', true, d.unresolved);
  const found = b.has('before') || b.has('onOrBefore') || b.has('within') || b.has('unresolved');
  if (found && d.tentative) b.set('tentative', true, d.tentative);
  return found;
}
