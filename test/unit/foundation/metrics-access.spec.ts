import { expect } from 'chai';
import { isLoopback, MetricsAccess } from '../../../src/modules/metrics/metrics-access.js';

describe('metrics access', () => {
  it('knows loopback addresses, IPv4-mapped ones included', () => {
    expect(['127.0.0.1', '127.8.0.3', '::1', '::ffff:127.0.0.1'].every(isLoopback)).to.equal(true);
    expect(['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '', '1.127.0.0'].some(isLoopback)).to.equal(false);
  });

  it('without a token, answers this machine only', () => {
    const access = new MetricsAccess(undefined);
    expect(() => access.assert('127.0.0.1', undefined)).not.to.throw();
    expect(() => access.assert('192.168.1.20', 'Bearer anything'))
      .to.throw()
      .with.property('code', 'METRICS_FORBIDDEN');
  });

  it('with a token, answers whoever sends it, and no one else (loopback included)', () => {
    const access = new MetricsAccess('secret-prometheus-0123');
    expect(() => access.assert('192.168.1.20', 'Bearer secret-prometheus-0123')).not.to.throw();
    expect(() => access.assert('192.168.1.20', 'Bearer secret-prometheus-0124'))
      .to.throw()
      .with.property('code', 'METRICS_FORBIDDEN');
    expect(() => access.assert('127.0.0.1', undefined))
      .to.throw()
      .with.property('code', 'METRICS_FORBIDDEN');
  });
});
