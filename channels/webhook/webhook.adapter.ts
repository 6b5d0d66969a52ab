/**
 * A signed JSON webhook for portal platforms with no write API Loa knows (vnPortal, Liferay,
 * NukeViet behind a small receiver). The protocol, which a receiver implements:
 *
 * - `POST {url}` with `Content-Type: application/json`, the headers `X-Loa-Delivery` (the
 *   idempotency key, the same on every attempt), `X-Loa-Timestamp`, `X-Loa-Signature`
 *   (see webhook-signature.ts) and the body `{id, type: "publication", publicationId, attempt,
 *   dueAt, item}`. The receiver stores each delivery id once (a repeat is answered as the
 *   first was) and answers 2xx with `{id?, url?}`: its own id and the public address.
 * - `GET {url}?delivery=KEY`, signed over the key as body: 200 `{id?, url?}` when that
 *   delivery was received, 404 when not. This is the look-up that settles an unconfirmed
 *   attempt.
 * - 401 = wrong secret (re-authorise), 429/503 with Retry-After = later, other 4xx = refused.
 */
import type { ChannelAdapter, ChannelDescriptor, Credentials, Dispatch, OutgoingItem, Outcome, Problem } from '../channel-adapter.js';
import type { AdapterLimits } from '../adapter-limits.js';
import type { AdapterPorts } from '../ports.js';
import { failureOutcome, field, httpCall, readFailureOutcome } from '../http/http-call.js';
import { compact, lengthProblem, refusedOutcome, requiredProblem } from '../item-checks.js';
import { DELIVERY_HEADER, signatureHeader, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook-signature.js';

const LABEL = 'Webhook cổng thông tin';

export class WebhookAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(
    private readonly ports: Pick<AdapterPorts, 'fetch' | 'clock'>,
    private readonly limits: AdapterLimits,
    channel = 'web-portal',
  ) {
    this.descriptor = {
      channel,
      kind: 'webhook',
      mode: 'api',
      credentials: [
        { key: 'url', label: 'Địa chỉ nhận webhook', kind: 'url', required: true },
        { key: 'secret', label: 'Khóa ký (bí mật dùng chung)', kind: 'secret', required: true },
        { key: 'previousSecret', label: 'Khóa ký cũ (trong thời gian đổi khóa)', kind: 'secret', required: false },
      ],
      hardLimits: { titleMax: limits.webhook.titleMax, bodyMax: limits.webhook.bodyMaxBytes },
    };
  }

  /**
   * The item as sent and its problems, worked out once for `check` and the `send` that follows it (an item is not
   * changed once loaded).
   */
  private readonly prepared = new WeakMap<OutgoingItem, { json: string; problems: Problem[] }>();

  check(item: OutgoingItem): readonly Problem[] {
    return this.prepare(item).problems;
  }

  private prepare(item: OutgoingItem): { json: string; problems: Problem[] } {
    let done = this.prepared.get(item);
    if (done === undefined) {
      const json = JSON.stringify(this.payloadItem(item));
      done = { json, problems: this.problemsOf(item, json) };
      this.prepared.set(item, done);
    }
    return done;
  }

  /** The checks, given the item as it will be sent (`itemJson`). */
  private problemsOf(item: OutgoingItem, itemJson: string): Problem[] {
    const problems = compact([
      requiredProblem('title', item.title, LABEL),
      lengthProblem('title', item.title, this.limits.webhook.titleMax, LABEL),
    ]);
    const bytes = Buffer.byteLength(itemJson, 'utf8');
    if (bytes > this.limits.webhook.bodyMaxBytes)
      problems.push({
        code: 'BODY_TOO_LARGE',
        message: `Nội dung gửi đi nặng ${bytes} byte, ${LABEL} nhận tối đa ${this.limits.webhook.bodyMaxBytes} byte.`,
        evidence: { bytes, max: this.limits.webhook.bodyMaxBytes },
      });
    return problems;
  }

  async send(d: Dispatch): Promise<Outcome> {
    const { json: itemJson, problems } = this.prepare(d.item);
    if (problems.length) return refusedOutcome(problems);
    const target = this.target(d.credentials, d.settings);
    if ('kind' in target) return target;
    // The envelope with the item appended as serialised above: the same bytes as stringifying it with `item` last.
    const envelope = JSON.stringify({
      id: d.idempotencyKey,
      type: 'publication',
      publicationId: d.publicationId,
      attempt: d.attempt,
      dueAt: d.dueAt.toISOString(),
    });
    const body = `${envelope.slice(0, -1)},"item":${itemJson}}`;
    const result = await httpCall(
      this.ports.fetch,
      target.url,
      { method: 'POST', headers: this.headers(target.secrets, body, d.idempotencyKey), body },
      this.limits.http.timeoutMs,
    );
    if (result.ok && result.status >= 200 && result.status < 300) return published(result.json, d.idempotencyKey);
    return failureOutcome(result, this.ports.clock, 'Gửi webhook');
  }

  async lookup(d: Dispatch): Promise<Outcome | null> {
    const target = this.target(d.credentials, d.settings);
    if ('kind' in target) return target;
    const url = `${target.url}${target.url.includes('?') ? '&' : '?'}delivery=${encodeURIComponent(d.idempotencyKey)}`;
    const result = await httpCall(
      this.ports.fetch,
      url,
      { method: 'GET', headers: this.headers(target.secrets, d.idempotencyKey, d.idempotencyKey) },
      this.limits.http.timeoutMs,
    );
    if (result.ok && result.status === 404) return null;
    if (result.ok && result.status >= 200 && result.status < 300) return published(result.json, d.idempotencyKey);
    return readFailureOutcome(result, this.ports.clock, 'Tra cứu webhook');
  }

  async verify(credentials: Credentials, settings: Record<string, unknown>): Promise<Outcome> {
    const target = this.target(credentials, settings);
    if ('kind' in target) return target;
    const key = `loa-verify-${this.ports.clock.now().getTime()}`;
    const url = `${target.url}${target.url.includes('?') ? '&' : '?'}delivery=${encodeURIComponent(key)}`;
    const result = await httpCall(
      this.ports.fetch,
      url,
      { method: 'GET', headers: this.headers(target.secrets, key, key) },
      this.limits.http.timeoutMs,
    );
    if (result.ok && (result.status === 404 || (result.status >= 200 && result.status < 300)))
      return { kind: 'published', remoteId: 'verified' };
    return readFailureOutcome(result, this.ports.clock, 'Kiểm tra webhook');
  }

  private target(credentials: Credentials, settings: Record<string, unknown>): { url: string; secrets: string[] } | Outcome {
    const url = credentials.url ?? (typeof settings.url === 'string' ? settings.url : undefined);
    if (!url || !/^https?:\/\//.test(url))
      return { kind: 'permanent', code: 'ACCOUNT_INCOMPLETE', reason: 'Tài khoản webhook thiếu địa chỉ nhận (url) hợp lệ.' };
    if (!credentials.secret) return { kind: 'reauthorise', reason: 'Tài khoản webhook thiếu khóa ký (secret).' };
    return { url, secrets: compact([credentials.secret, credentials.previousSecret || null]) };
  }

  private headers(secrets: string[], signed: string, delivery: string): Record<string, string> {
    const ts = Math.floor(this.ports.clock.now().getTime() / 1000);
    return {
      'content-type': 'application/json',
      accept: 'application/json',
      [DELIVERY_HEADER]: delivery,
      [TIMESTAMP_HEADER]: String(ts),
      [SIGNATURE_HEADER]: signatureHeader(secrets, ts, signed),
    };
  }

  private payloadItem(item: OutgoingItem) {
    return {
      id: item.id,
      title: item.title,
      summary: item.summary ?? null,
      body: item.body,
      author: item.author ?? null,
      attachments: item.attachments.map((a) => ({
        filename: a.filename,
        mime: a.mime,
        bytes: a.bytes,
        width: a.width ?? null,
        height: a.height ?? null,
        durationSec: a.durationSec ?? null,
      })),
    };
  }
}

function published(json: unknown, key: string): Outcome {
  const url = field(json, 'url');
  return { kind: 'published', remoteId: field(json, 'id') ?? key, ...(url ? { url } : {}) };
}
