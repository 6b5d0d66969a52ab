import type { ApiKeyPurpose, Role } from './roles.js';

export interface Grant {
  /** null for a system admin's grant. */
  unitId: string | null;
  /** The unit's materialised path ("/a/b/"), or null for a system-wide grant. */
  unitPath: string | null;
  role: Role;
}

/** Who is calling: a logged-in user or an integration key. */
export interface Principal {
  kind: 'user' | 'api-key';
  userId?: string;
  username?: string;
  apiKeyId?: string;
  purpose?: ApiKeyPurpose;
  /** A dispatch key's channels: the only ones it may claim, confirm or fail (empty: none). */
  channels?: readonly string[];
  sessionId?: string;
  grants: Grant[];
}

/** The caller of a service method, with the request it came in on (for the audit log). */
export interface Actor {
  principal: Principal;
  requestId: string | null;
}

/** The command line and start-up tasks act as the system. */
export const systemActor: Actor = {
  principal: { kind: 'user', username: 'system', grants: [{ unitId: null, unitPath: null, role: 'system_admin' }] },
  requestId: null,
};
