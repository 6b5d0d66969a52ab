/**
 * WordPress through its REST API (wp/v2) with an application password (Basic auth).
 *
 * Never twice: the idempotency key is the post's slug. WordPress does not refuse a taken slug,
 * it makes it unique by adding "-2", so a blind resend would publish a second post. Every
 * send therefore looks the slug up first, and the look-up names every status a post of ours
 * can have (`status=publish,future,draft,pending,private`, which WordPress answers only with
 * auth; without `status=` it lists published posts only and a scheduled post would be missed).
 *
 * Order: the picture first (`POST /wp/v2/media`, raw bytes with Content-Disposition), then
 * the post (`POST /wp/v2/posts` with `featured_media`; `status: "future"` with `date_gmt`
 * when the due time is ahead, else `"publish"`). A failed picture upload is a retry (the post
 * was not created; at worst an unused picture stays in the media library).
 */
import type { ChannelAdapter, ChannelDescriptor, Credentials, Dispatch, OutgoingItem, Outcome, Problem } from '../channel-adapter.js';
import type { AdapterLimits } from '../adapter-limits.js';
import type { AdapterPorts } from '../ports.js';
import {
  answerEvidence,
  basicAuth,
  failureOutcome,
  field,
  httpCall,
  readFailureOutcome,
  trimBase,
  type HttpResult,
} from '../http/http-call.js';
import {
  attachmentTooLarge,
  compact,
  lengthProblem,
  refusedOutcome,
  requiredProblem,
  readAttachment,
  unreadableAsPermanent,
} from '../item-checks.js';

const LABEL = 'Cổng thông tin (WordPress)';
const LOOKUP_STATUSES = 'publish,future,draft,pending,private';
/** Publish at once when the due time is this close. */
const FUTURE_MARGIN_MS = 60_000;

interface Site {
  api: string;
  auth: string;
}

export class WordPressAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(
    private readonly ports: Pick<AdapterPorts, 'fetch' | 'clock' | 'files'>,
    private readonly limits: AdapterLimits,
  ) {
    this.descriptor = {
      channel: 'web-portal',
      kind: 'wordpress',
      mode: 'api',
      credentials: [
        { key: 'baseUrl', label: 'Địa chỉ trang (gốc, ví dụ https://hanhduc.gov.vn)', kind: 'url', required: true },
        { key: 'username', label: 'Tên đăng nhập WordPress', kind: 'text', required: true },
        { key: 'applicationPassword', label: 'Mật khẩu ứng dụng (tạo ở trang Hồ sơ của WordPress)', kind: 'secret', required: true },
      ],
      hardLimits: { titleMax: limits.wordpress.titleMax, bodyMax: limits.wordpress.bodyMax, imageMaxBytes: limits.wordpress.imageMaxBytes },
    };
  }

  check(item: OutgoingItem): readonly Problem[] {
    const w = this.limits.wordpress;
    return compact([
      requiredProblem('title', item.title, LABEL),
      lengthProblem('title', item.title, w.titleMax, LABEL),
      lengthProblem('body', item.body, w.bodyMax, LABEL),
      ...item.attachments.filter((a) => a.mime.startsWith('image/')).map((a) => attachmentTooLarge(a, w.imageMaxBytes, LABEL)),
    ]);
  }

  /** The slug Loa gives the post: the idempotency key in WordPress's slug alphabet. */
  slugOf(key: string): string {
    return key
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, this.limits.wordpress.slugMax);
  }

  send(d: Dispatch): Promise<Outcome> {
    return unreadableAsPermanent(() => this.attempt(d));
  }

  private async attempt(d: Dispatch): Promise<Outcome> {
    const problems = this.check(d.item);
    if (problems.length) return refusedOutcome(problems);
    const site = siteOf(d.credentials, d.settings);
    if ('kind' in site) return site;
    const slug = this.slugOf(d.idempotencyKey);

    const existing = await this.find(site, slug);
    if (existing) return existing;

    let featured: string | undefined;
    const picture = d.item.attachments.find((a) => a.mime.startsWith('image/'));
    if (picture) {
      const bytes = await readAttachment(this.ports.files, picture);
      const media = await this.call(site, '/media', {
        method: 'POST',
        headers: { 'content-type': picture.mime, 'content-disposition': `attachment; filename="${asciiFilename(slug, picture.filename)}"` },
        body: bytes,
      });
      if (!(media.ok && media.status === 201)) {
        const outcome = wpFailure(media, this.ports.clock, 'Tải ảnh lên WordPress');
        return outcome.kind === 'unconfirmed' ? { kind: 'retry', reason: `${outcome.reason} (bài chưa được tạo)` } : outcome;
      }
      featured = field(media.json, 'id');
    }

    const future = d.dueAt.getTime() - this.ports.clock.now().getTime() > FUTURE_MARGIN_MS;
    const post = {
      title: d.item.title,
      content: d.item.body,
      ...(d.item.summary ? { excerpt: d.item.summary } : {}),
      slug,
      status: future ? 'future' : 'publish',
      ...(future ? { date_gmt: d.dueAt.toISOString().slice(0, 19) } : {}),
      ...(featured ? { featured_media: Number(featured) } : {}),
    };
    const created = await this.call(site, '/posts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(post),
    });
    if (created.ok && created.status === 201) {
      const remoteId = field(created.json, 'id');
      if (!remoteId) return { kind: 'unconfirmed', reason: 'WordPress trả lời 201 nhưng không có mã bài; cần tra cứu theo slug.' };
      const gotSlug = field(created.json, 'slug');
      return published(created.json, remoteId, gotSlug && gotSlug !== slug ? { slugAskedFor: slug, slugGiven: gotSlug } : undefined);
    }
    return wpFailure(created, this.ports.clock, 'Đăng bài lên WordPress');
  }

  async lookup(d: Dispatch): Promise<Outcome | null> {
    const site = siteOf(d.credentials, d.settings);
    if ('kind' in site) return site;
    return this.find(site, this.slugOf(d.idempotencyKey));
  }

  async verify(credentials: Credentials, settings: Record<string, unknown>): Promise<Outcome> {
    const site = siteOf(credentials, settings);
    if ('kind' in site) return site;
    const me = await this.call(site, '/users/me?context=edit', { method: 'GET' });
    if (me.ok && me.status === 200) return { kind: 'published', remoteId: field(me.json, 'id') ?? 'me' };
    return wpFailure(me, this.ports.clock, 'Kiểm tra tài khoản WordPress', true);
  }

  /** Our post by slug, in any status a post of ours can have; null when there is none. */
  private async find(site: Site, slug: string): Promise<Outcome | null> {
    const list = await this.call(
      site,
      `/posts?slug=${encodeURIComponent(slug)}&status=${LOOKUP_STATUSES}&context=edit&_fields=id,slug,status,link,date_gmt`,
      { method: 'GET' },
    );
    if (!(list.ok && list.status === 200)) {
      const outcome = wpFailure(list, this.ports.clock, 'Tra cứu bài trên WordPress', true);
      return outcome;
    }
    if (!Array.isArray(list.json))
      return {
        kind: 'retry',
        reason: 'Tra cứu bài trên WordPress: câu trả lời không phải danh sách bài',
        evidence: answerEvidence(list.text),
      };
    const post = (list.json as unknown[]).find((p) => field(p, 'slug') === slug);
    if (!post) return null;
    const status = field(post, 'status');
    const remoteId = field(post, 'id')!;
    if (status === 'publish' || status === 'future')
      return published(post, remoteId, status === 'future' ? { status, dateGmt: field(post, 'date_gmt') } : undefined);
    return {
      kind: 'unconfirmed',
      reason: `Bài ${remoteId} có trên WordPress nhưng ở trạng thái "${status}", chưa đăng; cần người kiểm tra.`,
      remoteId,
    };
  }

  private call(site: Site, path: string, init: RequestInit): Promise<HttpResult> {
    return httpCall(
      this.ports.fetch,
      `${site.api}${path}`,
      { ...init, headers: { accept: 'application/json', ...(init.headers as Record<string, string>), authorization: site.auth } },
      this.limits.http.timeoutMs,
    );
  }
}

function siteOf(credentials: Credentials, settings: Record<string, unknown>): Site | Outcome {
  const base = credentials.baseUrl ?? (typeof settings.baseUrl === 'string' ? settings.baseUrl : undefined);
  if (!base || !/^https?:\/\//.test(base))
    return { kind: 'permanent', code: 'ACCOUNT_INCOMPLETE', reason: 'Tài khoản WordPress thiếu địa chỉ trang hợp lệ.' };
  if (!credentials.username || !credentials.applicationPassword)
    return { kind: 'reauthorise', reason: 'Tài khoản WordPress thiếu tên đăng nhập hoặc mật khẩu ứng dụng.' };
  // Application passwords are shown with spaces; WordPress accepts them with or without.
  return { api: `${trimBase(base)}/wp-json/wp/v2`, auth: basicAuth(credentials.username, credentials.applicationPassword) };
}

/** WordPress answers 401 for a wrong password and 403 `rest_cannot_*` / `rest_forbidden*` when the user may not publish: both need a person. */
function wpFailure(result: HttpResult, clock: AdapterPorts['clock'], what: string, read = false): Outcome {
  if (result.ok && result.status === 403) {
    const code = field(result.json, 'code') ?? '';
    if (/^rest_(cannot|forbidden)/.test(code))
      return { kind: 'reauthorise', reason: `${what}: tài khoản WordPress không có quyền đăng bài`, evidence: { wordpressCode: code } };
  }
  if (result.ok && result.status === 401)
    return {
      kind: 'reauthorise',
      reason: `${what}: WordPress từ chối tên đăng nhập hoặc mật khẩu ứng dụng`,
      evidence: { httpStatus: 401, ...(field(result.json, 'code') ? { wordpressCode: field(result.json, 'code')! } : {}) },
    };
  return read ? readFailureOutcome(result, clock, what) : failureOutcome(result, clock, what);
}

function published(post: unknown, remoteId: string, detail?: Record<string, unknown>): Outcome {
  const url = field(post, 'link');
  return { kind: 'published', remoteId, ...(url ? { url } : {}), ...(detail ? { detail } : {}) };
}

function asciiFilename(slug: string, filename: string): string {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toLowerCase() ?? 'bin';
  return `${slug}.${ext}`;
}
