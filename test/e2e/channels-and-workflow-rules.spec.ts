/**
 * The channel catalogue over HTTP, and the workflow rules that live in ContentService so that
 * every caller gets them: approval fails closed on a channel without a profile, an item that
 * goes back leaves its slots, and submit / approve / reject notify the author and approvers.
 */
import { expect } from 'chai';
import { DataSource } from 'typeorm';
import { systemActor } from '../../src/modules/access/principal.js';
import { SlotEntity } from '../../src/modules/calendar/slot.entity.js';
import { Clock } from '../../src/modules/common/clock.js';
import { ContentService } from '../../src/modules/content/content.service.js';
import { QueueService } from '../../src/modules/content/queue.service.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
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
}
interface Notice {
  id: string;
  kind: string;
  message: string;
  data: { itemId?: string; action?: string; comment?: string | null } | null;
}
interface Channel {
  id: string;
  kind: string;
  name: string;
  limits: {
    text: { titleMax?: number };
    pictures: { name: string; width?: number; height?: number | null }[];
    accepts: string[];
    audio: { formats: string[] } | null;
  } | null;
  publishTime: string;
  leadWorkingDays: number;
  credentials: unknown[];
}

describeEachDatabase('channel catalogue and workflow rules', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let planId: string;
  let webTask: string;
  const h: Record<string, Record<string, string>> = {};

  const api = async <T>(method: string, path: string, who: string | null, body?: unknown): Promise<{ status: number; body: T }> => {
    const headers = who ? h[who] : {};
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const move = (item: Item, who: string, action: string, comment?: string) =>
    api<Item & { error?: { code: string; evidence: { problems?: { code: string; channel: string }[] } } }>(
      'POST',
      `/api/items/${item.id}/transitions`,
      who,
      { action, version: item.version, ...(comment ? { comment } : {}) },
    );
  const noticesOf = async (who: string, itemId: string): Promise<Notice[]> =>
    (await api<Notice[]>('GET', '/api/notifications', who)).body.filter((n) => n.data?.itemId === itemId);

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db, {}, { clock: new FixedClock() });
    tree = await seedTree(t.app);
    for (const who of ['editor', 'approver', 'viewer', 'unitAdmin', 'foreign'])
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

  it('lists the channels with Vietnamese names and limits to any signed-in user, and to nobody else', async () => {
    expect((await api('GET', '/api/channels', null)).status).to.equal(401);
    const res = await api<Channel[]>('GET', '/api/channels', 'viewer');
    expect(res.status).to.equal(200);
    const zalo = res.body.find((c) => c.id === 'zalo-oa')!;
    expect(zalo).to.include({ kind: 'publication', name: 'Zalo OA', publishTime: '09:00', leadWorkingDays: 2 });
    expect(zalo.limits!.text.titleMax).to.equal(150);
    expect(zalo.limits!.pictures).to.deep.include({
      name: 'cover',
      label: 'ảnh bìa bài viết',
      width: 500,
      height: 320,
      formats: ['jpeg', 'png'],
      maxBytes: 1000000,
    });
    expect(res.body.find((c) => c.id === 'radio')!.limits!.audio!.formats).to.include('mp3');
    const meeting = res.body.find((c) => c.id === 'meeting')!;
    expect(meeting).to.include({ kind: 'activity', name: 'Hội nghị, cuộc họp', limits: null });
    expect(res.body.map((c) => c.id)).to.include.members(['web-portal', 'radio', 'led-screen', 'pano', 'training']);
    expect((await api<Channel[]>('GET', '/api/channels', 'foreign')).body.length).to.equal(res.body.length);
  });

  it('refuses approval for a channel that has no media profile, as the media intake does', async () => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title: 'Hội nghị triển khai CCHC',
      channels: ['meeting'],
    });
    expect(created.status).to.equal(201);
    const submitted = await move(created.body, 'editor', 'submit');
    const refused = await move(submitted.body, 'approver', 'approve');
    expect(refused.status).to.equal(422);
    expect(refused.body.error!.code).to.equal('ITEM_CHECKS_FAILED');
    expect(refused.body.error!.evidence.problems!.map((p) => [p.code, p.channel])).to.deep.equal([['MEDIA_CHANNEL_UNKNOWN', 'meeting']]);
    const checks = await api<{ code: string; channel: string }[]>('GET', `/api/items/${created.body.id}/checks`, 'viewer');
    expect(checks.body.map((p) => [p.code, p.channel])).to.deep.equal([['MEDIA_CHANNEL_UNKNOWN', 'meeting']]);
  });

  it('tells the approvers when an item is submitted, and the author when it is approved or rejected', async () => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title: 'Cải cách thủ tục hành chính',
      channels: ['web-portal'],
      planId,
      taskId: webTask,
    });
    const submitted = await move(created.body, 'editor', 'submit');
    expect(submitted.status).to.equal(201);
    for (const who of ['approver', 'unitAdmin']) {
      const notes = await noticesOf(who, created.body.id);
      expect(
        notes.map((n) => n.kind),
        who,
      ).to.deep.equal(['item.submitted']);
      expect(notes[0]!.message).to.equal('"Cải cách thủ tục hành chính" được gửi duyệt.');
    }
    expect(await noticesOf('editor', created.body.id), 'not the one who acted').to.deep.equal([]);
    expect(await noticesOf('viewer', created.body.id), 'viewers approve nothing').to.deep.equal([]);
    expect(await noticesOf('foreign', created.body.id), 'another unit').to.deep.equal([]);

    const rejected = await move(submitted.body, 'approver', 'reject', 'Bổ sung số liệu quý I');
    expect(rejected.status).to.equal(201);
    const toAuthor = await noticesOf('editor', created.body.id);
    expect(toAuthor.map((n) => n.kind)).to.deep.equal(['item.rejected']);
    expect(toAuthor[0]!.message).to.equal('"Cải cách thủ tục hành chính" bị trả lại: Bổ sung số liệu quý I');
    expect(toAuthor[0]!.data).to.include({ action: 'reject', comment: 'Bổ sung số liệu quý I' });

    const again = await move(rejected.body, 'editor', 'submit');
    const approved = await move(again.body, 'approver', 'approve');
    expect(approved.status).to.equal(201);
    // The clock is fixed, so the notifications of one item share their time: compare them as sets.
    const kinds = async (who: string) => (await noticesOf(who, created.body.id)).map((n) => n.kind).sort();
    expect(await kinds('editor')).to.deep.equal(['item.approved', 'item.rejected']);
    expect(await kinds('unitAdmin')).to.deep.equal(['item.approved', 'item.rejected', 'item.submitted', 'item.submitted']);
    expect(await kinds('approver'), 'never told of what they did themselves').to.deep.equal(['item.submitted', 'item.submitted']);
  });

  it('takes an item out of its slots when it is withdrawn, whoever calls the workflow', async () => {
    const content = t.app.get(ContentService);
    const queue = t.app.get(QueueService);
    const slots = t.app.get(DataSource).getRepository(SlotEntity);
    const place = async (title: string) => {
      let item = await content.create(systemActor, tree.communeA.id, { title, channels: ['web-portal'], planId, taskId: webTask });
      item = await content.act(systemActor, item.id, item.version, 'submit', undefined);
      item = await content.act(systemActor, item.id, item.version, 'approve', undefined);
      const { item: scheduled, placements } = await queue.enqueue(systemActor, item.id, item.version);
      expect(scheduled.status).to.equal('scheduled');
      expect(await slots.findOneBy({ id: placements[0]!.slotId })).to.include({ itemId: item.id });
      return { item: scheduled, slotId: placements[0]!.slotId };
    };

    // Called as the dispatcher would: straight to the service, with nothing passed in.
    const direct = await place('Rút trực tiếp qua dịch vụ');
    const withdrawn = await content.act(systemActor, direct.item.id, direct.item.version, 'withdraw', undefined);
    expect(withdrawn.status).to.equal('withdrawn');
    expect(await slots.findOneBy({ id: direct.slotId })).to.include({ itemId: null, placement: null });

    // And over HTTP, by an approver.
    const overHttp = await place('Rút qua HTTP');
    const res = await move(overHttp.item, 'approver', 'withdraw');
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body.status).to.equal('withdrawn');
    expect(await slots.findOneBy({ id: overHttp.slotId })).to.include({ itemId: null, placement: null });
  });
});
