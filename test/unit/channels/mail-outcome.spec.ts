/** SMTP failures sorted by what they say about the message: not sent (retry), refused (permanent), auth (reauthorise), unknown (unconfirmed). */
import { expect } from 'chai';
import { mailFailureOutcome } from '../../../channels/mail-outcome.js';

describe('mail failure outcome', () => {
  const kind = (e: object) => mailFailureOutcome(e, 1000, 'Gửi thư').kind;
  it('sorts SMTP answers and socket errors', () => {
    expect(kind({ code: 'EAUTH', responseCode: 535 })).to.equal('reauthorise');
    expect(mailFailureOutcome({ responseCode: 451, response: '451 try later' }, 1000, 'Gửi thư')).to.deep.include({
      kind: 'retry',
      afterMs: 1000,
    });
    expect(mailFailureOutcome({ responseCode: 550, response: '550 no such user' }, 1000, 'Gửi thư')).to.deep.include({
      kind: 'permanent',
      code: 'SMTP_550',
    });
    expect(kind({ code: 'ESOCKET', command: 'CONN', syscall: 'connect', message: 'connect ECONNREFUSED 127.0.0.1:25' })).to.equal('retry');
    expect(kind({ code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.x' })).to.equal('retry');
    expect(kind({ code: 'ECONNECTION', command: 'CONN', message: 'Connection closed unexpectedly' })).to.equal('unconfirmed');
    expect(kind({ code: 'ETIMEDOUT', command: 'DATA', message: 'Timeout' })).to.equal('unconfirmed');
  });

  it("says it in Vietnamese and keeps the server's own words as evidence", () => {
    expect(mailFailureOutcome({ responseCode: 550, response: '550 no such user' }, 1000, 'Gửi thư')).to.deep.equal({
      kind: 'permanent',
      code: 'SMTP_550',
      reason: 'Gửi thư: máy chủ thư từ chối thư (mã 550)',
      evidence: { smtp: '550 no such user', responseCode: 550 },
    });
    expect(mailFailureOutcome({ code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.x' }, 1000, 'Gửi thư')).to.deep.equal({
      kind: 'retry',
      reason: 'Gửi thư: không kết nối được máy chủ thư; thư chưa được gửi đi',
      evidence: { smtp: 'getaddrinfo ENOTFOUND smtp.x', code: 'EDNS' },
    });
  });
});
