/** `loa channels send` as a process against loopback WordPress and Zalo servers. */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WordPressFake } from '../support/fakes/wordpress.fake.js';
import { ZaloFake } from '../support/fakes/zalo.fake.js';
import { photo } from '../integration/media/media-fixtures.js';
import { freePort, startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

const loa = join(process.cwd(), 'dist', 'src', 'cli', 'loa.js');

function run(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [loa, ...args], {
    cwd,
    env: {
      PATH: process.env.PATH,
      DATA_DIR: join(cwd, 'data'),
      LOG_LEVEL: 'silent',
      DISPATCH_BACKOFF_BASE_MS: '50',
      DISPATCH_BACKOFF_CAP_MS: '100',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}
const lastLine = (s: string) =>
  JSON.parse(s.trim().split('\n').pop()!) as { state: string; remoteId: string | null; url: string | null; attempts: number };

describe('loa channels send', function () {
  this.timeout(120_000);
  let dir: string;
  const item = {
    id: 'tin-0001',
    title: 'Thông báo lịch tiếp công dân',
    summary: 'Lịch tháng 12',
    body: '<p>Ủy ban nhân dân xã tiếp công dân vào thứ Năm hằng tuần.</p>',
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'loa-send-'));
    writeFileSync(join(dir, 'item.json'), JSON.stringify(item));
  });

  it('WordPress: publishes once, answers the JSON line, and a second run finds the post instead of posting again', async () => {
    const wp = new WordPressFake();
    await wp.server.start();
    try {
      writeFileSync(
        join(dir, 'account.json'),
        JSON.stringify({
          channel: 'web-portal',
          kind: 'wordpress',
          baseUrl: wp.baseUrl,
          username: 'bientap',
          applicationPassword: 'abcd efgh ijkl mnop qrst uvwx',
        }),
      );
      const first = await run(['channels', 'send', '--account', 'account.json', '--item', 'item.json', '--json'], dir);
      expect(first.status, first.stderr).to.equal(0);
      const answer = lastLine(first.stdout);
      expect(answer.state).to.equal('published');
      expect(answer.remoteId).to.equal(String(wp.posts[0].id));
      expect(answer.url).to.equal(wp.posts[0].link);
      expect(wp.posts).to.have.length(1);
      const second = await run(['channels', 'send', '--account', 'account.json', '--item', 'item.json', '--json'], dir);
      expect(second.status, second.stderr).to.equal(0);
      expect(lastLine(second.stdout).remoteId).to.equal(answer.remoteId);
      expect(wp.posts, 'no second post').to.have.length(1);
      expect(second.stderr).to.include('tra cứu');
    } finally {
      await wp.server.stop();
    }
  });

  it('WordPress with a wrong application password: needs re-authorisation, nothing posted, exit not 0', async () => {
    const wp = new WordPressFake();
    await wp.server.start();
    try {
      writeFileSync(
        join(dir, 'account.json'),
        JSON.stringify({
          channel: 'web-portal',
          kind: 'wordpress',
          baseUrl: wp.baseUrl,
          username: 'bientap',
          applicationPassword: 'sai sai sai sai sai sai',
        }),
      );
      const r = await run(['channels', 'send', '--account', 'account.json', '--item', 'item.json', '--json'], dir);
      expect(r.status).to.equal(2);
      expect(lastLine(r.stdout)).to.deep.equal({ state: 'needs-reauth', remoteId: null, url: null, attempts: 1 });
      expect(r.stderr).to.include('cần kết nối lại tài khoản');
      // The attempt's line says what the channel answered in Vietnamese, not the adapter's outcome kind.
      expect(r.stderr).to.include('Lần 1 (tra cứu): cần cấp lại quyền').and.not.include('reauthorise');
      expect(wp.posts).to.have.length(0);
    } finally {
      await wp.server.stop();
    }
  });
});

describeEachDatabase('loa channels send: Zalo OA, the cover served by the Loa service on the same data folder', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let dir: string;
  let env: Record<string, string>;
  const item = {
    id: 'tin-0002',
    title: 'Thông báo lịch tiếp công dân',
    summary: 'Lịch tháng 12',
    body: '<p>Ủy ban nhân dân xã tiếp công dân vào thứ Năm hằng tuần.</p>',
  };

  before(async () => {
    db = await createTestDatabase(kind);
    const port = await freePort();
    const keys = `t1:${randomBytes(32).toString('base64')}`;
    t = await startTestApp(db, { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, LOA_SECRET_KEYS: keys });
    env = { DATA_DIR: t.config.dataDir, PUBLIC_URL: t.config.publicUrl, LOA_SECRET_KEYS: keys };
  });
  after(async () => {
    await t.close();
    await db.drop();
  });
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'loa-send-'));
    writeFileSync(join(dir, 'item.json'), JSON.stringify(item));
    writeFileSync(join(dir, 'bia.jpg'), await photo({ storedWidth: 500, storedHeight: 320 }));
  });

  it("with an expiring token: refreshes once, writes the new pair back, then publishes; Zalo downloads the cover from the service's signed link", async function () {
    this.timeout(120_000);
    const zalo = new ZaloFake();
    await zalo.server.start();
    try {
      const pair = zalo.issue();
      zalo.expire(pair.accessToken);
      const account = {
        channel: 'zalo-oa',
        kind: 'zalo-oa',
        appId: zalo.appId,
        secretKey: zalo.secretKey,
        accessToken: pair.accessToken,
        refreshToken: pair.refreshToken,
        accessExpiresAt: new Date(Date.now() - 1000).toISOString(),
        apiBase: zalo.server.baseUrl,
        oauthBase: zalo.server.baseUrl,
      };
      writeFileSync(join(dir, 'zalo.json'), JSON.stringify(account));
      const r = await run(['channels', 'send', '--account', 'zalo.json', '--item', 'item.json', '--attach', 'bia.jpg', '--json'], dir, env);
      expect(r.status, r.stderr + r.stdout).to.equal(0);
      expect(lastLine(r.stdout).state).to.equal('published');
      expect(zalo.refreshes).to.equal(1);
      const stored = JSON.parse(readFileSync(join(dir, 'zalo.json'), 'utf8')) as Record<string, string>;
      expect(stored.refreshToken).to.not.equal(pair.refreshToken);
      expect(zalo.refreshTokens.has(stored.refreshToken), 'the stored refresh token is the live one').to.equal(true);
      expect(stored).to.include({ appId: zalo.appId, channel: 'zalo-oa' });
      const coverUrl = zalo.articles[0]!.coverUrl;
      expect(coverUrl.startsWith(`${t.config.publicUrl}/api/downloads/`)).to.equal(true);
      expect(zalo.coverFetches).to.deep.equal([
        { url: coverUrl, status: 200, bytes: readFileSync(join(dir, 'bia.jpg')).length, type: 'image/jpeg' },
      ]);
    } finally {
      await zalo.server.stop();
    }
  });

  it('without PUBLIC_URL: refused with PUBLIC_URL_MISSING before anything is sent to Zalo (only the read-only look-up), exit not 0', async function () {
    this.timeout(120_000);
    const zalo = new ZaloFake();
    await zalo.server.start();
    try {
      const pair = zalo.issue();
      writeFileSync(
        join(dir, 'zalo.json'),
        JSON.stringify({
          channel: 'zalo-oa',
          kind: 'zalo-oa',
          appId: zalo.appId,
          secretKey: zalo.secretKey,
          ...pair,
          apiBase: zalo.server.baseUrl,
          oauthBase: zalo.server.baseUrl,
        }),
      );
      const r = await run(['channels', 'send', '--account', 'zalo.json', '--item', 'item.json', '--attach', 'bia.jpg', '--json'], dir, {
        DATA_DIR: env.DATA_DIR!,
        LOA_SECRET_KEYS: env.LOA_SECRET_KEYS!,
      });
      expect(r.status).to.not.equal(0);
      expect(lastLine(r.stdout).state).to.equal('failed');
      expect(r.stderr).to.include('PUBLIC_URL');
      expect(
        zalo.server.requests.filter((q) => q.method !== 'GET'),
        'nothing but the look-up',
      ).to.have.length(0);
      expect(zalo.articles).to.have.length(0);
    } finally {
      await zalo.server.stop();
    }
  });
});
