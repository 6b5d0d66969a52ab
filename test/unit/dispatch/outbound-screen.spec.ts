/** The outbound screen's rules: which addresses are public, what OUTBOUND_ALLOW_HOSTS accepts, how an allow-listed range lets an internal address through. */
import { expect } from 'chai';
import { ConfigError, parseConfig, parseOutboundAllow } from '../../../config/env.schema.js';
import { isPublicAddress, OutboundScreen } from '../../../src/modules/dispatch/outbound-screen.js';

describe('outbound screen', () => {
  it('only global unicast addresses are public: loopback, private, link-local, CGNAT, multicast, broadcast, unspecified and IPv4-mapped ones are not', () => {
    for (const ip of ['8.8.8.8', '203.113.131.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) expect(isPublicAddress(ip), ip).to.equal(true);
    for (const ip of [
      '127.0.0.1',
      '127.8.9.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ]) {
      expect(isPublicAddress(ip), ip).to.equal(false);
    }
  });

  it('OUTBOUND_ALLOW_HOSTS takes host, host:port, [IPv6]:port and CIDR entries, and names a bad one', () => {
    expect(parseOutboundAllow(' hook.noibo.vn, 127.0.0.1:8080 ,[::1]:9000, 10.20.0.0/16, fd00::/8,::1')).to.deep.equal({
      hosts: [{ host: 'hook.noibo.vn' }, { host: '127.0.0.1', port: 8080 }, { host: '::1', port: 9000 }, { host: '::1' }],
      cidrs: ['10.20.0.0/16', 'fd00::/8'],
    });
    expect(parseOutboundAllow(undefined)).to.deep.equal({ hosts: [], cidrs: [] });
    expect(parseOutboundAllow('10.0.0.0/33')).to.be.a('string').and.include('CIDR');
    expect(parseOutboundAllow('host:99999')).to.be.a('string');
    expect(() => parseConfig({ OUTBOUND_ALLOW_HOSTS: 'a b' }, process.cwd()))
      .to.throw(ConfigError)
      .with.property('issues')
      .that.deep.includes({ variable: 'OUTBOUND_ALLOW_HOSTS', message: parseOutboundAllow('a b') as string });
  });

  it('an allowed range lets its internal addresses through, and only those; an allowed host passes by name and port', async () => {
    const screen = new OutboundScreen({
      outboundAllow: { hosts: [{ host: '127.0.0.1', port: 8080 }], cidrs: ['10.20.0.0/16', 'fd00::/8'] },
    });
    expect(screen.addressAllowed('10.20.3.4')).to.equal(true);
    expect(screen.addressAllowed('::ffff:10.20.3.4')).to.equal(true);
    expect(screen.addressAllowed('10.21.0.1')).to.equal(false);
    expect(screen.addressAllowed('fd00::5')).to.equal(true);
    expect(screen.addressAllowed('8.8.8.8')).to.equal(true);
    await screen.check('http://127.0.0.1:8080/hook');
    const refused = await screen.check('http://127.0.0.1:8081/hook').then(
      () => null,
      (e: { code: string; evidence: Record<string, unknown> }) => e,
    );
    expect(refused?.code).to.equal('OUTBOUND_URL_PRIVATE');
    expect(refused?.evidence).to.deep.equal({ field: 'url', host: '127.0.0.1:8081', address: '127.0.0.1' });
  });
});
