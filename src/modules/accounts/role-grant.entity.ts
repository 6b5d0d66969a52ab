import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/instant.column.js';
import type { Role } from '../access/roles.js';

/** A role on a unit; it covers the unit's whole subtree. A system admin's grant has no unit. */
@Entity('role_grants')
@Index(['userId', 'unitId', 'role'], { unique: true })
export class RoleGrantEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  unitId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @InstantColumn()
  createdAt!: Date;
}
