import { DomainError } from '../../domain/errors/domain-error.js';
import type { Clock } from '../common/clock.js';

/**
 * Fixed-window limit on failed log-ins, per client address and per user name, kept in this
 * process's memory (a node restart forgets it; several nodes each count their own). A
 * success clears the user name's count.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, { start: number; failures: number }>();

  constructor(
    private readonly max: number,
    private readonly windowSec: number,
    private readonly clock: Clock,
  ) {}

  check(keys: string[]): void {
    const now = this.clock.now().getTime();
    for (const key of keys) {
      const w = this.windows.get(key);
      if (w && now - w.start < this.windowSec * 1000 && w.failures >= this.max) {
        const retryAfterSec = Math.ceil((w.start + this.windowSec * 1000 - now) / 1000);
        throw new DomainError('LOGIN_RATE_LIMITED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${retryAfterSec} giây.`, {
          retryAfterSec,
        });
      }
    }
  }

  fail(keys: string[]): void {
    const now = this.clock.now().getTime();
    for (const key of keys) {
      const w = this.windows.get(key);
      if (!w || now - w.start >= this.windowSec * 1000) this.windows.set(key, { start: now, failures: 1 });
      else w.failures++;
    }
    if (this.windows.size > 100_000) this.sweep(now);
  }

  succeed(key: string): void {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowSec * 1000) this.windows.delete(k);
  }
}
