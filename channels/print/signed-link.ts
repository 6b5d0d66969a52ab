/**
 * Signed, expiring download links for files handed over by mail (print PDFs too large to
 * attach). The DownloadLinks port stores the file under an id and builds the URL with
 * `signedDownloadUrl`; the route that serves it checks `verifyDownloadSignature` before reading
 * anything. HMAC-SHA256 over `${fileId}.${expiresUnix}`, compared in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

function signature(secret: string, fileId: string, expiresUnix: number): string {
  return createHmac('sha256', secret).update(`${fileId}.${expiresUnix}`, 'utf8').digest('hex');
}

export function signedDownloadUrl(baseUrl: string, fileId: string, expiresAt: Date, secret: string): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(fileId)}?expires=${expires}&sig=${signature(secret, fileId, expires)}`;
}

export type DownloadVerdict = 'ok' | 'expired' | 'invalid';

export function verifyDownloadSignature(input: {
  fileId: string;
  expires: string | undefined;
  sig: string | undefined;
  secret: string;
  now: Date;
}): DownloadVerdict {
  if (!input.expires || !/^\d+$/.test(input.expires) || !input.sig || !/^[0-9a-f]{64}$/.test(input.sig)) return 'invalid';
  const expected = Buffer.from(signature(input.secret, input.fileId, Number(input.expires)), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(input.sig, 'hex'))) return 'invalid';
  return Number(input.expires) * 1000 < input.now.getTime() ? 'expired' : 'ok';
}
