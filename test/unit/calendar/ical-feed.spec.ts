import nodeIcal from 'node-ical';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import fc from 'fast-check';
import { expect } from 'chai';
import { expandWithIcalJs, seed001Tasks, shippedContext } from './calendar-fixtures.js';
import { expandCalendar, type CalendarExpansion, type QuotaTask } from '../../../src/domain/calendar/quota-expansion.js';
import { buildIcalFeed } from '../../../src/modules/calendar/ical-feed.js';

const ZONE = 'Asia/Ho_Chi_Minh';

function mixedTasks(year: number): QuotaTask[] {
  const y = String(year);
  return [
    {
      taskId: 'web',
      channel: 'web-portal',
      quota: { count: 3, unit: 'tin, bài', per: 'month' },
      timeframe: { from: `${y}-03-11`, to: `${y}-12-31` },
    },
    { taskId: 'radio', channel: 'radio', quota: { count: 1, per: 'month', durationMin: 10, durationMax: 15 } },
    { taskId: 'sat', channel: 'radio', quota: { count: 1, per: 'month', weekday: 'saturday', weekOfMonth: 'last', partOfDay: 'morning' } },
    { taskId: 'fri3', channel: 'led-screen', quota: { count: 1, per: 'month', weekday: 'friday', weekOfMonth: 3 } },
    { taskId: 'zalo', channel: 'zalo-oa', quota: { count: 2, per: 'week' }, timeframe: { from: `${y}-01-03`, to: `${y}-11-20` } },
    { taskId: 'daily', channel: 'radio', quota: { count: 2, per: 'day' }, timeframe: { from: `${y}-01-15`, to: `${y}-05-15` } },
    { taskId: 'press', channel: 'press', quota: { count: 2, per: 'quarter' }, timeframe: { from: `${y}-04-01`, to: `${y}-09-30` } },
    { taskId: 'yearly', channel: 'bulletin', quota: { count: 1, per: 'year' } },
    { taskId: 'many', channel: 'facebook', quota: { count: 25, per: 'month' }, timeframe: { from: `${y}-02-01`, to: `${y}-03-31` } },
    { taskId: 'busy-week', channel: 'facebook', quota: { count: 7, per: 'week' }, timeframe: { from: `${y}-04-24`, to: `${y}-05-20` } },
    { taskId: 'due', channel: 'bulletin', deadline: { before: `${y}-11-30` } },
    { taskId: 'ongoing', channel: 'meeting', timeframe: { recurring: 'continuous', from: `${y}-01-01`, to: `${y}-12-31` } },
  ];
}

/** Local 'YYYY-MM-DDTHH:MM' of every slot, by UID (task:channel). */
function slotsByUid(e: CalendarExpansion): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const s of e.slots) {
    const uid = `${s.taskId}:${s.channel}@loa.local`;
    map.set(uid, [...(map.get(uid) ?? []), `${s.date}T${s.time}`]);
  }
  for (const list of map.values()) list.sort();
  return map;
}

for (const [label, year, tasks] of [
  ['seed 001, 2024', 2024, seed001Tasks()],
  ['mixed patterns, 2024', 2024, mixedTasks(2024)],
  ['mixed patterns, 2025', 2025, mixedTasks(2025)],
  ['mixed patterns, 2026', 2026, mixedTasks(2026)],
] as const) {
  describe(`iCalendar feed: ${label}`, () => {
    const e = expandCalendar(tasks, shippedContext(year));
    const text = buildIcalFeed(e, { name: `Lịch tuyên truyền CCHC ${year}`, stamp: new Date('2024-01-01T00:00:00Z') });

    it('ical.js, expanding the feed, gets exactly the slot dates and times of the JSON output', () => {
      const fromIcs = expandWithIcalJs(text);
      const fromSlots = slotsByUid(e);
      expect([...fromIcs.keys()].sort()).to.deep.equal([...fromSlots.keys()].sort());
      for (const [uid, list] of fromSlots) expect(fromIcs.get(uid), uid).to.deep.equal(list);
    });

    it('has one VEVENT per rule, in Asia/Ho_Chi_Minh with its VTIMEZONE', () => {
      expect(text.match(/BEGIN:VEVENT/g)?.length).to.equal(e.rules.length);
      expect(text).to.contain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
      expect(text).to.match(/DTSTART;TZID=Asia\/Ho_Chi_Minh:\d{8}T\d{6}/);
    });

    it('node-ical reads the same RRULE + EXDATE series (rules without RDATE, which node-ical ignores)', () => {
      const parsed = nodeIcal.sync.parseICS(text);
      const fromSlots = slotsByUid(e);
      let checked = 0;
      for (const rule of e.rules) {
        if (rule.rdates.length > 0 || rule.encoding !== 'pattern') continue;
        const uid = `${rule.taskId}:${rule.channel}@loa.local`;
        const event = Object.values(parsed).find((c) => c?.type === 'VEVENT' && (c as nodeIcal.VEvent).uid === uid);
        expect(event, uid).to.not.equal(undefined);
        const instances = nodeIcal.expandRecurringEvent(event as nodeIcal.VEvent, {
          from: new Date(`${year - 1}-12-01T00:00:00Z`),
          to: new Date(`${year + 1}-01-31T00:00:00Z`),
        });
        const got = instances.map((i) => DateTime.fromJSDate(i.start).setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm")).sort();
        expect(got, uid).to.deep.equal(fromSlots.get(uid));
        checked++;
      }
      expect(checked).to.be.greaterThan(0);
    });
  });
}

describe('iCalendar feed: any quota', () => {
  it('property: ical.js expands the feed of random quotas and windows to exactly the slots', function () {
    this.timeout(60_000);
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
    const quotaArb = fc.record(
      {
        per: fc.constantFrom('day', 'week', 'month', 'quarter', 'year', 'campaign' as const),
        count: fc.integer({ min: 1, max: 30 }),
        weekday: fc.constantFrom(...weekdays),
        weekOfMonth: fc.constantFrom(1, 2, 3, 4, 5, 'last' as const),
        partOfDay: fc.constantFrom('morning', 'noon', 'afternoon', 'evening' as const),
      },
      { requiredKeys: ['per', 'count'] },
    );
    const taskArb = fc.record({
      quota: quotaArb,
      channel: fc.constantFrom('web-portal', 'radio', 'zalo-oa', 'performance'),
      a: fc.integer({ min: 0, max: 364 }),
      b: fc.integer({ min: 0, max: 364 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(2024, 2025, 2026), fc.array(taskArb, { minLength: 1, maxLength: 4 }), (year, specs) => {
        const tasks: QuotaTask[] = specs.map((s, i) => ({
          taskId: `t${i}`,
          channel: s.channel,
          quota: s.quota,
          timeframe: {
            from: DateTime.utc(year, 1, 1)
              .plus({ days: Math.min(s.a, s.b) })
              .toISODate()!,
            to: DateTime.utc(year, 1, 1)
              .plus({ days: Math.max(s.a, s.b) })
              .toISODate()!,
          },
        }));
        const e = expandCalendar(tasks, shippedContext(year));
        const text = buildIcalFeed(e, { name: 'thử', stamp: new Date('2024-01-01T00:00:00Z') });
        const fromIcs = expandWithIcalJs(text);
        for (const [uid, list] of slotsByUid(e)) expect(fromIcs.get(uid), `${uid}\n${text}`).to.deep.equal(list);
        expect(fromIcs.size).to.equal(e.rules.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('iCalendar feed: stamps, UIDs, names and placed items (issue 12 item 12)', () => {
  const e = expandCalendar(
    [
      { taskId: '1', channel: 'web-portal', quota: { count: 3, unit: 'tin, bài', per: 'month' } },
      { taskId: '2', channel: 'radio', quota: { count: 1, per: 'month', durationMin: 10, durationMax: 15 } },
    ],
    shippedContext(2024),
  );
  const names: Record<string, string> = { 'web-portal': 'Cổng/Trang thông tin điện tử', radio: 'Đài truyền thanh' };
  const march = e.slots.filter((s) => s.channel === 'web-portal' && s.date.startsWith('2024-03'))[1];
  const stamp = new Date('2024-03-11T17:30:00.000Z');
  const feedOf = (planId: string) =>
    buildIcalFeed(
      {
        rules: e.rules.map((r) => ({ ...r, planId })),
        slots: e.slots.map((s) => ({ ...s, planId })),
        placements: [
          {
            planId,
            slotId: 'slot-1',
            taskId: march.taskId,
            channel: march.channel,
            date: march.date,
            time: march.time,
            summary: `${names[march.channel]} · Tháng hành động vì dịch vụ công`,
          },
        ],
      },
      { name: 'Lịch thử', channelName: (c) => names[c] ?? c, stamp },
    );
  const a = feedOf('plan-a');
  const b = feedOf('plan-b');

  it('writes every DTSTAMP in UTC with Z, as ical.js and node-ical read it', () => {
    const stamps = a.match(/^DTSTAMP:.*$/gm) ?? [];
    expect(stamps.length).to.equal(e.rules.length + 1);
    for (const line of stamps) expect(line.trim()).to.equal('DTSTAMP:20240311T173000Z');
    const root = new ICAL.Component(ICAL.parse(a));
    for (const v of root.getAllSubcomponents('vevent')) {
      const t = v.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(t.zone?.tzid).to.equal('UTC');
      expect(t.toJSDate().toISOString()).to.equal('2024-03-11T17:30:00.000Z');
    }
    const parsed = nodeIcal.sync.parseICS(a);
    for (const c of Object.values(parsed))
      if (c?.type === 'VEVENT') expect((c as nodeIcal.VEvent).dtstamp.toISOString()).to.equal('2024-03-11T17:30:00.000Z');
  });

  it('gives UIDs no two plans share, and none twice within a feed (overrides aside)', () => {
    const uids = (text: string) => new Set((text.match(/^UID:.*$/gm) ?? []).map((l) => l.trim()));
    const ua = uids(a);
    const ub = uids(b);
    expect(ua.size).to.equal(e.rules.length);
    expect([...ua].filter((u) => ub.has(u))).to.deep.equal([]);
    expect([...ua]).to.include('UID:plan-a:1:web-portal@loa.local');
    const scoped = buildIcalFeed({ rules: e.rules }, { name: 'x', uidScope: 'abc123', stamp });
    expect(scoped).to.include('UID:abc123:1:web-portal@loa.local');
  });

  it('titles rules with Vietnamese channel names and the placed occurrence with its item, read back by ical.js', () => {
    const root = new ICAL.Component(ICAL.parse(a));
    for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const masters = events.filter((ev) => !ev.isRecurrenceException());
    const overrides = events.filter((ev) => ev.isRecurrenceException());
    expect(masters.map((m) => m.summary).sort()).to.deep.equal(['Cổng/Trang thông tin điện tử · 1', 'Đài truyền thanh · 2']);
    expect(overrides).to.have.length(1);
    const web = masters.find((m) => m.uid === 'plan-a:1:web-portal@loa.local')!;
    web.relateException(overrides[0]);
    const it = web.iterator();
    const titles: string[] = [];
    for (let next = it.next(); next; next = it.next()) {
      const details = web.getOccurrenceDetails(next);
      const local = DateTime.fromJSDate(details.startDate.toJSDate()).setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm");
      titles.push(`${local} ${details.item.summary}`);
    }
    expect(titles).to.have.length(36);
    expect(titles).to.include(`${march.date}T${march.time} Cổng/Trang thông tin điện tử · Tháng hành động vì dịch vụ công`);
    expect(titles.filter((t) => t.includes('Tháng hành động'))).to.have.length(1);
  });

  it('node-ical reads the override as the recurrence of that day', () => {
    const parsed = nodeIcal.sync.parseICS(a);
    const web = Object.values(parsed).find(
      (c) => c?.type === 'VEVENT' && (c as nodeIcal.VEvent).uid === 'plan-a:1:web-portal@loa.local',
    ) as nodeIcal.VEvent;
    // node-ical files an override under more than one key (the day and the instant): one distinct override.
    const recurrences = [
      ...new Map(Object.values(web.recurrences ?? {}).map((r) => [String(r.uid) + (r.start as Date).toISOString(), r])).values(),
    ];
    expect(recurrences).to.have.length(1);
    expect(String(recurrences[0].summary)).to.equal('Cổng/Trang thông tin điện tử · Tháng hành động vì dịch vụ công');
    expect(
      DateTime.fromJSDate(recurrences[0].start as Date)
        .setZone(ZONE)
        .toFormat("yyyy-MM-dd'T'HH:mm"),
    ).to.equal(`${march.date}T${march.time}`);
  });
});
