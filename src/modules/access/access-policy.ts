import { DomainError } from '../../domain/errors/domain-error.js';
import type { Principal } from './principal.js';
import { type Role, roleRank } from './roles.js';

/**
 * Decides what a principal may see and do on a unit. A role on a unit covers its subtree.
 * Objects of units the caller cannot see do not exist for it (404, never 403), so ids of
 * other units' objects cannot be probed.
 */
export class AccessPolicy {
  /** The strongest role the principal holds on the unit at `unitPath`, or null. */
  static roleOn(principal: Principal, unitPath: string): Role | null {
    let best: Role | null = null;
    for (const g of principal.grants) {
      const covers = g.unitPath === null || unitPath.startsWith(g.unitPath);
      if (covers && (best === null || roleRank[g.role] > roleRank[best])) best = g.role;
    }
    return best;
  }

  static isSystemAdmin(principal: Principal): boolean {
    return principal.grants.some((g) => g.unitPath === null && g.role === 'system_admin');
  }

  /** Path prefixes of every subtree the principal can see; null when it sees everything. */
  static visiblePrefixes(principal: Principal, minRole: Role = 'viewer'): string[] | null {
    if (AccessPolicy.isSystemAdmin(principal)) return null;
    const prefixes = principal.grants
      .filter((g) => g.unitPath !== null && roleRank[g.role] >= roleRank[minRole])
      .map((g) => g.unitPath as string)
      .sort((a, b) => a.length - b.length);
    return prefixes.filter((p, i) => !prefixes.slice(0, i).some((q) => p.startsWith(q)));
  }

  /** Throws NOT_FOUND when the unit is outside the caller's view, FORBIDDEN when its role is too weak. */
  static assert(principal: Principal, unitPath: string, minRole: Role, what: { entity: string; id: string }): void {
    const role = AccessPolicy.roleOn(principal, unitPath);
    if (role === null) throw notFound(what.entity, what.id);
    if (roleRank[role] < roleRank[minRole]) {
      throw new DomainError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này trên đơn vị này.', {
        required: minRole,
        held: role,
      });
    }
  }
}

export function notFound(entity: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', 'Không tìm thấy đối tượng được yêu cầu.', { entity, id });
}
