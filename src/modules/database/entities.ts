import { ApiKeyEntity } from '../accounts/api-key.entity.js';
import { RoleGrantEntity } from '../accounts/role-grant.entity.js';
import { SessionEntity } from '../accounts/session.entity.js';
import { UserEntity } from '../accounts/user.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { SecretEntity } from '../secrets/secret.entity.js';
import { UnitEntity } from '../units/unit.entity.js';

export const entities = [UnitEntity, UserEntity, RoleGrantEntity, SessionEntity, ApiKeyEntity, AuditEntryEntity, SecretEntity];
