/**
 * Content-addressed files on disk: `<root>/<sha256[0..2]>/<sha256>.<ext>`. An upload is
 * first staged (streamed to `<root>/.incoming/`, hashed and counted on the way, stopped at
 * the byte limit), checked by the caller, then committed by an atomic rename, or discarded.
 * Storing the same bytes twice keeps one file. Nothing is left behind for a refused file.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../domain/errors/domain-error.js';
import { ByteLimit } from './upload-size.guard.js';

export interface StagedFile {
  /** Where the bytes wait, inside the store (same file system, so the commit is a rename). */
  tempPath: string;
  sha256: string;
  bytes: number;
}

export interface StoredMedia {
  sha256: string;
  ext: string;
  bytes: number;
  /** Absolute path of the stored file. */
  path: string;
  /** Path relative to the store's root: `ab/abcdef….jpg`. */
  key: string;
  /** False when the same bytes were already stored. */
  created: boolean;
}

export type UploadSource = NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>;

const INCOMING = '.incoming';

class Sha256Tap extends Transform {
  private readonly hash = createHash('sha256');
  private count = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.count += chunk.length;
    callback(null, chunk);
  }

  digest(): { sha256: string; bytes: number } {
    return { sha256: this.hash.digest('hex'), bytes: this.count };
  }
}

export class MediaStore {
  constructor(readonly root: string) {}

  /** Path of a stored file for a hash and extension. */
  pathFor(sha256: string, ext: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new DomainError('MEDIA_KEY_INVALID', `Mã băm "${sha256}" không hợp lệ.`, { sha256 });
    if (!/^[a-z0-9]{1,8}$/.test(ext)) throw new DomainError('MEDIA_KEY_INVALID', `Đuôi tệp "${ext}" không hợp lệ.`, { ext });
    return join(this.root, sha256.slice(0, 2), `${sha256}.${ext}`);
  }

  /** The stored file of a hash, whatever its extension, or null. */
  async locate(sha256: string): Promise<string | null> {
    const dir = dirname(this.pathFor(sha256, 'bin'));
    const names = await readdir(dir).catch(() => [] as string[]);
    const name = names.find((n) => n.startsWith(`${sha256}.`) && /^[a-z0-9]{1,8}$/.test(n.slice(65)));
    return name ? join(dir, name) : null;
  }

  async has(sha256: string, ext: string): Promise<boolean> {
    return exists(this.pathFor(sha256, ext));
  }

  /**
   * Streams an upload to a staging file, hashing and counting it; over `maxBytes` it stops
   * reading, deletes what it wrote and throws PAYLOAD_TOO_LARGE.
   */
  async stage(source: UploadSource, opts: { maxBytes: number }): Promise<StagedFile> {
    const dir = join(this.root, INCOMING);
    await mkdir(dir, { recursive: true });
    const tempPath = join(dir, `${randomUUID()}.part`);
    const tap = new Sha256Tap();
    const readable =
      source instanceof Readable ? source : Readable.from(source as AsyncIterable<Uint8Array | string>, { objectMode: false });
    try {
      await pipeline(readable, new ByteLimit(opts.maxBytes), tap, createWriteStream(tempPath, { flags: 'wx' }));
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return { tempPath, ...tap.digest() };
  }

  /** Moves a staged file to its content address (atomic rename); the same bytes stored before: the staging file is dropped. */
  async commit(staged: StagedFile, ext: string): Promise<StoredMedia> {
    const path = this.pathFor(staged.sha256, ext);
    if (await exists(path)) {
      await rm(staged.tempPath, { force: true });
      return this.describe(staged.sha256, ext, staged.bytes, path, false);
    }
    await mkdir(join(this.root, staged.sha256.slice(0, 2)), { recursive: true });
    const handle = await open(staged.tempPath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(staged.tempPath, path);
    return this.describe(staged.sha256, ext, staged.bytes, path, true);
  }

  /** Drops a staged file (the upload was refused). */
  async discard(staged: StagedFile): Promise<void> {
    await rm(staged.tempPath, { force: true });
  }

  /** Stores bytes already in memory (a rendition): temp file, fsync, rename. */
  async put(data: Uint8Array, ext: string): Promise<StoredMedia> {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const path = this.pathFor(sha256, ext);
    if (await exists(path)) return this.describe(sha256, ext, data.length, path, false);
    const dir = join(this.root, INCOMING);
    await mkdir(dir, { recursive: true });
    const tempPath = join(dir, `${randomUUID()}.part`);
    try {
      await writeFile(tempPath, data, { flag: 'wx', flush: true });
      await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
      await rename(tempPath, path);
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return this.describe(sha256, ext, data.length, path, true);
  }

  /** Removes staging files left by a crash (older than `olderThanMs`). */
  async sweepIncoming(olderThanMs: number, now = Date.now()): Promise<number> {
    const dir = join(this.root, INCOMING);
    let removed = 0;
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const p = join(dir, name);
      const s = await stat(p).catch(() => null);
      if (s && now - s.mtimeMs > olderThanMs) {
        await rm(p, { force: true });
        removed++;
      }
    }
    return removed;
  }

  private describe(sha256: string, ext: string, bytes: number, path: string, created: boolean): StoredMedia {
    return { sha256, ext, bytes, path, key: relative(this.root, path).split('\\').join('/'), created };
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
