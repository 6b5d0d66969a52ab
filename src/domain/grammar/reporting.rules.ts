/**
 * Reporting phrases: which periodic reports go up, and by when. "định kỳ hàng quý, 6 tháng,
 * 9 tháng, năm", "Báo cáo cải cách hành chính Quý III", "Báo cáo tháng gửi trước ngày 15 của
 * tháng", "Báo cáo 6 tháng gửi trước ngày 05/6".
 */
import type { Span } from '../errors/domain-error.js';
import { DEADLINE_RULES, type DeadlineFacts, assembleDeadline } from './deadline.rules.js';
import { numberValue } from './atoms.js';
import { PERIOD_WORDS } from './lexicon.js';
import { isoDate } from './calendar-dates.js';
import { FROM_WORDS, TO_WORDS, horizonAt, point } from './phrase-parts.js';
import { endOf, propagate, startOf } from './time-points.js';
import { capturedPoint } from './timeframe.rules.js';
import {
  type PhraseRule,
  type Match,
  after,
  ahead,
  alt,
  cap,
  end,
  many,
  opt,
  spanOf,
  start,
  startingWith,
  t,
  w,
  seq,
  sym,
  any,
} from './pattern.js';
import type { Atom } from './pattern.js';
import type { ReportingPeriod } from './phrase.types.js';
import { ReadingBuilder, cover } from './reading-builder.js';

export interface ReportingFacts {
  text: string;
  dl: DeadlineFacts;
  periods: { period: ReportingPeriod; span: Span }[];
  quarters: number[];
  quarterSpan?: Span;
  half?: { half: number; span: Span };
  year?: { y: number; span: Span };
  month?: { m: number; span: Span };
  adHoc?: Span;
  dataWindow?: { from: string | WindowDay; to: string | WindowDay; span: Span; months?: number; endMonth?: number };
  /** "Bỏ báo cáo … hàng tháng": the report named is dropped. */
  abolished?: Span;
  /** "định kỳ", "theo quy định": periodic, but the period is defined elsewhere. */
  periodicUnnamed?: Span;
  /** "…, phương hướng nhiệm vụ 3 tháng cuối năm": after a reviewed period, the periods planned next. */
  planned?: Span;
  /** "Hằng năm, chậm nhất vào ngày 15/7, … báo cáo … 6 tháng đầu năm": a sentence opened by "every year", which is the report's only if it names no other period. */
  yearlyFrame?: Span;
  /** "quý vừa qua", "trong tuần này": the period just gone or under way, the report's only if it names no other period. */
  currentPeriod?: { period: ReportingPeriod; span: Span };
  /** "(số liệu tính đến ngày 15/6/2024)": the day the report's data stop. */
  asOf?: { value: string | { month: number; day: number }; span: Span };
}

/** A day of a window that repeats each reporting year (SCHEMA.md's `{month, day, yearOffset}`). */
interface WindowDay {
  month: number;
  day: number;
  yearOffset: number;
}

/** Whole months from a to b, both days included (16/12 of the year before to 15/3 is 3). */
function monthsBetween(a: WindowDay, b: WindowDay): number {
  const days = (Date.UTC(2001 + b.yearOffset, b.month - 1, b.day) - Date.UTC(2001 + a.yearOffset, a.month - 1, a.day)) / 86_400_000 + 1;
  return Math.round(days / (365 / 12));
}

/**
 * "(Báo cáo tính từ ngày 01/01/2022 đến hết ngày 31/12/2022)": a dated window that is one whole month, quarter, half,
 * nine months or year of the calendar gives its length in months; any other dated window gives none.
 */
function calendarMonths(s: { y?: number; m?: number; d?: number }, e: { y?: number; m?: number; d?: number }): number | undefined {
  if (s.y === undefined || s.y !== e.y || s.m === undefined || e.m === undefined || s.d !== 1) return undefined;
  if (e.d !== new Date(Date.UTC(e.y, e.m, 0)).getUTCDate()) return undefined;
  const n = e.m - s.m + 1;
  if (n === 9) return s.m === 1 ? n : undefined;
  return [1, 3, 6, 12].includes(n) && (s.m - 1) % n === 0 ? n : undefined;
}

/** The report a data window of n months is for, when the phrase names none. */
const PERIOD_OF_WINDOW: Record<number, ReportingPeriod> = { 1: 'month', 3: 'quarter', 6: 'half-year', 9: 'nine-months', 12: 'year' };

function add(f: ReportingFacts, period: ReportingPeriod, span: Span): void {
  if (f.planned) return;
  if (!f.periods.some((p) => p.period === period)) f.periods.push({ period, span });
}

/** A named quarter ("quý I", "quý I, II/2024") is reported: the period, which quarters, and the year written on it. */
function reportQuarter(f: ReportingFacts, q: Atom, span: Span): void {
  add(f, 'quarter', span);
  for (const n of q.v.qs ?? []) if (!f.quarters.includes(n)) f.quarters.push(n);
  f.quarterSpan ??= span;
  if (q.v.y !== undefined && !f.year) f.year = { y: q.v.y, span };
}

/** A month a report is of ("báo cáo tháng 8", "kết quả … trong tháng 8"). */
function reportMonth(f: ReportingFacts, mo: Atom, span: Span): void {
  add(f, 'month', span);
  if (!f.month) f.month = { m: mo.v.m!, span };
}

/**
 * "6 tháng đầu năm", "9 tháng", "3 tháng đầu năm" (the first quarter's report) are reported; other spans of months are
 * not (false), but the year of "tháng 5 và 5 tháng năm 2024" (the months so far of a named year) is the report's.
 */
function reportHalf(f: ReportingFacts, h: Atom, span: Span): boolean {
  if (![3, 6, 9].includes(h.v.months!) && h.v.part === 'first' && h.v.y !== undefined) {
    f.year ??= { y: h.v.y, span };
    return true;
  }
  if (h.v.months === 9) add(f, 'nine-months', span);
  else if (h.v.months === 3) {
    add(f, 'quarter', span);
    const q = h.v.part === 'last' ? 4 : 1;
    if (!f.quarters.includes(q)) f.quarters.push(q);
    f.quarterSpan ??= span;
  } else if (h.v.months !== 6) return false;
  else {
    add(f, 'half-year', span);
    if (h.v.part && !f.half) f.half = { half: h.v.part === 'first' ? 1 : 2, span };
  }
  if (h.v.y !== undefined && !f.year) f.year = { y: h.v.y, span };
  return true;
}

/** Words that turn from the period reviewed to the work planned next. */
const PLAN_AHEAD = w(
  'phương hướng',
  'đề ra nhiệm vụ',
  'nhiệm vụ trọng tâm',
  'kế hoạch',
  'triển khai nhiệm vụ',
  'định hướng',
  // "kết quả … quý I/2023 và nhiệm vụ công tác quý II/2023", "… Quý 1 và triển khai chương trình công tác … năm 2020".
  'nhiệm vụ công tác',
  'triển khai chương trình',
);

const PERIOD_OF: Record<string, ReportingPeriod | undefined> = { week: 'week', month: 'month', quarter: 'quarter', year: 'year' };
/** The period words a report can be of: the lexicon's, but the day. */
const BARE_PERIOD = Object.fromEntries(Object.entries(PERIOD_WORDS).filter(([, p]) => p !== 'day')) as Record<string, ReportingPeriod>;

/** Words a weekly briefing or meeting is named with before its week: "giao ban tuần 2", "họp tuần". */
const WEEK_REVIEW_WORDS = new Set(['ban', 'họp']);
/** Where a bare "tháng" / "năm" names a report period: after "báo cáo", "định kỳ", in a list. */
// "ước lượng … theo quý và cho cấp tỉnh theo năm": "theo" a period says how often.
const LIST_CONTEXT = new Set(['cáo', 'kỳ', 'kết', 'và', 'hoặc', 'sơ', 'tổng', 'hàng', 'hằng', 'mỗi', 'cả', 'theo']);
const periodContext = (prev: { type: string; low: string; raw: string } | undefined): boolean =>
  prev === undefined ||
  (prev.type === 'W' && (LIST_CONTEXT.has(prev.low) || /^[\p{Lu}Đ]{2,}$/u.test(prev.raw))) ||
  (prev.type === 'SYM' && (prev.raw === ',' || prev.raw === ';' || prev.raw === ':' || prev.raw === '(')) ||
  prev.type === 'PERIOD' ||
  prev.type === 'HALF' ||
  prev.type === 'QUARTER';

/** "… dự án đầu tư quý, năm": a bare period word that a comma joins to another opens a list of periods, whatever precedes it. */
function opensPeriodList(a: readonly { type: string; low: string; raw: string }[], i: number): boolean {
  const next = a[i + 1];
  const other = a[i + 2];
  return (
    next?.type === 'SYM' && next.raw === ',' && other?.type === 'W' && Object.hasOwn(BARE_PERIOD, other.low) && other.low !== a[i]!.low
  );
}

/**
 * "định kỳ hàng tháng, quý, năm tổng hợp số liệu", "hằng quý, năm đánh giá": bare period words after "hàng tháng," (each after a comma)
 * go on its list, whatever verb follows them.
 */
function closesPeriodList(a: readonly Atom[], i: number): boolean {
  const comma = (k: number): boolean => a[k]?.type === 'SYM' && a[k]!.raw === ',';
  let k = i - 1;
  while (comma(k) && a[k - 1]?.type === 'W' && Object.hasOwn(BARE_PERIOD, a[k - 1]!.low)) k -= 2;
  return comma(k) && a[k - 1]?.type === 'PERIOD' && a[k - 1]!.v.how === 'every';
}

/** A bare period word ends the phrase or is followed by a list separator or the report's verb. */
const BARE_PERIOD_END = alt(
  seq(
    any(() => true),
    end,
  ),
  seq(
    any(() => true),
    ahead(
      alt(
        sym(',;.:()–-'),
        // "Báo cáo tháng là ngày 20 tháng sau", "Báo cáo năm lần 1: …".
        w(
          'và',
          'hoặc',
          'gửi',
          'báo cáo',
          'trước',
          'chậm',
          'nộp',
          'về',
          'theo',
          'của',
          'định kỳ',
          'đột xuất',
          'lồng ghép',
          'là',
          'lần',
          'kèm',
          // "báo cáo tuần vào chiều thứ Sáu", "báo cáo tháng vào ngày 20": when it is sent.
          'vào',
          // "công bố theo tháng cho cả nước": for whom.
          'cho',
          // "Báo cáo tháng công tác phòng chống sốt rét", "báo cáo quý tình hình …": what the report is of.
          'công tác',
          'tình hình',
          'kết quả',
        ),
        // "Báo cáo năm chính thức", "báo cáo tháng sơ bộ": the report's status after its period.
        w('chính thức', 'sơ bộ', 'ước tính', 'ước thực hiện'),
        // "báo cáo thống kê năm được tính từ …", "nộp báo cáo tài chính theo năm thì …" (the clause it conditions).
        w('được', 'thì'),
      ),
    ),
  ),
);

/**
 * "báo cáo tài chính năm", "Báo cáo công khai quyết toán năm trước", "Báo cáo Doanh thu dịch vụ viễn thông quý":
 * a period word closing the name of a report, "báo cáo" and at most nine words before it.
 */
function namedReportBefore(a: readonly Atom[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 10; k--) {
    const x = a[k]!;
    if (x.type !== 'W') return false;
    if (x.low === 'cáo' && a[k - 1]!.low === 'báo') return k < i - 1;
  }
  return false;
}

/** The periods of reports named between a match's first and last atoms ("báo cáo năm", "báo cáo tháng"). */
function periodsNamedInside(m: Match, f: ReportingFacts): void {
  for (let i = m.from + 1; i < m.to; i++) {
    const x = m.atoms[i]!;
    const afterReport = m.atoms[i - 1]!.low === 'cáo' && m.atoms[i - 2]?.low === 'báo';
    if (
      x.type === 'W' &&
      Object.hasOwn(BARE_PERIOD, x.low) &&
      (afterReport || namedReportBefore(m.atoms, i)) &&
      BARE_PERIOD_END(m.atoms, i, []) > i
    )
      add(f, BARE_PERIOD[x.low]!, spanOf(m.atoms, i, i + 1));
  }
}

/** Words that make a period after them the time a report is due: "gửi báo cáo trong tháng 12" ("báo cáo tổng hợp" is a kind of report). */
const DUE_BEFORE = /(?<![\p{L}])(?:gửi|nộp|hoàn thành|hoàn tất|xong|trình|chuyển|(?<!báo cáo )tổng hợp)(?![\p{L}])/iu;

/** Words of a review's results before the period they are of. */
const RESULTS_BEFORE = /(?<![\p{L}])(?:kết quả|sơ kết|tổng kết|đánh giá|giao ban)(?![\p{L}])/iu;

export const REPORTING_RULES: readonly PhraseRule<ReportingFacts>[] = [
  {
    // "(số liệu từ 15/12/2024 đến 14/12/2025)": the data a report covers, not its deadline.
    name: 'reporting.data-window',
    pattern: seq(
      opt(w('số liệu', 'chốt số liệu', 'số liệu tính', 'thời gian chốt số liệu')),
      opt(w('tính')),
      FROM_WORDS,
      point('a'),
      // "từ ngày 16 tháng 12 năm trước đến ngày 15 tháng 3": a window that starts the year before.
      opt(cap('prev', seq(opt(w('của')), w('năm trước', 'năm liền trước')))),
      TO_WORDS,
      point('b'),
      // "… đến hết ngày 30 tháng 6 hàng năm": the window repeats each year; it is not a yearly report.
      opt(t('PERIOD', (x) => x.v.per === 'year' && x.v.how === 'every')),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      const b = capturedPoint(m, 'b');
      if (!a || !b) return false;
      // "… đến hết ngày 31 thán" (a page cut mid-word): an end with no month of its own is not read.
      const endHasMonth = b.m !== undefined;
      propagate([a, b]);
      const s = startOf(a);
      const e = endOf(b);
      if (s?.y !== undefined && e?.y !== undefined) {
        const months = calendarMonths(s, e);
        f.dataWindow = {
          from: isoDate(s.y, s.m, s.d),
          to: isoDate(e.y, e.m, e.d),
          span: m.span(),
          ...(months ? { months, endMonth: e.m } : {}),
        };
      } else if (s && e && s.y === undefined && e.y === undefined && endHasMonth) {
        // No year: the window repeats each reporting year, and its length names the report.
        const from = { month: s.m, day: s.d, yearOffset: m.has('prev') ? -1 : 0 };
        const to = { month: e.m, day: e.d, yearOffset: 0 };
        f.dataWindow = { from, to, span: m.span(), months: monthsBetween(from, to), endMonth: e.m };
      }
    },
  },
  {
    // "(số liệu tính đến ngày 15/6/2024)", "chốt số liệu đến hết ngày 14/12": the day the data stop, not a deadline.
    name: 'reporting.data-as-of',
    pattern: seq(
      alt(seq(opt(w('số liệu', 'thời gian chốt số liệu')), w('tính đến', 'tính tới')), w('chốt số liệu đến', 'chốt số liệu tới')),
      opt(w('hết', 'thời điểm')),
      opt(w('ngày')),
      point('a'),
    ),
    action: (m, f) => {
      const a = capturedPoint(m, 'a');
      if (!a || a.kind !== 'date') return false;
      const e = endOf(a);
      if (!e) return false;
      f.asOf = { value: e.y !== undefined ? isoDate(e.y, e.m, e.d) : { month: e.m, day: e.d }, span: m.span() };
    },
  },
  {
    // "triển khai nhiệm vụ 3 tháng cuối năm", "phương hướng nhiệm vụ quý IV", "nhiệm vụ công tác trọng tâm tháng
    // 6/2017", "một số nội dung trọng tâm quý 2/2022", "đề ra chương trình công tác quý II": the tasks of the
    // coming period, not a report of it.
    name: 'reporting.coming-tasks',
    pattern: seq(
      alt(
        w('triển khai nhiệm vụ', 'triển khai kế hoạch', 'phương hướng nhiệm vụ', 'phương hướng, nhiệm vụ', 'phương hướng'),
        seq(w('nhiệm vụ'), opt(w('công tác')), w('trọng tâm')),
        seq(w('nội dung'), w('trọng tâm')),
        seq(w('đề ra', 'xây dựng', 'triển khai'), w('chương trình', 'kế hoạch'), w('công tác')),
      ),
      opt(w('công tác', 'trọng tâm', 'công tác trọng tâm')),
      cap('p', alt(t('HALF'), t('QUARTER'), t('MONTH'), t('YEAR'))),
    ),
    action: (m, f) => {
      // "sơ kết … 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024": once a period was reviewed,
      // the year written only on the coming one is the reviewed one's too (as reporting.plan-ahead reads it).
      const y = m.get('p')!.v.y;
      if (f.periods.length > 0 && y !== undefined && !f.year) f.year = { y, span: m.span('p') };
      return true;
    },
  },
  {
    // "5 tháng năm 2017", "11 tháng đầu năm 2024": so many months of a year, not that year's report.
    name: 'reporting.months-of-year',
    pattern: seq(
      t('NUM', (x) => x.v.n! >= 1 && x.v.n! <= 11 && ![3, 6, 9].includes(x.v.n!)),
      w('tháng', 'tháng đầu'),
      t('YEAR'),
    ),
    action: () => true,
  },
  {
    // "Bỏ báo cáo thanh tra định kỳ hàng tháng", "bãi bỏ báo cáo quý": a report that is dropped.
    name: 'reporting.abolished',
    pattern: seq(
      alt(
        start,
        after((prev) => prev?.type === 'SYM'),
      ),
      w('bỏ', 'bãi bỏ', 'thôi', 'không còn', 'không phải'),
      w('báo cáo', 'chế độ báo cáo', 'thực hiện báo cáo'),
      many(
        t('W', (x) => x.low !== 'và'),
        0,
        4,
      ),
      alt(t('QUARTER'), t('HALF'), t('PERIOD'), t('MONTH'), t('YEAR'), w('tháng', 'quý', 'năm', 'tuần')),
    ),
    action: (m, f) => {
      f.abolished ??= m.span();
    },
  },
  {
    // "(thay cho báo cáo quý IV)": the report named here is replaced, not due.
    name: 'reporting.replaced',
    pattern: seq(
      w('thay cho', 'thay thế', 'thay thế cho', 'không phải', 'không thực hiện', 'không phải thực hiện'),
      opt(w('báo cáo')),
      alt(t('QUARTER'), t('HALF'), t('PERIOD'), w('tháng', 'quý', 'năm', 'tuần')),
    ),
    action: () => true,
  },
  {
    // "Định kỳ 3 tháng/lần", "sáu tháng một lần": once every n months.
    name: 'reporting.once-every',
    pattern: seq(
      alt(
        seq(cap('n', alt(t('NUM'), t('WNUM'))), w('tháng')),
        cap(
          'h',
          t('HALF', (x) => x.v.part === undefined),
        ),
      ),
      alt(
        seq(sym('/'), opt(t('NUM', (x) => x.v.n === 1))),
        w('một'),
        t('WNUM', (x) => x.v.n === 1),
      ),
      w('lần'),
    ),
    action: (m, f) => {
      const months = m.has('h') ? m.get('h')!.v.months! : numberValue(m.all('n'));
      const period = ({ 1: 'month', 3: 'quarter', 6: 'half-year', 9: 'nine-months', 12: 'year' } as Record<number, ReportingPeriod>)[
        months ?? 0
      ];
      if (!period) return false;
      add(f, period, m.span());
    },
  },
  {
    // "Báo cáo 2 lần/năm", "4 lần/năm": so many reports a year is a report of each half, quarter or month.
    name: 'reporting.times-a-year',
    pattern: seq(
      cap(
        'n',
        t('NUM', (x) => [2, 4, 12].includes(x.v.n!)),
      ),
      w('lần'),
      // "/năm", "mỗi năm", "trong năm" are read as one period atom.
      alt(
        t('PERIOD', (x) => x.v.per === 'year'),
        seq(w('một'), w('năm')),
      ),
    ),
    action: (m, f) => {
      const n = m.get('n')!.v.n!;
      add(f, n === 2 ? 'half-year' : n === 4 ? 'quarter' : 'month', m.span());
    },
  },
  {
    // "Các cơ quan báo chí trong 9 tháng qua đã …": a review of the months just past is that
    // period's report, not a deadline at their end.
    name: 'reporting.months-past',
    pattern: seq(
      opt(w('trong', 'trong suốt', 'qua')),
      alt(
        seq(cap('n', alt(t('NUM'), t('WNUM'))), w('tháng')),
        // "Trong năm qua, các đơn vị đã hoàn thành …", "một năm qua": the past year.
        seq(opt(t('WNUM', (x) => x.v.n === 1)), cap('year', w('năm'))),
        cap(
          'h',
          t('HALF', (x) => x.v.part === undefined && x.v.y === undefined),
        ),
      ),
      w('qua', 'vừa qua', 'đã qua'),
    ),
    action: (m, f) => {
      const months = m.has('year') ? 12 : m.has('h') ? m.get('h')!.v.months! : numberValue(m.all('n'));
      const period = PERIOD_OF_WINDOW[months ?? 0];
      if (!period) return false;
      add(f, period, m.span());
    },
  },
  {
    // "báo cáo … trong 06 tháng đầu năm và hàng năm": the half (quarter) a report covers, not a limit "within" it.
    // "thông qua kết quả công tác Đảng trong tháng 8": after the results of a review, the month they are of.
    // "Trong tháng 10, Ban Tuyên giáo … tiếp tục …", "trong năm 2023, công tác tuyên truyền miệng …": with
    // nothing sent or finished before it, the month (year) of a review's paragraph; "gửi báo cáo trong tháng
    // 12" is when the report is due (the deadline rules read it).
    name: 'reporting.within-period',
    pattern: seq(w('trong'), cap('p', alt(t('HALF'), t('QUARTER'), t('MONTH'), t('YEAR')))),
    action: (m, f) => {
      const p = m.get('p')!;
      if (f.planned || (p.type === 'HALF' && ![3, 6, 9].includes(p.v.months!))) return false;
      // "Trong 3 tháng đầu năm 2022, Trung tâm đã thực hiện …": a first quarter's results, as a month's are.
      if (p.type === 'MONTH' || p.type === 'YEAR' || (p.type === 'HALF' && p.v.months === 3)) {
        const before = f.text.slice(0, m.span().start);
        if (!RESULTS_BEFORE.test(before) && DUE_BEFORE.test(before)) return false;
        if (p.type === 'HALF') {
          // Only as a paragraph's opening: "… hoàn thành trong 3 tháng đầu năm" is a limit.
          if (f.periods.length > 0 || m.atoms.slice(0, m.from).some((x) => x.type === 'W')) return false;
          return reportHalf(f, p, m.span());
        }
        if (p.type === 'YEAR') {
          add(f, 'year', m.span());
          if (!f.year) f.year = { y: p.v.y!, span: m.span() };
          return;
        }
        return reportMonth(f, p, m.span());
      }
      return p.type === 'QUARTER' ? reportQuarter(f, p, m.span()) : reportHalf(f, p, m.span());
    },
  },
  {
    // "Báo cáo 6 tháng: Ngày 20 tháng 5 hàng năm", "Báo cáo năm lần 1: Ngày 20 tháng 11 hàng năm": a
    // statistics form's receiving day after its report's label is the day it is due.
    name: 'reporting.label-day',
    pattern: seq(
      sym(':'),
      opt(w('ngày')),
      point('a'),
      opt(
        cap(
          'yearly',
          t('PERIOD', (x) => x.v.per === 'year' && x.v.how === 'every'),
        ),
      ),
    ),
    action: (m, f) => {
      const p = capturedPoint(m, 'a');
      if (!p || p.kind !== 'date' || f.periods.length === 0 || f.dl.items.length > 0) return false;
      f.dl.items.push({ field: 'onOrBefore', p, yearly: m.has('yearly'), span: m.span() });
    },
  },
  // A report's deadline is read by the deadline rules; "hằng năm" alone is a period here. A report named
  // inside the words a deadline rule took ("Thời hạn gửi báo cáo năm là ngày 15/12") keeps its period.
  ...(DEADLINE_RULES.filter((r) => r.name !== 'deadline.yearly') as readonly PhraseRule<ReportingFacts>[]).map((r) => ({
    ...r,
    action: (m: Match, f: ReportingFacts) => {
      const read = r.action(m, f);
      if (read !== false) periodsNamedInside(m, f);
      return read;
    },
  })),
  {
    // "Ngày 24/7 báo cáo kết quả tuyển sinh về sở": a schedule's day followed at once by the report it
    // calls for is the day the report is due (a day set off by a comma is when something was held).
    name: 'reporting.day-then-report',
    // "ngày 15/1 là hạn cuối các Sở phải gửi báo cáo": so is a day said to be the last one.
    pattern: seq(
      opt(w('ngày')),
      point('a'),
      alt(
        w('báo cáo', 'gửi báo cáo', 'nộp báo cáo'),
        seq(w('là'), w('hạn cuối', 'hạn chót', 'hạn cuối cùng', 'thời hạn cuối cùng', 'ngày cuối cùng')),
      ),
    ),
    action: (m, f) => {
      const p = capturedPoint(m, 'a');
      if (!p || p.kind !== 'date' || p.d === undefined || f.dl.items.length > 0) return false;
      f.dl.items.push({ field: 'onOrBefore', p, yearly: false, span: m.span() });
    },
  },
  {
    // "… định hướng công tác tuyên truyền thời gian tới và giao ban công tác tư tưởng quý I": a review
    // joined after the plan words is reviewed again, its period too.
    name: 'reporting.review-again',
    // "…, kế hoạch, nhiệm vụ 3 tháng cuối năm … và kết quả năm 2022": results named after the plan are reviewed.
    pattern: seq(w('và'), w('giao ban', 'sơ kết', 'tổng kết', 'đánh giá', 'báo cáo kết quả', 'kết quả')),
    action: (_m, f) => {
      if (!f.planned) return false;
      f.planned = undefined;
    },
  },
  {
    // "Kết quả xây dựng NTM từ ngày 15 – 30/3/2018 và kế hoạch tuần tới": with no period reviewed by name, the plan for
    // the next week (month, quarter) says the report is weekly (monthly, quarterly). Only when nothing else names one.
    name: 'reporting.next-period-plan',
    pattern: seq(
      PLAN_AHEAD,
      opt(w('nhiệm vụ', 'công tác', 'nhiệm vụ công tác', 'nhiệm vụ trọng tâm')),
      cap('p', w('tuần', 'tháng', 'quý')),
      w('tới', 'sau', 'kế tiếp', 'tiếp theo'),
    ),
    action: (m, f) => {
      if (f.periods.length > 0) return false;
      f.currentPeriod ??= { period: BARE_PERIOD[m.get('p')!.low]!, span: m.span() };
    },
  },
  {
    // "đánh giá kết quả quý 2, …; đề ra nhiệm vụ trọng tâm quý 3": once a period was reviewed, those
    // named after the plan words are the plan's, not the report's.
    name: 'reporting.plan-ahead',
    pattern: PLAN_AHEAD,
    action: (m, f) => {
      if (f.periods.length === 0) return false;
      f.planned ??= m.span();
    },
  },
  {
    name: 'reporting.every',
    pattern: cap('p', t('PERIOD')),
    action: (m, f) => {
      const period = PERIOD_OF[m.get('p')!.v.per!];
      if (!period) return false;
      // "thu nhập quý II … là 7,5 triệu đồng/tháng": a rate of money, no report.
      if (m.get('p')!.v.how === 'slash' && m.atoms[m.from - 1]?.low === 'đồng') return false;
      const opens = m.atoms.slice(0, m.from).every((x) => x.type !== 'W') && m.atoms[m.to]?.raw === ',';
      if (period === 'year' && opens) {
        f.yearlyFrame ??= m.span();
        return;
      }
      add(f, period, m.span());
    },
  },
  {
    name: 'reporting.quarter',
    pattern: cap('q', t('QUARTER')),
    action: (m, f) => {
      const q = m.get('q')!;
      // "quý I, … quý II/2024": the year written only on the planned quarter is the reviewed one's too.
      if (f.planned) {
        if (q.v.y !== undefined && !f.year) f.year = { y: q.v.y, span: m.span() };
        return;
      }
      reportQuarter(f, q, m.span());
    },
  },
  {
    name: 'reporting.half-or-nine-months',
    pattern: cap('h', t('HALF')),
    action: (m, f) => {
      const h = m.get('h')!;
      if (f.planned) {
        if (h.v.y !== undefined && !f.year) f.year = { y: h.v.y, span: m.span() };
        return;
      }
      return reportHalf(f, h, m.span());
    },
  },
  {
    // "- Quý: tính bắt đầu từ ngày 01 tháng đầu tiên của quý …": a regime's list defining each period,
    // the period as the item's label.
    name: 'reporting.period-label',
    pattern: seq(opt(sym('-+•')), cap('p', w(...Object.keys(BARE_PERIOD))), sym(':')),
    action: (m, f) => {
      if (m.from > 1 || (m.from === 1 && m.atoms[0]!.type !== 'SYM')) return false;
      add(f, BARE_PERIOD[m.get('p')!.low]!, m.span());
    },
  },
  {
    // "Hội nghị giao ban tuần 2 tháng 01/2026", "báo cáo tuần 3 tháng 5": a numbered week's briefing or report
    // is weekly; the month after it says which week, it is no monthly report.
    name: 'reporting.numbered-week',
    pattern: seq(
      cap('w', t('WEEKORD')),
      opt(
        cap(
          'm',
          t('MONTH', (x) => x.v.ms === undefined),
        ),
      ),
    ),
    action: (m, f) => {
      const prev = m.atoms[m.from - 1];
      // "trong tuần cuối tháng 11, Hà Nội …": what a figure says of one week of a month is weekly too.
      if (!(prev?.type === 'W' && (WEEK_REVIEW_WORDS.has(prev.low) || LIST_CONTEXT.has(prev.low) || prev.low === 'trong'))) return false;
      add(f, 'week', m.span('w'));
      const month = m.get('m');
      if (month) {
        f.month ??= { m: month.v.m!, span: m.span('m') };
        if (month.v.y !== undefined) f.year ??= { y: month.v.y, span: m.span('m') };
      }
    },
  },
  {
    // "doanh số của VinFast quý vừa qua", "trong tuần này, chỉ số AQI …", "tháng qua, toàn tỉnh …": the period just
    // gone or under way that a figure is of. Not a number of them ("3 tháng qua" is a span), not "những tháng qua",
    // and not the period a figure is compared with ("so với tháng qua"). Only when no other period is named: "trong tuần
    // qua, … tổ chức Hội nghị sơ kết 6 tháng đầu năm" says when the half-year's review met.
    name: 'reporting.current-period',
    pattern: seq(cap('p', w('tuần', 'tháng', 'quý')), w('này', 'qua', 'vừa qua')),
    action: (m, f) => {
      const prev = m.atoms[m.from - 1];
      if (prev?.type === 'NUM' || ['những', 'các', 'mấy', 'nhiều'].includes(prev?.low ?? '')) return false;
      const before = m.atoms
        .slice(Math.max(0, m.from - 3), m.from)
        .map((x) => x.low)
        .join(' ');
      if (/(?:^| )(?:so với|hơn)$/u.test(before)) return false;
      if (!f.planned) f.currentPeriod ??= { period: BARE_PERIOD[m.get('p')!.low]!, span: m.span() };
    },
  },
  {
    name: 'reporting.bare-period',
    pattern: startingWith(w(...Object.keys(BARE_PERIOD)), (a, i, c) =>
      closesPeriodList(a, i)
        ? i + 1
        : periodContext(a[i - 1]) || namedReportBefore(a, i) || opensPeriodList(a, i)
          ? BARE_PERIOD_END(a, i, c)
          : -1,
    ),
    action: (m, f) => {
      // "tăng 58,2% so với cùng kỳ năm trước": the year compared with is no report.
      const back = `${m.atoms[m.from - 2]?.low ?? ''} ${m.atoms[m.from - 1]?.low ?? ''}`;
      if (back === 'cùng kỳ' && ['trước', 'ngoái'].includes(m.atoms[m.from + 1]?.low ?? '')) return false;
      add(f, BARE_PERIOD[m.first().low]!, m.span());
    },
  },
  {
    // "1 năm", "12 tháng" in a list of report periods.
    name: 'reporting.one-period',
    pattern: seq(
      cap(
        'n',
        t('NUM', (x) => [1, 3, 6, 9, 12].includes(x.v.n!)),
      ),
      cap('p', w('năm', 'quý', 'tháng', 'tuần')),
    ),
    action: (m, f) => {
      const n = m.get('n')!.v.n;
      const p = m.get('p')!.low;
      // "Báo cáo tài chính sáu (06) tháng": a number written twice is read after the half-year
      // atoms, so "6 tháng" reaches here.
      if ((n === 6 || n === 9) && p === 'tháng') return add(f, n === 6 ? 'half-year' : 'nine-months', m.span());
      // "03 tháng" in a list of report periods is the quarter's report, "12 tháng" the year's.
      if (n !== 1 && p !== 'tháng') return false;
      add(f, n === 12 ? 'year' : n === 3 ? 'quarter' : BARE_PERIOD[p]!, m.span());
    },
  },
  {
    name: 'reporting.year',
    pattern: cap('y', t('YEAR')),
    action: (m, f) => {
      const prev = m.atoms[m.from - 1];
      // "tổng kết phong trào thi đua “Dân vận khéo” năm 2017": the year after a quoted name is the movement's.
      const quoted = prev?.type === 'SYM' && '”"»'.includes(prev.raw);
      // "Hà Nội (TTXVN 21/2/2024) Năm 2023, lực lượng …": after a news item's dateline, the year its results are of.
      // "BTO-Năm 2023, Bảo tàng tỉnh …": so after a paper's initials and a hyphen.
      const dateline =
        prev?.type === 'SYM' && (prev.raw === ')' || ('-–'.includes(prev.raw) && /^[\p{Lu}Đ]{2,}$/u.test(m.atoms[m.from - 2]?.raw ?? '')));
      const afterDateline = dateline && m.atoms[m.to]?.raw === ',';
      // "Báo cáo Chỉ số Thương mại điện tử Việt Nam (EBI) năm 2017": after a name's initials in brackets, the year it is of.
      const afterInitials =
        prev?.raw === ')' && m.atoms[m.from - 3]?.raw === '(' && /^[\p{Lu}Đ]{2,}$/u.test(m.atoms[m.from - 2]?.raw ?? '');
      if (!periodContext(prev) && !(prev && prev.type === 'W') && !quoted && !afterDateline && !afterInitials) return false;
      // "kỳ họp …, nhiệm kỳ 2021-2026": a term of office names no report.
      const term = `${m.atoms[m.from - 2]?.low ?? ''} ${prev?.low ?? ''}`;
      if (['nhiệm kỳ', 'giai đoạn'].includes(term) || ['khóa', 'khoá'].includes(prev?.low ?? '')) return false;
      // "so với mục tiêu giai đoạn đến năm 2025", "tầm nhìn đến năm 2030": the horizon of a stage or a vision.
      if (horizonAt(m.atoms, m.from - 1)) return false;
      // "nhiệm vụ … trong những tháng còn lại của năm 2013": the rest of the year is the coming work, not a report.
      if (/\bcòn lại (của|trong)$/u.test(`${m.atoms[m.from - 3]?.low ?? ''} ${term}`)) return false;
      // "tổng kết Tháng Thanh niên năm 2024": the year of a month-long campaign named in capitals is no yearly report.
      const named = m.atoms
        .slice(Math.max(0, m.from - 4), m.from)
        .some((x, k, before) => x.type === 'W' && x.low === 'tháng' && /^\p{Lu}/u.test(before[k + 1]?.raw ?? ''));
      // "giao ban quý III, Cụm số II năm 2022": a few words after a quarter that has no year of its own,
      // with nothing joining a second period ("và", "cả"), the year is that quarter's.
      // "so với cùng kỳ năm 2023", "so với năm 2022": the year compared with is no report.
      const before = m.atoms
        .slice(Math.max(0, m.from - 4), m.from)
        .map((x) => x.low)
        .join(' ');
      // "… nhiều hơn năm 2020", "cao hơn năm trước": so is the year a figure is more than.
      if (/(?:^| )(?:so với(?: cùng kỳ)?|cùng kỳ|hơn)$/u.test(before)) return false;
      // "ước đạt 16.532 tỷ đồng, bằng 54,1% dự toán năm 2022": the year of a whole-year target a share is measured
      // against is the year reported on, not a yearly report.
      // "… còn thiếu 6,79% so với chỉ tiêu bao phủ năm 2022": a word or two may name the target.
      const wider = m.atoms
        .slice(Math.max(0, m.from - 6), m.from)
        .map((x) => x.low)
        .join(' ');
      const measuredAgainst =
        /(?:^| )(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?: \p{L}+){0,2}$/u.test(wider) &&
        m.atoms.slice(Math.max(0, m.from - 8), m.from).some((x) => x.type === 'PCT' || x.low === 'so');
      if (measuredAgainst) {
        if (!f.year) f.year = { y: m.get('y')!.v.y!, span: m.span() };
        return;
      }
      // "lợi nhuận 6 tháng 2016", "quý III 2024": a bare year right after a period with none is that period's year.
      const ofPeriod = prev !== undefined && ['HALF', 'QUARTER', 'MONTH'].includes(prev.type) && prev.v.y === undefined;
      // "…, hưởng ứng ngày môi trường thế giới năm 2019": the year of a named day is that day's occasion.
      let k = m.from - 1;
      while (k >= 0 && k >= m.from - 8 && m.atoms[k]!.type === 'W' && m.atoms[k]!.low !== 'ngày') k--;
      const namedDay = k >= 0 && k < m.from - 1 && m.atoms[k]!.low === 'ngày' && m.atoms[k + 1]?.type === 'W';
      if (named || namedDay || ofPeriod || quarterWithoutYearBefore(m.atoms, m.from)) {
        if (!f.year) f.year = { y: m.get('y')!.v.y!, span: m.span() };
        return;
      }
      add(f, 'year', m.span());
      if (!f.year) f.year = { y: m.get('y')!.v.y!, span: m.span() };
    },
  },
  {
    name: 'reporting.month',
    pattern: cap('mo', t('MONTH')),
    action: (m, f) => {
      // "Báo cáo số 178/BC-SYT, do Sở Y tế ban hành đầu tháng 7/2025, …": the month the report was issued in, no period.
      if (/(?<![\p{L}])ban hành(?:\s+(?:vào|trong))?(?:\s+(?:đầu|giữa|cuối))?\s*$/iu.test(f.text.slice(0, m.span().start))) return false;
      const mo = m.get('mo')!;
      // "trước ngày 20 tháng 7 … và 20 tháng 01 năm sau": a day written before it (its "ngày" said once, before the
      // first) makes it a date, not the month reported on.
      const day = m.atoms[m.from - 1];
      // "Phường 2 tháng 02": a number that ends a name is no day.
      const beforeDay = m.atoms[m.from - 2];
      if (
        day?.type === 'NUM' &&
        /^\d{1,2}$/u.test(day.raw) &&
        day.v.n! >= 1 &&
        day.v.n! <= 31 &&
        beforeDay?.type === 'W' &&
        ['và', 'hoặc', 'đến', 'tới', 'trước', 'sau'].includes(beforeDay.low)
      )
        return false;
      // "Định kỳ, tháng 12 hằng năm, báo cáo …": the month of each year a yearly report is sent in, no monthly report.
      const next = m.atoms[m.to];
      if (mo.v.y === undefined && next?.type === 'PERIOD' && next.v.per === 'year' && next.v.how === 'every') {
        f.month ??= { m: mo.v.m!, span: m.span() };
        return;
      }
      reportMonth(f, mo, m.span());
    },
  },
  {
    name: 'reporting.periodic-unnamed',
    pattern: w('định kỳ', 'theo quy định', 'theo định kỳ', 'thường kỳ'),
    action: (m, f) => {
      f.periodicUnnamed ??= m.span();
    },
  },
  {
    name: 'reporting.ad-hoc',
    pattern: w('đột xuất', 'khi có yêu cầu'),
    action: (m, f) => {
      f.adHoc = m.span();
    },
  },
];

/** Words of a review of its own between a quarter and a year: the year is then that review's period. */
const REVIEW_BETWEEN = /(?<![\p{L}])(?:tổng kết|sơ kết|báo cáo|giao ban|kết quả)(?![\p{L}])/u;

/** A named quarter with no year, at most five atoms before `at`, with no "và", "cả", review or clause end between. */
function quarterWithoutYearBefore(a: readonly Atom[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 5; j--) {
    const x = a[j]!;
    // "sơ kết quý I, tổng kết năm 2022": a review of its own names the year.
    if (x.type === 'QUARTER')
      return (
        x.v.y === undefined &&
        !REVIEW_BETWEEN.test(
          a
            .slice(j + 1, at)
            .map((y) => y.low)
            .join(' '),
        )
      );
    if ((x.type === 'W' && ['và', 'cả', 'hoặc'].includes(x.low)) || (x.type === 'SYM' && '.;&'.includes(x.raw))) return false;
    if (x.type !== 'W' && x.type !== 'SYM') return false;
  }
  return false;
}

/**
 * "chỉ thực hiện 02 kỳ báo cáo (…), không thực hiện Báo cáo hàng tháng và hàng quý": periods a clause says are
 * not reported, when others are named.
 */
function negated(f: ReportingFacts, span: Span): boolean {
  const clause = f.text
    .slice(0, span.start)
    .split(/[,;.()]/u)
    .pop()!;
  return /(?<![\p{L}])(?:không|bỏ|thôi)(?![\p{L}])/iu.test(clause);
}

export function assembleReporting(f: ReportingFacts, b: ReadingBuilder): boolean {
  // "… 9 tháng năm 2023 ước đạt 32,1 triệu tấn (chiếm khoảng 74,7% tổng sản lượng cả năm)", "… của cả năm 2024": the
  // whole year's total a period's figure is measured against is no yearly report.
  if (f.periods.length > 1)
    f.periods = f.periods.filter(
      (p) =>
        !(
          p.period === 'year' &&
          WHOLE_YEAR_TOTAL.test(
            f.text.slice(Math.max(0, p.span.start - 40), p.span.start) + (/^(?:cả )?năm/iu.exec(f.text.slice(p.span.start))?.[0] ?? ''),
          )
        ),
    );
  if (f.yearlyFrame && f.periods.length === 0) f.periods.push({ period: 'year', span: f.yearlyFrame });
  if (f.currentPeriod && f.periods.length === 0) f.periods.push(f.currentPeriod);
  const said = f.periods.filter((p) => !negated(f, p.span));
  const periods = said.length > 0 ? said : [...f.periods];
  // Periods from the shortest to the longest, as SCHEMA.md lists them ("6 tháng và cả năm");
  // an empty list when none is named ("báo cáo đột xuất khi có yêu cầu").
  b.set(
    'periods',
    canonical(periods.map((p) => p.period)),
    periods.length > 0 ? cover(...periods.map((p) => p.span)) : { start: 0, end: f.text.length },
  );
  // One named quarter is a number ("Quý III" → 3); several are a list ("quý I, II, III").
  if (f.quarters.length === 1) b.set('quarter', f.quarters[0], f.quarterSpan);
  if (f.quarters.length > 1) b.set('quarter', f.quarters, f.quarterSpan);
  // "Báo cáo kết quả thực hiện Kế hoạch năm nay": this year's report.
  // "Trong quý III năm nay": the year of the named quarter (or month, half), not a report of its own.
  const thisYear = f.dl.thisYear;
  const qualifies = (s: Span | undefined, y: Span) => s !== undefined && s.end <= y.start && f.text.slice(s.end, y.start).trim() === '';
  if (
    thisYear &&
    !periods.some((p) => p.period === 'year') &&
    !qualifies(f.quarterSpan, thisYear) &&
    !periods.some((p) => qualifies(p.span, thisYear))
  ) {
    periods.push({ period: 'year', span: thisYear });
    b.set('periods', canonical(periods.map((p) => p.period)), thisYear);
  }
  // "Kỳ báo cáo 6 tháng … từ ngày 01 tháng 01 đến hết ngày 30 tháng 6": the window says which half.
  if (!f.half && f.dataWindow?.months === 6 && periods.length === 1 && periods[0]!.period === 'half-year')
    f.half = { half: f.dataWindow.endMonth! <= 6 ? 1 : 2, span: f.dataWindow.span };
  // "lợi nhuận 6 tháng 2016", "Báo cáo 06 tháng năm 2025", "trong 6 tháng năm 2023": six months of a named year,
  // neither first nor last said, are its first six.
  if (!f.half && f.year && periods.length === 1 && periods[0]!.period === 'half-year') {
    const said = f.text.slice(periods[0]!.span.start, periods[0]!.span.end);
    if (/^(?:trong\s+)?(?:0?6|sáu) tháng(?:[\s/-]+(?:năm\s+)?\d{4})?$/iu.test(said.trim())) f.half = { half: 1, span: periods[0]!.span };
  }
  if (f.half) b.set('half', f.half.half, f.half.span);
  if (f.year) b.set('year', f.year.y, f.year.span);
  if (f.month) b.set('month', f.month.m, f.month.span);
  if (f.adHoc) b.set('adHoc', true, f.adHoc);
  if (f.dataWindow) b.set('dataWindow', { from: f.dataWindow.from, to: f.dataWindow.to }, f.dataWindow.span);
  if (f.asOf) b.set('asOf', f.asOf.value, f.asOf.span);
  // "Báo cáo … trong kỳ từ ngày 16 tháng 12 năm trước đến ngày 15 tháng 3": a three-month window
  // ending in March is the first quarter's report; nine months, the nine-month report.
  const windowPeriod = PERIOD_OF_WINDOW[f.dataWindow?.months ?? 0];
  if (periods.length === 0 && windowPeriod && f.dataWindow) {
    periods.push({ period: windowPeriod, span: f.dataWindow.span });
    b.set('periods', [windowPeriod], f.dataWindow.span);
    if (windowPeriod === 'quarter' && f.quarters.length === 0) b.set('quarter', Math.ceil(f.dataWindow.endMonth! / 3), f.dataWindow.span);
    if (windowPeriod === 'half-year' && !f.half) b.set('half', f.dataWindow.endMonth! <= 6 ? 1 : 2, f.dataWindow.span);
  }
  // "báo cáo gửi trước ngày 10 của tháng cuối quý": the deadline names the period.
  if (periods.length === 0 && f.dl.dayOfMonth) {
    const implied: ReportingPeriod = /quarter/u.test(f.dl.dayOfMonth.month) ? 'quarter' : 'month';
    periods.push({ period: implied, span: f.dl.dayOfMonth.span });
    b.set('periods', [implied], f.dl.dayOfMonth.span);
  }
  // "Trước ngày 15/01 hàng năm, doanh nghiệp phải thực hiện Báo cáo …": a yearly deadline, a yearly report.
  // "… gửi trước ngày 15 tháng 6 và 15 tháng 12 hàng năm": two yearly days half a year apart, a report twice a year.
  if (periods.length === 0 && f.dl.items.some((x) => x.yearly)) {
    const yearly = f.dl.items.find((x) => x.yearly)!;
    const days = f.dl.items.filter((x) => x.p.kind === 'date' && x.p.m !== undefined && x.p.y === undefined);
    const twice = days.length === 2 && f.dl.items.length === 2 && Math.abs(days[1]!.p.m! - days[0]!.p.m!) === 6;
    periods.push({ period: twice ? 'half-year' : 'year', span: yearly.span });
    b.set('periods', [twice ? 'half-year' : 'year'], yearly.span);
  }
  // "… gửi … chậm nhất là ngày 31/01 năm kế tiếp của năm báo cáo": a report due in the year after the one it
  // reports on, no period named, reports on that year.
  if (periods.length === 0 && f.dl.items.some((x) => x.nextYear)) {
    const next = f.dl.items.find((x) => x.nextYear)!;
    periods.push({ period: 'year', span: next.span });
    b.set('periods', ['year'], next.span);
  }
  // "Báo cáo … chậm nhất là 105 ngày kể từ ngày kết thúc kỳ kế toán năm": a report due so long after a period
  // ends reports on that period.
  const ended = periods.length === 0 && f.dl.within && !f.dl.within.beforeEvent ? ENDED_PERIOD.exec(f.dl.within.event) : null;
  if (ended) {
    const period = ENDED_PERIOD_OF[ended[1]!.toLowerCase()]!;
    periods.push({ period, span: f.dl.within!.span });
    b.set('periods', [period], f.dl.within!.span);
  }
  datedByReportedYear(f, periods);
  const d = new ReadingBuilder();
  const dated = f.dl.items.filter((x) => x.p.kind === 'date');
  const quarterEnds =
    dated.length === 4 &&
    periods.length === 1 &&
    periods[0]!.period === 'quarter' &&
    dated.every((x, k) => x.p.m === 3 * (k + 1) && x.p.d === dated[0]!.p.d && x.p.y === undefined);
  if (quarterEnds) {
    // "Hằng quý (trước ngày 15/3, 15/6, 15/9 và 15/12)": a day of each quarter's last month.
    b.set(
      'deadline',
      { [dated[0]!.field]: { dayOfMonth: dated[0]!.p.d, month: 'last month of the quarter' } },
      cover(...dated.map((x) => x.span)),
    );
  } else if (dated.length > 1 && dated.length === periods.length && f.dl.items.length === dated.length) {
    // "Định kỳ 6 tháng, hằng năm … trước ngày 10/6 và ngày 25/11": one deadline per period, in order.
    // `deadlines` maps each period to its own; `deadline` is the first written (round 17's gold: "trong 06 tháng
    // đầu năm và hàng năm trước ngày 05/07 và ngày 05/01 của năm sau" → the half-year's 05/07).
    const each: Record<string, Record<string, unknown>> = {};
    dated.forEach((item, k) => {
      const one = new ReadingBuilder();
      assembleDeadline({ ...f.dl, items: [item], within: undefined, ahead: undefined, dayOfMonth: undefined }, one);
      each[periods[k]!.period] = one.result;
    });
    const span = cover(...dated.map((x) => x.span));
    b.set('deadlines', each, span);
    b.set('deadline', Object.values(each)[0], span);
  } else if (assembleDeadline(periods.length === 0 && !f.periodicUnnamed && f.dl.ref ? { ...f.dl, periodic: false } : f.dl, d)) {
    // A report with no period named on a dated page ("Ngày 24/7 báo cáo kết quả tuyển sinh về sở") is due once:
    // a day with no year is the page's, as a deadline's is; "hằng năm" written still makes it yearly. With no
    // page date, such a day stays a yearly one.
    // A monthly report's "hằng tháng" deadline recurs with the report itself.
    if (d.get('recurring') === 'monthly') delete d.result['recurring'];
    // "hằng tháng, báo cáo trước ngày 25": a day of the month of a monthly report is that month's; "chậm nhất ngày 20 hàng
    // tháng, … báo cáo tình hình của tháng trước": the month after the one the report covers.
    // "Gửi báo cáo quý trước ngày 10 của tháng đầu quý": a quarter's report is due in the first month of the quarter after it
    // (the last month's day, "ngày 15 của tháng cuối quý", is the quarter's own: its figures close before the quarter does;
    // "tính từ ngày 01 tháng đầu tiên của quý …" opens the quarter's window, no report's due day).
    const monthly = periods.length === 1 && periods[0]!.period === 'month';
    const coversLastMonth = monthly && PREVIOUS_MONTH_REPORTED.test(f.text);
    const quarterly = periods.length === 1 && periods[0]!.period === 'quarter' && !/(?<![\p{L}])từ\s+ngày(?![\p{L}])/iu.test(f.text);
    for (const field of ['before', 'onOrBefore'] as const) {
      const v = d.get(field) as Record<string, unknown> | undefined;
      if (!v || typeof v !== 'object' || !('dayOfMonth' in v)) continue;
      if (monthly && (!('month' in v) || (coversLastMonth && v['month'] === 'same month')))
        d.set(field, { ...v, month: coversLastMonth ? 'next month' : 'same month' }, d.spans[field]);
      if (quarterly && v['month'] === 'first month of the quarter')
        d.set(field, { ...v, month: 'first month of the next quarter' }, d.spans[field]);
    }
    // A year taken from the page is said of the whole reading, beside the deadline (as a deadline phrase says it), so
    // the deadline itself holds SCHEMA.md's fields only: {"deadline": {"before": "2011-03-16"}, "yearInferred": true}.
    const { yearInferred, ...deadline } = d.result;
    b.set('deadline', deadline, spanOfAll(d));
    if (yearInferred === true) b.set('yearInferred', true, d.spans['yearInferred'] ?? spanOfAll(d));
  }
  if (periods.length === 0 && !b.has('deadline') && f.periodicUnnamed && !f.abolished) b.set('unresolved', true, f.periodicUnnamed);
  if (f.abolished && periods.length === 0) b.set('abolished', true, f.abolished);
  if (periods.length > 0 || b.has('deadline') || b.has('adHoc') || b.has('unresolved') || b.has('abolished')) return true;
  // "Bộ LĐ-TB&XH yêu cầu các tỉnh báo cáo thưởng Tết", "hội nghị tổng kết 3 năm thực hiện Kế hoạch 231": a report named
  // with no period of SCHEMA.md's and no due day is read as one with no period (`periods: []`), not as unreadable.
  return NAMED_REPORT.test(f.text);
}

/** What a monthly report covers, said as the month before the one it is due in: "(tình hình) của tháng trước". */
const PREVIOUS_MONTH_REPORTED = /(?<![\p{L}])(?:của|trong)\s+tháng\s+trước(?![\p{L}])/iu;

/** A report or a review named: "báo cáo", "sơ kết", "tổng kết". */
const NAMED_REPORT = /(?<![\p{L}])(?:báo cáo|sơ kết|tổng kết)(?![\p{L}])/iu;

/** "tổng sản lượng cả năm", "của cả năm": a whole year's total, before "cả năm". */
const WHOLE_YEAR_TOTAL = /(?:sản lượng|tổng số|tổng|của|kế hoạch|chỉ tiêu|dự toán|mục tiêu)(?:\s+\p{L}+){0,2}\s+cả năm$/iu;

/** The period whose end a report's limit counts from: "kết thúc kỳ kế toán quý", "kết thúc năm tài chính". */
const ENDED_PERIOD = /^(?:ngày )?kết thúc (?:kỳ kế toán |kỳ báo cáo |kỳ thống kê )?(năm tài chính|năm|quý|tháng)(?![\p{L}])/iu;
const ENDED_PERIOD_OF: Readonly<Record<string, ReportingPeriod>> = { 'năm tài chính': 'year', năm: 'year', quý: 'quarter', tháng: 'month' };

/** The first and last month of a reported period, when the phrase names which one. */
function monthsOfReported(f: ReportingFacts, period: ReportingPeriod): [number, number] | undefined {
  if (period === 'year') return [1, 12];
  if (period === 'half-year' && f.half) return f.half.half === 1 ? [1, 6] : [7, 12];
  if (period === 'quarter' && f.quarters.length === 1) return [3 * f.quarters[0]! - 2, 3 * f.quarters[0]!];
  if (period === 'nine-months') return [1, 9];
  if (period === 'month' && f.month) return [f.month.m, f.month.m];
  return undefined;
}

/**
 * "Báo cáo … cho 6 tháng cuối năm 2025 trước ngày 5-12": one report of a named year is due once, in
 * that year (or the next, when the day falls before the middle of the period: "báo cáo năm 2024
 * trước ngày 15/1"), not every year. A day said to recur ("hằng năm") keeps its yearly form.
 */
function datedByReportedYear(f: ReportingFacts, periods: readonly { period: ReportingPeriod }[]): void {
  if (!f.year || periods.length !== 1 || f.dl.yearly || f.dl.items.length !== 1) return;
  const item = f.dl.items[0]!;
  if (item.p.kind !== 'date' || item.p.y !== undefined || item.yearly || item.nextYear || item.p.m === undefined) return;
  const months = monthsOfReported(f, periods[0]!.period);
  if (!months) return;
  const middle = (months[0] + months[1] + 1) / 2;
  const y = item.p.m + (item.p.d ?? 1) / 31 >= middle ? f.year.y : f.year.y + 1;
  f.dl.items[0] = { ...item, p: { ...item.p, y } };
}

const ORDER: ReportingPeriod[] = ['week', 'month', 'quarter', 'half-year', 'nine-months', 'year'];
function canonical(list: ReportingPeriod[]): ReportingPeriod[] {
  return [...list].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

function spanOfAll(d: ReadingBuilder): Span | undefined {
  const spans = Object.values(d.spans);
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
