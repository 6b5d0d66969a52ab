import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { DomainError } from '../../domain/errors/domain-error.js';

/** Loopback: 127.0.0.0/8, ::1, and IPv4 loopback mapped into IPv6. */
export function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Who may read /metrics. With a token configured, only a request bearing it (from anywhere);
 * without one, only a request from this machine. The socket's address is used, never a
 * forwarded header, so a proxy in front cannot make a stranger look local.
 */
export class MetricsAccess {
  private readonly tokenDigest: Buffer | null;

  constructor(token: string | undefined) {
    this.tokenDigest = token ? digest(token) : null;
  }

  assert(remoteAddress: string, authorization: string | undefined): void {
    if (this.tokenDigest) {
      const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (m && timingSafeEqual(digest(m[1]), this.tokenDigest)) return;
      throw new DomainError('METRICS_FORBIDDEN', 'Cần mã truy cập số liệu (METRICS_TOKEN) trong tiêu đề Authorization: Bearer.', {
        auth: 'bearer',
      });
    }
    if (isLoopback(remoteAddress)) return;
    throw new DomainError('METRICS_FORBIDDEN', 'Số liệu /metrics chỉ mở cho chính máy chủ; đặt METRICS_TOKEN để cho máy khác đọc.', {
      auth: 'loopback',
    });
  }
}
