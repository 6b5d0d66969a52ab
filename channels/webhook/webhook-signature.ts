/**
 * The signature of Loa's JSON webhooks: HMAC-SHA256 over `${timestamp}.${body}`, hex, sent as
 * `X-Loa-Timestamp: <unix seconds>` and `X-Loa-Signature: v1=<hex>[,v1=<hex>…]`, one `v1=` per
 * secret in use. During a rotation the sender signs with the new and the old secret and the
 * receiver accepts a match with any secret it holds, so either side can switch first.
 * Receivers (and Loa, for callbacks it receives) verify with `verifyWebhookSignature`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-loa-signature';
export const TIMESTAMP_HEADER = 'x-loa-timestamp';
export const DELIVERY_HEADER = 'x-loa-delivery';

export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  return secrets.map((s) => `v1=${signPayload(s, timestamp, body)}`).join(',');
}

export type SignatureVerdict = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'mismatch' };

export function verifyWebhookSignature(input: {
  secrets: readonly string[];
  header: string | undefined | null;
  timestamp: string | undefined | null;
  body: string;
  now: Date;
  toleranceSec: number;
}): SignatureVerdict {
  if (!input.header || !input.timestamp || !/^\d+$/.test(input.timestamp)) return { ok: false, reason: 'missing' };
  const ts = Number(input.timestamp);
  if (Math.abs(input.now.getTime() / 1000 - ts) > input.toleranceSec) return { ok: false, reason: 'stale' };
  const offered = input.header
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.startsWith('v1='))
    .map((p) => Buffer.from(p.slice(3), 'hex'));
  for (const secret of input.secrets) {
    const expected = Buffer.from(signPayload(secret, ts, input.body), 'hex');
    if (offered.some((o) => o.length === expected.length && timingSafeEqual(o, expected))) return { ok: true };
  }
  return { ok: false, reason: 'mismatch' };
}
