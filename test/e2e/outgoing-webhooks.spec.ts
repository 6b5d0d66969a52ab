/**
 * Signed outgoing webhooks on publish, over HTTP on both databases: a unit's admin registers an
 * endpoint (the secret shown once), a publication reaching published or failed writes a durable
 * delivery in the same transaction, the receiver's 500 then 200 delivers it once, across a
 * restart of Loa in between; every attempt is listed; the signature verifies with the adapter's
 * own verifier, with both secrets during a rotation; a deleted endpoint gets nothing more.
 * Internal addresses are refused at registration and at delivery; the loopback receiver is
 * allowed the way an operator allows an internal one (OUTBOUND_ALLOW_HOSTS=127.0.0.1:PORT).
 */
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { verifyWebhookSignature } from '../../channels/webhook/webhook-signature.js';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/modules/common/clock.js';
import { rawQuery } from '../../src/modules/database/raw-sql.js';
import { OutgoingWebhooks } from '../../src/modules/dispatch/outgoing-webhooks.service.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { activeSeedPlan, createKey, login, seedTree, type Tree } from '../support/fixtures.js';
import { LoopbackServer, type RecordedRequest } from '../support/fakes/loopback-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

const NOW = new Date('2024-03-20T02:00:00.000Z');
class FixedClock extends Clock {
  now(): Date {
    return NOW;
  }
}

interface Item {
  id: string;
  version: number;
}
interface Delivery {
  id: string;
  eventType: string;
  publicationId: string;
  state: string;
  attempts: number;
  attemptLog: { attempt: number; status: number | null }[];
}

describeEachDatabase('outgoing webhooks on publish', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let receiver: LoopbackServer;
  let webTask: string;
  let planId: string;
  let endpointId: string;
  let secret: string;
  const keys = `t1:${randomBytes(32).toString('base64')}`;
  const h: Record<string, Record<string, string>> = {};

  const start = async () => {
    t = await startTestApp(
      db,
      { LOA_SECRET_KEYS: keys, OUTBOUND_ALLOW_HOSTS: `127.0.0.1:${new URL(receiver.baseUrl).port}` },
      { clock: new FixedClock() },
    );
  };
  const api = async <T>(method: string, path: string, who: string, body?: unknown): Promise<{ status: number; body: T; text: string }> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? h[who] : { ...h[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, text };
  };
  const move = async (id: string, action: string, version: number) =>
    api<Item>('POST', `/api/items/${id}/transitions`, action === 'submit' ? 'editor' : 'approver', { action, version });
  /** A portal item published to its pull account; the external system claims it and settles it as `outcome` says. */
  const publishThroughPull = async (title: string, outcome: 'confirm' | 'fail'): Promise<string> => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title,
      channels: ['web-portal'],
      planId,
      taskId: webTask,
      body: '<p>Nội dung</p>',
    });
    const submitted = await move(created.body.id, 'submit', created.body.version);
    const approved = await move(created.body.id, 'approve', submitted.body.version);
    const queued = await api<{ item: Item }>('POST', `/api/items/${created.body.id}/queue`, 'editor', { version: approved.body.version });
    const published = await move(created.body.id, 'publish', queued.body.item.version);
    expect(published.status, published.text).to.equal(201);
    const claimed = await api<{ publication: { id: string; itemId: string }; claimToken: string }[]>(
      'POST',
      '/api/dispatch/claim',
      'dispatchKey',
      { channels: ['web-portal'] },
    );
    const mine = claimed.body.find((c) => c.publication.itemId === created.body.id)!;
    const settled =
      outcome === 'confirm'
        ? await api('POST', `/api/dispatch/publications/${mine.publication.id}/confirm`, 'dispatchKey', {
            claimToken: mine.claimToken,
            remoteId: `cong-${title.length}`,
            url: 'https://hanhduc.gov.vn/tin/1',
          })
        : await api('POST', `/api/dispatch/publications/${mine.publication.id}/fail`, 'dispatchKey', {
            claimToken: mine.claimToken,
            reason: 'Cổng từ chối bài',
          });
    expect(settled.status, settled.text).to.equal(200);
    return mine.publication.id;
  };
  const deliveries = async () =>
    (await api<Delivery[]>('GET', `/api/units/${tree.communeA.id}/webhooks/${endpointId}/deliveries`, 'unitAdmin')).body;
  const verify = (r: RecordedRequest, secrets: string[], now: Date) =>
    verifyWebhookSignature({
      secrets,
      header: String(r.headers['x-loa-signature']),
      timestamp: String(r.headers['x-loa-timestamp']),
      body: r.body.toString('utf8'),
      now,
      toleranceSec: 300,
    });

  before(async () => {
    db = await createTestDatabase(kind);
    receiver = new LoopbackServer(() => ({ status: 200, json: { ok: true } }));
    await receiver.start();
    await start();
    tree = await seedTree(t.app);
    for (const who of ['editor', 'approver', 'viewer', 'unitAdmin'])
      h[who] = { authorization: `Bearer ${(await login(t.baseUrl, tree.users[who].username)).token}` };
    h.dispatchKey = { authorization: `Bearer ${(await createKey(t.app, tree.communeA.id, 'dispatch')).key}` };
    const plan = await activeSeedPlan(t.app.get(PlansService), tree.communeA.id, '001');
    planId = plan.id;
    webTask = plan.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota !== null)!.id;
  });
  after(async () => {
    await t?.close();
    await receiver?.stop();
    await db?.drop();
  });

  it("registers an endpoint for the unit's admin: the secret is in the answer once, never in the list", async () => {
    const bad = await api<{ error: { code: string; message: string } }>('POST', `/api/units/${tree.communeA.id}/webhooks`, 'unitAdmin', {
      url: 'ftp://hanhduc.gov.vn/hook',
    });
    expect(bad.status).to.equal(400);
    expect(bad.body.error.message).to.include('http://');
    const created = await api<{ endpoint: { id: string; url: string; events: string[] }; secret: string }>(
      'POST',
      `/api/units/${tree.communeA.id}/webhooks`,
      'unitAdmin',
      { url: `${receiver.baseUrl}/loa-hook`, description: 'Cổng tỉnh' },
    );
    expect(created.status, created.text).to.equal(201);
    expect(created.body.secret).to.match(/^lwh_[A-Za-z0-9_-]{32}$/);
    expect(created.body.endpoint.events).to.deep.equal(['publication.published', 'publication.failed', 'publication.needs-reauth']);
    endpointId = created.body.endpoint.id;
    secret = created.body.secret;
    const listed = await api<{ id: string }[]>('GET', `/api/units/${tree.communeA.id}/webhooks`, 'unitAdmin');
    expect(listed.body.map((e) => e.id)).to.deep.equal([endpointId]);
    expect(listed.text).not.to.include(secret);
  });

  it('a publication reaching published is delivered once, signed, after a 500 and a restart of Loa in between', async () => {
    receiver.failNext(() => true, { kind: 'status', answer: { status: 500, json: { error: 'bảo trì' } } });
    const pubId = await publishThroughPull('Thông báo lịch tiếp công dân', 'confirm');
    const [pending] = await deliveries();
    expect(pending).to.deep.include({ eventType: 'publication.published', publicationId: pubId, state: 'pending', attempts: 0 });

    expect(await t.app.get(OutgoingWebhooks).deliverDue(NOW)).to.equal(1);
    expect(receiver.requests).to.have.length(1);
    expect((await deliveries())[0]).to.deep.include({ state: 'pending', attempts: 1 });

    // Loa stops and starts again on the same database: the pending delivery is still there.
    await t.close();
    await start();
    h.unitAdmin = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.unitAdmin!.username)).token}` };
    const later = new Date(NOW.getTime() + 3600_000);
    expect(await t.app.get(OutgoingWebhooks).deliverDue(later)).to.equal(1);
    expect(await t.app.get(OutgoingWebhooks).deliverDue(new Date(later.getTime() + 3600_000))).to.equal(0);
    expect(receiver.requests.filter((r) => r.path === '/loa-hook')).to.have.length(2);

    const [first, second] = receiver.requests;
    expect(first!.headers['x-loa-delivery']).to.equal(pending!.id);
    expect(second!.headers['x-loa-delivery'], 'the same delivery id on a retry').to.equal(pending!.id);
    expect(second!.headers['x-loa-event']).to.equal('publication.published');
    expect(verify(first!, [secret], NOW)).to.deep.equal({ ok: true });
    expect(verify(second!, [secret], later)).to.deep.equal({ ok: true });
    expect(verify(second!, ['lwh_not-the-secret'], later)).to.deep.equal({ ok: false, reason: 'mismatch' });
    const body = JSON.parse(second!.body.toString('utf8')) as {
      type: string;
      publication: Record<string, unknown>;
      item: { title: string };
    };
    expect(body.type).to.equal('publication.published');
    expect(body.publication).to.include({ id: pubId, state: 'published', channel: 'web-portal', url: 'https://hanhduc.gov.vn/tin/1' });
    expect(body.item.title).to.equal('Thông báo lịch tiếp công dân');

    const [done] = await deliveries();
    expect(done).to.deep.include({ state: 'delivered', attempts: 2 });
    expect(done!.attemptLog.map((a) => `${a.attempt}:${a.status}`)).to.deep.equal(['1:500', '2:200']);
  });

  it('a failed publication is an event too; during a rotation both the new and the old secret sign', async () => {
    const rotated = await api<{ secret: string }>(
      'POST',
      `/api/units/${tree.communeA.id}/webhooks/${endpointId}/rotate-secret`,
      'unitAdmin',
    );
    expect(rotated.status, rotated.text).to.equal(200);
    expect(rotated.body.secret).to.not.equal(secret);
    const before = receiver.requests.length;
    await publishThroughPull('Tin bị cổng từ chối', 'fail');
    expect(await t.app.get(OutgoingWebhooks).deliverDue(NOW)).to.equal(1);
    const r = receiver.requests[before]!;
    expect(r.headers['x-loa-event']).to.equal('publication.failed');
    expect(String(r.headers['x-loa-signature']).split(',')).to.have.length(2);
    expect(verify(r, [rotated.body.secret], NOW)).to.deep.equal({ ok: true });
    expect(verify(r, [secret], NOW)).to.deep.equal({ ok: true });
    expect((JSON.parse(r.body.toString('utf8')) as { publication: { reason: string } }).publication.reason).to.include('Cổng từ chối bài');
  });

  it('refuses at registration a receiver on a loopback, private, link-local, multicast or unspecified address (IPv4, IPv6, IPv4-mapped) or one whose name does not resolve', async () => {
    const port = new URL(receiver.baseUrl).port;
    const refused: Record<string, string> = {
      'http://127.0.0.1:1/hook': '127.0.0.1',
      [`http://localhost:${port}/loa-hook`]: '',
      'http://10.0.0.5/hook': '10.0.0.5',
      'http://192.168.1.10/hook': '192.168.1.10',
      'http://169.254.169.254/latest/meta-data': '169.254.169.254',
      'http://0.0.0.0/hook': '0.0.0.0',
      'http://224.0.0.1/hook': '224.0.0.1',
      'http://[::1]/hook': '::1',
      'http://[::ffff:127.0.0.1]/hook': '::ffff:7f00:1',
      'http://[fe80::1]/hook': 'fe80::1',
      'http://[fd12:3456::1]/hook': 'fd12:3456::1',
      'http://[::]/hook': '::',
    };
    for (const [url, address] of Object.entries(refused)) {
      const r = await api<{ error: { code: string; message: string; evidence: { address: string } } }>(
        'POST',
        `/api/units/${tree.communeA.id}/webhooks`,
        'unitAdmin',
        { url },
      );
      expect(r.status, url).to.equal(422);
      expect(r.body.error.code, url).to.equal('OUTBOUND_URL_PRIVATE');
      expect(r.body.error.message, url).to.include('OUTBOUND_ALLOW_HOSTS');
      if (address) expect(r.body.error.evidence.address, url).to.equal(address);
      else expect(['127.0.0.1', '::1'], url).to.include(r.body.error.evidence.address);
    }
    const unknown = await api<{ error: { code: string } }>('POST', `/api/units/${tree.communeA.id}/webhooks`, 'unitAdmin', {
      url: 'https://khong-ton-tai.invalid/hook',
    });
    expect(unknown.status).to.equal(422);
    expect(unknown.body.error.code).to.equal('OUTBOUND_URL_UNRESOLVED');
    expect(
      (await api<{ id: string }[]>('GET', `/api/units/${tree.communeA.id}/webhooks`, 'unitAdmin')).body.map((e) => e.id),
    ).to.deep.equal([endpointId]);
  });

  it('screens again at delivery: an endpoint whose name now resolves to an internal address gets nothing, and the attempt says why', async () => {
    // As if the name had pointed elsewhere when it was registered: it now resolves to this machine, which is not allowed by name.
    const port = new URL(receiver.baseUrl).port;
    await rawQuery(t.app.get(DataSource), `UPDATE "webhook_endpoints" SET "url" = $1 WHERE "id" = $2`, [
      `http://localhost:${port}/loa-hook`,
      endpointId,
    ]);
    const before = receiver.requests.length;
    const pubId = await publishThroughPull('Tin khi DNS đổi', 'confirm');
    const later = new Date(NOW.getTime() + 7200_000);
    expect(await t.app.get(OutgoingWebhooks).deliverDue(later)).to.equal(1);
    expect(receiver.requests, 'nothing reached the receiver').to.have.length(before);
    const [last] = await rawQuery<{ state: string; lastError: string; lastStatus: number | null }>(
      t.app.get(DataSource),
      `SELECT "state", "lastError", "lastStatus" FROM "webhook_deliveries" WHERE "publicationId" = $1`,
      [pubId],
    );
    expect(last).to.deep.include({ state: 'pending', lastStatus: null });
    expect(last!.lastError).to.include('OUTBOUND_ALLOW_HOSTS');
    await rawQuery(t.app.get(DataSource), `UPDATE "webhook_endpoints" SET "url" = $1 WHERE "id" = $2`, [
      `${receiver.baseUrl}/loa-hook`,
      endpointId,
    ]);
  });

  it('a deleted endpoint gets no new event', async () => {
    const removed = await api('DELETE', `/api/units/${tree.communeA.id}/webhooks/${endpointId}`, 'unitAdmin');
    expect(removed.status).to.equal(204);
    expect((await api<unknown[]>('GET', `/api/units/${tree.communeA.id}/webhooks`, 'unitAdmin')).body).to.deep.equal([]);
    const before = receiver.requests.length;
    await publishThroughPull('Tin sau khi xóa địa chỉ nhận', 'confirm');
    expect(await t.app.get(OutgoingWebhooks).deliverDue(new Date(NOW.getTime() + 86_400_000))).to.equal(0);
    expect(receiver.requests).to.have.length(before);
  });
});
