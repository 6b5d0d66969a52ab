/**
 * A WordPress site's REST API (wp/v2) as documented, the parts Loa uses:
 * - application passwords over Basic auth (spaces in the password ignored); a wrong one is
 *   401 `incorrect_password`; a write without auth is 401 `rest_cannot_create`;
 * - `POST /wp-json/wp/v2/media`: raw bytes with Content-Disposition (else 400
 *   `rest_upload_no_content_disposition`) → 201 `{id, source_url, mime_type}`;
 * - `POST /wp-json/wp/v2/posts` → 201; a taken slug is made unique by "-2", "-3"… (never
 *   refused); `status: "future"` with `date_gmt` ahead stays future, one in the past is published;
 * - `GET /wp-json/wp/v2/posts`: published posts only unless `status=` names others, which needs
 *   auth (else 400 `rest_invalid_param` on `status`, detail `rest_forbidden_status`); `slug=`
 *   filters (comma-separated list); `context=edit` needs auth;
 * - `GET /wp-json/wp/v2/users/me`.
 */
import { LoopbackServer, jsonOf, type Answer, type RecordedRequest } from './loopback-server.js';

export interface WpPost {
  id: number;
  slug: string;
  status: string;
  title: string;
  content: string;
  excerpt: string;
  date_gmt: string;
  featured_media: number;
  link: string;
}

export class WordPressFake {
  readonly server = new LoopbackServer((req) => this.handle(req));
  readonly posts: WpPost[] = [];
  readonly media: { id: number; filename: string; mime: string; bytes: number }[] = [];
  /** username → application passwords (without spaces). */
  readonly users = new Map<string, { id: number; passwords: string[]; canPublish: boolean }>([
    ['bientap', { id: 7, passwords: ['abcd efgh ijkl mnop qrst uvwx'.replace(/ /g, '')], canPublish: true }],
  ]);
  private nextId = 100;

  constructor(private readonly now: () => Date = () => new Date()) {}

  get baseUrl(): string {
    return this.server.baseUrl;
  }

  /** A post someone else created (to take a slug). */
  addPost(p: Partial<WpPost> & { slug: string }): WpPost {
    const id = this.nextId++;
    const post: WpPost = {
      id,
      status: 'publish',
      title: 'x',
      content: '',
      excerpt: '',
      date_gmt: this.now().toISOString().slice(0, 19),
      featured_media: 0,
      link: `${this.baseUrl}/?p=${id}`,
      ...p,
    };
    this.posts.push(post);
    return post;
  }

  private user(req: RecordedRequest): { id: number; canPublish: boolean } | 'none' | 'wrong' {
    const header = String(req.headers.authorization ?? '');
    if (!header.startsWith('Basic ')) return 'none';
    const [name, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    const user = this.users.get(name ?? '');
    if (!user || !user.passwords.includes(rest.join(':').replace(/ /g, ''))) return 'wrong';
    return user;
  }

  private handle(req: RecordedRequest): Answer {
    const route = req.path.replace(/^\/wp-json\/wp\/v2/, '');
    if (route === req.path)
      return {
        status: 404,
        json: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } },
      };
    const user = this.user(req);
    if (user === 'wrong')
      return {
        status: 401,
        json: { code: 'incorrect_password', message: 'The provided password is an invalid application password.', data: { status: 401 } },
      };
    if (req.method === 'GET' && route === '/users/me') {
      if (user === 'none')
        return { status: 401, json: { code: 'rest_not_logged_in', message: 'You are not currently logged in.', data: { status: 401 } } };
      return { status: 200, json: { id: user.id, name: 'Biên tập' } };
    }
    if (req.method === 'GET' && route === '/posts') return this.list(req, user);
    if (req.method === 'POST' && (route === '/posts' || route === '/media')) {
      if (user === 'none')
        return {
          status: 401,
          json: { code: 'rest_cannot_create', message: 'Sorry, you are not allowed to create posts as this user.', data: { status: 401 } },
        };
      if (!user.canPublish)
        return {
          status: 403,
          json: { code: 'rest_cannot_create', message: 'Sorry, you are not allowed to create posts as this user.', data: { status: 403 } },
        };
      return route === '/media' ? this.upload(req) : this.create(req);
    }
    return {
      status: 404,
      json: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } },
    };
  }

  private list(req: RecordedRequest, user: { id: number } | 'none'): Answer {
    const statuses = (req.query.get('status') ?? 'publish').split(',');
    // sanitize_post_statuses refuses with rest_forbidden_status, which the REST server wraps as a 400 on the parameter.
    if (statuses.some((s) => s !== 'publish') && user === 'none')
      return {
        status: 400,
        json: {
          code: 'rest_invalid_param',
          message: 'Invalid parameter(s): status',
          data: {
            status: 400,
            params: { status: 'Status is forbidden.' },
            details: { status: { code: 'rest_forbidden_status', message: 'Status is forbidden.', data: { status: 401 } } },
          },
        },
      };
    if (req.query.get('context') === 'edit' && user === 'none')
      return {
        status: 401,
        json: {
          code: 'rest_forbidden_context',
          message: 'Sorry, you are not allowed to edit posts in this post type.',
          data: { status: 401 },
        },
      };
    const slugs = req.query.get('slug')?.split(',');
    const found = this.posts.filter((p) => statuses.includes(p.status) && (!slugs || slugs.includes(p.slug)));
    return {
      status: 200,
      json: found.map((p) => ({ ...p, title: { rendered: p.title, raw: p.title }, content: { rendered: p.content } })),
    };
  }

  private upload(req: RecordedRequest): Answer {
    const disposition = String(req.headers['content-disposition'] ?? '');
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1];
    if (!filename)
      return {
        status: 400,
        json: { code: 'rest_upload_no_content_disposition', message: 'No Content-Disposition supplied.', data: { status: 400 } },
      };
    if (req.body.length === 0)
      return { status: 400, json: { code: 'rest_upload_no_data', message: 'No data supplied.', data: { status: 400 } } };
    const id = this.nextId++;
    this.media.push({ id, filename, mime: String(req.headers['content-type']), bytes: req.body.length });
    return {
      status: 201,
      json: {
        id,
        source_url: `${this.baseUrl}/wp-content/uploads/${filename}`,
        mime_type: req.headers['content-type'],
        media_type: 'image',
      },
    };
  }

  /** wp_unique_post_slug: a taken slug gets "-2", "-3"… */
  private uniqueSlug(slug: string): string {
    if (!this.posts.some((p) => p.slug === slug)) return slug;
    for (let n = 2; ; n++) if (!this.posts.some((p) => p.slug === `${slug}-${n}`)) return `${slug}-${n}`;
  }

  private create(req: RecordedRequest): Answer {
    const body = jsonOf(req);
    if (typeof body.title !== 'string' || typeof body.content !== 'string')
      return { status: 400, json: { code: 'rest_invalid_param', message: 'Invalid parameter(s): title', data: { status: 400 } } };
    const featured = Number(body.featured_media ?? 0);
    if (featured && !this.media.some((m) => m.id === featured))
      return { status: 400, json: { code: 'rest_invalid_featured_media', message: 'Invalid featured media ID.', data: { status: 400 } } };
    const now = this.now();
    let status = String(body.status ?? 'draft');
    let date = now.toISOString().slice(0, 19);
    if (typeof body.date_gmt === 'string') {
      date = body.date_gmt;
      if (status === 'future' && Date.parse(`${date}Z`) <= now.getTime()) status = 'publish';
    }
    const post = this.addPost({
      slug: this.uniqueSlug(String(body.slug ?? body.title)),
      status,
      title: body.title,
      content: body.content,
      excerpt: String(body.excerpt ?? ''),
      date_gmt: date,
      featured_media: featured,
    });
    return { status: 201, json: { ...post, title: { rendered: post.title, raw: post.title } } };
  }
}
