import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { VIETNAM_UTC_OFFSET_MINUTES } from '../../domain/calendar/local-date.js';
import { DomainError, isErrorCode } from '../../domain/errors/domain-error.js';
import { systemActor } from '../access/principal.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import type { ContentItemEntity } from '../content/content-item.entity.js';
import { ContentService } from '../content/content.service.js';
import type { WorkflowOutbox } from '../content/workflow-outbox.js';
import { rawQuery } from '../database/raw-sql.js';
import { ReferenceData } from '../reference/reference-data.js';
import { PULL_KIND } from './channel-accounts.service.js';
import { ChannelAdapters } from './channel-adapters.js';
import { type NewPublication, OutboxRepository } from './outbox.repository.js';

/** "2026-03-05T07:30" in Asia/Ho_Chi_Minh: slots are (date, time) in local time. */
const vietnamMinute = (instant: Date): string =>
  new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
const localToUtc = (date: string, time: string): Date =>
  new Date(Date.parse(`${date}T${time || '00:00'}:00.000Z`) - VIETNAM_UTC_OFFSET_MINUTES * 60_000);

/**
 * How the workflow feeds the outbox. Publishing an item writes one publication per (channel,
 * account) in the publish transition's own transaction; a scheduled item's publications are
 * written when its slot's date and time come (the tick calls `materializeDue`). Approval is
 * refused when a channel Loa publishes to through an API has no account in the item's unit.
 */
@Injectable()
export class PublishOutbox implements WorkflowOutbox {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly adapters: ChannelAdapters,
    private readonly moduleRef: ModuleRef,
    private readonly clock: Clock,
    private readonly reference: ReferenceData,
  ) {}

  /** At approval: every API channel of the item has an account in its unit (any kind, 'manual' included). */
  async assertAccounts(m: EntityManager, item: ContentItemEntity): Promise<void> {
    const needed = item.channels.filter((c) => this.adapters.requiresAccount(c));
    if (needed.length === 0) return;
    const have = await rawQuery<{ channel: string; kind: string }>(
      m,
      `SELECT DISTINCT "channel", "kind" FROM "channel_accounts" WHERE "unitId" = $1 AND "deletedAt" IS NULL`,
      [item.unitId],
    );
    const present = new Set(have.map((h) => h.channel));
    const missing = needed.filter((c) => !present.has(c));
    if (missing.length) {
      throw new DomainError(
        'CHANNEL_ACCOUNT_MISSING',
        `Chưa duyệt được: đơn vị chưa có tài khoản kênh ${missing.map((c) => this.channelName(c)).join(', ')}. Quản trị đơn vị cần thêm tài khoản cho ${missing.length > 1 ? 'các kênh này' : 'kênh này'} (kể cả khi đơn vị tự đăng tay hoặc để một hệ thống ngoài nhận việc).`,
        { missing, itemId: item.id },
      );
    }
    // An account whose adapter cannot work with this Loa's setup (Zalo without PUBLIC_URL) would only fail at sending.
    for (const account of have.filter((h) => item.channels.includes(h.channel))) {
      const [problem] = this.adapters.find(account.channel, account.kind)?.prerequisites?.() ?? [];
      if (problem)
        throw new DomainError(
          isErrorCode(problem.code) ? problem.code : 'CHANNEL_SETUP_INCOMPLETE',
          `Chưa duyệt được: ${problem.message}`,
          { ...problem.evidence, channel: account.channel, kind: account.kind, itemId: item.id },
        );
    }
  }

  /** The channel's Vietnamese name from the catalogue ("Cổng thông tin điện tử"), not its id. */
  private channelName(id: string): string {
    return this.reference.channels.get(id)?.name ?? id;
  }

  /** At the publish transition: the item's publications, due now, in the caller's transaction. */
  async enqueueNow(m: EntityManager, item: ContentItemEntity): Promise<number> {
    const now = this.clock.now();
    const rows = await rawQuery<{ accountId: string; channel: string; kind: string; slotId: string | null }>(
      m,
      `SELECT a."id" AS "accountId", a."channel", a."kind", s."id" AS "slotId"
         FROM "channel_accounts" a LEFT JOIN "slots" s ON s."itemId" = $2 AND s."channel" = a."channel"
        WHERE a."unitId" = $1 AND a."deletedAt" IS NULL`,
      [item.unitId, item.id],
    );
    const pubs = rows
      .filter((r) => item.channels.includes(r.channel))
      .map((r) => this.row(item.unitId, item.id, r.channel, r.accountId, r.kind, r.slotId, now));
    return (await this.outbox.insert(m, pubs, now)).length;
  }

  /** Scheduled items whose slot's date and time have come (within the last 30 days): their publications, and the item moves to published. */
  async materializeDue(now: Date): Promise<number> {
    const local = vietnamMinute(now);
    const since = vietnamMinute(new Date(now.getTime() - 30 * 86_400_000)).slice(0, 10);
    const due = await rawQuery<{
      itemId: string;
      unitId: string;
      channel: string;
      slotId: string;
      date: string;
      time: string;
      accountId: string;
      kind: string;
    }>(
      this.db,
      `SELECT i."id" AS "itemId", i."unitId", s."channel", s."id" AS "slotId", s."date", s."time", a."id" AS "accountId", a."kind"
         FROM "slots" s
         JOIN "content_items" i ON i."id" = s."itemId" AND i."status" IN ('scheduled', 'published')
         JOIN "channel_accounts" a ON a."unitId" = i."unitId" AND a."channel" = s."channel" AND a."deletedAt" IS NULL
        WHERE s."date" >= $1 AND s."date" <= $2
          AND NOT EXISTS (SELECT 1 FROM "publications" p WHERE p."itemId" = i."id" AND p."channel" = s."channel" AND p."accountId" = a."id")
        LIMIT 1000`,
      [since, local.slice(0, 10)],
    );
    const ready = due.filter((d) => `${d.date}T${d.time || '00:00'}` <= local);
    if (ready.length === 0) return 0;
    // Looked up when used: the content service asks this one at approval and publish (WORKFLOW_OUTBOX).
    const content = this.moduleRef.get(ContentService, { strict: false });
    return this.db.transaction(async (m) => {
      const inserted = await this.outbox.insert(
        m,
        ready.map((d) => this.row(d.unitId, d.itemId, d.channel, d.accountId, d.kind, d.slotId, localToUtc(d.date, d.time))),
        now,
      );
      for (const itemId of new Set(ready.map((d) => d.itemId))) {
        const item = await content.load(m, systemActor, itemId, 'viewer').then((x) => x.item);
        if (item.status === 'scheduled') await content.systemMove(m, systemActor, item, 'publish', 'Đến giờ phát hành theo lịch');
      }
      return inserted.length;
    });
  }

  private row(
    unitId: string,
    itemId: string,
    channel: string,
    accountId: string,
    kind: string,
    slotId: string | null,
    dueAt: Date,
  ): NewPublication {
    const id = newId();
    return {
      id,
      unitId,
      itemId,
      channel,
      accountId,
      slotId,
      delivery: kind === PULL_KIND ? 'pull' : 'push',
      idempotencyKey: `loa-${id}`,
      dueAt,
    };
  }
}
