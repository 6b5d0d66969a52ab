import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/seeds beside the repository (the five real plans). */
export const seedsDir = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

export function seedPath(prefix: string): string {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix} in ${seedsDir}`);
  return join(seedsDir, file);
}

export const seedText = (prefix: string): string => readFileSync(seedPath(prefix), 'utf8');
