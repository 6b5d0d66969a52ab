import { DomainError } from '../../domain/errors/domain-error.js';
import type { Clock } from '../common/clock.js';

/** The longest a pair (account, address) is held back, however many failures it has. */
const MAX_DELAY_SEC = 3600;
/** One address may fail this many times the per-pair limit (across all accounts) before it is held back as a whole. */
const ADDRESS_FACTOR = 10;

interface Record_ {
  /** Start of the counting window. */
  start: number;
  failures: number;
  /** Until when (ms) attempts are refused. */
  blockedUntil: number;
}

/**
 * Failed log-ins, counted per account **and** address, so one careless person behind an
 * office's NAT does not lock out colleagues who share its address (nor the account itself from
 * another address). After `max` failures of a pair within `windowSec`, that pair waits
 * `windowSec`, and each further failure doubles the wait (up to an hour). An address that fails
 * `max × 10` times within the window across any accounts (password spraying) is held back as a
 * whole for the window. A success clears its pair. Kept in this process's memory: a restart
 * forgets it; several nodes each count their own.
 */
export class LoginThrottle {
  private readonly pairs = new Map<string, Record_>();
  private readonly addresses = new Map<string, Record_>();

  constructor(
    private readonly max: number,
    private readonly windowSec: number,
    private readonly clock: Clock,
  ) {}

  check(account: string, address: string): void {
    const now = this.clock.now().getTime();
    const blockedUntil = Math.max(
      this.pairs.get(pairKey(account, address))?.blockedUntil ?? 0,
      this.addresses.get(address)?.blockedUntil ?? 0,
    );
    if (blockedUntil > now) {
      const retryAfterSec = Math.ceil((blockedUntil - now) / 1000);
      throw new DomainError('LOGIN_RATE_LIMITED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${retryAfterSec} giây.`, {
        retryAfterSec,
      });
    }
  }

  fail(account: string, address: string): void {
    const now = this.clock.now().getTime();
    const pair = this.count(this.pairs, pairKey(account, address), now);
    if (pair.failures >= this.max) {
      const delaySec = Math.min(MAX_DELAY_SEC, this.windowSec * 2 ** (pair.failures - this.max));
      pair.blockedUntil = now + delaySec * 1000;
    }
    const whole = this.count(this.addresses, address, now);
    if (whole.failures >= this.max * ADDRESS_FACTOR) whole.blockedUntil = now + this.windowSec * 1000;
    if (this.pairs.size + this.addresses.size > 100_000) this.sweep(now);
  }

  succeed(account: string, address: string): void {
    this.pairs.delete(pairKey(account, address));
  }

  /**
   * The record, counted from scratch when its window lapsed before it reached the limit, or a
   * whole quiet window has passed since its wait ended; otherwise each failure adds to it.
   */
  private count(map: Map<string, Record_>, key: string, now: number): Record_ {
    let r = map.get(key);
    const windowMs = this.windowSec * 1000;
    const lapsed = r && (r.blockedUntil === 0 ? now - r.start >= windowMs : now - r.blockedUntil >= windowMs);
    if (!r || lapsed) {
      r = { start: now, failures: 0, blockedUntil: 0 };
      map.set(key, r);
    }
    r.failures++;
    return r;
  }

  private sweep(now: number): void {
    for (const map of [this.pairs, this.addresses]) {
      for (const [k, r] of map)
        if (r.blockedUntil <= now && now - r.start >= Math.max(this.windowSec * 1000, MAX_DELAY_SEC * 1000)) map.delete(k);
    }
  }
}

const pairKey = (account: string, address: string): string => `${account}\u0000${address}`;
