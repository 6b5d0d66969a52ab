import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { SecretBox } from '../../../src/modules/secrets/secret-box.js';

describe('secret box (AES-256-GCM with key ids)', () => {
  const k1 = { id: 'k1', key: randomBytes(32) };
  const k2 = { id: 'k2', key: randomBytes(32) };

  it('opens what it sealed, and never stores the plain text', () => {
    const box = new SecretBox([k1]);
    const s = box.seal('mã truy cập Zalo', 'unit-1/zalo');
    expect(s.keyId).to.equal('k1');
    expect(Buffer.from(s.sealed, 'base64').toString('utf8')).not.to.include('Zalo');
    expect(box.open(s, 'unit-1/zalo')).to.equal('mã truy cập Zalo');
  });

  it('uses a fresh IV each time', () => {
    const box = new SecretBox([k1]);
    expect(box.seal('x', 'c').sealed).not.to.equal(box.seal('x', 'c').sealed);
  });

  it('refuses a value moved to another unit or tampered with', () => {
    const box = new SecretBox([k1]);
    const s = box.seal('token', 'unit-1/zalo');
    expect(() => box.open(s, 'unit-2/zalo'))
      .to.throw()
      .with.property('code', 'SECRET_TAMPERED');
    const raw = Buffer.from(s.sealed, 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => box.open({ keyId: 'k1', sealed: raw.toString('base64') }, 'unit-1/zalo'))
      .to.throw()
      .with.property('code', 'SECRET_TAMPERED');
  });

  it('rotates: a new active key still opens secrets sealed under the old one', () => {
    const old = new SecretBox([k1]).seal('token', 'u/n');
    const rotated = new SecretBox([k2, k1]);
    expect(rotated.open(old, 'u/n')).to.equal('token');
    expect(rotated.seal('token', 'u/n').keyId).to.equal('k2');
    expect(() => new SecretBox([k2]).open(old, 'u/n'))
      .to.throw()
      .with.property('code', 'SECRET_KEY_UNKNOWN');
  });
});
