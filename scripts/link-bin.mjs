#!/usr/bin/env node
// Makes `npx loa` work inside this checkout, as the README says: npm links the bins of a
// package's dependencies into node_modules/.bin, never the package's own, so npx would look
// for a "loa" in the registry instead. Run by `npm install` (prepare) after the build.
import { chmodSync, existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'bin', 'loa.js');
const binDir = join(root, 'node_modules', '.bin');
if (existsSync(join(root, 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  const link = join(binDir, 'loa');
  const wanted = relative(binDir, target);
  const stat = lstatSync(link, { throwIfNoEntry: false });
  if (!stat || !stat.isSymbolicLink() || readlinkSync(link) !== wanted) {
    rmSync(link, { force: true });
    symlinkSync(wanted, link);
  }
  chmodSync(target, 0o755);
}
