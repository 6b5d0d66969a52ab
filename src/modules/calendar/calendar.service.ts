import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/env.schema.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import type { CalendarRule } from '../../domain/calendar/quota-expansion.js';
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
import { buildIcalFeed } from './ical-feed.js';
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
  ) {}

  async slots(actor: Actor, unitId: string, from: string, to: string, channel?: string): Promise<ChannelSlots[]> {
    await this.access.unit(actor, unitId, 'viewer');
    if (!DAY.test(from) || !DAY.test(to) || from > to) {
      throw new DomainError('CALENDAR_RANGE_INVALID', 'Khoảng ngày không hợp lệ: cần from và to dạng YYYY-MM-DD, from không sau to.', { from, to });
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
      const qb = m.createQueryBuilder().update(CalendarFeedEntity).set({ revokedAt: now }).where('unitId = :unitId AND revokedAt IS NULL', { unitId });
      if (channel) qb.andWhere('channel = :channel', { channel });
      else qb.andWhere('channel IS NULL');
      await qb.execute();
      const id = newId();
      await m.insert(CalendarFeedEntity, { id, unitId: unit.id, channel, tokenHash: tokenHash(token), createdBy: actor.principal.userId ?? null, createdAt: now, revokedAt: null });
      await this.audit.record(m, actor, { unitId: unit.id, action: 'calendar-feed.create', entity: 'calendar-feed', entityId: id, changes: { channel } });
    });
    return { url: `${this.config.publicUrl}/api/calendar-feeds/${token}.ics`, id: unit.id };
  }

  /** The iCalendar text behind a feed token: every active plan of the unit, expanded. */
  async feed(token: string): Promise<string> {
    const feed = await this.db.getRepository(CalendarFeedEntity).findOneBy({ tokenHash: tokenHash(token) });
    if (!feed || feed.revokedAt) throw notFound('calendar-feed', 'token');
    const unit = await this.units.findById(feed.unitId);
    if (!unit) throw notFound('calendar-feed', 'token');
    const plans = await this.plans.activeOfUnit(unit.id);
    const rules: CalendarRule[] = [];
    const titles = new Map<string, string>();
    for (const plan of plans) {
      for (const rule of this.sync.expand(plan).rules) {
        if (feed.channel && rule.channel !== feed.channel) continue;
        const key = `${plan.id}:${rule.taskId}`;
        titles.set(key, `${plan.number ?? 'KH'} · ${plan.document.tasks.find((t) => t.id === rule.taskId)?.title ?? rule.taskId}`);
        rules.push({ ...rule, taskId: key });
      }
    }
    return buildIcalFeed(
      { rules },
      {
        name: `Lịch tuyên truyền CCHC — ${unit.name}${feed.channel ? ` (${feed.channel})` : ''}`,
        summary: (r) => `[${r.channel}] ${titles.get(r.taskId) ?? r.taskId}`.slice(0, 250),
        uidDomain: 'loa',
      },
    );
  }

}
