import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { DomainError } from '../../domain/errors/domain-error.js';

export interface SealedSecret {
  keyId: string;
  sealed: string;
}

/**
 * AES-256-GCM with a key id, so keys can rotate: new secrets are sealed under the first
 * (active) key; older ones open with whichever key id they name until `reseal` moves them.
 * The unit id and secret name are bound as additional data, so a sealed value cannot be
 * moved to another unit or name.
 */
export class SecretBox {
  private readonly keys: Map<string, Buffer>;
  readonly activeKeyId: string;

  constructor(keys: { id: string; key: Buffer }[]) {
    if (keys.length === 0) throw new Error('SecretBox needs at least one key');
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
    this.activeKeyId = keys[0].id;
  }

  seal(plaintext: string, context: string): SealedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: this.activeKeyId, sealed: Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64') };
  }

  /**
   * Keys for one purpose (signing download links, say), derived from every key by HKDF-SHA256:
   * the first is the active key's, to sign with; any of them verifies, so a signature made
   * before a key rotation stays valid while the old key is still listed.
   */
  derive(purpose: string): Buffer[] {
    const active = this.keys.get(this.activeKeyId)!;
    const others = [...this.keys.entries()].filter(([id]) => id !== this.activeKeyId).map(([, k]) => k);
    return [active, ...others].map((k) => Buffer.from(hkdfSync('sha256', k, Buffer.alloc(0), `loa/${purpose}`, 32)));
  }

  open(secret: SealedSecret, context: string): string {
    const key = this.keys.get(secret.keyId);
    if (!key) {
      throw new DomainError('SECRET_KEY_UNKNOWN', 'Không có khóa giải mã cho bí mật này; kiểm tra cấu hình LOA_SECRET_KEYS.', {
        keyId: secret.keyId,
      });
    }
    const raw = Buffer.from(secret.sealed, 'base64');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new DomainError('SECRET_TAMPERED', 'Bí mật đã bị thay đổi hoặc hỏng, không giải mã được.', { keyId: secret.keyId });
    }
  }
}
