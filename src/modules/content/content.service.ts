import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { editableStatuses, type ItemAction, type ItemStatus, slotFreeStatuses, transition } from '../../domain/content/content-workflow.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { AccessPolicy, notFound } from '../access/access-policy.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import type { Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { SlotsRepository } from '../calendar/slots.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PlansRepository } from '../plans/plans.repository.js';
import { ReferenceData } from '../reference/reference-data.js';
import type { UnitEntity } from '../units/unit.entity.js';
import { ContentItemsRepository } from './content-items.repository.js';
import type { ContentItemEntity } from './content-item.entity.js';
import { sanitizeBody } from './html-sanitizer.js';
import type { ItemTransitionEntity } from './item-transition.entity.js';
import { ItemChecksService } from './item-checks.service.js';
import { WORKFLOW_OUTBOX, type WorkflowOutbox } from './workflow-outbox.js';

export const cchcTopics = ['the-che', 'tthc', 'to-chuc-bo-may', 'cong-vu', 'tai-chinh-cong', 'chinh-quyen-so'] as const;
export type CchcTopic = (typeof cchcTopics)[number];

export interface ItemFields {
  title?: string;
  summary?: string;
  body?: string;
  topic?: CchcTopic | null;
  tags?: string[];
  audience?: string | null;
  author?: string | null;
  channels?: string[];
  planId?: string | null;
  taskId?: string | null;
}

/** Content items of a unit and their workflow. Every write names the version it read (409 otherwise). */
@Injectable()
export class ContentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ContentItemsRepository,
    private readonly plans: PlansRepository,
    private readonly slots: SlotsRepository,
    private readonly notifications: NotificationsService,
    private readonly access: UnitAccess,
    private readonly reference: ReferenceData,
    private readonly checks: ItemChecksService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Optional() @Inject(WORKFLOW_OUTBOX) private readonly outbox?: WorkflowOutbox,
  ) {}

  async create(actor: Actor, unitId: string, fields: ItemFields & { title: string; channels: string[] }): Promise<ContentItemEntity> {
    const unit = await this.access.unit(actor, unitId, 'editor');
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      const item: ContentItemEntity = {
        id: newId(),
        unitId: unit.id,
        planId: null,
        taskId: null,
        channels: [],
        title: '',
        summary: '',
        body: '',
        topic: null,
        tags: [],
        audience: null,
        author: null,
        createdBy: actor.principal.userId ?? null,
        status: 'draft',
        attachments: [],
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await this.apply(m, actor, unit, item, fields);
      await this.items.insert(m, item);
      await this.audit.record(m, actor, {
        unitId: unit.id,
        action: 'item.create',
        entity: 'item',
        entityId: item.id,
        changes: { title: item.title, channels: item.channels },
      });
      return item;
    });
  }

  async get(actor: Actor, id: string, role: Role = 'viewer'): Promise<{ item: ContentItemEntity; unit: UnitEntity }> {
    const item = await this.items.findById(id);
    if (!item) throw notFound('item', id);
    const unit = await this.access.unit(actor, item.unitId, role, { entity: 'item', id });
    return { item, unit };
  }

  async list(actor: Actor, q: { unitId?: string; status?: ItemStatus }): Promise<ContentItemEntity[]> {
    const prefixes = q.unitId ? [(await this.access.unit(actor, q.unitId, 'viewer')).path] : AccessPolicy.visiblePrefixes(actor.principal);
    return this.items.list(prefixes, q.status);
  }

  /** What keeps the item from approval, per target channel (empty when none). */
  async problems(actor: Actor, id: string) {
    const { item } = await this.get(actor, id);
    return this.checks.check(this.db.manager, item);
  }

  /** The item's workflow history, oldest first, each step with the name of the person who took it. */
  async history(actor: Actor, id: string): Promise<(ItemTransitionEntity & { actorName: string })[]> {
    await this.get(actor, id);
    const steps = await this.items.transitionsOf(id);
    const names = await this.audit.actorNames(steps);
    return steps.map((t, i) => Object.assign(t, { actorName: names[i]! }));
  }

  /** Edits the text; an item under review or rejected goes back to draft. Approved or later items must be reopened first. */
  async update(actor: Actor, id: string, version: number, fields: ItemFields): Promise<ContentItemEntity> {
    return this.db.transaction(async (m) => {
      const { item, unit } = await this.load(m, actor, id, 'editor');
      assertVersion(item, version);
      if (!editableStatuses.includes(item.status)) {
        throw new DomainError('ITEM_NOT_EDITABLE', 'Nội dung đã duyệt hoặc đã lên lịch: hãy mở lại nội dung trước khi sửa.', {
          status: item.status,
        });
      }
      await this.apply(m, actor, unit, item, fields);
      if (item.status !== 'draft') await this.record(m, actor, item, 'reopen', 'draft', 'Sửa nội dung');
      item.status = 'draft';
      await this.save(m, item, version);
      await this.audit.record(m, actor, {
        unitId: unit.id,
        action: 'item.update',
        entity: 'item',
        entityId: id,
        changes: { fields: Object.keys(fields) },
      });
      return item;
    });
  }

  /**
   * A move of the workflow by a person (submit, approve, reject, reopen, publish, withdraw).
   * The rules of a move are here, for every caller: approval needs the channel checks to
   * pass; an item that goes back (rejected, withdrawn, reopened) leaves its calendar slots;
   * submitting, approving and rejecting notify the author and the approvers.
   */
  async act(actor: Actor, id: string, version: number, action: ItemAction, comment: string | undefined): Promise<ContentItemEntity> {
    return this.db.transaction(async (m) => {
      const { item, unit } = await this.load(m, actor, id, 'viewer');
      assertVersion(item, version);
      const role = AccessPolicy.roleOn(actor.principal, unit.path) ?? 'viewer';
      const to = transition({ action, from: item.status, comment, approvalOptional: unit.settings?.requiresApproval === false, role });
      if (action === 'approve') {
        const problems = await this.checks.check(m, item);
        if (problems.length > 0) {
          throw new DomainError(
            'ITEM_CHECKS_FAILED',
            `Chưa duyệt được: nội dung chưa đạt yêu cầu của kênh.\n${problems.map((p) => `- ${p.message}`).join('\n')}`,
            { problems },
          );
        }
        await this.outbox?.assertAccounts(m, item);
      }
      if (action === 'publish') await this.outbox?.enqueueNow(m, item);
      if (slotFreeStatuses.includes(to)) await this.slots.releaseItem(m, item.id);
      await this.record(m, actor, item, action, to, comment ?? null);
      item.status = to;
      await this.save(m, item, version);
      await this.notifications.itemMoved(
        m,
        actor,
        { id: item.id, unitId: unit.id, unitPath: unit.path, title: item.title, createdBy: item.createdBy },
        action,
        comment ?? null,
      );
      await this.audit.record(m, actor, {
        unitId: unit.id,
        action: `item.${action}`,
        entity: 'item',
        entityId: id,
        changes: { to, comment: comment ?? null },
      });
      return item;
    });
  }

  /** A move taken by the queue or dispatch inside their own transaction. */
  async systemMove(
    m: EntityManager,
    actor: Actor,
    item: ContentItemEntity,
    action: ItemAction,
    comment: string | null = null,
  ): Promise<void> {
    const to = transition({ action, from: item.status, approvalOptional: false, role: 'system_admin', bySystem: true });
    await this.record(m, actor, item, action, to, comment);
    const version = item.version;
    item.status = to;
    await this.save(m, item, version);
  }

  async load(m: EntityManager, actor: Actor, id: string, role: Role): Promise<{ item: ContentItemEntity; unit: UnitEntity }> {
    const item = await this.items.findById(id, m);
    if (!item) throw notFound('item', id);
    const unit = await this.access.unit(actor, item.unitId, role, { entity: 'item', id });
    return { item, unit };
  }

  /** Writes the item if its version is still the one read (atomic compare-and-set). */
  async save(m: EntityManager, item: ContentItemEntity, readVersion: number): Promise<void> {
    const now = this.clock.now();
    if (!(await this.items.saveIfVersion(m, item, readVersion, now))) throw versionConflict(item.id, readVersion);
    item.version = readVersion + 1;
    item.updatedAt = now;
  }

  private async record(
    m: EntityManager,
    actor: Actor,
    item: ContentItemEntity,
    action: string,
    to: ItemStatus,
    comment: string | null,
  ): Promise<void> {
    await this.items.insertTransition(m, {
      id: newId(),
      itemId: item.id,
      action,
      fromStatus: item.status,
      toStatus: to,
      actorUserId: actor.principal.userId ?? null,
      comment,
      at: this.clock.now(),
    });
  }

  private async apply(m: EntityManager, _actor: Actor, unit: UnitEntity, item: ContentItemEntity, f: ItemFields): Promise<void> {
    if (f.title !== undefined) item.title = f.title.normalize('NFC').trim();
    if (f.summary !== undefined) item.summary = f.summary.normalize('NFC').trim();
    if (f.body !== undefined) item.body = sanitizeBody(f.body.normalize('NFC')).html;
    if (f.topic !== undefined) item.topic = f.topic;
    if (f.tags !== undefined) item.tags = [...new Set(f.tags.map((t) => t.normalize('NFC').trim()).filter(Boolean))];
    if (f.audience !== undefined) item.audience = f.audience;
    if (f.author !== undefined) item.author = f.author;
    if (f.channels !== undefined) {
      this.reference.channels.assertKnown(f.channels);
      item.channels = [...new Set(f.channels)];
    }
    if (f.planId !== undefined || f.taskId !== undefined) {
      const planId = f.planId === undefined ? item.planId : f.planId;
      const taskId = f.taskId === undefined ? item.taskId : f.taskId;
      if (planId) {
        const plan = await this.plans.findById(planId, m);
        if (!plan || plan.unitId !== unit.id) throw notFound('plan', planId);
        if (taskId && !plan.document.tasks.some((t) => t.id === taskId)) throw notFound('task', taskId);
      } else if (taskId) {
        throw new DomainError('VALIDATION_FAILED', 'Cần chọn kế hoạch trước khi chọn nhiệm vụ.', {
          fields: [{ field: 'planId', constraints: ['required'] }],
        });
      }
      item.planId = planId ?? null;
      item.taskId = taskId ?? null;
    }
  }
}

function assertVersion(item: ContentItemEntity, version: number): void {
  if (item.version !== version) throw versionConflict(item.id, item.version);
}

function versionConflict(id: string, current: number): DomainError {
  return new DomainError('VERSION_CONFLICT', 'Nội dung vừa được người khác sửa. Hãy tải lại bản mới nhất rồi sửa tiếp.', {
    itemId: id,
    currentVersion: current,
  });
}
