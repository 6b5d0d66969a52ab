import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../domain/errors/domain-error.js';
import { AccessPolicy, notFound } from '../access/access-policy.js';
import type { Actor } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import type { UnitSettings } from './unit.entity.js';
import { UnitEntity } from './unit.entity.js';
import { UnitsRepository } from './units.repository.js';

export interface NewUnit {
  parentId?: string | null;
  name: string;
  level: string;
  code?: string | null;
}

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: UnitsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, id: string): Promise<UnitEntity> {
    const unit = await this.units.findById(id);
    if (!unit) throw notFound('unit', id);
    AccessPolicy.assert(actor.principal, unit.path, 'viewer', { entity: 'unit', id });
    return unit;
  }

  list(actor: Actor): Promise<UnitEntity[]> {
    return this.units.findUnder(AccessPolicy.visiblePrefixes(actor.principal));
  }

  async create(actor: Actor, input: NewUnit): Promise<UnitEntity> {
    return this.db.transaction(async (m) => {
      let parent: UnitEntity | null = null;
      if (input.parentId) {
        parent = await this.units.findById(input.parentId, m);
        if (!parent) throw notFound('unit', input.parentId);
        AccessPolicy.assert(actor.principal, parent.path, 'unit_admin', { entity: 'unit', id: parent.id });
      } else if (!AccessPolicy.isSystemAdmin(actor.principal)) {
        throw new DomainError('FORBIDDEN', 'Chỉ quản trị hệ thống được tạo đơn vị cấp cao nhất.', {});
      }
      if (input.code && (await this.units.findByCode(input.code, m))) {
        throw new DomainError('UNIT_CODE_TAKEN', 'Mã đơn vị đã được dùng cho một đơn vị khác.', { code: input.code });
      }
      const id = newId();
      const now = this.clock.now();
      const unit: UnitEntity = {
        id,
        parentId: parent?.id ?? null,
        code: input.code ?? null,
        name: input.name.normalize('NFC').trim(),
        level: input.level,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: (parent?.depth ?? -1) + 1,
        settings: {},
        createdAt: now,
        updatedAt: now,
      };
      await m.insert(UnitEntity, unit);
      await this.audit.record(m, actor, {
        unitId: id,
        action: 'unit.create',
        entity: 'unit',
        entityId: id,
        changes: { name: unit.name, level: unit.level, parentId: unit.parentId },
      });
      return unit;
    });
  }

  async update(actor: Actor, id: string, patch: { name?: string; level?: string; settings?: UnitSettings }): Promise<UnitEntity> {
    return this.db
      .transaction(async (m) => {
        const unit = await this.units.findById(id, m);
        if (!unit) throw notFound('unit', id);
        AccessPolicy.assert(actor.principal, unit.path, 'unit_admin', { entity: 'unit', id });
        const changes: Partial<UnitEntity> = { updatedAt: this.clock.now() };
        if (patch.name !== undefined) changes.name = patch.name.normalize('NFC').trim();
        if (patch.level !== undefined) changes.level = patch.level;
        if (patch.settings !== undefined) changes.settings = { ...unit.settings, ...patch.settings };
        await m.update(UnitEntity, { id }, changes);
        const { updatedAt: _ignored, ...audited } = changes;
        await this.audit.record(m, actor, { unitId: id, action: 'unit.update', entity: 'unit', entityId: id, changes: audited });
        return { ...unit, ...changes };
      })
      .finally(() => this.units.forget(id));
  }
}
