import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'chai';
import { dayDiff, expandWithRrule, seed001Tasks, shippedContext } from './calendar-fixtures.js';
import { defaultHolidayDirectory, loadHolidayOverrides } from '../../../config/holidays/holiday-overrides.loader.js';
import {
  expandCalendar,
  expandTask,
  impliedRRule,
  reconcileSlots,
  toCalendarJson,
  type CalendarExpansion,
  type CalendarSlot,
  type QuotaTask,
} from '../../../src/domain/calendar/quota-expansion.js';
import { hungKingsDate, lunarNewYearEveDate, lunarToSolar, solarToLunar, tetDate } from '../../../src/domain/calendar/lunar-calendar.js';
import { WorkingDayCalendar } from '../../../src/domain/calendar/working-days.js';
import type { Quota } from '../../../src/domain/grammar/phrase.types.js';

const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

function byTask(e: CalendarExpansion, taskId: string): CalendarSlot[] {
  return e.slots.filter((s) => s.taskId === taskId);
}

/** Every rule of an expansion, expanded by rrule.js, gives exactly the slots' local date-times. */
function expectRulesReproduceSlots(e: CalendarExpansion): void {
  for (const rule of e.rules) {
    const fromRule = expandWithRrule(rule.rrule).sort();
    const fromSlots = e.slots
      .filter((s) => s.taskId === rule.taskId && s.channel === rule.channel)
      .map((s) => `${s.date}T${s.time}`)
      .sort();
    expect(fromRule, `${rule.taskId}:${rule.channel}\n${rule.rrule}`).to.deep.equal(fromSlots);
  }
}

describe('quota expansion: seed 001 (commune Hành Đức) for 2024', () => {
  const ctx = shippedContext(2024);
  const e = expandCalendar(seed001Tasks(), ctx);
  const web = byTask(e, 'kh41-2024.10');
  const radio = byTask(e, 'kh41-2024.11');

  it('web portal "03 tin, bài/tháng": 36 slots, 3 in every month', () => {
    expect(web).to.have.length(36);
    for (let m = 1; m <= 12; m++) {
      const month = `2024-${String(m).padStart(2, '0')}`;
      expect(
        web.filter((s) => s.date.startsWith(month)),
        month,
      ).to.have.length(3);
    }
  });

  it('spreads the 3 of a month: no two within 5 days', () => {
    for (let m = 1; m <= 12; m++) {
      const month = `2024-${String(m).padStart(2, '0')}`;
      const dates = web
        .filter((s) => s.date.startsWith(month))
        .map((s) => s.date)
        .sort();
      for (let i = 1; i < dates.length; i++) expect(dayDiff(dates[i - 1]!, dates[i]!), month).to.be.greaterThan(5);
    }
  });

  it('radio "Mỗi tháng 01 chương trình (10-15 phút)": 12 slots carrying 10–15 minutes, at the radio session', () => {
    expect(radio).to.have.length(12);
    for (const s of radio) {
      expect(s).to.deep.include({ durationMin: 10, durationMax: 15, time: '06:00' });
    }
    expect(new Set(radio.map((s) => s.date.slice(0, 7))).size).to.equal(12);
  });

  it('no slot on a weekend, a solar holiday, Tết or Giỗ Tổ', () => {
    const lunar = new Set([tetDate(2024), lunarNewYearEveDate(2024), hungKingsDate(2024)]);
    const solar = ['2024-01-01', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03'];
    for (const s of e.slots) {
      expect([0, 6], s.id).not.to.include(weekdayOf(s.date));
      expect(solar, s.id).not.to.include(s.date);
      expect(lunar.has(s.date), s.id).to.equal(false);
      expect(ctx.calendar.isWorkingDay(s.date), s.id).to.equal(true);
      expect(ctx.calendar.isWorkingDay(s.due), s.id).to.equal(true);
      expect(s.due < s.date, s.id).to.equal(true);
    }
    expect(web.some((s) => s.date >= '2024-02-08' && s.date <= '2024-02-14')).to.equal(false);
  });

  it('the continuous task with no number is an open obligation; "Trong năm 2024" is one due slot', () => {
    expect(e.obligations.map((o) => [o.taskId, o.reason])).to.deep.equal([['kh41-2024.9', 'continuous']]);
    expect(byTask(e, 'kh41-2024.9')).to.have.length(0);
    expect(byTask(e, 'kh41-2024.6').map((s) => [s.id, s.date])).to.deep.equal([['kh41-2024.6:performance:due:1', '2024-12-31']]);
  });

  it('slot ids are (task, channel, period, index) and unique', () => {
    expect(web[0]!.id).to.equal('kh41-2024.10:web-portal:2024-01:1');
    expect(new Set(e.slots.map((s) => s.id)).size).to.equal(e.slots.length);
  });

  it('rrule.js, expanding each rule text, gets exactly the slots', () => {
    expect(e.rules.find((r) => r.taskId === 'kh41-2024.10')!.rrule).to.match(
      /^DTSTART:20240104T080000\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=4,11,-4;UNTIL=20241231T235959/,
    );
    expectRulesReproduceSlots(e);
  });

  it('is deterministic and its JSON follows the contract', () => {
    const again = toCalendarJson(expandCalendar(seed001Tasks(), ctx));
    const json = toCalendarJson(e);
    expect(again).to.deep.equal(json);
    expect(Object.keys(json)).to.deep.equal(['year', 'rules', 'slots']);
    expect(Object.keys(json.rules[0]!)).to.deep.equal(['taskId', 'channel', 'rrule']);
    const radioJson = json.slots.find((s) => s.channel === 'radio')!;
    expect(Object.keys(radioJson)).to.deep.equal(['id', 'taskId', 'channel', 'date', 'time', 'due', 'durationMin', 'durationMax']);
  });
});

describe('quota expansion: several named weekdays', () => {
  const ctx = shippedContext(2024);

  it('"2 kỳ/tuần vào thứ Tư và thứ Bảy": every slot on a Wednesday or a Saturday, two a week', () => {
    const task: QuotaTask = { taskId: 't', channel: 'radio', quota: { count: 2, per: 'week', weekdays: ['wednesday', 'saturday'] } };
    const { rule, slots } = expandTask(task, ctx);
    expect(rule!.rrule).to.contain('BYDAY=WE,SA');
    const days = new Set(slots.filter((s) => !s.movedFrom).map((s) => weekdayOf(s.date)));
    expect([...days].sort()).to.deep.equal([3, 6]);
    const perWeek = new Map<string, number>();
    for (const s of slots) perWeek.set(s.period, (perWeek.get(s.period) ?? 0) + 1);
    expect(new Set(perWeek.values())).to.deep.equal(new Set([2]));
  });

  it('"T2–T7, mỗi ngày 2 buổi": Saturdays are kept because the plan names them', () => {
    const task: QuotaTask = {
      taskId: 't',
      channel: 'radio',
      quota: {
        count: 2,
        per: 'day',
        weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
        partsOfDay: ['morning', 'afternoon'],
      },
    };
    const { rule, slots } = expandTask(task, ctx);
    expect(rule!.rrule).to.contain('BYDAY=MO,TU,WE,TH,FR,SA');
    expect(slots.some((s) => weekdayOf(s.date) === 6)).to.equal(true);
    expect(slots.some((s) => weekdayOf(s.date) === 0)).to.equal(false);
  });
});

describe('quota expansion: several named clock times', () => {
  it('"02 lần/ngày vào 6h00 và 17h00": slots at 06:00 and 17:00 on each working day', () => {
    const task: QuotaTask = {
      taskId: 't',
      channel: 'radio',
      quota: { count: 2, per: 'day', timeOfDay: '06:00', timesOfDay: ['06:00', '17:00'] },
    };
    const { rule, slots } = expandTask(task, shippedContext(2024));
    expect(rule!.rrule).to.contain('BYHOUR=6,17');
    expect(new Set(slots.map((s) => s.time))).to.deep.equal(new Set(['06:00', '17:00']));
  });
});

describe('quota expansion: holidays', () => {
  it('a slot on a holiday moves to the next working day of its period, recorded as EXDATE + RDATE', () => {
    const ctx = shippedContext(2024);
    const task: QuotaTask = { taskId: 't', channel: 'zalo-oa', quota: { count: 1, per: 'week', weekday: 'thursday' } };
    const { rule, slots } = expandTask(task, ctx);
    // Thursday 18/4/2024 is Giỗ Tổ: the slot moves to Friday 19/4, same week
    const moved = slots.find((s) => s.period === '2024-W16')!;
    expect(moved).to.deep.include({ date: '2024-04-19', movedFrom: '2024-04-18', index: 1 });
    expect(rule!.rrule).to.contain('20240418T090000').and.to.contain('RDATE:').and.to.contain('20240419T090000');
    expect(rule!.exdates.length).to.equal(rule!.rdates.length);
    expect(slots.filter((s) => s.movedFrom).length).to.equal(rule!.rdates.length);
    expect(expandWithRrule(rule!.rrule).sort()).to.deep.equal(slots.map((s) => `${s.date}T${s.time}`).sort());
  });

  it('holiday overrides loaded from a file change the slots without code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-holidays-'));
    try {
      for (const f of readdirSync(defaultHolidayDirectory())) {
        if (f.endsWith('.json')) copyFileSync(join(defaultHolidayDirectory(), f), join(dir, f));
      }
      const before = expandCalendar(seed001Tasks(), shippedContext(2024, new WorkingDayCalendar(loadHolidayOverrides(dir))));
      const radioMarch = byTask(before, 'kh41-2024.11').find((s) => s.period === '2024-03')!;
      expect(radioMarch.date).to.equal('2024-03-15');
      // A decision makes Friday 15/3/2024 a day off and Saturday 23/3 a make-up day.
      const file = join(dir, '2024.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as { daysOff: unknown[]; workingDays: unknown[] };
      data.daysOff.push({ date: '2024-03-15', name: 'Ngày nghỉ thử nghiệm' });
      writeFileSync(file, JSON.stringify(data));
      const after = expandCalendar(seed001Tasks(), shippedContext(2024, new WorkingDayCalendar(loadHolidayOverrides(dir))));
      const moved = byTask(after, 'kh41-2024.11').find((s) => s.period === '2024-03')!;
      expect(moved).to.deep.include({ id: radioMarch.id, date: '2024-03-18', movedFrom: '2024-03-15' });
      const rule = after.rules.find((r) => r.taskId === 'kh41-2024.11')!;
      expect(rule.rrule).to.contain('EXDATE:20240315T060000').and.to.contain('RDATE:20240318T060000');
      expectRulesReproduceSlots(after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('per-day quotas skip days off and use make-up Saturdays', () => {
    const ctx = shippedContext(2024);
    const { slots, rule } = expandTask(
      { taskId: 'd', channel: 'radio', quota: { count: 2, per: 'day' }, timeframe: { from: '2024-04-26', to: '2024-05-06' } },
      ctx,
    );
    expect([...new Set(slots.map((s) => s.date))]).to.deep.equal(['2024-04-26', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-06']);
    expect(slots.filter((s) => s.date === '2024-05-04').map((s) => s.time)).to.deep.equal(['06:00', '17:00']);
    expect(rule!.rrule).to.contain('BYHOUR=6,17');
    expect(expandWithRrule(rule!.rrule).sort()).to.deep.equal(slots.map((s) => `${s.date}T${s.time}`).sort());
  });
});

describe('quota expansion: edge windows', () => {
  it('a window holding only a make-up Saturday still gives a rule that reproduces its slots', () => {
    const { slots, rule } = expandTask(
      { taskId: 'd', channel: 'radio', quota: { count: 2, per: 'day' }, timeframe: { from: '2024-05-04', to: '2024-05-05' } },
      shippedContext(2024),
    );
    expect(slots.map((s) => `${s.date}T${s.time}`)).to.deep.equal(['2024-05-04T06:00', '2024-05-04T17:00']);
    expect(rule!.encoding).to.equal('explicit');
    expect(expandWithRrule(rule!.rrule)).to.deep.equal(['2024-05-04T06:00', '2024-05-04T17:00']);
  });

  it('a window outside the plan year makes nothing', () => {
    const r = expandTask(
      { taskId: 'x', channel: 'radio', quota: { count: 1, per: 'month' }, timeframe: { from: '2025-01-01', to: '2025-12-31' } },
      shippedContext(2024),
    );
    expect(r.slots).to.have.length(0);
    expect(r.rule).to.equal(null);
  });
});

describe('quota expansion: stable slots', () => {
  it('re-expansion with one quota changed keeps every other slot and the ids of the changed one', () => {
    const ctx = shippedContext(2024);
    const before = expandCalendar(seed001Tasks(), ctx);
    const edited = seed001Tasks().map((t) => (t.taskId === 'kh41-2024.10' ? { ...t, quota: { ...t.quota, count: 4 } } : t));
    const after = expandCalendar(edited, ctx);
    const r = reconcileSlots(before.slots, after.slots);
    expect(r.removed).to.have.length(0);
    expect(r.added.map((s) => s.id)).to.deep.equal(
      Array.from({ length: 12 }, (_, i) => `kh41-2024.10:web-portal:2024-${String(i + 1).padStart(2, '0')}:4`),
    );
    // radio and the due slot did not move
    for (const s of before.slots.filter((x) => x.taskId !== 'kh41-2024.10')) {
      expect(r.kept.map((k) => k.id)).to.include(s.id);
    }
    // every web slot of before still exists (same id), possibly at a new date
    for (const s of before.slots.filter((x) => x.taskId === 'kh41-2024.10')) {
      expect(after.slots.some((x) => x.id === s.id)).to.equal(true);
    }
  });

  it('narrowing the timeframe releases the slots outside it and keeps the ids inside', () => {
    const ctx = shippedContext(2024);
    const before = expandCalendar(seed001Tasks(), ctx);
    const narrowed = seed001Tasks().map((t) =>
      t.taskId === 'kh41-2024.10' ? { ...t, timeframe: { from: '2024-03-11', to: '2024-12-31' } } : t,
    );
    const after = expandCalendar(narrowed, ctx);
    const r = reconcileSlots(before.slots, after.slots);
    expect(r.added).to.have.length(0);
    expect(r.moved).to.have.length(0);
    expect(r.removed.map((s) => s.id)).to.deep.equal([
      'kh41-2024.10:web-portal:2024-01:1',
      'kh41-2024.10:web-portal:2024-01:2',
      'kh41-2024.10:web-portal:2024-01:3',
      'kh41-2024.10:web-portal:2024-02:1',
      'kh41-2024.10:web-portal:2024-02:2',
      'kh41-2024.10:web-portal:2024-02:3',
      'kh41-2024.10:web-portal:2024-03:1',
    ]);
    expectRulesReproduceSlots(after);
  });

  it('refuses two rules for the same (task, channel)', () => {
    const t = seed001Tasks()[2]!;
    expect(() => expandCalendar([t, t], shippedContext(2024))).to.throw(/kênh web-portal/);
  });
});

describe('quota expansion: patterns', () => {
  const ctx = shippedContext(2025);

  it('"vào ngày 15 hằng tháng": the 15th of each month, moved only when it is a day off', () => {
    const task = { taskId: 'd15', channel: 'radio' as const, quota: { count: 1, per: 'month' as const, dayOfMonth: 15 } };
    const { slots, rule } = expandTask(task, ctx);
    expect(rule!.recur).to.equal('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(slots).to.have.length(12);
    for (const s of slots) {
      expect(Number((s.movedFrom ?? s.date).slice(8)), s.date).to.equal(15);
      if (s.movedFrom) expect(ctx.calendar.isWorkingDay(s.movedFrom), s.movedFrom).to.equal(false);
      else expect(ctx.calendar.isWorkingDay(s.date), s.date).to.equal(true);
    }
    // 15/6/2025 is a Sunday: the slot moves to a working day of June
    expect(slots.find((s) => s.movedFrom === '2025-06-15')?.date.slice(0, 7)).to.equal('2025-06');
    expect(expandWithRrule(rule!.rrule).sort()).to.deep.equal(slots.map((s) => `${s.date}T${s.time}`).sort());
  });

  it('"ngày 10 và ngày 25 hằng tháng": both days of each month', () => {
    const task = {
      taskId: 'd1025',
      channel: 'radio' as const,
      quota: { count: 2, per: 'month' as const, dayOfMonth: 10, daysOfMonth: [10, 25] },
    };
    const { slots, rule } = expandTask(task, ctx);
    expect(rule!.recur).to.equal('FREQ=MONTHLY;BYMONTHDAY=10,25');
    expect(slots).to.have.length(24);
    expect(slots.map((s) => Number((s.movedFrom ?? s.date).slice(8))).filter((d) => d !== 10 && d !== 25)).to.deep.equal([]);
    expect(expandWithRrule(rule!.rrule).sort()).to.deep.equal(slots.map((s) => `${s.date}T${s.time}`).sort());
  });

  it('"ngày 31 hằng tháng": no slot in a month that has no 31st, as BYMONTHDAY=31 gives none', () => {
    const task = { taskId: 'd31', channel: 'radio' as const, quota: { count: 1, per: 'month' as const, dayOfMonth: 31 } };
    const { slots, rule } = expandTask(task, ctx);
    expect(rule!.recur).to.equal('FREQ=MONTHLY;BYMONTHDAY=31');
    expect(slots.map((s) => (s.movedFrom ?? s.date).slice(5, 7))).to.deep.equal(['01', '03', '05', '07', '08', '10', '12']);
    expect(expandWithRrule(rule!.rrule).sort()).to.deep.equal(slots.map((s) => `${s.date}T${s.time}`).sort());
  });

  it('"mùng 1 và ngày rằm hằng tháng" (âm lịch): the lunar 1st and 15th, listed as RDATEs since no RRULE says them', () => {
    const quota: Quota = { count: 2, per: 'month', dayOfMonth: 1, daysOfMonth: [1, 15], calendar: 'lunar' };
    const { slots, rule } = expandTask({ taskId: 'lunar', channel: 'radio', quota }, ctx);
    // Every lunar 1st and 15th that falls in 2025, from the lunar months (2025 has a leap sixth month).
    const expected: string[] = [];
    for (const [lunarYear, month, leap] of [
      [2024, 12, false],
      ...[1, 2, 3, 4, 5, 6].map((m) => [2025, m, false]),
      [2025, 6, true],
      ...[7, 8, 9, 10, 11, 12].map((m) => [2025, m, false]),
    ] as Array<[number, number, boolean]>) {
      for (const day of [1, 15]) {
        const d = lunarToSolar(day, month, lunarYear, leap)!;
        const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
        if (iso.startsWith('2025-')) expected.push(iso);
      }
    }
    expect(slots.map((s) => s.movedFrom ?? s.date).sort()).to.deep.equal(expected.sort());
    // Tết (lunar 1/1, 29/01/2025) is a day off: its slot moves; the Lantern Festival (rằm tháng Giêng) is 12/02/2025.
    expect(slots.find((s) => s.movedFrom === '2025-01-29')).to.not.equal(undefined);
    expect(slots.some((s) => s.date === '2025-02-12')).to.equal(true);
    expect(rule!.encoding).to.equal('explicit');
    expect(expandWithRrule(rule!.rrule).sort()).to.deep.equal(slots.map((s) => `${s.date}T${s.time}`).sort());
    expect(impliedRRule(quota)).to.equal(null);
  });

  it('"ngày 30 âm lịch hằng tháng": a lunar month of 29 days has no 30th, so no slot that month', () => {
    const quota: Quota = { count: 1, per: 'month', dayOfMonth: 30, calendar: 'lunar' };
    const { slots } = expandTask({ taskId: 'lunar30', channel: 'radio', quota }, ctx);
    // The 30ths that exist, from the lunar months that fall in 2025 (the lunar date of each must come back as a 30th).
    const expected: string[] = [];
    for (const [lunarYear, month, leap] of [
      [2024, 11, false],
      [2024, 12, false],
      ...[1, 2, 3, 4, 5, 6].map((m) => [2025, m, false]),
      [2025, 6, true],
      ...[7, 8, 9, 10, 11, 12].map((m) => [2025, m, false]),
    ] as Array<[number, number, boolean]>) {
      const d = lunarToSolar(30, month, lunarYear, leap);
      if (!d || solarToLunar(d.day, d.month, d.year).day !== 30) continue;
      const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      if (iso.startsWith('2025-')) expected.push(iso);
    }
    expect(expected.length).to.be.within(4, 9);
    expect(slots.map((s) => s.movedFrom ?? s.date).sort()).to.deep.equal(expected.sort());
  });

  it('a day of the month that no month has (0, 32, 1.5) is not a day: the count is spread', () => {
    for (const dayOfMonth of [0, 32, 1.5]) {
      const { slots, rule } = expandTask({ taskId: 'bad', channel: 'radio', quota: { count: 1, per: 'month', dayOfMonth } }, ctx);
      expect(rule!.recur, String(dayOfMonth)).to.not.contain('BYMONTHDAY');
      expect(slots, String(dayOfMonth)).to.have.length(12);
    }
  });

  it('named days that do not match the count are spread instead, with a note', () => {
    const { rule, notes } = expandTask({ taskId: 'dx', channel: 'radio', quota: { count: 3, per: 'month', dayOfMonth: 15 } }, ctx);
    expect(rule!.recur).to.not.contain('BYMONTHDAY');
    expect(notes.map((n) => n.code)).to.include('calendar.month-days-ignored');
  });

  it('"thứ Sáu tuần thứ ba" hằng tháng: the third Friday of each month', () => {
    const { slots, rule } = expandTask(
      { taskId: 'p', channel: 'radio', quota: { count: 1, per: 'month', weekday: 'friday', weekOfMonth: 3 } },
      ctx,
    );
    expect(rule!.recur).to.equal('FREQ=MONTHLY;BYDAY=3FR');
    expect(slots).to.have.length(12);
    for (const s of slots) {
      expect(weekdayOf(s.date), s.date).to.equal(5);
      expect(Number(s.date.slice(8))).to.be.within(15, 21);
    }
  });

  it('"sáng thứ 7 tuần cuối mỗi tháng, 60 phút": the last Saturday, morning session, Saturdays kept', () => {
    const { slots, rule } = expandTask(
      {
        taskId: 'p',
        channel: 'radio',
        quota: {
          count: 1,
          unit: 'kỳ',
          per: 'month',
          weekday: 'saturday',
          weekOfMonth: 'last',
          partOfDay: 'morning',
          durationMin: 60,
          durationMax: 60,
        },
      },
      ctx,
    );
    expect(rule!.recur).to.equal('FREQ=MONTHLY;BYDAY=-1SA');
    expect(slots).to.have.length(12);
    // 25/1/2025, the last Saturday of January, is inside the official Tết break: it moves back to Friday 24/1
    expect(slots[0]).to.deep.include({ date: '2025-01-24', movedFrom: '2025-01-25' });
    for (const s of slots) {
      const nominal = s.movedFrom ?? s.date;
      expect(weekdayOf(nominal)).to.equal(6);
      const next = new Date(Date.parse(`${nominal}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 7);
      expect(next).not.to.equal(nominal.slice(0, 7));
      if (s.movedFrom) expect(ctx.calendar.isHoliday(s.movedFrom)).to.equal(true);
      else expect(weekdayOf(s.date)).to.equal(6);
      expect(s).to.deep.include({ time: '06:00', durationMin: 60, durationMax: 60 });
    }
  });

  it('weekday + week: "thứ Ba hằng tuần" every Tuesday; time of day honoured', () => {
    const { slots, rule } = expandTask(
      { taskId: 'p', channel: 'facebook', quota: { count: 1, per: 'week', weekday: 'tuesday', timeOfDay: '11:05' } },
      ctx,
    );
    expect(rule!.recur).to.equal('FREQ=WEEKLY;BYDAY=TU');
    expect(slots.every((s) => s.time === '11:05')).to.equal(true);
    expect(slots.filter((s) => !s.movedFrom).every((s) => weekdayOf(s.date) === 2)).to.equal(true);
    expectRulesReproduceSlots({ year: 2025, rules: [rule!], slots, obligations: [], notes: [] });
  });

  it('part of day maps to the channel’s session: radio afternoon → 17:00', () => {
    const { slots } = expandTask({ taskId: 'p', channel: 'radio', quota: { count: 2, per: 'month', partOfDay: 'afternoon' } }, ctx);
    expect(new Set(slots.map((s) => s.time))).to.deep.equal(new Set(['17:00']));
  });

  it('"Trước ngày 30/11/2025" is one due slot on the last working day before it', () => {
    const { slots, rule } = expandTask({ taskId: 'r', channel: 'bulletin', deadline: { before: '2025-11-30' } }, ctx);
    expect(slots.map((s) => [s.date, s.due])).to.deep.equal([['2025-11-28', '2025-11-21']]);
    expect(expandWithRrule(rule!.rrule)).to.deep.equal(['2025-11-28T08:00']);
  });

  it('"Quý III năm 2025" with 2 per quarter: spread inside the quarter', () => {
    const { slots } = expandTask(
      { taskId: 'q', channel: 'press', quota: { count: 2, per: 'quarter' }, timeframe: { from: '2025-07-01', to: '2025-09-30' } },
      ctx,
    );
    expect(slots.map((s) => s.period)).to.deep.equal(['2025-Q3', '2025-Q3']);
    expect(slots[0]!.date < '2025-08-15' && slots[1]!.date > '2025-08-15').to.equal(true);
  });

  it('a count with no number ("Hằng tuần đưa tin") is an open obligation', () => {
    const r = expandTask({ taskId: 'o', channel: 'radio', quota: { count: null, per: 'week' } }, ctx);
    expect(r.slots).to.have.length(0);
    expect(r.obligation?.reason).to.equal('no-count');
  });

  it('time spent in each period ("40 giờ/tháng", "150 phút mỗi tuần") is an open obligation, no slot per hour', () => {
    for (const quota of [
      { count: 40, unit: 'giờ', per: 'month' as const, atMost: true },
      { count: 150, unit: 'phút', per: 'week' as const },
    ]) {
      const r = expandTask({ taskId: 't', channel: 'radio', quota }, ctx);
      expect(r.slots).to.have.length(0);
      expect(r.obligation?.reason).to.equal('no-count');
      expect(impliedRRule(quota)).to.equal(null);
    }
  });

  it('impliedRRule shows the rule a quota implies', () => {
    expect(impliedRRule({ count: 3, unit: 'tin, bài', per: 'month' })).to.equal('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=4,11,-4');
    expect(impliedRRule({ count: 2, per: 'week' })).to.equal('FREQ=WEEKLY;BYDAY=TU,TH');
    expect(impliedRRule({ count: 1, per: 'month', weekday: 'saturday', weekOfMonth: 'last' })).to.equal('FREQ=MONTHLY;BYDAY=-1SA');
    expect(impliedRRule({ count: 1, countImplicit: true, per: 'month' })).to.equal('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=11');
    expect(impliedRRule({ count: null, per: 'week' })).to.equal(null);
    expect(impliedRRule({ total: true, count: 11 })).to.equal(null);
  });

  it('property: any periodic quota over any window — rrule.js reproduces the slots, all on working days, spread per period', function () {
    this.timeout(30_000);
    const ctx24 = shippedContext(2024);
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year', 'campaign' as const),
        fc.integer({ min: 1, max: 30 }),
        fc.option(fc.constantFrom(...weekdays), { nil: undefined }),
        fc.option(fc.constantFrom(1, 2, 3, 4, 'last' as const), { nil: undefined }),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 365 }),
        (per, count, weekday, weekOfMonth, a, b) => {
          const from = new Date(Date.UTC(2024, 0, 1 + Math.min(a, b))).toISOString().slice(0, 10);
          const to = new Date(Date.UTC(2024, 0, 1 + Math.max(a, b))).toISOString().slice(0, 10);
          const quota: Quota = { count, per };
          if (weekday) quota.weekday = weekday;
          if (weekOfMonth !== undefined && per === 'month') quota.weekOfMonth = weekOfMonth;
          const r = expandTask({ taskId: 'f', channel: 'web-portal', quota, timeframe: { from, to } }, ctx24);
          const slots = r.slots;
          if (r.rule) {
            expect(expandWithRrule(r.rule.rrule).sort()).to.deep.equal(slots.map((s) => `${s.date}T${s.time}`).sort());
          } else {
            expect(slots).to.have.length(0);
          }
          expect(new Set(slots.map((s) => s.id)).size).to.equal(slots.length);
          expect(new Set(slots.map((s) => `${s.date}T${s.time}`)).size).to.equal(slots.length);
          for (const s of slots) {
            expect(s.date >= from && s.date <= to).to.equal(true);
            if (weekday === 'saturday') expect(ctx24.calendar.isHoliday(s.date)).to.equal(false);
            else expect(ctx24.calendar.isWorkingDay(s.date), `${s.id} ${s.date}`).to.equal(true);
          }
          // a full month inside the window gets its count when it has room for it
          if (per === 'month' && !weekday && weekOfMonth === undefined) {
            for (let m = 1; m <= 12; m++) {
              const first = `2024-${String(m).padStart(2, '0')}-01`;
              const last = new Date(Date.UTC(2024, m, 0)).toISOString().slice(0, 10);
              const room = ctx24.calendar.workingDaysBetween(first, last).length;
              if (first >= from && last <= to && count <= room && count <= 20) {
                expect(
                  slots.filter((s) => s.period === first.slice(0, 7)),
                  first,
                ).to.have.length(count);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
