/**
 * `loa channels send --account ACCOUNT.json --item ITEM.json [--attach FILE]… [--json]`:
 * sends one item through one adapter exactly as the dispatcher does (the same adapters from
 * channels/registry.ts, the same attempt, look-up and retry rules), so an operator can test a
 * channel. ACCOUNT.json is `{"channel","kind", …credentials}` (e.g. WordPress: baseUrl,
 * username, applicationPassword; Zalo OA: appId, secretKey, accessToken, refreshToken,
 * apiBase?, oauthBase?); rotated tokens are written back to it atomically. ITEM.json is
 * `{"id","title","summary"?,"body","author"?}`. Attempts go to stderr in Vietnamese; the last
 * stdout line is `{"state","remoteId","url","attempts"}`. Exit 0 only when published.
 * Files a channel fetches from Loa (a Zalo cover) are kept in DATA_DIR/downloads and linked
 * under PUBLIC_URL, signed with the same keys, so the Loa service running on that data folder
 * serves them; without PUBLIC_URL such a send is refused (PUBLIC_URL_MISSING).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OutgoingAttachment, OutgoingItem } from '../../../channels/channel-adapter.js';
import type { DownloadLinks } from '../../../channels/ports.js';
import { createAdapterRegistry } from '../../../channels/registry.js';
import { loadAdapterLimits } from '../../../config/channels/adapter-limits.loader.js';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import type { AppConfig } from '../../../config/env.schema.js';
import { resolveSecretKeys } from '../../../config/secret-keys.js';
import { outcomeLabels, stateLabels } from '../../domain/dispatch/publication-state.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { SystemClock } from '../../modules/common/clock.js';
import { DownloadLinkStore } from '../../modules/dispatch/adapter-ports.js';
import { sendUntilSettled } from '../../modules/dispatch/send-until-settled.js';
import { AudioProbe } from '../../modules/media/audio-probe.js';
import { ImageProcessor } from '../../modules/media/image-processor.js';
import { MediaProber } from '../../modules/media/media-probe.js';
import { SecretBox } from '../../modules/secrets/secret-box.js';
import { ExitCode, type CliIo } from '../cli-io.js';
import { FileTokenStore } from './file-token-store.js';

export interface ChannelsSendOptions {
  account: string;
  item: string;
  attach?: string[];
  json?: boolean;
}

const MIME: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  pdf: 'application/pdf',
};

async function readJson(path: string, what: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new DomainError('INPUT_FILE_UNREADABLE', `Không đọc được tệp ${what} "${path}".`, { path, reason: (e as Error).message });
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new DomainError('INPUT_JSON_INVALID', `Tệp ${what} "${path}" không phải một đối tượng JSON.`, { path });
  }
}

/** The service's download store, opened (keys read or made) only when an adapter keeps a file. */
function lazyLinks(cfg: AppConfig): DownloadLinks {
  let store: DownloadLinkStore | undefined;
  return {
    reachable: cfg.publicUrlSet,
    create: (file, expiresAt) =>
      (store ??= new DownloadLinkStore(cfg, new SecretBox(resolveSecretKeys(cfg)), new SystemClock())).create(file, expiresAt),
  };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

export async function channelsSendCommand(io: CliIo, opts: ChannelsSendOptions, cfg: AppConfig): Promise<number> {
  const policy = cfg.dispatch;
  const accountPath = resolve(opts.account);
  const account = await readJson(accountPath, 'tài khoản');
  const raw = await readJson(resolve(opts.item), 'nội dung');
  const channel = text(account.channel);
  const kind = text(account.kind);
  if (!channel || !kind)
    throw new DomainError('VALIDATION_FAILED', 'Tệp tài khoản cần "channel" và "kind" (ví dụ "web-portal" và "wordpress").', {
      fields: ['channel', 'kind'].filter((k) => !text(account[k])),
    });
  const missing = ['id', 'title', 'body'].filter((k) => !text(raw[k]));
  if (missing.length) throw new DomainError('VALIDATION_FAILED', `Tệp nội dung thiếu trường: ${missing.join(', ')}.`, { fields: missing });

  const prober = new MediaProber(new ImageProcessor({ maxInputPixels: loadMediaProfiles().maxInputPixels }), new AudioProbe());
  const attachments: OutgoingAttachment[] = [];
  for (const file of opts.attach ?? []) {
    const path = resolve(file);
    const m = await prober.probe(path, { verify: false, name: basename(path) });
    attachments.push({
      path,
      mime: MIME[m.format] ?? 'application/octet-stream',
      bytes: m.bytes,
      width: m.width,
      height: m.height,
      durationSec: m.durationSec,
      filename: basename(path),
    });
  }
  const item: OutgoingItem = {
    id: String(raw.id),
    title: String(raw.title),
    summary: text(raw.summary),
    body: String(raw.body),
    author: text(raw.author),
    attachments,
  };

  const registry = createAdapterRegistry({
    ports: {
      fetch: (url, init) => fetch(url, init),
      clock: { now: () => new Date() },
      files: { read: async (p) => new Uint8Array(await readFile(p)) },
      tokens: new FileTokenStore(accountPath),
      links: lazyLinks(cfg),
    },
    limits: loadAdapterLimits(),
  });
  const adapter = registry.get(channel, kind);
  const credentials = Object.fromEntries(
    Object.entries(account).filter(([k, v]) => k !== 'channel' && k !== 'kind' && typeof v === 'string'),
  ) as Record<string, string>;
  const identity = credentials.baseUrl ?? credentials.appId ?? credentials.url ?? '';
  const key = `loa-cli-${createHash('sha256').update(`${channel}|${kind}|${identity}|${item.id}`).digest('hex').slice(0, 32)}`;
  const report = await sendUntilSettled(
    adapter,
    { publicationId: key, idempotencyKey: key, item, credentials, settings: {}, dueAt: new Date(), accountId: `file:${accountPath}` },
    { maxAttempts: policy.maxAttempts, baseMs: policy.backoffBaseMs, capMs: policy.backoffCapMs },
    {
      now: () => new Date(),
      sleep: (ms) => sleep(ms),
      random: Math.random,
      onAttempt: (n, r, state, waitMs) => {
        const reason = 'reason' in r.outcome ? `: ${r.outcome.reason}` : '';
        const event = r.event === 'lookup' ? 'tra cứu' : r.event === 'check' ? 'kiểm tra' : 'gửi';
        io.stderr.write(
          `Lần ${n} (${event}): ${outcomeLabels[r.outcome.kind]}${reason} → ${stateLabels[state]}${waitMs !== null ? `; thử lại sau ${Math.ceil(waitMs / 1000)} giây` : ''}\n`,
        );
      },
    },
  );
  if (!opts.json)
    io.stdout.write(
      report.state === 'published'
        ? `Đã đăng: ${report.url ?? report.remoteId}\n`
        : `Chưa đăng (${stateLabels[report.state]})${report.reason ? `: ${report.reason}` : ''}\n`,
    );
  io.stdout.write(`${JSON.stringify({ state: report.state, remoteId: report.remoteId, url: report.url, attempts: report.attempts })}\n`);
  return report.state === 'published' ? ExitCode.ok : ExitCode.badInput;
}
