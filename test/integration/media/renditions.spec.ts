/**
 * Real sharp on a 12-megapixel photo with EXIF orientation: every rendition is read back
 * from its bytes and must meet its profile (size, format, bytes, dpi), be upright, and
 * carry no metadata.
 */
import { expect } from 'chai';
import sharp from 'sharp';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import { checkRendition } from '../../../src/domain/media/media-profile.check.js';
import type { PixelRendition, PrintRendition, RenditionSpec } from '../../../config/channels/media-profile.types.js';
import { ImageProcessor } from '../../../src/modules/media/image-processor.js';
import { RenditionService } from '../../../src/modules/media/rendition.service.js';
import { photo, photo12mp } from './media-fixtures.js';

const profiles = loadMediaProfiles();
const images = new ImageProcessor({ maxInputPixels: profiles.maxInputPixels });

/** Mean colour of a region of an encoded picture. */
async function meanRgb(
  data: Buffer,
  region: { left: number; top: number; width: number; height: number },
): Promise<[number, number, number]> {
  // stats() reads its input, not the pipeline: extract to a buffer first.
  const stats = await sharp(await sharp(data).extract(region).png().toBuffer()).stats();
  return [stats.channels[0]!.mean, stats.channels[1]!.mean, stats.channels[2]!.mean];
}

describe('image renditions (sharp, 12-megapixel photo)', function () {
  this.timeout(120_000);
  let source: Buffer;

  before(async () => {
    source = await photo12mp();
    const meta = await sharp(source).metadata();
    expect([meta.width, meta.height, meta.orientation]).to.deep.equal([4000, 3000, 6]);
    expect(meta.exif, 'the fixture carries EXIF').to.not.equal(undefined);
  });

  it('reads the upright size from the header', async () => {
    const header = await images.header(source);
    expect(header).to.include({ format: 'jpeg', width: 3000, height: 4000, storedWidth: 4000, storedHeight: 3000, orientation: 6 });
  });

  it('renders every channel the photo can serve, each rendition meeting its profile when read back', async () => {
    const service = new RenditionService(images);
    const channels = ['web-portal', 'zalo-oa', 'facebook', 'youtube', 'led-screen', 'leaflet', 'email'].map((c) => profiles.channels[c]!);
    const rendered = await service.renderChannels(source, channels, { format: 'jpeg', bytes: source.length });
    expect(rendered.length).to.equal(channels.reduce((n, c) => n + c.renditions.length, 0));
    for (const r of rendered) {
      const profile = profiles.channels[r.channel]!;
      const meta = await sharp(r.image.data).metadata();
      const facts = { format: meta.format!, width: meta.width!, height: meta.height!, bytes: r.image.data.length };
      expect(checkRendition(profile, r.spec, facts), `${r.channel}/${r.spec.name}`).to.deep.equal([]);
      expect(facts.format, `${r.channel}/${r.spec.name}`).to.be.oneOf(r.spec.formats);
      expect(facts.bytes).to.be.at.most(r.spec.maxBytes);
      expect(meta.exif, `${r.channel}/${r.spec.name} keeps no EXIF`).to.equal(undefined);
      expect(meta.icc).to.equal(undefined);
      expect(meta.orientation ?? 1).to.equal(1);
      if (r.spec.kind === 'pixel') {
        expect(facts.width).to.equal(r.spec.width);
        if (r.spec.height !== null) expect(facts.height).to.equal(r.spec.height);
      }
    }
    const byName = (c: string, n: string) => rendered.find((r) => r.channel === c && r.spec.name === n)!;
    // Width-only renditions keep the upright (portrait) proportions.
    expect([byName('web-portal', 'large').image.width, byName('web-portal', 'large').image.height]).to.deep.equal([1200, 1600]);
    // Print: A4 at the best dpi the photo holds within 150–300.
    const a4 = byName('leaflet', 'a4');
    expect(a4.image.dpi).to.be.within(150, 300);
    expect(a4.image.width).to.equal(Math.round((21 / 2.54) * a4.image.dpi!));
  });

  it('applies the EXIF orientation: the stored left (red) band ends up on top', async () => {
    const large = (profiles.channels['web-portal']!.renditions.find((r) => r.name === 'large') as PixelRendition)!;
    const out = await images.render(source, large);
    const [rTop, , bTop] = await meanRgb(out.data, { left: 0, top: 0, width: 1200, height: 300 });
    const [rBottom, , bBottom] = await meanRgb(out.data, { left: 0, top: 1300, width: 1200, height: 300 });
    expect(rTop).to.be.greaterThan(bTop + 60);
    expect(bBottom).to.be.greaterThan(rBottom + 60);
  });

  it('crops around the focal point', async () => {
    const landscape = profiles.channels.facebook!.renditions.find((r) => r.name === 'landscape')!;
    const top = await images.render(source, landscape, { focal: { x: 0.5, y: 0.05 } });
    const bottom = await images.render(source, landscape, { focal: { x: 0.5, y: 0.95 } });
    const [rT, , bT] = await meanRgb(top.data, { left: 0, top: 0, width: 1200, height: 630 });
    const [rB, , bB] = await meanRgb(bottom.data, { left: 0, top: 0, width: 1200, height: 630 });
    expect(rT).to.be.greaterThan(bT + 60);
    expect(bB).to.be.greaterThan(rB + 60);
  });

  it('letterboxes a portrait photo on the LED screen with the background colour', async () => {
    const screen = profiles.channels['led-screen']!.renditions[0]!;
    const out = await images.render(source, screen);
    expect([out.width, out.height]).to.deep.equal([1920, 1080]);
    const [r, g, b] = await meanRgb(out.data, { left: 0, top: 0, width: 300, height: 1080 });
    expect(Math.max(r, g, b)).to.be.below(8);
    const [r2, g2, b2] = await meanRgb(out.data, { left: 900, top: 400, width: 100, height: 100 });
    expect(Math.max(r2, g2, b2)).to.be.greaterThan(40);
  });

  it('lowers the quality step by step to get under a tight byte limit', async () => {
    const roomy: PixelRendition = {
      kind: 'pixel',
      name: 'tight',
      label: 'thử nén chặt',
      width: 1200,
      height: 630,
      fit: 'cover',
      background: '#ffffff',
      formats: ['jpeg'],
      maxBytes: 10_000_000,
    };
    const first = await images.render(source, roomy);
    const tight = { ...roomy, maxBytes: Math.floor(first.bytes * 0.6) };
    const out = await images.render(source, tight);
    expect(out.bytes).to.be.at.most(tight.maxBytes);
    expect(out.quality!).to.be.lessThan(first.quality!);
    expect((await sharp(out.data).metadata()).size ?? out.data.length).to.be.at.most(tight.maxBytes);
  });

  it('lowers the dpi of a print rendition, never under the minimum, when no quality fits at the full dpi', async () => {
    const a5 = profiles.channels.leaflet!.renditions.find((r) => r.name === 'a5') as PrintRendition;
    const full = await images.render(source, a5);
    expect(full.dpi).to.equal(300);
    // The smallest JPEG at 300 dpi, measured with a pixel rendition of the same size that cannot shrink.
    const sameSize: PixelRendition = {
      kind: 'pixel',
      name: 'same',
      label: 'thử cùng khổ',
      width: full.width,
      height: full.height,
      fit: 'cover',
      background: '#ffffff',
      formats: ['jpeg'],
      maxBytes: 1,
    };
    const floor = await images.render(source, sameSize).then(
      () => 0,
      (e: { evidence: { smallestBytes: number } }) => e.evidence.smallestBytes,
    );
    expect(floor).to.be.greaterThan(0);
    const squeezed: PrintRendition = { ...a5, formats: ['jpeg'], maxBytes: floor - 1 };
    const out = await images.render(source, squeezed);
    expect(out.bytes).to.be.at.most(squeezed.maxBytes);
    expect(out.dpi!).to.be.within(150, 299);
    const meta = await sharp(out.data).metadata();
    expect(meta.width).to.equal(Math.round((14.8 / 2.54) * out.dpi!));
    expect(
      checkRendition(profiles.channels.leaflet!, squeezed, {
        format: meta.format!,
        width: meta.width!,
        height: meta.height!,
        bytes: out.data.length,
      }),
    ).to.deep.equal([]);
  });

  it('refuses a limit no quality can meet, saying how small it got', async () => {
    const impossible: RenditionSpec = {
      kind: 'pixel',
      name: 'impossible',
      label: 'thử không nén nổi',
      width: 1920,
      height: 1080,
      fit: 'cover',
      background: '#ffffff',
      formats: ['jpeg', 'png'],
      maxBytes: 2_000,
    };
    const error = await images.render(source, impossible).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.have.property('code', 'RENDITION_OVER_BYTE_LIMIT');
    expect((error as Error).message).to.match(/^Không nén được bản thử không nén nổi xuống dưới 2 kB: nhỏ nhất đạt [\d,]+ kB/);
  });

  it('keeps transparency in PNG when the channel allows PNG', async () => {
    const rgba = await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 120, b: 200, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const spec: PixelRendition = {
      kind: 'pixel',
      name: 'logo',
      label: 'biểu trưng',
      width: 500,
      height: 320,
      fit: 'cover',
      background: '#ffffff',
      formats: ['jpeg', 'png'],
      maxBytes: 1_000_000,
    };
    const out = await images.render(rgba, spec);
    expect(out.format).to.equal('png');
    expect((await sharp(out.data).metadata()).hasAlpha).to.equal(true);
    const jpegOnly = await images.render(rgba, { ...spec, formats: ['jpeg'] });
    expect(jpegOnly.format).to.equal('jpeg');
  });

  it('refuses a picture too small for the rendition instead of enlarging it', async () => {
    const small = await photo({ storedWidth: 800, storedHeight: 600 });
    const landscape = profiles.channels.facebook!.renditions[0]!;
    const error = await images.render(small, landscape).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.have.property('code', 'IMAGE_TOO_SMALL');
    expect((error as Error).message).to.contain('800×600');
  });
});
