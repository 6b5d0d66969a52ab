/** `loa media probe` and `loa media render` on real files: the JSON contracts and the refusals. */
import { existsSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import sharp from 'sharp';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import { ExitCode, type CliIo } from '../../../src/cli/cli-io.js';
import { mediaProbeCommand, mediaRenderCommand } from '../../../src/cli/commands/media.command.js';
import { checkRendition } from '../../../src/domain/media/media-profile.check.js';
import { corruptJpeg, filesUnder, mp3Silence, pdfBytes, photo, tempDir } from './media-fixtures.js';

function memoryIo(): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => (o += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (e += d.toString('utf8')));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out: () => o, err: () => e };
}

describe('loa media probe / render', function () {
  this.timeout(60_000);
  let dir: { path: string; remove: () => Promise<void> };
  let jpg: string;
  before(async () => {
    dir = await tempDir('loa-media-cli-');
    jpg = join(dir.path, 'anh.jpg');
    await writeFile(jpg, await photo({ storedWidth: 2400, storedHeight: 1600, orientation: 6 }));
  });
  after(() => dir.remove());

  it('probes a picture: upright size from the bytes', async () => {
    const { io, out } = memoryIo();
    expect(await mediaProbeCommand(jpg, { json: true }, io)).to.equal(ExitCode.ok);
    const line = JSON.parse(out()) as Record<string, unknown>;
    expect(Object.keys(line)).to.deep.equal(['kind', 'format', 'width', 'height', 'bytes']);
    expect(line).to.include({ kind: 'image', format: 'jpeg', width: 1600, height: 2400 });
  });

  it('probes a programme: its duration', async () => {
    const mp3 = join(dir.path, 'chuong-trinh.mp3');
    await writeFile(mp3, mp3Silence(12 * 60 + 3));
    const { io, out } = memoryIo();
    expect(await mediaProbeCommand(mp3, { json: true }, io)).to.equal(ExitCode.ok);
    const line = JSON.parse(out()) as { kind: string; format: string; durationSec: number; bytes: number };
    expect(line).to.include({ kind: 'audio', format: 'mp3' });
    expect(line.durationSec).to.be.closeTo(723, 0.1);
    const text = memoryIo();
    await mediaProbeCommand(mp3, {}, text.io);
    expect(text.out()).to.equal('âm thanh MP3, 12 phút 3 giây, 32 kbit/s, 2,89 MB\n');
  });

  it('probes a PDF named .jpg as a PDF, and warns', async () => {
    const fake = join(dir.path, 'gia.jpg');
    await writeFile(fake, pdfBytes());
    const { io, out, err } = memoryIo();
    expect(await mediaProbeCommand(fake, { json: true }, io)).to.equal(ExitCode.ok);
    expect(JSON.parse(out())).to.include({ kind: 'pdf', format: 'pdf' });
    expect(err()).to.contain('[MEDIA_NOT_IMAGE]');
  });

  it('refuses a corrupt JPEG and a missing file with exit 2, message and code on stderr', async () => {
    const bad = join(dir.path, 'hong.jpg');
    await writeFile(bad, await corruptJpeg());
    const a = memoryIo();
    expect(await mediaProbeCommand(bad, { json: true }, a.io)).to.equal(ExitCode.badInput);
    expect(a.err()).to.equal('Lỗi: Tệp ảnh bị hỏng hoặc không đầy đủ, không giải mã được. [IMAGE_CORRUPT]\n');
    expect(a.out()).to.equal('');
    const b = memoryIo();
    expect(await mediaProbeCommand(join(dir.path, 'khong-co.jpg'), { json: true }, b.io)).to.equal(ExitCode.badInput);
    expect(b.err()).to.contain('[FILE_UNREADABLE]');
  });

  it("renders a channel's renditions into DIR, each within the profile when read back", async () => {
    const out = join(dir.path, 'out-facebook');
    const { io, out: stdout } = memoryIo();
    expect(await mediaRenderCommand(jpg, { channel: 'facebook', out, json: true, focal: '0.5,0.2' }, io)).to.equal(ExitCode.ok);
    const { renditions } = JSON.parse(stdout()) as {
      renditions: { channel: string; rendition: string; path: string; format: string; width: number; height: number; bytes: number }[];
    };
    expect(renditions.map((r) => `${r.rendition} ${r.width}×${r.height}`)).to.deep.equal([
      'landscape 1200×630',
      'square 1080×1080',
      'portrait 1080×1350',
    ]);
    const facebook = loadMediaProfiles().channels.facebook!;
    for (const r of renditions) {
      expect(existsSync(r.path)).to.equal(true);
      const meta = await sharp(r.path).metadata();
      const size = (await stat(r.path)).size;
      expect([meta.format, meta.width, meta.height, size]).to.deep.equal([r.format, r.width, r.height, r.bytes]);
      const spec = facebook.renditions.find((s) => s.name === r.rendition)!;
      expect(checkRendition(facebook, spec, { format: meta.format!, width: meta.width!, height: meta.height!, bytes: size })).to.deep.equal(
        [],
      );
    }
  });

  it('refuses a PDF named .jpg as "not a picture", and writes nothing', async () => {
    const fake = join(dir.path, 'bia.jpg');
    await writeFile(fake, pdfBytes());
    const out = join(dir.path, 'out-none');
    const { io, err } = memoryIo();
    expect(await mediaRenderCommand(fake, { channel: 'zalo-oa', out, json: true }, io)).to.equal(ExitCode.badInput);
    expect(err()).to.equal('Lỗi: Tệp "bia.jpg" không phải ảnh: nội dung thực là PDF. [MEDIA_NOT_IMAGE]\n');
    expect(await filesUnder(out)).to.deep.equal([]);
  });

  it('refuses a photo too small for a print size, with the numbers; and an unknown channel with exit 1', async () => {
    const a = memoryIo();
    expect(await mediaRenderCommand(jpg, { channel: 'pano', out: join(dir.path, 'out-pano'), json: true }, a.io)).to.equal(
      ExitCode.badInput,
    );
    expect(a.err()).to.match(/^Lỗi: Ảnh 1600×2400 chỉ đạt 81 dpi ở khổ in 50×75 cm .*\[PRINT_RESOLUTION_TOO_LOW\]\n$/);
    const b = memoryIo();
    expect(await mediaRenderCommand(jpg, { channel: 'tiktok', out: join(dir.path, 'out-x'), json: true }, b.io)).to.equal(ExitCode.usage);
    expect(b.err()).to.contain('[MEDIA_CHANNEL_UNKNOWN]');
    const c = memoryIo();
    expect(await mediaRenderCommand(jpg, { channel: 'zalo-oa', out: join(dir.path, 'out-x'), focal: '2,0' }, c.io)).to.equal(
      ExitCode.usage,
    );
  });
});
