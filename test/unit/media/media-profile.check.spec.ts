/** The pure media check: every problem with its code and a Vietnamese message carrying the numbers. */
import { expect } from 'chai';
import { loadMediaProfiles, mediaProfileOf } from '../../../config/channels/media-profiles.loader.js';
import {
  checkAttachment,
  checkItem,
  checkRendition,
  checkText,
  durationRangeFor,
  textLength,
} from '../../../src/domain/media/media-profile.check.js';
import type { MediaFacts } from '../../../config/channels/media-profile.types.js';

const profiles = loadMediaProfiles();
const radio = mediaProfileOf(profiles, 'radio');
const zalo = mediaProfileOf(profiles, 'zalo-oa');
const facebook = mediaProfileOf(profiles, 'facebook');
const pano = mediaProfileOf(profiles, 'pano');
const email = mediaProfileOf(profiles, 'email');

const mp3 = (durationSec: number | undefined): MediaFacts => ({
  kind: 'audio',
  format: 'mp3',
  bytes: 4_800_000,
  ...(durationSec !== undefined ? { durationSec } : {}),
});
const jpeg = (width: number, height: number, bytes = 3_000_000): MediaFacts => ({ kind: 'image', format: 'jpeg', width, height, bytes });
const codes = (ps: { code: string }[]) => ps.map((p) => p.code);
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('media profile check: audio duration', () => {
  it('refuses a 20-minute programme for a 10–15 minute slot, with the numbers', () => {
    const problems = checkAttachment(radio, mp3(1203), { slot: { durationMin: 10, durationMax: 15 } });
    expect(codes(problems)).to.deep.equal(['AUDIO_TOO_LONG']);
    expect(problems[0]!.message).to.equal('Chương trình dài 20 phút 3 giây, ô lịch yêu cầu 10–15 phút.');
    expect(problems[0]!.evidence).to.include({ minSec: 600, maxSec: 900, fromSlot: true });
  });

  it('uses the profile default (10–15 minutes) when the slot gives no duration, and names the channel', () => {
    const problems = checkAttachment(radio, mp3(300), { slot: { durationMin: null, durationMax: null } });
    expect(codes(problems)).to.deep.equal(['AUDIO_TOO_SHORT']);
    expect(problems[0]!.message).to.equal('Chương trình chỉ dài 5 phút, Đài truyền thanh cơ sở yêu cầu 10–15 phút.');
  });

  it("takes the slot's range over the default: a 5-minute programme fits a 3–5 minute slot", () => {
    expect(checkAttachment(radio, mp3(300), { slot: { durationMin: 3, durationMax: 5 } })).to.deep.equal([]);
    expect(codes(checkAttachment(radio, mp3(301), { slot: { durationMin: 3, durationMax: 5 } }))).to.deep.equal(['AUDIO_TOO_LONG']);
  });

  it('measures to the second at the edges of the range', () => {
    expect(checkAttachment(radio, mp3(600))).to.deep.equal([]);
    expect(checkAttachment(radio, mp3(900.4))).to.deep.equal([]);
    expect(codes(checkAttachment(radio, mp3(901)))).to.deep.equal(['AUDIO_TOO_LONG']);
    expect(codes(checkAttachment(radio, mp3(599)))).to.deep.equal(['AUDIO_TOO_SHORT']);
  });

  it('a slot with only a maximum allows anything up to it', () => {
    expect(durationRangeFor(radio.audio, { durationMax: 15 })).to.deep.equal({ range: { minSec: 0, maxSec: 900 }, fromSlot: true });
    expect(checkAttachment(radio, mp3(60), { slot: { durationMax: 15 } })).to.deep.equal([]);
  });

  it('refuses an unknown duration and a format the radio does not take', () => {
    expect(codes(checkAttachment(radio, mp3(undefined)))).to.deep.equal(['AUDIO_DURATION_UNKNOWN']);
    const wav = checkAttachment(radio, { kind: 'audio', format: 'wav', bytes: 9_600_044, durationSec: 720 });
    expect(codes(wav)).to.deep.equal(['AUDIO_FORMAT_NOT_ALLOWED']);
    expect(wav[0]!.message).to.contain('WAV').and.contain('MP3');
  });
});

describe('media profile check: text lengths', () => {
  it("holds Zalo's limits: title 150, author 50, description 300", () => {
    const problems = checkText(zalo, { title: 'a'.repeat(151), author: 'b'.repeat(51), description: 'c'.repeat(301) });
    expect(codes(problems)).to.deep.equal(['TITLE_TOO_LONG', 'DESCRIPTION_TOO_LONG', 'AUTHOR_TOO_LONG']);
    expect(problems[0]!.message).to.equal('Tiêu đề dài 151 ký tự, Zalo OA cho phép tối đa 150 ký tự.');
    expect(checkText(zalo, { title: 'a'.repeat(150), author: 'b'.repeat(50), description: 'c'.repeat(300) })).to.deep.equal([]);
  });

  it('counts Vietnamese letters once, even when typed decomposed', () => {
    const word = 'Cải cách thủ tục hành chính '; // 28 letters
    const decomposed = word.repeat(5).normalize('NFD'); // 140 letters, more UTF-16 units
    expect(decomposed.length).to.be.greaterThan(150);
    expect(textLength(decomposed)).to.equal(140);
    expect(checkText(zalo, { title: decomposed })).to.deep.equal([]);
  });

  it('ignores limits a channel does not have', () => {
    expect(checkText(radio, { title: 'x'.repeat(5000) })).to.deep.equal([]);
  });
});

describe('media profile check: pictures', () => {
  it('refuses a picture too small for each Facebook size, never enlarging it', () => {
    const problems = checkAttachment(facebook, jpeg(800, 600));
    expect(codes(problems)).to.deep.equal(['IMAGE_TOO_SMALL', 'IMAGE_TOO_SMALL', 'IMAGE_TOO_SMALL']);
    expect(problems.map((p) => p.rendition)).to.deep.equal(['landscape', 'square', 'portrait']);
    expect(problems[0]!.message).to.equal('Ảnh 800×600 nhỏ hơn khổ 1200×630 (ảnh ngang) của Fanpage Facebook; ảnh không được phóng to.');
    expect(checkAttachment(facebook, jpeg(4000, 3000))).to.deep.equal([]);
  });

  it('refuses a 12-megapixel photo for a 50×75 cm pano: 135 dpi, 150 needed', () => {
    const problems = checkAttachment(pano, jpeg(3000, 4000));
    expect(codes(problems)).to.deep.equal(['PRINT_RESOLUTION_TOO_LOW']);
    expect(problems[0]!.message).to.equal(
      'Ảnh 3000×4000 chỉ đạt 135 dpi ở khổ in 50×75 cm (áp phích) của Pano, áp phích; cần tối thiểu 150 dpi, tức ảnh từ 2953×4430 điểm ảnh.',
    );
    expect(checkAttachment(pano, jpeg(3000, 4500))).to.deep.equal([]);
  });

  it('refuses formats the renderer does not read and uploads over the channel limit', () => {
    expect(codes(checkAttachment(zalo, { kind: 'image', format: 'heic', width: 4000, height: 3000, bytes: 2_000_000 }))).to.deep.equal([
      'IMAGE_FORMAT_UNSUPPORTED',
    ]);
    const heavy = checkAttachment(email, jpeg(4000, 3000, 12_000_000));
    expect(codes(heavy)).to.deep.equal(['MEDIA_TOO_LARGE']);
    expect(heavy[0]!.message).to.equal('Tệp hình ảnh nặng 12 MB, Thư điện tử nhận tối đa 10 MB.');
  });

  it('a kind the channel does not carry is refused for that channel alone', () => {
    const problems = checkAttachment(radio, jpeg(4000, 3000));
    expect(codes(problems)).to.deep.equal(['MEDIA_KIND_NOT_ACCEPTED']);
    expect(problems[0]!.message).to.contain('Đài truyền thanh cơ sở không nhận tệp hình ảnh');
  });
});

describe('media profile check: a whole item', () => {
  it("lists a Zalo article's missing cover and long title together", () => {
    const problems = checkItem(zalo, { title: 'Đ'.repeat(160), attachments: [] });
    expect(codes(problems)).to.deep.equal(['TITLE_TOO_LONG', 'MEDIA_MISSING']);
    expect(problems[1]!.message).to.equal('Zalo OA cần ít nhất một tệp hình ảnh.');
  });

  it('skips attachments for other channels, and checks the radio programme against the slot', () => {
    const item = { title: 'Bản tin CCHC', attachments: [jpeg(4000, 3000), mp3(1200)] };
    const problems = checkItem(radio, item, { slot: { durationMin: 10, durationMax: 15 } });
    expect(codes(problems)).to.deep.equal(['AUDIO_TOO_LONG']);
    expect(problems[0]!.attachment).to.equal(1);
    expect(codes(checkItem(radio, { attachments: [jpeg(4000, 3000)] }))).to.deep.equal(['MEDIA_MISSING']);
    expect(checkItem(facebook, item)).to.deep.equal([]);
  });

  it('writes every message in Vietnamese', () => {
    const all = [
      ...checkItem(zalo, { title: 'x'.repeat(200), author: 'y'.repeat(60), attachments: [jpeg(100, 100)] }),
      ...checkItem(radio, { attachments: [mp3(2000), { kind: 'audio', format: 'ogg', bytes: 1, durationSec: 1 }] }),
      ...checkItem(pano, { attachments: [jpeg(300, 400)] }),
    ];
    expect(all.length).to.be.greaterThan(5);
    for (const p of all) expect(p.message, p.code).to.match(VIETNAMESE);
  });
});

describe('media profile check: renditions read back', () => {
  const landscape = facebook.renditions.find((r) => r.name === 'landscape')!;
  const poster = pano.renditions[0]!;

  it('accepts an exact, allowed, light rendition', () => {
    expect(checkRendition(facebook, landscape, { format: 'jpeg', width: 1200, height: 630, bytes: 200_000 })).to.deep.equal([]);
  });

  it('names a wrong size, a wrong format and a heavy file', () => {
    const problems = checkRendition(facebook, landscape, { format: 'webp', width: 1200, height: 628, bytes: 9_000_000 });
    expect(codes(problems)).to.deep.equal(['RENDITION_SIZE_MISMATCH', 'RENDITION_FORMAT_NOT_ALLOWED', 'RENDITION_TOO_HEAVY']);
  });

  it('checks a print rendition by its dpi at the print size', () => {
    expect(checkRendition(pano, poster, { format: 'jpeg', width: 2953, height: 4429, bytes: 5_000_000 })).to.deep.equal([]);
    expect(checkRendition(pano, poster, { format: 'jpeg', width: 5906, height: 8858, bytes: 5_000_000 })).to.deep.equal([]);
    expect(codes(checkRendition(pano, poster, { format: 'jpeg', width: 1969, height: 2953, bytes: 5_000_000 }))).to.deep.equal([
      'RENDITION_DPI_OUT_OF_RANGE',
    ]);
    expect(codes(checkRendition(pano, poster, { format: 'jpeg', width: 2953, height: 2953, bytes: 5_000_000 }))).to.deep.equal([
      'RENDITION_SIZE_MISMATCH',
    ]);
  });
});
