/** The shared HTTP rules: what may have landed is unconfirmed, what surely did not is retry, Retry-After in seconds or as a date. */
import { expect } from 'chai';
import { createServer, type AddressInfo } from 'node:net';
import { failureOutcome, field, httpCall, readFailureOutcome, retryAfterMs, type HttpResult } from '../../../channels/http/http-call.js';

const clock = { now: () => new Date('2026-03-02T02:00:00Z') };
const answer = (status: number, headers: Record<string, string> = {}, text = ''): HttpResult => ({
  ok: true,
  status,
  headers: new Headers(headers),
  text,
  json: undefined,
});

describe('http outcome rules', () => {
  it('Retry-After as seconds or as an HTTP date, nothing for garbage', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '120' }), clock)).to.equal(120_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Mon, 02 Mar 2026 02:01:30 GMT' }), clock)).to.equal(90_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), clock)).to.equal(undefined);
    expect(retryAfterMs(new Headers(), clock)).to.equal(undefined);
  });

  it('sorts the answers to a request that creates something', () => {
    const kind = (r: HttpResult) => failureOutcome(r, clock, 'Gửi').kind;
    expect(kind(answer(401))).to.equal('reauthorise');
    expect(failureOutcome(answer(429, { 'retry-after': '7' }), clock, 'Gửi')).to.deep.include({ kind: 'retry', afterMs: 7000 });
    expect(failureOutcome(answer(503), clock, 'Gửi')).to.deep.equal({ kind: 'retry', reason: 'Gửi: kênh tạm thời không nhận (HTTP 503)' });
    expect(kind(answer(500))).to.equal('unconfirmed');
    expect(kind(answer(502))).to.equal('unconfirmed');
    expect(failureOutcome(answer(422, {}, '{"error":"title"}'), clock, 'Gửi')).to.deep.equal({
      kind: 'permanent',
      code: 'HTTP_422',
      // The channel's own answer is evidence, not part of the reason people read.
      reason: 'Gửi: kênh từ chối (HTTP 422)',
      evidence: { httpStatus: 422, answer: '{"error":"title"}' },
    });
    expect(kind({ ok: false, sent: false, reason: 'không kết nối được (ECONNREFUSED)' })).to.equal('retry');
    expect(kind({ ok: false, sent: true, reason: 'kết nối bị ngắt' })).to.equal('unconfirmed');
  });

  it('says an unknown host and a refused connection in Vietnamese; the raw code is evidence, not the message', async () => {
    // .invalid never resolves (RFC 6761): ENOTFOUND, or EAI_AGAIN on a machine with no resolver.
    const unknown = await httpCall(fetch, 'http://loa-khong-co.invalid/', {}, 5000);
    const sent = failureOutcome(unknown, clock, 'Gửi bài');
    expect(sent.kind).to.equal('retry');
    expect(sent).to.have.property(
      'reason',
      'Gửi bài: không tìm thấy máy chủ của kênh (tên miền không phân giải được); hãy kiểm tra địa chỉ trong tài khoản kênh',
    );
    expect((sent as { evidence?: { networkError?: string } }).evidence?.networkError).to.be.oneOf(['ENOTFOUND', 'EAI_AGAIN']);
    // A loopback port just closed: nothing listens, the connection is refused.
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    await new Promise((done) => server.close(done));
    const refused = failureOutcome(await httpCall(fetch, `http://127.0.0.1:${port}/`, {}, 5000), clock, 'Kiểm tra');
    expect(refused).to.deep.equal({
      kind: 'retry',
      reason: 'Kiểm tra: máy chủ của kênh từ chối kết nối',
      evidence: { networkError: 'ECONNREFUSED' },
    });
    expect(JSON.stringify([sent.kind === 'retry' && sent.reason, refused.kind === 'retry' && refused.reason])).not.to.match(/E[A-Z]{4,}/);
  });

  it('a read that fails unclearly is a retry, never unconfirmed', () => {
    expect(readFailureOutcome(answer(502), clock, 'Tra cứu').kind).to.equal('retry');
    expect(readFailureOutcome({ ok: false, sent: true, reason: 'x' }, clock, 'Tra cứu').kind).to.equal('retry');
  });

  it('reads ids defensively: strings and numbers, never objects or empty strings', () => {
    expect(field({ data: { id: 123 } }, 'data', 'id')).to.equal('123');
    expect(field({ data: { id: '9001' } }, 'data', 'id')).to.equal('9001');
    expect(field({ data: { id: '' } }, 'data', 'id')).to.equal(undefined);
    expect(field({ data: { id: { x: 1 } } }, 'data', 'id')).to.equal(undefined);
    expect(field(null, 'data')).to.equal(undefined);
  });
});
