/**
 * The plan and queue rules on real services and real databases (both): history is immutable
 * when an active plan changes, past slots are filled only by a deliberate backfill, placing is
 * one statement that never places twice, and the slot's item must exist.
 */
import { openReviewKeys } from '../../../src/domain/plan/plan-identity.js';
import { expect } from 'chai';
import { DataSource } from 'typeorm';
import { systemActor, type Actor } from '../../../src/modules/access/principal.js';
import { AuditEntryEntity } from '../../../src/modules/audit/audit-entry.entity.js';
import { newId } from '../../../src/modules/common/ids.js';
import type { ContentItemEntity } from '../../../src/modules/content/content-item.entity.js';
import { ContentService } from '../../../src/modules/content/content.service.js';
import { QueueService } from '../../../src/modules/content/queue.service.js';
import { PlansService } from '../../../src/modules/plans/plans.service.js';
import { UnitsService } from '../../../src/modules/units/units.service.js';
import { ChannelAccountsService } from '../../../src/modules/dispatch/channel-accounts.service.js';
import { ProofsService } from '../../../src/modules/proofs/proofs.service.js';
import { ReportsService } from '../../../src/modules/reports/reports.service.js';
import type { PlanEntity } from '../../../src/modules/plans/plan.entity.js';
import { seedTree, type Tree } from '../../support/fixtures.js';
import { seedText } from '../../support/seeds.js';
import { describeEachDatabase } from '../../support/test-databases.js';
import { actorOf, type ServiceContext, startServices } from './service-context.js';

interface SlotRow {
  id: string;
  slotKey: string;
  date: string;
  itemId: string | null;
}

describeEachDatabase('queue and plan services', (kind) => {
  let ctx: ServiceContext;
  let tree: Tree;
  let editor: Actor;
  let approver: Actor;
  let plans: PlansService;
  let content: ContentService;
  let queue: QueueService;
  let ds: DataSource;

  const activePlan = async (unitId: string): Promise<{ plan: PlanEntity; webTask: string }> => {
    const draft = await plans.import(systemActor, unitId, Buffer.from(seedText('001')), '001.txt');
    const { plan } = await plans.activate(systemActor, draft.id, draft.rowVersion, { acknowledge: openReviewKeys(draft.document) });
    return { plan, webTask: plan.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota !== null)!.id };
  };
  const approved = async (unitId: string, planId: string, taskId: string, title: string): Promise<ContentItemEntity> => {
    let item = await content.create(editor, unitId, { title, channels: ['web-portal'], planId, taskId });
    item = await content.act(editor, item.id, item.version, 'submit', undefined);
    return content.act(approver, item.id, item.version, 'approve', undefined);
  };
  /** A new commune of the province with seed 001 active; the province's system admin works there. */
  const freshCommune = async (name: string) => {
    const unit = await ctx.app.get(UnitsService).create(systemActor, { parentId: tree.province.id, name, level: 'commune' });
    // Approval needs an account for the item's API channel (dispatch): the commune's web portal is served through the pull API.
    await ctx.app
      .get(ChannelAccountsService)
      .create(systemActor, unit.id, { channel: 'web-portal', kind: 'pull', name: 'web-portal (hệ thống ngoài)' });
    const { plan, webTask } = await activePlan(unit.id);
    return { unit, plan, webTask, admin: await actorOf(ctx.app, tree.users.systemAdmin.id) };
  };
  const approvedBy = async (actor: Actor, unitId: string, planId: string, taskId: string, title: string): Promise<ContentItemEntity> => {
    let item = await content.create(actor, unitId, { title, channels: ['web-portal'], planId, taskId });
    item = await content.act(actor, item.id, item.version, 'submit', undefined);
    return content.act(actor, item.id, item.version, 'approve', undefined);
  };
  const slotsOf = async (planId: string, taskId: string): Promise<SlotRow[]> =>
    (await ds.query(
      `SELECT "id", "slotKey", "date", "itemId" FROM slots WHERE "planId" = '${planId}' AND "taskId" = '${taskId}' AND "channel" = 'web-portal' ORDER BY "date", "slotKey"`,
    )) as SlotRow[];
  const audits = async (action: string, entityId: string) => ds.getRepository(AuditEntryEntity).find({ where: { action, entityId } });

  before(async () => {
    ctx = await startServices(kind, '2024-03-05T02:00:00.000Z');
    tree = await seedTree(ctx.app);
    editor = await actorOf(ctx.app, tree.users.editor.id);
    approver = await actorOf(ctx.app, tree.users.approver.id);
    plans = ctx.app.get(PlansService);
    content = ctx.app.get(ContentService);
    queue = ctx.app.get(QueueService);
    ds = ctx.app.get(DataSource);
  });
  after(async () => {
    await ctx?.close();
  });

  it('keeps a published March article in its slot when the task moves to "Quý II/2024", and keeps counting it', async () => {
    ctx.clock.set('2024-03-05T02:00:00.000Z');
    const { plan, webTask } = await activePlan(tree.communeA.id);
    const article = await approved(tree.communeA.id, plan.id, webTask, 'Bài tháng Ba đã đăng');
    const { placements, item } = await queue.enqueue(editor, article.id, article.version);
    expect(placements[0].date.startsWith('2024-03')).to.equal(true);
    expect(placements[0].date < '2024-03-25').to.equal(true);
    ctx.clock.set(`${placements[0].date}T05:00:00.000Z`); // noon of the slot's day, after its 08:00 publication
    await content.act(approver, item.id, item.version, 'publish', undefined);
    // Published counts only with a proof (reports): the article appeared on its slot's day.
    await ctx.app
      .get(ProofsService)
      .recordManual(approver, article.id, { channel: 'web-portal', publishedAt: `${placements[0].date}T08:00` });
    ctx.clock.set('2024-03-25T02:00:00.000Z');
    const before = await slotsOf(plan.id, webTask);
    const current = await plans.get(systemActor, plan.id);
    await plans.patchTask(approver, plan.id, webTask, current.rowVersion, { timeframeText: 'Quý II/2024' });

    const after = await slotsOf(plan.id, webTask);
    const held = after.find((s) => s.itemId === article.id);
    expect(held, 'the published article keeps its slot').to.deep.equal(before.find((s) => s.itemId === article.id));
    expect((await content.get(editor, article.id)).item.status).to.equal('published');
    // Past slots (January to 24 March) stay as they were; no open slot after today is left outside April–June.
    for (const s of before.filter((x) => x.date < '2024-03-25'))
      expect(
        after.find((a) => a.id === s.id),
        s.slotKey,
      ).to.deep.equal(s);
    const future = after.filter((s) => s.date >= '2024-03-25');
    expect(future.length).to.equal(9);
    expect(future.every((s) => s.date >= '2024-04-01' && s.date <= '2024-06-30')).to.equal(true);
    const reports = ctx.app.get(ReportsService);
    const year = await reports.fulfilment(editor, tree.communeA.id, '2024');
    const row = year.rows.find((r) => r.planId === plan.id && r.taskId === webTask && r.channel === 'web-portal')!;
    expect(row.published).to.equal(1);
    expect(row.planned).to.equal(after.length);
    const march = await reports.fulfilment(editor, tree.communeA.id, '2024-03');
    const marchRow = march.rows.find((r) => r.planId === plan.id && r.taskId === webTask && r.channel === 'web-portal')!;
    expect(marchRow.published).to.equal(1);
    expect(marchRow.planned).to.equal(after.filter((s) => s.date.startsWith('2024-03')).length);
  });

  it('says in Vietnamese that the open slots of a past year are past, and backfills only when asked, audited', async () => {
    ctx.clock.set('2024-03-05T02:00:00.000Z');
    const { plan, webTask } = await activePlan(tree.communeB.id);
    const foreignAdmin = await actorOf(ctx.app, tree.users.foreign.id);
    let item = await content.create(foreignAdmin, tree.communeB.id, {
      title: 'Tin đăng bù',
      channels: ['web-portal'],
      planId: plan.id,
      taskId: webTask,
    });
    item = await content.act(foreignAdmin, item.id, item.version, 'submit', undefined);
    item = await content.act(foreignAdmin, item.id, item.version, 'approve', undefined);
    ctx.clock.set('2025-02-10T02:00:00.000Z');
    const refused = await queue.enqueue(foreignAdmin, item.id, item.version).catch((e: unknown) => e);
    expect(refused).to.have.property('code', 'QUEUE_SLOTS_PAST');
    expect((refused as Error).message)
      .to.include('đều đã qua ngày')
      .and.include('36 ô')
      .and.include('10/02/2025')
      .and.include('backfill');
    expect(await slotsOf(plan.id, webTask).then((s) => s.filter((x) => x.itemId))).to.deep.equal([]);

    const { placements } = await queue.enqueue(foreignAdmin, item.id, item.version, undefined, { backfill: true });
    expect(placements[0].date.startsWith('2024-01')).to.equal(true);
    const [entry] = await audits('item.backfill', item.id);
    expect(entry.actorUserId).to.equal(tree.users.foreign.id);
    expect(entry.changes).to.deep.include({ today: '2025-02-10' });
    expect(entry.changes?.backfill).to.deep.equal([{ slot: placements[0].slotKey, date: placements[0].date }]);
  });

  it('refuses a chosen past slot without the flag and records a deliberate backfill', async () => {
    ctx.clock.set('2024-03-05T02:00:00.000Z');
    const { plan, webTask } = await activePlan(tree.village.id);
    const admin = await actorOf(ctx.app, tree.users.unitAdmin.id);
    await ctx.app
      .get(ChannelAccountsService)
      .create(systemActor, tree.village.id, { channel: 'web-portal', kind: 'pull', name: 'web-portal (hệ thống ngoài)' });
    let item = await content.create(admin, tree.village.id, {
      title: 'Tin tháng Một',
      channels: ['web-portal'],
      planId: plan.id,
      taskId: webTask,
    });
    item = await content.act(admin, item.id, item.version, 'submit', undefined);
    item = await content.act(admin, item.id, item.version, 'approve', undefined);
    const january = (await slotsOf(plan.id, webTask)).find((s) => s.date.startsWith('2024-01'))!;
    const refused = await queue.place(admin, item.id, item.version, january.id).catch((e: unknown) => e);
    expect(refused).to.have.property('code', 'SLOT_IN_PAST');
    expect((refused as Error).message).to.include(`Ô lịch ngày ${january.date.slice(8)}/01/2024 đã qua`);
    const { placement } = await queue.place(admin, item.id, item.version, january.id, { backfill: true });
    expect(placement.slotId).to.equal(january.id);
    expect(await audits('item.backfill', item.id)).to.have.length(1);
    expect(await audits('item.place', item.id)).to.have.length(0);
  });

  it('queues, unplaces and queues again into the same earliest slot', async () => {
    ctx.clock.set('2024-05-02T02:00:00.000Z');
    const plan = (await ds.query(`SELECT "id" FROM plans WHERE "unitId" = '${tree.communeA.id}' AND "status" = 'active'`)) as {
      id: string;
    }[];
    const full = await plans.get(systemActor, plan[0].id);
    const webTask = full.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota !== null)!.id;
    const item = await approved(tree.communeA.id, full.id, webTask, 'Vào, ra, vào lại');
    const first = await queue.enqueue(editor, item.id, item.version);
    expect(first.item.status).to.equal('scheduled');
    const out = await queue.unplace(editor, item.id, first.item.version);
    expect(out.status).to.equal('approved');
    expect((await slotsOf(full.id, webTask)).filter((s) => s.itemId === item.id)).to.deep.equal([]);
    const again = await queue.enqueue(editor, item.id, out.version);
    expect(again.placements[0].slotId).to.equal(first.placements[0].slotId);
    expect(again.item.status).to.equal('scheduled');
  });

  it('never places twice when many enqueue at once, each claim one statement', async () => {
    ctx.clock.set('2024-06-03T02:00:00.000Z');
    const { unit, plan, webTask, admin } = await freshCommune('UBND xã Đua Tranh');
    const items: ContentItemEntity[] = [];
    for (let i = 0; i < 8; i++) items.push(await approvedBy(admin, unit.id, plan.id, webTask, `Đua ${i}`));
    const results = await Promise.allSettled(items.map((x) => queue.enqueue(admin, x.id, x.version)));
    const errors = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
    expect(errors, errors.join('\n')).to.deep.equal([]);
    const placed = results.map(
      (r) => (r as PromiseFulfilledResult<{ placements: { slotId: string; date: string }[] }>).value.placements[0],
    );
    expect(new Set(placed.map((p) => p.slotId)).size).to.equal(8);
    // Together they took the eight earliest open slots from today.
    const open = (await slotsOf(plan.id, webTask)).filter((s) => s.date >= '2024-06-03');
    expect(placed.map((p) => p.slotId).sort()).to.deep.equal(
      open
        .slice(0, 8)
        .map((s) => s.id)
        .sort(),
    );
    const rows = (await ds.query(
      `SELECT "itemId", COUNT(*) AS n FROM slots WHERE "itemId" IS NOT NULL GROUP BY "itemId", "channel" HAVING COUNT(*) > 1`,
    )) as unknown[];
    expect(rows).to.deep.equal([]);
  });

  it('fills a month with approved items in one operation, oldest first, and fills nothing twice', async () => {
    ctx.clock.set('2024-07-01T02:00:00.000Z');
    const { unit, plan, webTask, admin } = await freshCommune('UBND xã Lấp Đầy');
    const august = () => slotsOf(plan.id, webTask).then((all) => all.filter((s) => s.date.startsWith('2024-08')));
    const open = await august();
    expect(open).to.have.length(3);
    const items: ContentItemEntity[] = [];
    for (let i = 0; i < 4; i++) {
      ctx.clock.set(`2024-07-01T02:0${i}:00.000Z`); // created one minute apart: the oldest is the first
      items.push(await approvedBy(admin, unit.id, plan.id, webTask, `Tháng Tám ${i}`));
    }
    const denied = await queue.fillMonth(editor, unit.id, '2024-08').catch((e: unknown) => e);
    expect(denied, 'an editor of another commune does not see this one').to.have.property('code', 'NOT_FOUND');
    const r = await queue.fillMonth(admin, unit.id, '2024-08');
    expect(r).to.deep.include({ placed: 3, items: 3, backfill: false, from: '2024-08-01', to: '2024-08-31' });
    expect(r.unplaced).to.deep.equal([{ itemId: items[3].id, channel: 'web-portal' }]);
    // The three oldest items, in date order.
    expect((await august()).map((s) => s.itemId)).to.deep.equal(items.slice(0, 3).map((x) => x.id));
    for (const x of items.slice(0, 3)) {
      const { item } = await content.get(admin, x.id);
      expect(item.status).to.equal('scheduled');
      expect(item.version).to.equal(x.version + 1);
    }
    expect((await content.get(admin, items[3].id)).item.status).to.equal('approved');
    const history = await content.history(admin, items[0].id);
    expect(history.map((h) => h.action)).to.deep.equal(['submit', 'approve', 'schedule']);
    const again = await queue.fillMonth(admin, unit.id, '2024-08');
    expect(again.placed).to.equal(0);
    const [entry] = await audits('calendar.fill', unit.id);
    expect(entry.changes).to.deep.include({ month: '2024-08', placed: 3, items: 3 });
  });

  it('fills a past month only as a backfill, and says why otherwise', async () => {
    ctx.clock.set('2024-07-01T02:00:00.000Z');
    const { unit, plan, webTask, admin } = await freshCommune('UBND xã Đăng Bù');
    await approvedBy(admin, unit.id, plan.id, webTask, 'Tin tháng Năm');
    const refused = await queue.fillMonth(admin, unit.id, '2024-05').catch((e: unknown) => e);
    expect(refused).to.have.property('code', 'QUEUE_SLOTS_PAST');
    expect((refused as Error).message)
      .to.include('tháng 05/2024')
      .and.include('đã qua ngày');
    const r = await queue.fillMonth(admin, unit.id, '2024-05', { backfill: true });
    expect(r).to.deep.include({ placed: 1, backfill: true, from: '2024-05-01' });
    const [entry] = await audits('calendar.backfill', unit.id);
    expect(entry.changes).to.deep.include({ month: '2024-05', placed: 1, today: '2024-07-01' });
  });

  it('refuses a slot item that does not exist (the foreign key), on this database', async () => {
    const [slot] = (await ds.query(`SELECT "id" FROM slots WHERE "itemId" IS NULL LIMIT 1`)) as { id: string }[];
    const failed = await ds.query(`UPDATE slots SET "itemId" = '${newId()}' WHERE "id" = '${slot.id}'`).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(failed, 'an item id that names no item is refused').to.be.instanceOf(Error);
    expect(String((failed as Error).message)).to.match(/foreign key/i);
  });
});
