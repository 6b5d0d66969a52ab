import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';

type Transaction = EntityManager['transaction'];

/**
 * better-sqlite3 has ONE connection, and TypeORM one query runner for it: two transactions
 * started by concurrent requests interleave on that connection ("cannot start a transaction
 * within a transaction", or one request's statements inside another's transaction). SQLite
 * takes one writer at a time anyway, so transactions are queued here, in process order. A
 * transaction started while the same async context already holds the turn (a service calling
 * another inside its transaction) runs at once, nested as TypeORM nests it. PostgreSQL, with a
 * query runner per transaction, is left alone. Hand-written because no library wraps TypeORM's
 * manager this way; it is a promise chain and an AsyncLocalStorage flag.
 */
export function serializeSqliteTransactions(ds: DataSource): DataSource {
  if (ds.driver.options.type !== 'better-sqlite3') return ds;
  const holding = new AsyncLocalStorage<true>();
  const manager = ds.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]): Promise<unknown> => {
    if (holding.getStore()) return original(...args);
    const turn = tail.then(() => holding.run(true, () => original(...args)));
    tail = turn.catch(() => undefined);
    return turn;
  };
  manager.transaction = queued as Transaction;
  return ds;
}

/** The DataSource factory for TypeOrmModule: initialise, then queue SQLite transactions. */
export async function createDataSource(options?: DataSourceOptions): Promise<DataSource> {
  if (!options) throw new Error('no data source options');
  return serializeSqliteTransactions(await new DataSource(options).initialize());
}
