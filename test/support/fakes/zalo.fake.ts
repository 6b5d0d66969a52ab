/**
 * Zalo's OA Open API v2.0 and OAuth v4, the parts Loa uses, as DOMAIN.md and Zalo's public
 * guides describe them: every answer is HTTP 200 with `{error, message, data}`; the access token
 * travels in the `access_token` header (−216 when unknown or expired); `article/create` answers a
 * token and `article/verify` answers −214 ("still processing") for the first `processingPolls`
 * calls, then `{data: {id}}`; `oa/message` refuses promotional sends between 22:00 and 06:00
 * Vietnam time (−234); refresh tokens are single-use: `POST /v4/oa/access_token` with
 * `secret_key` spends the refresh token and returns a new pair with `expires_in` in seconds (a
 * string, as Zalo sends it); a spent or unknown one is refused. `oa/upload/image` answers an
 * `attachment_id` (for messages) and no URL; `article/create` takes `cover.photo_url` and
 * downloads it, as Zalo's servers do: a cover it cannot download (network error, a non-2xx
 * answer, not a JPG/PNG, over 1 MB) refuses the article (−201, Zalo's "invalid parameter").
 */
import { LoopbackServer, formOf, jsonOf, type Answer, type RecordedRequest } from './loopback-server.js';

export interface ZaloArticle {
  id: string;
  token: string;
  title: string;
  author: string;
  description: string;
  coverUrl: string;
  polls: number;
  createdAt: number;
}

const ok = (data: unknown): Answer => ({ status: 200, json: { error: 0, message: 'Success', data } });
const err = (error: number, message: string): Answer => ({ status: 200, json: { error, message } });

export class ZaloFake {
  readonly server = new LoopbackServer((req) => this.handle(req));
  readonly articles: ZaloArticle[] = [];
  readonly broadcasts: { articleIds: string[] }[] = [];
  /** Every cover download article/create made: the URL and what came of it. */
  readonly coverFetches: { url: string; status: number | null; bytes: number; type: string | null }[] = [];
  readonly accessTokens = new Map<string, number>();
  readonly refreshTokens = new Set<string>();
  refreshes = 0;
  processingPolls = 1;
  readonly appId = '4318000000001';
  readonly secretKey = 'zalo-app-secret';
  private seq = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** A fresh pair valid for 25 hours. */
  issue(): { accessToken: string; refreshToken: string } {
    this.seq += 1;
    const pair = { accessToken: `at-${this.seq}`, refreshToken: `rt-${this.seq}` };
    this.accessTokens.set(pair.accessToken, this.now().getTime() + 25 * 3600_000);
    this.refreshTokens.add(pair.refreshToken);
    return pair;
  }

  expire(accessToken: string): void {
    this.accessTokens.set(accessToken, 0);
  }

  revokeAll(): void {
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  private async handle(req: RecordedRequest): Promise<Answer> {
    if (req.path === '/v4/oa/access_token') return this.refresh(req);
    const token = String(req.headers.access_token ?? '');
    const expiry = this.accessTokens.get(token);
    if (expiry === undefined || expiry <= this.now().getTime()) return err(-216, 'Access token is invalid');
    switch (`${req.method} ${req.path}`) {
      case 'GET /v2.0/oa/getoa':
        return ok({ oa_id: '2013131313', name: 'UBND xã Hành Đức' });
      case 'POST /v2.0/oa/upload/image': {
        const file = (await formOf(req)).get('file');
        if (!(file instanceof Blob)) return err(-201, 'file is required');
        if (file.size > 1_000_000) return err(-210, 'File size is too large');
        this.seq += 1;
        return ok({ attachment_id: `att-${this.seq}` });
      }
      case 'POST /v2.0/article/create': {
        const b = jsonOf(req);
        const title = String(b.title ?? '');
        if (!title || [...title].length > 150) return err(-201, 'title is invalid');
        if ([...String(b.author ?? '')].length > 50) return err(-201, 'author is invalid');
        const cover = b.cover as { cover_type?: string; photo_url?: string } | undefined;
        if (cover?.cover_type !== 'photo' || !cover.photo_url) return err(-201, 'cover is required');
        if (!(await this.fetchCover(cover.photo_url))) return err(-201, 'cover photo_url cannot be downloaded');
        this.seq += 1;
        const article: ZaloArticle = {
          id: `${9000 + this.seq}`,
          token: `tok-${this.seq}`,
          title,
          author: String(b.author ?? ''),
          description: String(b.description ?? ''),
          coverUrl: cover.photo_url,
          polls: 0,
          createdAt: this.now().getTime(),
        };
        this.articles.push(article);
        return ok({ token: article.token });
      }
      case 'POST /v2.0/article/verify': {
        const article = this.articles.find((a) => a.token === jsonOf(req).token);
        if (!article) return err(-201, 'token is invalid');
        article.polls += 1;
        if (article.polls <= this.processingPolls) return err(-214, 'Article is being processed');
        return ok({ id: article.id });
      }
      case 'GET /v2.0/article/getslice': {
        const limit = Number(req.query.get('limit') ?? 10);
        if (limit > 10) return err(-201, 'limit must be at most 10');
        const medias = [...this.articles].reverse().slice(Number(req.query.get('offset') ?? 0), limit);
        return ok({
          medias: medias.map((a) => ({ id: a.id, title: a.title, create_date: a.createdAt, status: 'show', type: 'normal' })),
          total: this.articles.length,
        });
      }
      case 'POST /v2.0/oa/message': {
        const hour = (this.now().getUTCHours() + 7) % 24;
        if (hour >= 22 || hour < 6) return err(-234, 'Cannot send promotion message between 22h and 6h');
        const b = jsonOf(req) as { message?: { attachment?: { payload?: { elements?: { attachment_id: string }[] } } } };
        const ids = (b.message?.attachment?.payload?.elements ?? []).map((e) => e.attachment_id);
        this.broadcasts.push({ articleIds: ids });
        return ok({ message_id: `msg-${this.broadcasts.length}` });
      }
      default:
        return { status: 404, text: 'Not Found' };
    }
  }

  /** Downloads the cover the way a remote server would: any failure is a refusal. */
  private async fetchCover(url: string): Promise<boolean> {
    const record = { url, status: null as number | null, bytes: 0, type: null as string | null };
    this.coverFetches.push(record);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      record.status = res.status;
      record.type = res.headers.get('content-type');
      const data = await res.arrayBuffer();
      record.bytes = data.byteLength;
      return res.ok && /^image\/(jpeg|png)\b/.test(record.type ?? '') && data.byteLength > 0 && data.byteLength <= 1_000_000;
    } catch {
      return false;
    }
  }

  private async refresh(req: RecordedRequest): Promise<Answer> {
    const form = new URLSearchParams(req.body.toString('utf8'));
    if (req.headers.secret_key !== this.secretKey || form.get('app_id') !== this.appId)
      return { status: 200, json: { error: -14003, error_name: 'Invalid secret key', error_description: 'secret_key is invalid' } };
    const rt = form.get('refresh_token') ?? '';
    if (form.get('grant_type') !== 'refresh_token' || !this.refreshTokens.delete(rt))
      return {
        status: 200,
        json: { error: -14014, error_name: 'Invalid refresh token', error_description: 'Refresh token is invalid or has been used' },
      };
    this.refreshes += 1;
    const pair = this.issue();
    return { status: 200, json: { access_token: pair.accessToken, refresh_token: pair.refreshToken, expires_in: '90000' } };
  }
}
