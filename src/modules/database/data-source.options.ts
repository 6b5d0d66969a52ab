import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../../../config/env.schema.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

/**
 * One definition for both databases. SQLite: better-sqlite3 (TypeORM 1.x's SQLite driver),
 * WAL journal, a busy timeout and foreign keys on. PostgreSQL: a pool. Schema changes come
 * only from the committed migrations, run at start; synchronize stays off.
 */
export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = { entities, migrations, migrationsRun: false, synchronize: false, logging: false } as const;
  if (db.kind === 'sqlite') {
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      enableWAL: true,
      timeout: 10_000,
      prepareDatabase: (conn: { pragma(sql: string): unknown }) => {
        conn.pragma('busy_timeout = 10000');
        conn.pragma('foreign_keys = ON');
        conn.pragma('synchronous = NORMAL');
      },
    };
  }
  return { ...common, type: 'postgres', url: db.url, extra: { max: db.poolSize } };
}
