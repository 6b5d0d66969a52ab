/** Attachments over HTTP: checked against each target channel before they are stored; approval waits for the checks. */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import sharp from 'sharp';
import { Clock } from '../../src/modules/common/clock.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { corruptJpeg, filesUnder, mp3Silence, pdfBytes, photo, pngBomb } from '../integration/media/media-fixtures.js';
import { login, seedTree, type Tree, activeSeedPlan } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

class March2024 extends Clock {
  now(): Date {
    return new Date('2024-03-20T02:00:00.000Z');
  }
}

interface Item {
  id: string;
  version: number;
  status: string;
  attachments: { sha256: string; kind: string; width?: number; durationSec?: number }[];
}
interface Err {
  error: { code: string; message: string; evidence: { problems?: { code: string; channel: string; message: string }[] } };
}

describeEachDatabase('content media over HTTP', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let planId: string;
  let radioTask: string;
  const h: Record<string, Record<string, string>> = {};

  const json = async <T>(method: string, path: string, who: string, body?: unknown) => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? h[who] : { ...h[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const upload = async (item: Item, bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const res = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments?version=${item.version}`, {
      method: 'POST',
      headers: h.editor,
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Item & Err };
  };

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db, {}, { clock: new March2024() });
    tree = await seedTree(t.app);
    for (const who of ['editor', 'approver'])
      h[who] = { authorization: `Bearer ${(await login(t.baseUrl, tree.users[who].username)).token}` };
    const plans = t.app.get(PlansService);
    const plan = await activeSeedPlan(plans, tree.communeA.id, '001');
    planId = plan.id;
    radioTask = plan.document.tasks.find((x) => x.channels.includes('radio'))!.id;
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('refuses bad files with a clear code and stores nothing', async () => {
    const item = (
      await json<Item>('POST', '/api/items', 'editor', { unitId: tree.communeA.id, title: 'Ảnh bìa Zalo', channels: ['zalo-oa'] })
    ).body;
    const cases: [string, Uint8Array, string][] = [
      ['IMAGE_CORRUPT', await corruptJpeg(), 'bia.jpg'],
      ['IMAGE_TOO_MANY_PIXELS', await pngBomb(), 'bom.png'],
      ['MEDIA_NOT_IMAGE', pdfBytes(), 'anh.jpg'],
    ];
    for (const [code, bytes, name] of cases) {
      const r = await upload(item, bytes, name);
      expect(r.body.error?.code, `${code}: ${JSON.stringify(r.body).slice(0, 300)}`).to.equal(code);
      expect(r.status).to.be.within(400, 499);
    }
    expect(await filesUnder(t.config.mediaDir)).to.deep.equal([]);
  });

  it('refuses a 500 MB upload from its declared length, before reading it, and stores nothing', async () => {
    const item = (
      await json<Item>('POST', '/api/items', 'editor', { unitId: tree.communeA.id, title: 'Video dài', channels: ['web-portal'] })
    ).body;
    const boundary = 'loa-boundary-7d9';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="video.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
    );
    const total = head.length + 500 * 1024 * 1024 + `\r\n--${boundary}--\r\n`.length;
    const { status, body, sent } = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      const url = new URL(`${t.baseUrl}/api/items/${item.id}/attachments?version=${item.version}`);
      let sent = 0;
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method: 'POST',
          headers: { ...h.editor, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(total) },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body: text, sent });
          });
        },
      );
      req.on('error', (e) => (sent > 0 ? undefined : reject(e)));
      req.write(head);
      const chunk = Buffer.alloc(1024 * 1024);
      const pump = () => {
        while (sent < 50 * 1024 * 1024 && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
      };
      pump();
    });
    expect(status).to.equal(413);
    expect((JSON.parse(body) as Err).error.code).to.equal('PAYLOAD_TOO_LARGE');
    expect(sent).to.be.below(500 * 1024 * 1024);
    expect(await filesUnder(t.config.mediaDir)).to.deep.equal([]);
  });

  it('refuses a 20-minute programme for a 10–15 minute radio slot, with the numbers', async () => {
    const item = (
      await json<Item>('POST', '/api/items', 'editor', {
        unitId: tree.communeA.id,
        title: 'Chương trình tháng 4',
        channels: ['radio'],
        planId,
        taskId: radioTask,
      })
    ).body;
    const r = await upload(item, mp3Silence(20 * 60), 'ct-thang-4.mp3');
    expect(r.body.error.code).to.equal('AUDIO_TOO_LONG');
    expect(r.body.error.message).to.include('20 phút').and.include('10–15 phút');
    expect(await filesUnder(t.config.mediaDir)).to.deep.equal([]);
    const ok = await upload(item, mp3Silence(12 * 60), 'ct-thang-4.mp3');
    expect(ok.status, JSON.stringify(ok.body)).to.equal(201);
    expect(ok.body.attachments[0]).to.include({ kind: 'audio' });
    expect(Math.round(ok.body.attachments[0].durationSec ?? 0)).to.equal(720);
    expect((await filesUnder(t.config.mediaDir)).length).to.equal(1);
  });

  it('keeps an item from approval until every target channel is satisfied', async () => {
    const long = 'Người dân, doanh nghiệp nộp hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia — '.repeat(3);
    let item = (await json<Item>('POST', '/api/items', 'editor', { unitId: tree.communeA.id, title: long, channels: ['zalo-oa'] })).body;
    const checks = await json<{ code: string; channel: string; message: string }[]>('GET', `/api/items/${item.id}/checks`, 'editor');
    expect(checks.body.map((p) => p.code)).to.include.members(['TITLE_TOO_LONG', 'MEDIA_MISSING']);
    item = (await json<Item>('POST', `/api/items/${item.id}/transitions`, 'editor', { action: 'submit', version: item.version })).body;
    const refused = await json<Err>('POST', `/api/items/${item.id}/transitions`, 'approver', { action: 'approve', version: item.version });
    expect(refused.status).to.equal(422);
    expect(refused.body.error.code).to.equal('ITEM_CHECKS_FAILED');
    expect(refused.body.error.evidence.problems?.every((p) => p.channel === 'zalo-oa')).to.equal(true);
    item = (
      await json<Item>('PATCH', `/api/items/${item.id}`, 'editor', { version: item.version, title: 'Nộp hồ sơ trực tuyến toàn trình' })
    ).body;
    const cover = await upload(item, await photo({ storedWidth: 1000, storedHeight: 640 }), 'bia.jpg');
    expect(cover.status, JSON.stringify(cover.body)).to.equal(201);
    item = cover.body;
    item = (await json<Item>('POST', `/api/items/${item.id}/transitions`, 'editor', { action: 'submit', version: item.version })).body;
    const approved = await json<Item>('POST', `/api/items/${item.id}/transitions`, 'approver', {
      action: 'approve',
      version: item.version,
    });
    expect(approved.status, JSON.stringify(approved.body)).to.equal(201);
    expect(approved.body.status).to.equal('approved');
  });

  it('flags a body picture with no alt on the channels that show the body as HTML, and not a decorative one (alt="")', async () => {
    const body =
      '<p>Quy trình một cửa.</p><img src="https://example.org/hoa-van.png" alt=""><img src="https://example.org/so-do.png">' +
      '<img src="https://example.org/quay.jpg" alt="Quầy tiếp nhận hồ sơ">';
    let item = (
      await json<Item>('POST', '/api/items', 'editor', {
        unitId: tree.communeA.id,
        title: 'Sơ đồ bộ phận một cửa',
        body,
        channels: ['web-portal', 'facebook'],
      })
    ).body;
    type P = { code: string; channel: string; message: string };
    const checks = (await json<P[]>('GET', `/api/items/${item.id}/checks`, 'editor')).body;
    const alt = checks.filter((p) => p.code === 'BODY_IMAGE_ALT_MISSING');
    // Facebook posts the body as text: its pictures are not shown there.
    expect(alt.map((p) => p.channel)).to.deep.equal(['web-portal']);
    expect(alt[0]!.message).to.contain('ảnh thứ 2').and.contain('chưa có lời mô tả');
    item = (
      await json<Item>('PATCH', `/api/items/${item.id}`, 'editor', {
        version: item.version,
        body: body.replace('so-do.png">', 'so-do.png" alt="Sơ đồ các bước tiếp nhận hồ sơ">'),
      })
    ).body;
    const after = (await json<P[]>('GET', `/api/items/${item.id}/checks`, 'editor')).body;
    expect(after.map((p) => p.code)).to.not.include('BODY_IMAGE_ALT_MISSING');
  });

  it("downloads an attachment and its renditions for the item's channels; another unit's object is 404", async () => {
    const item = (
      await json<Item>('POST', '/api/items', 'editor', {
        unitId: tree.communeA.id,
        title: 'Ảnh hội nghị',
        channels: ['zalo-oa', 'web-portal'],
      })
    ).body;
    const bytes = await photo({ storedWidth: 1400, storedHeight: 900 });
    const up = await upload(item, bytes, 'Ảnh hội nghị CCHC.jpg');
    expect(up.status, JSON.stringify(up.body).slice(0, 300)).to.equal(201);
    const sha = up.body.attachments[0].sha256;
    const original = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}`, { headers: h.editor });
    expect(original.status).to.equal(200);
    expect(original.headers.get('content-type')).to.equal('image/jpeg');
    expect(original.headers.get('content-disposition')).to.equal(
      `attachment; filename="Anh_hoi_nghi_CCHC.jpg"; filename*=UTF-8''${encodeURIComponent('Ảnh hội nghị CCHC.jpg')}`,
    );
    const body = Buffer.from(await original.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).to.equal(sha);
    expect(body.equals(Buffer.from(bytes))).to.equal(true);

    const cover = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}/renditions/zalo-oa/cover`, { headers: h.editor });
    expect(cover.status).to.equal(200);
    expect(cover.headers.get('content-type')).to.match(/^image\/(jpeg|png)$/);
    const meta = await sharp(Buffer.from(await cover.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).to.deep.equal([500, 320]); // Zalo's cover, config/channels/media-profiles.json
    expect(cover.headers.get('content-disposition')).to.match(/^attachment; filename="Anh_hoi_nghi_CCHC\.zalo-oa\.cover\.(jpg|png)"/);
    // Asked again with its tag, it is not rendered again: 304, no bytes; another rendition has another tag.
    const etag = cover.headers.get('etag');
    expect(etag).to.match(/^"[A-Za-z0-9_-]{27}"$/);
    expect(cover.headers.get('cache-control')).to.equal('private, no-cache');
    const again = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}/renditions/zalo-oa/cover`, {
      headers: { ...h.editor, 'if-none-match': etag! },
    });
    expect(again.status).to.equal(304);
    expect((await again.arrayBuffer()).byteLength).to.equal(0);
    const large = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}/renditions/web-portal/large`, {
      headers: { ...h.editor, 'if-none-match': etag! },
    });
    expect(large.status).to.equal(200);
    expect(large.headers.get('etag')).to.not.equal(etag);
    expect((await sharp(Buffer.from(await large.arrayBuffer())).metadata()).width).to.equal(1200);
    // A preview asks for a smaller copy of the same rendering: proportions kept, its own tag; a width out of range is refused.
    const small = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}/renditions/web-portal/large?width=300`, {
      headers: { ...h.editor, 'if-none-match': large.headers.get('etag')! },
    });
    expect(small.status).to.equal(200);
    expect(small.headers.get('etag')).to.not.equal(large.headers.get('etag'));
    const smallMeta = await sharp(Buffer.from(await small.arrayBuffer())).metadata();
    expect(smallMeta.width).to.equal(300);
    expect(Math.abs(smallMeta.height! / 300 - 900 / 1400)).to.be.lessThan(0.01);
    const wider = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}/renditions/zalo-oa/cover?width=2000`, {
      headers: h.editor,
    });
    expect((await sharp(Buffer.from(await wider.arrayBuffer())).metadata()).width, 'never enlarged').to.equal(500);
    const bad = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}/renditions/web-portal/large?width=5`, {
      headers: h.editor,
    });
    expect(bad.status).to.equal(400);
    expect(((await bad.json()) as Err).error.message).to.match(/\p{L}/u);

    const notTheItemsChannel = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}/renditions/facebook/square`, {
      headers: h.editor,
    });
    expect(notTheItemsChannel.status).to.equal(404);
    const noSuchName = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${sha}/renditions/zalo-oa/poster`, { headers: h.editor });
    expect(noSuchName.status).to.equal(404);
    const otherHash = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments/${'b'.repeat(64)}`, { headers: h.editor });
    expect(otherHash.status).to.equal(404);
    expect(((await otherHash.json()) as Err).error.code).to.equal('NOT_FOUND');
    const foreign = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.foreign.username)).token}` };
    for (const path of [`/api/items/${item.id}/attachments/${sha}`, `/api/items/${item.id}/attachments/${sha}/renditions/zalo-oa/cover`]) {
      // Holding the tag does not let another unit's person learn anything: still 404.
      const r = await fetch(t.baseUrl + path, { headers: { ...foreign, 'if-none-match': etag! } });
      expect(r.status, path).to.equal(404);
    }
  });
});
