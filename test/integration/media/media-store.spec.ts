/** The content-addressed store on a real disk: paths from the hash, atomic commits, one file per content. */
import { createHash } from 'node:crypto';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'chai';
import { MediaStore } from '../../../src/modules/media/media-store.js';
import { filesUnder, tempDir } from './media-fixtures.js';

describe('media store (content-addressed, on disk)', () => {
  let dir: { path: string; remove: () => Promise<void> };
  let store: MediaStore;
  beforeEach(async () => {
    dir = await tempDir('loa-store-');
    store = new MediaStore(dir.path);
  });
  afterEach(() => dir.remove());

  const data = Buffer.from('Tuyên truyền cải cách hành chính năm 2024', 'utf8');
  const sha = createHash('sha256').update(data).digest('hex');

  it('stores bytes at <sha256[0..2]>/<sha256>.<ext>, once', async () => {
    const first = await store.put(data, 'txt');
    expect(first).to.include({ sha256: sha, key: `${sha.slice(0, 2)}/${sha}.txt`, bytes: data.length, created: true });
    expect(first.path).to.equal(join(dir.path, sha.slice(0, 2), `${sha}.txt`));
    const second = await store.put(data, 'txt');
    expect(second.created).to.equal(false);
    expect(await filesUnder(dir.path)).to.deep.equal([first.key]);
    expect(await store.has(sha, 'txt')).to.equal(true);
  });

  it('stages a stream (hashing and counting it), then commits by rename, leaving no staging file', async () => {
    const staged = await store.stage(Readable.from([data.subarray(0, 10), data.subarray(10)]), { maxBytes: 1000 });
    expect(staged).to.include({ sha256: sha, bytes: data.length });
    expect(await filesUnder(dir.path)).to.have.length(1);
    const stored = await store.commit(staged, 'txt');
    expect((await readFile(stored.path)).equals(data)).to.equal(true);
    expect(await filesUnder(dir.path)).to.deep.equal([stored.key]);
  });

  it('discards a staged upload, and a stream over the limit leaves nothing', async () => {
    const staged = await store.stage(Readable.from([data]), { maxBytes: 1000 });
    await store.discard(staged);
    expect(await filesUnder(dir.path)).to.deep.equal([]);
    const error = await store.stage(Readable.from([data, data, data]), { maxBytes: data.length * 2 }).catch((e: unknown) => e);
    expect(error).to.have.property('code', 'PAYLOAD_TOO_LARGE');
    expect(await filesUnder(dir.path)).to.deep.equal([]);
  });

  it('refuses keys that could escape the store', () => {
    expect(() => store.pathFor('../../etc/passwd', 'txt'))
      .to.throw()
      .with.property('code', 'MEDIA_KEY_INVALID');
    expect(() => store.pathFor(sha, '../x'))
      .to.throw()
      .with.property('code', 'MEDIA_KEY_INVALID');
  });

  it('sweeps staging files a crash left behind, and only old ones', async () => {
    await store.put(data, 'txt');
    const stale = join(dir.path, '.incoming', 'left-by-crash.part');
    const fresh = join(dir.path, '.incoming', 'in-progress.part');
    await writeFile(stale, 'x');
    await writeFile(fresh, 'y');
    const old = new Date(Date.now() - 2 * 3600_000);
    await utimes(stale, old, old);
    expect(await store.sweepIncoming(3600_000)).to.equal(1);
    expect(await filesUnder(dir.path)).to.deep.equal(['.incoming/in-progress.part', `${sha.slice(0, 2)}/${sha}.txt`]);
  });
});
