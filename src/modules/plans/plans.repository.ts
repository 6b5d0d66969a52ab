import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { scopeToSubtrees } from '../access/subtree-scope.js';
import { PlanVersionEntity } from './plan-version.entity.js';
import { PlanEntity } from './plan.entity.js';

/** The columns a plan list shows (not the document or the source text). */
const LIST_COLUMNS = [
  'p.id',
  'p.unitId',
  'p.parentPlanId',
  'p.status',
  'p.version',
  'p.number',
  'p.issuedOn',
  'p.year',
  'p.sourceFormat',
  'p.sourceName',
  'p.createdAt',
  'p.updatedAt',
  'p.activatedAt',
  'p.activatedBy',
  'p.rowVersion',
];

/** Every query over plans and their versions. Calls inside a transaction pass its manager. */
@Injectable()
export class PlansRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string, m: EntityManager = this.db.manager): Promise<PlanEntity | null> {
    return m.findOneBy(PlanEntity, { id });
  }

  /** A unit's active plans, oldest first. */
  activeOfUnit(unitId: string): Promise<PlanEntity[]> {
    return this.db.getRepository(PlanEntity).find({ where: { unitId, status: 'active' }, order: { createdAt: 'ASC' } });
  }

  /** Plans of units under the path prefixes (null: every unit), newest first, without their documents. */
  list(prefixes: string[] | null): Promise<PlanEntity[]> {
    const qb = this.db
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .innerJoin('units', 'u', 'u.id = p.unitId')
      .select(LIST_COLUMNS)
      .orderBy('p.createdAt', 'DESC');
    return scopeToSubtrees(qb, prefixes) ? qb.getMany() : Promise.resolve([]);
  }

  async insert(m: EntityManager, plan: PlanEntity): Promise<void> {
    await m.insert(PlanEntity, plan as QueryDeepPartialEntity<PlanEntity>);
  }

  /** Writes the plan if its stored rowVersion is still the one read (atomic compare-and-set). False when someone else wrote first. */
  async saveIfRowVersion(m: EntityManager, plan: PlanEntity): Promise<boolean> {
    const { id, rowVersion, ...fields } = plan;
    const result = await m
      .createQueryBuilder()
      .update(PlanEntity)
      .set({ ...fields, rowVersion: rowVersion + 1 } as QueryDeepPartialEntity<PlanEntity>)
      .where('id = :id AND rowVersion = :rowVersion', { id, rowVersion })
      .execute();
    return result.affected === 1;
  }

  async insertVersion(m: EntityManager, version: PlanVersionEntity): Promise<void> {
    await m.insert(PlanVersionEntity, version as QueryDeepPartialEntity<PlanVersionEntity>);
  }

  versionsOf(planId: string): Promise<PlanVersionEntity[]> {
    return this.db.getRepository(PlanVersionEntity).find({ where: { planId }, order: { version: 'ASC' } });
  }

  /** A plan of the unit, not archived, with this identity (active first, then the oldest), other than `exceptId`. */
  findSameIdentity(m: EntityManager, unitId: string, identityKey: string, exceptId?: string): Promise<PlanEntity | null> {
    const qb = m
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .where('p.unitId = :unitId AND p.identityKey = :identityKey AND p.status <> :archived', { unitId, identityKey, archived: 'archived' })
      .orderBy('p.status', 'ASC')
      .addOrderBy('p.createdAt', 'ASC');
    if (exceptId) qb.andWhere('p.id <> :exceptId', { exceptId });
    return qb.getOne();
  }

  /** Ids of the plans of the given units with this number (and date of issue, when given). */
  async idsByNumber(m: EntityManager, unitIds: string[], number: string, issuedOn: string | null | undefined): Promise<string[]> {
    const rows = await m
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .select(['p.id'])
      .where('p.unitId IN (:...unitIds)', { unitIds })
      .andWhere('p.number = :number', { number })
      .andWhere(issuedOn ? 'p.issuedOn = :issuedOn' : '1=1', { issuedOn })
      .getMany();
    return rows.map((r) => r.id);
  }
}
