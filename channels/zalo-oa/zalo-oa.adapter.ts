/**
 * Zalo Official Account articles (Open API v2.0; details from ../shared/DOMAIN.md and Zalo's
 * public guides, secondary sources: every number is in config/channels/adapter-limits.json).
 *
 * One publication: `POST {apiBase}/v2.0/article/create` (header `access_token`) with
 * `cover: {cover_type: "photo", photo_url, status: "show"}`, which answers a token, then
 * `POST v2.0/article/verify` with that token, which gives the article id once Zalo has
 * processed it. `photo_url` is a URL Zalo's servers download the cover from (Zalo's own SDK
 * examples pass a public image URL); `oa/upload/image` is not used: it answers an
 * `attachment_id` for messages, not a URL. So the cover is handed over as a signed, expiring
 * Loa download link (the DownloadLinks port, `GET /api/downloads/:id`), valid for
 * `coverLinkTtlHours` because Zalo may fetch while the article is still processing. Without
 * a public base URL (PUBLIC_URL) Zalo could not fetch it: `prerequisites()` says so at
 * approval and the send is refused with PUBLIC_URL_MISSING before anything reaches Zalo. Error −214 means "still processing": the article exists, so the outcome is
 * unconfirmed, carrying the token as `remoteId`; the look-up asks verify again (the
 * dispatcher waits `afterMs`, which grows with each attempt). A send that is given that token
 * back verifies instead of creating a second article.
 *
 * Every answer is `{error, message, data}` (HTTP 200 even for errors): −216/−201/−220 token
 * invalid or expired; −32 rate limit (retry later); −211 out of quota (next day); −234 no
 * promotional sends in the quiet hours (reschedule after them); −240 API retired.
 *
 * Tokens: the access token is refreshed at `{oauthBase}/v4/oa/access_token` when it is about
 * to expire or Zalo calls it invalid. The refresh token is single-use, so the exchange goes
 * through the TokenStore port, which serializes refreshes across processes and stores the new
 * pair before it is used. After a refresh the refused request (which Zalo did not carry out)
 * is repeated once with the new token; a second refusal is reauthorise. A refresh that fails
 * for a transient reason (network, 5xx) is a retry: the account is not disconnected for a 502.
 *
 * Zalo has no external id for articles; an unconfirmed create with no token is looked up by
 * its exact title among the newest articles (`GET v2.0/article/getslice`).
 */
import type { ChannelAdapter, ChannelDescriptor, Credentials, Dispatch, OutgoingItem, Outcome, Problem } from '../channel-adapter.js';
import type { AdapterLimits } from '../adapter-limits.js';
import type { AdapterPorts, TokenPair, TokenStore } from '../ports.js';
import { answerEvidence, failureOutcome, field, httpCall, readFailureOutcome, trimBase, type HttpResult } from '../http/http-call.js';
import {
  attachmentTooLarge,
  compact,
  htmlToText,
  lengthProblem,
  refusedOutcome,
  requiredProblem,
  readAttachment,
  unreadableAsPermanent,
} from '../item-checks.js';
import { inQuietHours, nextLocalDay, quietHoursEnd } from '../quiet-hours.js';

const LABEL = 'Zalo OA';
const TOKEN_PREFIX = 'zalo-token:';
export const ZALO_DEFAULT_API_BASE = 'https://openapi.zalo.me';
export const ZALO_DEFAULT_OAUTH_BASE = 'https://oauth.zaloapp.com';
const TOKEN_ERRORS = new Set([-216, -201, -220]);

/** The refresh itself was refused (bad or spent refresh token, wrong app secret): a person must reconnect. */
export class ZaloRefreshRefused extends Error {
  override readonly name = 'ZaloRefreshRefused';
}

interface Account {
  apiBase: string;
  oauthBase: string;
  appId: string;
  secretKey: string;
  accountId: string;
  tokens: TokenPair;
}

type Call = { ok: true; data: unknown; json: unknown } | { ok: false; outcome: Outcome; zaloError?: number };

export class ZaloOaAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(
    private readonly ports: Pick<AdapterPorts, 'fetch' | 'clock' | 'files' | 'links'> & { tokens: TokenStore },
    private readonly limits: AdapterLimits,
  ) {
    const z = limits.zaloOa;
    this.descriptor = {
      channel: 'zalo-oa',
      kind: 'zalo-oa',
      mode: 'api',
      credentials: [
        { key: 'appId', label: 'Mã ứng dụng Zalo', kind: 'text', required: true },
        { key: 'secretKey', label: 'Khóa bí mật của ứng dụng Zalo', kind: 'secret', required: true },
        { key: 'accessToken', label: 'Mã truy cập của OA', kind: 'secret', required: true },
        { key: 'refreshToken', label: 'Mã làm mới của OA', kind: 'secret', required: true },
        // Zalo's own servers unless the operator routes through a gateway (or a test double).
        { key: 'apiBase', label: `Địa chỉ máy chủ API của Zalo (để trống là ${ZALO_DEFAULT_API_BASE})`, kind: 'url', required: false },
        {
          key: 'oauthBase',
          label: `Địa chỉ máy chủ cấp mã truy cập của Zalo (để trống là ${ZALO_DEFAULT_OAUTH_BASE})`,
          kind: 'url',
          required: false,
        },
      ],
      hardLimits: { titleMax: z.titleMax, summaryMax: z.summaryMax, authorMax: z.authorMax, imageMaxBytes: z.imageMaxBytes },
    };
  }

  check(item: OutgoingItem): readonly Problem[] {
    const z = this.limits.zaloOa;
    const images = item.attachments.filter((a) => a.mime.startsWith('image/'));
    const problems = compact([
      requiredProblem('title', item.title, LABEL),
      lengthProblem('title', item.title, z.titleMax, LABEL),
      lengthProblem('author', item.author, z.authorMax, LABEL),
      lengthProblem('summary', item.summary, z.summaryMax, LABEL),
      ...images.map((a) => attachmentTooLarge(a, z.imageMaxBytes, LABEL)),
    ]);
    for (const a of images)
      if (!z.imageMimes.includes(a.mime))
        problems.push({
          code: 'IMAGE_FORMAT',
          message: `Ảnh ${a.filename} là ${a.mime}, ${LABEL} chỉ nhận ${z.imageMimes.join(', ')}.`,
          evidence: { filename: a.filename, mime: a.mime },
        });
    if (images.length === 0) problems.push({ code: 'COVER_REQUIRED', message: `${LABEL} cần một ảnh bìa (JPG hoặc PNG).`, evidence: {} });
    return problems;
  }

  prerequisites(): readonly Problem[] {
    if (this.ports.links?.reachable) return [];
    return [
      {
        code: 'PUBLIC_URL_MISSING',
        message: `${LABEL} tải ảnh bìa từ một đường dẫn công khai của Loa, nhưng Loa chưa có địa chỉ công khai: quản trị hệ thống cần đặt PUBLIC_URL (địa chỉ Loa truy cập được từ Internet) trước khi gửi bài lên Zalo.`,
        evidence: { setting: 'PUBLIC_URL' },
      },
    ];
  }

  send(d: Dispatch): Promise<Outcome> {
    return unreadableAsPermanent(() => this.attempt(d));
  }

  private async attempt(d: Dispatch): Promise<Outcome> {
    const problems = this.check(d.item);
    if (problems.length) return refusedOutcome(problems);
    const account = accountOf(d);
    if ('kind' in account) return account;
    const broadcast = d.settings.broadcast === true;
    const now = this.ports.clock.now();
    if (broadcast && inQuietHours(this.limits.zaloOa.quietHours, now))
      return {
        kind: 'reschedule',
        reason: 'Zalo không cho gửi tin quảng bá trong khung giờ im lặng.',
        notBefore: quietHoursEnd(this.limits.zaloOa.quietHours, now),
      };

    if (d.remoteId?.startsWith(TOKEN_PREFIX)) return this.verifyArticle(account, d.remoteId.slice(TOKEN_PREFIX.length), d);

    const links = this.ports.links;
    if (!links?.reachable) return refusedOutcome(this.prerequisites());

    const refreshed = await this.freshTokens(account);
    if (refreshed) return refreshed;

    const cover = d.item.attachments.find((a) => a.mime.startsWith('image/'))!;
    const expires = new Date(now.getTime() + this.limits.zaloOa.coverLinkTtlHours * 3600_000);
    const photoUrl = await links.create(
      { data: await readAttachment(this.ports.files, cover), filename: cover.filename, mime: cover.mime },
      expires,
    );

    const article = {
      type: 'normal',
      title: d.item.title,
      author: d.item.author ?? '',
      cover: { cover_type: 'photo', photo_url: photoUrl, status: 'show' },
      description: d.item.summary ?? htmlToText(d.item.body).slice(0, this.limits.zaloOa.summaryMax),
      body: [{ type: 'text', content: d.item.body }],
      status: 'show',
      comment: 'show',
    };
    const created = await this.call(account, 'POST', '/v2.0/article/create', JSON.stringify(article), 'Tạo bài viết Zalo', 'create');
    if (!created.ok) return created.outcome;
    const token = field(created.data, 'token');
    if (!token)
      return {
        kind: 'unconfirmed',
        reason: 'Zalo nhận bài nhưng không trả mã xử lý; cần tra cứu.',
        evidence: answerEvidence(JSON.stringify(created.json)),
      };
    return this.verifyArticle(account, token, d);
  }

  async lookup(d: Dispatch): Promise<Outcome | null> {
    const account = accountOf(d);
    if ('kind' in account) return account;
    const refreshed = await this.freshTokens(account);
    if (refreshed) return refreshed;
    if (d.remoteId?.startsWith(TOKEN_PREFIX)) return this.verifyArticle(account, d.remoteId.slice(TOKEN_PREFIX.length), d, false);
    if (d.remoteId) return { kind: 'published', remoteId: d.remoteId };
    const list = await this.call(
      account,
      'GET',
      `/v2.0/article/getslice?offset=0&limit=${this.limits.zaloOa.lookupPageSize}&type=normal`,
      undefined,
      'Tra cứu bài viết Zalo',
      'read',
    );
    if (!list.ok) return list.outcome;
    const medias = (list.data as { medias?: unknown } | undefined)?.medias;
    if (!Array.isArray(medias)) return null;
    const match = medias.find((m) => field(m, 'title') === d.item.title);
    const id = match ? field(match, 'id') : undefined;
    if (!id) return null;
    const link = field(match, 'link');
    return { kind: 'published', remoteId: id, ...(link ? { url: link } : {}) };
  }

  async verify(credentials: Credentials, settings: Record<string, unknown>): Promise<Outcome> {
    const account = accountOf({
      credentials,
      settings,
      accountId: typeof settings.accountId === 'string' ? settings.accountId : undefined,
    });
    if ('kind' in account) return account;
    const info = await this.call(account, 'GET', '/v2.0/oa/getoa', undefined, 'Kiểm tra tài khoản Zalo OA', 'read');
    if (!info.ok) return info.outcome;
    return { kind: 'published', remoteId: field(info.data, 'oa_id') ?? account.appId };
  }

  /** Sends an article already published to the OA's followers (at most broadcastMaxArticles per message). Not repeated by Loa on failure. */
  async broadcast(d: Dispatch, articleIds: readonly string[]): Promise<Outcome> {
    const account = accountOf(d);
    if ('kind' in account) return account;
    const now = this.ports.clock.now();
    if (inQuietHours(this.limits.zaloOa.quietHours, now))
      return {
        kind: 'reschedule',
        reason: 'Zalo không cho gửi tin quảng bá trong khung giờ im lặng.',
        notBefore: quietHoursEnd(this.limits.zaloOa.quietHours, now),
      };
    const ids = articleIds.slice(0, this.limits.zaloOa.broadcastMaxArticles);
    const target = (d.settings.broadcastTarget as Record<string, unknown> | undefined) ?? {};
    const body = {
      recipient: { target },
      message: {
        attachment: {
          type: 'template',
          payload: { template_type: 'media', elements: ids.map((id) => ({ media_type: 'article', attachment_id: id })) },
        },
      },
    };
    const sent = await this.call(account, 'POST', '/v2.0/oa/message', JSON.stringify(body), 'Gửi bài viết tới người quan tâm', 'create');
    if (!sent.ok) return sent.outcome;
    return { kind: 'published', remoteId: field(sent.data, 'message_id') ?? ids.join(',') };
  }

  private async verifyArticle(account: Account, token: string, d: Dispatch, mayBroadcast = true): Promise<Outcome> {
    const verified = await this.call(account, 'POST', '/v2.0/article/verify', JSON.stringify({ token }), 'Xác nhận bài viết Zalo', 'read');
    if (!verified.ok) {
      if (verified.zaloError === -214) {
        const steps = this.limits.zaloOa.processingRetryMs;
        return {
          kind: 'unconfirmed',
          reason: 'Zalo đang xử lý bài viết (−214); sẽ hỏi lại.',
          remoteId: `${TOKEN_PREFIX}${token}`,
          afterMs: steps[Math.min(d.attempt, steps.length) - 1],
        };
      }
      // The article exists; whatever else verify says, it must be looked up again, never re-created.
      if (verified.outcome.kind === 'retry' || verified.outcome.kind === 'permanent')
        return {
          kind: 'unconfirmed',
          reason: `${'reason' in verified.outcome ? verified.outcome.reason : ''} (bài đã tạo, mã xử lý đã lưu)`,
          remoteId: `${TOKEN_PREFIX}${token}`,
        };
      return verified.outcome;
    }
    // Read the id defensively: a string or a number, at data.id or data.article_id.
    const id = field(verified.data, 'id') ?? field(verified.data, 'article_id');
    if (!id)
      return {
        kind: 'unconfirmed',
        reason: 'Zalo xác nhận nhưng không trả mã bài',
        evidence: answerEvidence(JSON.stringify(verified.json)),
        remoteId: `${TOKEN_PREFIX}${token}`,
      };
    const link = field(verified.data, 'link') ?? field(verified.data, 'url');
    const base: Outcome = { kind: 'published', remoteId: id, ...(link ? { url: link } : {}) };
    if (d.settings.broadcast !== true) return base;
    if (!mayBroadcast) return { ...base, detail: { broadcast: 'pending' } };
    const sent = await this.broadcast(d, [id]);
    return {
      ...base,
      detail: {
        broadcast:
          sent.kind === 'published' ? { messageId: sent.remoteId } : { outcome: sent.kind, reason: 'reason' in sent ? sent.reason : '' },
      },
    };
  }

  /** Refreshes ahead of expiry; returns an outcome only when the refresh failed. */
  private async freshTokens(account: Account): Promise<Outcome | null> {
    const expires = account.tokens.accessExpiresAt;
    if (!expires || expires.getTime() - this.ports.clock.now().getTime() > this.limits.zaloOa.refreshMarginSec * 1000) return null;
    return this.refresh(account);
  }

  private async refresh(account: Account): Promise<Outcome | null> {
    try {
      account.tokens = await this.ports.tokens.refresh(account.accountId, account.tokens.accessToken, (refreshToken) =>
        this.exchange(account, refreshToken),
      );
      return null;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Zalo's own words (error_name, message) are evidence; a person reads what to do.
      return error instanceof ZaloRefreshRefused
        ? {
            kind: 'reauthorise',
            reason: 'Zalo từ chối cấp mã truy cập mới (mã làm mới đã dùng, hết hạn hoặc khóa bí mật sai); cần nhập lại thông tin đăng nhập',
            evidence: { zaloRefusal: reason },
          }
        : { kind: 'retry', reason: `Chưa làm mới được mã truy cập Zalo: ${reason}` };
    }
  }

  /** One use of a refresh token; throws ZaloRefreshRefused when Zalo refuses it. */
  private async exchange(account: Account, refreshToken: string): Promise<TokenPair> {
    const body = new URLSearchParams({ refresh_token: refreshToken, app_id: account.appId, grant_type: 'refresh_token' });
    const result = await httpCall(
      this.ports.fetch,
      `${account.oauthBase}/v4/oa/access_token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: account.secretKey, accept: 'application/json' },
        body: body.toString(),
      },
      this.limits.http.timeoutMs,
    );
    if (!result.ok) throw new Error(result.reason);
    if (result.status >= 500 || result.status === 429) throw new Error(`HTTP ${result.status}`);
    const accessToken = field(result.json, 'access_token');
    const newRefresh = field(result.json, 'refresh_token');
    if (result.status === 200 && accessToken && newRefresh) {
      const seconds = Number(field(result.json, 'expires_in'));
      return {
        accessToken,
        refreshToken: newRefresh,
        ...(Number.isFinite(seconds) && seconds > 0
          ? { accessExpiresAt: new Date(this.ports.clock.now().getTime() + seconds * 1000) }
          : {}),
      };
    }
    if (result.json === undefined) throw new Error(`câu trả lời không phải JSON (HTTP ${result.status})`);
    throw new ZaloRefreshRefused(
      `${field(result.json, 'error') ?? ''} ${field(result.json, 'error_name') ?? field(result.json, 'message') ?? ''}`.trim() ||
        `HTTP ${result.status}`,
    );
  }

  /**
   * One Zalo call with the `{error, message, data}` rules. `create`: the request may create
   * something, so an unclear failure is unconfirmed; `read`: an unclear failure is a retry.
   */
  private async call(
    account: Account,
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    what: string,
    mode: 'create' | 'read',
    refreshed = false,
  ): Promise<Call> {
    const headers: Record<string, string> = { access_token: account.tokens.accessToken, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const result: HttpResult = await httpCall(
      this.ports.fetch,
      `${account.apiBase}${path}`,
      { method, headers, ...(body !== undefined ? { body } : {}) },
      this.limits.http.timeoutMs,
    );
    const httpFailure = (r: HttpResult) => ({
      ok: false as const,
      outcome: mode === 'create' ? failureOutcome(r, this.ports.clock, what) : readFailureOutcome(r, this.ports.clock, what),
    });
    if (!result.ok || result.status !== 200) return httpFailure(result);
    if (result.json === undefined || typeof result.json !== 'object')
      return {
        ok: false,
        outcome:
          mode === 'create'
            ? {
                kind: 'unconfirmed',
                reason: `${what}: câu trả lời không đọc được (không phải JSON)`,
                evidence: answerEvidence(result.text),
              }
            : { kind: 'retry', reason: `${what}: câu trả lời không đọc được (không phải JSON)`, evidence: answerEvidence(result.text) },
      };
    const code = Number((result.json as { error?: unknown }).error ?? 0);
    const message = field(result.json, 'message') ?? '';
    if (code === 0) return { ok: true, data: (result.json as { data?: unknown }).data, json: result.json };
    const z = this.limits.zaloOa;
    const now = this.ports.clock.now();
    if (TOKEN_ERRORS.has(code)) {
      if (refreshed)
        return {
          ok: false,
          zaloError: code,
          outcome: {
            kind: 'reauthorise',
            reason: `${what}: Zalo từ chối mã truy cập của OA (mã lỗi ${code})`,
            evidence: { zaloError: code, ...(message ? { zaloMessage: message } : {}) },
          },
        };
      const failed = await this.refresh(account);
      if (failed) return { ok: false, zaloError: code, outcome: failed };
      // Zalo refused the request before doing anything; repeat it once with the new token.
      return this.call(account, method, path, body, what, mode, true);
    }
    const outcome: Outcome =
      code === -32
        ? { kind: 'retry', reason: `${what}: Zalo báo gửi quá nhanh (−32)`, afterMs: z.rateLimitRetryMs }
        : code === -234
          ? {
              kind: 'reschedule',
              reason: `${what}: Zalo không cho gửi trong khung giờ im lặng (−234)`,
              notBefore:
                quietHoursEnd(z.quietHours, now) > now ? quietHoursEnd(z.quietHours, now) : new Date(now.getTime() + z.rateLimitRetryMs),
            }
          : code === -211
            ? { kind: 'reschedule', reason: `${what}: OA đã hết hạn mức (−211)`, notBefore: nextLocalDay(z.quietHours.timeZone, now) }
            : code === -240
              ? { kind: 'permanent', code: 'ZALO_API_RETIRED', reason: `${what}: Zalo đã ngừng API này (−240)` }
              : {
                  kind: 'permanent',
                  code: `ZALO_${Math.abs(code)}`,
                  reason: `${what}: Zalo từ chối (mã lỗi ${code})`,
                  evidence: { zaloError: code, ...(message ? { zaloMessage: message } : {}) },
                };
    return { ok: false, zaloError: code, outcome };
  }
}

function accountOf(d: Pick<Dispatch, 'credentials' | 'settings' | 'accountId'>): Account | Outcome {
  const c = d.credentials;
  const setting = (k: string) => c[k] ?? (typeof d.settings[k] === 'string' ? (d.settings[k] as string) : undefined);
  if (!c.appId || !c.secretKey || !c.accessToken || !c.refreshToken)
    return { kind: 'reauthorise', reason: 'Tài khoản Zalo OA thiếu App ID, khóa bí mật hoặc token; cần kết nối lại.' };
  const expires = c.accessExpiresAt ? new Date(c.accessExpiresAt) : undefined;
  return {
    apiBase: trimBase(setting('apiBase') ?? ZALO_DEFAULT_API_BASE),
    oauthBase: trimBase(setting('oauthBase') ?? ZALO_DEFAULT_OAUTH_BASE),
    appId: c.appId,
    secretKey: c.secretKey,
    accountId: d.accountId ?? `zalo-oa:${c.appId}`,
    tokens: {
      accessToken: c.accessToken,
      refreshToken: c.refreshToken,
      ...(expires && !Number.isNaN(expires.getTime()) ? { accessExpiresAt: expires } : {}),
    },
  };
}
