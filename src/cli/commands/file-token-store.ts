import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TokenPair, TokenStore } from '../../../channels/ports.js';

/**
 * The TokenStore of `loa channels send`: the account file itself. A refresh holds a lock
 * file beside it (created exclusively, so two commands on one file take turns), re-reads the
 * file, exchanges only when the stored access token is still the stale one, and writes the
 * new pair back atomically (a temporary file, flushed, renamed over the original) before it
 * is used.
 */
export class FileTokenStore implements TokenStore {
  constructor(private readonly path: string) {}

  async refresh(_accountId: string, stale: string, exchange: (refreshToken: string) => Promise<TokenPair>): Promise<TokenPair> {
    const lock = `${this.path}.lock`;
    for (let i = 0; ; i++) {
      try {
        await (await open(lock, 'wx')).close();
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || i > 600) throw e;
        await sleep(100);
      }
    }
    try {
      const account = JSON.parse(await readFile(this.path, 'utf8')) as Record<string, unknown>;
      if (typeof account.accessToken === 'string' && account.accessToken !== stale) {
        return {
          accessToken: account.accessToken,
          refreshToken: String(account.refreshToken),
          ...(typeof account.accessExpiresAt === 'string' ? { accessExpiresAt: new Date(account.accessExpiresAt) } : {}),
        };
      }
      const fresh = await exchange(String(account.refreshToken));
      const next = {
        ...account,
        accessToken: fresh.accessToken,
        refreshToken: fresh.refreshToken,
        ...(fresh.accessExpiresAt ? { accessExpiresAt: fresh.accessExpiresAt.toISOString() } : {}),
      };
      const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
      await writeFile(temp, `${JSON.stringify(next, null, 2)}\n`, { flush: true, mode: 0o600 });
      await rename(temp, this.path);
      return fresh;
    } finally {
      await rm(lock, { force: true });
    }
  }
}
