/**
 * The iCalendar feed of a calendar: one VEVENT per (task, channel) rule, carrying the
 * rule's RRULE, EXDATE and RDATE, so that a client expanding it gets exactly Loa's slots.
 * Times are written with TZID=Asia/Ho_Chi_Minh and a VTIMEZONE (a fixed UTC+7 offset:
 * Vietnam has had no daylight saving since 1975). Plain function: no Nest.
 */
import ical, { type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { renderRuleText, type CalendarRule } from '../../domain/calendar/quota-expansion.js';
import { VIETNAM_TZID, VIETNAM_UTC_OFFSET_MINUTES } from '../../domain/calendar/local-date.js';

export const VIETNAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${VIETNAM_TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19750613T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface IcalFeedOptions {
  /** Calendar name (X-WR-CALNAME), e.g. "Lịch tuyên truyền CCHC — UBND xã Hành Đức". */
  name: string;
  /** Event title of a rule; default "<taskId> · <channel>". */
  summary?: (rule: CalendarRule) => string;
  /** Description of a rule's events. */
  description?: (rule: CalendarRule) => string | undefined;
  /** Length of an event without a duration from the quota, minutes (default 30). */
  defaultDurationMinutes?: number;
  /** Domain of the event UIDs (default "loa.local"). */
  uidDomain?: string;
  /** DTSTAMP of every event; pass a fixed instant for reproducible output (default: now). */
  stamp?: Date;
}

function uidOf(rule: CalendarRule, domain: string): string {
  return `${rule.taskId}:${rule.channel}@${domain}`;
}

export interface IcalFeedInput {
  rules: readonly CalendarRule[];
}

/** Builds the ical-generator calendar (for callers that stream or serve it): one VEVENT per rule. */
export function buildIcalCalendar(input: IcalFeedInput, options: IcalFeedOptions): ICalCalendar {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Loa', product: 'lich-tuyen-truyen-cchc', language: 'VI' },
    timezone: { name: VIETNAM_TZID, generator: () => VIETNAM_VTIMEZONE },
  });
  const domain = options.uidDomain ?? 'loa.local';
  for (const rule of input.rules) {
    const summary = options.summary ? options.summary(rule) : `${rule.taskId} · ${rule.channel}`;
    const description = options.description?.(rule);
    const start = DateTime.fromISO(`${rule.start.date}T${rule.start.time}`, { zone: VIETNAM_TZID });
    const minutes = rule.durationMax ?? rule.durationMin ?? options.defaultDurationMinutes ?? 30;
    const lines = renderRuleText(rule, { tzid: VIETNAM_TZID, utcOffsetMinutes: VIETNAM_UTC_OFFSET_MINUTES })
      .split('\n')
      .filter((line) => !line.startsWith('DTSTART'));
    calendar.createEvent({
      id: uidOf(rule, domain),
      start,
      end: start.plus({ minutes }),
      timezone: VIETNAM_TZID,
      summary,
      ...(description !== undefined ? { description } : {}),
      repeating: lines.join('\n'),
      ...(options.stamp ? { stamp: options.stamp } : {}),
    });
  }
  return calendar;
}

/** The iCalendar text (RFC 5545) of a set of rules. */
export function buildIcalFeed(input: IcalFeedInput, options: IcalFeedOptions): string {
  return buildIcalCalendar(input, options).toString();
}
