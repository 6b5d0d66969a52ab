import { expect } from 'chai';
import { backoffMs, settle } from '../../../src/domain/dispatch/publication-state.js';

const policy = { maxAttempts: 4, baseMs: 1000, capMs: 60_000 };
const now = new Date('2026-12-01T00:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('publication states', () => {
  it('full jitter: uniform below base·2^(n−1), capped, and never before Retry-After', () => {
    expect(backoffMs(1, policy, () => 0.999)).to.equal(999);
    expect(backoffMs(3, policy, () => 0.5)).to.equal(2000);
    expect(backoffMs(20, policy, () => 0.999)).to.equal(59_940);
    expect(backoffMs(1, policy, () => 0, 30_000)).to.equal(30_000);
    expect(backoffMs(2, policy, () => 0.999, 10)).to.equal(1998);
  });

  it('maps each outcome kind to a state', () => {
    const r = () => 0.5;
    expect(settle({ kind: 'published', remoteId: '7', url: 'u' }, 1, now, policy, r, true)).to.deep.equal({
      state: 'published',
      nextAttemptAt: null,
      remoteId: '7',
      url: 'u',
    });
    expect(settle({ kind: 'delivered', remoteId: 'd' }, 1, now, policy, r, true)).to.deep.equal({
      state: 'delivered',
      nextAttemptAt: null,
      remoteId: 'd',
    });
    expect(settle({ kind: 'retry', reason: '503', afterMs: 5000 }, 1, now, policy, r, true)).to.deep.equal({
      state: 'retrying',
      nextAttemptAt: at(5000),
      error: '503',
    });
    expect(settle({ kind: 'retry', reason: '503' }, 4, now, policy, r, true)).to.deep.equal({
      state: 'failed',
      nextAttemptAt: null,
      error: '503',
      notify: true,
    });
    expect(settle({ kind: 'permanent', code: 'X', reason: 'no' }, 1, now, policy, r, true)).to.deep.include({
      state: 'failed',
      notify: true,
      error: 'X: no',
    });
    expect(settle({ kind: 'reauthorise', reason: '-216' }, 1, now, policy, r, true)).to.deep.include({
      state: 'needs-reauth',
      accountNeedsReauth: true,
      notify: true,
    });
    expect(settle({ kind: 'reschedule', reason: '-234', notBefore: at(8 * 3_600_000) }, 2, now, policy, r, true)).to.deep.equal({
      state: 'retrying',
      nextAttemptAt: at(8 * 3_600_000),
      error: '-234',
      refundAttempt: true,
    });
  });

  it('unconfirmed is looked up later when the adapter can look up, and waits for a person when it cannot or the attempts are spent', () => {
    expect(settle({ kind: 'unconfirmed', reason: 'reset', remoteId: 'tok', afterMs: 3000 }, 1, now, policy, () => 0, true)).to.deep.equal({
      state: 'unconfirmed',
      nextAttemptAt: at(3000),
      remoteId: 'tok',
      error: 'reset',
    });
    expect(settle({ kind: 'unconfirmed', reason: 'reset' }, 1, now, policy, () => 0, false)).to.deep.include({
      state: 'unconfirmed',
      nextAttemptAt: null,
      notify: true,
    });
    expect(settle({ kind: 'unconfirmed', reason: 'reset' }, 4, now, policy, () => 0, true)).to.deep.include({
      state: 'unconfirmed',
      nextAttemptAt: null,
      notify: true,
    });
  });
});
