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

declare global {
  /** ES2024's String methods: Node 20 has them, the project's lib (ES2023, Node 20's floor) does not name them. */
  interface String {
    isWellFormed(): boolean;
    toWellFormed(): string;
  }
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
    // better-sqlite3 would store a lone surrogate as three bytes that are not UTF-8: U+FFFD instead, as on PostgreSQL.
    if (typeof v === 'string') return v.isWellFormed() ? v : v.toWellFormed();
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

/**
 * A lone UTF-16 surrogate as JSON.stringify writes it (`\udXXX` with no partner, lower-case hex):
 * PostgreSQL's json input refuses it. Text with no `\ud` at all (nearly all) is passed by a plain
 * substring search, several times faster on a batch's megabyte than this expression.
 */
const LONE_SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

/**
 * JSON text of a value, with any lone surrogate (a string cut in the middle of a character) made
 * U+FFFD, as pg makes it in a text parameter: PostgreSQL's json input refuses one, and the same
 * text is then stored on both databases.
 * Also how a batch travels to PostgreSQL's `json_to_recordset($n::json)`: V8 serializes it in one
 * native call (Dates as ISO strings), where a column of values per array costs pg an escape per value.
 */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value);
  if (!text.includes('\\ud') || !LONE_SURROGATE_ESCAPE.test(text)) return text;
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.toWellFormed() : v));
}
