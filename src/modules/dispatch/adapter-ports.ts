/**
 * The optional adapter ports (channels/ports.ts) on real parts, from the Nest side: mail through
 * the reminders module's MailTransport (SMTP_URL and MAIL_FROM, one mail configuration), drop
 * folders on the file system confined to DISPATCH_DROP_ROOT, and signed, expiring download
 * links served by `GET /api/downloads/:fileId` (downloads.controller.ts).
 */
import { Inject, Injectable } from '@nestjs/common';
import type { SendMailOptions } from 'nodemailer';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { ReadStream } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DownloadLinks, DropFolderWriter, MailMessage, MailResult, MailSender } from '../../../channels/ports.js';
import { signedDownloadUrl, verifyDownloadSignature, type DownloadVerdict } from '../../../channels/print/signed-link.js';
import type { AppConfig } from '../../../config/env.schema.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { MailTransport } from '../reminders/mail-transport.js';
import { SecretBox } from '../secrets/secret-box.js';

/** Writes `data` to a temporary name in the same folder, then renames it over `path` (atomic on one file system). */
async function writeAtomic(path: string, dir: string, name: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.part`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** The mail port: the one nodemailer transport of the reminders module. */
@Injectable()
export class MailPort implements MailSender {
  constructor(private readonly transport: MailTransport) {}

  get configured(): boolean {
    return this.transport.configured;
  }

  async send(m: MailMessage): Promise<MailResult> {
    return mailResultOf(await this.transport.deliver(nodemailerMessage(m)), m.messageId);
  }
}

/** The mail port's message as nodemailer's message options (the sender's address is the transport's). */
export function nodemailerMessage(m: MailMessage): SendMailOptions {
  return {
    to: [...m.to],
    ...(m.bcc?.length ? { bcc: [...m.bcc] } : {}),
    subject: m.subject,
    text: m.text,
    ...(m.html ? { html: m.html } : {}),
    messageId: m.messageId,
    ...(m.headers ? { headers: m.headers } : {}),
    attachments: (m.attachments ?? []).map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
  };
}

/** nodemailer's answer as the mail port's result: the message id and the addresses accepted and rejected. */
export function mailResultOf(answer: unknown, messageId: string): MailResult {
  const info = answer as { messageId?: string; accepted?: unknown[]; rejected?: unknown[] };
  const address = (x: unknown) => (typeof x === 'string' ? x : ((x as { address?: string }).address ?? String(x)));
  return {
    messageId: info.messageId ?? messageId,
    accepted: (info.accepted ?? []).map(address),
    rejected: (info.rejected ?? []).map(address),
  };
}

/**
 * Drop folders inside one root: an account's `dropFolder` is taken relative to the root (an
 * absolute path must already be inside it); a path that leaves the root, by `..` or by a
 * symbolic link, is refused with DROP_FOLDER_OUTSIDE_ROOT and nothing is written.
 */
@Injectable()
export class FsDropFolders implements DropFolderWriter {
  readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.dispatch.dropRoot);
  }

  /** The folder's absolute path, checked to lie inside the root (after following links); created when missing. */
  async folder(dir: string): Promise<string> {
    const wanted = isAbsolute(dir) ? resolve(dir) : resolve(this.root, dir);
    const outside = () =>
      new DomainError('DROP_FOLDER_OUTSIDE_ROOT', `Thư mục nhận "${dir}" nằm ngoài thư mục gốc được phép (${this.root}).`, {
        dropFolder: dir,
        root: this.root,
      });
    if (!inside(this.root, wanted)) throw outside();
    await mkdir(this.root, { recursive: true });
    const realRoot = await realpath(this.root);
    // Follow links on the part that exists before creating anything, so a link cannot make Loa create folders elsewhere.
    let existing = wanted;
    while (
      !(await lstat(existing).then(
        () => true,
        () => false,
      ))
    )
      existing = dirname(existing);
    if (!inside(realRoot, await realpath(existing))) throw outside();
    await mkdir(wanted, { recursive: true });
    const realDir = await realpath(wanted);
    if (!inside(realRoot, realDir)) throw outside();
    return realDir;
  }

  async writeAtomic(dir: string, name: string, data: Uint8Array | string): Promise<string> {
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,200}$/.test(name))
      throw new DomainError('DROP_FOLDER_OUTSIDE_ROOT', `Tên tệp "${name}" không hợp lệ.`, { name });
    const folder = await this.folder(dir);
    const path = join(folder, name);
    await writeAtomic(path, folder, name, data);
    return path;
  }

  async exists(dir: string, name: string): Promise<boolean> {
    const folder = await this.folder(dir);
    return lstat(join(folder, name)).then(
      (s) => s.isFile(),
      () => false,
    );
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

interface StoredDownload {
  filename: string;
  mime: string;
  bytes: number;
  expiresAt: string;
}

export type DownloadOpened =
  | { verdict: 'ok'; filename: string; mime: string; bytes: number; stream: ReadStream }
  | { verdict: Exclude<DownloadVerdict, 'ok'> | 'gone' };

/**
 * Signed download links: the file is kept under `<DATA_DIR>/downloads/<id>` with its name, type
 * and expiry beside it; the URL is `PUBLIC_URL/api/downloads/<id>?expires=…&sig=…`, the
 * signature HMAC-SHA256 (channels/print/signed-link.ts) under a key derived from the secret keys.
 * An expired file is deleted when it is asked for, and by `sweepExpired` (the dispatcher's
 * scheduled sweep) when nobody asks. `reachable`: PUBLIC_URL was set, so the links are on an
 * address the operator declared public.
 */
@Injectable()
export class DownloadLinkStore implements DownloadLinks {
  readonly reachable: boolean;
  private readonly dir: string;
  private readonly baseUrl: string;
  private readonly keys: string[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    box: SecretBox,
    private readonly clock: Clock,
  ) {
    this.reachable = config.publicUrlSet;
    this.dir = join(config.dataDir, 'downloads');
    this.baseUrl = `${config.publicUrl.replace(/\/+$/, '')}/api/downloads`;
    this.keys = box.derive('download-links').map((k) => k.toString('hex'));
  }

  async create(file: { data: Uint8Array; filename: string; mime: string }, expiresAt: Date): Promise<string> {
    const id = randomBytes(16).toString('hex');
    await mkdir(this.dir, { recursive: true });
    const meta: StoredDownload = { filename: file.filename, mime: file.mime, bytes: file.data.length, expiresAt: expiresAt.toISOString() };
    await writeAtomic(join(this.dir, `${id}.bin`), this.dir, `${id}.bin`, file.data);
    await writeAtomic(join(this.dir, `${id}.json`), this.dir, `${id}.json`, JSON.stringify(meta));
    return signedDownloadUrl(this.baseUrl, id, expiresAt, this.keys[0]!);
  }

  /** Checks the signature before touching the disk; then the file, if it is still kept. */
  async open(fileId: string, expires: string | undefined, sig: string | undefined): Promise<DownloadOpened> {
    if (!/^[0-9a-f]{32}$/.test(fileId)) return { verdict: 'invalid' };
    const now = this.clock.now();
    const verdicts = this.keys.map((secret) => verifyDownloadSignature({ fileId, expires, sig, secret, now }));
    const verdict: DownloadVerdict = verdicts.includes('ok') ? 'ok' : verdicts.includes('expired') ? 'expired' : 'invalid';
    if (verdict === 'expired') await this.remove(fileId);
    if (verdict !== 'ok') return { verdict };
    const meta = await readFile(join(this.dir, `${fileId}.json`), 'utf8').then(
      (t) => JSON.parse(t) as StoredDownload,
      () => null,
    );
    const path = join(this.dir, `${fileId}.bin`);
    const size = await stat(path).then(
      (s) => s.size,
      () => null,
    );
    if (!meta || size === null) return { verdict: 'gone' };
    return { verdict: 'ok', filename: meta.filename, mime: meta.mime, bytes: size, stream: createReadStream(path) };
  }

  /** Deletes every kept file whose expiry has passed (its data and its description); returns how many. */
  async sweepExpired(now: Date = this.clock.now()): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const id = /^([0-9a-f]{32})\.json$/.exec(name)?.[1];
      if (!id) continue;
      const meta = await readFile(join(this.dir, name), 'utf8').then(
        (t) => JSON.parse(t) as StoredDownload,
        () => null,
      );
      const expires = meta ? Date.parse(meta.expiresAt) : NaN;
      if (Number.isNaN(expires) || expires > now.getTime()) continue;
      await this.remove(id);
      removed += 1;
    }
    return removed;
  }

  private async remove(fileId: string): Promise<void> {
    await Promise.all([rm(join(this.dir, `${fileId}.bin`), { force: true }), rm(join(this.dir, `${fileId}.json`), { force: true })]);
  }
}
