/**
 * Loa's fetch never follows a redirect: the outbound screen judges the address asked for, and
 * fetch would turn a POST answered 301/302 into a GET of wherever the channel pointed. The 3xx
 * comes back to the adapter, which refuses the publication naming the new address.
 */
import { expect } from 'chai';
import { WebhookAdapter } from '../../../channels/webhook/webhook.adapter.js';
import type { Dispatch } from '../../../channels/channel-adapter.js';
import { loadAdapterLimits } from '../../../config/channels/adapter-limits.loader.js';
import { screenedFetch } from '../../../src/modules/dispatch/channels-boot.js';
import { OutboundScreen } from '../../../src/modules/dispatch/outbound-screen.js';
import { LoopbackServer } from '../../support/fakes/loopback-server.js';

describe('redirects from a channel', () => {
  const elsewhere = new LoopbackServer(() => ({ status: 200, json: { id: 'khong-duoc-goi' } }));
  let status = 302;
  const portal = new LoopbackServer(() => ({ status, headers: { location: `${elsewhere.baseUrl}/hooks/khac` } }));
  /** The real screen, with the loopback receivers' address on the operator's list. */
  const screen = new OutboundScreen({ outboundAllow: { hosts: [{ host: '127.0.0.1' }], cidrs: [] } });
  const adapter = new WebhookAdapter({ fetch: screenedFetch(screen), clock: { now: () => new Date() } }, loadAdapterLimits());
  const dispatch = (): Dispatch => ({
    publicationId: 'pub-1',
    idempotencyKey: 'loa-pub-1',
    attempt: 1,
    item: { id: 'item-1', title: 'Lịch tiếp công dân tháng 3', body: '<p>Nội dung</p>', attachments: [] },
    credentials: { url: `${portal.baseUrl}/hooks/loa`, secret: 'khoa-ky' },
    settings: {},
    dueAt: new Date(),
  });

  before(async () => {
    await elsewhere.start();
    await portal.start();
  });
  after(async () => {
    await portal.stop();
    await elsewhere.stop();
  });

  for (const code of [301, 302, 303, 307, 308]) {
    it(`a POST answered ${code} is refused naming the new address; nothing reaches it`, async () => {
      status = code;
      const before = elsewhere.requests.length;
      const outcome = await adapter.send(dispatch());
      expect(outcome.kind).to.equal('permanent');
      expect(outcome).to.include({ code: `HTTP_${code}` });
      expect((outcome as { reason: string }).reason).to.include(`chuyển hướng (HTTP ${code}) sang ${elsewhere.baseUrl}/hooks/khac`);
      expect(elsewhere.requests.length - before, 'requests at the new address').to.equal(0);
    });
  }

  it('a look-up answered with a redirect is refused too, not taken for "nothing there"', async () => {
    status = 307;
    const before = elsewhere.requests.length;
    const outcome = await adapter.lookup(dispatch());
    expect(outcome).to.include({ kind: 'permanent', code: 'HTTP_307' });
    expect(elsewhere.requests.length - before).to.equal(0);
  });
});
