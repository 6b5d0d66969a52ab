import type { DataSource, EntityManager } from 'typeorm';
import { rawQuery } from '../database/raw-sql.js';

/**
 * An UPDATE … RETURNING through rawQuery: inside a PostgreSQL transaction TypeORM answers
 * UPDATE and DELETE with [rows, affected]; outside one (and on SQLite) with the rows.
 */
export async function updateReturning<T>(db: DataSource | EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const got = (await rawQuery<unknown>(db, sql, params)) as unknown[];
  return (got.length === 2 && Array.isArray(got[0]) && typeof got[1] === 'number' ? got[0] : got) as T[];
}
