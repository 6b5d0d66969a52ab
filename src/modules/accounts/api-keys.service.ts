import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../domain/errors/domain-error.js';
import { AccessPolicy, notFound } from '../access/access-policy.js';
import { scopeToSubtrees } from '../access/subtree-scope.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import type { ApiKeyPurpose } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { UnitEntity } from '../units/unit.entity.js';
import { dispatchChannelsProblem } from './accounts.dto.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { API_KEY_PREFIX, newToken, tokenHash } from './tokens.js';

/** Integration keys: shown once at creation, stored hashed, scoped to a unit and a purpose. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UnitAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(
    actor: Actor,
    input: { unitId: string; purpose: ApiKeyPurpose; name: string; channels?: string[] },
  ): Promise<{ entity: ApiKeyEntity; key: string }> {
    // The edge checks it too; callers inside the process (the CLI, fixtures) meet the same rule.
    const problem = dispatchChannelsProblem(input.purpose, input.channels);
    if (problem) throw new DomainError('VALIDATION_FAILED', `${problem}.`, { field: 'channels', value: input.channels ?? null });
    const channels = input.purpose === 'dispatch' ? [...new Set(input.channels)] : null;
    return this.db.transaction(async (m) => {
      const unit = await this.access.unit(actor, input.unitId, 'unit_admin', undefined, m);
      if (actor.principal.kind !== 'user') {
        throw new DomainError('FORBIDDEN', 'Khóa tích hợp không được tạo khóa khác.', {});
      }
      const key = newToken(API_KEY_PREFIX);
      const entity: ApiKeyEntity = {
        id: newId(),
        name: input.name.normalize('NFC').trim(),
        unitId: unit.id,
        purpose: input.purpose,
        channels,
        keyHash: tokenHash(key),
        prefix: key.slice(0, 12),
        createdBy: actor.principal.userId ?? null,
        createdAt: this.clock.now(),
        revokedAt: null,
      };
      await m.insert(ApiKeyEntity, entity);
      await this.audit.record(m, actor, {
        unitId: unit.id,
        action: 'api-key.create',
        entity: 'api-key',
        entityId: entity.id,
        changes: { purpose: input.purpose, name: entity.name, ...(channels ? { channels } : {}) },
      });
      return { entity, key };
    });
  }

  async list(actor: Actor): Promise<ApiKeyEntity[]> {
    const prefixes = AccessPolicy.visiblePrefixes(actor.principal, 'unit_admin');
    if (prefixes !== null && prefixes.length === 0) {
      throw new DomainError('FORBIDDEN', 'Chỉ quản trị đơn vị được xem khóa tích hợp.', { required: 'unit_admin' });
    }
    const qb = this.db
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .innerJoin(UnitEntity, 'u', 'u.id = k.unitId')
      .orderBy('k.createdAt', 'DESC');
    scopeToSubtrees(qb, prefixes);
    return qb.getMany();
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const key = await m.findOneBy(ApiKeyEntity, { id });
      if (!key) throw notFound('api-key', id);
      const unit = await this.access.unit(actor, key.unitId, 'unit_admin', { entity: 'api-key', id }, m);
      if (key.revokedAt) return;
      await m.update(ApiKeyEntity, { id }, { revokedAt: this.clock.now() });
      await this.audit.record(m, actor, { unitId: unit.id, action: 'api-key.revoke', entity: 'api-key', entityId: id });
    });
  }
}
