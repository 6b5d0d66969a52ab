/** The drop-folder port on the real file system: write to a temporary name in the same folder, then rename (atomic on one file system). */
import { randomBytes } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DropFolderWriter } from '../../channels/ports.js';

export const fsDropFolders: DropFolderWriter = {
  async writeAtomic(dir, name, data) {
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.part`);
    await writeFile(tmp, data);
    const final = join(dir, name);
    await rename(tmp, final);
    return final;
  },
  async exists(dir, name) {
    try {
      await access(join(dir, name));
      return true;
    } catch {
      return false;
    }
  },
};
