import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/env.schema.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import type { Grant, Principal } from '../access/principal.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { rawQuery } from '../database/raw-sql.js';
import { UnitEntity } from '../units/unit.entity.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { RoleGrantEntity } from './role-grant.entity.js';
import { SessionEntity } from './session.entity.js';
import { API_KEY_PREFIX, newToken, tokenHash } from './tokens.js';
import { UserEntity } from './user.entity.js';
import { type ApiKeyPurpose, type Role } from '../access/roles.js';

const purposeRole: Record<ApiKeyPurpose, Role> = {
  read: 'viewer',
  'calendar-feed': 'viewer',
  import: 'editor',
  dispatch: 'editor',
};

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserEntity;
}

/** Log-in, log-out, and turning a presented token into a Principal. */
@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;
  /** A constant-time decoy, so unknown user names take as long as wrong passwords. */
  private decoyHash: Promise<string> | null = null;
  /**
   * Principals of recently seen sessions, by token hash, for `sessionCacheSeconds`. Log-out
   * and any change of users or grants on this node clear it; another node sees such a change
   * within that many seconds.
   */
  private readonly sessions = new Map<string, { until: number; value: { principal: Principal; csrfHash: string; expiresAt: number } }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.throttle = new LoginThrottle(config.loginRateLimit.max, config.loginRateLimit.windowSec, clock);
  }

  async login(username: string, password: string, clientAddress: string): Promise<LoginResult> {
    const name = username.trim().toLowerCase();
    this.throttle.check(name, clientAddress);
    const user = await this.db.getRepository(UserEntity).findOneBy({ username: name });
    const ok = user && user.active ? await this.hasher.verify(user.passwordHash, password) : await this.decoy(password);
    if (!user || !user.active || !ok) {
      this.throttle.fail(name, clientAddress);
      throw new DomainError('LOGIN_FAILED', 'Tên đăng nhập hoặc mật khẩu không đúng.', {});
    }
    this.throttle.succeed(name, clientAddress);
    const token = newToken();
    const csrfToken = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3600_000);
    await this.db.getRepository(SessionEntity).insert({
      id: newId(),
      tokenHash: tokenHash(token),
      csrfHash: tokenHash(csrfToken),
      userId: user.id,
      createdAt: now,
      expiresAt,
    });
    return { token, csrfToken, expiresAt, user };
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ id: sessionId });
    for (const [hash, entry] of this.sessions) if (entry.value.principal.sessionId === sessionId) this.sessions.delete(hash);
  }

  /** Forget every cached principal (a user or a grant changed). */
  invalidatePrincipals(): void {
    this.sessions.clear();
  }

  /** A session token → its user's principal, or null if unknown or expired. One query: session, user, grants, unit paths. */
  async principalForSession(token: string): Promise<{ principal: Principal; csrfHash: string } | null> {
    const hash = tokenHash(token);
    const now = this.clock.now().getTime();
    const cached = this.sessions.get(hash);
    if (cached && cached.until > now && cached.value.expiresAt > now) return cached.value;
    const found = await this.readSession(hash);
    if (found && this.config.sessionCacheSeconds > 0) {
      if (this.sessions.size >= 10_000) this.sessions.clear();
      this.sessions.set(hash, { until: now + this.config.sessionCacheSeconds * 1000, value: found });
    }
    return found;
  }

  private async readSession(hash: string): Promise<{ principal: Principal; csrfHash: string; expiresAt: number } | null> {
    const rows = await rawQuery<{
      sessionId: string;
      csrfHash: string;
      expiresAt: string | Date;
      userId: string;
      username: string;
      unitId: string | null;
      role: Role | null;
      unitPath: string | null;
    }>(
      this.db,
      `SELECT s."id" AS "sessionId", s."csrfHash", s."expiresAt", u."id" AS "userId", u."username", g."unitId", g."role", un."path" AS "unitPath"
         FROM "sessions" s
         JOIN "users" u ON u."id" = s."userId" AND u."active" = $2
         LEFT JOIN "role_grants" g ON g."userId" = u."id"
         LEFT JOIN "units" un ON un."id" = g."unitId"
        WHERE s."tokenHash" = $1`,
      [hash, true],
    );
    if (rows.length === 0) return null;
    const first = rows[0];
    const expiresAt = new Date(first.expiresAt).getTime();
    if (expiresAt <= this.clock.now().getTime()) return null;
    const grants: Grant[] = rows
      .filter((r) => r.role !== null && (r.unitId === null ? r.role === 'system_admin' : r.unitPath !== null))
      .map((r) => ({ unitId: r.unitId, unitPath: r.unitPath, role: r.role as Role }));
    return {
      principal: { kind: 'user', userId: first.userId, username: first.username, sessionId: first.sessionId, grants },
      csrfHash: first.csrfHash,
      expiresAt,
    };
  }

  async principalForApiKey(key: string): Promise<Principal | null> {
    if (!key.startsWith(API_KEY_PREFIX)) return null;
    const row = await this.db.getRepository(ApiKeyEntity).findOneBy({ keyHash: tokenHash(key) });
    if (!row || row.revokedAt) return null;
    const unit = await this.db.getRepository(UnitEntity).findOneBy({ id: row.unitId });
    if (!unit) return null;
    return {
      kind: 'api-key',
      apiKeyId: row.id,
      purpose: row.purpose,
      ...(row.purpose === 'dispatch' ? { channels: row.channels ?? [] } : {}),
      grants: [{ unitId: unit.id, unitPath: unit.path, role: purposeRole[row.purpose] }],
    };
  }

  async grantsOf(userId: string): Promise<Grant[]> {
    const rows = await this.db
      .getRepository(RoleGrantEntity)
      .createQueryBuilder('g')
      .leftJoin(UnitEntity, 'u', 'u.id = g.unitId')
      .select(['g.unitId AS "unitId"', 'u.path AS "unitPath"', 'g.role AS "role"'])
      .where('g.userId = :userId', { userId })
      .getRawMany<{ unitId: string | null; unitPath: string | null; role: Role }>();
    return rows.filter((r) => (r.unitId === null ? r.role === 'system_admin' : r.unitPath !== null));
  }

  private decoy(password: string): Promise<boolean> {
    this.decoyHash ??= this.hasher.hash(newToken());
    return this.decoyHash.then((h) => this.hasher.verify(h, password)).then(() => false);
  }
}
