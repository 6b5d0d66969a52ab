import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ItemAction } from '../../domain/content/content-workflow.js';
import type { Actor } from '../access/principal.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';

/** One notification to write: to a person, about something of a unit. */
export interface NewNotification {
  userId: string | null;
  unitId: string;
  /** Stable English kind, e.g. 'item.moved', 'item.submitted'. */
  kind: string;
  /** What the person reads, in Vietnamese. */
  message: string;
  data?: Record<string, unknown> | null;
}

/** What a workflow notification is about. */
export interface WorkflowItem {
  id: string;
  unitId: string;
  /** The unit's path (`/province/…/commune/`): approvers of the unit and of its ancestors are told. */
  unitPath: string;
  title: string;
  createdBy: string | null;
}

const WORKFLOW_KINDS: Partial<Record<ItemAction, string>> = { submit: 'item.submitted', approve: 'item.approved', reject: 'item.rejected' };

/**
 * The one way notifications are written (in-app now; e-mail comes with reports): every writer
 * goes through `notify`, inside its own transaction, so a notification exists exactly when the
 * change it tells of was committed.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  async notify(m: EntityManager, notes: readonly NewNotification[]): Promise<void> {
    const now = this.clock.now();
    const rows: NotificationEntity[] = notes.map((n) => ({
      id: newId(),
      userId: n.userId,
      unitId: n.unitId,
      kind: n.kind,
      message: n.message,
      data: n.data ?? null,
      createdAt: now,
      readAt: null,
    }));
    await this.repository.insertMany(m, rows);
  }

  /**
   * Submitting, approving and rejecting tell the item's author and the approvers of its unit
   * (approvers and unit admins of the unit or an ancestor), never the person who acted. Other
   * moves tell nobody.
   */
  async itemMoved(m: EntityManager, actor: Actor, item: WorkflowItem, action: ItemAction, comment: string | null): Promise<void> {
    const kind = WORKFLOW_KINDS[action];
    if (!kind) return;
    const units = item.unitPath.split('/').filter(Boolean);
    const approvers = await this.repository.usersWithRole(m, units, ['approver', 'unit_admin']);
    const recipients = [...new Set([...(item.createdBy ? [item.createdBy] : []), ...approvers])].filter(
      (u) => u !== actor.principal.userId,
    );
    const message = workflowMessage(action, item.title, comment);
    await this.notify(
      m,
      recipients.map((userId) => ({
        userId,
        unitId: item.unitId,
        kind,
        message,
        data: { itemId: item.id, action, by: actor.principal.userId ?? null, comment },
      })),
    );
  }

  /** The user's own notifications, newest first. */
  async list(
    userId: string,
  ): Promise<{ id: string; kind: string; message: string; data: Record<string, unknown> | null; createdAt: string; read: boolean }[]> {
    const rows = await this.repository.ofUser(userId, 200);
    return rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      message: n.message,
      data: n.data,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    }));
  }

  /** Marks one of the user's notifications read; false when the user has none of that id (another user's is not theirs). */
  async markRead(userId: string, id: string): Promise<boolean> {
    return (await this.repository.markRead(userId, id, this.clock.now())) !== 'missing';
  }
}

function workflowMessage(action: ItemAction, title: string, comment: string | null): string {
  if (action === 'submit') return `"${title}" được gửi duyệt.`;
  if (action === 'approve') return `"${title}" đã được duyệt.`;
  return `"${title}" bị trả lại${comment ? `: ${comment}` : '.'}`;
}
