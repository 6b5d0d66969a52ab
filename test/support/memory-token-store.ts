/**
 * The TokenStore contract (channels/ports.ts) kept in memory for one process: refreshes are
 * serialized by a promise chain, the stored pair is re-read under the "lock", and the new pair
 * is stored before it is returned. The dispatch module's store does the same on the database
 * with a lock row, across processes.
 */
import type { TokenPair, TokenStore } from '../../channels/ports.js';

export class MemoryTokenStore implements TokenStore {
  readonly pairs = new Map<string, TokenPair>();
  exchanges = 0;
  private chain: Promise<unknown> = Promise.resolve();

  refresh(accountId: string, stale: string, exchange: (refreshToken: string) => Promise<TokenPair>): Promise<TokenPair> {
    const run = this.chain.then(async () => {
      const stored = this.pairs.get(accountId);
      if (!stored) throw new Error(`no tokens for ${accountId}`);
      if (stored.accessToken !== stale) return stored;
      this.exchanges += 1;
      const next = await exchange(stored.refreshToken);
      this.pairs.set(accountId, next);
      return next;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }
}
