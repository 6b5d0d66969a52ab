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
  weekOfMonth?: number | 'last';
  partOfDay?: PartOfDay;
  partsOfDay?: PartOfDay[];
  timeOfDay?: string;
  durationMin?: number;
  durationMax?: number;
  total?: boolean;
  percent?: number;
  [extra: string]: unknown;
}

/** An end of a span: an ISO date or date-time, an event, or a day that repeats each year. */
export type TimePoint =
  | string
  | { event: string; knownDate?: string; [extra: string]: unknown }
  | { month: number; day: number; yearOffset: number; [extra: string]: unknown };

export interface Timeframe {
  from?: TimePoint;
  to?: TimePoint;
  date?: string;
  recurring?: 'yearly' | 'continuous';
  tentative?: boolean;
  fuzzy?: boolean;
  horizon?: string | number;
  unresolved?: boolean;
  yearInferred?: boolean;
  [extra: string]: unknown;
}

export interface Deadline {
  before?: string | { [key: string]: unknown };
  onOrBefore?: string | { [key: string]: unknown };
  within?: { days: number; after: { event: string; [extra: string]: unknown } };
  recurring?: 'yearly';
  [extra: string]: unknown;
}

export interface Reporting {
  periods: ReportingPeriod[];
  quarter?: number;
  half?: number;
  deadline?: Deadline;
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
