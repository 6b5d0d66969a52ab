import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../../config/env.schema.js';
import {
  inQuietHours,
  messages,
  type ReminderMessage,
  type ReminderRule,
  reminderRuleLabels,
  reminderRules,
  retryDelayMs,
} from '../../domain/reminders/reminder-messages.js';
import { parseReportingPeriod, type WindowScheme, withPlanDeadlines } from '../../domain/reports/reporting-period.js';
import { vietnamDayOf } from '../../domain/reports/vietnam-instant.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import type { PlanReading } from '../../domain/plan/plan-reading.types.js';
import { AccessPolicy } from '../access/access-policy.js';
import type { Actor } from '../access/principal.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { ReferenceData } from '../reference/reference-data.js';
import type { DeliveryStatus } from './reminder-delivery.entity.js';
import { MailTransport } from './mail-transport.js';
import { type DeliveryRow, type Recipient, RemindersRepository } from './reminders.repository.js';

const LEASE_MS = 2 * 60_000;
const SEND_BATCH = 50;
const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const leaders = ['approver', 'unit_admin'] as const;
const editors = ['editor', 'approver', 'unit_admin'] as const;

/**
 * Reminders by e-mail. `tick(now)` is safe to run at any moment and on several nodes at once:
 * it turns each rule's current occurrences into outbox rows whose unique key (rule, subject,
 * occurrence, person) makes a second insert a no-op, then sends what is due, each row claimed
 * with a lease first; nothing at all between 22:00 and 06:00 (Vietnam). A failed send is retried with growing
 * delays and, after MAIL_MAX_ATTEMPTS, stays visible to admins as failed. Requests never wait
 * for mail: they write their transition, and the next tick mails it.
 */
@Injectable()
export class RemindersService {
  private readonly log = new Logger('Reminders');

  constructor(
    private readonly repo: RemindersRepository,
    private readonly mail: MailTransport,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async tick(now: Date = this.clock.now()): Promise<{ queued: number; sent: number; failed: number }> {
    // Quiet hours: nothing is planned either, so a day's reminders carry the day they go out.
    if (inQuietHours(now)) return { queued: 0, sent: 0, failed: 0 };
    const queued = await this.plan(now);
    const { sent, failed } = this.mail.configured ? await this.send(now) : { sent: 0, failed: 0 };
    return { queued, sent, failed };
  }

  /**
   * A seam for other modules (dispatch: a publication that failed for good, or a channel account
   * that needs re-authorising): queue one reminder to the unit's editors and leaders, once per key.
   */
  async notifyUnit(
    rule: Extract<ReminderRule, 'publication-failed'>,
    unitId: string,
    occurrence: string,
    build: (name: string) => ReminderMessage,
    now: Date = this.clock.now(),
  ): Promise<number> {
    let n = 0;
    for (const r of await this.repo.recipients(unitId, editors, rule))
      n += Number(await this.put(rule, `${unitId}:${occurrence}`, r, build(r.name), now));
    return n;
  }

  private link = (path: string) => `${this.config.publicUrl.replace(/\/$/, '')}${path}`;
  private channelName = (id: string) => this.reference.vocabulary.channels.find((c) => c.id === id)?.label ?? id;

  private put(rule: ReminderRule, occurrence: string, r: Recipient, m: ReminderMessage, now: Date): Promise<boolean> {
    return this.repo.enqueue(
      {
        key: `${rule}:${occurrence}:${r.userId}`,
        rule,
        userId: r.userId,
        unitId: r.unitId,
        email: r.email,
        subject: m.subject,
        textBody: m.text,
        htmlBody: m.html,
      },
      now,
    );
  }

  private async plan(now: Date): Promise<number> {
    const today = vietnamDayOf(now);
    let queued = 0;
    const add = async (p: Promise<boolean>) => {
      if (await p) queued++;
    };

    // Slots due within N days with no content: one mail per unit and day, to its editors.
    const open = await this.repo.openSlots(today, addDays(today, this.config.reminders.slotDueDays));
    const titles = await this.repo.taskTitles([...new Set(open.map((s) => s.planId))]);
    const taskTitle = (planId: string, taskId: string) => titles.get(planId)?.get(taskId) ?? `Nhiệm vụ ${taskId}`;
    const byUnit = new Map<string, typeof open>();
    for (const s of open) byUnit.set(s.unitId, [...(byUnit.get(s.unitId) ?? []), s]);
    for (const [unitId, slots] of byUnit) {
      const m = (name: string) =>
        messages.slotDue(name, {
          unitName: slots[0].unitName,
          slots: slots
            .slice(0, 30)
            .map((s) => ({ date: s.date, channelName: this.channelName(s.channel), title: taskTitle(s.planId, s.taskId) })),
          link: this.link(`/units/${unitId}/calendar`),
        });
      for (const r of await this.repo.recipients(unitId, editors, 'slot-due'))
        await add(this.put('slot-due', `${unitId}:${today}`, r, m(r.name), now));
    }

    // Items waiting for approval longer than N hours: once per submission, to the unit's leaders.
    const hours = this.config.reminders.approvalWaitHours;
    for (const item of await this.repo.itemsInReviewSince(new Date(now.getTime() - hours * 3600_000))) {
      for (const r of await this.repo.recipients(item.unitId, leaders, 'approval-wait')) {
        await add(
          this.put(
            'approval-wait',
            `${item.id}:${item.updatedAt}`,
            r,
            messages.approvalWait(r.name, { title: item.title, hours, link: this.link(`/items/${item.id}`) }),
            now,
          ),
        );
      }
    }

    // Submitted → the approvers; approved or rejected → the author; failed → the author (the last day's transitions).
    for (const t of await this.repo.transitionsSince(new Date(now.getTime() - DAY_MS))) {
      const by = t.actorName ?? 'Hệ thống';
      const link = this.link(`/items/${t.itemId}`);
      if (t.toStatus === 'in_review') {
        for (const r of await this.repo.recipients(t.unitId, leaders, 'item-submitted'))
          await add(this.put('item-submitted', t.id, r, messages.itemSubmitted(r.name, { title: t.title, by, link }), now));
        continue;
      }
      if (!t.createdBy) continue;
      const rule: ReminderRule =
        t.toStatus === 'approved' ? 'item-approved' : t.toStatus === 'rejected' ? 'item-rejected' : 'publication-failed';
      const author = await this.repo.person(t.createdBy, rule);
      if (!author) continue;
      const m =
        rule === 'item-approved'
          ? messages.itemApproved(author.name, { title: t.title, by, link })
          : rule === 'item-rejected'
            ? messages.itemRejected(author.name, { title: t.title, by, comment: t.comment, link })
            : messages.publicationFailed(author.name, { title: t.title, reason: t.comment ?? 'kênh từ chối hoặc không trả lời', link });
      await add(this.put(rule, t.id, author, m, now));
    }

    // Report deadlines, 7 and 2 days before, to the unit's leaders.
    const year = Number(today.slice(0, 4));
    for (const u of await this.repo.unitsWithPlans(year)) {
      const settings = (typeof u.settings === 'string' ? JSON.parse(u.settings) : u.settings) as { reportingWindows?: WindowScheme } | null;
      const doc = (typeof u.deadline === 'string' ? JSON.parse(u.deadline) : u.deadline) as PlanReading;
      for (const label of [`${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`, `${year}-H1`, `${year}-9M`, `${year}`]) {
        const w = withPlanDeadlines(
          parseReportingPeriod(label, settings?.reportingWindows ?? 'ministry'),
          [doc.reporting?.deadline ?? null],
          this.reference.workingDays,
        );
        const daysLeft = Math.round((Date.parse(`${w.dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
        if (daysLeft !== 7 && daysLeft !== 2) continue;
        for (const r of await this.repo.recipients(u.unitId, leaders, 'report-deadline')) {
          const m = messages.reportDeadline(r.name, {
            unitName: u.unitName,
            periodTitle: w.title,
            dueOn: w.dueOn,
            daysLeft,
            link: this.link(`/units/${u.unitId}/reports?period=${w.label}`),
          });
          await add(this.put('report-deadline', `${u.unitId}:${w.label}:${daysLeft}`, r, m, now));
        }
      }
    }

    // A weekly digest on Mondays (Vietnam) per editor and leader, per unit they work on.
    if (new Date(`${today}T00:00:00Z`).getUTCDay() === 1) {
      for (const r of await this.repo.digestRecipients()) {
        const f = await this.repo.digestFigures(r.unitId, today, addDays(today, 7), new Date(now.getTime() - 7 * DAY_MS));
        await add(
          this.put(
            'weekly-digest',
            `${r.unitId}:${today}`,
            r,
            messages.weeklyDigest(r.name, { unitName: r.unitName, ...f, link: this.link(`/units/${r.unitId}`) }),
            now,
          ),
        );
      }
    }
    return queued;
  }

  private async send(now: Date): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (const d of await this.repo.due(now, SEND_BATCH)) {
      if (!(await this.repo.claim(d.id, now, new Date(now.getTime() + LEASE_MS)))) continue;
      try {
        await this.mail.send({ to: d.email, subject: d.subject, text: d.textBody, html: d.htmlBody });
        await this.repo.markSent(d.id, this.clock.now());
        sent++;
      } catch (e) {
        const attempts = Number(d.attempts) + 1;
        const final = attempts >= this.config.reminders.maxAttempts;
        this.log.warn(`Gửi thư ${d.key} không được (lần ${attempts}): ${(e as Error).message}`);
        await this.repo.markFailed(d.id, attempts, (e as Error).message, new Date(now.getTime() + retryDelayMs(attempts)), final);
        failed++;
      }
    }
    return { sent, failed };
  }

  /** Outbox rows for admins: what failed, what waits. */
  async deliveries(actor: Actor, status: DeliveryStatus | null): Promise<DeliveryRow[]> {
    if (!AccessPolicy.isSystemAdmin(actor.principal))
      throw new DomainError('FORBIDDEN', 'Chỉ quản trị hệ thống xem được hàng đợi thư.', { required: 'system_admin' });
    return this.repo.list(status);
  }

  async preferences(actor: Actor): Promise<{ rule: ReminderRule; label: string; enabled: boolean }[]> {
    const userId = this.personOf(actor);
    const saved = await this.repo.preferences(userId);
    return reminderRules.map((rule) => ({ rule, label: reminderRuleLabels[rule], enabled: saved.get(rule) ?? true }));
  }

  async setPreferences(
    actor: Actor,
    changes: { rule: ReminderRule; enabled: boolean }[],
  ): Promise<{ rule: ReminderRule; label: string; enabled: boolean }[]> {
    const userId = this.personOf(actor);
    for (const c of changes) await this.repo.setPreference(userId, c.rule, c.enabled, this.clock.now());
    return this.preferences(actor);
  }

  private personOf(actor: Actor): string {
    if (!actor.principal.userId)
      throw new DomainError('FORBIDDEN', 'Khóa tích hợp không có tùy chọn nhắc việc; hãy đăng nhập bằng tài khoản.', { required: 'user' });
    return actor.principal.userId;
  }
}
