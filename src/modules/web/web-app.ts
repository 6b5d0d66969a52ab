import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

const notBuiltPage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Loa</title></head>
<body><main><h1>Giao diện web chưa được dựng</h1><p>Chạy <code>npm run build:web</code> (hoặc <code>npm install</code>) rồi khởi động lại. API vẫn hoạt động tại <a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

/**
 * Serves the built single-page app (dist/web) at `/`: a file the build produced is sent as is
 * (hashed assets cached for a year and immutable; brotli or gzip copies when the build wrote
 * them and the browser accepts them), any other non-API path gets index.html so the app's own
 * router answers it, and an unknown API path keeps the API's JSON 404. The file list is read
 * once at start and requests are matched against it, so no request path reaches the file system.
 */
export async function registerWebApp(fastify: FastifyInstance, dir: string): Promise<void> {
  const built = existsSync(join(dir, 'index.html'));
  // The .br and .gz copies are sent in place of their file, never as paths of their own.
  const files = new Set(built ? listFiles(dir).filter((f) => !/\.(br|gz)$/.test(f)) : []);
  // preCompressed: a file's .br or .gz copy (written by the build) goes to a browser that accepts it.
  if (built) await fastify.register(fastifyStatic, { root: dir, serve: false, preCompressed: true });
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
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  };
  fastify.get('/', handler);
  fastify.get('/*', handler);
}
