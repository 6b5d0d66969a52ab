import type { DataSource, EntityManager } from 'typeorm';

/**
 * Hand-written SQL for the few hot paths where TypeORM's query builder costs more than the
 * query (each authenticated request, for one). Written once with PostgreSQL's `$1`
 * placeholders and double-quoted identifiers, which SQLite also accepts once `$n` becomes `?`.
 */
export function rawQuery<T>(db: DataSource | EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const type = 'driver' in db ? db.driver.options.type : db.connection.driver.options.type;
  if (type === 'postgres') return db.query(sql, params);
  const ordered: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
    ordered.push(params[Number(n) - 1]);
    return '?';
  });
  return db.query(text, ordered.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v)));
}
