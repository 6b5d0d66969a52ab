import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../access/principal.js';
import { UnitAccess } from '../access/unit-access.service.js';
import { Clock } from '../common/clock.js';
import { ApiKeyEntity } from '../accounts/api-key.entity.js';
import { UserEntity } from '../accounts/user.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export type AuditEntryWithActor = AuditEntryEntity & { actorName: string };

export interface AuditRecord {
  unitId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes?: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly access: UnitAccess,
  ) {}

  /** Records a change; pass the transaction's manager so the entry commits with the change. */
  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      at: this.clock.now(),
      actorUserId: actor.principal.userId ?? null,
      actorApiKeyId: actor.principal.apiKeyId ?? null,
      unitId: record.unitId,
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      changes: record.changes ?? null,
      requestId: actor.requestId,
    } as QueryDeepPartialEntity<AuditEntryEntity>);
  }

  /** The audit trail of a unit's subtree, newest first, each entry with its actor's name; unit admins only. */
  async listForUnit(actor: Actor, unitId: string, limit = 100): Promise<AuditEntryWithActor[]> {
    const unit = await this.access.unit(actor, unitId, 'unit_admin');
    return this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .innerJoin(UnitEntity, 'u', 'u.id = a.unitId')
      .where('u.path LIKE :prefix', { prefix: `${unit.path}%` })
      .orderBy('a.id', 'DESC')
      .limit(Math.min(Math.max(limit, 1), 1000))
      .getMany()
      .then((entries) => this.withActorNames(entries));
  }

  /** Who did it, as a person reads it: the user's name, the API key's name, or the system. */
  private async withActorNames(entries: AuditEntryEntity[]): Promise<AuditEntryWithActor[]> {
    const userIds = [...new Set(entries.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
    const keyIds = [...new Set(entries.map((e) => e.actorApiKeyId).filter((id): id is string => id !== null))];
    const users = userIds.length
      ? await this.db
          .getRepository(UserEntity)
          .find({ select: { id: true, displayName: true, username: true }, where: { id: In(userIds) } })
      : [];
    const keys = keyIds.length
      ? await this.db.getRepository(ApiKeyEntity).find({ select: { id: true, name: true }, where: { id: In(keyIds) } })
      : [];
    const userName = new Map(users.map((u) => [u.id, `${u.displayName} (${u.username})`]));
    const keyName = new Map(keys.map((k) => [k.id, `Khóa API “${k.name}”`]));
    return entries.map((e) => ({
      ...e,
      actorName:
        (e.actorUserId && userName.get(e.actorUserId)) ||
        (e.actorApiKeyId && keyName.get(e.actorApiKeyId)) ||
        (e.actorUserId || e.actorApiKeyId ? 'Không rõ (đã xóa)' : 'Hệ thống'),
    }));
  }
}
