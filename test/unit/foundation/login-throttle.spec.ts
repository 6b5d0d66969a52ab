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

describe('login throttle', () => {
  it('blocks after max failures within the window, then lets go', () => {
    const clock = new FixedClock(0);
    const th = new LoginThrottle(2, 60, clock);
    th.fail(['ip:1']);
    th.check(['ip:1']);
    th.fail(['ip:1']);
    expect(() => th.check(['ip:1'])).to.throw().with.property('code', 'LOGIN_RATE_LIMITED');
    clock.t = 61_000;
    expect(() => th.check(['ip:1'])).not.to.throw();
  });

  it('clears a user name on success', () => {
    const th = new LoginThrottle(1, 60, new FixedClock(0));
    th.fail(['user:a']);
    th.succeed('user:a');
    expect(() => th.check(['user:a'])).not.to.throw();
  });
});
