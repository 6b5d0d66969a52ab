/**
 * The adapters' fetch is screened at the connection itself: the name is resolved once, for the
 * socket, so a name whose DNS answer changes between the screen's check and the connection
 * (rebinding) cannot reach an internal address. Two real loopback servers on one port stand for
 * a public receiver (127.0.0.1, allowed by a CIDR entry) and an internal one (127.0.0.2, not
 * allowed); the resolver is real code whose answer changes from one call to the next.
 */
import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { httpCall } from '../../../channels/http/http-call.js';
import { screenedFetch } from '../../../src/modules/dispatch/channels-boot.js';
import { OutboundScreen, type ResolveAll } from '../../../src/modules/dispatch/outbound-screen.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';

function receiver(host: string, port: number, hits: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', connection: 'close' }).end('{"ok":true}'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

describe('outbound screen at the connection (DNS rebinding)', () => {
  const publicHits: string[] = [];
  const internalHits: string[] = [];
  let servers: Server[] = [];
  let port = 0;
  let answers: string[] = [];
  const asked: string[] = [];
  /** Answers the next queued address (the last one again when the queue runs out). */
  const changing: ResolveAll = (hostname, callback) => {
    asked.push(hostname);
    const address = answers.length > 1 ? answers.shift()! : answers[0]!;
    setImmediate(() => callback(null, [{ address, family: 4 } as LookupAddress]));
  };
  const screen = (hosts: { host: string; port?: number }[] = []) =>
    new OutboundScreen({ outboundAllow: { hosts, cidrs: ['127.0.0.1/32'] } }, changing);
  const refusal = (e: unknown) => {
    expect(e).to.be.instanceOf(DomainError);
    return e as DomainError;
  };

  before(async () => {
    const first = await receiver('127.0.0.1', 0, publicHits);
    port = (first.address() as AddressInfo).port;
    servers = [first, await receiver('127.0.0.2', port, internalHits)];
  });
  after(async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  });
  beforeEach(() => {
    publicHits.length = 0;
    internalHits.length = 0;
    asked.length = 0;
  });

  it('a name checked on a public answer and resolved to an internal one for the connection is refused; nothing reaches the internal server', async () => {
    answers = ['127.0.0.1', '127.0.0.2'];
    const s = screen();
    const url = `http://rebind.test:${port}/hooks/loa`;
    await s.check(url);
    const error = await screenedFetch(s)(url, { method: 'POST', body: '{}' }).then(
      () => null,
      (e: unknown) => e,
    );
    const refused = refusal(error);
    expect(refused.code).to.equal('OUTBOUND_URL_PRIVATE');
    expect(refused.message).to.include(`Địa chỉ rebind.test:${port} trỏ tới 127.0.0.2`).and.include('OUTBOUND_ALLOW_HOSTS');
    expect(asked, 'the connection resolved the name itself').to.deep.equal(['rebind.test', 'rebind.test']);
    expect(internalHits).to.deep.equal([]);
    expect(publicHits).to.deep.equal([]);
  });

  it('each new connection is resolved and judged again: the first reaches the allowed address, the next, rebound, is refused', async () => {
    answers = ['127.0.0.1', '127.0.0.2'];
    const fetch = screenedFetch(screen());
    const url = `http://rebind.test:${port}/hooks/loa`;
    const first = await fetch(url, { method: 'POST', body: '{}' });
    expect(first.status).to.equal(200);
    await first.text();
    const result = await httpCall(fetch, url, { method: 'POST', body: '{}' }, 2000);
    expect(result).to.include({ ok: false, sent: false });
    expect((result as { reason: string }).reason)
      .to.include('trỏ tới 127.0.0.2')
      .and.include('Loa không gửi tới đó');
    expect(publicHits).to.deep.equal(['POST /hooks/loa']);
    expect(internalHits).to.deep.equal([]);
    expect(asked).to.have.length(2);
  });

  it('an IP literal the screen does not allow is refused before connecting, with no look-up', async () => {
    answers = ['127.0.0.1'];
    const error = await screenedFetch(screen())(`http://127.0.0.2:${port}/x`, { method: 'GET' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal(error).evidence).to.include({ address: '127.0.0.2', host: `127.0.0.2:${port}` });
    expect(internalHits).to.deep.equal([]);
    expect(asked).to.deep.equal([]);
    const allowed = await screenedFetch(screen())(`http://127.0.0.1:${port}/y`, { method: 'GET' });
    expect(allowed.status).to.equal(200);
    expect(publicHits).to.deep.equal(['GET /y']);
  });

  it('a host the operator listed in OUTBOUND_ALLOW_HOSTS (host and port) connects to its internal address; the same name on another port does not', async () => {
    answers = ['127.0.0.2'];
    const s = screen([{ host: 'noibo.test', port }]);
    const ok = await screenedFetch(s)(`http://NoiBo.test:${port}/hooks/loa`, { method: 'POST', body: '{}' });
    expect(ok.status).to.equal(200);
    expect(internalHits).to.deep.equal(['POST /hooks/loa']);
    const other = await screenedFetch(s)(`http://noibo.test:${port + 1 > 65535 ? port - 1 : port + 1}/x`, { method: 'GET' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal(other).code).to.equal('OUTBOUND_URL_PRIVATE');
  });

  it('a name that does not resolve fails as not sent (ENOTFOUND), not as a screen refusal', async () => {
    const failing = new OutboundScreen({ outboundAllow: { hosts: [], cidrs: [] } }, (_host, callback) =>
      setImmediate(() => callback(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }), [])),
    );
    const result = await httpCall(screenedFetch(failing), `http://khong-co.test:${port}/`, { method: 'GET' }, 2000);
    expect(result).to.deep.equal({
      ok: false,
      sent: false,
      reason: 'không tìm thấy máy chủ của kênh (tên miền không phân giải được); hãy kiểm tra địa chỉ trong tài khoản kênh',
      code: 'ENOTFOUND',
    });
  });
});
