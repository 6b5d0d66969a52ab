/**
 * Media files made in the test, from nothing: a 12-megapixel photo with EXIF orientation and
 * GPS, a corrupt JPEG, a 30000×30000 PNG built cheaply (1 bit per pixel, all zero, deflated
 * in chunks), a PDF, MP3 frames of silence (MPEG-1 Layer III, 32 kbit/s, 32 kHz, mono: 144
 * bytes per 36 ms frame), a WAV of silence, and an upload stream of any length that never
 * holds more than one chunk.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createDeflate } from 'node:zlib';
import sharp from 'sharp';

export async function tempDir(prefix = 'loa-media-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Every file (not directory) under a folder, relative paths. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, prefix: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) await walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  await walk(dir, '');
  return out.sort();
}

/**
 * A photo-like picture: smooth colour regions with grain. Stored `storedWidth × storedHeight`;
 * with EXIF orientation 6 it displays rotated a quarter turn clockwise. The left third of the
 * stored picture is red-dominant, the right third blue-dominant, so orientation can be seen.
 */
export async function photo(opts: { storedWidth: number; storedHeight: number; orientation?: number; quality?: number }): Promise<Buffer> {
  const { storedWidth: w, storedHeight: h } = opts;
  const third = Math.floor(w / 3);
  const grain = await sharp({
    create: { width: w, height: h, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 120, sigma: 24 } },
  })
    .blur(0.8)
    .png({ compressionLevel: 0 })
    .toBuffer();
  const band = (r: number, g: number, b: number, width: number) =>
    sharp({ create: { width, height: h, channels: 4, background: { r, g, b, alpha: 0.55 } } })
      .png()
      .toBuffer();
  let img = sharp(grain).composite([
    { input: await band(230, 30, 30, third), left: 0, top: 0 },
    { input: await band(40, 200, 60, w - 2 * third), left: third, top: 0 },
    { input: await band(30, 40, 230, third), left: w - third, top: 0 },
  ]);
  img = img.withExif({
    IFD0: { Make: 'LoaTestCam', Model: 'X1', Copyright: 'UBND xã' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 0/1' },
  });
  if (opts.orientation) img = img.withMetadata({ orientation: opts.orientation });
  return img.jpeg({ quality: opts.quality ?? 90 }).toBuffer();
}

/** 12 megapixels: stored 4000×3000, displayed 3000×4000 (portrait) through EXIF orientation 6. */
export function photo12mp(): Promise<Buffer> {
  return photo({ storedWidth: 4000, storedHeight: 3000, orientation: 6 });
}

/** A JPEG cut short and with its middle garbled: the header still reads, the pixels do not. */
export async function corruptJpeg(): Promise<Buffer> {
  const good = await photo({ storedWidth: 800, storedHeight: 600 });
  const bad = Buffer.from(good.subarray(0, Math.floor(good.length * 0.55)));
  for (let i = Math.floor(bad.length * 0.4); i < bad.length; i += 97) bad[i] = 0xff;
  return bad;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A real, valid PNG of width × height, 1-bit greyscale, all black: 30000×30000 is 900
 * megapixels (2.7 GB once decoded to RGB) in about 110 kB. Rows are deflated in chunks,
 * so building it never holds more than a few megabytes.
 */
export async function pngBomb(width = 30000, height = 30000): Promise<Buffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(width / 8); // filter byte + packed pixels
  const rowsPerChunk = Math.max(1, Math.floor((4 << 20) / rowBytes));
  const zeros = Buffer.alloc(rowBytes * rowsPerChunk);
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise<void>((res, rej) => {
    deflate.on('end', res);
    deflate.on('error', rej);
  });
  for (let row = 0; row < height; row += rowsPerChunk) {
    const rows = Math.min(rowsPerChunk, height - row);
    if (!deflate.write(zeros.subarray(0, rows * rowBytes))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', Buffer.concat(parts)), chunk('IEND', Buffer.alloc(0))]);
}

/** A small, valid one-page PDF. */
export function pdfBytes(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** MPEG-1 Layer III frames of silence: 32 kbit/s, 32 kHz, mono; 1152 samples (36 ms) in 144 bytes each. */
export function mp3Silence(seconds: number): Buffer {
  const frameBytes = 144; // 144 × 32000 / 32000, no padding
  const frames = Math.round(seconds / (1152 / 32000));
  const frame = Buffer.alloc(frameBytes);
  frame[0] = 0xff; // frame sync
  frame[1] = 0xfb; // sync, MPEG-1, Layer III, no CRC
  frame[2] = 0x18; // bitrate index 1 (32 kbit/s), sampling 32 kHz, no padding
  frame[3] = 0xc0; // mono
  const out = Buffer.alloc(frames * frameBytes);
  for (let i = 0; i < frames; i++) frame.copy(out, i * frameBytes);
  return out;
}

/** PCM WAV of silence, 8 kHz, 8-bit, mono. */
export function wavSilence(seconds: number): Buffer {
  const rate = 8000;
  const data = Math.round(seconds * rate);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // byte rate
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data, 40);
  return Buffer.concat([header, Buffer.alloc(data, 0x80)]);
}

/**
 * An upload of `totalBytes` that is produced as it is read: one reused chunk, so a 500 MB
 * upload costs 64 kB of memory. `produced()` tells how much the reader pulled.
 */
export function lazyUpload(
  totalBytes: number,
  head: Buffer = Buffer.alloc(0),
  chunkBytes = 64 * 1024,
): { stream: Readable; produced: () => number } {
  let produced = 0;
  const filler = Buffer.alloc(chunkBytes, 0x41);
  const stream = new Readable({
    highWaterMark: chunkBytes,
    read() {
      if (produced >= totalBytes) {
        this.push(null);
        return;
      }
      let piece: Buffer;
      if (produced < head.length) piece = head.subarray(produced, Math.min(head.length, produced + chunkBytes));
      else piece = filler.subarray(0, Math.min(chunkBytes, totalBytes - produced));
      produced += piece.length;
      this.push(piece);
    },
  });
  return { stream, produced: () => produced };
}
