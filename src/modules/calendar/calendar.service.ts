import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/env.schema.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import type { CalendarSlot } from '../../domain/calendar/calendar.types.js';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { notFound } from '../access/access-policy.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import { newToken, tokenHash } from '../accounts/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { PlansRepository } from '../plans/plans.repository.js';
import { UnitsRepository } from '../units/units.repository.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CalendarRuleEntity } from './calendar-rule.entity.js';
import { CalendarSyncService } from './calendar-sync.service.js';
import { buildIcalFeed, type FeedRule } from './ical-feed.js';
import { type SlotRow, SlotsRepository } from './slots.repository.js';

export type { SlotRow };

export interface ChannelSlots {
  channel: string;
  slots: (SlotRow & { state: 'open' | 'filled' })[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reading a unit's calendar: slots in a window, its rules, and secret-token iCalendar feeds. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: UnitsRepository,
    private readonly access: UnitAccess,
    private readonly sync: CalendarSyncService,
    private readonly slotRows: SlotsRepository,
    private readonly plans: PlansRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly channels: ChannelCatalogue,
  ) {}

  async slots(actor: Actor, unitId: string, from: string, to: string, channel?: string): Promise<ChannelSlots[]> {
    await this.access.unit(actor, unitId, 'viewer');
    if (!DAY.test(from) || !DAY.test(to) || from > to) {
      throw new DomainError('CALENDAR_RANGE_INVALID', 'Khoảng ngày không hợp lệ: cần from và to dạng YYYY-MM-DD, from không sau to.', {
        from,
        to,
      });
    }
    const rows = await this.slotRows.inWindow(unitId, from, to, channel);
    const byChannel = new Map<string, ChannelSlots>();
    for (const r of rows) {
      const group = byChannel.get(r.channel) ?? { channel: r.channel, slots: [] };
      group.slots.push({ ...r, state: r.itemId ? 'filled' : 'open' });
      byChannel.set(r.channel, group);
    }
    return [...byChannel.values()].sort((a, b) => a.channel.localeCompare(b.channel));
  }

  async rules(actor: Actor, unitId: string): Promise<CalendarRuleEntity[]> {
    await this.access.unit(actor, unitId, 'viewer');
    return this.db.getRepository(CalendarRuleEntity).find({ where: { unitId }, order: { planId: 'ASC', taskId: 'ASC', channel: 'ASC' } });
  }

  /** A new secret URL for the unit's feed (one channel or all); the previous one stops working. */
  async createFeed(actor: Actor, unitId: string, channel: string | null): Promise<{ url: string; id: string }> {
    const unit = await this.access.unit(actor, unitId, 'editor');
    const token = newToken();
    await this.db.transaction(async (m) => {
      const now = this.clock.now();
      const qb = m
        .createQueryBuilder()
        .update(CalendarFeedEntity)
        .set({ revokedAt: now })
        .where('unitId = :unitId AND revokedAt IS NULL', { unitId });
      if (channel) qb.andWhere('channel = :channel', { channel });
      else qb.andWhere('channel IS NULL');
      await qb.execute();
      const id = newId();
      await m.insert(CalendarFeedEntity, {
        id,
        unitId: unit.id,
        channel,
        tokenHash: tokenHash(token),
        createdBy: actor.principal.userId ?? null,
        createdAt: now,
        revokedAt: null,
      });
      await this.audit.record(m, actor, {
        unitId: unit.id,
        action: 'calendar-feed.create',
        entity: 'calendar-feed',
        entityId: id,
        changes: { channel },
      });
    });
    return { url: `${this.config.publicUrl}/api/calendar-feeds/${token}.ics`, id: unit.id };
  }

  /**
   * The iCalendar text behind a feed token: every active plan of the unit, one recurring event
   * per (plan, task, channel) titled with the channel's Vietnamese name and the task, and each
   * slot that holds an item as an override titled with the item (UIDs carry the plan id).
   */
  async feed(token: string): Promise<string> {
    const feed = await this.db.getRepository(CalendarFeedEntity).findOneBy({ tokenHash: tokenHash(token) });
    if (!feed || feed.revokedAt) throw notFound('calendar-feed', 'token');
    const unit = await this.units.findById(feed.unitId);
    if (!unit) throw notFound('calendar-feed', 'token');
    const plans = await this.plans.activeOfUnit(unit.id);
    const rules: FeedRule[] = [];
    const slots: (CalendarSlot & { planId: string })[] = [];
    const titles = new Map<string, string>();
    for (const plan of plans) {
      const expansion = this.sync.expand(plan);
      for (const rule of expansion.rules) {
        if (feed.channel && rule.channel !== feed.channel) continue;
        titles.set(
          `${plan.id}:${rule.taskId}`,
          `${plan.document.tasks.find((t) => t.id === rule.taskId)?.title ?? rule.taskId}${plan.number ? ` (KH ${plan.number})` : ''}`,
        );
        rules.push({ ...rule, planId: plan.id });
      }
      for (const s of expansion.slots) if (!feed.channel || s.channel === feed.channel) slots.push({ ...s, planId: plan.id });
    }
    const filled = plans.length ? await this.slotRows.placedInActivePlans(unit.id, feed.channel ?? undefined) : [];
    const channelName = (id: string) => this.channels.get(id)?.name ?? id;
    return buildIcalFeed(
      {
        rules,
        slots,
        placements: filled.map((f) => ({
          planId: f.planId,
          slotId: f.id,
          taskId: f.taskId,
          channel: f.channel,
          date: f.date,
          time: f.time,
          summary: `${channelName(f.channel)} · ${f.title}`.slice(0, 250),
          description: `Nhiệm vụ: ${titles.get(`${f.planId}:${f.taskId}`) ?? f.taskId}`,
        })),
      },
      {
        name: `Lịch tuyên truyền CCHC — ${unit.name}${feed.channel ? ` (${channelName(feed.channel)})` : ''}`,
        summary: (r) => `${channelName(r.channel)} · ${titles.get(`${r.planId}:${r.taskId}`) ?? r.taskId}`.slice(0, 250),
        channelName,
        uidDomain: 'loa',
        stamp: this.clock.now(),
      },
    );
  }
}
