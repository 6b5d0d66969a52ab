import { expect } from 'chai';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Clock } from '../../../src/modules/common/clock.js';
import { MediaMaintenance, STALE_UPLOAD_MS } from '../../../src/modules/media/media-maintenance.service.js';
import { MediaStore } from '../../../src/modules/media/media-store.js';
import { filesUnder, tempDir } from './media-fixtures.js';

class At extends Clock {
  constructor(private readonly t: number) {
    super();
  }
  now(): Date {
    return new Date(this.t);
  }
}

describe('media maintenance', () => {
  it('removes staging files left by dead uploads, keeps fresh ones, and can run twice', async () => {
    const dir = await tempDir();
    try {
      const incoming = join(dir.path, '.incoming');
      await mkdir(incoming, { recursive: true });
      const now = Date.now();
      await writeFile(join(incoming, 'dead'), 'x');
      await writeFile(join(incoming, 'fresh'), 'y');
      const old = new Date(now - STALE_UPLOAD_MS - 60_000);
      await utimes(join(incoming, 'dead'), old, old);
      const maintenance = new MediaMaintenance(new MediaStore(dir.path), new At(now));
      const [a, b] = await Promise.all([maintenance.sweep(), maintenance.sweep()]);
      expect(a + b).to.be.at.least(1);
      expect((await filesUnder(dir.path)).map((f) => f.split('/').pop())).to.deep.equal(['fresh']);
      expect(await maintenance.sweep()).to.equal(0);
    } finally {
      await dir.remove();
    }
  });
});
