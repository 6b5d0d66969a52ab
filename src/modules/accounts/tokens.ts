import { createHash, randomBytes } from 'node:crypto';

/** Random bearer secrets; only their SHA-256 is stored (they carry 256 bits, so a slow hash adds nothing). */
export const newToken = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
export const API_KEY_PREFIX = 'loa_k_';
