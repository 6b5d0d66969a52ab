/** The outbox in one process: claims, outcomes, retries, leases and the sweeper, the proof and the log, on both databases. */
import { expect } from 'chai';
import { DataSource } from 'typeorm';
import { newId } from '../../../src/modules/common/ids.js';
import { rawQuery } from '../../../src/modules/database/raw-sql.js';
import { Dispatcher } from '../../../src/modules/dispatch/dispatcher.service.js';
import { OutboxRepository } from '../../../src/modules/dispatch/outbox.repository.js';
import { seedTree, type Tree } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../support/test-databases.js';
import { EchoAdapter, type EchoServer, startEchoServer } from '../../support/dispatch/echo-channel.js';
import { echoAccount, seedPublications } from '../../support/dispatch/dispatch-fixtures.js';

interface PubRow {
  id: string;
  state: string;
  attempts: number | string;
  remoteId: string | null;
  nextAttemptAt: string | null;
}

describeEachDatabase('dispatch outbox', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let echo: EchoServer;
  let account: string;
  let ds: DataSource;
  let dispatcher: Dispatcher;

  const pub = async (id: string): Promise<PubRow> => (await rawQuery<PubRow>(ds, `SELECT * FROM "publications" WHERE "id" = $1`, [id]))[0];
  const logOf = (id: string) =>
    rawQuery<{ event: string; outcome: string | null; state: string }>(
      ds,
      `SELECT "event", "outcome", "state" FROM "publication_log" WHERE "publicationId" = $1 ORDER BY "at", "attempt"`,
      [id],
    );
  const proofsOf = (id: string) =>
    rawQuery<{ source: string; remoteId: string; url: string }>(
      ds,
      `SELECT "source", "remoteId", "url" FROM "publication_proofs" WHERE "publicationId" = $1`,
      [id],
    );

  before(async () => {
    db = await createTestDatabase(kind);
    echo = await startEchoServer();
    t = await startTestApp(
      db,
      {
        DISPATCH_WORKER: 'false',
        DISPATCH_BACKOFF_BASE_MS: '10',
        DISPATCH_BACKOFF_CAP_MS: '20',
        DISPATCH_MAX_ATTEMPTS: '3',
        DISPATCH_LEASE_MS: '1000',
      },
      { channelAdapters: [new EchoAdapter()] },
    );
    tree = await seedTree(t.app);
    ds = t.app.get(DataSource);
    dispatcher = t.app.get(Dispatcher);
    account = await echoAccount(t.app, tree.communeA.id, echo.url);
  });
  after(async () => {
    await t?.close();
    await echo?.close();
    await db?.drop();
  });
  beforeEach(() => {
    echo.script = [];
  });

  it('sends each due publication once, then records published, its proof and its log; a publication not yet due waits', async () => {
    const due = await seedPublications(t.app, tree.communeA.id, account, 25, new Date(Date.now() - 1000));
    const later = await seedPublications(t.app, tree.communeA.id, account, 1, new Date(Date.now() + 3_600_000));
    const report = await dispatcher.tick(new Date());
    expect(report.claimed).to.equal(25);
    for (const id of due) {
      const p = await pub(id);
      expect(p.state).to.equal('published');
      expect(p.remoteId).to.equal(`r-loa-${id}`);
      expect(echo.posts.get(`loa-${id}`)).to.equal(1);
      expect(await proofsOf(id)).to.deep.equal([{ source: 'dispatch', remoteId: `r-loa-${id}`, url: `${echo.url}/p/loa-${id}` }]);
      expect(await logOf(id)).to.deep.equal([{ event: 'send', outcome: 'published', state: 'published' }]);
    }
    expect((await pub(later[0])).state).to.equal('queued');
    expect((await dispatcher.tick(new Date())).claimed).to.equal(0);
  });

  it('honours Retry-After on 429, backs off, and publishes on a later attempt; every attempt is logged', async () => {
    const [id] = await seedPublications(t.app, tree.communeA.id, account, 1, new Date(Date.now() - 1000));
    echo.script = [{ status: 429, retryAfter: '2' }];
    const before = Date.now();
    await dispatcher.tick(new Date());
    const waiting = await pub(id);
    expect(waiting.state).to.equal('retrying');
    expect(Date.parse(waiting.nextAttemptAt!)).to.be.at.least(before + 2000);
    expect((await dispatcher.tick(new Date())).claimed, 'not before Retry-After').to.equal(0);
    await dispatcher.tick(new Date(Date.now() + 2500));
    const done = await pub(id);
    expect(done.state).to.equal('published');
    expect(Number(done.attempts)).to.equal(2);
    expect((await logOf(id)).map((l) => `${l.outcome}→${l.state}`)).to.deep.equal(['retry→retrying', 'published→published']);
  });

  it('stops at the attempt cap as failed and tells the author in the app', async () => {
    const [id] = await seedPublications(t.app, tree.communeA.id, account, 1, new Date(Date.now() - 1000));
    echo.script = [{ status: 503 }, { status: 503 }, { status: 503 }];
    for (let i = 0; i < 3; i++) await dispatcher.tick(new Date(Date.now() + i * 1000));
    const p = await pub(id);
    expect(p.state).to.equal('failed');
    expect(Number(p.attempts)).to.equal(3);
    expect(echo.posts.get(`loa-${id}`) ?? 0).to.equal(0);
    const notes = await rawQuery<{ kind: string; message: string }>(
      ds,
      `SELECT "kind", "message" FROM "notifications" WHERE "data" LIKE $1`,
      [`%${id}%`],
    );
    expect(notes).to.have.length(1);
    expect(notes[0].kind).to.equal('publication.failed');
    expect(notes[0].message).to.include('gửi lỗi');
  });

  it('a refused credential makes the publication needs-reauth and the account needs-reauth, nothing posted', async () => {
    const other = await echoAccount(t.app, tree.communeB.id, echo.url);
    const [id] = await seedPublications(t.app, tree.communeB.id, other, 1, new Date(Date.now() - 1000));
    echo.script = [{ status: 401 }];
    await dispatcher.tick(new Date());
    expect((await pub(id)).state).to.equal('needs-reauth');
    const [acc] = await rawQuery<{ status: string }>(ds, `SELECT "status" FROM "channel_accounts" WHERE "id" = $1`, [other]);
    expect(acc.status).to.equal('needs-reauth');
    expect(echo.posts.get(`loa-${id}`) ?? 0).to.equal(0);
  });

  it('a lease that runs out while the request is out becomes unconfirmed; the next claim looks it up and never posts twice', async () => {
    const [id] = await seedPublications(t.app, tree.communeA.id, account, 1, new Date(Date.now() - 1000));
    const outbox = t.app.get(OutboxRepository);
    // A worker that claimed it, sent it (the channel stored it) and died before recording.
    const now = new Date();
    const claimed = await outbox.claim({ delivery: 'push' }, 'dead-worker', now, new Date(now.getTime() + 1000), 10);
    expect(claimed.map((c) => c.id)).to.deep.equal([id]);
    await fetch(`${echo.url}/deliveries`, { method: 'POST', headers: { 'idempotency-key': `loa-${id}` }, body: '{}' });
    expect(await dispatcher.sweep(new Date(now.getTime() + 500)), 'lease still running').to.equal(0);
    expect(await dispatcher.sweep(new Date(now.getTime() + 1500))).to.equal(1);
    expect((await pub(id)).state).to.equal('unconfirmed');
    await dispatcher.tick(new Date(now.getTime() + 1600));
    const p = await pub(id);
    expect(p.state).to.equal('published');
    expect(echo.posts.get(`loa-${id}`)).to.equal(1);
    expect((await logOf(id)).map((l) => l.event)).to.deep.equal(['sweep', 'lookup']);
    // The dead worker's late settlement is refused: the lease is not its own any more.
    const late = await outbox.transaction((m) =>
      outbox.settle(
        m,
        'dead-worker',
        [{ id, state: 'failed', nextAttemptAt: null, remoteId: null, url: null, lastError: 'late', refundAttempt: false }],
        new Date(),
      ),
    );
    expect(late.size).to.equal(0);
    expect((await pub(id)).state).to.equal('published');
  });

  it('an outcome whose lease another worker took meanwhile is logged as lease-lost, with neither state nor proof; the rest of its batch is recorded', async () => {
    const ids = await seedPublications(t.app, tree.communeA.id, account, 2, new Date(Date.now() - 1000));
    echo.script = ['hold'];
    let heldId = '';
    echo.onHold = (key) => {
      heldId = key.replace(/^loa-/, '');
      // Another worker holds the lease by the time the channel answers.
      void rawQuery(ds, `UPDATE "publications" SET "leaseOwner" = 'other-worker' WHERE "id" = $1`, [heldId]).then(() => echo.answerHeld());
    };
    try {
      const report = await dispatcher.tick(new Date());
      expect(report.claimed).to.equal(2);
      expect(report.settled).to.equal(1);
    } finally {
      echo.onHold = undefined;
    }
    const [other] = ids.filter((id) => id !== heldId);
    expect(ids).to.include(heldId);
    const lost = await pub(heldId);
    expect(lost.state).to.equal('sending');
    expect(lost.remoteId).to.equal(null);
    expect(await logOf(heldId)).to.deep.equal([{ event: 'send', outcome: 'published', state: 'lease-lost' }]);
    expect(await proofsOf(heldId)).to.deep.equal([]);
    expect((await pub(other)).state).to.equal('published');
    expect(await logOf(other)).to.deep.equal([{ event: 'send', outcome: 'published', state: 'published' }]);
    expect((await proofsOf(other)).map((p) => p.remoteId)).to.deep.equal([`r-loa-${other}`]);
    const [proof] = await rawQuery<{ evidence: string; publishedAt: string; createdAt: string }>(
      ds,
      `SELECT "evidence", "publishedAt", "createdAt" FROM "publication_proofs" WHERE "publicationId" = $1`,
      [other],
    );
    expect(JSON.parse(proof.evidence)).to.deep.equal({ attempt: 1, event: 'send', worker: dispatcher.workerId });
    expect(proof.publishedAt)
      .to.equal(proof.createdAt)
      .and.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // The other worker's lease is not left for later tests' sweeps.
    await rawQuery(ds, `UPDATE "publications" SET "state" = 'cancelled', "leaseOwner" = NULL, "leaseUntil" = NULL WHERE "id" = $1`, [
      heldId,
    ]);
  });

  it('a channel answer cut in the middle of a character is recorded (U+FFFD in its place), with the rest of its batch', async () => {
    const ids = await seedPublications(t.app, tree.communeA.id, account, 2, new Date(Date.now() - 1000));
    const outbox = t.app.get(OutboxRepository);
    const now = new Date();
    const claimed = await outbox.claim({ delivery: 'push' }, 'w-cut', now, new Date(now.getTime() + 60_000), 10);
    expect(claimed.map((c) => c.id).sort()).to.deep.equal([...ids].sort());
    // A reason sliced at 9 UTF-16 units keeps the first half of the emoji's surrogate pair only.
    const cut = 'Kênh báo 🙂 lỗi'.slice(0, 10);
    expect(cut.endsWith('\ud83d')).to.equal(true);
    const settled = await outbox.transaction(async (m) => {
      const done = await outbox.settle(
        m,
        'w-cut',
        ids.map((id) => ({ id, state: 'failed', nextAttemptAt: null, remoteId: null, url: null, lastError: cut, refundAttempt: false })),
        now,
      );
      await outbox.appendLog(
        m,
        ids.map((id) => ({
          id: newId(),
          publicationId: id,
          attempt: 1,
          event: 'send',
          outcome: 'permanent',
          state: 'failed',
          request: { attempt: 1 },
          answer: { reason: cut },
          remoteId: null,
          url: null,
          worker: 'w-cut',
          actor: null,
          at: now,
        })),
      );
      return done;
    });
    expect(settled.size).to.equal(2);
    for (const id of ids) {
      const [row] = await rawQuery<{ state: string; lastError: string }>(
        ds,
        `SELECT "state", "lastError" FROM "publications" WHERE "id" = $1`,
        [id],
      );
      expect(row).to.deep.equal({ state: 'failed', lastError: 'Kênh báo \ufffd' });
      const [log] = await rawQuery<{ answer: string }>(ds, `SELECT "answer" FROM "publication_log" WHERE "publicationId" = $1`, [id]);
      expect(JSON.parse(log.answer)).to.deep.equal({ reason: 'Kênh báo \ufffd' });
    }
  });

  it('the log is append-only: the database refuses UPDATE and DELETE', async () => {
    const [id] = await seedPublications(t.app, tree.communeA.id, account, 1, new Date(Date.now() - 1000));
    await dispatcher.tick(new Date());
    let updateError: unknown = null;
    await ds
      .query(`UPDATE "publication_log" SET "state" = 'failed' WHERE "publicationId" = '${id}'`)
      .catch((e: unknown) => (updateError = e));
    expect(String(updateError)).to.include('append-only');
    let deleteError: unknown = null;
    await ds.query(`DELETE FROM "publication_log" WHERE "publicationId" = '${id}'`).catch((e: unknown) => (deleteError = e));
    expect(String(deleteError)).to.include('append-only');
    expect(await logOf(id)).to.have.length(1);
  });

  it("a publication's idempotency key is its id's: the database refuses another", async () => {
    const [id] = await seedPublications(t.app, tree.communeA.id, account, 1, new Date(Date.now() + 3_600_000));
    let error: unknown = null;
    await rawQuery(ds, `UPDATE "publications" SET "idempotencyKey" = 'loa-khac' WHERE "id" = $1`, [id]).catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/CHECK|check constraint/);
    expect(
      (await rawQuery<{ idempotencyKey: string }>(ds, `SELECT "idempotencyKey" FROM "publications" WHERE "id" = $1`, [id]))[0],
    ).to.deep.equal({
      idempotencyKey: `loa-${id}`,
    });
  });

  it('what the log and the proofs name cannot be deleted: the publication, an item with a proof, its unit', async () => {
    const [id] = await seedPublications(t.app, tree.communeA.id, account, 1, new Date(Date.now() - 1000));
    await dispatcher.tick(new Date());
    expect(await proofsOf(id)).to.have.length(1);
    // An item whose only reference is a proof recorded by hand (no publication names it).
    const itemId = newId();
    const now = new Date().toISOString();
    await rawQuery(
      ds,
      `INSERT INTO "content_items" ("id", "unitId", "channels", "title", "summary", "body", "tags", "status", "attachments", "version", "createdAt", "updatedAt")
       VALUES ($1, $2, '["web-portal"]', 'Tin đăng ngoài Loa', '', '<p>Nội dung</p>', '[]', 'published', '[]', 1, $3, $3)`,
      [itemId, tree.communeB.id, now],
    );
    await rawQuery(
      ds,
      `INSERT INTO "publication_proofs" ("id", "unitId", "itemId", "channel", "source", "publishedAt", "createdAt") VALUES ($1, $2, $3, 'web-portal', 'manual', $4, $4)`,
      [newId(), tree.communeB.id, itemId, now],
    );
    const refused = async (sql: string, param: string): Promise<string> => {
      let error: unknown = null;
      await rawQuery(ds, sql, [param]).catch((e: unknown) => (error = e));
      return String(error);
    };
    for (const [sql, param] of [
      ['DELETE FROM "publications" WHERE "id" = $1', id],
      ['DELETE FROM "content_items" WHERE "id" = $1', itemId],
      ['DELETE FROM "units" WHERE "id" = $1', tree.communeB.id],
    ])
      expect(await refused(sql, param), sql).to.match(/FOREIGN KEY|is named by/);
    expect(await pub(id)).to.not.equal(undefined);
    expect(await rawQuery(ds, `SELECT "id" FROM "content_items" WHERE "id" = $1`, [itemId])).to.have.length(1);
    expect(await rawQuery(ds, `SELECT "id" FROM "units" WHERE "id" = $1`, [tree.communeB.id])).to.have.length(1);
  });
});
