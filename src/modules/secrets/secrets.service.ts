import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { SecretBox } from './secret-box.js';
import { SecretEntity } from './secret.entity.js';

/** Channel secrets (tokens, passwords) of a unit, sealed at rest. Values never leave through the API. */
@Injectable()
export class SecretsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly box: SecretBox,
    private readonly access: UnitAccess,
    private readonly channels: ChannelCatalogue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async put(actor: Actor, unitId: string, name: string, value: string): Promise<{ name: string; keyId: string; updatedAt: Date }> {
    await this.access.unit(actor, unitId, 'unit_admin');
    if (!/^[a-z0-9][a-z0-9._-]{0,99}$/.test(name)) {
      throw new DomainError('SECRET_NAME_INVALID', 'Tên bí mật chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.', {
        name,
      });
    }
    // A channel credential is named `<channel>.<key>` by the channel catalogue, which checks the key against the channel's adapter.
    const [channel, ...key] = name.split('.');
    if (key.length > 0 && this.channels.has(channel!)) this.channels.secretName(channel!, key.join('.'));
    return this.db.transaction(async (m) => {
      const stored = await this.store(m, unitId, name, value);
      await this.audit.record(m, actor, {
        unitId,
        action: 'secret.put',
        entity: 'secret',
        entityId: name,
        changes: { keyId: stored.keyId },
      });
      return stored;
    });
  }

  /** Seals and stores a value inside the caller's transaction (the caller checks access and audits). */
  async store(m: EntityManager, unitId: string, name: string, value: string): Promise<{ name: string; keyId: string; updatedAt: Date }> {
    const sealed = this.box.seal(value, `${unitId}/${name}`);
    const now = this.clock.now();
    const existing = await m.findOneBy(SecretEntity, { unitId, name });
    if (existing) {
      await m.update(SecretEntity, { id: existing.id }, { ...sealed, updatedAt: now });
    } else {
      await m.insert(SecretEntity, { id: newId(), unitId, name, ...sealed, createdAt: now, updatedAt: now });
    }
    return { name, keyId: sealed.keyId, updatedAt: now };
  }

  async remove(m: EntityManager, unitId: string, name: string): Promise<void> {
    await m.delete(SecretEntity, { unitId, name });
  }

  async list(actor: Actor, unitId: string): Promise<{ name: string; keyId: string; updatedAt: Date }[]> {
    await this.access.unit(actor, unitId, 'unit_admin');
    const rows = await this.db.getRepository(SecretEntity).find({ where: { unitId }, order: { name: 'ASC' } });
    return rows.map((r) => ({ name: r.name, keyId: r.keyId, updatedAt: r.updatedAt }));
  }

  /** For channel adapters: the plain value, never exposed over HTTP. */
  async reveal(unitId: string, name: string, m: EntityManager = this.db.manager): Promise<string> {
    const row = await m.findOneBy(SecretEntity, { unitId, name });
    if (!row) throw new DomainError('SECRET_MISSING', 'Đơn vị chưa cấu hình bí mật này cho kênh.', { unitId, name });
    return this.box.open(row, `${unitId}/${name}`);
  }

  /** Re-seals every secret under the active key (key rotation). Returns how many moved. */
  async reseal(): Promise<number> {
    return this.db.transaction(async (m) => {
      const rows = await m.find(SecretEntity);
      let moved = 0;
      for (const row of rows) {
        if (row.keyId === this.box.activeKeyId) continue;
        const ctx = `${row.unitId}/${row.name}`;
        const sealed = this.box.seal(this.box.open(row, ctx), ctx);
        await m.update(SecretEntity, { id: row.id }, sealed);
        moved++;
      }
      return moved;
    });
  }
}
