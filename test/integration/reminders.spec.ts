/**
 * Reminders by e-mail with real parts: smtp-server on loopback receives the mail; two
 * application instances on one database tick at the same moment and a third starts after them
 * (a restart), and every reminder arrives once.
 */
import { expect } from 'chai';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/modules/common/clock.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { RemindersService } from '../../src/modules/reminders/reminders.service.js';
import { login, seedTree, type Tree, activeSeedPlan } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

/** Wednesday 13/3/2024, 10:00 in Vietnam: seven days before Q1's report is due (20/3). */
const DAY = new Date('2024-03-13T03:00:00.000Z');
class Fixed extends Clock {
  now(): Date {
    return DAY;
  }
}

interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

describeEachDatabase('reminders by e-mail', (kind) => {
  let db: TestDatabase;
  let smtp: SMTPServer;
  const mails: Mail[] = [];
  let apps: TestApp[] = [];
  let tree: Tree;
  const h: Record<string, Record<string, string>> = {};
  let port = 0;
  let seedPlan: Awaited<ReturnType<typeof activeSeedPlan>>;
  const env = () => ({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Loa <loa@example.vn>',
    REMINDER_INTERVAL_SECONDS: '0',
    MAIL_MAX_ATTEMPTS: '2',
    PUBLIC_URL: 'https://loa.example.vn',
  });
  const start = async () => {
    const t = await startTestApp(db, env(), { clock: new Fixed() });
    apps.push(t);
    return t;
  };
  const api = async <T>(t: TestApp, method: string, path: string, who: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? h[who] : { ...h[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const mailTo = (user: string) => mails.filter((m) => m.to === `${tree.users[user].username}@example.vn`);

  before(async function () {
    this.timeout(120_000);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, cb) {
        // The unit admin's mailbox refuses mail: those reminders are retried, then left visible as failed.
        if (address.address.includes('-unitadmin@')) return cb(Object.assign(new Error('550 hộp thư không nhận'), { responseCode: 550 }));
        cb();
      },
      onData(stream, _session, cb) {
        simpleParser(stream)
          .then((m: ParsedMail) => {
            const to = Array.isArray(m.to) ? m.to[0] : m.to;
            mails.push({
              to: to?.value[0]?.address ?? '',
              subject: m.subject ?? '',
              text: m.text ?? '',
              html: typeof m.html === 'string' ? m.html : '',
            });
            cb();
          })
          .catch(cb);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
    db = await createTestDatabase(kind);
    const a = await start();
    tree = await seedTree(a.app, 'm');
    await a.app.get(DataSource).query(`UPDATE "users" SET "email" = "username" || '@example.vn'`);
    for (const who of ['editor', 'approver', 'systemAdmin', 'unitAdmin'])
      h[who] = { authorization: `Bearer ${(await login(a.baseUrl, tree.users[who].username)).token}` };
    const plans = a.app.get(PlansService);
    const plan = (seedPlan = await activeSeedPlan(plans, tree.communeA.id, '001'));
    const task = plan.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota !== null)!.id;
    // The editor turns off "slots due"; then writes two items, one approved and one sent back.
    const off = await api<{ rule: string; enabled: boolean }[]>(a, 'PUT', '/api/me/reminder-preferences', 'editor', {
      preferences: [{ rule: 'slot-due', enabled: false }],
    });
    expect(off.body.find((p) => p.rule === 'slot-due')?.enabled).to.equal(false);
    for (const [title, verdict] of [
      ['Dịch vụ công trực tuyến', 'approve'],
      ['Thủ tục đất đai', 'reject'],
    ] as const) {
      const item = await api<{ id: string; version: number }>(a, 'POST', '/api/items', 'editor', {
        unitId: tree.communeA.id,
        title,
        channels: ['web-portal'],
        planId: plan.id,
        taskId: task,
      });
      const sub = await api<{ version: number }>(a, 'POST', `/api/items/${item.body.id}/transitions`, 'editor', {
        action: 'submit',
        version: item.body.version,
      });
      const done = await api<{ version: number }>(a, 'POST', `/api/items/${item.body.id}/transitions`, 'approver', {
        action: verdict,
        version: sub.body.version,
        ...(verdict === 'reject' ? { comment: 'Bổ sung số liệu quý I' } : {}),
      });
      expect(done.status).to.equal(201);
    }
    await start();
  });
  after(async () => {
    for (const t of apps) await t.close();
    await db?.drop();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  it('sends nothing between 22:00 and 06:00 in Vietnam', async () => {
    const night = await apps[0].app.get(RemindersService).tick(new Date('2024-03-12T16:30:00.000Z'));
    expect(night).to.deep.equal({ queued: 0, sent: 0, failed: 0 });
    const early = await apps[0].app.get(RemindersService).tick(new Date('2024-03-12T22:59:00.000Z'));
    expect(early.sent).to.equal(0);
    expect(mails).to.have.length(0);
  });

  it('mails each reminder once from two instances ticking together and a third after a restart, Vietnamese, text and HTML, with a link', async function () {
    this.timeout(120_000);
    const [a, b] = apps;
    await Promise.all([a.app.get(RemindersService).tick(), b.app.get(RemindersService).tick()]);
    await b.close();
    apps = apps.filter((x) => x !== b);
    const c = await start();
    await c.app.get(RemindersService).tick();
    await a.app.get(RemindersService).tick();

    const keys = mails.map((m) => `${m.to}\u0000${m.subject}`);
    expect(new Set(keys).size, keys.join('\n')).to.equal(keys.length);
    // The approver: both submissions, the empty slots, the report due in 7 days.
    const approver = mailTo('approver').map((m) => m.subject);
    expect(approver).to.include('[Loa] Nội dung mới chờ duyệt: Dịch vụ công trực tuyến');
    expect(approver).to.include('[Loa] Nội dung mới chờ duyệt: Thủ tục đất đai');
    expect(approver.some((s) => s.startsWith('[Loa] Còn 7 ngày đến hạn báo cáo quý I năm 2024'))).to.equal(true);
    expect(approver.some((s) => /ô lịch sắp đến hạn chưa có nội dung/.test(s))).to.equal(true);
    // The slots due name their task by its title, not its number.
    const due = mailTo('approver').find((m) => /ô lịch sắp đến hạn/.test(m.subject))!;
    const first = (
      (await a.app
        .get(DataSource)
        .query(
          `SELECT "taskId" FROM "slots" WHERE "planId" = '${seedPlan.id}' AND "itemId" IS NULL AND "date" >= '2024-03-13' ORDER BY "date", "id" LIMIT 1`,
        )) as { taskId: string }[]
    )[0];
    const title = seedPlan.document.tasks.find((x) => x.id === first.taskId)!.title;
    expect(due.text).to.include(`: ${title}`);
    expect(due.text).not.to.match(/: nhiệm vụ /i);
    // The author hears the verdicts, and no "slots due" (turned off).
    const editor = mailTo('editor');
    expect(editor.map((m) => m.subject).sort()).to.deep.equal([
      '[Loa] Nội dung bị trả lại: Thủ tục đất đai',
      '[Loa] Nội dung đã được duyệt: Dịch vụ công trực tuyến',
    ]);
    const rejected = editor.find((m) => m.subject.includes('trả lại'))!;
    expect(rejected.text).to.include('Ý kiến: Bổ sung số liệu quý I').and.include('https://loa.example.vn/items/');
    expect(rejected.html).to.include('<a href="https://loa.example.vn/items/');
    expect(mailTo('viewer')).to.have.length(0);
    const sent = (await a.app.get(DataSource).query(`SELECT COUNT(*) AS n FROM "reminder_deliveries" WHERE "status" = 'sent'`)) as {
      n: unknown;
    }[];
    expect(Number(sent[0].n)).to.equal(mails.length);
  });

  it('retries mail the server refuses and leaves it visible to admins as failed, never lost', async () => {
    const a = apps[0];
    const waiting = await api<{ email: string; status: string; attempts: number; lastError: string }[]>(
      a,
      'GET',
      '/api/reminders/deliveries?status=pending',
      'systemAdmin',
    );
    const refused = waiting.body.filter((d) => d.email.includes('-unitadmin@'));
    expect(refused.length).to.be.greaterThan(0);
    expect(refused[0].attempts).to.equal(1);
    expect(refused[0].lastError).to.include('550');
    // After the back-off the second attempt fails too: MAIL_MAX_ATTEMPTS=2 marks them failed.
    await a.app.get(RemindersService).tick(new Date(DAY.getTime() + 10 * 60_000));
    const failed = await api<{ email: string; attempts: number }[]>(a, 'GET', '/api/reminders/deliveries?status=failed', 'systemAdmin');
    expect(failed.body.filter((d) => d.email.includes('-unitadmin@')).length).to.equal(refused.length);
    expect(failed.body.every((d) => d.attempts === 2)).to.equal(true);
    const forbidden = await api<{ error: { code: string } }>(a, 'GET', '/api/reminders/deliveries', 'unitAdmin');
    expect(forbidden.status).to.equal(403);
  });
});
