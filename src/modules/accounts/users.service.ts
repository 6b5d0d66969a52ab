import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
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

/** A grant with the name and path of its unit (both null for a system admin's grant). */
export type GrantWithUnit = RoleGrantEntity & { unitName: string | null; unitPath: string | null };

export interface UserWithGrants {
  user: UserEntity;
  grants: GrantWithUnit[];
  /** Whether the caller may see the user's home unit (a user it administers through a second grant may live elsewhere). */
  homeVisible: boolean;
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

  /**
   * A user and the grants the caller may see. A unit admin sees a user whose home unit, or one
   * of whose grants, lies in a subtree it administers; a user outside every unit it can see
   * does not exist for it (404), one it sees with a weaker role is refused (403).
   */
  async get(actor: Actor, id: string): Promise<UserWithGrants> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('user', id);
    const grants = await this.grantsOf([id]);
    const isSelf = actor.principal.userId === id;
    const home = isSelf ? null : await this.db.getRepository(UnitEntity).findOneBy({ id: user.unitId });
    if (!isSelf) {
      // Administering a unit where the user holds a role (a second grant) is enough; otherwise the home unit decides.
      const administers = grants.some((g) => {
        const held = g.unitPath === null ? null : AccessPolicy.roleOn(actor.principal, g.unitPath);
        return held !== null && roleRank[held] >= roleRank.unit_admin;
      });
      if (!administers) {
        if (!home) throw notFound('user', id);
        AccessPolicy.assert(actor.principal, home.path, 'unit_admin', { entity: 'user', id });
      }
    }
    return {
      user,
      grants: isSelf ? grants : this.visibleGrants(actor, grants),
      homeVisible: isSelf || this.sees(actor, home?.path ?? null),
    };
  }

  /**
   * Users the caller administers: those whose home unit, or any of whose grants, lies in a
   * subtree where it is unit admin; each with the grants on units it may see.
   */
  async list(actor: Actor): Promise<UserWithGrants[]> {
    const prefixes = AccessPolicy.visiblePrefixes(actor.principal, 'unit_admin');
    if (prefixes !== null && prefixes.length === 0) {
      throw new DomainError('FORBIDDEN', 'Chỉ quản trị đơn vị được xem danh sách người dùng.', { required: 'unit_admin' });
    }
    const byHome = this.db
      .getRepository(UserEntity)
      .createQueryBuilder('usr')
      .select('usr.id', 'id')
      .innerJoin(UnitEntity, 'u', 'u.id = usr.unitId');
    scopeToSubtrees(byHome, prefixes);
    const byGrant = this.db
      .getRepository(RoleGrantEntity)
      .createQueryBuilder('g')
      .select('g.userId', 'id')
      .innerJoin(UnitEntity, 'u', 'u.id = g.unitId');
    scopeToSubtrees(byGrant, prefixes);
    const ids = [
      ...new Set([...(await byHome.getRawMany<{ id: string }>()), ...(await byGrant.getRawMany<{ id: string }>())].map((r) => r.id)),
    ];
    if (ids.length === 0) return [];
    const users = await this.db.getRepository(UserEntity).find({ where: { id: In(ids) }, order: { username: 'ASC' } });
    const grants = this.visibleGrants(actor, await this.grantsOf(ids));
    const homes = await this.db
      .getRepository(UnitEntity)
      .find({ select: { id: true, path: true }, where: { id: In([...new Set(users.map((u) => u.unitId))]) } });
    const pathOf = new Map(homes.map((u) => [u.id, u.path]));
    return users.map((user) => ({
      user,
      grants: grants.filter((g) => g.userId === user.id),
      homeVisible: this.sees(actor, pathOf.get(user.unitId) ?? null),
    }));
  }

  /**
   * Deactivates or reactivates a user. The caller must be able to manage every role the user
   * holds (a unit admin cannot switch off someone who holds more than it does, or elsewhere),
   * and may not switch off itself. A deactivated user cannot log in; its sessions stop at once.
   */
  async setActive(actor: Actor, id: string, active: boolean): Promise<UserWithGrants> {
    return this.db
      .transaction(async (m) => {
        const { user, homeVisible } = await this.get(actor, id);
        if (actor.principal.userId === id && !active) {
          throw new DomainError('USER_SELF_DEACTIVATE', 'Bạn không thể tự khóa tài khoản của chính mình.', { id });
        }
        for (const g of await this.grantsOf([id], m)) {
          if (g.unitPath === null) {
            if (!AccessPolicy.isSystemAdmin(actor.principal)) {
              throw new DomainError('FORBIDDEN', 'Người này là quản trị hệ thống; chỉ quản trị hệ thống được khóa hoặc mở khóa.', {
                role: g.role,
              });
            }
            continue;
          }
          const held = AccessPolicy.roleOn(actor.principal, g.unitPath);
          if (held === null || roleRank[g.role] > roleRank[held]) {
            // A unit the caller may not see is not named (nor its id given): only that it exists.
            const visible = this.sees(actor, g.unitPath);
            throw new DomainError(
              'FORBIDDEN',
              visible
                ? `Người này có vai trò trên đơn vị “${g.unitName ?? ''}” mà bạn không quản lý được; không thể khóa hoặc mở khóa.`
                : 'Người này còn có vai trò ở một đơn vị ngoài phạm vi bạn quản lý; không thể khóa hoặc mở khóa.',
              visible ? { role: g.role, unitId: g.unitId, held } : { held },
            );
          }
        }
        if (user.active !== active) {
          user.active = active;
          user.updatedAt = this.clock.now();
          await m.update(UserEntity, { id }, { active, updatedAt: user.updatedAt });
          await this.audit.record(m, actor, {
            unitId: user.unitId,
            action: active ? 'user.reactivate' : 'user.deactivate',
            entity: 'user',
            entityId: id,
            changes: { active },
          });
        }
        return { user, grants: this.visibleGrants(actor, await this.grantsOf([id], m)), homeVisible };
      })
      .finally(() => this.auth.invalidatePrincipals());
  }

  /** The grants of these users, each with its unit's name and path (null for a system admin's). */
  private async grantsOf(userIds: string[], m: EntityManager = this.db.manager): Promise<GrantWithUnit[]> {
    if (userIds.length === 0) return [];
    const rows = await m
      .getRepository(RoleGrantEntity)
      .createQueryBuilder('g')
      .leftJoin(UnitEntity, 'u', 'u.id = g.unitId')
      .select(['g.id AS "id"', 'g.userId AS "userId"', 'g.unitId AS "unitId"', 'g.role AS "role"', 'g.createdAt AS "createdAt"'])
      .addSelect('u.name', 'unitName')
      .addSelect('u.path', 'unitPath')
      .where({ userId: In(userIds) })
      .orderBy('u.path', 'ASC')
      .getRawMany<GrantWithUnit>();
    return rows.map((r) => ({ ...r, unitName: r.unitName ?? null, unitPath: r.unitPath ?? null }));
  }

  /** Whether the caller may see a unit at this path (any role). */
  private sees(actor: Actor, path: string | null): boolean {
    const prefixes = AccessPolicy.visiblePrefixes(actor.principal);
    return prefixes === null || (path !== null && prefixes.some((p) => path.startsWith(p)));
  }

  /** Grants on units the caller may see (a system admin's grant names no unit and is kept). */
  private visibleGrants(actor: Actor, grants: GrantWithUnit[]): GrantWithUnit[] {
    const prefixes = AccessPolicy.visiblePrefixes(actor.principal);
    if (prefixes === null) return grants;
    return grants.filter((g) => g.unitPath === null || prefixes.some((p) => (g.unitPath as string).startsWith(p)));
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
        if (grant.unitId && (!unit || AccessPolicy.roleOn(actor.principal, unit.path) === null)) throw notFound('grant', grantId);
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
