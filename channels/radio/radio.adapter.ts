/**
 * Loudspeaker radio (truyền thanh cơ sở). Circular 39/2020/TT-BTTTT names the provincial
 * source information system but publishes no interface, so Loa delivers a package a station
 * (or its software) can take either way:
 *
 * - the MP3 and a JSON manifest `{id, publicationId, title, unit, durationSec, priority,
 *   playWindow: {from, to}, file}` (priority: normal | priority | emergency; the play window
 *   starts at the due time and lasts `playWindowHours`);
 * - pushed as `multipart/form-data` (`manifest` JSON part, then `audio`) to the account's
 *   `endpoint` with `Idempotency-Key: <id>` and an optional bearer token; the station keeps
 *   one package per id and answers `GET {endpoint}?id=<id>` with 200 or 404; or
 * - written into a drop folder: `<id>.mp3`, then `<id>.json` (the manifest last, so a station
 *   that sees the manifest finds the audio whole); each file appears atomically.
 *
 * The outcome is `delivered`, never `published`: the programme counts as aired only when the
 * station's as-run record comes back (by callback or by importing its log, see as-run.parser.ts).
 */
import type {
  ChannelAdapter,
  ChannelDescriptor,
  Credentials,
  Dispatch,
  OutgoingAttachment,
  OutgoingItem,
  Outcome,
  Problem,
} from '../channel-adapter.js';
import type { AdapterLimits } from '../adapter-limits.js';
import type { AdapterPorts, DropFolderWriter } from '../ports.js';
import { DomainError } from '../../src/domain/errors/domain-error.js';
import { failureOutcome, field, httpCall, readFailureOutcome } from '../http/http-call.js';
import {
  attachmentTooLarge,
  compact,
  lengthProblem,
  refusedOutcome,
  requiredProblem,
  readAttachment,
  unreadableAsPermanent,
} from '../item-checks.js';

const LABEL = 'Đài truyền thanh';
export const RADIO_PRIORITIES = ['normal', 'priority', 'emergency'] as const;
export type RadioPriority = (typeof RADIO_PRIORITIES)[number];

export interface RadioManifest {
  id: string;
  publicationId: string;
  title: string;
  unit: string;
  durationSec: number;
  priority: RadioPriority;
  playWindow: { from: string; to: string };
  file: string;
}

type Target = { kind: 'endpoint'; url: string; token?: string } | { kind: 'folder'; dir: string };

export class RadioAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(
    private readonly ports: Pick<AdapterPorts, 'fetch' | 'clock' | 'files'> & { dropFolders?: DropFolderWriter },
    private readonly limits: AdapterLimits,
  ) {
    this.descriptor = {
      channel: 'radio',
      kind: 'radio',
      mode: 'handover',
      credentials: [
        { key: 'endpoint', label: 'Địa chỉ nhận chương trình của đài (để trống nếu dùng thư mục)', kind: 'url', required: false },
        { key: 'token', label: 'Mã truy cập của đài (nếu đài yêu cầu)', kind: 'secret', required: false },
        { key: 'dropFolder', label: 'Thư mục nhận chương trình (để trống nếu gửi qua mạng)', kind: 'text', required: false },
      ],
      hardLimits: { titleMax: limits.radio.titleMax, audioMaxSec: limits.radio.audioMaxSec },
    };
  }

  check(item: OutgoingItem): readonly Problem[] {
    const r = this.limits.radio;
    const audio = audioOf(item);
    const problems = compact([requiredProblem('title', item.title, LABEL), lengthProblem('title', item.title, r.titleMax, LABEL)]);
    if (!audio) {
      problems.push({ code: 'AUDIO_REQUIRED', message: `${LABEL} cần một tệp MP3.`, evidence: {} });
      return problems;
    }
    const tooLarge = attachmentTooLarge(audio, r.audioMaxBytes, LABEL);
    if (tooLarge) problems.push(tooLarge);
    if (audio.durationSec === undefined)
      problems.push({
        code: 'AUDIO_DURATION_UNKNOWN',
        message: `Chưa đo được thời lượng của ${audio.filename}.`,
        evidence: { filename: audio.filename },
      });
    else if (audio.durationSec > r.audioMaxSec)
      problems.push({
        code: 'AUDIO_TOO_LONG',
        message: `Chương trình dài ${Math.round(audio.durationSec)} giây, ${LABEL} nhận tối đa ${r.audioMaxSec} giây.`,
        evidence: { durationSec: audio.durationSec, max: r.audioMaxSec },
      });
    return problems;
  }

  manifestOf(d: Dispatch): RadioManifest | Problem {
    const priority = (d.settings.priority ?? 'normal') as string;
    if (!(RADIO_PRIORITIES as readonly string[]).includes(priority))
      return {
        code: 'RADIO_PRIORITY_INVALID',
        message: `Mức ưu tiên "${priority}" không hợp lệ; chọn normal, priority hoặc emergency.`,
        evidence: { priority },
      };
    const audio = audioOf(d.item)!;
    const from = d.dueAt;
    const to = new Date(from.getTime() + this.limits.radio.playWindowHours * 3600_000);
    return {
      id: d.idempotencyKey,
      publicationId: d.publicationId,
      title: d.item.title,
      unit: typeof d.settings.unitName === 'string' ? d.settings.unitName : '',
      durationSec: Math.round(audio.durationSec ?? 0),
      priority: priority as RadioPriority,
      playWindow: { from: from.toISOString(), to: to.toISOString() },
      file: `${safeName(d.idempotencyKey)}.mp3`,
    };
  }

  send(d: Dispatch): Promise<Outcome> {
    return unreadableAsPermanent(() => this.attempt(d));
  }

  private async attempt(d: Dispatch): Promise<Outcome> {
    const problems = this.check(d.item);
    if (problems.length) return refusedOutcome(problems);
    const manifest = this.manifestOf(d);
    if ('code' in manifest) return refusedOutcome([manifest]);
    const target = this.target(d.credentials, d.settings);
    if ('reason' in target) return target;
    const audio = await readAttachment(this.ports.files, audioOf(d.item)!);
    if (target.kind === 'folder') {
      const writer = this.ports.dropFolders!;
      const base = safeName(d.idempotencyKey);
      try {
        if (await writer.exists(target.dir, `${base}.json`))
          return { kind: 'delivered', remoteId: d.idempotencyKey, detail: { folder: target.dir, already: true } };
        await writer.writeAtomic(target.dir, manifest.file, audio);
        await writer.writeAtomic(target.dir, `${base}.json`, JSON.stringify(manifest, null, 2));
      } catch (error) {
        // A folder the server may not write into is the account's mistake: trying again cannot help.
        if (error instanceof DomainError) return { kind: 'permanent', code: error.code, reason: error.message };
        // A file that was not written is not there (atomic rename); trying again is safe.
        return {
          kind: 'retry',
          reason: `Không ghi được vào thư mục ${target.dir}`,
          evidence: { fileError: error instanceof Error ? error.message : String(error) },
        };
      }
      return { kind: 'delivered', remoteId: d.idempotencyKey, detail: { folder: target.dir } };
    }
    const form = new FormData();
    form.append('manifest', new Blob([JSON.stringify(manifest)], { type: 'application/json' }), 'manifest.json');
    form.append('audio', new Blob([audio], { type: 'audio/mpeg' }), manifest.file);
    const result = await httpCall(
      this.ports.fetch,
      target.url,
      { method: 'POST', headers: this.headers(target, d.idempotencyKey), body: form },
      this.limits.http.timeoutMs,
    );
    if (result.ok && result.status >= 200 && result.status < 300)
      return { kind: 'delivered', remoteId: field(result.json, 'id') ?? d.idempotencyKey };
    return failureOutcome(result, this.ports.clock, 'Gửi chương trình tới đài');
  }

  async lookup(d: Dispatch): Promise<Outcome | null> {
    const target = this.target(d.credentials, d.settings);
    if ('reason' in target) return target;
    if (target.kind === 'folder')
      return (await this.ports.dropFolders!.exists(target.dir, `${safeName(d.idempotencyKey)}.json`))
        ? { kind: 'delivered', remoteId: d.idempotencyKey }
        : null;
    const url = `${target.url}${target.url.includes('?') ? '&' : '?'}id=${encodeURIComponent(d.idempotencyKey)}`;
    const result = await httpCall(
      this.ports.fetch,
      url,
      { method: 'GET', headers: this.headers(target, d.idempotencyKey) },
      this.limits.http.timeoutMs,
    );
    if (result.ok && result.status === 404) return null;
    if (result.ok && result.status === 200) return { kind: 'delivered', remoteId: field(result.json, 'id') ?? d.idempotencyKey };
    return readFailureOutcome(result, this.ports.clock, 'Tra cứu chương trình ở đài');
  }

  async verify(credentials: Credentials, settings: Record<string, unknown>): Promise<Outcome> {
    const probe = `loa-verify-${this.ports.clock.now().getTime()}`;
    const found = await this.lookup({
      publicationId: probe,
      idempotencyKey: probe,
      attempt: 1,
      item: { id: probe, title: probe, body: '', attachments: [] },
      credentials,
      settings,
      dueAt: this.ports.clock.now(),
    });
    return found === null || found.kind === 'delivered' ? { kind: 'published', remoteId: 'verified' } : found;
  }

  private target(credentials: Credentials, settings: Record<string, unknown>): Target | Extract<Outcome, { reason: string }> {
    const endpoint = credentials.endpoint ?? (typeof settings.endpoint === 'string' ? settings.endpoint : undefined);
    const dir = credentials.dropFolder ?? (typeof settings.dropFolder === 'string' ? settings.dropFolder : undefined);
    if (endpoint) {
      if (!/^https?:\/\//.test(endpoint))
        return { kind: 'permanent', code: 'ACCOUNT_INCOMPLETE', reason: `Địa chỉ nhận của đài không hợp lệ: ${endpoint}` };
      return { kind: 'endpoint', url: endpoint, ...(credentials.token ? { token: credentials.token } : {}) };
    }
    if (dir) {
      if (!this.ports.dropFolders)
        return { kind: 'permanent', code: 'DROP_FOLDER_UNAVAILABLE', reason: 'Máy chủ này không được cấu hình để ghi vào thư mục nhận.' };
      return { kind: 'folder', dir };
    }
    return {
      kind: 'permanent',
      code: 'ACCOUNT_INCOMPLETE',
      reason: 'Tài khoản đài cần địa chỉ nhận (endpoint) hoặc thư mục nhận (dropFolder).',
    };
  }

  private headers(target: Extract<Target, { kind: 'endpoint' }>, key: string): Record<string, string> {
    return { accept: 'application/json', 'idempotency-key': key, ...(target.token ? { authorization: `Bearer ${target.token}` } : {}) };
  }
}

function audioOf(item: OutgoingItem): OutgoingAttachment | undefined {
  return item.attachments.find((a) => a.mime === 'audio/mpeg' || a.mime === 'audio/mp3');
}

/** A file name from an idempotency key: letters, digits, '-' and '_' only. */
export function safeName(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 120);
}
