import type { DataSource, EntityManager } from 'typeorm';

interface SqliteStatement {
  reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface PgPool {
  query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

const statements = new WeakMap<object, Map<string, SqliteStatement>>();
/** `$n` placeholders → `?` and the order of the parameters, per SQL text. */
const translations = new Map<string, { text: string; order: number[] }>();

function toSqlite(sql: string): { text: string; order: number[] } {
  let t = translations.get(sql);
  if (!t) {
    const order: number[] = [];
    const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
      order.push(Number(n) - 1);
      return '?';
    });
    t = { text, order };
    if (translations.size > 500) translations.clear();
    translations.set(sql, t);
  }
  return t;
}

/**
 * Hand-written SQL for the few hot paths where TypeORM's query runner costs more than the
 * query (every authenticated request reads its unit, for one). Written once with PostgreSQL's
 * `$1` placeholders and double-quoted identifiers; SQLite gets `?`. Outside a transaction the
 * statement goes straight to the driver (a cached prepared statement on SQLite, the pool on
 * PostgreSQL); inside one it goes through the transaction's query runner, so it sees the
 * transaction's own writes.
 */
export async function rawQuery<T>(db: DataSource | EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const ds: DataSource = 'driver' in db ? db : db.connection;
  const inTransaction = !('driver' in db) && db.queryRunner !== undefined;
  const type = ds.driver.options.type;
  if (type === 'postgres') {
    if (!inTransaction) {
      const pool = (ds.driver as unknown as { master?: PgPool }).master;
      if (pool) return (await pool.query(sql, params)).rows as T[];
    }
    return db.query(sql, params);
  }
  const { text, order } = toSqlite(sql);
  const values = order.map((i) => {
    const v = params[i];
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  });
  const conn = (ds.driver as unknown as { databaseConnection?: SqliteConnection }).databaseConnection;
  if (!inTransaction && conn) {
    // better-sqlite3 has one connection: a statement run here is in order with TypeORM's.
    let cache = statements.get(conn);
    if (!cache) statements.set(conn, (cache = new Map()));
    let stmt = cache.get(text);
    if (!stmt) {
      stmt = conn.prepare(text);
      if (cache.size > 200) cache.clear();
      cache.set(text, stmt);
    }
    if (stmt.reader) return stmt.all(...values) as T[];
  }
  return db.query(text, values);
}
