/** The editorial workflow, the queue (with its race) and calendar changes under placed items. */
import { expect } from 'chai';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/modules/common/clock.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { newId } from '../../src/modules/common/ids.js';
import { NotificationEntity } from '../../src/modules/notifications/notification.entity.js';
import { login, seedTree, type Tree, activeSeedPlan } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

class FixedClock extends Clock {
  now(): Date {
    return new Date('2024-03-20T02:00:00.000Z');
  }
}

interface Item {
  id: string;
  status: string;
  version: number;
  body: string;
}
interface Err {
  error: { code: string; message: string };
}

describeEachDatabase('content workflow and queue', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let planId: string;
  let webTask: string;
  const h: Record<string, Record<string, string>> = {};

  const api = async <T>(method: string, path: string, who: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? h[who] : { ...h[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const approvedItem = async (title: string): Promise<Item> => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title,
      channels: ['web-portal'],
      planId,
      taskId: webTask,
      topic: 'tthc',
    });
    const submitted = await api<Item>('POST', `/api/items/${created.body.id}/transitions`, 'editor', {
      action: 'submit',
      version: created.body.version,
    });
    const approved = await api<Item>('POST', `/api/items/${created.body.id}/transitions`, 'approver', {
      action: 'approve',
      version: submitted.body.version,
    });
    expect(approved.status, JSON.stringify(approved.body)).to.equal(201);
    return approved.body;
  };

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db, {}, { clock: new FixedClock() });
    tree = await seedTree(t.app);
    for (const who of ['editor', 'approver', 'viewer', 'unitAdmin'])
      h[who] = { authorization: `Bearer ${(await login(t.baseUrl, tree.users[who].username)).token}` };
    const plans = t.app.get(PlansService);
    const plan = await activeSeedPlan(plans, tree.communeA.id, '001');
    planId = plan.id;
    webTask = plan.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota !== null)!.id;
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('moves an item draft → in review → approved, records who and when, and refuses skipping steps', async () => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title: 'Dịch vụ công trực tuyến toàn trình',
      channels: ['web-portal'],
      planId,
      taskId: webTask,
    });
    expect(created.status).to.equal(201);
    expect(created.body.status).to.equal('draft');
    const early = await api<Err>('POST', `/api/items/${created.body.id}/transitions`, 'approver', { action: 'approve', version: 1 });
    expect(early.status).to.equal(422);
    expect(early.body.error.code).to.equal('TRANSITION_INVALID');
    const submitted = await api<Item>('POST', `/api/items/${created.body.id}/transitions`, 'editor', { action: 'submit', version: 1 });
    const byEditor = await api<Err>('POST', `/api/items/${created.body.id}/transitions`, 'editor', {
      action: 'approve',
      version: submitted.body.version,
    });
    expect(byEditor.status).to.equal(403);
    const rejected = await api<Err>('POST', `/api/items/${created.body.id}/transitions`, 'approver', {
      action: 'reject',
      version: submitted.body.version,
    });
    expect(rejected.body.error.code).to.equal('COMMENT_REQUIRED');
    const back = await api<Item>('POST', `/api/items/${created.body.id}/transitions`, 'approver', {
      action: 'reject',
      version: submitted.body.version,
      comment: 'Bổ sung số liệu quý I',
    });
    expect(back.body.status).to.equal('rejected');
    const history = await api<{ action: string; toStatus: string; comment: string | null; actorUserId: string; actorName: string }[]>(
      'GET',
      `/api/items/${created.body.id}/history`,
      'viewer',
    );
    expect(history.body.map((x) => x.toStatus)).to.deep.equal(['in_review', 'rejected']);
    expect(history.body[1]).to.include({ comment: 'Bổ sung số liệu quý I', actorUserId: tree.users.approver.id });
    // Each step names who took it, as a person reads it (a viewer reads the names too).
    expect(history.body.map((x) => x.actorName)).to.deep.equal([
      `editor (${tree.users.editor.username})`,
      `approver (${tree.users.approver.username})`,
    ]);
  });

  it('refuses a stale edit with 409 instead of overwriting', async () => {
    const created = await api<Item>('POST', '/api/items', 'editor', { unitId: tree.communeA.id, title: 'Bản 1', channels: ['web-portal'] });
    const first = await api<Item>('PATCH', `/api/items/${created.body.id}`, 'editor', { version: 1, title: 'Bản 2' });
    expect(first.status).to.equal(200);
    const second = await api<Err>('PATCH', `/api/items/${created.body.id}`, 'approver', { version: 1, title: 'Bản 3' });
    expect(second.status).to.equal(409);
    expect(second.body.error.code).to.equal('VERSION_CONFLICT');
  });

  it('sanitises script out of the body', async () => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title: 'HTML',
      channels: ['web-portal'],
      body: '<p onclick="steal()">Xin chào<script>alert(1)</script><img src="javascript:alert(2)"><a href="https://dichvucong.gov.vn">DVC</a></p>',
    });
    // The picture's javascript: address is refused, and the picture with it (an empty box otherwise).
    expect(created.body.body).to.equal('<p>Xin chào<a href="https://dichvucong.gov.vn">DVC</a></p>');
  });

  it('queues approved items into the next free slots, earliest first, from today on', async () => {
    const a = await approvedItem('Tin 1');
    const b = await approvedItem('Tin 2');
    const qa = await api<{ item: Item; placements: { date: string; slotKey: string }[] }>('POST', `/api/items/${a.id}/queue`, 'editor', {
      version: a.version,
    });
    const qb = await api<{ item: Item; placements: { date: string }[] }>('POST', `/api/items/${b.id}/queue`, 'editor', {
      version: b.version,
    });
    expect(qa.status, JSON.stringify(qa.body)).to.equal(201);
    expect(qa.body.item.status).to.equal('scheduled');
    expect(qa.body.placements[0].date >= '2024-03-20').to.equal(true);
    expect(qb.body.placements[0].date >= qa.body.placements[0].date).to.equal(true);
    const again = await api<{ placements: unknown[] }>('POST', `/api/items/${a.id}/queue`, 'editor', { version: qa.body.item.version });
    expect(again.body.placements).to.deep.equal([]);
  });

  it('lets one of two editors racing for a slot win, and tells the other', async () => {
    const free = (await t.app
      .get(DataSource)
      .query(
        `SELECT "id" FROM slots WHERE "planId" = '${planId}' AND "channel" = 'web-portal' AND "itemId" IS NULL ORDER BY "date" DESC LIMIT 1`,
      )) as { id: string }[];
    const [x, y] = [await approvedItem('Đua 1'), await approvedItem('Đua 2')];
    const results = await Promise.all([
      api<Err>('PUT', `/api/items/${x.id}/placement`, 'editor', { version: x.version, slotId: free[0].id }),
      api<Err>('PUT', `/api/items/${y.id}/placement`, 'approver', { version: y.version, slotId: free[0].id }),
    ]);
    expect(results.map((r) => r.status).sort()).to.deep.equal([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).to.equal('SLOT_TAKEN');
    const holders = (await t.app.get(DataSource).query(`SELECT "itemId" FROM slots WHERE "id" = '${free[0].id}'`)) as { itemId: string }[];
    expect([x.id, y.id]).to.include(holders[0].itemId);
  });

  it('keeps filled and past slots where they are when the active plan changes; only open future slots go', async () => {
    const queued = await approvedItem('Theo hàng đợi');
    const person = await approvedItem('Người xếp');
    const ds = t.app.get(DataSource);
    const q = await api<{ placements: { slotKey: string; date: string }[] }>('POST', `/api/items/${queued.id}/queue`, 'editor', {
      version: queued.version,
    });
    // The person places an item in the last third slot of a month; the quota then drops to 2 a month.
    const third = (await ds.query(
      `SELECT "id", "slotKey" FROM slots WHERE "planId" = '${planId}' AND "taskId" = '${webTask}' AND "channel" = 'web-portal' AND "index" = 3 AND "itemId" IS NULL ORDER BY "date" DESC LIMIT 1`,
    )) as { id: string; slotKey: string }[];
    const placed = await api<Item & Err>('PUT', `/api/items/${person.id}/placement`, 'editor', {
      version: person.version,
      slotId: third[0].id,
    });
    expect(placed.status, JSON.stringify(placed.body)).to.equal(200);
    const before = (await ds.query(
      `SELECT "id", "slotKey", "date", "itemId" FROM slots WHERE "planId" = '${planId}' AND "taskId" = '${webTask}' AND "channel" = 'web-portal'`,
    )) as { id: string; slotKey: string; date: string; itemId: string | null }[];
    const current = (await api<{ rowVersion: number }>('GET', `/api/plans/${planId}`, 'approver')).body.rowVersion;
    const edit = await api<{ rowVersion: number; version: number }>('PATCH', `/api/plans/${planId}/tasks/${webTask}`, 'approver', {
      rowVersion: current,
      quotaText: '02 tin, bài/tháng',
    });
    expect(edit.status, JSON.stringify(edit.body)).to.equal(200);
    const after = (await ds.query(
      `SELECT "id", "slotKey", "date", "itemId" FROM slots WHERE "planId" = '${planId}' AND "taskId" = '${webTask}' AND "channel" = 'web-portal'`,
    )) as { id: string; slotKey: string; date: string; itemId: string | null }[];
    const byId = new Map(after.map((s) => [s.id, s]));
    // Every filled slot and every slot before today (2024-03-20) is still there, on its day, with its item.
    for (const s of before.filter((x) => x.itemId !== null || x.date < '2024-03-20')) expect(byId.get(s.id), s.slotKey).to.deep.equal(s);
    expect(after.find((s) => s.itemId === person.id)?.slotKey).to.equal(third[0].slotKey);
    expect(after.find((s) => s.itemId === queued.id)?.slotKey).to.equal(q.body.placements[0].slotKey);
    // Open third slots from today on are gone; the past ones (January, February, early March) stay.
    const openThirds = after.filter((s) => s.slotKey.endsWith(':3') && s.itemId === null);
    expect(openThirds.length).to.be.greaterThan(0);
    expect(openThirds.every((s) => s.date < '2024-03-20')).to.equal(true);
    const personNow = await api<Item>('GET', `/api/items/${person.id}`, 'editor');
    expect(personNow.body.status).to.equal('scheduled');
  });

  it('counts planned, filled, approved, published and the gap per task and channel', async () => {
    const r = await api<{
      period: { from: string; to: string };
      rows: {
        planId: string;
        title: string;
        taskId: string;
        channel: string;
        planned: number;
        filled: number;
        approved: number;
        published: number;
        gap: number;
      }[];
    }>('GET', `/api/units/${tree.communeA.id}/fulfilment?period=2024-Q2`, 'viewer');
    expect(r.status).to.equal(200);
    expect(r.body.period).to.deep.include({ from: '2024-04-01', to: '2024-06-30' });
    const cal = await api<{ channels: { channel: string; slots: { taskId: string; state: string }[] }[] }>(
      'GET',
      `/api/units/${tree.communeA.id}/calendar?from=2024-04-01&to=2024-06-30&channel=web-portal`,
      'viewer',
    );
    const slots = cal.body.channels[0].slots.filter((s) => s.taskId === webTask);
    const web = r.body.rows.find((x) => x.channel === 'web-portal' && x.taskId === webTask)!;
    // Rows are keyed by plan and task and show the task's title (two plans of one unit never merge).
    expect(web).to.include({ planId });
    expect(web.title).to.match(/chuyên trang, chuyên mục/);
    expect(web.planned).to.equal(slots.length).and.to.be.greaterThan(0);
    expect(web.filled).to.equal(slots.filter((s) => s.state === 'filled').length);
    expect(web.gap).to.equal(web.planned - web.published);
    const radio = r.body.rows.find((x) => x.channel === 'radio')!;
    expect(radio).to.include({ planned: 3, filled: 0, published: 0, gap: 3 });
    const bad = await api<Err>('GET', `/api/units/${tree.communeA.id}/fulfilment?period=2024-Q5`, 'viewer');
    expect(bad.body.error.code).to.equal('PERIOD_INVALID');
  });

  it("does not let one user mark another's notification read (404, and it stays unread)", async () => {
    const id = newId();
    await t.app
      .get(DataSource)
      .getRepository(NotificationEntity)
      .insert({
        id,
        userId: tree.users.editor.id,
        unitId: tree.communeA.id,
        kind: 'item.released',
        message: 'Lịch thay đổi',
        data: { itemId: null },
        createdAt: new Date('2024-03-20T02:00:00.000Z'),
        readAt: null,
      } as never);
    const byOther = await fetch(`${t.baseUrl}/api/notifications/${id}/read`, { method: 'POST', headers: h.approver });
    expect(byOther.status).to.equal(404);
    expect(((await byOther.json()) as Err).error.code).to.equal('NOT_FOUND');
    const mine = async () =>
      (await api<{ id: string; read: boolean }[]>('GET', '/api/notifications', 'editor')).body.find((n) => n.id === id);
    expect((await mine())?.read).to.equal(false);
    const approverList = await api<{ id: string }[]>('GET', '/api/notifications', 'approver');
    expect(approverList.body.map((n) => n.id)).to.not.include(id);
    const byOwner = await fetch(`${t.baseUrl}/api/notifications/${id}/read`, { method: 'POST', headers: h.editor });
    expect(byOwner.status).to.equal(204);
    expect((await mine())?.read).to.equal(true);
  });
});
