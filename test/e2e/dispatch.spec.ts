/**
 * Dispatch over HTTP: channel accounts (credentials write-only), approval refused for a
 * channel with no account, publish → the outbox → the signed webhook → published with proof,
 * the publications list, retry and cancel, and the pull API for an external system.
 */
import { expect } from 'chai';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/modules/common/clock.js';
import { rawQuery } from '../../src/modules/database/raw-sql.js';
import type { ContentItemEntity } from '../../src/modules/content/content-item.entity.js';
import { DomainError, errorCatalogue } from '../../src/domain/errors/domain-error.js';
import { Dispatcher } from '../../src/modules/dispatch/dispatcher.service.js';
import { PublishOutbox } from '../../src/modules/dispatch/publish-outbox.service.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { createKey, login, seedTree, type Tree, activeSeedPlan } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';
import { WebhookReceiverFake } from '../support/fakes/webhook-receiver.fake.js';

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
interface Pub {
  id: string;
  state: string;
  channel: string;
  accountId: string;
  delivery: string;
  remoteId: string | null;
  url: string | null;
  attempts: number;
  itemId: string;
}
interface Err {
  error: { code: string; message: string; evidence: Record<string, unknown> };
}

describeEachDatabase('dispatch over HTTP', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let receiver: WebhookReceiverFake;
  let planId: string;
  let webTask: string;
  const h: Record<string, Record<string, string>> = {};

  const api = async <T>(method: string, path: string, who: string, body?: unknown): Promise<{ status: number; body: T; text: string }> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? h[who] : { ...h[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, text };
  };
  const move = async (id: string, action: string, who: string, version: number) =>
    api<Item & Err>('POST', `/api/items/${id}/transitions`, who, { action, version });
  /** An item of commune A for the portal, approved and placed in a slot. */
  const scheduledItem = async (title: string): Promise<Item> => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title,
      channels: ['web-portal'],
      planId,
      taskId: webTask,
      body: '<p>Nội dung</p>',
    });
    const submitted = await move(created.body.id, 'submit', 'editor', created.body.version);
    const approved = await move(created.body.id, 'approve', 'approver', submitted.body.version);
    expect(approved.status, approved.text).to.equal(201);
    const queued = await api<{ item: Item }>('POST', `/api/items/${created.body.id}/queue`, 'editor', { version: approved.body.version });
    expect(queued.status, queued.text).to.equal(201);
    return queued.body.item;
  };

  before(async () => {
    db = await createTestDatabase(kind);
    receiver = new WebhookReceiverFake(['khoa-cong'], () => new FixedClock().now());
    await receiver.server.start();
    // The loopback receiver stands for a portal inside the office network, which the operator allows.
    t = await startTestApp(db, { OUTBOUND_ALLOW_HOSTS: new URL(receiver.url).host }, { clock: new FixedClock() });
    tree = await seedTree(t.app);
    for (const who of ['editor', 'approver', 'viewer', 'unitAdmin', 'foreign'])
      h[who] = { authorization: `Bearer ${(await login(t.baseUrl, tree.users[who].username)).token}` };
    h.dispatchKey = { authorization: `Bearer ${(await createKey(t.app, tree.communeA.id, 'dispatch')).key}` };
    const plans = t.app.get(PlansService);
    const plan = await activeSeedPlan(plans, tree.communeA.id, '001');
    planId = plan.id;
    webTask = plan.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota !== null)!.id;
  });
  after(async () => {
    await t?.close();
    await receiver?.server.stop();
    await db?.drop();
  });

  it('keeps channel credentials write-only: stored sealed, listed by name, never in an answer or the audit log', async () => {
    const created = await api<{ id: string; credentialKeys: string[]; status: string }>(
      'POST',
      `/api/units/${tree.communeA.id}/channel-accounts`,
      'unitAdmin',
      {
        channel: 'web-portal',
        kind: 'webhook',
        name: 'Cổng xã qua webhook',
        credentials: { url: receiver.url, secret: 'khoa-cong' },
      },
    );
    expect(created.status, created.text).to.equal(201);
    expect(created.body.credentialKeys).to.deep.equal(['secret', 'url']);
    expect(created.text).not.to.include('khoa-cong');
    const listed = await api<{ id: string }[]>('GET', `/api/units/${tree.communeA.id}/channel-accounts`, 'viewer');
    expect(listed.body.map((a) => a.id)).to.include(created.body.id);
    expect(listed.text).not.to.include('khoa-cong');
    // Credentials given again (as after a rotation): the audit names only what the request changed.
    const patched = await api('PATCH', `/api/units/${tree.communeA.id}/channel-accounts/${created.body.id}`, 'unitAdmin', {
      credentials: { url: receiver.url, secret: 'khoa-cong' },
    });
    expect(patched.status, patched.text).to.equal(200);
    expect(patched.text).not.to.include('khoa-cong');
    const audit = await rawQuery<{ action: string; changes: unknown }>(
      t.app.get(DataSource),
      `SELECT "action", "changes" FROM "audit_log" WHERE "entityId" = $1`,
      [created.body.id],
    );
    expect(audit.map((a) => a.action)).to.include.members(['channel-account.create', 'channel-account.update']);
    const update = audit.find((a) => a.action === 'channel-account.update')!;
    const changes = (typeof update.changes === 'string' ? JSON.parse(update.changes) : update.changes) as { fields: string[] };
    expect(changes.fields).to.deep.equal(['credentials']);
    expect(JSON.stringify(audit)).not.to.include('khoa-cong');
    const secrets = await rawQuery<{ sealed: string }>(t.app.get(DataSource), `SELECT "sealed" FROM "secrets" WHERE "name" = $1`, [
      `channel-account.${created.body.id}`,
    ]);
    expect(secrets).to.have.length(1);
    expect(secrets[0].sealed).not.to.include('khoa-cong');
    const tested = await api<{ ok: boolean; message: string }>(
      'POST',
      `/api/units/${tree.communeA.id}/channel-accounts/${created.body.id}/test`,
      'unitAdmin',
    );
    expect(tested.body).to.deep.include({ ok: true, message: 'Kết nối thành công.' });
    const missing = await api<Err>('POST', `/api/units/${tree.communeA.id}/channel-accounts`, 'unitAdmin', {
      channel: 'web-portal',
      kind: 'webhook',
      name: 'Thiếu khóa',
      credentials: { url: receiver.url },
    });
    expect(missing.status).to.equal(422);
    expect(missing.body.error.code).to.equal('CHANNEL_CREDENTIALS_MISSING');
    // Named by the field's label, as the form shows it; the key stays in the evidence.
    expect(missing.body.error.message).to.equal('Thiếu thông tin đăng nhập của tài khoản kênh: Khóa ký (bí mật dùng chung).');
    expect(missing.body.error.evidence.missing).to.deep.equal(['secret']);
  });

  it('lists the account kinds this process can connect, with the credential fields each needs (the web app builds its form from them)', async () => {
    const kinds = await api<
      { channel: string; kind: string; mode: string; credentials: { key: string; kind: string; required: boolean }[] }[]
    >('GET', '/api/channel-account-kinds', 'viewer');
    expect(kinds.status, kinds.text).to.equal(200);
    const wordpress = kinds.body.find((k) => k.channel === 'web-portal' && k.kind === 'wordpress');
    expect(wordpress?.mode).to.equal('api');
    expect(wordpress?.credentials.map((f) => `${f.key}:${f.kind}:${f.required}`)).to.deep.equal([
      'baseUrl:url:true',
      'username:text:true',
      'applicationPassword:secret:true',
    ]);
    expect(
      kinds.body
        .find((k) => k.channel === 'zalo-oa' && k.kind === 'zalo-oa')
        ?.credentials.filter((f) => f.kind === 'secret')
        .map((f) => f.key),
    ).to.deep.equal(['secretKey', 'accessToken', 'refreshToken']);
    // An API channel can also be served by an external system through the pull API; a channel worked by hand cannot.
    expect(kinds.body.filter((k) => k.kind === 'pull').map((k) => k.channel))
      .to.include('web-portal')
      .and.not.include('meeting');
  });

  it('refuses an account whose URL fields aim at an internal address the operator did not allow (webhook url, WordPress baseUrl)', async () => {
    for (const [kind, credentials, field] of [
      ['webhook', { url: 'http://169.254.169.254/latest/meta-data', secret: 'k' }, 'url'],
      ['wordpress', { baseUrl: 'http://[::ffff:192.168.1.1]', username: 'u', applicationPassword: 'p' }, 'baseUrl'],
      ['webhook', { url: `http://127.0.0.1:${Number(new URL(receiver.url).port) + 1}/khac`, secret: 'k' }, 'url'],
    ] as const) {
      const r = await api<Err>('POST', `/api/units/${tree.village.id}/channel-accounts`, 'unitAdmin', {
        channel: 'web-portal',
        kind,
        name: 'Nội bộ',
        credentials,
      });
      expect(r.status, r.text).to.equal(422);
      expect(r.body.error.code).to.equal('OUTBOUND_URL_PRIVATE');
      expect(r.body.error.evidence.field).to.equal(field);
    }
    const notUrl = await api<Err>('POST', `/api/units/${tree.village.id}/channel-accounts`, 'unitAdmin', {
      channel: 'web-portal',
      kind: 'webhook',
      name: 'Sai',
      credentials: { url: 'file:///etc/passwd', secret: 'k' },
    });
    expect(notUrl.body.error.code).to.equal('VALIDATION_FAILED');
    expect((await api<unknown[]>('GET', `/api/units/${tree.village.id}/channel-accounts`, 'viewer')).body).to.deep.equal([]);
  });

  it('refuses approval naming the API channel the unit has no account for', async () => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.village.id,
      title: 'Tin của thôn',
      channels: ['web-portal'],
    });
    const submitted = await move(created.body.id, 'submit', 'editor', created.body.version);
    const refused = await move(created.body.id, 'approve', 'approver', submitted.body.version);
    expect(refused.status).to.equal(422);
    expect(refused.body.error.code).to.equal('CHANNEL_ACCOUNT_MISSING');
    expect(refused.body.error.evidence.missing).to.deep.equal(['web-portal']);
    expect(refused.body.error.message).to.include('chưa có tài khoản kênh Cổng/Trang thông tin điện tử.');
    expect(refused.body.error.message).not.to.include('web-portal');
  });

  it('refuses approval for a Zalo OA account while Loa has no public address (PUBLIC_URL unset): Zalo could not fetch the cover', async () => {
    const account = await api<{ id: string }>('POST', `/api/units/${tree.village.id}/channel-accounts`, 'unitAdmin', {
      channel: 'zalo-oa',
      kind: 'zalo-oa',
      name: 'Zalo OA của thôn',
      credentials: { appId: '4318000000001', secretKey: 'bi-mat', accessToken: 'at-1', refreshToken: 'rt-1' },
    });
    expect(account.status, account.text).to.equal(201);
    const item = { id: 'khong-co', unitId: tree.village.id, channels: ['zalo-oa'] } as ContentItemEntity;
    const refused = await t.app
      .get(DataSource)
      .transaction((m) => t.app.get(PublishOutbox).assertAccounts(m, item))
      .then(
        () => null,
        (e: unknown) => e as DomainError,
      );
    expect(refused?.code).to.equal('PUBLIC_URL_MISSING');
    expect(refused?.message).to.include('PUBLIC_URL');
    expect(refused?.evidence).to.deep.include({ channel: 'zalo-oa', kind: 'zalo-oa', setting: 'PUBLIC_URL' });
    expect(errorCatalogue.PUBLIC_URL_MISSING.status).to.equal(422);
    const removed = await api('DELETE', `/api/units/${tree.village.id}/channel-accounts/${account.body.id}`, 'unitAdmin');
    expect(removed.status, removed.text).to.be.oneOf([200, 204]);
  });

  it('publish writes one publication per account in the same transaction; the tick posts the signed webhook once and keeps the proof', async () => {
    const item = await scheduledItem('Hướng dẫn nộp hồ sơ trực tuyến');
    const published = await move(item.id, 'publish', 'approver', item.version);
    expect(published.status, published.text).to.equal(201);
    const pubs = await api<Pub[]>('GET', `/api/publications?itemId=${item.id}`, 'viewer');
    expect(pubs.body.map((p) => `${p.delivery}:${p.state}`).sort()).to.deep.equal(['pull:queued', 'push:queued']);
    await t.app.get(Dispatcher).tick(new Date('2024-03-20T02:00:01.000Z'));
    const push = (await api<Pub[]>('GET', `/api/publications?itemId=${item.id}&state=published`, 'viewer')).body;
    expect(push).to.have.length(1);
    expect(push[0].remoteId).to.match(/^post-\d+$/);
    expect(receiver.server.count('POST', /^\/hooks\/loa$/)).to.equal(1);
    const detail = await api<{ log: { event: string; outcome: string; state: string }[] }>(
      'GET',
      `/api/publications/${push[0].id}`,
      'viewer',
    );
    expect(detail.body.log.map((l) => `${l.event}:${l.outcome}:${l.state}`)).to.deep.equal(['send:published:published']);
    const proofs = await rawQuery<{ source: string; url: string }>(
      t.app.get(DataSource),
      `SELECT "source", "url" FROM "publication_proofs" WHERE "itemId" = $1`,
      [item.id],
    );
    expect(proofs).to.deep.equal([{ source: 'dispatch', url: push[0].url }]);
    const foreign = await api<Pub[]>('GET', `/api/publications?itemId=${item.id}`, 'foreign');
    expect(foreign.body).to.deep.equal([]);
  });

  it('the pull API: a dispatch key claims with a lease, confirms with proof; a wrong token is refused; a person retries and cancels', async () => {
    const item = await scheduledItem('Lịch tiếp công dân tháng 4');
    await move(item.id, 'publish', 'approver', item.version);
    const claimed = await api<{ publication: Pub; claimToken: string; lookupFirst: boolean; item: { title: string } }[]>(
      'POST',
      '/api/dispatch/claim',
      'dispatchKey',
      { channels: ['web-portal'], limit: 10 },
    );
    expect(claimed.status, claimed.text).to.equal(200);
    const mine = claimed.body.find((c) => c.publication.itemId === item.id)!;
    expect(mine.publication.state).to.equal('sending');
    expect(mine.lookupFirst).to.equal(false);
    expect(mine.item.title).to.equal('Lịch tiếp công dân tháng 4');
    const again = await api<{ publication: Pub }[]>('POST', '/api/dispatch/claim', 'dispatchKey', {});
    expect(
      again.body.map((c) => c.publication.id),
      'a leased publication is not claimed twice',
    ).not.to.include(mine.publication.id);
    const wrong = await api<Err>('POST', `/api/dispatch/publications/${mine.publication.id}/confirm`, 'dispatchKey', {
      claimToken: `${mine.claimToken}x`,
      remoteId: '9',
    });
    expect(wrong.status).to.equal(409);
    expect(wrong.body.error.code).to.equal('PUBLICATION_LEASE_LOST');
    const confirmed = await api<Pub>('POST', `/api/dispatch/publications/${mine.publication.id}/confirm`, 'dispatchKey', {
      claimToken: mine.claimToken,
      remoteId: 'vnportal-77',
      url: 'https://xa.example.vn/tin/77',
    });
    expect(confirmed.status, confirmed.text).to.equal(200);
    expect(confirmed.body).to.include({ state: 'published', remoteId: 'vnportal-77' });
    const proofs = await rawQuery<{ url: string }>(
      t.app.get(DataSource),
      `SELECT "url" FROM "publication_proofs" WHERE "publicationId" = $1`,
      [mine.publication.id],
    );
    expect(proofs).to.deep.equal([{ url: 'https://xa.example.vn/tin/77' }]);

    // The earlier test's item has a pull publication too: it was claimed in the same call.
    const other = claimed.body.find((c) => c.publication.itemId !== item.id)!;
    expect(other, "the earlier item's pull publication").to.not.equal(undefined);
    {
      const failed = await api<Pub>('POST', `/api/dispatch/publications/${other.publication.id}/fail`, 'dispatchKey', {
        claimToken: other.claimToken,
        reason: 'Cổng bảo trì',
      });
      expect(failed.body.state).to.equal('failed');
      const byViewer = await api<Err>('POST', `/api/publications/${other.publication.id}/retry`, 'viewer');
      expect(byViewer.status).to.equal(403);
      const retried = await api<Pub>('POST', `/api/publications/${other.publication.id}/retry`, 'editor');
      expect(retried.body).to.include({ state: 'queued', attempts: 0 });
      const cancelled = await api<Pub>('POST', `/api/publications/${other.publication.id}/cancel`, 'editor');
      expect(cancelled.body.state).to.equal('cancelled');
      const twice = await api<Err>('POST', `/api/publications/${other.publication.id}/cancel`, 'editor');
      expect(twice.status).to.equal(409);
      expect(twice.body.error.message).to.include('đã hủy');
    }
  });

  it('a dispatch key is scoped to channels: required and checked at creation, listed, and enforced in claim, confirm and fail', async () => {
    const create = (body: Record<string, unknown>) =>
      api<Err & { id: string; channels: string[] | null; key: string }>('POST', '/api/api-keys', 'unitAdmin', body);
    const base = { unitId: tree.communeA.id, purpose: 'dispatch', name: 'Phát thanh xã' };
    const missing = await create(base);
    expect(missing.status, missing.text).to.equal(400);
    expect(missing.body.error.message).to.include('channels');
    const unknown = await create({ ...base, channels: ['radio', 'tiktok'] });
    expect(unknown.status, unknown.text).to.equal(400);
    expect(unknown.body.error.message).to.include('Kênh không có trong danh mục: "tiktok"');
    const empty = await create({ ...base, channels: [] });
    expect(empty.status, empty.text).to.equal(400);
    const readWithChannels = await create({ ...base, purpose: 'read', channels: ['radio'] });
    expect(readWithChannels.status, readWithChannels.text).to.equal(400);
    expect(readWithChannels.body.error.message).to.include('Chỉ khóa mục đích dispatch');
    const radio = await create({ ...base, channels: ['radio'] });
    expect(radio.status, radio.text).to.equal(201);
    expect(radio.body.channels).to.deep.equal(['radio']);
    const read = await create({ ...base, purpose: 'read', name: 'Đọc' });
    expect(read.status, read.text).to.equal(201);
    expect(read.body.channels).to.equal(null);
    const listed = await api<{ id: string; channels: string[] | null }[]>('GET', '/api/api-keys', 'unitAdmin');
    expect(listed.body.find((k) => k.id === radio.body.id)?.channels).to.deep.equal(['radio']);
    expect(listed.body.find((k) => k.id === read.body.id)?.channels).to.equal(null);
    const doc = (
      await api<{ components: { schemas: Record<string, { properties: Record<string, unknown> }> } }>(
        'GET',
        '/api/docs/openapi.json',
        'unitAdmin',
      )
    ).body;
    expect(doc.components.schemas.CreateApiKeyDto.properties).to.have.property('channels');
    expect(doc.components.schemas.ApiKeyView.properties).to.have.property('channels');
    h.radioKey = { authorization: `Bearer ${radio.body.key}` };

    // The portal-only key may not ask for another channel: refused with the channel as evidence.
    const outside = await api<Err>('POST', '/api/dispatch/claim', 'dispatchKey', { channels: ['web-portal', 'facebook'] });
    expect(outside.status, outside.text).to.equal(403);
    expect(outside.body.error.code).to.equal('DISPATCH_CHANNEL_FORBIDDEN');
    expect(outside.body.error.message).to.include('facebook');
    expect(outside.body.error.evidence).to.deep.include({ channels: ['facebook'] });

    const item = await scheduledItem('Thông báo lịch tiêm chủng');
    const published = await move(item.id, 'publish', 'approver', item.version);
    expect(published.status, published.text).to.equal(201);
    // The radio key, asking for nothing, claims only its own channel: not the portal's publication.
    const byRadio = await api<{ publication: Pub }[]>('POST', '/api/dispatch/claim', 'radioKey', {});
    expect(byRadio.status, byRadio.text).to.equal(200);
    expect(byRadio.body.map((c) => c.publication.channel).filter((c) => c !== 'radio')).to.deep.equal([]);
    const byRadioAsked = await api<Err>('POST', '/api/dispatch/claim', 'radioKey', { channels: ['web-portal'] });
    expect(byRadioAsked.status, byRadioAsked.text).to.equal(403);
    expect(byRadioAsked.body.error.evidence).to.deep.include({ channels: ['web-portal'] });
    // The portal key, asking for nothing, claims its channel's publication.
    const byPortal = await api<{ publication: Pub; claimToken: string }[]>('POST', '/api/dispatch/claim', 'dispatchKey', {});
    expect(byPortal.status, byPortal.text).to.equal(200);
    const mine = byPortal.body.find((c) => c.publication.itemId === item.id)!;
    expect(mine, 'the portal key claimed the item').to.not.equal(undefined);
    expect(mine.publication.channel).to.equal('web-portal');
    // Another key of the unit may not settle a publication of a channel it was not given.
    const settleBodies: [string, Record<string, unknown>][] = [
      ['confirm', { claimToken: mine.claimToken, remoteId: '1' }],
      ['fail', { claimToken: mine.claimToken, reason: 'thử' }],
    ];
    for (const [action, body] of settleBodies) {
      const foreignChannel = await api<Err>('POST', `/api/dispatch/publications/${mine.publication.id}/${action}`, 'radioKey', body);
      expect(foreignChannel.status, foreignChannel.text).to.equal(403);
      expect(foreignChannel.body.error.code).to.equal('DISPATCH_CHANNEL_FORBIDDEN');
      expect(foreignChannel.body.error.evidence).to.deep.include({ channels: ['web-portal'] });
    }
    const confirmed = await api<Pub>('POST', `/api/dispatch/publications/${mine.publication.id}/confirm`, 'dispatchKey', {
      claimToken: mine.claimToken,
      remoteId: 'vnportal-78',
    });
    expect(confirmed.status, confirmed.text).to.equal(200);
    expect(confirmed.body.state).to.equal('published');
  });
});
