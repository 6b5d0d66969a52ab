/** Zalo OA against a loopback Zalo: `{error, message, data}` answers, −214 then success on verify, single-use refresh tokens, quiet hours, the cover fetched from a signed link. */
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dispatch } from '../../../channels/channel-adapter.js';
import { ZaloOaAdapter } from '../../../channels/zalo-oa/zalo-oa.adapter.js';
import { adapterContract } from '../../support/adapter-contract.js';
import { dispatchOf, fixedClock, item, limits, realPorts } from '../../support/adapter-fixtures.js';
import { ZaloFake } from '../../support/fakes/zalo.fake.js';
import { LoopbackDownloads } from '../../support/loopback-downloads.js';
import { MemoryTokenStore } from '../../support/memory-token-store.js';

const clock = fixedClock('2026-03-02T02:00:00Z'); // 09:00 in Vietnam
const dir = mkdtempSync(join(tmpdir(), 'loa-zalo-'));
const cover = join(dir, 'bia.jpg');
writeFileSync(cover, Buffer.alloc(40_000, 7));
const withCover = (overrides = {}) =>
  item({ attachments: [{ path: cover, mime: 'image/jpeg', bytes: 40_000, filename: 'bia.jpg', width: 500, height: 320 }], ...overrides });

let zalo: ZaloFake;
let store: MemoryTokenStore;
let downloads: LoopbackDownloads;
let adapter: ZaloOaAdapter;

async function start(): Promise<void> {
  clock.set('2026-03-02T02:00:00Z');
  zalo = new ZaloFake(() => clock.now());
  await zalo.server.start();
  downloads = new LoopbackDownloads(clock);
  await downloads.start();
  store = new MemoryTokenStore();
  adapter = new ZaloOaAdapter({ ...realPorts({ clock }), tokens: store, links: downloads }, limits);
}

async function stop(): Promise<void> {
  await zalo.server.stop();
  await downloads.stop();
}

function account(): Dispatch['credentials'] {
  const pair = zalo.issue();
  store.pairs.set('acc-1', pair);
  return { appId: zalo.appId, secretKey: zalo.secretKey, ...pair, apiBase: zalo.server.baseUrl, oauthBase: zalo.server.baseUrl };
}

const dispatch = (overrides: Partial<Dispatch> = {}) =>
  dispatchOf({ credentials: account(), accountId: 'acc-1', item: withCover(), ...overrides });

adapterContract(
  'zalo-oa',
  async () => {
    await start();
    zalo.processingPolls = 0;
    const credentials = account();
    return {
      adapter,
      dispatch: (it) => dispatchOf({ credentials, accountId: 'acc-1', item: it ?? withCover({ title: `Bài ${Math.random()}` }) }),
      copiesAt: (d) => zalo.articles.filter((a) => a.title === d.item.title).length,
      requestCount: () => zalo.server.requests.length,
      refuseCredentials: () => zalo.revokeAll(),
      throttleNext: () => {
        zalo.server.failNext((r) => r.path === '/v2.0/article/create', {
          kind: 'status',
          answer: { status: 200, json: { error: -32, message: 'The application has reached the limit of requests' } },
        });
        return limits.zaloOa.rateLimitRetryMs;
      },
      dropAnswerAfterLanding: () => zalo.server.failNext((r) => r.path === '/v2.0/article/create', { kind: 'drop-after' }),
      overLimitItem: () => withCover({ title: 'Đ'.repeat(151) }),
    };
  },
  stop,
);

describe('zalo-oa adapter', () => {
  beforeEach(start);
  afterEach(stop);

  it('gives article/create a signed Loa link to the cover, which Zalo downloads; oa/upload/image (an attachment id for messages) is not used', async () => {
    zalo.processingPolls = 0;
    const outcome = await adapter.send(dispatch());
    expect(outcome.kind).to.equal('published');
    const article = zalo.articles[0]!;
    const [id] = [...downloads.files.keys()];
    expect(downloads.files.size).to.equal(1);
    expect(article.coverUrl).to.include(`/api/downloads/${id}?expires=`);
    expect(zalo.coverFetches).to.deep.equal([{ url: article.coverUrl, status: 200, bytes: 40_000, type: 'image/jpeg' }]);
    expect(Buffer.from(downloads.files.get(id!)!.data).equals(Buffer.alloc(40_000, 7))).to.equal(true);
    expect(downloads.files.get(id!)!.expiresAt.toISOString()).to.equal(
      new Date(clock.now().getTime() + limits.zaloOa.coverLinkTtlHours * 3600_000).toISOString(),
    );
    expect(zalo.server.count('POST', /upload\/image$/)).to.equal(0);
  });

  it('a cover Zalo cannot download refuses the article: nothing is created', async () => {
    downloads.down = true;
    const outcome = await adapter.send(dispatch());
    expect(outcome.kind).to.not.equal('published');
    expect(zalo.articles).to.have.length(0);
    expect(zalo.coverFetches.map((f) => f.status)).to.include(503);
  });

  it('without a public address for Loa (no PUBLIC_URL) the item is refused before anything reaches Zalo, and prerequisites() says why', async () => {
    const local = new LoopbackDownloads(clock, false);
    const noPublic = new ZaloOaAdapter({ ...realPorts({ clock }), tokens: store }, limits);
    const unreachable = new ZaloOaAdapter({ ...realPorts({ clock }), tokens: store, links: local }, limits);
    for (const a of [noPublic, unreachable]) {
      expect(a.prerequisites().map((p) => p.code)).to.deep.equal(['PUBLIC_URL_MISSING']);
      expect(a.prerequisites()[0]!.message).to.include('PUBLIC_URL');
      const outcome = await a.send(dispatch());
      expect(outcome).to.deep.include({ kind: 'permanent', code: 'PUBLIC_URL_MISSING' });
    }
    expect(zalo.server.requests).to.have.length(0);
    expect(local.files.size).to.equal(0);
    expect(adapter.prerequisites()).to.deep.equal([]);
  });

  it('−214 on verify is unconfirmed with the token; the look-up verifies again and gets the id; a resend with the token never creates twice', async () => {
    const d = dispatch();
    const first = await adapter.send(d);
    expect(first).to.deep.include({
      kind: 'unconfirmed',
      remoteId: `zalo-token:${zalo.articles[0]!.token}`,
      afterMs: limits.zaloOa.processingRetryMs[0],
    });
    const settled = await adapter.lookup({ ...d, attempt: 2, remoteId: (first as { remoteId: string }).remoteId });
    expect(settled).to.deep.equal({ kind: 'published', remoteId: zalo.articles[0]!.id });
    const again = await adapter.send({ ...d, attempt: 3, remoteId: (first as { remoteId: string }).remoteId });
    expect(again).to.deep.equal(settled);
    expect(zalo.articles).to.have.length(1);
    expect(zalo.server.count('POST', /article\/create$/)).to.equal(1);
  });

  it('waits longer on each processing attempt (the steps from the limits file)', async () => {
    zalo.processingPolls = 10;
    const d = dispatch();
    const first = (await adapter.send(d)) as { remoteId: string; afterMs: number };
    const later = await adapter.lookup({ ...d, attempt: 3, remoteId: first.remoteId });
    expect(later).to.deep.include({ kind: 'unconfirmed', afterMs: limits.zaloOa.processingRetryMs[2] });
    const last = await adapter.lookup({ ...d, attempt: 40, remoteId: first.remoteId });
    expect(last).to.deep.include({ afterMs: limits.zaloOa.processingRetryMs.at(-1) });
  });

  it('an expired access token is refreshed once through the token store, the new pair stored, the request repeated', async () => {
    zalo.processingPolls = 0;
    const d = dispatch();
    zalo.expire(d.credentials.accessToken!);
    const outcome = await adapter.send(d);
    expect(outcome.kind).to.equal('published');
    expect(zalo.refreshes).to.equal(1);
    const stored = store.pairs.get('acc-1')!;
    expect(stored.accessToken).to.not.equal(d.credentials.accessToken);
    expect(stored.accessExpiresAt?.toISOString()).to.equal(new Date(clock.now().getTime() + 90_000_000).toISOString());
    expect(zalo.refreshTokens.has(d.credentials.refreshToken!)).to.equal(false);
  });

  it('two sends with the same stale token at once make one refresh; the account stays intact', async () => {
    zalo.processingPolls = 0;
    const credentials = account();
    zalo.expire(credentials.accessToken!);
    const a = dispatchOf({ credentials, accountId: 'acc-1', item: withCover({ title: 'Một' }) });
    const b = dispatchOf({ credentials, accountId: 'acc-1', item: withCover({ title: 'Hai' }) });
    const outcomes = await Promise.all([adapter.send(a), adapter.send(b)]);
    expect(outcomes.map((o) => o.kind)).to.deep.equal(['published', 'published']);
    expect(zalo.refreshes).to.equal(1);
    expect(zalo.refreshTokens.has(store.pairs.get('acc-1')!.refreshToken)).to.equal(true);
  });

  it('refreshes ahead of expiry when the stored expiry is within the margin', async () => {
    zalo.processingPolls = 0;
    const d = dispatch();
    d.credentials.accessExpiresAt = new Date(clock.now().getTime() + 60_000).toISOString();
    expect((await adapter.send(d)).kind).to.equal('published');
    expect(zalo.refreshes).to.equal(1);
    expect(zalo.server.requests.filter((r) => r.headers.access_token === d.credentials.accessToken)).to.have.length(0);
  });

  it('a refresh that meets a 502 is retry, not reauthorise, and the refresh token is not lost', async () => {
    const d = dispatch();
    zalo.expire(d.credentials.accessToken!);
    zalo.server.failNext((r) => r.path === '/v4/oa/access_token', { kind: 'status', answer: { status: 502, text: 'Bad Gateway' } });
    expect((await adapter.send(d)).kind).to.equal('retry');
    expect(zalo.refreshTokens.has(d.credentials.refreshToken!)).to.equal(true);
    expect(store.pairs.get('acc-1')!.refreshToken).to.equal(d.credentials.refreshToken);
  });

  it('a spent refresh token is reauthorise, with nothing created', async () => {
    const d = dispatch();
    zalo.revokeAll();
    const outcome = await adapter.send(d);
    expect(outcome.kind).to.equal('reauthorise');
    // Said in Vietnamese; Zalo's own words are kept as evidence.
    expect((outcome as { reason: string }).reason).to.match(/^Zalo từ chối cấp mã truy cập mới .*cần nhập lại thông tin đăng nhập$/);
    expect((outcome as { evidence?: { zaloRefusal?: string } }).evidence?.zaloRefusal).to.match(/Invalid refresh token/);
    expect(zalo.articles).to.have.length(0);
  });

  it('−211 reschedules to the next day in Vietnam, −234 to the end of the quiet hours, −240 is permanent', async () => {
    const quota = { status: 200, json: { error: -211, message: 'Out of quota' } };
    zalo.server.failNext((r) => r.path === '/v2.0/article/create', { kind: 'status', answer: quota });
    expect(await adapter.send(dispatch())).to.deep.include({ kind: 'reschedule', notBefore: new Date('2026-03-02T17:00:00Z') });
    clock.set('2026-03-02T15:30:00Z'); // 22:30 in Vietnam
    zalo.server.failNext((r) => r.path === '/v2.0/article/create', {
      kind: 'status',
      answer: { status: 200, json: { error: -234, message: 'quiet hours' } },
    });
    expect(await adapter.send(dispatch())).to.deep.include({ kind: 'reschedule', notBefore: new Date('2026-03-02T23:00:00Z') });
    zalo.server.failNext((r) => r.path === '/v2.0/article/create', {
      kind: 'status',
      answer: { status: 200, json: { error: -240, message: 'API retired' } },
    });
    expect(await adapter.send(dispatch())).to.deep.include({ kind: 'permanent', code: 'ZALO_API_RETIRED' });
  });

  it('a broadcast asked for in the quiet hours is rescheduled before any request; in the day it goes out after the article', async () => {
    zalo.processingPolls = 0;
    clock.set('2026-03-02T16:00:00Z'); // 23:00
    const night = dispatch({ settings: { broadcast: true } });
    const before = zalo.server.requests.length;
    expect(await adapter.send(night)).to.deep.include({ kind: 'reschedule', notBefore: new Date('2026-03-02T23:00:00Z') });
    expect(zalo.server.requests.length).to.equal(before);
    clock.set('2026-03-03T01:00:00Z'); // 08:00
    const outcome = await adapter.send(dispatch({ settings: { broadcast: true } }));
    expect(outcome).to.deep.include({ kind: 'published', detail: { broadcast: { messageId: 'msg-1' } } });
    expect(zalo.broadcasts).to.deep.equal([{ articleIds: [zalo.articles[0]!.id] }]);
  });

  it("checks Zalo's limits before sending: cover required, title, author, summary, 1 MB JPG/PNG", () => {
    const problems = adapter.check(
      item({
        title: 'x'.repeat(151),
        author: 'a'.repeat(51),
        summary: 's'.repeat(301),
        attachments: [{ path: cover, mime: 'image/webp', bytes: 1_200_000, filename: 'a.webp' }],
      }),
    );
    expect(problems.map((p) => p.code).sort()).to.deep.equal([
      'ATTACHMENT_TOO_LARGE',
      'AUTHOR_TOO_LONG',
      'IMAGE_FORMAT',
      'SUMMARY_TOO_LONG',
      'TITLE_TOO_LONG',
    ]);
    expect(adapter.check(item()).map((p) => p.code)).to.deep.equal(['COVER_REQUIRED']);
    expect(problems.find((p) => p.code === 'TITLE_TOO_LONG')!.message).to.equal('Tiêu đề dài 151 ký tự, Zalo OA cho phép tối đa 150.');
  });

  it('verify reads the OA with the token', async () => {
    const c = account();
    expect(await adapter.verify(c, { accountId: 'acc-1' })).to.deep.equal({ kind: 'published', remoteId: '2013131313' });
  });
});
