import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UnitEntity } from '../units/unit.entity.js';
import { UnitsRepository } from '../units/units.repository.js';
import { AccessPolicy, notFound } from './access-policy.js';
import type { Actor } from './principal.js';
import type { Role } from './roles.js';

/** What the caller asked for, named in a NOT_FOUND answer: the unit itself, or an object of it (a plan, an item…). */
export interface AccessTarget {
  entity: string;
  id: string;
}

/**
 * The one access check for everything that belongs to a unit: read the unit, then let the
 * policy decide. A unit that does not exist and a unit the caller cannot see answer alike
 * (NOT_FOUND naming what was asked for, never 403), a role too weak answers FORBIDDEN.
 */
@Injectable()
export class UnitAccess {
  constructor(private readonly units: UnitsRepository) {}

  /**
   * The unit, when the actor holds at least `role` on it. `target` names what the caller asked
   * for (default: the unit); `m` reads inside the caller's transaction.
   */
  async unit(
    actor: Actor,
    unitId: string,
    role: Role,
    target: AccessTarget = { entity: 'unit', id: unitId },
    m?: EntityManager,
  ): Promise<UnitEntity> {
    const unit = await this.units.findById(unitId, m);
    if (!unit) throw notFound(target.entity, target.id);
    AccessPolicy.assert(actor.principal, unit.path, role, target);
    return unit;
  }
}
