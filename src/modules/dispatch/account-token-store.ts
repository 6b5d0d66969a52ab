import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import type { Credentials } from '../../../channels/channel-adapter.js';
import type { TokenPair, TokenStore } from '../../../channels/ports.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { Clock } from '../common/clock.js';
import { rawQuery } from '../database/raw-sql.js';
import { SecretsService } from '../secrets/secrets.service.js';
import { updateReturning } from './outbox.repository.js';

const pairOf = (c: Credentials): TokenPair => ({
  accessToken: c.accessToken,
  refreshToken: c.refreshToken,
  ...(c.accessExpiresAt ? { accessExpiresAt: new Date(c.accessExpiresAt) } : {}),
});

export const credentialsSecretName = (accountId: string): string => `channel-account.${accountId}`;

const LOCK_MS = 30_000;
const WAIT_MS = 45_000;

/**
 * Rotating tokens of a channel account, on the database. The account row is the lock: a
 * conditional UPDATE takes it (`lockedBy`, `lockedUntil`) on both databases, so one process
 * on one node refreshes at a time; the others wait, then read the pair it stored. The new pair
 * is sealed and stored, and `credentialsVersion` bumped, in one transaction before anyone
 * uses it, so a crash after the refresh answered loses at most that one answer, never the
 * stored pair.
 */
@Injectable()
export class AccountTokenStore implements TokenStore {
  private readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly secrets: SecretsService,
    private readonly clock: Clock,
  ) {}

  async read(unitId: string, accountId: string): Promise<{ credentials: Credentials; version: number }> {
    const [row] = await rawQuery<{ credentialsVersion: number }>(
      this.db,
      `SELECT "credentialsVersion" FROM "channel_accounts" WHERE "id" = $1`,
      [accountId],
    );
    const credentials = JSON.parse(await this.secrets.reveal(unitId, credentialsSecretName(accountId))) as Credentials;
    return { credentials, version: Number(row?.credentialsVersion ?? 0) };
  }

  /**
   * The TokenStore port of channels/ports.ts: under the account's lock, re-reads the stored
   * pair; when its access token is no longer `stale` another process refreshed already and the
   * stored pair is returned; otherwise `exchange` is called once and the new pair is stored
   * (sealed, version bumped) before it is returned.
   */
  async refresh(accountId: string, stale: string, exchange: (refreshToken: string) => Promise<TokenPair>): Promise<TokenPair> {
    const [account] = await rawQuery<{ unitId: string }>(this.db, `SELECT "unitId" FROM "channel_accounts" WHERE "id" = $1`, [accountId]);
    if (!account) throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản kênh.', { entity: 'channel-account', id: accountId });
    const unitId = account.unitId;
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const now = this.clock.now();
      const got = await rawQuery<{ id: string }>(
        this.db,
        `UPDATE "channel_accounts" SET "lockedBy" = $1, "lockedUntil" = $2 WHERE "id" = $3 AND ("lockedUntil" IS NULL OR "lockedUntil" < $4) RETURNING "id"`,
        [this.owner, new Date(now.getTime() + LOCK_MS).toISOString(), accountId, now.toISOString()],
      );
      if (got.length === 1) {
        try {
          const { credentials } = await this.read(unitId, accountId);
          if (credentials.accessToken && credentials.accessToken !== stale) return pairOf(credentials);
          if (!credentials.refreshToken)
            throw new DomainError('TOKEN_MISSING', 'Tài khoản kênh chưa có mã làm mới (refresh token): cần kết nối lại.', { accountId });
          const fresh = await exchange(credentials.refreshToken);
          const stored: Credentials = { ...credentials, accessToken: fresh.accessToken, refreshToken: fresh.refreshToken };
          if (fresh.accessExpiresAt) stored.accessExpiresAt = fresh.accessExpiresAt.toISOString();
          else delete stored.accessExpiresAt;
          await this.db.transaction(async (m) => {
            await this.secrets.store(m, unitId, credentialsSecretName(accountId), JSON.stringify(stored));
            await updateReturning(
              m,
              `UPDATE "channel_accounts" SET "credentialsVersion" = "credentialsVersion" + 1, "updatedAt" = $1 WHERE "id" = $2 AND "lockedBy" = $3 RETURNING "id"`,
              [this.clock.now().toISOString(), accountId, this.owner],
            );
          });
          return fresh;
        } finally {
          await rawQuery(
            this.db,
            `UPDATE "channel_accounts" SET "lockedBy" = NULL, "lockedUntil" = NULL WHERE "id" = $1 AND "lockedBy" = $2 RETURNING "id"`,
            [accountId, this.owner],
          );
        }
      }
      if (Date.now() > deadline) {
        throw new DomainError(
          'TOKEN_LOCK_TIMEOUT',
          'Không làm mới được mã truy cập: tài khoản kênh đang được một tiến trình khác làm mới quá lâu.',
          { accountId },
        );
      }
      await sleep(25 + Math.floor(Math.random() * 75));
    }
  }
}
