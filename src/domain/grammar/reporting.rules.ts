/**
 * Reporting phrases: which periodic reports go up, and by when. "định kỳ hàng quý, 6 tháng,
 * 9 tháng, năm", "Báo cáo cải cách hành chính Quý III", "Báo cáo tháng gửi trước ngày 15 của
 * tháng", "Báo cáo 6 tháng gửi trước ngày 05/6".
 */
import type { Span } from '../errors/domain-error.js';
import { DEADLINE_RULES, type DeadlineFacts, assembleDeadline } from './deadline.rules.js';
import { type PhraseRule, ahead, alt, cap, end, t, w, seq, sym, any } from './pattern.js';
import type { ReportingPeriod } from './phrase.types.js';
import { ReadingBuilder } from './reading-builder.js';

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
}

function add(f: ReportingFacts, period: ReportingPeriod, span: Span): void {
  if (!f.periods.some((p) => p.period === period)) f.periods.push({ period, span });
}

const PERIOD_OF: Record<string, ReportingPeriod | undefined> = { week: 'week', month: 'month', quarter: 'quarter', year: 'year' };
const BARE_PERIOD: Record<string, ReportingPeriod> = { tuần: 'week', tháng: 'month', quý: 'quarter', quí: 'quarter', năm: 'year' };

/** Where a bare "tháng" / "năm" names a report period: after "báo cáo", "định kỳ", in a list. */
const LIST_CONTEXT = new Set(['cáo', 'kỳ', 'kết', 'và', 'hoặc', 'sơ', 'tổng', 'hàng', 'hằng', 'mỗi', 'cả']);
const periodContext = (prev: { type: string; low: string; raw: string } | undefined): boolean =>
  prev === undefined || (prev.type === 'W' && LIST_CONTEXT.has(prev.low)) || (prev.type === 'SYM' && (prev.raw === ',' || prev.raw === ';' || prev.raw === ':')) || prev.type === 'PERIOD' || prev.type === 'HALF' || prev.type === 'QUARTER';

/** A bare period word ends the phrase or is followed by a list separator or the report's verb. */
const BARE_PERIOD_END = alt(
  seq(any(() => true), end),
  seq(any(() => true), ahead(alt(sym(',;.:()–-'), w('và', 'hoặc', 'gửi', 'báo cáo', 'trước', 'chậm', 'nộp', 'về', 'theo', 'của', 'định kỳ', 'đột xuất', 'lồng ghép')))),
);

export const REPORTING_RULES: readonly PhraseRule<ReportingFacts>[] = [
  // A report's deadline is read by the deadline rules; "hằng năm" alone is a period here.
  ...(DEADLINE_RULES.filter((r) => r.name !== 'deadline.yearly') as readonly PhraseRule<ReportingFacts>[]),
  {
    name: 'reporting.every',
    pattern: cap('p', t('PERIOD')),
    action: (m, f) => {
      const period = PERIOD_OF[m.get('p')!.v.per!];
      if (!period) return false;
      add(f, period, m.span());
    },
  },
  {
    name: 'reporting.quarter',
    pattern: cap('q', t('QUARTER')),
    action: (m, f) => {
      const q = m.get('q')!;
      add(f, 'quarter', m.span());
      for (const n of q.v.qs ?? []) if (!f.quarters.includes(n)) f.quarters.push(n);
      f.quarterSpan ??= m.span();
      if (q.v.y !== undefined && !f.year) f.year = { y: q.v.y, span: m.span() };
    },
  },
  {
    name: 'reporting.half-or-nine-months',
    pattern: cap('h', t('HALF')),
    action: (m, f) => {
      const h = m.get('h')!;
      if (h.v.months === 9) add(f, 'nine-months', m.span());
      else {
        add(f, 'half-year', m.span());
        if (h.v.part && !f.half) f.half = { half: h.v.part === 'first' ? 1 : 2, span: m.span() };
      }
      if (h.v.y !== undefined && !f.year) f.year = { y: h.v.y, span: m.span() };
    },
  },
  {
    name: 'reporting.bare-period',
    pattern: (a, i, c) => {
      const x = a[i];
      if (!x || x.type !== 'W' || !Object.hasOwn(BARE_PERIOD, x.low)) return -1;
      if (!periodContext(a[i - 1])) return -1;
      return BARE_PERIOD_END(a, i, c);
    },
    action: (m, f) => {
      add(f, BARE_PERIOD[m.first().low]!, m.span());
    },
  },
  {
    // "1 năm", "12 tháng" in a list of report periods.
    name: 'reporting.one-period',
    pattern: seq(cap('n', t('NUM', (x) => x.v.n === 1 || x.v.n === 12)), cap('p', w('năm', 'quý', 'tháng', 'tuần'))),
    action: (m, f) => {
      const n = m.get('n')!.v.n;
      const p = m.get('p')!.low;
      if (n === 12 && p !== 'tháng') return false;
      add(f, n === 12 ? 'year' : BARE_PERIOD[p]!, m.span());
    },
  },
  {
    name: 'reporting.year',
    pattern: cap('y', t('YEAR')),
    action: (m, f) => {
      const prev = m.atoms[m.from - 1];
      if (!periodContext(prev) && !(prev && prev.type === 'W')) return false;
      add(f, 'year', m.span());
      if (!f.year) f.year = { y: m.get('y')!.v.y!, span: m.span() };
    },
  },
  {
    name: 'reporting.month',
    pattern: cap('mo', t('MONTH')),
    action: (m, f) => {
      add(f, 'month', m.span());
      if (!f.month) f.month = { m: m.get('mo')!.v.m!, span: m.span() };
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

export function assembleReporting(f: ReportingFacts, b: ReadingBuilder): boolean {
  const periods = [...f.periods];
  b.set('periods', periods.map((p) => p.period), periods.length > 0 ? { start: Math.min(...periods.map((p) => p.span.start)), end: Math.max(...periods.map((p) => p.span.end)) } : undefined);
  if (f.quarters.length === 1) b.set('quarter', f.quarters[0], f.quarterSpan);
  if (f.quarters.length > 1) b.set('quarters', f.quarters, f.quarterSpan);
  if (f.half) b.set('half', f.half.half, f.half.span);
  if (f.year) b.set('year', f.year.y, f.year.span);
  if (f.month) b.set('month', f.month.m, f.month.span);
  if (f.adHoc) b.set('adHoc', true, f.adHoc);
  // "báo cáo gửi trước ngày 10 của tháng cuối quý": the deadline names the period.
  if (periods.length === 0 && f.dl.dayOfMonth) {
    const implied: ReportingPeriod = /quarter/u.test(f.dl.dayOfMonth.month) ? 'quarter' : 'month';
    periods.push({ period: implied, span: f.dl.dayOfMonth.span });
    b.set('periods', [implied], f.dl.dayOfMonth.span);
  }
  const d = new ReadingBuilder();
  if (assembleDeadline(f.dl, d)) b.set('deadline', d.result, spanOfAll(d));
  return periods.length > 0 || b.has('deadline') || b.has('adHoc');
}

function spanOfAll(d: ReadingBuilder): Span | undefined {
  const spans = Object.values(d.spans);
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
