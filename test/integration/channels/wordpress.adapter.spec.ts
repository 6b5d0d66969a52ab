/** WordPress against a loopback site that keeps WordPress's slug rule, status filter and application-password auth. */
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WordPressAdapter } from '../../../channels/wordpress/wordpress.adapter.js';
import { adapterContract } from '../../support/adapter-contract.js';
import { dispatchOf, fixedClock, item, limits, realPorts } from '../../support/adapter-fixtures.js';
import { WordPressFake } from '../../support/fakes/wordpress.fake.js';

const clock = fixedClock('2026-03-02T02:00:00Z');
const adapter = new WordPressAdapter(realPorts({ clock }), limits);
let wp: WordPressFake;
const credentialsOf = () => ({ baseUrl: `${wp.baseUrl}/`, username: 'bientap', applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' });
const copies = (key: string) => wp.posts.filter((p) => new RegExp(`^${adapter.slugOf(key)}(-\\d+)?$`).test(p.slug)).length;

adapterContract(
  'wordpress',
  async () => {
    wp = new WordPressFake(() => clock.now());
    await wp.server.start();
    return {
      adapter,
      dispatch: (it) => dispatchOf({ credentials: credentialsOf(), dueAt: clock.now(), ...(it ? { item: it } : {}) }),
      copiesAt: (d) => copies(d.idempotencyKey),
      requestCount: () => wp.server.requests.length,
      refuseCredentials: () => wp.users.get('bientap')!.passwords.splice(0),
      throttleNext: () => {
        wp.server.failNext((r) => r.method === 'POST', {
          kind: 'status',
          answer: { status: 429, headers: { 'retry-after': '30' }, json: { code: 'too_many_requests' } },
        });
        return 30_000;
      },
      dropAnswerAfterLanding: () => wp.server.failNext((r) => r.method === 'POST' && r.path.endsWith('/posts'), { kind: 'drop-after' }),
      overLimitItem: () => item({ title: 'Tiêu đề '.repeat(200) }),
    };
  },
  () => wp.server.stop(),
);

describe('wordpress adapter', () => {
  beforeEach(async () => {
    wp = new WordPressFake(() => clock.now());
    await wp.server.start();
  });
  afterEach(() => wp.server.stop());

  it('uploads the picture, then the post with featured_media, the key as slug, publish now', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-wp-'));
    const path = join(dir, 'anh.jpg');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const d = dispatchOf({
      credentials: credentialsOf(),
      dueAt: clock.now(),
      item: item({ attachments: [{ path, mime: 'image/jpeg', bytes: 7, filename: 'Ảnh bìa.jpg', width: 1200, height: 800 }] }),
    });
    const outcome = await adapter.send(d);
    expect(outcome).to.deep.include({ kind: 'published' });
    const [post] = wp.posts;
    expect(post).to.include({ slug: adapter.slugOf(d.idempotencyKey), status: 'publish', featured_media: wp.media[0]!.id });
    expect(wp.media[0]).to.include({ bytes: 7, mime: 'image/jpeg' });
    expect(outcome).to.deep.include({ remoteId: String(post!.id), url: post!.link });
  });

  it('schedules a post due later as future with date_gmt, and finds it again only because status= names future', async () => {
    const due = new Date('2026-03-05T01:30:00Z');
    const d = dispatchOf({ credentials: credentialsOf(), dueAt: due });
    const outcome = await adapter.send(d);
    expect(wp.posts[0]).to.include({ status: 'future', date_gmt: '2026-03-05T01:30:00' });
    expect(outcome).to.deep.include({ kind: 'published', remoteId: String(wp.posts[0]!.id) });
    const found = await adapter.lookup(d);
    expect(found).to.deep.include({
      kind: 'published',
      remoteId: String(wp.posts[0]!.id),
      detail: { status: 'future', dateGmt: '2026-03-05T01:30:00' },
    });
    const plain = await fetch(`${wp.baseUrl}/wp-json/wp/v2/posts?slug=${wp.posts[0]!.slug}`).then((r) => r.json());
    expect(plain).to.deep.equal([]);
    const anonymous = await fetch(`${wp.baseUrl}/wp-json/wp/v2/posts?slug=${wp.posts[0]!.slug}&status=future`);
    expect(anonymous.status).to.equal(400);
  });

  it('a second send of the same key finds the first post instead of making "-2"', async () => {
    const d = dispatchOf({ credentials: credentialsOf(), dueAt: clock.now() });
    const first = await adapter.send(d);
    const second = await adapter.send({ ...d, attempt: 2 });
    expect(second).to.deep.equal(first);
    expect(wp.posts).to.have.length(1);
    expect(wp.server.count('POST', /\/posts$/)).to.equal(1);
  });

  it('when another post holds the slug in a status Loa does not look for, WordPress answers "-2" and Loa says so', async () => {
    const d = dispatchOf({ credentials: credentialsOf(), dueAt: clock.now() });
    wp.addPost({ slug: adapter.slugOf(d.idempotencyKey), status: 'trash' });
    const outcome = await adapter.send(d);
    expect(outcome).to.deep.include({
      kind: 'published',
      detail: { slugAskedFor: adapter.slugOf(d.idempotencyKey), slugGiven: `${adapter.slugOf(d.idempotencyKey)}-2` },
    });
  });

  it('a user who may not publish is reauthorise (403 rest_cannot_create); a 400 is permanent; a 502 on create is unconfirmed', async () => {
    wp.users.get('bientap')!.canPublish = false;
    expect((await adapter.send(dispatchOf({ credentials: credentialsOf(), dueAt: clock.now() }))).kind).to.equal('reauthorise');
    wp.users.get('bientap')!.canPublish = true;
    wp.server.failNext((r) => r.method === 'POST', { kind: 'status', answer: { status: 400, json: { code: 'rest_invalid_param' } } });
    expect(await adapter.send(dispatchOf({ credentials: credentialsOf(), dueAt: clock.now() }))).to.deep.include({
      kind: 'permanent',
      code: 'HTTP_400',
    });
    wp.server.failNext((r) => r.method === 'POST', { kind: 'status', answer: { status: 502, text: 'Bad Gateway' } });
    expect((await adapter.send(dispatchOf({ credentials: credentialsOf(), dueAt: clock.now() }))).kind).to.equal('unconfirmed');
  });

  it('a failed picture upload is retry: the post was not created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-wp-'));
    const path = join(dir, 'a.png');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    wp.server.failNext((r) => r.path.endsWith('/media'), { kind: 'drop-after' });
    const d = dispatchOf({
      credentials: credentialsOf(),
      dueAt: clock.now(),
      item: item({ attachments: [{ path, mime: 'image/png', bytes: 4, filename: 'a.png' }] }),
    });
    expect((await adapter.send(d)).kind).to.equal('retry');
    expect(wp.posts).to.have.length(0);
  });

  it('a picture whose file is gone is permanent (ATTACHMENT_UNREADABLE), with nothing uploaded or posted', async () => {
    const d = dispatchOf({
      credentials: credentialsOf(),
      dueAt: clock.now(),
      item: item({ attachments: [{ path: join(tmpdir(), 'loa-missing-anh.jpg'), mime: 'image/jpeg', bytes: 10, filename: 'anh.jpg' }] }),
    });
    const outcome = await adapter.send(d);
    expect(outcome).to.deep.include({ kind: 'permanent', code: 'ATTACHMENT_UNREADABLE' });
    expect((outcome as { reason: string }).reason).to.match(/^Không đọc được tệp anh\.jpg: /);
    expect(wp.media).to.have.length(0);
    expect(wp.posts).to.have.length(0);
  });

  it('verify: right password published, wrong password reauthorise, missing base URL permanent', async () => {
    expect((await adapter.verify(credentialsOf(), {})).kind).to.equal('published');
    const wrong = await adapter.verify({ ...credentialsOf(), applicationPassword: 'nope' }, {});
    expect(wrong.kind).to.equal('reauthorise');
    // Said in Vietnamese; WordPress's own code is kept as evidence for support, not shown as the reason.
    expect(wrong).to.deep.include({ evidence: { httpStatus: 401, wordpressCode: 'incorrect_password' } });
    expect((wrong as { reason: string }).reason).to.match(/WordPress từ chối tên đăng nhập hoặc mật khẩu ứng dụng$/);
    expect((await adapter.verify({ username: 'a', applicationPassword: 'b' }, {})).kind).to.equal('permanent');
  });
});
