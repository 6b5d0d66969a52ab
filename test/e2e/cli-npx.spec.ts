/**
 * `npx loa` works in a checkout after `npm install`, as the README says: npx runs a local
 * `node_modules/.bin/loa` before anything from the registry, and `prepare` (scripts/link-bin.mjs)
 * links it to this checkout's bin/loa.js. Run as npx would run it (npx itself takes tens of seconds
 * to start on a loaded machine).
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('npx loa', () => {
  it('finds the checkout’s own command in node_modules/.bin, and it answers in Vietnamese', () => {
    const bin = join(root, 'node_modules', '.bin', 'loa');
    expect(realpathSync(bin)).to.equal(realpathSync(join(root, 'bin', 'loa.js')));
    const r = spawnSync(bin, ['--help'], { cwd: root, encoding: 'utf8', timeout: 25_000 });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.include('Cách dùng: loa').and.include('calendar');
  });
});
