import { expect } from 'chai';
import { LoginThrottle } from '../../../src/modules/accounts/login-throttle.js';
import { Clock } from '../../../src/modules/common/clock.js';

class FixedClock extends Clock {
  constructor(public t: number) {
    super();
  }
  now(): Date {
    return new Date(this.t);
  }
}

const retryAfter = (f: () => void): number | null => {
  try {
    f();
    return null;
  } catch (e) {
    expect(e).to.have.property('code', 'LOGIN_RATE_LIMITED');
    return (e as { evidence: { retryAfterSec: number } }).evidence.retryAfterSec;
  }
};

describe('login throttle', () => {
  it('blocks an account from an address after max failures within the window, then lets go', () => {
    const clock = new FixedClock(0);
    const th = new LoginThrottle(2, 60, clock);
    th.fail('an', '10.0.0.1');
    th.check('an', '10.0.0.1');
    th.fail('an', '10.0.0.1');
    expect(retryAfter(() => th.check('an', '10.0.0.1'))).to.equal(60);
    clock.t = 61_000;
    expect(() => th.check('an', '10.0.0.1')).not.to.throw();
  });

  it('does not lock out colleagues behind the same address, nor the account from another address', () => {
    const th = new LoginThrottle(3, 60, new FixedClock(0));
    for (let i = 0; i < 5; i++) th.fail('an', '203.0.113.7');
    expect(retryAfter(() => th.check('an', '203.0.113.7'))).to.be.greaterThan(0);
    expect(() => th.check('binh', '203.0.113.7')).not.to.throw();
    expect(() => th.check('an', '198.51.100.2')).not.to.throw();
  });

  it('doubles the wait with each failure after the limit, up to an hour', () => {
    const clock = new FixedClock(0);
    const th = new LoginThrottle(2, 60, clock);
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      const wait = retryAfter(() => th.check('an', '10.0.0.1'));
      if (wait !== null) {
        waits.push(wait);
        clock.t += wait * 1000;
      }
      th.fail('an', '10.0.0.1');
    }
    expect(waits).to.deep.equal([60, 120, 240, 480, 960, 1920, 3600]);
  });

  it('forgets a pair after a quiet window once its wait is over, and on success', () => {
    const clock = new FixedClock(0);
    const th = new LoginThrottle(1, 60, clock);
    th.fail('an', 'a');
    th.fail('an', 'a');
    expect(retryAfter(() => th.check('an', 'a'))).to.equal(120);
    clock.t = 120_000 + 60_000;
    th.fail('an', 'a');
    expect(retryAfter(() => th.check('an', 'a'))).to.equal(60);
    th.succeed('an', 'a');
    expect(() => th.check('an', 'a')).not.to.throw();
  });

  it('holds back an address that fails across many accounts (password spraying)', () => {
    const th = new LoginThrottle(2, 60, new FixedClock(0));
    for (let i = 0; i < 19; i++) th.fail(`user${i}`, '10.9.9.9');
    expect(() => th.check('someone-else', '10.9.9.9')).not.to.throw();
    th.fail('user19', '10.9.9.9');
    expect(retryAfter(() => th.check('someone-else', '10.9.9.9'))).to.equal(60);
    expect(() => th.check('someone-else', '10.9.9.10')).not.to.throw();
  });
});
