import { negotiate } from '@fastify/accept-negotiator';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { SESSION_COOKIE } from '../access/auth.guard.js';
import { frameworkErrors, MAX_PARAM_LENGTH } from '../http/edge-errors.js';

/** Paths that belong to the API and the operations endpoints, never to the web app. */
export function isApiPath(url: string): boolean {
  const path = url.split('?', 1)[0];
  return path === '/api' || path.startsWith('/api/') || path === '/health' || path === '/metrics';
}

/**
 * Headers for the web app's HTML and assets: helmet's full set (built once), with a CSP that
 * fits a Vite build: scripts only from this origin as modules (no inline script, no eval);
 * styles may be inline because FullCalendar and Chart.js set them at run time; images from
 * this origin, data: and blob: (previews of a chosen photo); fonts from this origin and data:
 * (FullCalendar inlines its icon font); requests only to this origin.
 */
export function webAppHeaders(): (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => void {
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'], // FullCalendar's icon font is inlined as a data: URI
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  return (req, reply, done) => middleware(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
}

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, base));
    else if (statSync(p).isFile()) out.push('/' + relative(base, p).split(sep).join('/'));
  }
  return out;
}

/** The server build of the web app's first paint (web/src/server-entry.tsx, built into dist/web-ssr). */
interface ServerEntry {
  renderPage(path: string, search: string, answers: Record<string, unknown>, now: () => Date): Promise<string | null>;
}

/** Vite's build manifest (dist/web/.vite/manifest.json): each chunk's file and static imports. */
type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/**
 * The page modules by path, as web/src/routes.ts opens them (its `byPrefix`; a prefix ending in
 * `/` takes a longer path, any other is matched exactly): the HTML names the page's chunks for the
 * browser to fetch at once (modulepreload) instead of after the entry has run.
 */
const pageModules: [string, string][] = [
  ['/dang-nhap', 'src/pages/login-page.tsx'],
  ['/ke-hoach/', 'src/pages/plan-review-page.tsx'],
  ['/ke-hoach', 'src/pages/plans-page.tsx'],
  ['/lich', 'src/pages/calendar-page.tsx'],
  ['/noi-dung/', 'src/pages/item-editor-page.tsx'],
  ['/noi-dung', 'src/pages/items-page.tsx'],
  ['/phat-hanh', 'src/pages/publishing-page.tsx'],
  ['/thong-bao', 'src/pages/notifications-page.tsx'],
  ['/nhat-ky', 'src/pages/audit-page.tsx'],
  ['/nguoi-dung', 'src/pages/users-page.tsx'],
  ['/khoa-api', 'src/pages/api-keys-page.tsx'],
];

function pageModule(path: string): string | undefined {
  if (path === '/') return 'src/pages/dashboard-page.tsx';
  return pageModules.find(([prefix]) =>
    prefix.endsWith('/') ? path.startsWith(prefix) && path.length > prefix.length : path === prefix,
  )?.[1];
}

/** The files of the given chunks and of every chunk they import statically, the entry's excepted (the HTML loads it). */
export function chunkFiles(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>();
  const walk = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || seen.has(key)) return;
    seen.add(key);
    for (const i of chunk.imports ?? []) walk(i);
  };
  keys.forEach(walk);
  return [...seen].map((k) => manifest[k]!.file);
}

/**
 * Text for a `<script type="application/json">` element: JSON whose `<`, `>`, `&` and the two
 * line separators are written as \uXXXX escapes (the same string once parsed), so no text in it
 * (a title "</script><script>…") can end the element or open another.
 */
export function scriptSafeJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The reads a signed-in page starts with, asked of the API in-process (fastify.inject, with the
 * request's own cookies: the same routes, guards and answers as the browser's own requests) and
 * sent inside the HTML, so the page has them without a round trip: the session (/api/auth/me,
 * /api/units) on every page, and on the calendar the month's slots and the approved items of the
 * person's own unit (web/src/calendar-month.ts: `?thang=YYYY-MM`, else this month in Vietnam).
 * The page takes an answer only for a request it makes (web/src/prefetch.ts); a person who
 * switched to another unit asks for that unit's as before. Nothing is sent when the session is
 * not (or no longer) valid.
 */
async function initialReads(fastify: FastifyInstance, req: FastifyRequest, path: string, now: () => Date): Promise<string | null> {
  const cookie = req.headers.cookie;
  if (!cookie || !req.cookies?.[SESSION_COOKIE]) return null;
  const read = async (url: string): Promise<string | null> => {
    const r = await fastify.inject({ method: 'GET', url, headers: { cookie, accept: 'application/json' } });
    return r.statusCode === 200 && String(r.headers['content-type'] ?? '').startsWith('application/json') ? r.body : null;
  };
  const reads: [string, Promise<string | null>][] = [
    ['/api/auth/me', read('/api/auth/me')],
    ['/api/units', read('/api/units')],
  ];
  const me = await reads[0]![1];
  if (me === null) return null;
  if (path === '/lich') {
    const unitId = (JSON.parse(me) as { unitId?: string | null }).unitId;
    if (unitId) {
      const { from, to } = monthRange(req.query as Record<string, unknown>, now());
      const unit = encodeURIComponent(unitId);
      for (const url of [`/api/units/${unit}/calendar?from=${from}&to=${to}`, `/api/items?unitId=${unit}&status=approved`])
        reads.push([url, read(url)]);
    }
  }
  const parts: string[] = [];
  for (const [url, answer] of reads) {
    const body = await answer;
    if (body !== null) parts.push(`${JSON.stringify(url)}:${body}`);
  }
  return `{${parts.join(',')}}`;
}

/** The month the calendar opens on, first and last day (as web/src/calendar-month.ts reads `?thang`). */
function monthRange(query: Record<string, unknown>, at: Date): { from: string; to: string } {
  const q = typeof query.thang === 'string' ? /^(\d{4})-(\d{2})$/.exec(query.thang) : null;
  // Vietnam is UTC+7 all year.
  const now = new Date(at.getTime() + 7 * 3_600_000);
  const year = q ? Number(q[1]) : now.getUTCFullYear();
  const month = q ? Number(q[2]) : now.getUTCMonth() + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
}

/**
 * A page's HTML compressed for a browser that accepts it: brotli, else gzip (the signed-in
 * calendar, with its stylesheet, month and items inside, is 40 KB and more; a commune's link is
 * often slow). Each page is made for its request, so the settings are the fast ones (about a
 * millisecond for such a page), not the build's (which compresses the static files once, at 11).
 */
function encodedPage(body: string, acceptEncoding: string | undefined): { encoding?: 'br' | 'gzip'; data: Buffer | string } {
  const encoding = acceptEncoding ? negotiate(acceptEncoding, ['br', 'gzip']) : undefined;
  if (encoding === 'br')
    return {
      encoding,
      data: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }),
    };
  if (encoding === 'gzip') return { encoding, data: gzipSync(body, { level: 6 }) };
  return { data: body };
}

const notBuiltPage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Loa</title></head>
<body><main><h1>Giao diện web chưa được dựng</h1><p>Chạy <code>npm run build:web</code> (hoặc <code>npm install</code>) rồi khởi động lại. API vẫn hoạt động tại <a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

/**
 * Serves the built single-page app (dist/web) at `/`: a file the build produced is sent as is
 * (hashed assets cached for a year and immutable; brotli or gzip copies when the build wrote
 * them and the browser accepts them), any other non-API path gets index.html so the app's own
 * router answers it, and an unknown API path keeps the API's JSON 404. The file list is read
 * once at start and requests are matched against it, so no request path reaches the file system.
 */
export async function registerWebApp(fastify: FastifyInstance, dir: string, now: () => Date = () => new Date()): Promise<void> {
  const built = existsSync(join(dir, 'index.html'));
  // The .br and .gz copies are sent in place of their file, never as paths of their own.
  const files = new Set(built ? listFiles(dir).filter((f) => !/\.(br|gz)$/.test(f)) : []);
  // preCompressed: a file's .br or .gz copy (written by the build) goes to a browser that accepts it.
  if (built) await fastify.register(fastifyStatic, { root: dir, serve: false, preCompressed: true });
  const html = built ? readFileSync(join(dir, 'index.html'), 'utf8') : '';
  const manifestPath = join(dir, '.vite', 'manifest.json');
  const manifest: Manifest = built && existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {};
  const ssrPath = join(dir, '..', 'web-ssr', 'server-entry.js');
  const ssr = built && existsSync(ssrPath) ? ((await import(pathToFileURL(ssrPath).href)) as ServerEntry) : null;
  /**
   * The page's HTML: index.html with its chunks named for an early fetch and, signed in, its first
   * reads; the calendar's lanes also drawn, from those reads, by the server (React's HTML, every
   * text escaped), inert until the browser's React has taken them over (calendar-page.tsx).
   */
  const page = async (req: FastifyRequest, path: string): Promise<{ body: string; personal: boolean }> => {
    const module = pageModule(path);
    const preload = chunkFiles(manifest, ['src/shell.tsx', ...(module ? [module] : [])])
      .map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`)
      .join('');
    const reads = await initialReads(fastify, req, path, now);
    const data = reads ? `<script type="application/json" id="loa-reads">${scriptSafeJson(reads)}</script>` : '';
    // Replaced through functions: a `$&` or `$'` in the data is text, not a replacement pattern.
    let body = html.replace('</head>', () => `${preload}${data}</head>`);
    const query = req.query as Record<string, unknown>;
    if (ssr && reads && path === '/lich' && query.xem !== 'thang') {
      const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
      const drawn = await ssr.renderPage(path, search, JSON.parse(reads) as Record<string, unknown>, now).catch((e: unknown) => {
        req.log.warn({ err: e }, 'web: the calendar page could not be drawn on the server; the browser draws it');
        return null;
      });
      if (drawn) body = body.replace('<div id="root"></div>', () => `<div id="root" inert>${drawn}</div>`);
    }
    return { body, personal: reads !== null };
  };
  const handler = async (req: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    const rawPath = req.url.split('?', 1)[0];
    // The catch-all route also catches API paths the router could not match. Fastify would have
    // refused some of them itself before this route existed; the same answers are kept here.
    if (isApiPath(rawPath)) {
      if (rawPath.split('/').some((segment) => segment.length > MAX_PARAM_LENGTH))
        return frameworkErrors({ code: 'FST_ERR_MAX_PARAM_LENGTH' }, req, reply);
      return reply.callNotFound();
    }
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return frameworkErrors({ code: 'FST_ERR_BAD_URL' }, req, reply);
    }
    if (!built)
      return reply.status(503).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(notBuiltPage);
    if (path !== '/index.html' && files.has(path)) {
      const immutable = path.startsWith('/assets/');
      return reply.sendFile(path.slice(1), { cacheControl: immutable, maxAge: immutable ? 31_536_000_000 : 0, immutable });
    }
    const { body, personal } = await page(req, path);
    const { encoding, data } = encodedPage(body, req.headers['accept-encoding']);
    if (encoding) reply.header('content-encoding', encoding);
    // With the person's reads in it, the page is theirs alone and kept nowhere.
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('vary', 'accept-encoding')
      .header('cache-control', personal ? 'private, no-store' : 'no-cache')
      .send(data);
  };
  fastify.get('/', handler);
  fastify.get('/*', handler);
}
