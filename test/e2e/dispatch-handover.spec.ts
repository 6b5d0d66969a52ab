/**
 * The shipped adapters that need the optional ports, through the real dispatcher tick with the
 * ports Loa wires itself (no adapters passed in): a pano and an LED screen item printed (pdfkit)
 * and mailed to smtp-server on loopback through the reminders' SMTP_URL transport, a radio
 * programme written into a drop folder under DISPATCH_DROP_ROOT with its JSON manifest, an
 * e-mail item sent as a newsletter; and the signed download links served by Loa.
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { rawQuery } from '../../src/modules/database/raw-sql.js';
import { systemActor } from '../../src/modules/access/principal.js';
import { Clock } from '../../src/modules/common/clock.js';
import { openReviewKeys } from '../../src/domain/plan/plan-identity.js';
import { DownloadLinkStore } from '../../src/modules/dispatch/adapter-ports.js';
import { Dispatcher } from '../../src/modules/dispatch/dispatcher.service.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { login, seedTree, type Tree } from '../support/fixtures.js';
import { SmtpFake } from '../support/fakes/smtp.fake.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';
import { mp3Silence } from '../integration/media/media-fixtures.js';

const NOW = new Date('2024-03-20T02:00:00.000Z');
class FixedClock extends Clock {
  now(): Date {
    return NOW;
  }
}

const PLAN = [
  'ỦY BAN NHÂN DÂN XÃ HÀNH ĐỨC',
  'Số: 15/KH-UBND                Hành Đức, ngày 11 tháng 3 năm 2024',
  'KẾ HOẠCH',
  'Tuyên truyền cải cách hành chính năm 2024',
  'II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN',
  '1. Đăng tin, bài trên Trang thông tin điện tử xã',
  '- Tần suất: 03 tin, bài/tháng',
  '- Thời gian: Năm 2024',
  '2. Phát thanh trên hệ thống truyền thanh xã',
  '- Tần suất: 02 lần/tháng',
  '- Thời gian: Năm 2024',
  '3. Treo pano, áp phích tuyên truyền tại trụ sở xã và trình chiếu trên màn hình LED',
  '- Tần suất: 01 pano/tháng',
  '- Thời gian: Năm 2024',
  '',
].join('\n');

interface Item {
  id: string;
  status: string;
  version: number;
}
interface Pub {
  id: string;
  state: string;
  channel: string;
  remoteId: string | null;
}
interface Err {
  error: { code: string; message: string };
}

describeEachDatabase('dispatch: print, radio drop folder and newsletter through the shipped ports', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let smtp: SmtpFake;
  let dropRoot: string;
  let planId: string;
  const task: Record<string, string> = {};
  const h: Record<string, Record<string, string>> = {};

  const api = async <T>(method: string, path: string, who: string, body?: unknown): Promise<{ status: number; body: T; text: string }> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? h[who] : { ...h[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, text };
  };
  const move = async (id: string, action: string, who: string, version: number) =>
    api<Item & Err>('POST', `/api/items/${id}/transitions`, who, { action, version });
  const account = async (channel: string, accountKind: string, credentials: Record<string, string>) => {
    const created = await api<{ id: string }>('POST', `/api/units/${tree.communeA.id}/channel-accounts`, 'unitAdmin', {
      channel,
      kind: accountKind,
      name: `${channel} ${accountKind}`,
      credentials,
    });
    expect(created.status, created.text).to.equal(201);
    return created.body.id;
  };
  /** An item with one attachment, approved, placed in its task's next slot and published: its publications are queued. */
  const published = async (
    title: string,
    channels: string[],
    taskId: string,
    file?: { bytes: Uint8Array; name: string },
    placeOn?: string,
  ): Promise<Item> => {
    const created = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title,
      channels,
      planId,
      taskId,
      body: '<p>Người dân nộp hồ sơ tại nhà, không phải đến bộ phận một cửa.</p>',
    });
    expect(created.status, created.text).to.equal(201);
    let version = created.body.version;
    if (file) {
      const form = new FormData();
      form.append('file', new Blob([file.bytes]), file.name);
      const res = await fetch(`${t.baseUrl}/api/items/${created.body.id}/attachments?version=${version}`, {
        method: 'POST',
        headers: h.editor,
        body: form,
      });
      const attached = (await res.json()) as Item;
      expect(res.status, JSON.stringify(attached)).to.equal(201);
      version = attached.version;
    }
    const submitted = await move(created.body.id, 'submit', 'editor', version);
    const approved = await move(created.body.id, 'approve', 'approver', submitted.body.version);
    expect(approved.status, approved.text).to.equal(201);
    let scheduled: Item;
    if (placeOn) {
      // A channel no plan schedules (e-mail) rides along: the item is placed in one slot of another of its channels.
      const cal = await api<{ channels: { slots: { id: string; state: string; taskId: string }[] }[] }>(
        'GET',
        `/api/units/${tree.communeA.id}/calendar?from=2024-04-01&to=2024-04-30&channel=${placeOn}`,
        'viewer',
      );
      const slot = cal.body.channels[0]!.slots.find((x) => x.state === 'open' && x.taskId === taskId)!;
      const placed = await api<{ item: Item }>('PUT', `/api/items/${created.body.id}/placement`, 'editor', {
        version: approved.body.version,
        slotId: slot.id,
      });
      expect(placed.status, placed.text).to.equal(200);
      scheduled = placed.body.item;
    } else {
      const queued = await api<{ item: Item }>('POST', `/api/items/${created.body.id}/queue`, 'editor', { version: approved.body.version });
      expect(queued.status, queued.text).to.equal(201);
      scheduled = queued.body.item;
    }
    const done = await move(created.body.id, 'publish', 'approver', scheduled.version);
    expect(done.status, done.text).to.equal(201);
    return done.body;
  };
  const pubsOf = async (itemId: string) => (await api<Pub[]>('GET', `/api/publications?itemId=${itemId}`, 'viewer')).body;
  const logOf = async (pubId: string) =>
    (
      await api<{
        publication: { idempotencyKey: string };
        log: { event: string; outcome: string; state: string; remoteId: string | null }[];
      }>('GET', `/api/publications/${pubId}`, 'viewer')
    ).body;
  const mailsFor = async (address: string): Promise<ParsedMail[]> =>
    Promise.all(smtp.messages.filter((m) => m.to.includes(address)).map((m) => simpleParser(m.raw)));

  before(async () => {
    db = await createTestDatabase(kind);
    smtp = new SmtpFake();
    await smtp.start();
    dropRoot = mkdtempSync(join(tmpdir(), 'loa-drop-'));
    t = await startTestApp(
      db,
      {
        SMTP_URL: `smtp://${smtp.user}:${smtp.password}@127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'Loa xã Hành Đức <loa@hanhduc.gov.vn>',
        DISPATCH_DROP_ROOT: dropRoot,
      },
      { clock: new FixedClock() },
    );
    tree = await seedTree(t.app);
    for (const who of ['editor', 'approver', 'viewer', 'unitAdmin'])
      h[who] = { authorization: `Bearer ${(await login(t.baseUrl, tree.users[who].username)).token}` };
    const plans = t.app.get(PlansService);
    const draft = await plans.import(systemActor, tree.communeA.id, Buffer.from(PLAN), 'kh-15.txt');
    const plan = (await plans.activate(systemActor, draft.id, draft.rowVersion, { acknowledge: openReviewKeys(draft.document) })).plan;
    planId = plan.id;
    for (const c of ['web-portal', 'radio', 'pano']) task[c] = plan.document.tasks.find((x) => x.channels.includes(c))!.id;
  });
  after(async () => {
    await t?.close();
    await smtp?.stop();
    await db?.drop();
    rmSync(dropRoot, { recursive: true, force: true });
  });

  it('a pano and LED item is printed to a PDF with bleed and mailed to the print shop and the LED operator, then delivered with its log', async () => {
    await account('pano', 'print', { operatorEmail: 'in-an@cosoin.vn' });
    await account('led-screen', 'print', { operatorEmail: 'led@hanhduc.gov.vn' });
    // 50×75 cm plus 3 mm bleed at the profile's 150 dpi needs 2989×4465 px; Loa never enlarges.
    const picture = await sharp({ create: { width: 3000, height: 4480, channels: 3, background: '#1f6f43' } })
      .jpeg({ quality: 80 })
      .toBuffer();
    const item = await published('Cải cách hành chính vì nhân dân phục vụ', ['pano', 'led-screen'], task.pano!, {
      bytes: picture,
      name: 'pano-cchc.jpg',
    });
    expect((await pubsOf(item.id)).map((p) => `${p.channel}:${p.state}`).sort()).to.deep.equal(['led-screen:queued', 'pano:queued']);

    await t.app.get(Dispatcher).tick(new Date(NOW.getTime() + 1000));

    const pubs = await pubsOf(item.id);
    expect(pubs.map((p) => `${p.channel}:${p.state}`).sort()).to.deep.equal(['led-screen:delivered', 'pano:delivered']);
    for (const p of pubs) {
      const detail = await logOf(p.id);
      expect(
        detail.log.map((l) => `${l.event}:${l.outcome}:${l.state}`),
        p.channel,
      ).to.deep.equal(['send:delivered:delivered']);
    }
    const [print] = await mailsFor('in-an@cosoin.vn');
    expect(print, 'the print shop got one mail').to.not.equal(undefined);
    expect(await mailsFor('in-an@cosoin.vn')).to.have.length(1);
    expect(print!.subject).to.equal('[Loa] Pano, áp phích: Cải cách hành chính vì nhân dân phục vụ');
    expect(print!.from?.text).to.include('loa@hanhduc.gov.vn');
    const pano = pubs.find((p) => p.channel === 'pano')!;
    expect(print!.messageId).to.include(`loa-${pano.id}`);
    const pdf = print!.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(pdf.content.subarray(0, 5).toString()).to.equal('%PDF-');
    const text = pdf.content.toString('latin1');
    const box = (name: string) =>
      /\/(?:MediaBox|TrimBox|BleedBox) \[([^\]]+)\]/
        .exec(text.slice(text.indexOf(`/${name}`)))![1]!
        .trim()
        .split(/\s+/)
        .map(Number);
    const pt = (mm: number) => (mm * 72) / 25.4;
    expect(box('MediaBox')[2]).to.be.closeTo(pt(506), 0.01);
    expect(box('MediaBox')[3]).to.be.closeTo(pt(756), 0.01);
    expect(box('TrimBox')[0]).to.be.closeTo(pt(3), 0.01);
    expect(print!.text).to.include('150 dpi');

    const led = await mailsFor('led@hanhduc.gov.vn');
    expect(led).to.have.length(1);
    expect(led[0]!.attachments.map((a) => a.contentType)).to.deep.equal(['image/jpeg']);

    await t.app.get(Dispatcher).tick(new Date(NOW.getTime() + 2000));
    expect(smtp.messages, 'a delivered publication is not sent again').to.have.length(2);
  });

  it('a radio programme lands in the drop folder: the MP3 whole, then its JSON manifest', async () => {
    await account('radio', 'radio', { dropFolder: 'dai-xa-hanh-duc' });
    const item = await published('Chương trình phát thanh CCHC tháng 3', ['radio'], task.radio!, {
      bytes: mp3Silence(600),
      name: 'ct-thang-3.mp3',
    });
    await t.app.get(Dispatcher).tick(new Date(NOW.getTime() + 1000));

    const [pub] = await pubsOf(item.id);
    expect(pub!.state).to.equal('delivered');
    const detail = await logOf(pub!.id);
    expect(detail.log.map((l) => `${l.event}:${l.outcome}:${l.state}`)).to.deep.equal(['send:delivered:delivered']);
    const folder = join(dropRoot, 'dai-xa-hanh-duc');
    const key = detail.publication.idempotencyKey;
    expect(readdirSync(folder).sort()).to.deep.equal([`${key}.json`, `${key}.mp3`]);
    const manifest = JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8')) as Record<string, unknown>;
    expect(manifest).to.deep.include({
      id: key,
      publicationId: pub!.id,
      title: 'Chương trình phát thanh CCHC tháng 3',
      unit: '',
      durationSec: 600,
      priority: 'normal',
      file: `${key}.mp3`,
    });
    expect(readFileSync(join(folder, `${key}.mp3`)).equals(mp3Silence(600))).to.equal(true);
  });

  it('a drop folder outside DISPATCH_DROP_ROOT (by "..", or by a link) is refused and nothing is written there', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'loa-outside-'));
    try {
      symlinkSync(outside, join(dropRoot, 'loi-tat'));
      for (const dropFolder of ['../' + outside.split('/').at(-1), 'loi-tat/dai']) {
        const accountId = await account('radio', 'radio', { dropFolder });
        const item = await published(`Chương trình thử ${dropFolder}`, ['radio'], task.radio!, { bytes: mp3Silence(600), name: 'ct.mp3' });
        await t.app.get(Dispatcher).tick(new Date(NOW.getTime() + 1000));
        const pub = (
          await api<(Pub & { accountId: string; lastError: string | null })[]>('GET', `/api/publications?itemId=${item.id}`, 'viewer')
        ).body.find((p) => p.accountId === accountId)!;
        expect(pub.state, dropFolder).to.equal('failed');
        const detail = await api<{ log: { outcome: string; answer: unknown }[] }>('GET', `/api/publications/${pub.id}`, 'viewer');
        expect(JSON.stringify(detail.body.log)).to.include('DROP_FOLDER_OUTSIDE_ROOT');
        await api('DELETE', `/api/units/${tree.communeA.id}/channel-accounts/${accountId}`, 'unitAdmin');
      }
      expect(readdirSync(outside)).to.deep.equal([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('an e-mail item goes out as a newsletter to the Bcc list and is published with proof', async () => {
    await account('email', 'email', { recipients: 'ong.a@gmail.com, ba.b@yahoo.com' });
    const item = await published(
      'Bản tin CCHC xã Hành Đức tháng 3/2024',
      ['web-portal', 'email'],
      task['web-portal']!,
      undefined,
      'web-portal',
    );
    await t.app.get(Dispatcher).tick(new Date(NOW.getTime() + 1000));

    const pub = (await pubsOf(item.id)).find((p) => p.channel === 'email')!;
    expect(pub.state).to.equal('published');
    const detail = await logOf(pub.id);
    expect(detail.log.map((l) => `${l.event}:${l.outcome}:${l.state}`)).to.deep.equal(['send:published:published']);
    const sent = smtp.messages.filter((m) => m.to.includes('ong.a@gmail.com'));
    expect(sent).to.have.length(1);
    expect(sent[0]!.to.sort()).to.deep.equal(['ba.b@yahoo.com', 'ong.a@gmail.com']);
    const mail = await simpleParser(sent[0]!.raw);
    expect(mail.subject).to.equal('Bản tin CCHC xã Hành Đức tháng 3/2024');
    expect(mail.html).to.include('bộ phận một cửa');
    expect(mail.headers.get('bcc'), 'Bcc is not written into the message').to.equal(undefined);
    expect(mail.messageId).to.include(detail.publication.idempotencyKey);
    expect(pub.remoteId).to.equal(mail.messageId);
    const proofs = await rawQuery<{ source: string; channel: string }>(
      t.app.get(DataSource),
      `SELECT "source", "channel" FROM "publication_proofs" WHERE "publicationId" = $1`,
      [pub.id],
    );
    expect(proofs).to.deep.equal([{ source: 'dispatch', channel: 'email' }]);
  });

  it('serves a signed download link until it expires; a changed signature is refused before any file is read', async () => {
    const links = t.app.get(DownloadLinkStore);
    const data = Buffer.from('%PDF-1.7 tệp in thử');
    const url = await links.create({ data, filename: 'pano-50x75.pdf', mime: 'application/pdf' }, new Date(NOW.getTime() + 3600_000));
    expect(url.startsWith(`${t.config.publicUrl}/api/downloads/`)).to.equal(true);
    const local = (u: string) => t.baseUrl + new URL(u).pathname + new URL(u).search;
    const ok = await fetch(local(url));
    expect(ok.status).to.equal(200);
    expect(ok.headers.get('content-type')).to.equal('application/pdf');
    expect(Buffer.from(await ok.arrayBuffer()).equals(data)).to.equal(true);

    const tampered = url.replace(/sig=([0-9a-f])/, (_, c: string) => `sig=${c === '0' ? '1' : '0'}`);
    const refused = await fetch(local(tampered));
    expect(refused.status).to.equal(403);
    expect(((await refused.json()) as Err).error.code).to.equal('DOWNLOAD_LINK_INVALID');

    const stale = await links.create({ data, filename: 'cu.pdf', mime: 'application/pdf' }, new Date(NOW.getTime() - 1000));
    const gone = await fetch(local(stale));
    expect(gone.status).to.equal(410);
    const body = (await gone.json()) as Err;
    expect(body.error.code).to.equal('DOWNLOAD_LINK_EXPIRED');
    expect(body.error.message).to.include('hết hạn');
    const id = new URL(stale).pathname.split('/').at(-1)!;
    expect(existsSync(join(t.config.dataDir, 'downloads', `${id}.bin`)), 'an expired file is deleted when asked for').to.equal(false);
  });

  it('the scheduled sweep deletes expired download files nobody asked for (data and description) and keeps live ones', async () => {
    const links = t.app.get(DownloadLinkStore);
    const idOf = (u: string) => new URL(u).pathname.split('/').at(-1)!;
    const kept = (id: string) => ['bin', 'json'].map((ext) => existsSync(join(t.config.dataDir, 'downloads', `${id}.${ext}`)));
    const expired = idOf(
      await links.create({ data: Buffer.from('cũ'), filename: 'cu.pdf', mime: 'application/pdf' }, new Date(NOW.getTime() - 1000)),
    );
    const live = idOf(
      await links.create({ data: Buffer.from('mới'), filename: 'moi.pdf', mime: 'application/pdf' }, new Date(NOW.getTime() + 3600_000)),
    );
    expect(kept(expired)).to.deep.equal([true, true]);
    expect(await links.sweepExpired()).to.equal(1);
    expect(kept(expired), 'the expired file and its description are gone').to.deep.equal([false, false]);
    expect(kept(live), 'the live file stays').to.deep.equal([true, true]);
    expect(await links.sweepExpired(), 'nothing left to sweep').to.equal(0);
  });
});
