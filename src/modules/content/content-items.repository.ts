import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { ItemStatus } from '../../domain/content/content-workflow.js';
import { scopeToSubtrees } from '../access/subtree-scope.js';
import { newId } from '../common/ids.js';
import { ContentItemEntity } from './content-item.entity.js';
import { ItemTransitionEntity } from './item-transition.entity.js';

/** Every query over content items and their workflow history. Calls inside a transaction pass its manager. */
@Injectable()
export class ContentItemsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string, m: EntityManager = this.db.manager): Promise<ContentItemEntity | null> {
    return m.findOneBy(ContentItemEntity, { id });
  }

  async insert(m: EntityManager, item: ContentItemEntity): Promise<void> {
    await m.insert(ContentItemEntity, item as QueryDeepPartialEntity<ContentItemEntity>);
  }

  /**
   * Writes the item if its stored version is still `readVersion` (one conditional UPDATE, an
   * atomic compare-and-set), giving it version `readVersion + 1`. False when someone else wrote first.
   */
  async saveIfVersion(m: EntityManager, item: ContentItemEntity, readVersion: number, now: Date): Promise<boolean> {
    const { id, version: _v, ...fields } = item;
    const result = await m
      .createQueryBuilder()
      .update(ContentItemEntity)
      .set({ ...fields, updatedAt: now, version: readVersion + 1 } as QueryDeepPartialEntity<ContentItemEntity>)
      .where('id = :id AND version = :readVersion', { id, readVersion })
      .execute();
    return result.affected === 1;
  }

  /** The newest 500 items of units under the path prefixes (null: every unit), optionally in one status. */
  list(prefixes: string[] | null, status?: ItemStatus): Promise<ContentItemEntity[]> {
    const qb = this.db
      .getRepository(ContentItemEntity)
      .createQueryBuilder('i')
      .innerJoin('units', 'u', 'u.id = i.unitId')
      .orderBy('i.updatedAt', 'DESC')
      .limit(500);
    if (!scopeToSubtrees(qb, prefixes)) return Promise.resolve([]);
    if (status) qb.andWhere('i.status = :status', { status });
    return qb.getMany();
  }

  /** The unit's approved items, oldest first (the order a queue fill serves them). */
  approvedOfUnit(m: EntityManager, unitId: string): Promise<ContentItemEntity[]> {
    return m.find(ContentItemEntity, { where: { unitId, status: 'approved' }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Marks approved items scheduled (their version bumped) with one 'schedule' transition each, 500 per statement. */
  async scheduleMany(m: EntityManager, itemIds: readonly string[], actorUserId: string | null, now: Date): Promise<void> {
    for (let i = 0; i < itemIds.length; i += 500) {
      const chunk = itemIds.slice(i, i + 500);
      await m
        .createQueryBuilder()
        .update(ContentItemEntity)
        .set({ status: 'scheduled', version: () => '"version" + 1', updatedAt: now })
        .where({ id: In([...chunk]), status: 'approved' })
        .execute();
      await m.insert(
        ItemTransitionEntity,
        chunk.map((itemId) => ({
          id: newId(),
          itemId,
          action: 'schedule',
          fromStatus: 'approved',
          toStatus: 'scheduled',
          actorUserId,
          comment: null,
          at: now,
        })),
      );
    }
  }

  async insertTransition(m: EntityManager, transition: ItemTransitionEntity): Promise<void> {
    await m.insert(ItemTransitionEntity, transition);
  }

  transitionsOf(itemId: string): Promise<ItemTransitionEntity[]> {
    return this.db.getRepository(ItemTransitionEntity).find({ where: { itemId }, order: { at: 'ASC' } });
  }
}
