/**
 * Dispatch across real processes on one database: a worker killed with SIGKILL after the
 * channel accepted and before Loa recorded it; two workers sharing 1,000 publications; two
 * processes refreshing one single-use refresh token at once.
 */
import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { systemActor } from '../../../src/modules/access/principal.js';
import { rawQuery } from '../../../src/modules/database/raw-sql.js';
import { AccountTokenStore } from '../../../src/modules/dispatch/account-token-store.js';
import { ChannelAccountsService } from '../../../src/modules/dispatch/channel-accounts.service.js';
import { seedTree, type Tree } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../support/test-databases.js';
import { EchoAdapter, type EchoServer, startEchoServer } from '../../support/dispatch/echo-channel.js';
import { echoAccount, seedPublications } from '../../support/dispatch/dispatch-fixtures.js';
import { refreshInProcess, startWorker, stopWorker, workerEnv } from '../../support/dispatch/worker-processes.js';

describeEachDatabase('dispatch across processes', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let echo: EchoServer;
  let ds: DataSource;
  const workers: ChildProcess[] = [];

  const states = async (ids: string[]) => {
    const rows = await rawQuery<{ state: string; n: number | string }>(
      ds,
      `SELECT "state", COUNT(*) AS "n" FROM "publications" WHERE "id" IN (${ids.map((_, i) => `$${i + 1}`).join(', ')}) GROUP BY "state"`,
      ids,
    );
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  };
  const waitPublished = async (ids: string[], timeoutMs: number) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      let published = 0;
      for (let i = 0; i < ids.length; i += 500) published += (await states(ids.slice(i, i + 500))).published ?? 0;
      if (published === ids.length || Date.now() > until) return published;
      await sleep(100);
    }
  };
  const proofsFor = async (ids: string[]) => {
    let n = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const [r] = await rawQuery<{ n: number | string }>(
        ds,
        `SELECT COUNT(*) AS "n" FROM "publication_proofs" WHERE "publicationId" IN (${chunk.map((_, j) => `$${j + 1}`).join(', ')})`,
        chunk,
      );
      n += Number(r.n);
    }
    return n;
  };

  before(async () => {
    db = await createTestDatabase(kind);
    echo = await startEchoServer();
    t = await startTestApp(db, { DISPATCH_WORKER: 'false' }, { channelAdapters: [new EchoAdapter()] });
    tree = await seedTree(t.app);
    ds = t.app.get(DataSource);
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) await stopWorker(w, 'SIGKILL');
  });
  after(async () => {
    await t?.close();
    await echo?.close();
    await db?.drop();
  });

  it('kill -9 after the channel accepted and before Loa recorded: after a restart, 0 duplicates and 0 lost', async function () {
    this.timeout(60_000);
    const account = await echoAccount(t.app, tree.communeA.id, echo.url);
    const ids = await seedPublications(t.app, tree.communeA.id, account, 20, new Date(Date.now() - 1000));
    const env = workerEnv(t.config, db.url, { DISPATCH_LEASE_MS: '1500' });
    echo.script = ['hold'];
    const held = new Promise<void>((r) => (echo.onHold = () => r()));
    const first = await startWorker(env);
    workers.push(first);
    await held;
    // Let the batch's other requests land too, then kill the worker before it writes anything.
    await sleep(300);
    await stopWorker(first, 'SIGKILL');
    echo.onHold = undefined;
    expect(await states(ids)).to.deep.equal({ sending: 20 });
    expect(
      [...echo.posts.values()].reduce((a, b) => a + b, 0),
      'the channel has every one',
    ).to.equal(20);
    workers.push(await startWorker(env));
    expect(await waitPublished(ids, 30_000)).to.equal(20);
    const duplicates = ids.filter((id) => (echo.posts.get(`loa-${id}`) ?? 0) > 1);
    expect(duplicates, 'duplicates').to.deep.equal([]);
    expect(await proofsFor(ids)).to.equal(20);
    const events = await rawQuery<{ event: string; n: number | string }>(
      ds,
      `SELECT "event", COUNT(*) AS "n" FROM "publication_log" WHERE "publicationId" IN (${ids.map((_, i) => `$${i + 1}`).join(', ')}) GROUP BY "event" ORDER BY "event"`,
      ids,
    );
    expect(Object.fromEntries(events.map((e) => [e.event, Number(e.n)]))).to.deep.equal({ lookup: 20, sweep: 20 });
  });

  it('two worker processes dispatch 1,000 publications: each exactly once', async function () {
    this.timeout(120_000);
    const account = await echoAccount(t.app, tree.communeB.id, echo.url);
    const ids = await seedPublications(t.app, tree.communeB.id, account, 1000, new Date(Date.now() - 1000));
    const env = workerEnv(t.config, db.url, { DISPATCH_BATCH: '50' });
    workers.push(...(await Promise.all([startWorker(env), startWorker(env)])));
    expect(await waitPublished(ids, 90_000)).to.equal(1000);
    const counts = ids.map((id) => echo.posts.get(`loa-${id}`) ?? 0);
    expect(counts.filter((c) => c === 1).length, 'posted exactly once').to.equal(1000);
    expect(await proofsFor(ids)).to.equal(1000);
    const byWorker = await rawQuery<{ worker: string }>(
      ds,
      `SELECT DISTINCT "worker" FROM "publication_log" WHERE "event" = 'send' AND "publicationId" IN (SELECT "id" FROM "publications" WHERE "accountId" = $1)`,
      [account],
    );
    expect(byWorker.length, 'both workers took a share').to.equal(2);
  });

  it('two processes refreshing one single-use refresh token at once: one refresh, the account intact', async function () {
    this.timeout(60_000);
    const issued = { refreshes: 0, refused: 0 };
    let current = { access: 'access-0', refresh: 'refresh-0' };
    const oauth = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const token = new URLSearchParams(body).get('refresh_token');
        // Zalo's refresh token is single-use: the first exchange spends it.
        if (token !== current.refresh) {
          issued.refused++;
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: -14014, message: 'Invalid refresh token' }));
          return;
        }
        issued.refreshes++;
        current = { access: `access-${issued.refreshes}`, refresh: `refresh-${issued.refreshes}` };
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ access_token: current.access, refresh_token: current.refresh, expires_in: '90000' }));
        }, 1500);
      });
    });
    await new Promise<void>((r) => oauth.listen(0, '127.0.0.1', r));
    const oauthUrl = `http://127.0.0.1:${(oauth.address() as AddressInfo).port}/v4/oa/access_token`;
    try {
      const account = await t.app.get(ChannelAccountsService).create(systemActor, tree.communeA.id, {
        channel: 'web-portal',
        kind: 'echo',
        name: 'OA',
        settings: { url: echo.url },
        credentials: { token: 'x', accessToken: 'access-0', refreshToken: 'refresh-0' },
      });
      const env = workerEnv(t.config, db.url);
      const [a, b] = await Promise.all([
        refreshInProcess(env, account.id, 'access-0', oauthUrl),
        refreshInProcess(env, account.id, 'access-0', oauthUrl),
      ]);
      expect(issued).to.deep.equal({ refreshes: 1, refused: 0 });
      expect(a).to.deep.equal({ accessToken: 'access-1', refreshToken: 'refresh-1' });
      expect(b).to.deep.equal(a);
      const stored = await t.app.get(AccountTokenStore).read(tree.communeA.id, account.id);
      expect(stored.credentials).to.include({ accessToken: 'access-1', refreshToken: 'refresh-1', token: 'x' });
      expect(stored.version).to.equal(1);
    } finally {
      oauth.closeAllConnections();
      await new Promise<void>((r) => oauth.close(() => r()));
    }
  });
});
