/**
 * The outbox's partial indexes are the ones its hot statements read: the claim reads
 * IDX_publications_due (publications that can be claimed, by due time) and the sweeper reads
 * IDX_publications_lease (publications being sent, by lease end), on both databases. A partial
 * index serves a query only when the query's WHERE implies the index's predicate, so a change to
 * the claimable states or to either statement that loses the index fails here. Sent publications
 * are in neither index.
 */
import { expect } from 'chai';
import { DataSource } from 'typeorm';
import { rawQuery } from '../../../src/modules/database/raw-sql.js';
import { claimStatement, EXPIRED_LEASES } from '../../../src/modules/dispatch/outbox.repository.js';
import { seedTree } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../support/test-databases.js';
import { EchoAdapter } from '../../support/dispatch/echo-channel.js';
import { echoAccount, seedPublications } from '../../support/dispatch/dispatch-fixtures.js';

describeEachDatabase('dispatch outbox indexes', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let ds: DataSource;

  /** The plan's text, one line per node; on PostgreSQL with sequential scans priced out, so an index is used whenever one can be. */
  async function plan(sql: string, params: unknown[]): Promise<string> {
    if (kind === 'sqlite') {
      const rows = await rawQuery<{ detail: string }>(ds, `EXPLAIN QUERY PLAN ${sql}`, params);
      return rows.map((r) => r.detail).join('\n');
    }
    const runner = ds.createQueryRunner();
    try {
      await runner.query('SET enable_seqscan = off');
      const rows = (await runner.query(`EXPLAIN ${sql}`, params)) as { 'QUERY PLAN': string }[];
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  }

  const indexes = async (): Promise<Map<string, string>> => {
    const rows =
      kind === 'sqlite'
        ? await rawQuery<{ name: string; sql: string }>(
            ds,
            `SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' AND "sql" IS NOT NULL`,
            [],
          )
        : await rawQuery<{ name: string; sql: string }>(
            ds,
            `SELECT indexname AS "name", indexdef AS "sql" FROM pg_indexes WHERE schemaname = 'public'`,
            [],
          );
    return new Map(rows.map((r) => [r.name, r.sql]));
  };

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db, { DISPATCH_WORKER: 'false' }, { channelAdapters: [new EchoAdapter()] });
    ds = t.app.get(DataSource);
    const tree = await seedTree(t.app);
    const account = await echoAccount(t.app, tree.communeA.id, 'http://127.0.0.1:9/echo');
    await seedPublications(t.app, tree.communeA.id, account, 300, new Date(Date.now() - 1000));
    if (kind === 'postgres') await rawQuery(ds, 'ANALYZE "publications"', []);
    else await rawQuery(ds, 'ANALYZE', []);
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('the push claim and an external system’s claim read the due publications through IDX_publications_due', async () => {
    const now = new Date();
    const push = claimStatement(kind === 'postgres', { delivery: 'push' }, 'w', now, new Date(now.getTime() + 60_000), 200);
    expect(await plan(push.sql, push.params)).to.include('IDX_publications_due');
    const pull = claimStatement(kind === 'postgres', { delivery: 'pull', pathPrefix: '/', channels: ['web-portal'] }, 'w', now, now, 10);
    expect(await plan(pull.sql, pull.params)).to.include('IDX_publications_due');
  });

  it('the sweeper reads expired leases through IDX_publications_lease', async () => {
    expect(await plan(EXPIRED_LEASES, [new Date().toISOString(), 1000])).to.include('IDX_publications_lease');
  });

  it('the claim and lease indexes hold only the states they serve; the proofs keep only their covering indexes', async () => {
    const all = await indexes();
    expect(all.get('IDX_publications_due')).to.match(/WHERE.*state.*queued.*retrying.*unconfirmed/is);
    expect(all.get('IDX_publications_lease')).to.match(/WHERE.*state.*=.*'sending'/is);
    const proofIndexes = [...all].filter(([, sql]) => /publication_proofs/.test(sql)).map(([name]) => name);
    expect(proofIndexes.filter((n) => n.startsWith('IDX_')).sort()).to.deep.equal(['IDX_proofs_first', 'IDX_proofs_report']);
  });
});
