import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { placeableStatuses } from '../../domain/content/content-workflow.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { notFound } from '../access/access-policy.js';
import { UnitAccess } from '../access/unit-access.service.js';
import { type Actor, systemActor } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import type { SlotRelease } from '../calendar/calendar-sync.service.js';
import type { SlotEntity } from '../calendar/slot.entity.js';
import { SlotsRepository } from '../calendar/slots.repository.js';
import { Clock } from '../common/clock.js';
import type { ContentItemEntity } from './content-item.entity.js';
import { ContentService } from './content.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { vietnamDay } from './vietnam-today.js';

export interface Placement {
  slotId: string;
  slotKey: string;
  channel: string;
  date: string;
  time: string;
}

const CANDIDATES = 8;

/**
 * Puts approved items into calendar slots. Every placement is one conditional UPDATE
 * ("… WHERE id = :slot AND itemId IS NULL"), so two editors racing for a slot end with one
 * winner and one SLOT_TAKEN, on SQLite and PostgreSQL alike; a unique index on
 * (itemId, channel) keeps an item in at most one slot per channel.
 */
@Injectable()
export class QueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly content: ContentService,
    private readonly slots: SlotsRepository,
    private readonly notifications: NotificationsService,
    private readonly access: UnitAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** "Add to queue": the next free slot of the item's task, per channel, earliest first. */
  async enqueue(actor: Actor, itemId: string, version: number, channel?: string): Promise<{ item: ContentItemEntity; placements: Placement[] }> {
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      assertPlaceable(item, version);
      if (!item.planId || !item.taskId) {
        throw new DomainError('ITEM_NO_TASK', 'Nội dung chưa gắn với nhiệm vụ của kế hoạch, nên không có ô lịch để xếp.', { itemId });
      }
      const channels = channel ? [channel] : item.channels;
      if (channel && !item.channels.includes(channel)) throw new DomainError('CHANNEL_NOT_SERVED', 'Nội dung không dành cho kênh này.', { channel, channels: item.channels });
      const placements: Placement[] = [];
      for (const ch of channels) {
        if (await this.slotOf(m, item.id, ch)) continue;
        const placed = await this.placeNext(m, item, ch, 'queue');
        if (!placed) throw new DomainError('QUEUE_NO_FREE_SLOT', `Không còn ô lịch trống cho kênh ${ch} của nhiệm vụ này.`, { channel: ch, taskId: item.taskId });
        placements.push(placed);
      }
      if (item.status === 'approved') await this.content.systemMove(m, actor, item, 'schedule');
      await this.audit.record(m, actor, { unitId: item.unitId, action: 'item.enqueue', entity: 'item', entityId: item.id, changes: { placements: placements.map((p) => p.slotKey) } });
      return { item, placements };
    });
  }

  /** Places the item in a chosen slot (moving it if it had one in that channel). */
  async place(actor: Actor, itemId: string, version: number, slotId: string): Promise<{ item: ContentItemEntity; placement: Placement }> {
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      assertPlaceable(item, version);
      const slot = await this.slots.findById(slotId, m);
      if (!slot || slot.unitId !== item.unitId) throw notFound('slot', slotId);
      if (!item.channels.includes(slot.channel)) throw new DomainError('CHANNEL_NOT_SERVED', 'Nội dung không dành cho kênh của ô lịch này.', { channel: slot.channel, channels: item.channels });
      if (slot.itemId === item.id) return { item, placement: placementOf(slot) };
      const previous = await this.slotOf(m, item.id, slot.channel);
      if (previous) await this.slots.clear(m, previous.id);
      const taken = await this.claim(m, slot.id, item.id, 'person');
      if (!taken) {
        throw new DomainError('SLOT_TAKEN', 'Ô lịch này vừa được xếp nội dung khác. Hãy chọn ô khác.', { slotId, slotKey: slot.slotKey });
      }
      if (item.status === 'approved') await this.content.systemMove(m, actor, item, 'schedule');
      await this.audit.record(m, actor, { unitId: item.unitId, action: 'item.place', entity: 'item', entityId: item.id, changes: { slot: slot.slotKey, from: previous?.slotKey ?? null } });
      return { item, placement: placementOf(slot) };
    });
  }

  async unplace(actor: Actor, itemId: string, version: number, channel?: string): Promise<ContentItemEntity> {
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      if (item.version !== version) throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', { itemId, currentVersion: item.version });
      await this.release(m, actor, item, channel);
      return item;
    });
  }

  /** Takes an item out of its slots (all channels, or one); a scheduled item with no slot left is approved again. */
  async release(m: EntityManager, actor: Actor, item: ContentItemEntity, channel?: string): Promise<void> {
    await this.slots.releaseItem(m, item.id, channel);
    if (item.status === 'scheduled' && !(await this.slots.holdsAny(item.id, m))) await this.content.systemMove(m, actor, item, 'unschedule');
  }

  /**
   * After a calendar change: an item the queue placed moves to the next free slot of its task;
   * one a person placed is released. Either way its author is told.
   */
  async handleReleases(m: EntityManager, actor: Actor, releases: SlotRelease[]): Promise<void> {
    for (const r of releases) {
      const { item } = await this.content.load(m, systemActor, r.itemId, 'viewer');
      const moved = r.placement === 'queue' ? await this.placeNext(m, item, r.channel, 'queue') : null;
      if (!moved && item.status === 'scheduled' && !(await this.slots.holdsAny(item.id, m))) {
        await this.content.systemMove(m, actor, item, 'unschedule', `Ô lịch ${r.date} không còn trong kế hoạch`);
      }
      const message = moved
        ? `Lịch thay đổi: "${item.title}" được chuyển từ ô ngày ${r.date} sang ô ngày ${moved.date} (${r.channel}).`
        : `Lịch thay đổi: ô ngày ${r.date} (${r.channel}) không còn; "${item.title}" đã được đưa ra khỏi lịch, hãy xếp lại.`;
      await this.notifications.notify(m, [
        { userId: item.createdBy, unitId: item.unitId, kind: moved ? 'item.moved' : 'item.released', message, data: { itemId: item.id, fromSlot: r.slotKey, toSlot: moved?.slotKey ?? null } },
      ]);
    }
  }

  private async placeNext(m: EntityManager, item: ContentItemEntity, channel: string, placement: 'queue' | 'person'): Promise<Placement | null> {
    const today = vietnamDay(this.clock.now());
    for (let round = 0; round < 4; round++) {
      const candidates = await this.slots.openSlotIds(m, { planId: item.planId!, taskId: item.taskId!, channel, fromDay: today, limit: CANDIDATES });
      if (candidates.length === 0) return null;
      for (const id of candidates) {
        if (await this.claim(m, id, item.id, placement)) {
          const slot = await this.slots.findById(id, m);
          return placementOf(slot!);
        }
      }
    }
    return null;
  }

  /** The atomic step: true when this call set the slot's item. */
  private async claim(m: EntityManager, slotId: string, itemId: string, placement: 'queue' | 'person'): Promise<boolean> {
    const result = await this.slots.claim(m, slotId, itemId, placement, this.clock.now());
    if (result === 'item-already-placed') throw new DomainError('ITEM_ALREADY_PLACED', 'Nội dung đã được xếp vào một ô khác của kênh này.', { itemId });
    return result === 'claimed';
  }

  private slotOf(m: EntityManager, itemId: string, channel: string): Promise<SlotEntity | null> {
    return this.slots.ofItem(itemId, channel, m);
  }
}

function assertPlaceable(item: ContentItemEntity, version: number): void {
  if (item.version !== version) throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', { itemId: item.id, currentVersion: item.version });
  if (!placeableStatuses.includes(item.status)) {
    throw new DomainError('ITEM_NOT_APPROVED', 'Chỉ nội dung đã duyệt mới được xếp lịch.', { status: item.status });
  }
}

function placementOf(s: SlotEntity): Placement {
  return { slotId: s.id, slotKey: s.slotKey, channel: s.channel, date: s.date, time: s.time };
}

