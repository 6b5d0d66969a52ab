/** The e-mail newsletter through nodemailer to a real SMTP server (smtp-server) on loopback. */
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmailAdapter, messageIdOf } from '../../../channels/email/email.adapter.js';
import { adapterContract } from '../../support/adapter-contract.js';
import { dispatchOf, item, limits, realPorts } from '../../support/adapter-fixtures.js';
import { SmtpFake } from '../../support/fakes/smtp.fake.js';
import { nodemailerSender } from '../../support/nodemailer-mail-sender.js';

let smtp: SmtpFake;
const adapterFor = (password?: string) =>
  new EmailAdapter(
    {
      ...realPorts(),
      mail: nodemailerSender({
        host: '127.0.0.1',
        port: smtp.port,
        user: 'loa',
        password: password ?? smtp.password,
        from: 'Loa <loa@hanhduc.gov.vn>',
        timeoutMs: 3000,
      }),
    },
    limits,
  );
const copiesOf = (key: string) => smtp.messages.filter((m) => m.raw.includes(`Message-ID: ${messageIdOf(key)}`)).length;

adapterContract(
  'email',
  async () => {
    smtp = new SmtpFake();
    await smtp.start();
    const adapter = adapterFor();
    return {
      adapter,
      dispatch: (it) => dispatchOf({ credentials: { listAddress: 'ban-tin@lists.hanhduc.gov.vn' }, ...(it ? { item: it } : {}) }),
      copiesAt: (d) => copiesOf(d.idempotencyKey),
      requestCount: () => smtp.connections,
      refuseCredentials: () => {
        smtp.password = 'changed';
      },
      throttleNext: () => {
        smtp.throttleNext();
        return limits.email.throttleRetryMs;
      },
      dropAnswerAfterLanding: () => smtp.dropNextAfterData(),
      overLimitItem: () => item({ title: 'T'.repeat(limits.email.subjectMax + 1) }),
    };
  },
  () => smtp.stop(),
  { lookup: false },
);

describe('email adapter', () => {
  beforeEach(async () => {
    smtp = new SmtpFake();
    await smtp.start();
  });
  afterEach(() => smtp.stop());

  it('sends the newsletter to every recipient in Bcc, with the HTML, a text part, the attachment and a stable Message-ID', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-mail-'));
    const pdf = join(dir, 'to-roi.pdf');
    writeFileSync(pdf, '%PDF-1.4 tờ rơi');
    const d = dispatchOf({
      credentials: { recipients: 'a@xa.vn, b@xa.vn;c@xa.vn' },
      item: item({ attachments: [{ path: pdf, mime: 'application/pdf', bytes: 20, filename: 'to-roi.pdf' }] }),
    });
    const outcome = await adapterFor().send(d);
    expect(outcome).to.deep.include({ kind: 'published', detail: { accepted: 3, rejected: [] } });
    const [mail] = smtp.messages;
    expect(mail!.to).to.deep.equal(['a@xa.vn', 'b@xa.vn', 'c@xa.vn']);
    expect(mail!.raw).to.include(`Message-ID: ${messageIdOf(d.idempotencyKey)}`);
    expect(mail!.raw).to.not.match(/^Bcc:/m);
    expect(mail!.raw).to.include('filename=to-roi.pdf');
    expect(mail!.raw).to.match(/Content-Type: text\/plain/);
  });

  it('a bad address or an empty account is refused before connecting', async () => {
    expect(await adapterFor().send(dispatchOf({ credentials: { recipients: 'không-phải-thư' } }))).to.deep.include({
      kind: 'permanent',
      code: 'RECIPIENT_INVALID',
    });
    expect(await adapterFor().send(dispatchOf({ credentials: {} }))).to.deep.include({ kind: 'permanent', code: 'ACCOUNT_INCOMPLETE' });
    expect(smtp.connections).to.equal(0);
  });

  it('a server that is not there is retry (nothing left)', async () => {
    const adapter = adapterFor();
    await smtp.stop();
    expect((await adapter.send(dispatchOf({ credentials: { listAddress: 'x@xa.vn' } }))).kind).to.equal('retry');
  });
});
