/**
 * The shapes of a calendar: the (task, channel) input of the expansion, its rules (RFC 5545
 * text plus structure), its slots, open obligations and notes, and the JSON contract of
 * `loa calendar --format json`.
 */
import type { Deadline, Quota, Timeframe } from '../grammar/phrase.types.js';
import type { ChannelScheduleDefaults } from './channel-schedule.js';
import type { WorkingDayCalendar } from './working-days.js';

export interface QuotaTask {
  taskId: string;
  channel: string;
  quota?: Quota;
  timeframe?: Timeframe;
  deadline?: Deadline;
}

export interface ExpansionContext {
  year: number;
  calendar: WorkingDayCalendar;
  schedules: ChannelScheduleDefaults;
}

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'campaign' | 'due';

/** A local date and wall time. */
export interface LocalDateTime {
  date: string;
  time: string;
}

export interface CalendarRule {
  taskId: string;
  channel: string;
  /** The full iCalendar text in floating local time: DTSTART, RRULE, EXDATE, RDATE lines. */
  rrule: string;
  period: PeriodUnit;
  start: LocalDateTime;
  /** The RRULE value without UNTIL. */
  recur: string;
  /** Last local moment of the window (UNTIL), absent for COUNT rules. */
  until?: LocalDateTime;
  exdates: LocalDateTime[];
  rdates: LocalDateTime[];
  /**
   * 'pattern': the RRULE is the quota's pattern, with EXDATE/RDATE for holiday moves.
   * 'explicit': DTSTART is the first slot, RRULE:FREQ=DAILY;COUNT=1 and RDATE lists the
   * others. Used where clients disagree on the pattern, so only the explicit list is read
   * alike everywhere: quarter, year and campaign quotas (FREQ=YEARLY with BYSETPOS, which
   * ical.js ignores), and weekly or monthly rules with several publish times a day (BYHOUR:
   * ical.js applies BYSETPOS to days only and misplaces BYDAY=1MO;BYHOUR=8,9; rrule.js
   * restarts a weekly BYSETPOS set at DTSTART). Daily rules with BYHOUR stay patterns.
   */
  encoding: 'pattern' | 'explicit';
  /** Duration of each instance, from the quota ("10-15 phút"). */
  durationMin?: number;
  durationMax?: number;
}

export interface CalendarSlot {
  /** `<taskId>:<channel>:<period>:<index>` */
  id: string;
  taskId: string;
  channel: string;
  /** 2024-03, 2024-W10, 2024-Q1, 2024, 2024-03-06 (per day), campaign, due. */
  period: string;
  /** 1-based place in the period's nominal pattern. */
  index: number;
  /** Publish date (local). */
  date: string;
  /** Publish time (local, HH:MM). */
  time: string;
  /** Production due date: the channel's lead time in working days before `date`. */
  due: string;
  durationMin?: number;
  durationMax?: number;
  /** The nominal date when the slot was moved off a day off. */
  movedFrom?: string;
}

export type ObligationReason = 'continuous' | 'no-count' | 'not-periodic' | 'unresolved-deadline';

/** A task that makes no slot but stays visible (e.g. "Thường xuyên" with no number). */
export interface OpenObligation {
  taskId: string;
  channel: string;
  reason: ObligationReason;
  message: string;
}

export interface ExpansionNote {
  taskId: string;
  channel: string;
  code: string;
  message: string;
  evidence?: Record<string, unknown>;
}

export interface CalendarExpansion {
  year: number;
  rules: CalendarRule[];
  slots: CalendarSlot[];
  obligations: OpenObligation[];
  notes: ExpansionNote[];
}

/** The `loa calendar --format json` contract. */
export interface CalendarJson {
  year: number;
  rules: Array<{ taskId: string; channel: string; rrule: string }>;
  slots: Array<{
    id: string;
    taskId: string;
    channel: string;
    date: string;
    time: string;
    due: string;
    durationMin?: number;
    durationMax?: number;
  }>;
}
