/**
 * A Facebook Page through the Graph API with a Page access token: `POST /{page-id}/photos`
 * (multipart `source`, `caption`) when the item has a picture, else `POST /{page-id}/feed`
 * (`message`). Facebook schedules a post itself only when `scheduled_publish_time` is between
 * 10 minutes and 30 days ahead (limits file); outside that window Loa publishes at the due
 * time: a due time already here is published now, one nearer than 10 minutes or further than
 * 30 days is rescheduled to the due time.
 *
 * Errors come as `{error: {message, type, code, error_subcode, is_transient}}`: 190 (and 102,
 * 10, 200–299 permissions) → reauthorise (the type "OAuthException" alone says nothing: Graph
 * uses it for bad parameters too); 4, 17, 32, 613, 80001 rate limits → retry later;
 * 506 "duplicate status message" → the same text was just posted, so unconfirmed (look it up);
 * 1, 2 or `is_transient` on a create → unconfirmed; other codes → permanent.
 *
 * Facebook takes no idempotency key; the look-up searches the page's newest posts and
 * scheduled posts for exactly Loa's message.
 */
import type { ChannelAdapter, ChannelDescriptor, Credentials, Dispatch, OutgoingItem, Outcome, Problem } from '../channel-adapter.js';
import type { AdapterLimits } from '../adapter-limits.js';
import type { AdapterPorts } from '../ports.js';
import { failureOutcome, field, httpCall, readFailureOutcome, retryAfterMs, trimBase, type HttpResult } from '../http/http-call.js';
import {
  attachmentTooLarge,
  charLength,
  compact,
  htmlToText,
  refusedOutcome,
  requiredProblem,
  readAttachment,
  unreadableAsPermanent,
} from '../item-checks.js';

const LABEL = 'Fanpage Facebook';
export const FACEBOOK_DEFAULT_GRAPH_BASE = 'https://graph.facebook.com';
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80001]);
const AUTH_CODES = new Set([102, 190, 10]);

interface Page {
  graph: string;
  pageId: string;
  token: string;
}

export class FacebookAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(
    private readonly ports: Pick<AdapterPorts, 'fetch' | 'clock' | 'files'>,
    private readonly limits: AdapterLimits,
  ) {
    this.descriptor = {
      channel: 'facebook',
      kind: 'facebook',
      mode: 'api',
      credentials: [
        { key: 'pageId', label: 'Mã trang Facebook', kind: 'text', required: true },
        { key: 'pageAccessToken', label: 'Mã truy cập của trang', kind: 'secret', required: true },
      ],
      hardLimits: { bodyMax: limits.facebook.bodyMax, imageMaxBytes: limits.facebook.imageMaxBytes },
    };
  }

  /** The text Loa posts: title, summary and the body as plain text. */
  messageOf(item: OutgoingItem): string {
    return [item.title, item.summary, htmlToText(item.body)].filter((s) => s && s.trim()).join('\n\n');
  }

  check(item: OutgoingItem): readonly Problem[] {
    const f = this.limits.facebook;
    const length = charLength(this.messageOf(item));
    return compact([
      requiredProblem('title', item.title, LABEL),
      length > f.bodyMax
        ? {
            code: 'BODY_TOO_LONG',
            message: `Bài đăng dài ${length} ký tự, ${LABEL} cho phép tối đa ${f.bodyMax}.`,
            evidence: { field: 'body', length, max: f.bodyMax },
          }
        : null,
      ...item.attachments.filter((a) => a.mime.startsWith('image/')).map((a) => attachmentTooLarge(a, f.imageMaxBytes, LABEL)),
    ]);
  }

  send(d: Dispatch): Promise<Outcome> {
    return unreadableAsPermanent(() => this.attempt(d));
  }

  private async attempt(d: Dispatch): Promise<Outcome> {
    const problems = this.check(d.item);
    if (problems.length) return refusedOutcome(problems);
    const page = pageOf(d.credentials, d.settings, this.limits.facebook.graphVersion);
    if ('kind' in page) return page;
    const f = this.limits.facebook;
    const aheadSec = (d.dueAt.getTime() - this.ports.clock.now().getTime()) / 1000;
    const schedule = aheadSec >= f.scheduleMinSec && aheadSec <= f.scheduleMaxSec;
    if (!schedule && aheadSec > 60)
      return {
        kind: 'reschedule',
        reason: `Facebook chỉ hẹn giờ đăng trong khoảng ${f.scheduleMinSec / 60} phút – ${f.scheduleMaxSec / 86400} ngày; Loa sẽ đăng đúng giờ.`,
        notBefore: d.dueAt,
      };

    const message = this.messageOf(d.item);
    const fields: Record<string, string> = {
      access_token: page.token,
      published: schedule ? 'false' : 'true',
      ...(schedule ? { scheduled_publish_time: String(Math.floor(d.dueAt.getTime() / 1000)) } : {}),
    };
    const picture = d.item.attachments.find((a) => a.mime.startsWith('image/'));
    let path: string;
    let body: FormData | URLSearchParams;
    if (picture) {
      // multipart (the picture's bytes); its text fields travel with CRLF line breaks, which the look-up allows for.
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('caption', message);
      form.append('source', new Blob([await readAttachment(this.ports.files, picture)], { type: picture.mime }), picture.filename);
      path = `/${page.pageId}/photos`;
      body = form;
    } else {
      body = new URLSearchParams({ ...fields, message });
      path = `/${page.pageId}/feed`;
    }
    const result = await httpCall(this.ports.fetch, `${page.graph}${path}`, { method: 'POST', body }, this.limits.http.timeoutMs);
    if (result.ok && result.status === 200) {
      const remoteId = field(result.json, 'post_id') ?? field(result.json, 'id');
      if (!remoteId) return { kind: 'unconfirmed', reason: 'Facebook trả lời 200 nhưng không có mã bài; cần tra cứu.' };
      return {
        kind: 'published',
        remoteId,
        url: `https://www.facebook.com/${remoteId}`,
        ...(schedule ? { detail: { scheduledFor: d.dueAt.toISOString() } } : {}),
      };
    }
    return this.failure(result, 'Đăng bài lên Facebook', true);
  }

  async lookup(d: Dispatch): Promise<Outcome | null> {
    const page = pageOf(d.credentials, d.settings, this.limits.facebook.graphVersion);
    if ('kind' in page) return page;
    const message = this.messageOf(d.item);
    for (const edge of ['feed', 'scheduled_posts'] as const) {
      const fields = edge === 'feed' ? 'id,message,created_time,permalink_url' : 'id,message,scheduled_publish_time';
      const q = new URLSearchParams({ fields, limit: String(this.limits.facebook.lookupPageSize), access_token: page.token });
      const result = await httpCall(
        this.ports.fetch,
        `${page.graph}/${page.pageId}/${edge}?${q}`,
        { method: 'GET' },
        this.limits.http.timeoutMs,
      );
      if (!(result.ok && result.status === 200)) return this.failure(result, 'Tra cứu bài trên Facebook', false);
      const posts = (result.json as { data?: unknown } | undefined)?.data;
      const match = Array.isArray(posts) ? posts.find((p) => field(p, 'message')?.replace(/\r\n/g, '\n') === message) : undefined;
      const remoteId = match ? field(match, 'id') : undefined;
      if (remoteId)
        return {
          kind: 'published',
          remoteId,
          url: field(match, 'permalink_url') ?? `https://www.facebook.com/${remoteId}`,
          ...(edge === 'scheduled_posts' ? { detail: { scheduled: true } } : {}),
        };
    }
    return null;
  }

  async verify(credentials: Credentials, settings: Record<string, unknown>): Promise<Outcome> {
    const page = pageOf(credentials, settings, this.limits.facebook.graphVersion);
    if ('kind' in page) return page;
    const q = new URLSearchParams({ fields: 'id,name', access_token: page.token });
    const result = await httpCall(this.ports.fetch, `${page.graph}/${page.pageId}?${q}`, { method: 'GET' }, this.limits.http.timeoutMs);
    if (result.ok && result.status === 200) return { kind: 'published', remoteId: field(result.json, 'id') ?? page.pageId };
    return this.failure(result, 'Kiểm tra trang Facebook', false);
  }

  private failure(result: HttpResult, what: string, create: boolean): Outcome {
    const generic = () => (create ? failureOutcome(result, this.ports.clock, what) : readFailureOutcome(result, this.ports.clock, what));
    if (!result.ok) return generic();
    const error = (result.json as { error?: Record<string, unknown> } | undefined)?.error;
    if (!error || typeof error !== 'object') return generic();
    const code = Number(error.code);
    // Facebook's own (English) message is evidence for support; the reason says what happened in Vietnamese.
    const text = `${what}: Facebook báo lỗi mã ${code}${error.error_subcode ? `/${String(error.error_subcode)}` : ''}`;
    const evidence = {
      facebookCode: code,
      ...(error.error_subcode ? { facebookSubcode: String(error.error_subcode) } : {}),
      ...(error.message ? { facebookMessage: String(error.message) } : {}),
    };
    if (RATE_LIMIT_CODES.has(code))
      return {
        kind: 'retry',
        reason: text,
        evidence,
        afterMs: retryAfterMs(result.headers, this.ports.clock) ?? this.limits.facebook.rateLimitRetryMs,
      };
    if (AUTH_CODES.has(code) || (code >= 200 && code <= 299))
      return { kind: 'reauthorise', reason: `${text}: trang từ chối mã truy cập hoặc tài khoản không đủ quyền`, evidence };
    if (code === 506)
      return create
        ? { kind: 'unconfirmed', reason: `${text}: có thể bài đã được đăng`, evidence }
        : { kind: 'retry', reason: text, evidence };
    if (code === 1 || code === 2 || error.is_transient === true)
      return create ? { kind: 'unconfirmed', reason: text, evidence } : { kind: 'retry', reason: text, evidence };
    if (result.status >= 500 || result.status === 429) return generic();
    return { kind: 'permanent', code: `FACEBOOK_${code}`, reason: text, evidence };
  }
}

function pageOf(credentials: Credentials, settings: Record<string, unknown>, graphVersion: string): Page | Outcome {
  if (!credentials.pageId || !credentials.pageAccessToken)
    return { kind: 'reauthorise', reason: 'Tài khoản Facebook thiếu mã trang hoặc mã truy cập của trang.' };
  const base = credentials.graphBase ?? (typeof settings.graphBase === 'string' ? settings.graphBase : FACEBOOK_DEFAULT_GRAPH_BASE);
  return { graph: `${trimBase(base)}/${graphVersion}`, pageId: credentials.pageId, token: credentials.pageAccessToken };
}
