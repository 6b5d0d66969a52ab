/**
 * The iCalendar feed of a calendar: one VEVENT per (plan, task, channel) rule, carrying the
 * rule's RRULE, EXDATE and RDATE, so that a client expanding it gets exactly Loa's slots; a
 * slot that holds an item is an override of its occurrence (same UID, RECURRENCE-ID) titled
 * with the item. Times are written with TZID=Asia/Ho_Chi_Minh and a VTIMEZONE (a fixed UTC+7
 * offset: Vietnam has had no daylight saving since 1975); DTSTAMP is UTC with "Z", as RFC 5545
 * § 3.8.7.2 requires. Plain function: no Nest.
 */
import ical, { type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarSlot } from '../../domain/calendar/calendar.types.js';
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

/** A rule of the feed; `planId` scopes its UID (rules of several plans share one feed). */
export interface FeedRule extends CalendarRule {
  planId?: string;
}

/** A slot that holds an item: its occurrence is overridden with the item's title. */
export interface FeedPlacement {
  planId?: string;
  slotId: string;
  taskId: string;
  channel: string;
  date: string;
  time: string;
  summary: string;
  description?: string;
}

export interface IcalFeedOptions {
  /** Calendar name (X-WR-CALNAME), e.g. "Lịch tuyên truyền CCHC — UBND xã Hành Đức". */
  name: string;
  /** Event title of a rule; default "<channel name> · <taskId>". */
  summary?: (rule: FeedRule) => string;
  /** Description of a rule's events. */
  description?: (rule: FeedRule) => string | undefined;
  /** The Vietnamese name of a channel (default: its code). */
  channelName?: (channel: string) => string;
  /** Length of an event without a duration from the quota, minutes (default 30). */
  defaultDurationMinutes?: number;
  /** Domain of the event UIDs (default "loa.local"). */
  uidDomain?: string;
  /** Scopes every UID whose rule has no planId (e.g. a digest of the plan file), so feeds of two plans never share a UID. */
  uidScope?: string;
  /** DTSTAMP of every event; pass a fixed instant for reproducible output (default: now). */
  stamp?: Date;
}

export interface IcalFeedInput {
  rules: readonly FeedRule[];
  /** The expansion's slots: a placement on one of them overrides that occurrence. */
  slots?: readonly (CalendarSlot & { planId?: string })[];
  placements?: readonly FeedPlacement[];
}

function uidOf(rule: { planId?: string; taskId: string; channel: string }, domain: string, scope: string | undefined): string {
  return [rule.planId ?? scope, rule.taskId, rule.channel].filter((x) => x !== undefined && x !== '').join(':') + `@${domain}`;
}

const occurrenceKey = (x: { planId?: string; taskId: string; channel: string; date: string; time: string }) =>
  `${x.planId ?? ''}\u0000${x.taskId}\u0000${x.channel}\u0000${x.date}T${x.time}`;

/** Builds the ical-generator calendar (for callers that stream or serve it). */
export function buildIcalCalendar(input: IcalFeedInput, options: IcalFeedOptions): ICalCalendar {
  // No calendar-level time zone: ical-generator would then write DTSTAMP in local time
  // without "Z". Each event carries TZID; the VTIMEZONE is added to the text (buildIcalFeed).
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Loa', product: 'lich-tuyen-truyen-cchc', language: 'VI' },
  });
  const domain = options.uidDomain ?? 'loa.local';
  const channelName = options.channelName ?? ((c: string) => c);
  const stamp = options.stamp ?? new Date();
  const durations = new Map<string, number>();
  for (const rule of input.rules) {
    const summary = options.summary ? options.summary(rule) : `${channelName(rule.channel)} · ${rule.taskId}`;
    const description = options.description?.(rule);
    const start = DateTime.fromISO(`${rule.start.date}T${rule.start.time}`, { zone: VIETNAM_TZID });
    const minutes = rule.durationMax ?? rule.durationMin ?? options.defaultDurationMinutes ?? 30;
    durations.set(`${rule.planId ?? ''}\u0000${rule.taskId}\u0000${rule.channel}`, minutes);
    const lines = renderRuleText(rule, { tzid: VIETNAM_TZID, utcOffsetMinutes: VIETNAM_UTC_OFFSET_MINUTES })
      .split('\n')
      .filter((line) => !line.startsWith('DTSTART'));
    calendar.createEvent({
      id: uidOf(rule, domain, options.uidScope),
      start,
      end: start.plus({ minutes }),
      timezone: VIETNAM_TZID,
      summary,
      ...(description !== undefined ? { description } : {}),
      repeating: lines.join('\n'),
      stamp,
    });
  }
  const occurrences = new Set((input.slots ?? []).map(occurrenceKey));
  for (const p of input.placements ?? []) {
    const start = DateTime.fromISO(`${p.date}T${p.time}`, { zone: VIETNAM_TZID });
    const minutes = durations.get(`${p.planId ?? ''}\u0000${p.taskId}\u0000${p.channel}`) ?? options.defaultDurationMinutes ?? 30;
    const instance = occurrences.has(occurrenceKey(p)) && durations.has(`${p.planId ?? ''}\u0000${p.taskId}\u0000${p.channel}`);
    calendar.createEvent({
      // An occurrence of a rule is overridden; a slot the rule no longer yields (kept as history) is an event of its own.
      id: instance ? uidOf(p, domain, options.uidScope) : `${p.planId ?? options.uidScope ?? 'slot'}:slot:${p.slotId}@${domain}`,
      ...(instance ? { recurrenceId: start } : {}),
      start,
      end: start.plus({ minutes }),
      timezone: VIETNAM_TZID,
      summary: p.summary,
      ...(p.description !== undefined ? { description: p.description } : {}),
      stamp,
    });
  }
  return calendar;
}

/** The iCalendar text (RFC 5545) of a set of rules, with the Asia/Ho_Chi_Minh VTIMEZONE. */
export function buildIcalFeed(input: IcalFeedInput, options: IcalFeedOptions): string {
  const text = buildIcalCalendar(input, options).toString();
  const at = text.indexOf('BEGIN:VEVENT');
  const insertAt = at >= 0 ? at : text.indexOf('END:VCALENDAR');
  return `${text.slice(0, insertAt)}X-WR-TIMEZONE:${VIETNAM_TZID}\r\n${VIETNAM_VTIMEZONE}\r\n${text.slice(insertAt)}`;
}
