import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { claimableStates, type PublicationState } from '../../domain/dispatch/publication-state.js';
import { jsonText, rawQuery } from '../database/raw-sql.js';
import { type LoggedState, OutgoingWebhooks } from './outgoing-webhooks.service.js';
import { updateReturning } from './update-returning.js';

export { updateReturning } from './update-returning.js';

/** A publication as the workers see it (instants as ISO strings, straight from the row). */
export interface OutboxRow {
  id: string;
  unitId: string;
  itemId: string;
  channel: string;
  accountId: string;
  slotId: string | null;
  delivery: 'push' | 'pull';
  state: PublicationState;
  claimedFrom: PublicationState | null;
  idempotencyKey: string;
  attempts: number;
  dueAt: string;
  nextAttemptAt: string | null;
  leaseOwner: string | null;
  leaseUntil: string | null;
  remoteId: string | null;
  url: string | null;
  lastError: string | null;
}

/** The columns a push worker reads of a publication it claimed (a pull claim hands the whole row to the external system). */
export const WORKER_COLUMNS = [
  'id',
  'unitId',
  'itemId',
  'channel',
  'accountId',
  'slotId',
  'claimedFrom',
  'idempotencyKey',
  'attempts',
  'dueAt',
  'remoteId',
] as const satisfies readonly (keyof OutboxRow)[];

/** A publication as a push worker claimed it. */
export type ClaimedRow = Pick<OutboxRow, (typeof WORKER_COLUMNS)[number]>;

export interface NewPublication {
  id: string;
  unitId: string;
  itemId: string;
  channel: string;
  accountId: string;
  slotId: string | null;
  delivery: 'push' | 'pull';
  idempotencyKey: string;
  dueAt: Date;
}

export interface RowSettlement {
  id: string;
  state: PublicationState;
  nextAttemptAt: Date | null;
  remoteId: string | null;
  url: string | null;
  lastError: string | null;
  refundAttempt: boolean;
}

export interface LogRow {
  id: string;
  publicationId: string;
  attempt: number;
  event: string;
  outcome: string | null;
  state: string;
  request: Record<string, unknown> | null;
  answer: Record<string, unknown> | null;
  remoteId: string | null;
  url: string | null;
  worker: string | null;
  actor: string | null;
  at: Date;
}

/**
 * A claimed row's outcome with its log row and, when published, its proof's evidence: what one
 * statement writes on PostgreSQL (`OutboxRepository.record`). A key left undefined reads as NULL.
 */
export interface OutcomeRow {
  id: string;
  state: PublicationState;
  /** ISO-8601 UTC. */
  nextAttemptAt?: string;
  remoteId?: string;
  url?: string;
  lastError?: string;
  refundAttempt?: true;
  logId: string;
  attempt: number;
  event: string;
  outcome: string;
  request: Record<string, unknown>;
  answer: Record<string, unknown>;
  /** Written as a proof only when the state is published and the lease was still the worker's. */
  evidence?: Record<string, unknown>;
}

/** Which due publications a claim may take: the push workers', or an external system's (a unit subtree, some channels). */
export type ClaimScope = { delivery: 'push' } | { delivery: 'pull'; pathPrefix: string; channels?: readonly string[] };

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const claimable = claimableStates.map((s) => `'${s}'`).join(', ');
const PUBLICATION_COLUMNS = [
  'id',
  'unitId',
  'itemId',
  'channel',
  'accountId',
  'slotId',
  'delivery',
  'state',
  'idempotencyKey',
  'attempts',
  'dueAt',
  'nextAttemptAt',
  'createdAt',
  'updatedAt',
];
const LOG_COLUMNS = [
  'id',
  'publicationId',
  'attempt',
  'event',
  'outcome',
  'state',
  'request',
  'answer',
  'remoteId',
  'url',
  'worker',
  'actor',
  'at',
];

/** Leases that ran out before `$1`, oldest first, at most `$2`: read through IDX_publications_lease, a partial index on the sending state. */
export const EXPIRED_LEASES = `SELECT q."id" FROM "publications" q WHERE q."state" = 'sending' AND q."leaseUntil" < $1 ORDER BY q."leaseUntil" LIMIT $2`;

/**
 * The claim as one statement: on PostgreSQL `SELECT … FOR UPDATE SKIP LOCKED` feeding an UPDATE, on
 * SQLite one conditional `UPDATE … WHERE id IN (…) RETURNING`. The due rows are read through
 * IDX_publications_due, a partial index on the claimable states whose predicate is this
 * statement's `state IN (…)` word for word (test/integration/dispatch/outbox-indexes.spec.ts
 * checks both databases' plans).
 */
export function claimStatement(
  postgres: boolean,
  scope: ClaimScope,
  owner: string,
  now: Date,
  leaseUntil: Date,
  limit: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [scope.delivery, now.toISOString(), limit, owner, leaseUntil.toISOString()];
  let join = '';
  let filter = '';
  if (scope.delivery === 'pull') {
    join = 'JOIN "units" u ON u."id" = q."unitId"';
    params.push(`${scope.pathPrefix}%`);
    filter = ` AND u."path" LIKE $${params.length}`;
    if (scope.channels?.length) {
      const marks = scope.channels.map((c) => {
        params.push(c);
        return `$${params.length}`;
      });
      filter += ` AND q."channel" IN (${marks.join(', ')})`;
    }
  }
  const due = `SELECT q."id" FROM "publications" q ${join}
      WHERE q."delivery" = $1 AND q."state" IN (${claimable}) AND q."nextAttemptAt" <= $2${filter}
      ORDER BY q."nextAttemptAt" LIMIT $3`;
  const set = `"claimedFrom" = "state", "state" = 'sending', "leaseOwner" = $4, "leaseUntil" = $5, "attempts" = "attempts" + 1, "updatedAt" = $2`;
  // A push worker reads a few columns; an external system gets the whole row.
  const returning = (alias: string) => (scope.delivery === 'push' ? WORKER_COLUMNS.map((c) => `${alias}"${c}"`).join(', ') : `${alias}*`);
  return {
    sql: postgres
      ? `WITH c AS (${due} FOR UPDATE OF q SKIP LOCKED) UPDATE "publications" p SET ${set} FROM c WHERE p."id" = c."id" RETURNING ${returning('p.')}`
      : `UPDATE "publications" SET ${set} WHERE "id" IN (${due}) RETURNING ${returning('')}`,
    params,
  };
}

/**
 * The outbox's queries. Claims are atomic on both databases: on PostgreSQL a
 * `SELECT … FOR UPDATE SKIP LOCKED` feeding an UPDATE, so several nodes take disjoint rows
 * without waiting on each other; on SQLite one conditional `UPDATE … WHERE id IN (…)
 * RETURNING`, which SQLite's single writer makes atomic. Every settlement is conditional on
 * the lease still being the caller's, so a worker the sweeper gave up on cannot overwrite
 * what happened after.
 */
@Injectable()
export class OutboxRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly webhooks: OutgoingWebhooks,
  ) {}

  get isPostgres(): boolean {
    return this.db.driver.options.type === 'postgres';
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async insert(m: EntityManager, rows: readonly NewPublication[], now: Date): Promise<string[]> {
    const inserted: string[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const params: unknown[] = [];
      const tuples = chunk.map((r) => {
        const values = [
          r.id,
          r.unitId,
          r.itemId,
          r.channel,
          r.accountId,
          r.slotId,
          r.delivery,
          'queued',
          r.idempotencyKey,
          0,
          r.dueAt.toISOString(),
          r.dueAt.toISOString(),
          now.toISOString(),
          now.toISOString(),
        ];
        const base = params.length;
        params.push(...values);
        return `(${values.map((_, j) => `$${base + j + 1}`).join(', ')})`;
      });
      const got = await rawQuery<{ id: string }>(
        m,
        `INSERT INTO "publications" (${PUBLICATION_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}
         ON CONFLICT ("itemId", "channel", "accountId") DO NOTHING RETURNING "id"`,
        params,
      );
      inserted.push(...got.map((g) => g.id));
    }
    return inserted;
  }

  /** Takes up to `limit` due publications for `owner` until `leaseUntil`: a push worker gets the columns it reads, an external system the whole row. */
  claim(scope: { delivery: 'push' }, owner: string, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRow[]>;
  claim(scope: ClaimScope & { delivery: 'pull' }, owner: string, now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]>;
  async claim(scope: ClaimScope, owner: string, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRow[]> {
    const { sql, params } = claimStatement(this.isPostgres, scope, owner, now, leaseUntil, limit);
    const rows = await rawQuery<ClaimedRow>(this.db, sql, params);
    for (const r of rows) r.attempts = Number(r.attempts);
    return rows;
  }

  /** Renews the leases `owner` still holds. */
  async heartbeat(owner: string, ids: readonly string[], leaseUntil: Date): Promise<void> {
    if (ids.length === 0) return;
    const marks = ids.map((_, i) => `$${i + 3}`).join(', ');
    await rawQuery(
      this.db,
      `UPDATE "publications" SET "leaseUntil" = $1 WHERE "leaseOwner" = $2 AND "state" = 'sending' AND "id" IN (${marks}) RETURNING "id"`,
      [leaseUntil.toISOString(), owner, ...ids],
    );
  }

  /**
   * Leases that ran out: the worker died or hung after the request may have left, so the
   * publication becomes unconfirmed and the next claim looks it up. Returns what it released.
   */
  async releaseExpired(now: Date, limit = 1000): Promise<{ id: string; attempts: number; leaseOwner: string | null }[]> {
    const params = [now.toISOString(), limit];
    const expired = EXPIRED_LEASES;
    const set = `"state" = 'unconfirmed', "claimedFrom" = NULL, "leaseOwner" = NULL, "leaseUntil" = NULL, "nextAttemptAt" = $1, "updatedAt" = $1, "lastError" = 'Hết hạn thuê khi đang gửi: có thể đã đăng, cần tra cứu trước khi gửi lại'`;
    // RETURNING gives the new row; the owner that died is read first, in the same statement on PostgreSQL.
    const rows = this.isPostgres
      ? await rawQuery<{ id: string; attempts: number; leaseOwner: string | null }>(
          this.db,
          `WITH c AS (${expired} FOR UPDATE SKIP LOCKED), o AS (SELECT p."id", p."leaseOwner" FROM "publications" p JOIN c ON c."id" = p."id")
           UPDATE "publications" p SET ${set} FROM o WHERE p."id" = o."id" RETURNING p."id", p."attempts", o."leaseOwner"`,
          params,
        )
      : await this.db.transaction(async (m) => {
          const owners = await rawQuery<{ id: string; leaseOwner: string | null }>(
            m,
            EXPIRED_LEASES.replace('SELECT q."id"', 'SELECT q."id", q."leaseOwner"'),
            params,
          );
          if (owners.length === 0) return [];
          const done = await updateReturning<{ id: string; attempts: number }>(
            m,
            `UPDATE "publications" SET ${set} WHERE "state" = 'sending' AND "leaseUntil" < $1 AND "id" IN (${owners.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING "id", "attempts"`,
            [params[0], ...owners.map((o) => o.id)],
          );
          const ownerOf = new Map(owners.map((o) => [o.id, o.leaseOwner]));
          return done.map((d) => ({ ...d, leaseOwner: ownerOf.get(d.id) ?? null }));
        });
    return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
  }

  /** Writes the outcome of each claimed row whose lease `owner` still holds; returns the ids it wrote. */
  async settle(m: EntityManager, owner: string, rows: readonly RowSettlement[], now: Date): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const at = now.toISOString();
    if (this.isPostgres) {
      // One statement of fixed text whatever the count, the batch as one JSON document (serialized by
      // V8 in one call, read by json_to_recordset): cheaper at both ends than a column of values per array.
      const got = await updateReturning<{ id: string }>(
        m,
        `UPDATE "publications" p SET "state" = v."state", "nextAttemptAt" = v."nextAttemptAt", "remoteId" = COALESCE(v."remoteId", p."remoteId"),
            "url" = COALESCE(v."url", p."url"), "lastError" = v."lastError", "attempts" = p."attempts" - CASE WHEN v."refundAttempt" THEN 1 ELSE 0 END,
            "claimedFrom" = NULL, "leaseOwner" = NULL, "leaseUntil" = NULL, "updatedAt" = $1
           FROM json_to_recordset($2::json) AS v("id" text, "state" text, "nextAttemptAt" text, "remoteId" text, "url" text, "lastError" text, "refundAttempt" boolean)
          WHERE p."id" = v."id" AND p."leaseOwner" = $3 AND p."state" = 'sending' RETURNING p."id"`,
        [at, jsonText(rows), owner],
      );
      return new Set(got.map((g) => g.id));
    }
    const done = new Set<string>();
    for (const r of rows) {
      const got = await updateReturning<{ id: string }>(
        m,
        `UPDATE "publications" SET "state" = $1, "nextAttemptAt" = $2, "remoteId" = COALESCE($3, "remoteId"), "url" = COALESCE($4, "url"), "lastError" = $5,
            "attempts" = "attempts" - $6, "claimedFrom" = NULL, "leaseOwner" = NULL, "leaseUntil" = NULL, "updatedAt" = $7
          WHERE "id" = $8 AND "leaseOwner" = $9 AND "state" = 'sending' RETURNING "id"`,
        [r.state, iso(r.nextAttemptAt), r.remoteId, r.url, r.lastError, r.refundAttempt ? 1 : 0, at, r.id, owner],
      );
      if (got.length) done.add(r.id);
    }
    return done;
  }

  /**
   * (PostgreSQL) A push worker's batch in one statement, one JSON document: each outcome settles its
   * row while `owner` still holds the lease (as `settle`); every outcome gets its log row, in state
   * 'lease-lost' where the lease had gone; each row settled as published gets its proof, written by
   * `proofsSql` (the proofs module's INSERT). The batch-wide worker and instant travel once, as
   * parameters. Returns the ids settled (as one JSON array, not a row each), and whether a settled
   * row raises an outgoing webhook (`raiseWebhooks` is then called; most batches need no look-up).
   */
  async record(
    m: EntityManager,
    owner: string,
    rows: readonly OutcomeRow[],
    now: Date,
    proofsSql: (from: string, at: string) => string,
  ): Promise<{ settled: Set<string>; raisesWebhooks: boolean }> {
    if (rows.length === 0) return { settled: new Set(), raisesWebhooks: false };
    const [got] = await rawQuery<{ settled: string[] | null; raises: boolean }>(
      m,
      `WITH v AS (SELECT * FROM json_to_recordset($1::json) AS v("id" text, "state" text, "nextAttemptAt" text, "remoteId" text, "url" text, "lastError" text,
              "refundAttempt" boolean, "logId" text, "attempt" int, "event" text, "outcome" text, "request" json, "answer" json, "evidence" json)),
       s AS (UPDATE "publications" p SET "state" = v."state", "nextAttemptAt" = v."nextAttemptAt", "remoteId" = COALESCE(v."remoteId", p."remoteId"),
              "url" = COALESCE(v."url", p."url"), "lastError" = v."lastError", "attempts" = p."attempts" - CASE WHEN v."refundAttempt" THEN 1 ELSE 0 END,
              "claimedFrom" = NULL, "leaseOwner" = NULL, "leaseUntil" = NULL, "updatedAt" = $2::text
              FROM v WHERE p."id" = v."id" AND p."leaseOwner" = $3::text AND p."state" = 'sending'
              RETURNING p."id", p."unitId", p."itemId", p."channel", p."slotId", v."state", v."logId", v."attempt", v."event", v."outcome",
                        v."request", v."answer", v."remoteId" AS "outRemoteId", v."url" AS "outUrl", v."evidence"),
       l AS (INSERT INTO "publication_log" (${LOG_COLUMNS.map((c) => `"${c}"`).join(', ')})
              SELECT s."logId", s."id", s."attempt", s."event", s."outcome", s."state", s."request"::text, s."answer"::text, s."outRemoteId", s."outUrl", $3::text, NULL, $2::text
                FROM s
              UNION ALL
              SELECT v."logId", v."id", v."attempt", v."event", v."outcome", 'lease-lost', v."request"::text, v."answer"::text, v."remoteId", v."url", $3::text, NULL, $2::text
                FROM v WHERE v."id" NOT IN (SELECT s."id" FROM s)),
       f AS (${proofsSql(
         `(SELECT s."unitId", s."itemId", s."channel", s."slotId", s."id" AS "publicationId", s."outUrl" AS "url", s."outRemoteId" AS "remoteId", s."evidence"
             FROM s WHERE s."state" = 'published') r`,
         '$2::text',
       )})
      SELECT (SELECT json_agg(s."id") FROM s) AS "settled", ${this.webhooks.raisesSql('s r')} AS "raises"`,
      [jsonText(rows), now.toISOString(), owner],
    );
    return { settled: new Set(got.settled ?? []), raisesWebhooks: got.raises };
  }

  /** A person's move (retry, cancel) or a confirmation that names no lease: conditional on the state read. */
  async move(
    m: EntityManager,
    id: string,
    from: readonly PublicationState[],
    to: PublicationState,
    fields: {
      nextAttemptAt?: Date | null;
      remoteId?: string | null;
      url?: string | null;
      lastError?: string | null;
      resetAttempts?: boolean;
    },
    now: Date,
  ): Promise<boolean> {
    const params: unknown[] = [to, now.toISOString(), id, ...from];
    const sets = ['"state" = $1', '"updatedAt" = $2', '"leaseOwner" = NULL', '"leaseUntil" = NULL', '"claimedFrom" = NULL'];
    const add = (col: string, v: unknown) => {
      params.push(v);
      sets.push(`"${col}" = $${params.length}`);
    };
    if (fields.nextAttemptAt !== undefined) add('nextAttemptAt', iso(fields.nextAttemptAt));
    if (fields.remoteId !== undefined) add('remoteId', fields.remoteId);
    if (fields.url !== undefined) add('url', fields.url);
    if (fields.lastError !== undefined) add('lastError', fields.lastError);
    if (fields.resetAttempts) sets.push('"attempts" = 0');
    const marks = from.map((_, i) => `$${i + 4}`).join(', ');
    const got = await updateReturning<{ id: string }>(
      m,
      `UPDATE "publications" SET ${sets.join(', ')} WHERE "id" = $3 AND "state" IN (${marks}) RETURNING "id"`,
      params,
    );
    return got.length === 1;
  }

  /** Settles a row an external system claimed: only with the claim token it was given. */
  async settleClaimed(m: EntityManager, id: string, owner: string, s: RowSettlement, now: Date): Promise<boolean> {
    return (await this.settle(m, owner, [s], now)).has(id);
  }

  async appendLog(m: EntityManager, rows: readonly LogRow[]): Promise<void> {
    const valuesOf = (r: LogRow) => [
      r.id,
      r.publicationId,
      r.attempt,
      r.event,
      r.outcome,
      r.state,
      r.request ? jsonText(r.request) : null,
      r.answer ? jsonText(r.answer) : null,
      r.remoteId,
      r.url,
      r.worker,
      r.actor,
      r.at.toISOString(),
    ];
    if (this.isPostgres && rows.length > 0) {
      // One statement of fixed text whatever the count, the rows as one JSON document: `request` and
      // `answer` arrive as JSON and are stored as their text, the instant as its ISO string (Date's toJSON).
      await rawQuery(
        m,
        `INSERT INTO "publication_log" (${LOG_COLUMNS.map((c) => `"${c}"`).join(', ')})
         SELECT ${LOG_COLUMNS.map((c) => (c === 'request' || c === 'answer' ? `v."${c}"::text` : `v."${c}"`)).join(', ')}
           FROM json_to_recordset($1::json) AS v(${LOG_COLUMNS.map((c) => `"${c}" ${c === 'attempt' ? 'int' : c === 'request' || c === 'answer' ? 'json' : 'text'}`).join(', ')})`,
        [jsonText(rows)],
      );
    } else
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        const params: unknown[] = [];
        const tuples = chunk.map((r) => {
          const values = valuesOf(r);
          const base = params.length;
          params.push(...values);
          return `(${values.map((_, j) => `$${base + j + 1}`).join(', ')})`;
        });
        await rawQuery(
          m,
          `INSERT INTO "publication_log" (${LOG_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
          params,
        );
      }
    // A log row that records published, failed or needs-reauth raises the unit's outgoing webhooks, in the same transaction.
    await this.webhooks.enqueue(m, rows);
  }

  /** Raises the outgoing webhooks of log rows written by `record` when it says they raise one (appendLog raises its own). */
  raiseWebhooks(m: EntityManager, logged: readonly LoggedState[]): Promise<void> {
    return this.webhooks.enqueue(m, logged);
  }

  async byIds(m: EntityManager | DataSource, ids: readonly string[]): Promise<OutboxRow[]> {
    if (ids.length === 0) return [];
    const rows = await rawQuery<OutboxRow>(m, `SELECT * FROM "publications" WHERE "id" IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`, [
      ...ids,
    ]);
    return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
  }
}
