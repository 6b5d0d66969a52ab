import { expect } from 'chai';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { parseConfig } from '../../config/env.schema.js';
import { AppModule } from '../../src/app.module.js';
import { systemActor, type Actor } from '../../src/modules/access/principal.js';
import { AuthService } from '../../src/modules/accounts/auth.service.js';
import { UsersService } from '../../src/modules/accounts/users.service.js';
import { Clock } from '../../src/modules/common/clock.js';
import { migrate } from '../../src/modules/database/migrate.js';
import { SecretsService } from '../../src/modules/secrets/secrets.service.js';
import { UnitsService } from '../../src/modules/units/units.service.js';
import { seedTree, type Tree } from '../support/fixtures.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

class FixedClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

const key = () => randomBytes(32).toString('base64');

describeEachDatabase('foundation services', (kind) => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let tree: Tree;
  const clock = new FixedClock(new Date('2024-03-11T17:30:00.000Z'));
  const k1 = key();

  const context = async (keys: string) => {
    const config = parseConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', LOA_SECRET_KEYS: keys }, process.cwd());
    await migrate(config.database);
    return NestFactory.createApplicationContext(AppModule.forRoot(config, { clock }), { logger: false });
  };

  before(async () => {
    db = await createTestDatabase(kind);
    app = await context(`k1:${k1}`);
    tree = await seedTree(app);
  });
  after(async () => {
    await app?.close();
    await db?.drop();
  });

  it('runs migrations once: a second run has nothing to do', async () => {
    expect(await migrate(db.config)).to.deep.equal([]);
  });

  it('stores instants as UTC, whatever the local clock reads', async () => {
    const rows = (await app.get(DataSource).query(`SELECT "createdAt" FROM units WHERE id = '${tree.communeA.id}'`)) as {
      createdAt: string;
    }[];
    expect(rows[0].createdAt).to.equal('2024-03-11T17:30:00.000Z');
    const unit = await app.get(UnitsService).get(systemActor, tree.communeA.id);
    expect(unit.createdAt.getTime()).to.equal(clock.at.getTime());
  });

  it('keeps a tree of any depth with paths and depths', async () => {
    const units = app.get(UnitsService);
    let parent = tree.village;
    for (let i = 0; i < 4; i++) parent = await units.create(systemActor, { parentId: parent.id, name: `Tổ ${i}`, level: 'group' });
    expect(parent.depth).to.equal(6);
    expect(parent.path.startsWith(tree.communeA.path)).to.equal(true);
  });

  it('scopes unit lists to what the caller may see', async () => {
    const auth = app.get(AuthService);
    const actor: Actor = {
      principal: { kind: 'user', userId: tree.users.foreign.id, grants: await auth.grantsOf(tree.users.foreign.id) },
      requestId: null,
    };
    const seen = (await app.get(UnitsService).list(actor)).map((u) => u.id);
    expect(seen).to.include(tree.communeB.id);
    expect(seen).not.to.include(tree.communeA.id);
    expect(seen).not.to.include(tree.province.id);
  });

  it('refuses to let a unit admin grant a role above its own', async () => {
    const auth = app.get(AuthService);
    const actor: Actor = {
      principal: { kind: 'user', userId: tree.users.unitAdmin.id, grants: await auth.grantsOf(tree.users.unitAdmin.id) },
      requestId: null,
    };
    try {
      await app.get(UsersService).addGrant(actor, tree.users.viewer.id, tree.communeA.id, 'system_admin');
      expect.fail('should refuse');
    } catch (e) {
      expect((e as { code: string }).code).to.equal('FORBIDDEN');
    }
  });

  it('re-seals secrets under a new key after rotation', async () => {
    await app.get(SecretsService).put(systemActor, tree.communeA.id, 'zalo-oa.refresh-token', 'rt-1');
    await app.close();
    app = await context(`k2:${key()},k1:${k1}`);
    const secrets = app.get(SecretsService);
    expect(await secrets.reveal(tree.communeA.id, 'zalo-oa.refresh-token')).to.equal('rt-1');
    expect(await secrets.reseal()).to.be.greaterThan(0);
    const listed = await secrets.list(systemActor, tree.communeA.id);
    expect(listed.every((s) => s.keyId === 'k2')).to.equal(true);
    expect(await secrets.reveal(tree.communeA.id, 'zalo-oa.refresh-token')).to.equal('rt-1');
  });
});
