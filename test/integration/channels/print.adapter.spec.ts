/** Print: a real PDF (pdfkit) at the configured size with bleed, handed over through nodemailer to smtp-server on loopback; never an enlarged picture. */
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { PrintAdapter } from '../../../channels/print/print.adapter.js';
import { pdfkitRenderer } from '../../../channels/print/pdfkit.renderer.js';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import { parseAdapterLimits } from '../../../config/channels/adapter-limits.loader.js';
import type { DownloadLinks } from '../../../channels/ports.js';
import { signedDownloadUrl, verifyDownloadSignature } from '../../../channels/print/signed-link.js';
import { adapterContract } from '../../support/adapter-contract.js';
import { dispatchOf, item, limits, realPorts } from '../../support/adapter-fixtures.js';
import { SmtpFake } from '../../support/fakes/smtp.fake.js';
import { nodemailerSender } from '../../support/nodemailer-mail-sender.js';

const profiles = loadMediaProfiles().channels;
const dir = mkdtempSync(join(tmpdir(), 'loa-print-'));
let smtp: SmtpFake;

async function jpeg(
  width: number,
  height: number,
): Promise<{ path: string; mime: string; bytes: number; width: number; height: number; filename: string }> {
  const path = join(dir, `${width}x${height}.jpg`);
  const data = await sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .jpeg({ quality: 80 })
    .toBuffer();
  writeFileSync(path, data);
  return { path, mime: 'image/jpeg', bytes: data.length, width, height, filename: `${width}x${height}.jpg` };
}

const stored = new Map<string, Uint8Array>();
const links: DownloadLinks = {
  reachable: true,
  async create(file, expiresAt) {
    const id = `t${stored.size + 1}`;
    stored.set(id, file.data);
    return signedDownloadUrl('https://loa.example/tai-ve', id, expiresAt, 'link-secret');
  },
};

function adapterFor(channel: string, overrides: Partial<typeof limits.print> = {}, password?: string) {
  const l = parseAdapterLimits({ version: 1, ...limits, print: { ...limits.print, ...overrides } });
  const mail = nodemailerSender({
    host: '127.0.0.1',
    port: smtp.port,
    user: 'loa',
    password: password ?? smtp.password,
    from: 'Loa <loa@xa.vn>',
    timeoutMs: 3000,
  });
  return new PrintAdapter(profiles[channel]!, { ...realPorts(), mail, pdf: pdfkitRenderer, links }, l);
}

/** MediaBox, TrimBox and BleedBox of the PDF's page, in points. */
function boxes(pdf: Buffer): Record<string, number[]> {
  const text = pdf.toString('latin1');
  const out: Record<string, number[]> = {};
  for (const name of ['MediaBox', 'TrimBox', 'BleedBox']) {
    const m = new RegExp(`/${name} \\[([^\\]]+)\\]`).exec(text);
    if (m) out[name] = m[1]!.trim().split(/\s+/).map(Number);
  }
  return out;
}

function attachmentOf(raw: string): Buffer {
  const m = /Content-Type: application\/pdf[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(raw);
  return Buffer.from(m![1]!.replace(/\s+/g, ''), 'base64');
}

let a5: Awaited<ReturnType<typeof jpeg>>;
before(async () => {
  a5 = await jpeg(1000, 1400);
});

adapterContract(
  'print (leaflet)',
  async () => {
    smtp = new SmtpFake();
    await smtp.start();
    return {
      adapter: adapterFor('leaflet'),
      landed: 'delivered',
      dispatch: (it) =>
        dispatchOf({ credentials: { operatorEmail: 'in-an@xa.vn' }, settings: { size: 'a5' }, item: it ?? item({ attachments: [a5] }) }),
      copiesAt: (d) => smtp.messages.filter((m) => m.raw.includes(d.idempotencyKey.replace(/[^A-Za-z0-9_-]+/g, '-'))).length,
      requestCount: () => smtp.connections,
      refuseCredentials: () => {
        smtp.password = 'changed';
      },
      throttleNext: () => {
        smtp.throttleNext();
        return limits.email.throttleRetryMs;
      },
      dropAnswerAfterLanding: () => smtp.dropNextAfterData(),
      overLimitItem: () => item({ attachments: [{ ...a5, width: 300, height: 420 }] }),
    };
  },
  () => smtp.stop(),
  { lookup: false },
);

describe('print adapter', () => {
  beforeEach(async () => {
    smtp = new SmtpFake();
    await smtp.start();
  });
  afterEach(() => smtp.stop());

  it('makes an A5 PDF of 148×210 mm plus 3 mm bleed, the picture at the dpi it holds, and attaches it', async () => {
    const d = dispatchOf({ credentials: { operatorEmail: 'in-an@xa.vn' }, settings: { size: 'a5' }, item: item({ attachments: [a5] }) });
    const outcome = await adapterFor('leaflet').send(d);
    // 1000 px over (148 + 6) mm = 164.9 dpi; 1400 px over 216 mm = 164.6 dpi → 164 (target 300 not reachable, minimum 150 met).
    expect(outcome).to.deep.include({ kind: 'delivered' });
    expect((outcome as { detail: Record<string, unknown> }).detail).to.include({ attached: true, dpi: 164, to: 'in-an@xa.vn' });
    const [mail] = smtp.messages;
    expect(mail!.to).to.deep.equal(['in-an@xa.vn']);
    const pdf = attachmentOf(mail!.raw);
    expect(pdf.subarray(0, 5).toString()).to.equal('%PDF-');
    const pt = (mm: number) => (mm * 72) / 25.4;
    const b = boxes(pdf);
    expect(b.MediaBox![2]).to.be.closeTo(pt(154), 0.01);
    expect(b.MediaBox![3]).to.be.closeTo(pt(216), 0.01);
    expect(b.TrimBox!.map((x) => Math.round(x * 100) / 100)).to.deep.equal(
      [pt(3), pt(3), pt(151), pt(213)].map((x) => Math.round(x * 100) / 100),
    );
    expect(b.BleedBox![2]).to.be.closeTo(pt(154), 0.01);
  });

  it('refuses a picture that would have to be enlarged, with the numbers, before any mail', async () => {
    const small = await jpeg(1200, 800);
    const adapter = adapterFor('pano');
    const problems = adapter.check(item({ attachments: [small] }));
    expect(problems.map((p) => p.code)).to.deep.equal(['PRINT_RESOLUTION_TOO_LOW']);
    expect(problems[0]!.message).to.equal(
      'Ảnh 1200×800 px chỉ đạt 26 dpi trên khổ 50×75 cm (kể cả lề xén 3 mm); cần ít nhất 150 dpi, tức ảnh tối thiểu 2989×4465 px. Loa không phóng to ảnh.',
    );
    const outcome = await adapter.send(dispatchOf({ credentials: { operatorEmail: 'in-an@xa.vn' }, item: item({ attachments: [small] }) }));
    expect(outcome).to.deep.include({ kind: 'permanent', code: 'PRINT_RESOLUTION_TOO_LOW' });
    expect(smtp.connections).to.equal(0);
  });

  it('a file over the attachment limit goes as a signed link that expires, and the link serves the PDF', async () => {
    const d = dispatchOf({ credentials: { operatorEmail: 'in-an@xa.vn' }, settings: { size: 'a5' }, item: item({ attachments: [a5] }) });
    const outcome = await adapterFor('leaflet', { attachMaxBytes: 1000 }).send(d);
    const detail = (outcome as unknown as { detail: { link: string; attached: boolean } }).detail;
    expect(detail.attached).to.equal(false);
    expect(smtp.messages[0]!.raw).to.not.include('application/pdf');
    expect(smtp.messages[0]!.raw.replace(/=\r?\n/g, '')).to.include(detail.link.split('?')[0]);
    const url = new URL(detail.link);
    const id = url.pathname.split('/').at(-1)!;
    const check = (now: Date) =>
      verifyDownloadSignature({
        fileId: id,
        expires: url.searchParams.get('expires') ?? undefined,
        sig: url.searchParams.get('sig') ?? undefined,
        secret: 'link-secret',
        now,
      });
    expect(check(new Date())).to.equal('ok');
    expect(check(new Date(Date.now() + (limits.print.linkTtlHours + 1) * 3600_000))).to.equal('expired');
    expect(Buffer.from(stored.get(id)!).subarray(0, 5).toString()).to.equal('%PDF-');
  });

  it('an LED screen gets the picture itself when it fills the screen, and a smaller one is refused', async () => {
    const screen = await jpeg(1920, 1080);
    const adapter = adapterFor('led-screen');
    const outcome = await adapter.send(dispatchOf({ credentials: { operatorEmail: 'led@xa.vn' }, item: item({ attachments: [screen] }) }));
    expect(outcome).to.deep.include({ kind: 'delivered' });
    expect(smtp.messages[0]!.raw).to.include('Content-Type: image/jpeg');
    const small = adapter.check(item({ attachments: [{ ...screen, width: 1280, height: 720 }] }));
    expect(small.map((p) => p.code)).to.deep.equal(['SCREEN_PICTURE_TOO_SMALL']);
  });

  it("a designer's ready PDF is handed over as it is", async () => {
    const path = join(dir, 'san-sang.pdf');
    writeFileSync(path, '%PDF-1.7 dàn trang sẵn');
    const outcome = await adapterFor('banner').send(
      dispatchOf({
        credentials: { operatorEmail: 'in-an@xa.vn' },
        item: item({ attachments: [{ path, mime: 'application/pdf', bytes: 26, filename: 'san-sang.pdf' }] }),
      }),
    );
    expect(outcome).to.deep.include({ kind: 'delivered' });
    expect(attachmentOf(smtp.messages[0]!.raw).toString()).to.equal('%PDF-1.7 dàn trang sẵn');
  });
});
