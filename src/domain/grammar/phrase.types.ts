/**
 * The shapes of a parsed phrase, as fixed by ../shared/phrases/SCHEMA.md.
 * A field the phrase does not speak of is absent. Extra fields are allowed.
 */
import type { Span } from '../errors/domain-error.js';

export type PhraseKind = 'quota' | 'timeframe' | 'deadline' | 'reporting';

export type Per = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'campaign' | null;
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening';
export type ReportingPeriod = 'week' | 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year';

export interface Quota {
  count?: number | null;
  countMin?: number;
  countMax?: number;
  countImplicit?: boolean;
  atLeast?: boolean;
  atMost?: boolean;
  approx?: boolean;
  unit?: string;
  object?: string;
  per?: Per;
  perEntity?: string;
  perItem?: string;
  weekday?: Weekday;
  /** Several named weekdays ("thứ Tư và thứ Bảy", "T2–T7"), in week order. */
  weekdays?: Weekday[];
  /** Several clock times ("vào 6h00 và 17h00"), "HH:MM" each. */
  timesOfDay?: string[];
  weekOfMonth?: number | 'last';
  /** A day of every month ("vào ngày 15 hằng tháng"); with several ("ngày 10 và ngày 25"), the first. */
  dayOfMonth?: number;
  /** Every day of the month named, when more than one ("ngày 10 và ngày 25 hằng tháng" → [10, 25]). */
  daysOfMonth?: number[];
  /** The days of the month named are of the lunar month ("ngày 1 và 15 âm lịch hằng tháng", "ngày rằm hằng tháng"). */
  calendar?: 'lunar';
  partOfDay?: PartOfDay;
  partsOfDay?: PartOfDay[];
  timeOfDay?: string;
  durationMin?: number;
  durationMax?: number;
  total?: boolean;
  percent?: number;
  [extra: string]: unknown;
}

/**
 * An end of a span: an ISO date or date-time, an event, a day that repeats each year
 * (yearOffset relative to the reporting year when the phrase is anchored on one; absent when
 * the phrase names no year and no refDate was given), or a day of an unnamed month.
 */
export type TimePoint =
  | string
  | { event: string; [extra: string]: unknown }
  | { month: number; day: number; yearOffset?: number; [extra: string]: unknown }
  | { dayOfMonth: number; [extra: string]: unknown };

export interface Timeframe {
  from?: TimePoint;
  /**
   * At run time also null for an open-ended span ("từ ngày 11/8" → to: null, as SCHEMA.md
   * says); typed without null for now so current readers compile — handle null when reading.
   */
  to?: TimePoint;
  date?: string;
  /** 'monthly', 'weekly', 'daily' too, for dates that repeat with a shorter period. */
  recurring?: 'yearly' | 'continuous' | 'monthly' | 'weekly' | 'daily' | 'quarterly';
  tentative?: boolean;
  /** The fuzzy words ("cuối tháng", "đầu năm"): the span chosen is a guess. */
  fuzzy?: boolean | string;
  horizon?: string;
  unresolved?: boolean;
  yearInferred?: boolean;
  [extra: string]: unknown;
}

export interface Deadline {
  before?: string | { [key: string]: unknown };
  onOrBefore?: string | { [key: string]: unknown };
  /** "không quá 05 ngày làm việc kể từ …": days, weeks or months after an event. */
  /** "ngày làm việc": `workingDays` says the days are working days; no `after` when the start is left implied ("trong vòng 24 giờ"). */
  within?: {
    days?: number;
    weeks?: number;
    months?: number;
    years?: number;
    hours?: number;
    /** "chậm nhất 30 phút kể từ khi nhận được thông tin". */
    minutes?: number;
    /** "trong vòng 5-7 ngày", "24-48 giờ": a limit between two lengths, as daysMin/daysMax (hoursMin/hoursMax …). */
    daysMin?: number;
    daysMax?: number;
    weeksMin?: number;
    weeksMax?: number;
    monthsMin?: number;
    monthsMax?: number;
    yearsMin?: number;
    yearsMax?: number;
    hoursMin?: number;
    hoursMax?: number;
    workingDays?: true;
    /** "giờ làm việc": the hours are hours of the working day. */
    workingHours?: true;
    after?: { event: string };
  };
  /** The date of the event of `within` when it is the issuing of the document itself (refDate). */
  afterKnownDate?: string;
  recurring?: 'yearly';
  [extra: string]: unknown;
}

export interface Reporting {
  /** Empty when the phrase names no period ("báo cáo định kỳ" → unresolved). */
  periods: ReportingPeriod[];
  /** One named quarter, or the list when several are named ("quý I, II, III"). */
  quarter?: number | number[];
  /** The deadline; with one per period, the year's (or the first). */
  deadline?: Deadline;
  /** One deadline per period ("6 tháng, hằng năm … trước ngày 10/6 và ngày 25/11"). */
  deadlines?: Partial<Record<ReportingPeriod, Deadline>>;
  half?: number;
  [extra: string]: unknown;
}

export type PhraseResult = Quota | Timeframe | Deadline | Reporting;

export interface ParseOptions {
  kind?: PhraseKind;
  /** Date of the document (YYYY-MM-DD), for phrases that name no year. */
  refDate?: string;
}

export interface PhraseReading {
  kind: PhraseKind;
  result: PhraseResult;
  /** For each field of result, the span of the normalised text it came from. */
  spans: Record<string, Span>;
  /** The name of the grammar rule(s) that matched. */
  rules: string[];
  /** The normalised text the spans point into. */
  normalized: string;
}
