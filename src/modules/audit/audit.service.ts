import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../access/principal.js';
import { UnitAccess } from '../access/unit-access.service.js';
import { Clock } from '../common/clock.js';
import { UnitEntity } from '../units/unit.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

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

  /** The audit trail of a unit's subtree, newest first; unit admins only. */
  async listForUnit(actor: Actor, unitId: string, limit = 100): Promise<AuditEntryEntity[]> {
    const unit = await this.access.unit(actor, unitId, 'unit_admin');
    return this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .innerJoin(UnitEntity, 'u', 'u.id = a.unitId')
      .where('u.path LIKE :prefix', { prefix: `${unit.path}%` })
      .orderBy('a.id', 'DESC')
      .limit(Math.min(Math.max(limit, 1), 1000))
      .getMany();
  }
}

