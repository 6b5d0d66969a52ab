import { hash, verify } from '@node-rs/argon2';

/** argon2id (OWASP's minimum parameters: 19 MiB, 2 passes), behind a wrapper. */
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}
