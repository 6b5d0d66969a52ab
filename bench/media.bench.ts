/**
 * Renditions per second for a 12-megapixel photo (4000×3000, EXIF orientation 6) rendered to
 * every image channel of config/channels/media-profiles.json, one process, one rendition at
 * a time, and the peak resident memory. Print sizes the photo cannot reach at their minimum
 * dpi are refused (as in production) and counted apart. Prints figures for people; the last
 * line is one JSON object `{renditionsPerSec, peakRssMb}`.
 */
import sharp from 'sharp';
import { loadMediaProfiles } from '../config/channels/media-profiles.loader.js';
import { checkAttachment } from '../src/domain/media/media-profile.check.js';
import { ImageProcessor } from '../src/modules/media/image-processor.js';
import { photo12mp } from '../test/integration/media/media-fixtures.js';

const rounds = Number(process.argv[2] ?? 5);
let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sample, 10);

const profiles = loadMediaProfiles();
const images = new ImageProcessor({ maxInputPixels: profiles.maxInputPixels });
const source = await photo12mp();
const header = await images.header(source);
const facts = { kind: 'image' as const, format: 'jpeg', width: header.width, height: header.height, bytes: source.length };

const work: { channel: string; spec: (typeof profiles.channels)[string]['renditions'][number] }[] = [];
const refused: string[] = [];
for (const profile of Object.values(profiles.channels)) {
  const problems = checkAttachment(profile, facts);
  for (const spec of profile.renditions) {
    const problem = problems.find((p) => p.rendition === spec.name);
    if (problem) refused.push(`${profile.channel}/${spec.name}: ${problem.code}`);
    else work.push({ channel: profile.channel, spec });
  }
}

console.log(
  `source: ${header.storedWidth}×${header.storedHeight} JPEG (upright ${header.width}×${header.height}), ${(source.length / 1e6).toFixed(2)} MB`,
);
console.log(`renditions per round: ${work.length} (${work.map((w) => `${w.channel}/${w.spec.name}`).join(', ')})`);
if (refused.length > 0) console.log(`refused as too small for print (not timed): ${refused.join('; ')}`);
console.log(`sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, concurrency ${sharp.concurrency()}`);

// Warm-up: one round, not timed.
for (const w of work) await images.render(source, w.spec, { header });
sample();

const perRendition = new Map<string, number>();
const t0 = process.hrtime.bigint();
let produced = 0;
let bytes = 0;
for (let r = 0; r < rounds; r++) {
  for (const w of work) {
    const s = process.hrtime.bigint();
    const out = await images.render(source, w.spec, { header });
    const ms = Number(process.hrtime.bigint() - s) / 1e6;
    const key = `${w.channel}/${w.spec.name}`;
    perRendition.set(key, (perRendition.get(key) ?? 0) + ms);
    produced++;
    bytes += out.bytes;
    sample();
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
clearInterval(timer);
sample();

const renditionsPerSec = Math.round((produced / seconds) * 100) / 100;
const peakRssMb = Math.round(peakRss / (1024 * 1024));
for (const [key, ms] of perRendition) console.log(`  ${key.padEnd(28)} ${(ms / rounds).toFixed(0).padStart(6)} ms`);
console.log(
  `${produced} renditions in ${seconds.toFixed(2)} s → ${renditionsPerSec} renditions/s (${rounds} rounds, ${(bytes / produced / 1e3).toFixed(0)} kB average)`,
);
console.log(`peak RSS: ${peakRssMb} MB`);
console.log(JSON.stringify({ renditionsPerSec, peakRssMb, renditions: produced, rounds, refusedPrint: refused.length }));
