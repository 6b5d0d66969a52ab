import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../domain/errors/domain-error.js';
import { parsePublicationInstant, vietnamDayOf } from '../../domain/reports/vietnam-instant.js';
import type { Actor } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { SlotEntity } from '../calendar/slot.entity.js';
import { Clock } from '../common/clock.js';
import { ContentService } from '../content/content.service.js';
import type { PublicationProofEntity } from './publication-proof.entity.js';
import { ProofsRepository } from './proofs.repository.js';

/** An item must have been approved before a publication of it can be recorded. */
const provable = new Set(['approved', 'scheduled', 'published', 'unconfirmed', 'failed']);
/** A clock a few minutes apart from the server's must not refuse a publication made just now. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface ManualProof {
  channel: string;
  url?: string;
  publishedAt: string;
  note?: string;
}

/**
 * Records by hand that an item appeared on a channel (a publication made outside Loa, possibly
 * in the past): the item then counts as published on that channel at that date. Audited.
 */
@Injectable()
export class ProofsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly content: ContentService,
    private readonly proofs: ProofsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async recordManual(actor: Actor, itemId: string, input: ManualProof): Promise<{ proof: PublicationProofEntity; publishedOn: string }> {
    const publishedAt = parsePublicationInstant(input.publishedAt);
    const now = this.clock.now();
    if (publishedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw new DomainError('PUBLISHED_AT_FUTURE', 'Thời điểm đăng không thể ở tương lai.', {
        field: 'publishedAt',
        text: input.publishedAt,
        now: now.toISOString(),
      });
    }
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      if (!item.channels.includes(input.channel)) {
        throw new DomainError('CHANNEL_NOT_SERVED', `Nội dung không dành cho kênh "${input.channel}".`, {
          channel: input.channel,
          channels: item.channels,
        });
      }
      if (!provable.has(item.status)) {
        throw new DomainError('PROOF_ITEM_NOT_APPROVED', 'Chỉ ghi nhận đã đăng cho nội dung đã được duyệt.', {
          itemId,
          status: item.status,
        });
      }
      const slot = await m.findOneBy(SlotEntity, { itemId: item.id, channel: input.channel });
      const proof = await this.proofs.record(
        {
          unitId: item.unitId,
          itemId: item.id,
          channel: input.channel,
          source: 'manual',
          publishedAt,
          slotId: slot?.id ?? null,
          planId: item.planId,
          taskId: item.taskId,
          url: input.url ?? null,
          note: input.note ?? null,
          createdBy: actor.principal.userId ?? null,
          evidence: actor.principal.apiKeyId ? { apiKeyId: actor.principal.apiKeyId } : null,
        },
        now,
        m,
      );
      const publishedOn = vietnamDayOf(publishedAt);
      await this.audit.record(m, actor, {
        unitId: item.unitId,
        action: 'proof.record',
        entity: 'item',
        entityId: item.id,
        changes: {
          proofId: proof.id,
          channel: proof.channel,
          publishedAt: publishedAt.toISOString(),
          publishedOn,
          url: proof.url,
          slotId: proof.slotId,
        },
      });
      return { proof, publishedOn };
    });
  }
}
