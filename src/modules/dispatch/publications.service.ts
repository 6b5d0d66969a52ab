import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { DispatchConfig } from '../../../config/env.schema.js';
import { cancellableStates, type PublicationState, retryableStates, settle, stateLabels } from '../../domain/dispatch/publication-state.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { AccessPolicy, notFound } from '../access/access-policy.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import { scopeToSubtrees } from '../access/subtree-scope.js';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { OutboxRepository, type OutboxRow } from './outbox.repository.js';
import { OutgoingItems } from './outgoing-items.js';
import { ProofWriter } from './proof-writer.js';
import { PublicationAlerts } from './publication-alerts.js';
import { PublicationLogEntity } from './publication-log.entity.js';
import { PublicationEntity } from './publication.entity.js';

export interface PublicationQuery {
  unitId?: string;
  state?: PublicationState;
  channel?: string;
  itemId?: string;
}

export interface ClaimedPublication {
  publication: OutboxRow;
  /** Present the token to confirm or fail; it is the lease. */
  claimToken: string;
  /** The claim came from an unconfirmed publication: look it up on the channel before sending again. */
  lookupFirst: boolean;
  item: { id: string; title: string; summary?: string; body: string; author?: string };
  settings: Record<string, unknown>;
}

/**
 * Publications for people (list, show with its log, retry, cancel) and for external systems
 * (the pull API: claim with a lease, then confirm with proof or fail with a reason). Same
 * outbox, same leases, same log as the workers.
 */
@Injectable()
export class PublicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly appConfig: { dispatch: DispatchConfig },
    private readonly outbox: OutboxRepository,
    private readonly access: UnitAccess,
    private readonly loader: OutgoingItems,
    private readonly proofs: ProofWriter,
    private readonly alerts: PublicationAlerts,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, q: PublicationQuery): Promise<PublicationEntity[]> {
    const qb = this.db
      .getRepository(PublicationEntity)
      .createQueryBuilder('p')
      .innerJoin('units', 'u', 'u.id = p.unitId')
      .orderBy('p.updatedAt', 'DESC')
      .limit(500);
    if (q.unitId) {
      const unit = await this.access.unit(actor, q.unitId, 'viewer');
      qb.where('u.path LIKE :prefix', { prefix: `${unit.path}%` });
    } else if (!scopeToSubtrees(qb, AccessPolicy.visiblePrefixes(actor.principal))) {
      return [];
    }
    if (q.state) qb.andWhere('p.state = :state', { state: q.state });
    if (q.channel) qb.andWhere('p.channel = :channel', { channel: q.channel });
    if (q.itemId) qb.andWhere('p.itemId = :itemId', { itemId: q.itemId });
    return qb.getMany();
  }

  async show(actor: Actor, id: string): Promise<{ publication: PublicationEntity; log: PublicationLogEntity[] }> {
    const publication = await this.visible(actor, this.db.manager, id, 'viewer');
    const log = await this.db.getRepository(PublicationLogEntity).find({ where: { publicationId: id }, order: { at: 'ASC' } });
    return { publication, log };
  }

  /** A person sends it again: after fixing the account, or after checking that an unconfirmed one did not land. */
  async retry(actor: Actor, id: string): Promise<PublicationEntity> {
    return this.personMove(actor, id, 'retry', retryableStates, 'queued', {
      nextAttemptAt: this.clock.now(),
      resetAttempts: true,
      lastError: null,
    });
  }

  async cancel(actor: Actor, id: string): Promise<PublicationEntity> {
    return this.personMove(actor, id, 'cancel', cancellableStates, 'cancelled', { nextAttemptAt: null });
  }

  /**
   * Pull API: due publications of 'pull' accounts in the key's subtree and channels, leased to the caller. Asking
   * for a channel the key was not given is refused (403); asking for none claims all of the key's channels.
   */
  async claim(actor: Actor, input: { channels?: string[]; limit?: number; leaseSeconds?: number }): Promise<ClaimedPublication[]> {
    const { apiKeyId, grants } = actor.principal;
    const path = grants[0]?.unitPath;
    if (!apiKeyId || !path) throw new DomainError('FORBIDDEN', 'Chỉ khóa tích hợp loại dispatch được nhận việc phát hành.', {});
    const allowed = actor.principal.channels ?? [];
    const asked = input.channels?.length ? [...new Set(input.channels)] : undefined;
    const outside = (asked ?? []).filter((c) => !allowed.includes(c));
    if (outside.length) {
      throw new DomainError('DISPATCH_CHANNEL_FORBIDDEN', `Khóa tích hợp này không được giao kênh: ${outside.join(', ')}.`, {
        channels: outside,
        allowed: [...allowed],
      });
    }
    if (allowed.length === 0) {
      throw new DomainError(
        'DISPATCH_CHANNEL_FORBIDDEN',
        'Khóa tích hợp này chưa được giao kênh nào; quản trị đơn vị cần tạo khóa dispatch mới có danh sách kênh.',
        { channels: [], allowed: [] },
      );
    }
    const now = this.clock.now();
    const token = `pull:${apiKeyId}:${randomBytes(8).toString('hex')}`;
    const leaseMs = (input.leaseSeconds ?? 300) * 1000;
    const rows = await this.outbox.claim(
      // Without channels the key claims all of its own, never more.
      { delivery: 'pull', pathPrefix: path, channels: asked ?? allowed },
      token,
      now,
      new Date(now.getTime() + leaseMs),
      input.limit ?? 10,
    );
    if (rows.length === 0) return [];
    const [items, accounts] = await Promise.all([
      this.loader.items(rows.map((r) => r.itemId)),
      this.loader.accounts(rows.map((r) => r.accountId)),
    ]);
    await this.outbox.transaction((m) =>
      this.outbox.appendLog(
        m,
        rows.map((r) => ({
          id: newId(),
          publicationId: r.id,
          attempt: r.attempts,
          event: 'pull-claim',
          outcome: null,
          state: 'sending',
          request: { apiKeyId, lookupFirst: r.claimedFrom === 'unconfirmed' },
          answer: null,
          remoteId: null,
          url: null,
          worker: null,
          actor: null,
          at: now,
        })),
      ),
    );
    return rows.map((r) => {
      const item = items.get(r.itemId);
      return {
        publication: r,
        claimToken: token,
        lookupFirst: r.claimedFrom === 'unconfirmed',
        item: item
          ? { id: item.id, title: item.title, summary: item.summary, body: item.body, author: item.author }
          : { id: r.itemId, title: '', body: '' },
        settings: accounts.get(r.accountId)?.settings ?? {},
      };
    });
  }

  /** Pull API: the channel has it. Writes the proof; only with the claim token the lease was given. */
  async confirm(
    actor: Actor,
    id: string,
    input: { claimToken: string; remoteId: string; url?: string; publishedAt?: Date },
  ): Promise<PublicationEntity> {
    return this.pullSettle(actor, id, input.claimToken, { kind: 'published', remoteId: input.remoteId, url: input.url }, input.publishedAt);
  }

  /** Pull API: it did not work; `retryable` says whether nothing reached the channel (try again later) or it is final. */
  async fail(
    actor: Actor,
    id: string,
    input: { claimToken: string; reason: string; retryable?: boolean; retryAfterSeconds?: number; unconfirmed?: boolean },
  ): Promise<PublicationEntity> {
    const outcome = input.unconfirmed
      ? ({ kind: 'unconfirmed', reason: input.reason } as const)
      : input.retryable
        ? ({
            kind: 'retry',
            reason: input.reason,
            afterMs: input.retryAfterSeconds !== undefined ? input.retryAfterSeconds * 1000 : undefined,
          } as const)
        : ({ kind: 'permanent', code: 'EXTERNAL_FAILED', reason: input.reason } as const);
    return this.pullSettle(actor, id, input.claimToken, outcome);
  }

  private async pullSettle(
    actor: Actor,
    id: string,
    claimToken: string,
    outcome: Parameters<typeof settle>[0],
    publishedAt?: Date,
  ): Promise<PublicationEntity> {
    const c = this.appConfig.dispatch;
    if (!actor.principal.apiKeyId) throw new DomainError('FORBIDDEN', 'Chỉ khóa tích hợp loại dispatch được xác nhận việc phát hành.', {});
    return this.db.transaction(async (m) => {
      const pub = await this.visible(actor, m, id, 'viewer');
      // Only what this key could have claimed: its subtree (above) and its channels.
      if (!(actor.principal.channels ?? []).includes(pub.channel)) {
        throw new DomainError('DISPATCH_CHANNEL_FORBIDDEN', `Khóa tích hợp này không được giao kênh: ${pub.channel}.`, {
          channels: [pub.channel],
          allowed: [...(actor.principal.channels ?? [])],
          publicationId: id,
        });
      }
      if (!claimToken.startsWith(`pull:${actor.principal.apiKeyId}:`)) throw leaseLost(id);
      const now = this.clock.now();
      // The external system looks up on its side, so an unconfirmed answer waits to be claimed again.
      const s = settle(
        outcome,
        pub.attempts,
        now,
        { maxAttempts: c.maxAttempts, baseMs: c.backoffBaseMs, capMs: c.backoffCapMs },
        Math.random,
        true,
      );
      const ok = await this.outbox.settleClaimed(
        m,
        id,
        claimToken,
        {
          id,
          state: s.state,
          nextAttemptAt: s.nextAttemptAt,
          remoteId: s.remoteId ?? null,
          url: s.url ?? null,
          lastError: s.error ?? null,
          refundAttempt: false,
        },
        now,
      );
      if (!ok) throw leaseLost(id);
      await this.outbox.appendLog(m, [
        {
          id: newId(),
          publicationId: id,
          attempt: pub.attempts,
          event: 'pull-settle',
          outcome: outcome.kind,
          state: s.state,
          request: { apiKeyId: actor.principal.apiKeyId },
          answer: outcome as unknown as Record<string, unknown>,
          remoteId: s.remoteId ?? null,
          url: s.url ?? null,
          worker: null,
          actor: null,
          at: now,
        },
      ]);
      if (s.state === 'published') {
        await this.proofs.write(m, [
          {
            id: newId(),
            source: 'dispatch',
            note: null,
            unitId: pub.unitId,
            itemId: pub.itemId,
            channel: pub.channel,
            slotId: pub.slotId,
            publicationId: id,
            publishedAt: publishedAt ?? now,
            url: s.url ?? null,
            remoteId: s.remoteId ?? null,
            evidence: { source: 'pull', apiKeyId: actor.principal.apiKeyId },
            createdBy: null,
            createdAt: now,
          },
        ]);
      }
      if (s.notify)
        await this.alerts.raise(m, [
          { publicationId: id, unitId: pub.unitId, itemId: pub.itemId, channel: pub.channel, state: s.state, reason: s.error ?? null },
        ]);
      await this.audit.record(m, actor, {
        unitId: pub.unitId,
        action: `publication.${outcome.kind === 'published' ? 'confirm' : 'fail'}`,
        entity: 'publication',
        entityId: id,
        changes: { state: s.state },
      });
      return m.findOneByOrFail(PublicationEntity, { id });
    });
  }

  private async personMove(
    actor: Actor,
    id: string,
    action: 'retry' | 'cancel',
    from: readonly PublicationState[],
    to: PublicationState,
    fields: Parameters<OutboxRepository['move']>[4],
  ): Promise<PublicationEntity> {
    return this.db.transaction(async (m) => {
      const pub = await this.visible(actor, m, id, 'editor');
      const now = this.clock.now();
      if (!(await this.outbox.move(m, id, from, to, fields, now))) {
        throw new DomainError(
          'PUBLICATION_STATE',
          `Không thể ${action === 'retry' ? 'gửi lại' : 'hủy'} phát hành đang ở trạng thái "${stateLabels[pub.state]}".`,
          { state: pub.state, allowed: [...from] },
        );
      }
      await this.outbox.appendLog(m, [
        {
          id: newId(),
          publicationId: id,
          attempt: pub.attempts,
          event: action,
          outcome: null,
          state: to,
          request: null,
          answer: null,
          remoteId: null,
          url: null,
          worker: null,
          actor: actor.principal.userId ?? null,
          at: now,
        },
      ]);
      await this.audit.record(m, actor, {
        unitId: pub.unitId,
        action: `publication.${action}`,
        entity: 'publication',
        entityId: id,
        changes: { from: pub.state, to },
      });
      return m.findOneByOrFail(PublicationEntity, { id });
    });
  }

  private async visible(actor: Actor, m: EntityManager, id: string, role: 'viewer' | 'editor'): Promise<PublicationEntity> {
    const pub = await m.findOneBy(PublicationEntity, { id });
    if (!pub) throw notFound('publication', id);
    await this.access.unit(actor, pub.unitId, role, { entity: 'publication', id }, m);
    return pub;
  }
}

function leaseLost(id: string): DomainError {
  return new DomainError('PUBLICATION_LEASE_LOST', 'Phiên nhận việc đã hết hạn hoặc không đúng: phát hành này đã được trả lại hàng đợi.', {
    publicationId: id,
  });
}
