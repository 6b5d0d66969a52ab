import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../../config/env.schema.js';
import { dataSourceOptions } from './data-source.options.js';

/** Creates the SQLite file's folder if needed and runs every pending migration, each in its own transaction. */
export async function migrate(db: DatabaseConfig): Promise<string[]> {
  if (db.kind === 'sqlite') mkdirSync(dirname(db.path), { recursive: true });
  const ds = new DataSource(dataSourceOptions(db));
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
