/** `npx loa` works in a checkout after `npm install`, as the README says (scripts/link-bin.mjs, run by prepare). */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('npx loa', () => {
  it('runs the checkout’s own command, never a package of that name from the registry', () => {
    const r = spawnSync('npx', ['--no-install', 'loa', '--help'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.include('Cách dùng: loa').and.include('calendar');
  });
});
