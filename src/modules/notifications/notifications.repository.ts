import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { RoleGrantEntity } from '../accounts/role-grant.entity.js';
import { UserEntity } from '../accounts/user.entity.js';
import { NotificationEntity } from './notification.entity.js';

/** Every query over notifications, and the one over accounts they need (who approves on a unit). */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertMany(m: EntityManager, rows: NotificationEntity[]): Promise<void> {
    if (rows.length > 0) await m.insert(NotificationEntity, rows as QueryDeepPartialEntity<NotificationEntity>[]);
  }

  /** A user's newest notifications (at most `limit`). */
  ofUser(userId: string, limit: number): Promise<NotificationEntity[]> {
    return this.db.getRepository(NotificationEntity).find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** Marks the user's notification read; 'missing' when the user has no notification of that id. */
  async markRead(userId: string, id: string, at: Date): Promise<'read' | 'already' | 'missing'> {
    const r = await this.db.getRepository(NotificationEntity).update({ id, userId, readAt: IsNull() }, { readAt: at });
    if (r.affected === 1) return 'read';
    return (await this.db.getRepository(NotificationEntity).existsBy({ id, userId })) ? 'already' : 'missing';
  }

  /** Active users holding one of the roles on one of the units (not system-wide grants). */
  async usersWithRole(m: EntityManager, unitIds: string[], roles: RoleGrantEntity['role'][]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const grants = await m.find(RoleGrantEntity, { where: { unitId: In(unitIds), role: In(roles) } });
    const userIds = [...new Set(grants.map((g) => g.userId))];
    if (userIds.length === 0) return [];
    const active = await m.find(UserEntity, { select: { id: true }, where: { id: In(userIds), active: true } });
    return active.map((u) => u.id).sort();
  }
}
