/**
 * Signed outgoing webhooks on publish. A unit's admin registers endpoints; when one of the unit's
 * publications reaches `published`, `failed` or `needs-reauth`, the transaction that writes that
 * state's log row also writes one delivery row per endpoint (the outbox: never lost, and the
 * dispatcher never waits on a receiver). A separate interval POSTs due deliveries, signed the
 * way the webhook adapter signs (channels/webhook/webhook-signature.ts: `X-Loa-Timestamp`,
 * `X-Loa-Signature: v1=HMAC-SHA256(secret, timestamp + "." + body)`, one `v1=` per secret while a
 * rotation overlaps), with `X-Loa-Delivery` (the delivery id, for the receiver's de-duplication)
 * and `X-Loa-Event`. A 2xx settles it; anything else is retried with full-jitter backoff
 * (Retry-After honoured) up to the cap on attempts; every attempt is kept. Receivers on internal
 * addresses are refused when registered and again when each delivery connects (OutboundScreen:
 * DNS may have changed), unless the operator allows them in OUTBOUND_ALLOW_HOSTS.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { signatureHeader, DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../channels/webhook/webhook-signature.js';
import type { AppConfig } from '../../../config/env.schema.js';
import { backoffMs } from '../../domain/dispatch/publication-state.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { notFound } from '../access/access-policy.js';
import type { Actor } from '../access/principal.js';
import { UnitAccess } from '../access/unit-access.service.js';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { rawQuery } from '../database/raw-sql.js';
import { SecretsService } from '../secrets/secrets.service.js';
import { OutboundScreen } from './outbound-screen.js';
import { updateReturning } from './update-returning.js';

export const WEBHOOK_EVENTS = {
  published: 'publication.published',
  failed: 'publication.failed',
  'needs-reauth': 'publication.needs-reauth',
} as const;
export const EVENT_HEADER = 'x-loa-event';
/** How long the secret before a rotation still signs (both signatures are sent). */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;
export const WEBHOOK_MAX_ATTEMPTS = 12;
const REQUEST_TIMEOUT_MS = 10_000;
const LEASE_MS = 60_000;
const BATCH = 50;

export interface WebhookEndpointRow {
  id: string;
  unitId: string;
  url: string;
  description: string | null;
  secretRotatedAt: string;
  createdAt: string;
}

export interface WebhookDeliveryRow {
  id: string;
  endpointId: string;
  unitId: string;
  eventId: string;
  eventType: string;
  publicationId: string;
  payload: string;
  state: 'pending' | 'sending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface WebhookAttemptRow {
  deliveryId: string;
  attempt: number;
  at: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

interface StoredSecrets {
  current: string;
  previous?: string;
  previousUntil?: string;
}

/** A state a publication's log row records; the ones that raise an event are in WEBHOOK_EVENTS. */
export interface LoggedState {
  id: string;
  publicationId: string;
  attempt: number;
  state: string;
  remoteId: string | null;
  url: string | null;
  at: Date;
}

const secretName = (endpointId: string) => `webhook-endpoint.${endpointId}`;
const newSecret = () => `lwh_${randomBytes(24).toString('base64url')}`;

@Injectable()
export class OutgoingWebhooks {
  private readonly worker = `webhooks-${process.pid}-${randomBytes(4).toString('hex')}`;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: UnitAccess,
    private readonly secrets: SecretsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly screen: OutboundScreen,
  ) {}

  private get isPostgres(): boolean {
    return this.db.driver.options.type === 'postgres';
  }

  // ── Endpoints (a unit's admin) ─────────────────────────────────────────────

  async list(actor: Actor, unitId: string): Promise<WebhookEndpointRow[]> {
    await this.access.unit(actor, unitId, 'unit_admin');
    return rawQuery<WebhookEndpointRow>(
      this.db,
      `SELECT "id", "unitId", "url", "description", "secretRotatedAt", "createdAt" FROM "webhook_endpoints" WHERE "unitId" = $1 AND "deletedAt" IS NULL ORDER BY "createdAt", "id"`,
      [unitId],
    );
  }

  /** Registers an endpoint; the secret is in this answer only. */
  async create(
    actor: Actor,
    unitId: string,
    input: { url: string; description?: string },
  ): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
    await this.access.unit(actor, unitId, 'unit_admin');
    const url = checkUrl(input.url);
    await this.screen.check(url);
    const now = this.clock.now().toISOString();
    const endpoint: WebhookEndpointRow = {
      id: newId(),
      unitId,
      url,
      description: input.description?.normalize('NFC').trim() || null,
      secretRotatedAt: now,
      createdAt: now,
    };
    const secret = newSecret();
    await this.db.transaction(async (m) => {
      await rawQuery(
        m,
        `INSERT INTO "webhook_endpoints" ("id", "unitId", "url", "description", "secretRotatedAt", "createdAt") VALUES ($1, $2, $3, $4, $5, $6)`,
        [endpoint.id, unitId, url, endpoint.description, now, now],
      );
      await this.secrets.store(m, unitId, secretName(endpoint.id), JSON.stringify({ current: secret } satisfies StoredSecrets));
      await this.audit.record(m, actor, { unitId, action: 'webhook.create', entity: 'webhook', entityId: endpoint.id, changes: { url } });
    });
    return { endpoint, secret };
  }

  /** A new secret, in this answer only; the one before keeps signing beside it for ROTATION_OVERLAP_MS, so the receiver can switch at its pace. */
  async rotate(actor: Actor, unitId: string, endpointId: string): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
    await this.access.unit(actor, unitId, 'unit_admin');
    const secret = newSecret();
    const now = this.clock.now();
    const endpoint = await this.db.transaction(async (m) => {
      const found = await this.endpoint(m, unitId, endpointId);
      const old = JSON.parse(await this.secrets.reveal(unitId, secretName(endpointId), m)) as StoredSecrets;
      const stored: StoredSecrets = {
        current: secret,
        previous: old.current,
        previousUntil: new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString(),
      };
      await this.secrets.store(m, unitId, secretName(endpointId), JSON.stringify(stored));
      await rawQuery(m, `UPDATE "webhook_endpoints" SET "secretRotatedAt" = $1 WHERE "id" = $2`, [now.toISOString(), endpointId]);
      await this.audit.record(m, actor, { unitId, action: 'webhook.rotate-secret', entity: 'webhook', entityId: endpointId, changes: {} });
      return { ...found, secretRotatedAt: now.toISOString() };
    });
    return { endpoint, secret };
  }

  /** No new events for it; deliveries already written stay, with their attempts. */
  async remove(actor: Actor, unitId: string, endpointId: string): Promise<void> {
    await this.access.unit(actor, unitId, 'unit_admin');
    await this.db.transaction(async (m) => {
      await this.endpoint(m, unitId, endpointId);
      const now = this.clock.now().toISOString();
      await rawQuery(m, `UPDATE "webhook_endpoints" SET "deletedAt" = $1 WHERE "id" = $2`, [now, endpointId]);
      await rawQuery(
        m,
        `UPDATE "webhook_deliveries" SET "state" = 'failed', "lastError" = $1, "nextAttemptAt" = NULL WHERE "endpointId" = $2 AND "state" = 'pending'`,
        ['Địa chỉ nhận đã bị xóa.', endpointId],
      );
      await this.secrets.remove(m, unitId, secretName(endpointId));
      await this.audit.record(m, actor, { unitId, action: 'webhook.delete', entity: 'webhook', entityId: endpointId, changes: {} });
    });
  }

  /** The newest deliveries of an endpoint, each with its attempts. */
  async deliveries(
    actor: Actor,
    unitId: string,
    endpointId: string,
    limit = 50,
  ): Promise<(WebhookDeliveryRow & { attemptLog: WebhookAttemptRow[] })[]> {
    await this.access.unit(actor, unitId, 'unit_admin');
    await this.endpoint(this.db.manager, unitId, endpointId, true);
    const rows = await rawQuery<WebhookDeliveryRow>(
      this.db,
      `SELECT * FROM "webhook_deliveries" WHERE "endpointId" = $1 ORDER BY "createdAt" DESC, "id" LIMIT ${Math.max(1, Math.min(200, limit))}`,
      [endpointId],
    );
    if (rows.length === 0) return [];
    const attempts = await rawQuery<WebhookAttemptRow>(
      this.db,
      `SELECT "deliveryId", "attempt", "at", "status", "error", "durationMs" FROM "webhook_attempts" WHERE "deliveryId" IN (${rows.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY "attempt"`,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      ...r,
      attempts: Number(r.attempts),
      lastStatus: r.lastStatus === null ? null : Number(r.lastStatus),
      attemptLog: attempts
        .filter((a) => a.deliveryId === r.id)
        .map((a) => ({
          ...a,
          attempt: Number(a.attempt),
          status: a.status === null ? null : Number(a.status),
          durationMs: Number(a.durationMs),
        })),
    }));
  }

  private async endpoint(m: EntityManager, unitId: string, endpointId: string, includeDeleted = false): Promise<WebhookEndpointRow> {
    const [row] = await rawQuery<WebhookEndpointRow>(
      m,
      `SELECT "id", "unitId", "url", "description", "secretRotatedAt", "createdAt" FROM "webhook_endpoints" WHERE "id" = $1 AND "unitId" = $2${includeDeleted ? '' : ' AND "deletedAt" IS NULL'}`,
      [endpointId, unitId],
    );
    if (!row) throw notFound('webhook', endpointId);
    return row;
  }

  // ── Events (in the caller's transaction) ───────────────────────────────────

  /**
   * (PostgreSQL) A condition, for a statement that writes log rows: true when one of the rows `from`
   * yields (aliased `r`, with "unitId" and "state") would raise an event here, i.e. its state is an
   * event's and its unit has an endpoint. A batch for which it is false needs no `enqueue`.
   */
  raisesSql(from: string): string {
    const states = Object.keys(WEBHOOK_EVENTS)
      .map((st) => `'${st}'`)
      .join(', ');
    return `EXISTS (SELECT 1 FROM ${from} JOIN "webhook_endpoints" e ON e."unitId" = r."unitId" AND e."deletedAt" IS NULL WHERE r."state" IN (${states}))`;
  }

  /**
   * Called with the log rows a transaction appends: each row that records `published`, `failed`
   * or `needs-reauth` becomes one delivery per live endpoint of the publication's unit. No
   * endpoint, no row: one SELECT per batch that has such states, nothing otherwise.
   */
  async enqueue(m: EntityManager, logged: readonly LoggedState[]): Promise<void> {
    const events = logged.filter((l) => l.state in WEBHOOK_EVENTS);
    if (events.length === 0) return;
    const pubIds = [...new Set(events.map((e) => e.publicationId))];
    const targets: {
      publicationId: string;
      unitId: string;
      itemId: string;
      channel: string;
      endpointId: string;
      title: string;
      lastError: string | null;
    }[] = [];
    const select = `SELECT p."id" AS "publicationId", p."unitId", p."itemId", p."channel", p."lastError", e."id" AS "endpointId", i."title"
         FROM "publications" p
         JOIN "webhook_endpoints" e ON e."unitId" = p."unitId" AND e."deletedAt" IS NULL
         JOIN "content_items" i ON i."id" = p."itemId"`;
    if (m.connection.driver.options.type === 'postgres')
      // One statement of fixed text whatever the count: the ids as one array.
      targets.push(...(await rawQuery<(typeof targets)[number]>(m, `${select} WHERE p."id" = ANY($1::text[])`, [pubIds])));
    else
      for (let i = 0; i < pubIds.length; i += 500) {
        const chunk = pubIds.slice(i, i + 500);
        targets.push(
          ...(await rawQuery<(typeof targets)[number]>(
            m,
            `${select} WHERE p."id" IN (${chunk.map((_, j) => `$${j + 1}`).join(', ')})`,
            chunk,
          )),
        );
      }
    if (targets.length === 0) return;
    const created = this.clock.now().toISOString();
    const targetsOf = new Map<string, (typeof targets)[number][]>();
    for (const t of targets) {
      const list = targetsOf.get(t.publicationId);
      if (list) list.push(t);
      else targetsOf.set(t.publicationId, [t]);
    }
    const rows: unknown[][] = [];
    for (const e of events) {
      for (const t of targetsOf.get(e.publicationId) ?? []) {
        const type = WEBHOOK_EVENTS[e.state as keyof typeof WEBHOOK_EVENTS];
        const id = newId();
        const payload = {
          id,
          type,
          occurredAt: e.at.toISOString(),
          publication: {
            id: e.publicationId,
            itemId: t.itemId,
            unitId: t.unitId,
            channel: t.channel,
            state: e.state,
            attempt: e.attempt,
            remoteId: e.remoteId,
            url: e.url,
            ...(e.state === 'published' ? {} : { reason: t.lastError }),
          },
          item: { id: t.itemId, title: t.title },
        };
        rows.push([id, t.endpointId, t.unitId, e.id, type, e.publicationId, JSON.stringify(payload), 'pending', 0, created, created]);
      }
    }
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      const params: unknown[] = [];
      const tuples = chunk.map((values) => {
        const base = params.length;
        params.push(...values);
        return `(${values.map((_, j) => `$${base + j + 1}`).join(', ')})`;
      });
      await rawQuery(
        m,
        `INSERT INTO "webhook_deliveries" ("id", "endpointId", "unitId", "eventId", "eventType", "publicationId", "payload", "state", "attempts", "nextAttemptAt", "createdAt") VALUES ${tuples.join(', ')}`,
        params,
      );
    }
  }

  // ── Sending (its own interval; several nodes at once are safe) ────────────

  /** Claims due deliveries (pending and due, or sending with a lapsed lease: a sender that died), POSTs each, records each attempt. Returns how many were attempted. */
  async deliverDue(now: Date): Promise<number> {
    const claimed = await this.claim(now);
    await Promise.all(claimed.map((d) => this.attempt(d, now)));
    return claimed.length;
  }

  private async claim(now: Date): Promise<WebhookDeliveryRow[]> {
    const at = now.toISOString();
    const until = new Date(now.getTime() + LEASE_MS).toISOString();
    const due = `("state" = 'pending' AND "nextAttemptAt" <= $1) OR ("state" = 'sending' AND "leaseUntil" < $1)`;
    if (this.isPostgres) {
      return updateReturning<WebhookDeliveryRow>(
        this.db,
        `UPDATE "webhook_deliveries" SET "state" = 'sending', "leaseOwner" = $2, "leaseUntil" = $3
          WHERE "id" IN (SELECT "id" FROM "webhook_deliveries" WHERE ${due} ORDER BY "nextAttemptAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) RETURNING *`,
        [at, this.worker, until],
      );
    }
    const ids = await rawQuery<{ id: string }>(
      this.db,
      `SELECT "id" FROM "webhook_deliveries" WHERE ${due} ORDER BY "nextAttemptAt" LIMIT ${BATCH}`,
      [at],
    );
    if (ids.length === 0) return [];
    return updateReturning<WebhookDeliveryRow>(
      this.db,
      `UPDATE "webhook_deliveries" SET "state" = 'sending', "leaseOwner" = $2, "leaseUntil" = $3 WHERE "id" IN (${ids.map((_, i) => `$${i + 4}`).join(', ')}) AND (${due}) RETURNING *`,
      [at, this.worker, until, ...ids.map((r) => r.id)],
    );
  }

  private async attempt(d: WebhookDeliveryRow, now: Date): Promise<void> {
    const attempt = Number(d.attempts) + 1;
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    let retryAfterMs = 0;
    try {
      const secrets = await this.signingSecrets(d.unitId, d.endpointId, now);
      const [endpoint] = await rawQuery<{ url: string }>(this.db, `SELECT "url" FROM "webhook_endpoints" WHERE "id" = $1`, [d.endpointId]);
      const ts = Math.floor(now.getTime() / 1000);
      const res = await this.screen.post(
        endpoint!.url,
        {
          'content-type': 'application/json',
          'user-agent': 'Loa-Webhooks/1',
          [DELIVERY_HEADER]: d.id,
          [EVENT_HEADER]: d.eventType,
          [TIMESTAMP_HEADER]: String(ts),
          [SIGNATURE_HEADER]: signatureHeader(secrets, ts, d.payload),
        },
        d.payload,
        REQUEST_TIMEOUT_MS,
      );
      status = res.status;
      if (status < 200 || status >= 300) error = `Nơi nhận trả lời HTTP ${status}.`;
      const ra = res.headers['retry-after'];
      if (typeof ra === 'string' && /^\d+$/.test(ra)) retryAfterMs = Number(ra) * 1000;
    } catch (e) {
      error = e instanceof DomainError ? e.message : `Không gửi được: ${e instanceof Error ? e.message : String(e)}`;
    }
    const ok = error === null;
    const maxed = attempt >= WEBHOOK_MAX_ATTEMPTS;
    const policy = {
      maxAttempts: WEBHOOK_MAX_ATTEMPTS,
      baseMs: this.config.dispatch.backoffBaseMs,
      capMs: this.config.dispatch.backoffCapMs,
    };
    const next = ok || maxed ? null : new Date(now.getTime() + backoffMs(attempt, policy, Math.random, retryAfterMs)).toISOString();
    const state = ok ? 'delivered' : maxed ? 'failed' : 'pending';
    await this.db.transaction(async (m) => {
      const got = await updateReturning<{ id: string }>(
        m,
        `UPDATE "webhook_deliveries" SET "state" = $1, "attempts" = $2, "nextAttemptAt" = $3, "lastStatus" = $4, "lastError" = $5, "deliveredAt" = $6, "leaseOwner" = NULL, "leaseUntil" = NULL
          WHERE "id" = $7 AND "leaseOwner" = $8 AND "state" = 'sending' RETURNING "id"`,
        [state, attempt, next, status, error, ok ? now.toISOString() : null, d.id, this.worker],
      );
      if (got.length === 0) return; // the lease lapsed and another sender took it: its attempt is the one recorded.
      await rawQuery(
        m,
        `INSERT INTO "webhook_attempts" ("id", "deliveryId", "attempt", "at", "status", "error", "durationMs") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [newId(), d.id, attempt, now.toISOString(), status, error, Date.now() - started],
      );
    });
  }

  private async signingSecrets(unitId: string, endpointId: string, now: Date): Promise<string[]> {
    const stored = JSON.parse(await this.secrets.reveal(unitId, secretName(endpointId))) as StoredSecrets;
    return stored.previous && stored.previousUntil && stored.previousUntil > now.toISOString()
      ? [stored.current, stored.previous]
      : [stored.current];
  }
}

function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ: Địa chỉ nhận phải là một URL http:// hoặc https://.', {
      field: 'url',
      value: raw.slice(0, 80),
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ: Địa chỉ nhận phải là một URL http:// hoặc https://.', {
      field: 'url',
      value: raw.slice(0, 80),
    });
  if (url.username || url.password)
    throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ: Địa chỉ nhận không được chứa tên đăng nhập hay mật khẩu.', {
      field: 'url',
    });
  return url.toString();
}
