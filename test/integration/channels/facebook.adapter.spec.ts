/** Facebook Page against a loopback Graph API that keeps the 10 minutes – 30 days scheduling window. */
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FacebookAdapter } from '../../../channels/facebook/facebook.adapter.js';
import { adapterContract } from '../../support/adapter-contract.js';
import { dispatchOf, fixedClock, item, limits, realPorts } from '../../support/adapter-fixtures.js';
import { FacebookFake } from '../../support/fakes/facebook.fake.js';

const clock = fixedClock('2026-03-02T02:00:00Z');
const adapter = new FacebookAdapter(realPorts({ clock }), limits);
let fb: FacebookFake;
const credentials = () => ({ pageId: fb.pageId, pageAccessToken: 'EAAPageToken', graphBase: fb.server.baseUrl });
const minutes = (n: number) => new Date(clock.now().getTime() + n * 60_000);

adapterContract(
  'facebook',
  async () => {
    clock.set('2026-03-02T02:00:00Z');
    fb = new FacebookFake(() => clock.now(), limits.facebook.graphVersion);
    await fb.server.start();
    return {
      adapter,
      dispatch: (it) => dispatchOf({ credentials: credentials(), dueAt: clock.now(), item: it ?? item({ title: `Tin ${Math.random()}` }) }),
      copiesAt: (d) => fb.posts.filter((p) => p.message.replace(/\r\n/g, '\n') === adapter.messageOf(d.item)).length,
      requestCount: () => fb.server.requests.length,
      refuseCredentials: () => fb.tokens.clear(),
      throttleNext: () => {
        fb.server.failNext((r) => r.method === 'POST', {
          kind: 'status',
          answer: { status: 400, json: { error: { message: '(#32) Page request limit reached', type: 'OAuthException', code: 32 } } },
        });
        return limits.facebook.rateLimitRetryMs;
      },
      dropAnswerAfterLanding: () => fb.server.failNext((r) => r.method === 'POST', { kind: 'drop-after' }),
      overLimitItem: () => item({ body: `<p>${'Cải cách hành chính. '.repeat(4000)}</p>` }),
    };
  },
  () => fb.server.stop(),
);

describe('facebook adapter', () => {
  beforeEach(async () => {
    clock.set('2026-03-02T02:00:00Z');
    fb = new FacebookFake(() => clock.now(), limits.facebook.graphVersion);
    await fb.server.start();
  });
  afterEach(() => fb.server.stop());

  it('due now: published at once on the feed', async () => {
    const outcome = await adapter.send(dispatchOf({ credentials: credentials(), dueAt: clock.now() }));
    expect(outcome).to.deep.include({ kind: 'published', remoteId: fb.posts[0]!.id });
    expect(fb.posts[0]).to.include({ published: true });
  });

  it('due in 2 hours: scheduled at Facebook with scheduled_publish_time, and found among scheduled_posts', async () => {
    const d = dispatchOf({ credentials: credentials(), dueAt: minutes(120) });
    const outcome = await adapter.send(d);
    expect(outcome).to.deep.include({ kind: 'published', detail: { scheduledFor: minutes(120).toISOString() } });
    expect(fb.posts[0]).to.include({ published: false, scheduledAt: minutes(120).getTime() / 1000 });
    expect(await adapter.lookup(d)).to.deep.include({ kind: 'published', remoteId: fb.posts[0]!.id, detail: { scheduled: true } });
  });

  it('due in 5 minutes or in 40 days: outside the window, rescheduled to the due time with no request', async () => {
    for (const due of [minutes(5), minutes(40 * 24 * 60)]) {
      expect(await adapter.send(dispatchOf({ credentials: credentials(), dueAt: due }))).to.deep.include({
        kind: 'reschedule',
        notBefore: due,
      });
    }
    expect(fb.server.requests).to.have.length(0);
  });

  it('at the window edges: 10 minutes and 30 days ahead are scheduled', async () => {
    expect((await adapter.send(dispatchOf({ credentials: credentials(), dueAt: minutes(10), item: item({ title: 'A' }) }))).kind).to.equal(
      'published',
    );
    expect(
      (await adapter.send(dispatchOf({ credentials: credentials(), dueAt: minutes(30 * 24 * 60), item: item({ title: 'B' }) }))).kind,
    ).to.equal('published');
    expect(fb.posts.map((p) => p.published)).to.deep.equal([false, false]);
  });

  it('with a picture: the photo and its caption go to /photos, the post id is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-fb-'));
    const path = join(dir, 'anh.jpg');
    writeFileSync(path, Buffer.alloc(3000, 1));
    const d = dispatchOf({
      credentials: credentials(),
      dueAt: clock.now(),
      item: item({ attachments: [{ path, mime: 'image/jpeg', bytes: 3000, filename: 'anh.jpg' }] }),
    });
    const outcome = await adapter.send(d);
    expect(fb.posts[0]).to.include({ photoBytes: 3000, message: adapter.messageOf(d.item).replace(/\n/g, '\r\n') });
    expect(outcome).to.deep.include({ kind: 'published', remoteId: fb.posts[0]!.id });
  });

  it('"duplicate status message" (506) is unconfirmed and the look-up finds the first post', async () => {
    const d = dispatchOf({ credentials: credentials(), dueAt: clock.now() });
    await adapter.send(d);
    const again = await adapter.send({ ...d, attempt: 2 });
    expect(again.kind).to.equal('unconfirmed');
    expect(await adapter.lookup(d)).to.deep.include({ kind: 'published', remoteId: fb.posts[0]!.id });
    expect(fb.posts).to.have.length(1);
  });

  it('a bad parameter is permanent with the Graph code; verify checks the token', async () => {
    fb.server.failNext(() => true, {
      kind: 'status',
      answer: { status: 400, json: { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 } } },
    });
    const refused = await adapter.send(dispatchOf({ credentials: credentials(), dueAt: clock.now() }));
    expect(refused).to.deep.include({ kind: 'permanent', code: 'FACEBOOK_100' });
    // Facebook's English message is evidence, not part of the reason people read.
    expect((refused as { reason: string }).reason).not.to.contain('Invalid parameter');
    expect((refused as { evidence?: Record<string, unknown> }).evidence).to.deep.include({
      facebookCode: 100,
      facebookMessage: '(#100) Invalid parameter',
    });
    expect((await adapter.verify(credentials(), {})).kind).to.equal('published');
    fb.tokens.clear();
    expect((await adapter.verify(credentials(), {})).kind).to.equal('reauthorise');
  });
});
