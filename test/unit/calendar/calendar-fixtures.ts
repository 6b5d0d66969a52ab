/** Shared fixtures of the calendar specs: the shipped configuration and seed-001-like tasks. */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import rrulePkg from 'rrule';
import { loadHolidayOverrides } from '../../../config/holidays/holiday-overrides.loader.js';
import { loadScheduleDefaults } from '../../../config/channels/schedule-defaults.loader.js';
import { WorkingDayCalendar } from '../../../src/domain/calendar/working-days.js';
import type { ExpansionContext, QuotaTask } from '../../../src/domain/calendar/quota-expansion.js';

const { rrulestr } = rrulePkg;

export function shippedContext(year: number, calendar = new WorkingDayCalendar(loadHolidayOverrides())): ExpansionContext {
  return { year, calendar, schedules: loadScheduleDefaults() };
}

/** Seed 001 (commune Hành Đức, plan of 2024), tasks 6, 9, 10 and 11, as the grammar reads them. */
export function seed001Tasks(): QuotaTask[] {
  const yearRound = { recurring: 'continuous' as const, from: '2024-01-01', to: '2024-12-31' };
  return [
    { taskId: 'kh41-2024.6', channel: 'performance', timeframe: { from: '2024-01-01', to: '2024-12-31' } },
    { taskId: 'kh41-2024.9', channel: 'meeting', timeframe: yearRound },
    {
      taskId: 'kh41-2024.10',
      channel: 'web-portal',
      quota: { count: 3, unit: 'tin, bài', per: 'month' },
      timeframe: yearRound,
    },
    {
      taskId: 'kh41-2024.11',
      channel: 'radio',
      quota: { count: 1, unit: 'chương trình', per: 'month', durationMin: 10, durationMax: 15 },
      timeframe: yearRound,
    },
  ];
}

/** Expands floating iCalendar rule text with rrule.js (no tzid): 'YYYY-MM-DDTHH:MM' local. */
export function expandWithRrule(text: string): string[] {
  return rrulestr(text, { forceset: true })
    .all()
    .map((d) => d.toISOString().slice(0, 16));
}

export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** Expands an iCalendar text with ical.js (an independent library): local date-times by event UID. */
export function expandWithIcalJs(text: string, limit = 10_000): Map<string, string[]> {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const out = new Map<string, string[]>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    const list: string[] = [];
    for (let next = it.next(); next; next = it.next()) {
      list.push(DateTime.fromJSDate(next.toJSDate()).setZone('Asia/Ho_Chi_Minh').toFormat("yyyy-MM-dd'T'HH:mm"));
      if (list.length > limit) throw new Error('runaway expansion');
    }
    out.set(event.uid, list.sort());
  }
  return out;
}
