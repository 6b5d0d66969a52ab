import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, type EntityTarget, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../access/principal.js';
import { UnitAccess } from '../access/unit-access.service.js';
import { Clock } from '../common/clock.js';
import { ApiKeyEntity } from '../accounts/api-key.entity.js';
import { UserEntity } from '../accounts/user.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { ContentItemEntity } from '../content/content-item.entity.js';
import { ChannelAccountEntity } from '../dispatch/channel-account.entity.js';
import { PublicationEntity } from '../dispatch/publication.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export type AuditEntryWithActor = AuditEntryEntity & { actorName: string; entityName: string | null };

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
      .then(async (entries) => this.withEntityNames(await this.withActorNames(entries)));
  }

  /** Who did it, as a person reads it: the user's name, the API key's name, or the system. */
  private async withActorNames(entries: AuditEntryEntity[]): Promise<(AuditEntryEntity & { actorName: string })[]> {
    const names = await this.actorNames(entries);
    return entries.map((e, i) => ({ ...e, actorName: names[i]! }));
  }

  /**
   * The name people read for each actor of a record (an audit entry, an item's transition): the
   * user's name and login, the API key's name, "Hệ thống" when no person or key acted, or
   * "Không rõ (đã xóa)" when the actor no longer exists. One answer per record, in order.
   */
  async actorNames(records: readonly { actorUserId: string | null; actorApiKeyId?: string | null }[]): Promise<string[]> {
    const userIds = [...new Set(records.map((e) => e.actorUserId).filter((id): id is string => !!id))];
    const keyIds = [...new Set(records.map((e) => e.actorApiKeyId).filter((id): id is string => !!id))];
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
    return records.map(
      (e) =>
        (e.actorUserId && userName.get(e.actorUserId)) ||
        (e.actorApiKeyId && keyName.get(e.actorApiKeyId)) ||
        (e.actorUserId || e.actorApiKeyId ? 'Không rõ (đã xóa)' : 'Hệ thống'),
    );
  }

  /**
   * What it was done to, as a person reads it: the item's or plan's title, the unit's, account's
   * or key's name, the user's name. null when the object has no name or is gone. The entries
   * are already limited to the caller's subtree, and so are the objects they name.
   */
  private async withEntityNames(entries: (AuditEntryEntity & { actorName: string })[]): Promise<AuditEntryWithActor[]> {
    const idsOf = (...entities: string[]) => [
      ...new Set(entries.filter((e) => entities.includes(e.entity) && e.entityId !== null).map((e) => e.entityId as string)),
    ];
    const names = new Map<string, string>();
    const key = (entity: string, id: string) => `${entity}/${id}`;
    const load = async <T extends { id: string }>(
      entity: EntityTarget<T>,
      ids: string[],
      select: (keyof T & string)[],
      name: (row: T) => string | null,
      ...as: string[]
    ) => {
      if (ids.length === 0) return [] as T[];
      const rows = (await this.db
        .getRepository(entity)
        .find({ select: Object.fromEntries(['id', ...select].map((c) => [c, true])) as never, where: { id: In(ids) } as never })) as T[];
      for (const r of rows) {
        const n = name(r);
        if (n) for (const a of as) names.set(key(a, r.id), n);
      }
      return rows;
    };
    const userIds = idsOf('user');
    const itemIds = new Set(idsOf('item'));
    const publications = await load(PublicationEntity, idsOf('publication'), ['itemId', 'channel'], () => null);
    for (const p of publications) itemIds.add(p.itemId);
    await Promise.all([
      load(UserEntity, userIds, ['displayName', 'username'], (u) => `${u.displayName} (${u.username})`, 'user'),
      load(UnitEntity, idsOf('unit'), ['name'], (u) => u.name, 'unit'),
      load(ApiKeyEntity, idsOf('api-key'), ['name'], (k) => k.name, 'api-key'),
      load(ChannelAccountEntity, idsOf('channel-account'), ['name'], (a) => a.name, 'channel-account'),
      load(ContentItemEntity, [...itemIds], ['title'], (i) => i.title, 'item'),
      load(
        PlanEntity,
        idsOf('plan'),
        ['number', 'document'],
        (p) => [p.number ? `Kế hoạch ${p.number}` : null, p.document?.title ?? null].filter(Boolean).join(': ') || null,
        'plan',
      ),
    ]);
    for (const p of publications) {
      const title = names.get(key('item', p.itemId));
      if (title) names.set(key('publication', p.id), title);
    }
    return entries.map((e) => ({
      ...e,
      entityName: e.entityId === null ? null : e.entity === 'secret' ? e.entityId : (names.get(key(e.entity, e.entityId)) ?? null),
    }));
  }
}
