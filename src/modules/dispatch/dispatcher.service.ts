import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { EntityManager } from 'typeorm';
import type { ChannelAdapter, Dispatch, Outcome, OutgoingItem } from '../../../channels/channel-adapter.js';
import type { DispatchConfig } from '../../../config/env.schema.js';
import { type RetryPolicy, settle, type Settlement } from '../../domain/dispatch/publication-state.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/clock.js';
import { ChannelAccountsService } from './channel-accounts.service.js';
import { ChannelAdapters } from './channel-adapters.js';
import { type ClaimedRow, type LogRow, OutboxRepository, type OutcomeRow, type RowSettlement } from './outbox.repository.js';
import { type AccountForDispatch, OutgoingItems } from './outgoing-items.js';
import { attemptDispatch } from './dispatch-attempt.js';
import { type DispatchProof, ProofWriter } from './proof-writer.js';
import { type PublicationAlert, PublicationAlerts } from './publication-alerts.js';
import { PublishOutbox } from './publish-outbox.service.js';

export interface TickReport {
  materialized: number;
  claimed: number;
  settled: number;
  released: number;
}

interface Done {
  row: ClaimedRow;
  event: 'send' | 'lookup' | 'check';
  outcome: Outcome;
  settlement: Settlement;
  request: Record<string, unknown>;
}

/** At most `limit` holders at once; the rest wait in order. One per tick: the worker's requests in flight. */
class InFlight {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Takes a place at once when one is free (no turn of the event loop); false when the caller must wait in `acquire`. */
  tryAcquire(): boolean {
    if (this.held >= this.limit) return false;
    this.held++;
    return true;
  }

  acquire(): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held--;
  }
}

/**
 * The outbox's worker. `tick(now)` turns due slots into publications, then claims due
 * publications in batches and sends each through its account's adapter (one attempt, the
 * adapter never sleeps), then writes every outcome, log row, proof and alert of the batch in
 * one transaction. A claimed publication that was unconfirmed is looked up first: it is sent
 * again only when the channel says it has nothing for its idempotency key. While a batch is
 * out, a heartbeat renews its leases; `sweep(now)` turns leases that ran out (a worker that
 * died) into unconfirmed publications. Both are safe to run on several nodes at once.
 */
@Injectable()
export class Dispatcher {
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly log = new Logger('Dispatcher');
  private readonly policy: RetryPolicy;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly appConfig: { dispatch: DispatchConfig },
    private readonly outbox: OutboxRepository,
    private readonly adapters: ChannelAdapters,
    private readonly loader: OutgoingItems,
    private readonly proofs: ProofWriter,
    private readonly alerts: PublicationAlerts,
    private readonly accounts: ChannelAccountsService,
    private readonly clock: Clock,
    private readonly publish: PublishOutbox,
  ) {
    const c = appConfig.dispatch;
    this.policy = { maxAttempts: c.maxAttempts, baseMs: c.backoffBaseMs, capMs: c.backoffCapMs };
  }

  private get config(): DispatchConfig {
    return this.appConfig.dispatch;
  }

  /** One round: materialize due slots, then claim and send until nothing is due (or `maxBatches`). Overlapping calls in one process are skipped; other processes share the work through the claims. */
  async tick(now: Date, maxBatches = 50): Promise<TickReport> {
    const report: TickReport = { materialized: 0, claimed: 0, settled: 0, released: 0 };
    if (this.running) return report;
    this.running = true;
    try {
      // Two nodes may materialize the same slot: the unique index keeps one row, the loser's transaction is retried next tick.
      report.materialized = await this.publish.materializeDue(now).catch((e: unknown) => {
        this.log.warn(`materialize: ${(e as Error).message}`);
        return 0;
      });
      // The worker keeps up to DISPATCH_CONCURRENCY requests in flight. It claims a batch and starts its
      // requests; on PostgreSQL, as soon as the last request of a batch has started, it claims the next
      // one, so a batch's tail overlaps the next batch instead of draining the worker, and a batch's
      // outcomes are written (on their own connection, in order, once all its requests have answered)
      // while the next batch is out; its leases are renewed until then. At most one batch waits to be
      // written: the one before is awaited before the next claim. (Two such loops per process, tried
      // on 2026-12-02, were slower: more claims and transactions at once for the same requests.)
      // SQLite has one connection and one writer, and a claim must not run inside an open
      // transaction, so there a batch is sent, then written, then the next claimed. The loop stops
      // when a claim comes back short.
      const inFlight = new InFlight(Math.max(1, this.config.concurrency));
      let recording: Promise<number> | undefined;
      try {
        for (let batches = 0; batches < maxBatches; batches++) {
          const at = new Date(Math.max(now.getTime(), this.clock.now().getTime()));
          const rows = await this.outbox.claim(
            { delivery: 'push' },
            this.workerId,
            at,
            new Date(at.getTime() + this.config.leaseMs),
            this.config.batch,
          );
          if (rows.length === 0) break;
          report.claimed += rows.length;
          const sent = this.sendBatch(rows, inFlight);
          if (this.outbox.isPostgres) {
            await sent.started;
            if (recording) report.settled += await recording;
            recording = sent.record();
            // Awaited on the next turn or below; a failure is not left unhandled meanwhile.
            recording.catch(() => undefined);
          } else {
            report.settled += await sent.record();
          }
          if (rows.length < this.config.batch) break;
        }
      } finally {
        if (recording) report.settled += await recording;
      }
    } finally {
      this.running = false;
    }
    return report;
  }

  /** Releases the leases of dead workers: their publications become unconfirmed and are looked up next. */
  async sweep(now: Date): Promise<number> {
    const released = await this.outbox.releaseExpired(now);
    if (released.length === 0) return 0;
    await this.outbox.transaction((m) =>
      this.outbox.appendLog(
        m,
        released.map((r) => ({
          id: newId(),
          publicationId: r.id,
          attempt: r.attempts,
          event: 'sweep',
          outcome: null,
          state: 'unconfirmed',
          request: { leaseOwner: r.leaseOwner },
          answer: null,
          remoteId: null,
          url: null,
          worker: this.workerId,
          actor: null,
          at: this.clock.now(),
        })),
      ),
    );
    return released.length;
  }

  /**
   * Starts sending a claimed batch, each request when `inFlight` has room: `started` resolves when
   * the last one has started (or the batch could not be loaded), `record()` writes the outcomes
   * once all have answered. Its leases are renewed from the claim until the recording ends.
   */
  private sendBatch(rows: ClaimedRow[], inFlight: InFlight): { started: Promise<void>; record: () => Promise<number> } {
    const leaseIds = rows.map((r) => r.id);
    const heartbeat = setInterval(
      () => {
        void this.outbox
          .heartbeat(this.workerId, leaseIds, new Date(Date.now() + this.config.leaseMs))
          .catch((e: unknown) => this.log.warn(`heartbeat: ${(e as Error).message}`));
      },
      Math.max(250, Math.floor(this.config.leaseMs / 3)),
    );
    heartbeat.unref();
    let allStarted!: () => void;
    const started = new Promise<void>((resolve) => (allStarted = resolve));
    const sent = (async (): Promise<Done[]> => {
      try {
        const [items, accounts] = await Promise.all([
          this.loader.items(rows.map((r) => r.itemId)),
          this.loader.accounts(rows.map((r) => r.accountId)),
        ]);
        // Each account's adapter, found once per batch.
        const adapters = new Map<string, ChannelAdapter | undefined>();
        for (const [id, account] of accounts) adapters.set(id, this.adapters.find(account.channel, account.kind));
        const release = <T>(value: T): T => {
          inFlight.release();
          return value;
        };
        const failed = (e: unknown): never => {
          inFlight.release();
          throw e;
        };
        const out: Promise<Done>[] = [];
        for (const row of rows) {
          if (!inFlight.tryAcquire()) await inFlight.acquire();
          out.push(
            this.attempt(row, items.get(row.itemId), accounts.get(row.accountId), adapters.get(row.accountId)).then(release, failed),
          );
        }
        allStarted();
        return await Promise.all(out);
      } finally {
        allStarted();
      }
    })();
    // Awaited by record(); a failure is not left unhandled meanwhile.
    sent.catch(() => undefined);
    return {
      started,
      record: () => sent.then((done) => this.record(done)).finally(() => clearInterval(heartbeat)),
    };
  }

  private async attempt(
    row: ClaimedRow,
    item: OutgoingItem | undefined,
    account: AccountForDispatch | undefined,
    adapter: ChannelAdapter | undefined,
  ): Promise<Done> {
    const request: Record<string, unknown> = {
      kind: account?.kind ?? null,
      idempotencyKey: row.idempotencyKey,
      attempt: row.attempts,
      worker: this.workerId,
    };
    const finish = (event: Done['event'], outcome: Outcome): Done => ({
      row,
      event,
      outcome,
      request,
      settlement: settle(outcome, row.attempts, this.clock.now(), this.policy, Math.random, Boolean(adapter?.lookup)),
    });
    if (!item || !account || !adapter) {
      const reason = !item
        ? 'Không còn nội dung cần đăng'
        : !account
          ? 'Không còn tài khoản kênh'
          : `Chưa có bộ chuyển kênh loại "${account.kind}"`;
      return finish('check', { kind: 'permanent', code: 'DISPATCH_UNROUTABLE', reason });
    }
    const d: Dispatch = {
      publicationId: row.id,
      idempotencyKey: row.idempotencyKey,
      attempt: row.attempts,
      item,
      credentials: account.credentials,
      settings: account.settings,
      dueAt: new Date(row.dueAt),
      remoteId: row.remoteId ?? undefined,
      accountId: account.id,
    };
    const { event, outcome } = await attemptDispatch(adapter, d, row.claimedFrom === 'unconfirmed');
    return finish(event, outcome);
  }

  /**
   * Writes a batch's outcomes in one transaction: each row's settlement (while the lease is still
   * this worker's), a log row for every outcome, a proof for each published row, the accounts that
   * need re-authorising and the alerts. On PostgreSQL the first three are one statement.
   */
  private async record(done: Done[]): Promise<number> {
    const now = this.clock.now();
    return this.outbox.transaction(async (m) => {
      const settled = this.outbox.isPostgres ? await this.recordInOne(m, done, now) : await this.recordInSteps(m, done, now);
      const mine = done.filter((d) => settled.has(d.row.id));
      for (const d of mine)
        if (d.settlement.accountNeedsReauth) await this.accounts.markNeedsReauth(m, d.row.accountId, d.settlement.error ?? '');
      const alerts: PublicationAlert[] = mine
        .filter((d) => d.settlement.notify)
        .map((d) => ({
          publicationId: d.row.id,
          unitId: d.row.unitId,
          itemId: d.row.itemId,
          channel: d.row.channel,
          state: d.settlement.state,
          reason: d.settlement.error ?? null,
        }));
      await this.alerts.raise(m, alerts);
      return settled.size;
    });
  }

  /** PostgreSQL: settlements, log rows and proofs as one statement of one JSON document (the batch's worker and instant as parameters). */
  private async recordInOne(m: EntityManager, done: Done[], now: Date): Promise<Set<string>> {
    const rows: OutcomeRow[] = done.map((d) => ({
      id: d.row.id,
      state: d.settlement.state,
      nextAttemptAt: d.settlement.nextAttemptAt?.toISOString(),
      remoteId: d.settlement.remoteId ?? undefined,
      url: d.settlement.url ?? undefined,
      lastError: d.settlement.error ?? undefined,
      refundAttempt: d.settlement.refundAttempt || undefined,
      logId: newId(),
      attempt: d.row.attempts,
      event: d.event,
      outcome: d.outcome.kind,
      request: d.request,
      answer: answerOf(d.outcome),
      evidence: d.settlement.state === 'published' ? this.evidence(d) : undefined,
    }));
    const { settled, raisesWebhooks } = await this.outbox.record(m, this.workerId, rows, now, (from, at) =>
      this.proofs.insertSql(from, at),
    );
    // The log rows' states, for the outgoing webhooks of the units that have some (appendLog raises them on the other path).
    if (raisesWebhooks)
      await this.outbox.raiseWebhooks(
        m,
        rows.map((r) => ({
          id: r.logId,
          publicationId: r.id,
          attempt: r.attempt,
          state: settled.has(r.id) ? r.state : 'lease-lost',
          remoteId: r.remoteId ?? null,
          url: r.url ?? null,
          at: now,
        })),
      );
    return settled;
  }

  /** SQLite: the settlements, then the log rows, then the proofs. */
  private async recordInSteps(m: EntityManager, done: Done[], now: Date): Promise<Set<string>> {
    const settlements: RowSettlement[] = done.map((d) => ({
      id: d.row.id,
      state: d.settlement.state,
      nextAttemptAt: d.settlement.nextAttemptAt,
      remoteId: d.settlement.remoteId ?? null,
      url: d.settlement.url ?? null,
      lastError: d.settlement.error ?? null,
      refundAttempt: d.settlement.refundAttempt ?? false,
    }));
    const settled = await this.outbox.settle(m, this.workerId, settlements, now);
    await this.outbox.appendLog(
      m,
      done.map((d) => this.logRow(d, settled, now)),
    );
    const proofs: DispatchProof[] = done
      .filter((d) => settled.has(d.row.id) && d.settlement.state === 'published')
      .map((d) => ({
        id: newId(),
        source: 'dispatch' as const,
        note: null,
        unitId: d.row.unitId,
        itemId: d.row.itemId,
        channel: d.row.channel,
        slotId: d.row.slotId,
        publicationId: d.row.id,
        publishedAt: now,
        url: d.settlement.url ?? null,
        remoteId: d.settlement.remoteId ?? null,
        evidence: this.evidence(d),
        createdBy: null,
        createdAt: now,
      }));
    await this.proofs.write(m, proofs);
    return settled;
  }

  private logRow(d: Done, settled: Set<string>, now: Date): LogRow {
    return {
      id: newId(),
      publicationId: d.row.id,
      attempt: d.row.attempts,
      event: d.event,
      outcome: d.outcome.kind,
      state: settled.has(d.row.id) ? d.settlement.state : 'lease-lost',
      request: d.request,
      answer: answerOf(d.outcome),
      remoteId: d.settlement.remoteId ?? null,
      url: d.settlement.url ?? null,
      worker: this.workerId,
      actor: null,
      at: now,
    };
  }

  /** What a dispatch proof keeps of the attempt that published. */
  private evidence(d: Done): Record<string, unknown> {
    return {
      attempt: d.row.attempts,
      event: d.event,
      worker: this.workerId,
      ...(d.outcome.kind === 'published' && d.outcome.detail ? { detail: d.outcome.detail } : {}),
    };
  }
}

function answerOf(o: Outcome): Record<string, unknown> {
  switch (o.kind) {
    case 'published':
      return { remoteId: o.remoteId, url: o.url ?? null, ...(o.detail ? { detail: o.detail } : {}) };
    case 'delivered':
      return { remoteId: o.remoteId ?? null, ...(o.detail ? { detail: o.detail } : {}) };
    case 'retry':
      return { reason: o.reason, afterMs: o.afterMs ?? null, ...(o.evidence ? { evidence: o.evidence } : {}) };
    case 'permanent':
      return { code: o.code, reason: o.reason, ...(o.evidence ? { evidence: o.evidence } : {}) };
    case 'reschedule':
      return { reason: o.reason, notBefore: o.notBefore.toISOString() };
    default:
      return { reason: o.reason, ...(o.evidence ? { evidence: o.evidence } : {}) };
  }
}
