/**
 * A Facebook Page on the Graph API, the parts Loa uses, as documented: the Page token as
 * `access_token` (query or form field); errors as HTTP 400 `{error: {message, type, code,
 * fbtrace_id}}` (190 OAuthException for a bad token, 100 for a bad parameter, 506 for the same
 * message posted twice in a row); `POST /{page}/feed` and `/{page}/photos` (multipart `source`)
 * with `published=false` only together with a `scheduled_publish_time` between 10 minutes and
 * 30 days ahead; `GET /{page}/feed` lists published posts, `/{page}/scheduled_posts` the rest.
 */
import { LoopbackServer, formOf, type Answer, type RecordedRequest } from './loopback-server.js';

export interface FbPost {
  id: string;
  message: string;
  published: boolean;
  scheduledAt?: number;
  createdAt: number;
  photoBytes?: number;
}

const graphError = (code: number, message: string, type = 'OAuthException'): Answer => ({
  status: 400,
  json: { error: { message, type, code, fbtrace_id: 'AbCdEf123' } },
});

export class FacebookFake {
  readonly server = new LoopbackServer((req) => this.handle(req));
  readonly posts: FbPost[] = [];
  readonly pageId = '104729385610';
  readonly tokens = new Set(['EAAPageToken']);
  private seq = 0;

  constructor(
    private readonly now: () => Date = () => new Date(),
    readonly version = 'v23.0',
  ) {}

  private async handle(req: RecordedRequest): Promise<Answer> {
    const prefix = `/${this.version}/${this.pageId}`;
    if (!req.path.startsWith(prefix)) return graphError(803, 'Some of the aliases you requested do not exist', 'OAuthException');
    const edge = req.path.slice(prefix.length);
    const form = req.method === 'POST' ? await formOf(req) : undefined;
    const token =
      req.query.get('access_token') ??
      (form?.get('access_token') as string | null) ??
      String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!this.tokens.has(token)) return graphError(190, 'Invalid OAuth access token - Cannot parse access token');
    const now = this.now().getTime();
    if (req.method === 'GET' && edge === '') return { status: 200, json: { id: this.pageId, name: 'UBND xã Gia Viễn' } };
    if (req.method === 'GET' && (edge === '/feed' || edge === '/scheduled_posts')) {
      const limit = Number(req.query.get('limit') ?? 25);
      const list = this.posts
        .filter((p) => (edge === '/feed') === p.published)
        .reverse()
        .slice(0, limit);
      return {
        status: 200,
        json: {
          data: list.map((p) => ({
            id: p.id,
            message: p.message,
            ...(p.published
              ? { created_time: new Date(p.createdAt).toISOString(), permalink_url: `https://www.facebook.com/${p.id}` }
              : { scheduled_publish_time: p.scheduledAt }),
          })),
        },
      };
    }
    if (req.method === 'POST' && (edge === '/feed' || edge === '/photos')) {
      const message = String(form!.get(edge === '/feed' ? 'message' : 'caption') ?? '');
      const source = form!.get('source');
      if (edge === '/photos' && !(source instanceof Blob)) return graphError(324, 'Requires upload file', 'OAuthException');
      if (edge === '/feed' && !message) return graphError(100, '(#100) Missing message or attachment', 'OAuthException');
      const published = form!.get('published') !== 'false';
      const at = form!.get('scheduled_publish_time');
      let scheduledAt: number | undefined;
      if (!published) {
        scheduledAt = Number(at);
        const ahead = scheduledAt - now / 1000;
        if (!at || !(ahead >= 600 && ahead <= 30 * 86400))
          return graphError(100, '(#100) The specified scheduled publish time is invalid.', 'OAuthException');
      }
      const last = this.posts.at(-1);
      if (last && last.message === message && now - last.createdAt < 60_000)
        return graphError(506, '(#506) Duplicate status message', 'OAuthException');
      this.seq += 1;
      const id = `${this.pageId}_${7000 + this.seq}`;
      this.posts.push({
        id,
        message,
        published,
        createdAt: now,
        ...(scheduledAt ? { scheduledAt } : {}),
        ...(source instanceof Blob ? { photoBytes: source.size } : {}),
      });
      return { status: 200, json: edge === '/photos' ? { id: `${8000 + this.seq}`, post_id: id } : { id } };
    }
    return graphError(100, '(#100) Unknown path components', 'OAuthException');
  }
}
