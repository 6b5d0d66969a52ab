import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../domain/errors/domain-error.js';
import { AccessPolicy, notFound } from '../access/access-policy.js';
import { scopeToSubtrees } from '../access/subtree-scope.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import { type Role, roleRank } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { UnitEntity } from '../units/unit.entity.js';
import { AuthService } from './auth.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RoleGrantEntity } from './role-grant.entity.js';
import { newToken } from './tokens.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  username: string;
  displayName: string;
  email?: string;
  password?: string;
  unitId: string;
  role: Role;
}

export interface UserWithGrants {
  user: UserEntity;
  grants: RoleGrantEntity[];
}

/** Accounts and their roles. Unit admins manage users of their subtree, up to their own role. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly access: UnitAccess,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Creates a user with one role on its unit. Without a password, one is generated and returned once. */
  async create(actor: Actor, input: NewUser): Promise<{ user: UserEntity; password: string | null }> {
    const password = input.password ?? null;
    if (password !== null && password.length < 10) {
      throw new DomainError('PASSWORD_TOO_SHORT', 'Mật khẩu phải có ít nhất 10 ký tự.', { minLength: 10 });
    }
    const generated = password === null ? newToken().slice(0, 20) : null;
    const passwordHash = await this.hasher.hash(password ?? (generated as string));
    return this.db.transaction(async (m) => {
      const unit = await this.access.unit(actor, input.unitId, 'unit_admin', undefined, m);
      this.assertMayGrant(actor, unit, input.role);
      const username = input.username.trim().toLowerCase();
      if (await m.findOneBy(UserEntity, { username })) {
        throw new DomainError('USERNAME_TAKEN', 'Tên đăng nhập đã tồn tại.', { username });
      }
      const now = this.clock.now();
      const user: UserEntity = {
        id: newId(),
        username,
        displayName: input.displayName.normalize('NFC').trim(),
        email: input.email ?? null,
        passwordHash,
        unitId: unit.id,
        active: true,
        createdAt: now,
        updatedAt: now,
      };
      await m.insert(UserEntity, user);
      await m.insert(RoleGrantEntity, {
        id: newId(),
        userId: user.id,
        unitId: input.role === 'system_admin' ? null : unit.id,
        role: input.role,
        createdAt: now,
      });
      await this.audit.record(m, actor, {
        unitId: unit.id,
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        changes: { username, role: input.role },
      });
      return { user, password: generated };
    });
  }

  async get(actor: Actor, id: string): Promise<UserWithGrants> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('user', id);
    const unit = await this.db.getRepository(UnitEntity).findOneBy({ id: user.unitId });
    const isSelf = actor.principal.userId === id;
    if (!isSelf) {
      if (!unit) throw notFound('user', id);
      AccessPolicy.assert(actor.principal, unit.path, 'unit_admin', { entity: 'user', id });
    }
    return { user, grants: await this.db.getRepository(RoleGrantEntity).findBy({ userId: id }) };
  }

  async list(actor: Actor): Promise<UserEntity[]> {
    const prefixes = AccessPolicy.visiblePrefixes(actor.principal, 'unit_admin');
    if (prefixes !== null && prefixes.length === 0) {
      throw new DomainError('FORBIDDEN', 'Chỉ quản trị đơn vị được xem danh sách người dùng.', { required: 'unit_admin' });
    }
    const qb = this.db
      .getRepository(UserEntity)
      .createQueryBuilder('usr')
      .innerJoin(UnitEntity, 'u', 'u.id = usr.unitId')
      .orderBy('usr.username', 'ASC');
    scopeToSubtrees(qb, prefixes);
    return qb.getMany();
  }

  async addGrant(actor: Actor, userId: string, unitId: string, role: Role): Promise<RoleGrantEntity> {
    return this.db
      .transaction(async (m) => {
        const { user } = await this.get(actor, userId);
        const unit = await this.access.unit(actor, unitId, 'unit_admin', undefined, m);
        this.assertMayGrant(actor, unit, role);
        const existing = await m.findOneBy(RoleGrantEntity, {
          userId: user.id,
          unitId: role === 'system_admin' ? undefined : unit.id,
          role,
        });
        if (existing) return existing;
        const grant: RoleGrantEntity = {
          id: newId(),
          userId: user.id,
          unitId: role === 'system_admin' ? null : unit.id,
          role,
          createdAt: this.clock.now(),
        };
        await m.insert(RoleGrantEntity, grant);
        await this.audit.record(m, actor, {
          unitId: unit.id,
          action: 'grant.add',
          entity: 'user',
          entityId: user.id,
          changes: { role, unitId: unit.id },
        });
        return grant;
      })
      .finally(() => this.auth.invalidatePrincipals());
  }

  async removeGrant(actor: Actor, userId: string, grantId: string): Promise<void> {
    await this.db
      .transaction(async (m) => {
        await this.get(actor, userId);
        const grant = await m.findOneBy(RoleGrantEntity, { id: grantId, userId });
        if (!grant) throw notFound('grant', grantId);
        const unit = grant.unitId ? await m.findOneBy(UnitEntity, { id: grant.unitId }) : null;
        if (grant.unitId && !unit) throw notFound('grant', grantId);
        if (unit) this.assertMayGrant(actor, unit, grant.role);
        else if (!AccessPolicy.isSystemAdmin(actor.principal)) throw notFound('grant', grantId);
        await m.delete(RoleGrantEntity, { id: grantId });
        await this.audit.record(m, actor, {
          unitId: grant.unitId,
          action: 'grant.remove',
          entity: 'user',
          entityId: userId,
          changes: { role: grant.role },
        });
      })
      .finally(() => this.auth.invalidatePrincipals());
  }

  private assertMayGrant(actor: Actor, unit: UnitEntity, role: Role): void {
    const held = AccessPolicy.roleOn(actor.principal, unit.path);
    if (held === null || roleRank[role] > roleRank[held]) {
      throw new DomainError('FORBIDDEN', 'Không thể cấp vai trò cao hơn vai trò của chính bạn.', { role, held });
    }
  }
}
