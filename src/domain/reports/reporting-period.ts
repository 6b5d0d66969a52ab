/**
 * Reporting periods. By default the Ministry of Home Affairs' data windows (Công văn
 * 581/BNV-CCHC): each runs from the 15th to the 14th, Q1 = 15/12 of the previous year – 14/3,
 * H1 = 15/12 – 14/6, 9M = 15/12 – 14/9, Q3 = 15/6 – 14/9, the year = 15/12 – 14/12, a month
 * 15/(m−1) – 14/m; the report is due by the 20th of the window's last month. A unit may choose
 * calendar periods instead (1/1 – 31/3 …), due six days after the window closes, as the
 * Ministry's windows are. A plan that sets its own reporting deadline wins over both. Pure.
 */
import type { WorkingDayCalendar } from '../calendar/working-days.js';
import type { Deadline } from '../grammar/phrase.types.js';
import { DomainError } from '../errors/domain-error.js';

export type WindowScheme = 'ministry' | 'calendar';
export type PeriodKind = 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year';

export interface ReportingWindow {
  label: string;
  kind: PeriodKind;
  year: number;
  scheme: WindowScheme;
  /** First and last day of the data window (Vietnamese calendar days, inclusive). */
  from: string;
  to: string;
  /** When the report is due, and whose rule set it. */
  dueOn: string;
  dueSource: 'ministry' | 'calendar' | 'plan';
  /** "quý I năm 2024", for titles. */
  title: string;
}

const roman = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export const periodLabelsHelp = 'tháng (2024-03), quý (2024-Q1), 6 tháng (2024-H1, 2024-H2), 9 tháng (2024-9M) hoặc năm (2024)';

/** "2024-Q1", "2024-H1", "2024-9M", "2024", "2024-03" → the window and its default deadline. */
export function parseReportingPeriod(label: string, scheme: WindowScheme = 'ministry'): ReportingWindow {
  const text = label.trim().toUpperCase();
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])|(9M)))?$/.exec(text);
  if (!m) {
    throw new DomainError('PERIOD_INVALID', `Kỳ báo cáo "${label}" không hợp lệ: dùng ${periodLabelsHelp}.`, {
      text: label,
      expected: 'YYYY | YYYY-MM | YYYY-Qn | YYYY-Hn | YYYY-9M',
    });
  }
  const year = Number(m[1]);
  if (year < 2000 || year > 2100)
    throw new DomainError('PERIOD_INVALID', `Năm của kỳ báo cáo phải từ 2000 đến 2100: "${label}".`, {
      text: label,
      expected: '2000..2100',
    });
  let kind: PeriodKind;
  let firstMonth: number;
  let lastMonth: number;
  let title: string;
  if (m[2]) {
    kind = 'month';
    firstMonth = lastMonth = Number(m[2]);
    title = `tháng ${firstMonth} năm ${year}`;
  } else if (m[3]) {
    kind = 'quarter';
    lastMonth = Number(m[3]) * 3;
    firstMonth = lastMonth - 2;
    title = `quý ${roman[Number(m[3]) - 1]} năm ${year}`;
  } else if (m[4]) {
    kind = 'half-year';
    lastMonth = Number(m[4]) * 6;
    firstMonth = lastMonth - 5;
    title = m[4] === '1' ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
  } else if (m[5]) {
    kind = 'nine-months';
    firstMonth = 1;
    lastMonth = 9;
    title = `9 tháng năm ${year}`;
  } else {
    kind = 'year';
    firstMonth = 1;
    lastMonth = 12;
    title = `năm ${year}`;
  }
  const canonical =
    kind === 'year'
      ? String(year)
      : kind === 'month'
        ? `${year}-${pad(firstMonth)}`
        : kind === 'quarter'
          ? `${year}-Q${lastMonth / 3}`
          : kind === 'half-year'
            ? `${year}-H${lastMonth / 6}`
            : `${year}-9M`;
  if (scheme === 'ministry') {
    const from = day(year, firstMonth - 1, 15);
    const to = day(year, lastMonth, 14);
    return { label: canonical, kind, year, scheme, from, to, dueOn: day(year, lastMonth, 20), dueSource: 'ministry', title };
  }
  const from = day(year, firstMonth, 1);
  const to = day(year, lastMonth, lastDayOf(year, lastMonth));
  return { label: canonical, kind, year, scheme, from, to, dueOn: addDays(to, 6), dueSource: 'calendar', title };
}

/**
 * The plan's own reporting deadline for this window, when it sets one that applies: a fixed
 * date that falls between the window's start and its default deadline ("trước ngày 30/11/2025"
 * for the year), a yearly day for the year's report, or a day of the window's last month or of
 * the month after it ("trước ngày 15 của tháng cuối kỳ"). Null when the plan says nothing that
 * applies; then the default stands.
 */
export function planDeadlineFor(
  deadline: Deadline | null | undefined,
  w: ReportingWindow,
  workingDays?: Pick<WorkingDayCalendar, 'addWorkingDays'>,
): string | null {
  if (!deadline) return null;
  const value = deadline.before ?? deadline.onOrBefore;
  if (value === undefined) return null;
  const [ly, lm] = w.to.split('-').map(Number);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value >= w.from && value <= w.dueOn ? value : null;
    const yearly = /^--(\d{2})-(\d{2})$/.exec(value);
    if (yearly && w.kind === 'year') return `${w.year}-${yearly[1]}-${yearly[2]}`;
    return null;
  }
  // "trước ngày cuối cùng của tháng cuối quý": the last day, whatever the month's length (clamped below).
  const dom = value.dayOfMonth === 'last' ? 31 : typeof value.dayOfMonth === 'number' ? value.dayOfMonth : null;
  if (dom === null || dom < 1 || dom > 31) return null;
  const month = value.month;
  // "trước ngày làm việc thứ năm (05) của tháng tiếp theo": the month's fifth working day, which only the working-day
  // calendar knows (without it, the plan names no day this window can use).
  // A rank past the month's working days names no day of it either.
  const byWorkingDays = value.workingDays === true;
  if (byWorkingDays && !workingDays) return null;
  const at = (y: number, mo: number): string | null => {
    if (!byWorkingDays) return day(y, mo, Math.min(dom, lastDayOf(y, mo)));
    const ranked = workingDays!.addWorkingDays(mo === 1 ? day(y - 1, 12, 31) : day(y, mo - 1, lastDayOf(y, mo - 1)), dom);
    return ranked.startsWith(day(y, mo, 1).slice(0, 8)) ? ranked : null;
  };
  // Plans stored before round 11 carry the names without the article ("last month of period").
  const named = typeof month === 'string' ? month.replace(/ of (period|quarter|next quarter)$/u, ' of the $1') : month;
  if (
    named === 'last month of the period' ||
    named === 'same month' ||
    (named === 'last month of the quarter' && (w.kind === 'quarter' || w.kind === 'month'))
  )
    return at(ly, lm);
  const next = (): string | null => (lm === 12 ? at(ly + 1, 1) : at(ly, lm + 1));
  if (named === 'next month' || named === 'month after the reporting month') return next();
  // "Trước ngày thứ hai mươi (20) của quý tiếp theo": a quarter's report, due in the month after the quarter.
  if ((named === 'first month of the next quarter' || named === 'month after the quarter') && w.kind === 'quarter') return next();
  return null;
}

/** The window with the deadline the plans set (the earliest, when several plans set one). */
export function withPlanDeadlines(
  w: ReportingWindow,
  deadlines: readonly (Deadline | null | undefined)[],
  workingDays?: Pick<WorkingDayCalendar, 'addWorkingDays'>,
): ReportingWindow {
  const own = deadlines
    .map((d) => planDeadlineFor(d, w, workingDays))
    .filter((d): d is string => d !== null)
    .sort();
  return own.length ? { ...w, dueOn: own[0], dueSource: 'plan' } : w;
}

/** "14/3", "14/3/2024": a day as Vietnamese documents write it. */
export function shortDate(date: string, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number);
  return withYear ? `${d}/${m}/${y}` : `${d}/${m}`;
}
