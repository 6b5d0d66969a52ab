/**
 * The roll-up's summary (fulfilment_tallies) on both databases: after every kind of change to
 * the counted facts (calendar sync, a plan edit that moves open slots, placing and unplacing,
 * a proof, a publication, a plan archived, raw writes), each unit's roll-up figures read from the
 * summary equal a full recount from the slots and proofs themselves, for Ministry and calendar
 * windows and "today" before, inside and after them; and `rebuild` recounts everything.
 */
import { expect } from 'chai';
import { DataSource } from 'typeorm';
import { loadParCriterion } from '../../../config/par-index/par-criterion.loader.js';
import { countFulfilment, type PublicationTally, type SlotTally, totalsOf, totalsOfSums } from '../../../src/domain/reports/fulfilment.js';
import { parseReportingPeriod } from '../../../src/domain/reports/reporting-period.js';
import { scoreFigures, scoreOf } from '../../../src/domain/reports/score-projection.js';
import { systemActor } from '../../../src/modules/access/principal.js';
import { ContentService } from '../../../src/modules/content/content.service.js';
import { QueueService } from '../../../src/modules/content/queue.service.js';
import { PlansService } from '../../../src/modules/plans/plans.service.js';
import { ProofsService } from '../../../src/modules/proofs/proofs.service.js';
import { FulfilmentTalliesRepository } from '../../../src/modules/reports/fulfilment-tallies.repository.js';
import { ReportsService } from '../../../src/modules/reports/reports.service.js';
import { activeSeedPlan, seedTree, type Tree } from '../../support/fixtures.js';
import { describeEachDatabase } from '../../support/test-databases.js';
import { type ServiceContext, startServices } from './service-context.js';

const criterion = loadParCriterion();
const windows = [
  parseReportingPeriod('2024-Q1', 'ministry'),
  parseReportingPeriod('2024-Q2', 'ministry'),
  parseReportingPeriod('2024', 'calendar'),
  parseReportingPeriod('2024-03', 'calendar'),
];
const days = ['2024-01-01', '2024-02-20', '2024-03-15', '2024-03-20', '2024-12-20'];

type Figures = Record<
  string,
  {
    planned: number;
    published: number;
    counted: number;
    dueSoFar: number;
    behind: boolean;
    points: number | null;
    projected: number | null;
  }
>;

describeEachDatabase('roll-up summary (fulfilment_tallies)', (kind) => {
  let s: ServiceContext;
  let tree: Tree;
  let planId: string;
  let webTask: string;

  const viaSummary = async (w: { from: string; to: string }, today: string): Promise<Figures> => {
    const units = (await s.app.get(FulfilmentTalliesRepository).readUnits(tree.province.path, w, today, criterion))!;
    const out: Figures = {};
    for (const u of units) {
      const totals = totalsOfSums(u.sums);
      const score =
        totals.planned > 0 ? scoreOf(criterion, { totals, projectedCounted: u.projectedCounted, earnedGroups: u.earnedGroups }) : null;
      if (totals.planned > 0 || totals.published > 0)
        out[u.unitId] = {
          planned: totals.planned,
          published: totals.published,
          counted: totals.counted,
          dueSoFar: totals.dueSoFar,
          behind: totals.behind,
          points: score?.points ?? null,
          projected: score?.projected.points ?? null,
        };
    }
    return out;
  };
  const recounted = async (w: { from: string; to: string }, today: string): Promise<Figures> => {
    const { slots, publications } = await s.app.get(ReportsService).rollupFactsFromRows(tree.province.path, w, today);
    const byUnit = new Map<string, { slots: SlotTally[]; pubs: PublicationTally[] }>();
    const at = (id: string) => byUnit.get(id) ?? byUnit.set(id, { slots: [], pubs: [] }).get(id)!;
    for (const x of slots) at(x.unitId).slots.push(x);
    for (const p of publications) at(p.unitId).pubs.push(p);
    const out: Figures = {};
    for (const [unitId, f] of byUnit) {
      const rows = countFulfilment({ window: w, slots: f.slots, publicationTallies: f.pubs, obligations: [], tasks: new Map() });
      const totals = totalsOf(rows);
      const score = totals.planned > 0 ? scoreOf(criterion, scoreFigures(criterion, rows, w, today, totals)) : null;
      if (totals.planned > 0 || totals.published > 0)
        out[unitId] = {
          planned: totals.planned,
          published: totals.published,
          counted: totals.counted,
          dueSoFar: totals.dueSoFar,
          behind: totals.behind,
          points: score?.points ?? null,
          projected: score?.projected.points ?? null,
        };
    }
    return out;
  };
  /** The summary agrees with a full recount for every window and day; answers commune A's Q1 figures. */
  const agree = async (after: string) => {
    for (const w of windows) {
      for (const today of days)
        expect(await viaSummary(w, today), `${after}: ${w.label} on ${today}`).to.deep.equal(await recounted(w, today));
    }
    const dirty = (await s.app.get(DataSource).query(`SELECT COUNT(*) AS "n" FROM "fulfilment_dirty"`)) as { n: unknown }[];
    expect(Number(dirty[0].n), `${after}: every changed unit recounted`).to.equal(0);
    return (await viaSummary(windows[0], '2024-03-20'))[tree.communeA.id];
  };
  const approved = async (title: string) => {
    const content = s.app.get(ContentService);
    let item = await content.create(systemActor, tree.communeA.id, { title, channels: ['web-portal'], planId, taskId: webTask });
    item = await content.act(systemActor, item.id, item.version, 'submit', undefined);
    return content.act(systemActor, item.id, item.version, 'approve', undefined);
  };

  before(async function () {
    this.timeout(120_000);
    s = await startServices(kind, '2024-03-20T02:00:00.000Z');
    tree = await seedTree(s.app, 't');
  });
  after(async () => {
    await s?.close();
  });

  it('agrees with a full recount after the calendar sync of an activation, and after a plan edit that moves open slots', async function () {
    this.timeout(120_000);
    const plan = await activeSeedPlan(s.app.get(PlansService), tree.communeA.id, '001');
    planId = plan.id;
    webTask = plan.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota !== null)!.id;
    expect((await agree('sync')).planned).to.be.greaterThan(0);
    // Q1 is over on 20/3 (its slots stay); the edit moves and adds the open slots of Q2.
    const q2 = async () => (await viaSummary(windows[1], '2024-03-20'))[tree.communeA.id].planned;
    const synced = await q2();
    const plans = s.app.get(PlansService);
    const current = await plans.get(systemActor, planId);
    await plans.patchTask(systemActor, planId, webTask, current.rowVersion, { quotaText: '04 tin, bài/tháng' });
    await agree('plan edit');
    expect(await q2()).to.be.greaterThan(synced);
  });

  it('agrees after placing and unplacing items, proofs (first one counts, by its Vietnamese day), publishing and raw writes', async function () {
    this.timeout(120_000);
    const queue = s.app.get(QueueService);
    const proofs = s.app.get(ProofsService);
    const first = await approved('Tin A');
    const a = (await queue.enqueue(systemActor, first.id, first.version)).item;
    const b = await approved('Tin B');
    const placed = (await queue.enqueue(systemActor, b.id, b.version)).item;
    await agree('place');
    await queue.unplace(systemActor, placed.id, placed.version);
    await agree('unplace');
    const before = (await agree('before proofs')).published;
    await proofs.recordManual(systemActor, b.id, {
      channel: 'web-portal',
      publishedAt: '2024-03-14T16:30:00Z',
      url: 'https://t.example.gov.vn/b',
    });
    expect((await agree('proof on 14/3 at 23:30')).published).to.equal(before + 1);
    // A second proof of the same item on the channel does not count again; an earlier one moves it.
    await proofs.recordManual(systemActor, b.id, { channel: 'web-portal', publishedAt: '2024-03-16', url: 'https://t.example.gov.vn/b2' });
    expect((await agree('second proof')).published).to.equal(before + 1);
    await proofs.recordManual(systemActor, a.id, { channel: 'web-portal', publishedAt: '2024-03-15', url: 'https://t.example.gov.vn/a' });
    expect((await agree('proof on 15/3')).published).to.equal(before + 1);
    const content = s.app.get(ContentService);
    const { item: fresh } = await content.get(systemActor, a.id);
    await content.act(systemActor, a.id, fresh.version, 'publish', undefined);
    await agree('publish');
    const ds = s.app.get(DataSource);
    await ds.query(`UPDATE "publication_proofs" SET "publishedAt" = '2024-03-01T01:00:00.000Z' WHERE "itemId" = '${a.id}'`);
    expect((await agree('proof moved into Q1')).published).to.equal(before + 2);
    await ds.query(`DELETE FROM "publication_proofs" WHERE "itemId" = '${b.id}' AND "url" = 'https://t.example.gov.vn/b'`);
    await agree('first proof deleted');
    await ds.query(
      `UPDATE "slots" SET "date" = '2024-04-02' WHERE "planId" = '${planId}' AND "date" >= '2024-03-01' AND "date" <= '2024-03-14' AND "itemId" IS NULL`,
    );
    await agree('slots moved by hand');
  });

  it('agrees after a plan leaves the active state, and rebuild recounts every unit from nothing', async function () {
    this.timeout(120_000);
    const ds = s.app.get(DataSource);
    await ds.query(`UPDATE "plans" SET "status" = 'archived' WHERE "id" = '${planId}'`);
    expect((await agree('archived')).planned).to.equal(0);
    await ds.query(`UPDATE "plans" SET "status" = 'active' WHERE "id" = '${planId}'`);
    const active = await agree('active again');
    await ds.query(`DELETE FROM "fulfilment_tallies"`);
    expect(await s.app.get(FulfilmentTalliesRepository).rebuild()).to.be.greaterThan(3);
    expect(await agree('rebuilt')).to.deep.equal(active);
  });
});
