/** The media profiles as data: the shipped numbers, and a broken file listing every problem in one error. */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import {
  defaultMediaProfilesPath,
  loadMediaProfiles,
  MEDIA_CHANNEL_IDS,
  mediaProfileOf,
  parseMediaProfiles,
} from '../../../config/channels/media-profiles.loader.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import type { PixelRendition, PrintRendition } from '../../../config/channels/media-profile.types.js';
import { cmToPixels } from '../../../src/domain/media/rendition-geometry.js';

const raw = () => JSON.parse(readFileSync(defaultMediaProfilesPath(), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('media profiles (config/channels/media-profiles.json)', () => {
  const profiles = loadMediaProfiles();

  it('has a profile for every publishing channel', () => {
    expect(Object.keys(profiles.channels)).to.have.members([...MEDIA_CHANNEL_IDS]);
  });

  it("holds Zalo's numbers: cover 500×320, JPG/PNG ≤ 1 MB, title 150, author 50, description 300", () => {
    const zalo = profiles.channels['zalo-oa']!;
    const cover = zalo.renditions[0] as PixelRendition;
    expect(cover).to.include({ kind: 'pixel', name: 'cover', width: 500, height: 320, fit: 'cover', maxBytes: 1_000_000 });
    expect(cover.formats).to.have.members(['jpeg', 'png']);
    expect(zalo.text).to.deep.equal({ titleMax: 150, authorMax: 50, descriptionMax: 300 });
  });

  it("holds Facebook's sizes 1200×630, 1080×1080, 1080×1350 under 8 MB", () => {
    const sizes = profiles.channels.facebook!.renditions.map((r) => (r as PixelRendition).width + '×' + (r as PixelRendition).height);
    expect(sizes).to.deep.equal(['1200×630', '1080×1080', '1080×1350']);
    for (const r of profiles.channels.facebook!.renditions) expect(r.maxBytes).to.be.at.most(8_000_000);
  });

  it('prints a 50×75 cm pano at 150–300 dpi: 2953×4429 pixels at 150 dpi', () => {
    const poster = profiles.channels.pano!.renditions[0] as PrintRendition;
    expect(poster).to.include({ kind: 'print', widthCm: 50, heightCm: 75, dpiMin: 150, dpiMax: 300 });
    expect([cmToPixels(poster.widthCm, poster.dpiMin), cmToPixels(poster.heightCm, poster.dpiMin)]).to.deep.equal([2953, 4429]);
  });

  it('gives the radio a 10–15 minute default, MP3 only', () => {
    expect(profiles.channels.radio!.audio).to.deep.equal({
      formats: ['mp3'],
      maxBytes: 100_000_000,
      duration: { minSec: 600, maxSec: 900 },
    });
    expect(profiles.channels.radio!.requires).to.deep.equal(['audio']);
  });

  it("lowers the global upload limit where a channel says less, and lets a unit's LED board replace the screen size", () => {
    expect(profiles.maxUploadBytes.video).to.equal(200_000_000);
    expect(profiles.channels.email!.maxUploadBytes.image).to.equal(10_000_000);
    expect(profiles.channels['web-portal']!.maxUploadBytes.image).to.equal(profiles.maxUploadBytes.image);
    const led = mediaProfileOf(profiles, 'led-screen', [{ rendition: 'screen', width: 768, height: 384 }]);
    expect(led.renditions[0]).to.include({ width: 768, height: 384, fit: 'contain' });
    expect((profiles.channels['led-screen']!.renditions[0] as PixelRendition).width).to.equal(1920);
  });

  it('names every rendition in Vietnamese for people (the identifier stays in URLs and files)', () => {
    const labels = Object.values(profiles.channels).flatMap((c) => c.renditions.map((r) => [r.name, r.label]));
    expect(labels.length).to.be.greaterThan(10);
    for (const [name, label] of labels)
      expect(label, name)
        .to.match(/^[a-zà-ỹđ][a-zà-ỹđA-Z0-9 ×]*$/u)
        .and.not.equal(name);
    expect(mediaProfileOf(profiles, 'facebook').renditions.map((r) => r.label)).to.deep.equal(['ảnh ngang', 'ảnh vuông', 'ảnh dọc']);
  });

  it('refuses an unknown channel by name', () => {
    expect(() => mediaProfileOf(profiles, 'tiktok'))
      .to.throw(DomainError)
      .with.property('code', 'MEDIA_CHANNEL_UNKNOWN');
  });

  it('lists every problem of a broken file in one error', () => {
    const bad = raw();
    delete bad.channels.email;
    bad.channels.radio.requires = ['image'];
    bad.channels.pano.print.dpiMin = 400;
    bad.channels.facebook.images.renditions[1].name = 'landscape';
    bad.channels['zalo-oa'].images.renditions[0].background = 'white';
    bad.channels.tiktok = { label: 'TikTok', accepts: ['video'] };
    bad.channels.banner.print.sizes[0].label = ' ';
    let error: DomainError | undefined;
    try {
      parseMediaProfiles(bad, 'broken.json');
    } catch (e) {
      error = e as DomainError;
    }
    expect(error).to.be.instanceOf(DomainError);
    expect(error!.code).to.equal('CONFIG_MEDIA_PROFILES_INVALID');
    const issues = error!.evidence.issues as string[];
    const has = (fragment: string) =>
      expect(
        issues.some((i) => i.includes(fragment)),
        `${fragment} in ${issues.join(' | ')}`,
      ).to.equal(true);
    has('channels.email');
    has('channels.radio.requires.0');
    has('channels.pano.print.dpiMin');
    has('bị trùng');
    has('channels.zalo-oa.images.renditions.0.background');
    has('channels.tiktok');
    // A rendition needs the Vietnamese name people read (its own name is an identifier, never shown).
    has('channels.banner.print.sizes.0.label');
    expect(error!.message).to.contain('broken.json');
  });
});
