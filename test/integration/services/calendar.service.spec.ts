/** The calendar service on real databases (both): slots by channel, access, and the iCalendar feed. */
import { openReviewKeys } from '../../../src/domain/plan/plan-identity.js';
import { expect } from 'chai';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { readFileSync } from 'node:fs';
import { systemActor, type Actor } from '../../../src/modules/access/principal.js';
import { CalendarService } from '../../../src/modules/calendar/calendar.service.js';
import { ContentService } from '../../../src/modules/content/content.service.js';
import { QueueService } from '../../../src/modules/content/queue.service.js';
import { PlansService } from '../../../src/modules/plans/plans.service.js';
import { seedTree, type Tree } from '../../support/fixtures.js';
import { seedText } from '../../support/seeds.js';
import { describeEachDatabase } from '../../support/test-databases.js';
import { actorOf, type ServiceContext, startServices } from './service-context.js';

describeEachDatabase('calendar service', (kind) => {
  let ctx: ServiceContext;
  let tree: Tree;
  let editor: Actor;
  let calendar: CalendarService;
  let planIds: string[];
  let placedTitle: string;
  let placedDay: string;

  before(async () => {
    ctx = await startServices(kind, '2024-03-05T02:00:00.000Z');
    tree = await seedTree(ctx.app);
    editor = await actorOf(ctx.app, tree.users.editor.id);
    calendar = ctx.app.get(CalendarService);
    const plans = ctx.app.get(PlansService);
    planIds = [];
    for (const text of [seedText('001'), readFileSync('examples/ke-hoach-tuyen-truyen-cchc-2026.txt', 'utf8')]) {
      const draft = await plans.import(systemActor, tree.communeA.id, Buffer.from(text), 'kh.txt');
      planIds.push(
        (await plans.activate(systemActor, draft.id, draft.rowVersion, { acknowledge: openReviewKeys(draft.document) })).plan.id,
      );
    }
    const plan = await plans.get(systemActor, planIds[0]);
    const task = plan.document.tasks.find((t) => t.channels.includes('web-portal') && t.quota !== null)!;
    const content = ctx.app.get(ContentService);
    placedTitle = 'Hướng dẫn nộp hồ sơ trực tuyến toàn trình';
    let item = await content.create(editor, tree.communeA.id, {
      title: placedTitle,
      channels: ['web-portal'],
      planId: plan.id,
      taskId: task.id,
    });
    item = await content.act(editor, item.id, item.version, 'submit', undefined);
    item = await content.act(await actorOf(ctx.app, tree.users.approver.id), item.id, item.version, 'approve', undefined);
    placedDay = (await ctx.app.get(QueueService).enqueue(editor, item.id, item.version)).placements[0].date;
  });
  after(async () => {
    await ctx?.close();
  });

  it('lists a window of slots by channel, open or filled, and refuses a reversed window', async () => {
    const march = await calendar.slots(editor, tree.communeA.id, '2024-03-01', '2024-03-31', 'web-portal');
    expect(march).to.have.length(1);
    const filled = march[0].slots.filter((s) => s.state === 'filled');
    expect(filled.map((s) => s.date)).to.deep.equal([placedDay]);
    const bad = await calendar.slots(editor, tree.communeA.id, '2024-03-31', '2024-03-01').catch((e: unknown) => e);
    expect(bad).to.have.property('code', 'CALENDAR_RANGE_INVALID');
  });

  it("hides another commune's calendar as not found", async () => {
    const foreign = await actorOf(ctx.app, tree.users.foreign.id);
    const denied = await calendar.slots(foreign, tree.communeA.id, '2024-03-01', '2024-03-31').catch((e: unknown) => e);
    expect(denied).to.have.property('code', 'NOT_FOUND');
  });

  it("serves a feed with UTC stamps, UIDs scoped by plan, Vietnamese channel names and the placed item's title", async () => {
    const { url } = await calendar.createFeed(editor, tree.communeA.id, null);
    const token = /calendar-feeds\/([^.]+)\.ics$/.exec(url)![1];
    const text = await calendar.feed(token);
    for (const line of text.match(/^DTSTAMP:.*$/gm) ?? []) expect(line.trim()).to.equal('DTSTAMP:20240305T020000Z');
    const root = new ICAL.Component(ICAL.parse(text));
    for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const masters = events.filter((e) => !e.isRecurrenceException());
    expect(new Set(masters.map((e) => e.uid)).size).to.equal(masters.length);
    for (const id of planIds)
      expect(
        masters.some((e) => e.uid.startsWith(`${id}:`)),
        id,
      ).to.equal(true);
    expect(masters.every((e) => /^[0-9a-f-]{36}:[^:]+:[a-z-]+@loa$/.test(e.uid))).to.equal(true);
    const portal = masters.filter((e) => e.uid.endsWith(':web-portal@loa'));
    expect(portal.length).to.be.greaterThan(0);
    expect(portal.every((e) => e.summary.startsWith('Cổng/Trang thông tin điện tử · '))).to.equal(true);
    expect(masters.some((e) => e.summary.includes('[web-portal]'))).to.equal(false);
    const overrides = events.filter((e) => e.isRecurrenceException());
    expect(overrides.map((e) => e.summary)).to.deep.equal([`Cổng/Trang thông tin điện tử · ${placedTitle}`]);
    const parsed = nodeIcal.sync.parseICS(text);
    const withOverride = Object.values(parsed).filter(
      (c) => c?.type === 'VEVENT' && Object.keys((c as nodeIcal.VEvent).recurrences ?? {}).length > 0,
    ) as nodeIcal.VEvent[];
    expect(withOverride).to.have.length(1);
    expect(withOverride[0].uid.startsWith(`${planIds[0]}:`)).to.equal(true);
    expect(Object.values(withOverride[0].recurrences!).every((r) => String(r.summary).endsWith(placedTitle))).to.equal(true);
  });

  it('revokes the previous feed when a new one is asked for', async () => {
    const first = await calendar.createFeed(editor, tree.communeA.id, 'radio');
    await calendar.createFeed(editor, tree.communeA.id, 'radio');
    const token = /calendar-feeds\/([^.]+)\.ics$/.exec(first.url)![1];
    const gone = await calendar.feed(token).catch((e: unknown) => e);
    expect(gone).to.have.property('code', 'NOT_FOUND');
  });
});
