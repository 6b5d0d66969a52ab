/**
 * Bad media through the whole intake (byte guard → staging → probe → profile check →
 * store): each is refused with a clear code and a Vietnamese message, and nothing is left in
 * the media directory. Real files on disk, real sharp, file-type and music-metadata.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'chai';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { AudioProbe } from '../../../src/modules/media/audio-probe.js';
import { ImageProcessor } from '../../../src/modules/media/image-processor.js';
import { MediaIntake, type IntakeRequest } from '../../../src/modules/media/media-intake.service.js';
import { MediaProber } from '../../../src/modules/media/media-probe.js';
import { MediaStore } from '../../../src/modules/media/media-store.js';
import { corruptJpeg, filesUnder, lazyUpload, mp3Silence, pdfBytes, photo, pngBomb, tempDir, wavSilence } from './media-fixtures.js';

const profiles = loadMediaProfiles();
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('bad media are refused, and nothing is stored', function () {
  this.timeout(120_000);
  let dir: { path: string; remove: () => Promise<void> };
  let intake: MediaIntake;

  beforeEach(async () => {
    dir = await tempDir();
    const images = new ImageProcessor({ maxInputPixels: profiles.maxInputPixels });
    intake = new MediaIntake(profiles, new MediaStore(dir.path), new MediaProber(images, new AudioProbe()));
  });
  afterEach(() => dir.remove());

  const buffer = (data: Buffer, rest: Omit<IntakeRequest, 'source'> = {}): IntakeRequest => ({
    source: Readable.from([data]),
    declaredBytes: data.length,
    ...rest,
  });

  async function refused(req: IntakeRequest): Promise<DomainError> {
    const outcome = await intake.accept(req).then(
      (r) => r,
      (e: unknown) => e,
    );
    expect(outcome, 'refused').to.be.instanceOf(DomainError);
    const error = outcome as DomainError;
    expect(error.message, error.code).to.match(VIETNAMESE);
    expect(await filesUnder(dir.path), 'nothing left in the media directory').to.deep.equal([]);
    return error;
  }

  it('a corrupt JPEG', async () => {
    const error = await refused(buffer(await corruptJpeg(), { name: 'anh-hong.jpg', channels: ['web-portal'] }));
    expect(error.code).to.equal('IMAGE_CORRUPT');
    expect(error.message).to.equal('Tệp ảnh bị hỏng hoặc không đầy đủ, không giải mã được.');
  });

  // How fast and in how little memory it is refused is measured by `npm run bench -- bad-media`, not asserted here.
  it('a 30000×30000 PNG (decompression bomb), refused from its header', async () => {
    const bomb = await pngBomb(30000, 30000);
    expect(bomb.length).to.be.below(200_000);
    const error = await refused(buffer(bomb, { name: 'bom.png', channels: ['facebook'] }));
    expect(error.code).to.equal('IMAGE_TOO_MANY_PIXELS');
    expect(error.message).to.contain('30000×30000').and.contain('900 megapixel').and.contain('100 megapixel');
  });

  it('a PDF named .jpg is "not a picture"', async () => {
    const error = await refused(buffer(pdfBytes(), { name: 'anh-bia.jpg', channels: ['zalo-oa'] }));
    expect(error.code).to.equal('MEDIA_NOT_IMAGE');
    expect(error.message).to.equal('Tệp "anh-bia.jpg" mang đuôi .jpg (ảnh) nhưng nội dung thực là PDF; tệp không được nhận.');
    const asCover = await refused(buffer(pdfBytes(), { name: 'bia', expect: ['image'] }));
    expect(asCover.code).to.equal('MEDIA_NOT_IMAGE');
    expect(asCover.message).to.equal('Tệp "bia" không phải ảnh: nội dung thực là PDF.');
  });

  it('an MP3 of 20 minutes for a 10–15 minute slot', async () => {
    const error = await refused(
      buffer(mp3Silence(20 * 60), { name: 'chuong-trinh.mp3', channels: ['radio'], slot: { durationMin: 10, durationMax: 15 } }),
    );
    expect(error.code).to.equal('AUDIO_TOO_LONG');
    expect(error.message).to.equal('Chương trình dài 20 phút, ô lịch yêu cầu 10–15 phút.');
  });

  it('a WAV for the radio, which takes MP3 only', async () => {
    const error = await refused(buffer(wavSilence(12 * 60), { name: 'chuong-trinh.wav', channels: ['radio'] }));
    expect(error.code).to.equal('AUDIO_FORMAT_NOT_ALLOWED');
  });

  it('a 500 MB upload with its declared length, refused before a byte is read', async () => {
    const upload = lazyUpload(500_000_000);
    const error = await refused({ source: upload.stream, declaredBytes: 500_000_000, name: 'video.mp4' });
    expect(error.code).to.equal('PAYLOAD_TOO_LARGE');
    expect(error.message).to.equal('Tệp tải lên khai báo 500 MB, vượt giới hạn 200 MB; tệp không được nhận.');
    expect(upload.produced()).to.equal(0);
  });

  // Its peak memory is measured by `npm run bench -- bad-media`.
  it('a 500 MB upload without a length, stopped by the byte counter at the 200 MB limit', async () => {
    const upload = lazyUpload(500_000_000);
    const error = await refused({ source: upload.stream, name: 'video.mp4' });
    expect(error.code).to.equal('PAYLOAD_TOO_LARGE');
    expect(error.message).to.match(/^Tệp tải lên vượt giới hạn 200 MB/);
    expect(upload.produced()).to.be.at.most(200_000_000 + 4 * 64 * 1024);
    expect(upload.produced()).to.be.at.least(200_000_000);
  });

  it("stops at a channel's smaller limit: 10 MB for e-mail", async () => {
    const upload = lazyUpload(500_000_000, await photo({ storedWidth: 64, storedHeight: 64 }));
    const error = await refused({ source: upload.stream, name: 'anh.jpg', channels: ['email'] });
    expect(error.code).to.equal('PAYLOAD_TOO_LARGE');
    expect(upload.produced()).to.be.below(11_000_000);
  });

  it('bytes that are no media at all', async () => {
    const error = await refused(buffer(Buffer.from('<html><script>alert(1)</script></html>'), { name: 'anh.jpg' }));
    expect(error.code).to.equal('MEDIA_TYPE_UNSUPPORTED');
  });

  it('stores a fitting programme under its content address, and the same bytes only once', async () => {
    const programme = mp3Silence(12 * 60);
    const first = await intake.accept(
      buffer(programme, { name: 'chuong-trinh.mp3', channels: ['radio'], slot: { durationMin: 10, durationMax: 15 } }),
    );
    expect(first.media).to.include({ kind: 'audio', format: 'mp3', bytes: programme.length });
    expect(first.media.durationSec).to.be.closeTo(720, 0.1);
    expect(first.stored.key).to.equal(`${first.stored.sha256.slice(0, 2)}/${first.stored.sha256}.mp3`);
    expect(first.stored.created).to.equal(true);
    expect((await readFile(first.stored.path)).equals(programme)).to.equal(true);
    const again = await intake.accept(buffer(programme, { name: 'lan-hai.mp3', channels: ['radio'] }));
    expect(again.stored.created).to.equal(false);
    expect(await filesUnder(dir.path)).to.deep.equal([first.stored.key]);
    expect(existsSync(join(dir.path, '.incoming'))).to.equal(true);
  });

  it('stores a good photo for Zalo and Facebook, named by its bytes, not by its name', async () => {
    const picture = await photo({ storedWidth: 1600, storedHeight: 1400 });
    const result = await intake.accept(buffer(picture, { name: 'ANH.PNG.jpeg', channels: ['zalo-oa', 'facebook', 'radio'] }));
    expect(result.media).to.include({ kind: 'image', format: 'jpeg', width: 1600, height: 1400 });
    expect(result.stored.key).to.match(/^[0-9a-f]{2}\/[0-9a-f]{64}\.jpg$/);
  });
});
