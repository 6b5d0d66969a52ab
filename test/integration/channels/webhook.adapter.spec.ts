/** The signed JSON webhook against a receiver on loopback that checks signatures and keeps each delivery once. */
import { expect } from 'chai';
import { WebhookAdapter } from '../../../channels/webhook/webhook.adapter.js';
import { signatureHeader, verifyWebhookSignature } from '../../../channels/webhook/webhook-signature.js';
import { parseAdapterLimits } from '../../../config/channels/adapter-limits.loader.js';
import { adapterContract } from '../../support/adapter-contract.js';
import { dispatchOf, item, limits, realPorts } from '../../support/adapter-fixtures.js';
import { WebhookReceiverFake } from '../../support/fakes/webhook-receiver.fake.js';

let fake: WebhookReceiverFake;
const adapter = new WebhookAdapter(realPorts(), limits);

adapterContract(
  'webhook',
  async () => {
    fake = new WebhookReceiverFake(['s3cret-2026']);
    await fake.server.start();
    const credentials = { url: fake.url, secret: 's3cret-2026' };
    return {
      adapter,
      dispatch: (it) => dispatchOf({ credentials, ...(it ? { item: it } : {}) }),
      copiesAt: (d) => (fake.deliveries.has(d.idempotencyKey) ? 1 : 0),
      requestCount: () => fake.server.requests.length,
      refuseCredentials: () => {
        fake.secrets = ['rotated-by-the-portal'];
      },
      throttleNext: () => {
        fake.server.failNext((r) => r.method === 'POST', {
          kind: 'status',
          answer: { status: 429, headers: { 'retry-after': '7' }, json: { error: 'slow down' } },
        });
        return 7000;
      },
      dropAnswerAfterLanding: () => fake.server.failNext((r) => r.method === 'POST', { kind: 'drop-after' }),
      overLimitItem: () => item({ title: 'T'.repeat(limits.webhook.titleMax + 1) }),
    };
  },
  () => fake.server.stop(),
);

describe('webhook adapter', () => {
  beforeEach(async () => {
    fake = new WebhookReceiverFake(['new-secret', 'old-secret']);
    await fake.server.start();
  });
  afterEach(() => fake.server.stop());

  it('signs with the new and the old secret during a rotation: a receiver holding either accepts', async () => {
    const credentials = { url: fake.url, secret: 'new-secret', previousSecret: 'old-secret' };
    fake.secrets = ['old-secret'];
    expect((await adapter.send(dispatchOf({ credentials }))).kind).to.equal('published');
    fake.secrets = ['new-secret'];
    expect((await adapter.send(dispatchOf({ credentials }))).kind).to.equal('published');
    const header = String(fake.server.requests.at(-1)!.headers['x-loa-signature']);
    expect(header.split(',')).to.have.length(2);
  });

  it('sends the idempotency key on every attempt, and the receiver keeps one copy', async () => {
    const d = dispatchOf({ credentials: { url: fake.url, secret: 'new-secret' } });
    const first = await adapter.send(d);
    const second = await adapter.send({ ...d, attempt: 2 });
    expect(second).to.deep.equal(first);
    expect(fake.deliveries.size).to.equal(1);
    expect(fake.server.requests.map((r) => r.headers['x-loa-delivery'])).to.deep.equal([d.idempotencyKey, d.idempotencyKey]);
  });

  it('a refused connection is retry (nothing left), a 500 after the request left is unconfirmed', async () => {
    const d = dispatchOf({ credentials: { url: fake.url, secret: 'new-secret' } });
    fake.server.failNext(() => true, { kind: 'status', answer: { status: 500, json: { error: 'db' } } });
    expect((await adapter.send(d)).kind).to.equal('unconfirmed');
    await fake.server.stop();
    const refused = await adapter.send(d);
    expect(refused.kind).to.equal('retry');
    await fake.server.start();
  });

  it('a receiver that takes the delivery and never answers: the timeout is unconfirmed, not retry', async () => {
    const quick = new WebhookAdapter(realPorts(), parseAdapterLimits({ version: 1, ...limits, http: { timeoutMs: 200 } }));
    const d = dispatchOf({ credentials: { url: fake.url, secret: 'new-secret' } });
    fake.server.failNext(() => true, { kind: 'hang-after' });
    const outcome = await quick.send(d);
    expect(outcome.kind).to.equal('unconfirmed');
    expect((outcome as { reason: string }).reason).to.equal('Gửi webhook: kênh không trả lời trong 200 mili giây');
    expect(await quick.lookup(d)).to.deep.include({ kind: 'published' });
  });

  it('a 2xx answer that is not JSON is still published (it landed), keyed by the idempotency key', async () => {
    const d = dispatchOf({ credentials: { url: fake.url, secret: 'new-secret' } });
    fake.server.failNext(() => true, { kind: 'malformed-after' });
    expect(await adapter.send(d)).to.deep.equal({ kind: 'published', remoteId: d.idempotencyKey });
  });

  it('the body is the envelope with the item last, the same bytes JSON.stringify gives, Vietnamese text and a quote included', async () => {
    const it = item({ title: 'Lịch "tiếp" công dân', summary: 'Tóm tắt', body: '<p>Nội dung \u2028 và \\</p>' });
    const d = dispatchOf({ credentials: { url: fake.url, secret: 'new-secret' }, item: it });
    const before = fake.server.requests.length;
    expect((await adapter.send(d)).kind).to.equal('published');
    const sent = fake.server.requests.slice(before).find((r) => r.method === 'POST')!;
    const parsed = JSON.parse(sent.body.toString('utf8')) as { item: { title: string; body: string } };
    expect(Object.keys(parsed)).to.deep.equal(['id', 'type', 'publicationId', 'attempt', 'dueAt', 'item']);
    expect(sent.body.toString('utf8')).to.equal(JSON.stringify(parsed));
    expect(parsed).to.include({ id: d.idempotencyKey, type: 'publication', publicationId: d.publicationId, attempt: d.attempt });
    expect(parsed.item).to.include({ id: it.id, title: it.title, body: it.body });
  });

  it('verify says whether the url and secret are right', async () => {
    expect((await adapter.verify({ url: fake.url, secret: 'new-secret' }, {})).kind).to.equal('published');
    expect((await adapter.verify({ url: fake.url, secret: 'wrong' }, {})).kind).to.equal('reauthorise');
    expect((await adapter.send(dispatchOf({ credentials: { url: 'ftp://x', secret: 'a' } }))).kind).to.equal('permanent');
  });
});

describe('webhook signature', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  const ts = now.getTime() / 1000;
  it('accepts any secret the receiver holds and refuses a changed body, a stale timestamp and no header', () => {
    const header = signatureHeader(['a'], ts, '{"x":1}');
    const base = { header, timestamp: String(ts), body: '{"x":1}', now, toleranceSec: 300 };
    expect(verifyWebhookSignature({ ...base, secrets: ['b', 'a'] })).to.deep.equal({ ok: true });
    expect(verifyWebhookSignature({ ...base, secrets: ['a'], body: '{"x":2}' })).to.deep.equal({ ok: false, reason: 'mismatch' });
    expect(verifyWebhookSignature({ ...base, secrets: ['a'], now: new Date(now.getTime() + 301_000) })).to.deep.equal({
      ok: false,
      reason: 'stale',
    });
    expect(verifyWebhookSignature({ ...base, secrets: ['a'], header: undefined })).to.deep.equal({ ok: false, reason: 'missing' });
  });
});
