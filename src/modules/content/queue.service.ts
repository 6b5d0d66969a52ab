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
import { SlotEntity } from '../calendar/slot.entity.js';
import {
  claimNextSlot,
  claimSlot,
  type ClaimedSlot,
  fillSlots,
  isUniqueViolation,
  lockApprovedItems,
  lockOpenSlots,
  openSlotsBefore,
  SlotsRepository,
} from '../calendar/slots.repository.js';
import { Clock } from '../common/clock.js';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ContentItemEntity } from './content-item.entity.js';
import { In } from 'typeorm';
import { ContentItemsRepository } from './content-items.repository.js';
import { ContentService } from './content.service.js';
import { vietnamDay } from './vietnam-today.js';

export interface Placement {
  slotId: string;
  slotKey: string;
  channel: string;
  date: string;
  time: string;
}

/** The result of filling a month of a unit's calendar with its approved items. */
export interface FillResult {
  month: string;
  from: string;
  to: string;
  /** Slots filled. */
  placed: number;
  /** Items that got at least one slot. */
  items: number;
  /** Items (and channels) that found no open slot of their task in the window. */
  unplaced: { itemId: string; channel: string }[];
  /** True when slots before today were filled (a deliberate backfill). */
  backfill: boolean;
}

export interface QueueOptions {
  /** Place into slots whose day has passed: a deliberate, audited backfill. */
  backfill?: boolean;
}

/**
 * Puts approved items into calendar slots. Every placement is one statement: a chosen slot
 * is a conditional UPDATE ("… WHERE id = :slot AND itemId IS NULL"), the next free slot an
 * UPDATE of the earliest open candidate (FOR UPDATE SKIP LOCKED on PostgreSQL), so racing
 * editors end with one winner per slot on SQLite and PostgreSQL alike; a unique index on
 * (itemId, channel) keeps an item in at most one slot per channel. A slot whose day has passed
 * is taken only as a deliberate backfill (a flag, audited).
 */
@Injectable()
export class QueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly content: ContentService,
    private readonly slots: SlotsRepository,
    private readonly items: ContentItemsRepository,
    private readonly notifications: NotificationsService,
    private readonly access: UnitAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly channels: ChannelCatalogue,
  ) {}

  /**
   * "Add to queue": the next free slot of the item's task, per channel, earliest first, from
   * today on. When only past slots are open, says so; `backfill` takes them (audited).
   */
  async enqueue(
    actor: Actor,
    itemId: string,
    version: number,
    channel?: string,
    options: QueueOptions = {},
  ): Promise<{ item: ContentItemEntity; placements: Placement[] }> {
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      assertPlaceable(item, version);
      if (!item.planId || !item.taskId) {
        throw new DomainError('ITEM_NO_TASK', 'Nội dung chưa gắn với nhiệm vụ của kế hoạch, nên không có ô lịch để xếp.', { itemId });
      }
      const channels = channel ? [channel] : item.channels;
      if (channel && !item.channels.includes(channel))
        throw new DomainError('CHANNEL_NOT_SERVED', 'Nội dung không dành cho kênh này.', { channel, channels: item.channels });
      const today = vietnamDay(this.clock.now());
      const placements: Placement[] = [];
      for (const ch of channels) {
        if (await this.slotOf(m, item.id, ch)) continue;
        const placed = await this.claimNext(m, item, ch, 'queue', options.backfill ? '0000-01-01' : today);
        if (!placed) {
          const past = options.backfill ? { count: 0, last: null } : await openSlotsBefore(m, item.planId, item.taskId, ch, today);
          if (past.count > 0) {
            throw new DomainError(
              'QUEUE_SLOTS_PAST',
              `Các ô lịch còn trống của kênh ${this.channelName(ch)} cho nhiệm vụ này đều đã qua ngày (${past.count} ô, ô gần nhất ngày ${dayVn(past.last!)}); hôm nay là ${dayVn(today)}. Xếp vào ô đã qua là đăng bù: nếu đúng ý, hãy gửi lại với backfill = true.`,
              { channel: ch, taskId: item.taskId, pastOpenSlots: past.count, lastOpenDay: past.last, today },
            );
          }
          throw new DomainError('QUEUE_NO_FREE_SLOT', `Không còn ô lịch trống cho kênh ${this.channelName(ch)} của nhiệm vụ này.`, {
            channel: ch,
            taskId: item.taskId,
          });
        }
        placements.push(placed);
      }
      if (item.status === 'approved' && placements.length > 0) await this.content.systemMove(m, actor, item, 'schedule');
      const backfilled = placements.filter((p) => p.date < today);
      await this.audit.record(m, actor, {
        unitId: item.unitId,
        action: backfilled.length > 0 ? 'item.backfill' : 'item.enqueue',
        entity: 'item',
        entityId: item.id,
        changes: {
          placements: placements.map((p) => p.slotKey),
          ...(backfilled.length > 0 ? { backfill: backfilled.map((p) => ({ slot: p.slotKey, date: p.date })), today } : {}),
        },
      });
      return { item, placements };
    });
  }

  /** Places the item in a chosen slot (moving it if it had one in that channel). */
  async place(
    actor: Actor,
    itemId: string,
    version: number,
    slotId: string,
    options: QueueOptions = {},
  ): Promise<{ item: ContentItemEntity; placement: Placement }> {
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      assertPlaceable(item, version);
      const slot = await this.slots.findById(slotId, m);
      if (!slot || slot.unitId !== item.unitId) throw notFound('slot', slotId);
      if (!item.channels.includes(slot.channel))
        throw new DomainError('CHANNEL_NOT_SERVED', 'Nội dung không dành cho kênh của ô lịch này.', {
          channel: slot.channel,
          channels: item.channels,
        });
      if (slot.itemId === item.id) return { item, placement: placementOf(slot) };
      const today = vietnamDay(this.clock.now());
      const backfill = slot.date < today;
      if (backfill && !options.backfill) {
        throw new DomainError(
          'SLOT_IN_PAST',
          `Ô lịch ngày ${dayVn(slot.date)} đã qua (hôm nay là ${dayVn(today)}). Xếp vào ô đã qua là đăng bù: nếu đúng ý, hãy gửi lại với backfill = true.`,
          { slotId, slotKey: slot.slotKey, date: slot.date, today },
        );
      }
      const previous = await this.slotOf(m, item.id, slot.channel);
      if (previous) await this.slots.clear(m, previous.id);
      const taken = await this.claim(m, slot.id, item.id, 'person');
      if (!taken) {
        throw new DomainError('SLOT_TAKEN', 'Ô lịch này vừa được xếp nội dung khác. Hãy chọn ô khác.', { slotId, slotKey: slot.slotKey });
      }
      if (item.status === 'approved') await this.content.systemMove(m, actor, item, 'schedule');
      await this.audit.record(m, actor, {
        unitId: item.unitId,
        action: backfill ? 'item.backfill' : 'item.place',
        entity: 'item',
        entityId: item.id,
        changes: {
          slot: slot.slotKey,
          from: previous?.slotKey ?? null,
          ...(backfill ? { backfill: [{ slot: slot.slotKey, date: slot.date }], today } : {}),
        },
      });
      return { item, placement: placementOf(slot) };
    });
  }

  async unplace(actor: Actor, itemId: string, version: number, channel?: string): Promise<ContentItemEntity> {
    return this.db.transaction(async (m) => {
      const { item } = await this.content.load(m, actor, itemId, 'editor');
      if (item.version !== version)
        throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', {
          itemId,
          currentVersion: item.version,
        });
      await this.release(m, actor, item, channel);
      return item;
    });
  }

  /** Takes an item out of its slots (all channels, or one); a scheduled item with no slot left is approved again. */
  async release(m: EntityManager, actor: Actor, item: ContentItemEntity, channel?: string): Promise<void> {
    await this.slots.releaseItem(m, item.id, channel);
    if (item.status === 'scheduled' && !(await this.slots.holdsAny(item.id, m)))
      await this.content.systemMove(m, actor, item, 'unschedule');
  }

  /**
   * After a calendar change: an item the queue placed moves to the next free slot of its task;
   * one a person placed is released. Either way its author is told.
   */
  async handleReleases(m: EntityManager, actor: Actor, releases: SlotRelease[]): Promise<void> {
    for (const r of releases) {
      const { item } = await this.content.load(m, systemActor, r.itemId, 'viewer');
      const moved = r.placement === 'queue' ? await this.claimNext(m, item, r.channel, 'queue', vietnamDay(this.clock.now())) : null;
      if (!moved && item.status === 'scheduled' && !(await this.slots.holdsAny(item.id, m))) {
        await this.content.systemMove(m, actor, item, 'unschedule', `Ô lịch ${r.date} không còn trong kế hoạch`);
      }
      const message = moved
        ? `Lịch thay đổi: "${item.title}" được chuyển từ ô ngày ${r.date} sang ô ngày ${moved.date} (${r.channel}).`
        : `Lịch thay đổi: ô ngày ${r.date} (${r.channel}) không còn; "${item.title}" đã được đưa ra khỏi lịch, hãy xếp lại.`;
      await this.notifications.notify(m, [
        {
          userId: item.createdBy,
          unitId: item.unitId,
          kind: moved ? 'item.moved' : 'item.released',
          message,
          data: { itemId: item.id, fromSlot: r.slotKey, toSlot: moved?.slotKey ?? null },
        },
      ]);
    }
  }

  /**
   * Fills a month of the unit's calendar with its approved items in one transaction: each
   * approved item (oldest first) takes the earliest open slot of its task in each of its channels,
   * from today on (or from the month's first day with `backfill`, audited). The open slots
   * are read once (locked on PostgreSQL) and written in one statement per 500.
   */
  async fillMonth(actor: Actor, unitId: string, month: string, options: QueueOptions = {}): Promise<FillResult> {
    await this.access.unit(actor, unitId, 'editor');
    const monthStart = `${month}-01`;
    const monthEnd = lastDayOfMonth(month);
    const today = vietnamDay(this.clock.now());
    const from = options.backfill || monthStart >= today ? monthStart : today;
    return this.db.transaction(async (m) => {
      // Approved items wait for a slot; a scheduled one already has its slots (enqueue completes a missing channel).
      // On PostgreSQL the items are locked too (SKIP LOCKED): two fills racing take different items, never one item twice.
      const ids = await lockApprovedItems(m, unitId);
      const byId = new Map<string, ContentItemEntity>();
      for (let i = 0; i < ids.length; i += 500)
        for (const x of await m.find(ContentItemEntity, { where: { id: In(ids.slice(i, i + 500)) } })) byId.set(x.id, x);
      const items = ids.map((id) => byId.get(id)).filter((x): x is ContentItemEntity => x !== undefined && x.status === 'approved');
      const candidates = items.filter((i) => i.planId && i.taskId);
      const held = new Set<string>();
      for (let i = 0; i < candidates.length; i += 500) {
        const ids = candidates.slice(i, i + 500).map((x) => x.id);
        for (const s of await this.slots.heldBy(m, ids)) held.add(`${s.itemId}\u0000${s.channel}`);
      }
      const open = from <= monthEnd ? await lockOpenSlots(m, unitId, from, monthEnd) : [];
      const queues = new Map<string, string[]>();
      for (const s of open) {
        const k = `${s.planId}\u0000${s.taskId}\u0000${s.channel}`;
        const q = queues.get(k) ?? [];
        q.push(s.id);
        queues.set(k, q);
      }
      const pairs: { slotId: string; itemId: string }[] = [];
      const unplaced: FillResult['unplaced'] = [];
      const placedItems = new Set<string>();
      for (const item of candidates) {
        for (const ch of item.channels) {
          if (held.has(`${item.id}\u0000${ch}`)) continue;
          const slotId = queues.get(`${item.planId}\u0000${item.taskId}\u0000${ch}`)?.shift();
          if (!slotId) {
            unplaced.push({ itemId: item.id, channel: ch });
            continue;
          }
          pairs.push({ slotId, itemId: item.id });
          placedItems.add(item.id);
        }
      }
      if (pairs.length === 0 && !options.backfill && from > monthStart) {
        const count = await this.slots.openCountBetween(m, unitId, monthStart, from);
        if (count > 0 && unplaced.length > 0) {
          throw new DomainError(
            'QUEUE_SLOTS_PAST',
            `Các ô lịch còn trống của tháng ${month.slice(5)}/${month.slice(0, 4)} đều đã qua ngày (${count} ô); hôm nay là ${dayVn(today)}. Xếp vào ô đã qua là đăng bù: nếu đúng ý, hãy gửi lại với backfill = true.`,
            { month, pastOpenSlots: count, today },
          );
        }
      }
      const now = this.clock.now();
      const taken = await fillSlots(m, pairs, 'queue', now).catch((e: unknown) => {
        if (isUniqueViolation(e))
          throw new DomainError('SLOT_TAKEN', 'Một số nội dung vừa được xếp ở yêu cầu khác. Hãy thử lại.', { month });
        throw e;
      });
      if (taken !== pairs.length)
        throw new DomainError('SLOT_TAKEN', 'Một số ô lịch vừa được xếp nội dung khác. Hãy thử lại.', { wanted: pairs.length, taken });
      await this.items.scheduleMany(
        m,
        candidates.filter((i) => placedItems.has(i.id)).map((i) => i.id),
        actor.principal.userId ?? null,
        now,
      );
      const backfill = from < today;
      await this.audit.record(m, actor, {
        unitId,
        action: backfill ? 'calendar.backfill' : 'calendar.fill',
        entity: 'unit',
        entityId: unitId,
        changes: { month, from, to: monthEnd, placed: pairs.length, items: placedItems.size, ...(backfill ? { today } : {}) },
      });
      return { month, from, to: monthEnd, placed: pairs.length, items: placedItems.size, unplaced, backfill };
    });
  }

  private async claimNext(
    m: EntityManager,
    item: ContentItemEntity,
    channel: string,
    placement: 'queue' | 'person',
    from: string,
  ): Promise<Placement | null> {
    try {
      const slot = await claimNextSlot(m, {
        planId: item.planId!,
        taskId: item.taskId!,
        channel,
        itemId: item.id,
        placement,
        from,
        now: this.clock.now(),
      });
      return slot ? placementOf(slot) : null;
    } catch (e) {
      if (isUniqueViolation(e)) throw alreadyPlaced(item.id);
      throw e;
    }
  }

  /** The atomic step: true when this call set the slot's item. */
  private async claim(m: EntityManager, slotId: string, itemId: string, placement: 'queue' | 'person'): Promise<boolean> {
    try {
      return (await claimSlot(m, slotId, itemId, placement, this.clock.now())) !== null;
    } catch (e) {
      if (isUniqueViolation(e)) throw alreadyPlaced(itemId);
      throw e;
    }
  }

  private channelName(id: string): string {
    return this.channels.get(id)?.name ?? id;
  }

  private slotOf(m: EntityManager, itemId: string, channel: string): Promise<SlotEntity | null> {
    return this.slots.ofItem(itemId, channel, m);
  }
}

function assertPlaceable(item: ContentItemEntity, version: number): void {
  if (item.version !== version)
    throw new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại.', {
      itemId: item.id,
      currentVersion: item.version,
    });
  if (!placeableStatuses.includes(item.status)) {
    throw new DomainError('ITEM_NOT_APPROVED', 'Chỉ nội dung đã duyệt mới được xếp lịch.', { status: item.status });
  }
}

function alreadyPlaced(itemId: string): DomainError {
  return new DomainError('ITEM_ALREADY_PLACED', 'Nội dung đã được xếp vào một ô khác của kênh này.', { itemId });
}

/** 2024-03-06 → 06/03/2024, as a Vietnamese reader writes a day. */
const dayVn = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

function lastDayOfMonth(month: string): string {
  const [y, mo] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
}

function placementOf(s: SlotEntity | ClaimedSlot): Placement {
  return { slotId: s.id, slotKey: s.slotKey, channel: s.channel, date: s.date, time: s.time };
}
