import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../config/env.schema.js';

export type DbKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DbKind;
  config: DatabaseConfig;
  /** The DATABASE_URL a spawned process would use. */
  url: string;
  drop(): Promise<void>;
}

/** PostgreSQL's admin URL when the test runner found it reachable (test/run-tests.mjs), else ''. */
export const postgresAdminUrl = (): string => process.env.LOA_TEST_POSTGRES_URL ?? '';

export const databaseKinds = (): DbKind[] => (postgresAdminUrl() ? ['sqlite', 'postgres'] : ['sqlite']);

/** A fresh, empty database: a temporary SQLite file, or a new PostgreSQL database dropped afterwards. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'loa-test-'));
    const path = join(dir, 'loa.sqlite');
    return {
      kind,
      config: { kind: 'sqlite', path },
      url: `sqlite:${path}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = postgresAdminUrl();
  const name = `loa_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    kind,
    config: { kind: 'postgres', url: url.toString(), poolSize: 5 },
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Declares the suite once per database kind, so no integration spec can forget PostgreSQL. */
export function describeEachDatabase(title: string, body: (kind: DbKind) => void): void {
  for (const kind of databaseKinds()) {
    describe(`${title} [${kind}]`, () => body(kind));
  }
}
