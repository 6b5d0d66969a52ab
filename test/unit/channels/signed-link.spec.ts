/** Signed download links: the right id and expiry pass, a changed id or signature fails, a past expiry is expired. */
import { expect } from 'chai';
import { signedDownloadUrl, verifyDownloadSignature } from '../../../channels/print/signed-link.js';
import { inQuietHours, nextLocalDay, quietHoursEnd } from '../../../channels/quiet-hours.js';

describe('signed download link', () => {
  const expiresAt = new Date('2026-03-09T02:00:00Z');
  const url = new URL(signedDownloadUrl('https://loa.example/api/downloads/', 'pdf-42', expiresAt, 'k1'));
  const q = { expires: url.searchParams.get('expires') ?? undefined, sig: url.searchParams.get('sig') ?? undefined };
  it('carries the id, the expiry and a signature that checks', () => {
    expect(url.pathname).to.equal('/api/downloads/pdf-42');
    expect(q.expires).to.equal(String(expiresAt.getTime() / 1000));
    expect(verifyDownloadSignature({ fileId: 'pdf-42', ...q, secret: 'k1', now: new Date('2026-03-08T00:00:00Z') })).to.equal('ok');
  });
  it('refuses another id, another secret, a forged signature, and says expired after the time', () => {
    const now = new Date('2026-03-08T00:00:00Z');
    expect(verifyDownloadSignature({ fileId: 'pdf-43', ...q, secret: 'k1', now })).to.equal('invalid');
    expect(verifyDownloadSignature({ fileId: 'pdf-42', ...q, secret: 'k2', now })).to.equal('invalid');
    expect(verifyDownloadSignature({ fileId: 'pdf-42', expires: q.expires, sig: '0'.repeat(64), secret: 'k1', now })).to.equal('invalid');
    expect(verifyDownloadSignature({ fileId: 'pdf-42', expires: q.expires, sig: undefined, secret: 'k1', now })).to.equal('invalid');
    expect(verifyDownloadSignature({ fileId: 'pdf-42', ...q, secret: 'k1', now: new Date('2026-03-09T02:00:01Z') })).to.equal('expired');
  });
});

describe('quiet hours', () => {
  const q = { from: '22:00', to: '06:00', timeZone: 'Asia/Ho_Chi_Minh' };
  it('a window across midnight, in Vietnam time', () => {
    expect(inQuietHours(q, new Date('2026-03-02T14:59:00Z'))).to.equal(false); // 21:59
    expect(inQuietHours(q, new Date('2026-03-02T15:00:00Z'))).to.equal(true); // 22:00
    expect(inQuietHours(q, new Date('2026-03-02T22:59:00Z'))).to.equal(true); // 05:59
    expect(inQuietHours(q, new Date('2026-03-02T23:00:00Z'))).to.equal(false); // 06:00
    expect(quietHoursEnd(q, new Date('2026-03-02T15:30:00Z'))).to.deep.equal(new Date('2026-03-02T23:00:00Z'));
    expect(quietHoursEnd(q, new Date('2026-03-02T20:00:00Z'))).to.deep.equal(new Date('2026-03-02T23:00:00Z'));
    expect(quietHoursEnd(q, new Date('2026-03-02T03:00:00Z'))).to.deep.equal(new Date('2026-03-02T03:00:00Z'));
    expect(nextLocalDay('Asia/Ho_Chi_Minh', new Date('2026-03-02T18:00:00Z'))).to.deep.equal(new Date('2026-03-03T17:00:00Z'));
  });
  it('a window within one day', () => {
    const noon = { from: '11:00', to: '13:30', timeZone: 'Asia/Ho_Chi_Minh' };
    expect(inQuietHours(noon, new Date('2026-03-02T04:30:00Z'))).to.equal(true); // 11:30
    expect(quietHoursEnd(noon, new Date('2026-03-02T04:30:00Z'))).to.deep.equal(new Date('2026-03-02T06:30:00Z'));
    expect(inQuietHours(noon, new Date('2026-03-02T06:30:00Z'))).to.equal(false);
  });
});
