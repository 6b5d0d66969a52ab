/**
 * One plan of a unit is active once, even when two activations race past the service's check:
 * the unique index over (unitId, identityKey) among active plans (migration 1764400000001)
 * refuses the second on both databases, and the service answers it as PLAN_DUPLICATE.
 */
import { expect } from 'chai';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { parseConfig } from '../../config/env.schema.js';
import { AppModule } from '../../src/app.module.js';
import { systemActor } from '../../src/modules/access/principal.js';
import { migrate } from '../../src/modules/database/migrate.js';
import { PlanEntity } from '../../src/modules/plans/plan.entity.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { openReviewKeys } from '../../src/domain/plan/plan-identity.js';
import { seedTree, type Tree } from '../support/fixtures.js';
import { seedText } from '../support/seeds.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

describeEachDatabase('plan identity: one active plan per number, issuer and year', (kind) => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let tree: Tree;

  before(async () => {
    db = await createTestDatabase(kind);
    const config = parseConfig(
      { DATABASE_URL: db.url, LOG_LEVEL: 'silent', LOA_SECRET_KEYS: `k:${randomBytes(32).toString('base64')}` },
      process.cwd(),
    );
    await migrate(config.database);
    app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: false });
    tree = await seedTree(app);
  });
  after(async () => {
    await app?.close();
    await db?.drop();
  });

  it('the database refuses a second active plan with the same identity in a unit', async () => {
    const plans = app.get(PlansService);
    const first = await plans.import(systemActor, tree.communeA.id, Buffer.from(seedText('001')), '001.txt');
    await plans.activate(systemActor, first.id, first.rowVersion, { acknowledge: openReviewKeys(first.document) });
    const ds = app.get(DataSource);
    const copy = {
      ...(await ds.getRepository(PlanEntity).findOneByOrFail({ id: first.id })),
      id: '00000000-0000-4000-8000-000000000001',
      rowVersion: 1,
    };
    let refused: { code?: string; driverError?: { code?: string } } | null = null;
    await ds
      .getRepository(PlanEntity)
      .insert(copy as QueryDeepPartialEntity<PlanEntity>)
      .catch((err: unknown) => (refused = err as typeof refused));
    expect(String(refused!.driverError?.code ?? refused!.code)).to.be.oneOf(['23505', 'SQLITE_CONSTRAINT_UNIQUE']);
    await ds.getRepository(PlanEntity).insert({ ...copy, status: 'draft' } as QueryDeepPartialEntity<PlanEntity>);
    const drafts = await ds.getRepository(PlanEntity).countBy({ unitId: tree.communeA.id, identityKey: first.identityKey! });
    expect(drafts).to.equal(2);
  });

  it('the same plan in another unit is another plan', async () => {
    const plans = app.get(PlansService);
    const other = await plans.import(systemActor, tree.communeB.id, Buffer.from(seedText('001')), '001.txt');
    const { plan } = await plans.activate(systemActor, other.id, other.rowVersion, { acknowledge: openReviewKeys(other.document) });
    expect(plan.status).to.equal('active');
  });
});
