/**
 * Keys for secrets at rest. Configured keys (LOA_SECRET_KEYS) win; without them, the embedded
 * default keeps one generated key in <dataDir>/secret-keys.json (mode 0600), so a fresh
 * `npm start` works and restarts can still decrypt what they stored.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './env.schema.js';

export interface SecretKey {
  id: string;
  key: Buffer;
}

export function resolveSecretKeys(config: AppConfig): SecretKey[] {
  if (config.secretKeys.length > 0) return config.secretKeys;
  const file = join(config.dataDir, 'secret-keys.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { id: string; key: string }[];
    return stored.map((k) => ({ id: k.id, key: Buffer.from(k.key, 'base64') }));
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = { id: `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`, key: randomBytes(32) };
  writeFileSync(file, JSON.stringify([{ id: key.id, key: key.key.toString('base64') }]), { mode: 0o600, flag: 'wx' });
  return [key];
}
