/**
 * The service tier (issue 11 item 8): the application's real services on a real database
 * (SQLite file or PostgreSQL), without HTTP, as immich's "medium" tests. Each spec gets a
 * fresh database, migrated, and a clock it can move.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../config/env.schema.js';
import { AppModule } from '../../../src/app.module.js';
import type { Actor } from '../../../src/modules/access/principal.js';
import { AuthService } from '../../../src/modules/accounts/auth.service.js';
import { Clock } from '../../../src/modules/common/clock.js';
import { migrate } from '../../../src/modules/database/migrate.js';
import { createTestDatabase, type DbKind, type TestDatabase } from '../../support/test-databases.js';

/** A clock the test sets. */
export class MovableClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
  set(iso: string): void {
    this.at = new Date(iso);
  }
}

export interface ServiceContext {
  app: INestApplicationContext;
  db: TestDatabase;
  clock: MovableClock;
  close(): Promise<void>;
}

export async function startServices(kind: DbKind, at: string, extra: Record<string, string> = {}): Promise<ServiceContext> {
  const db = await createTestDatabase(kind);
  const dataDir = mkdtempSync(join(tmpdir(), 'loa-services-'));
  const config = parseConfig(
    { DATABASE_URL: db.url, DATA_DIR: dataDir, LOG_LEVEL: 'silent', LOA_SECRET_KEYS: `s1:${randomBytes(32).toString('base64')}`, ...extra },
    process.cwd(),
  );
  await migrate(config.database);
  const clock = new MovableClock(new Date(at));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { clock }), { logger: false });
  return {
    app,
    db,
    clock,
    close: async () => {
      await app.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The actor a signed-in user is: their grants, read as the guard reads them. */
export async function actorOf(app: INestApplicationContext, userId: string): Promise<Actor> {
  return { principal: { kind: 'user', userId, grants: await app.get(AuthService).grantsOf(userId) }, requestId: null };
}
