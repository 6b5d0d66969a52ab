/**
 * A loopback channel for the outbox's own tests: an HTTP server that stores each delivery
 * once per idempotency key (as a careful receiver does) and answers a look-up by key, and the
 * small adapter that speaks to it. The channel adapters proper (WordPress, Zalo, the signed
 * webhook…) have their own fakes and contract suite; this one exists so the dispatcher's
 * claims, leases, sweeps and retries can be driven to exact points (hold an answer, refuse
 * with 429 or 401) over real HTTP, in this process or in a worker process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelAdapter, ChannelDescriptor, Dispatch, Outcome, OutgoingItem, Problem } from '../../../channels/channel-adapter.js';

export interface EchoServer {
  url: string;
  /** POSTs received per idempotency key (a resend of the same key counts again). */
  posts: Map<string, number>;
  /** Answers to give to the next POSTs, in order: a status (and Retry-After), or 'hold' (record it, never answer). */
  script: ({ status: number; retryAfter?: string } | 'hold')[];
  /** Called when a POST was recorded and held. */
  onHold?: (key: string) => void;
  /** Answers every POST held so far as a stored one is answered (201 with its id and address). */
  answerHeld(): void;
  close(): Promise<void>;
}

export async function startEchoServer(): Promise<EchoServer> {
  const posts = new Map<string, number>();
  const stored = new Set<string>();
  const held: { res: ServerResponse; key: string }[] = [];
  const stored201 = (res: ServerResponse, key: string, bytes: number) => {
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `r-${key}`, url: `${state.url}/p/${key}`, bytes }));
  };
  const state: EchoServer = {
    url: '',
    posts,
    script: [],
    answerHeld: () => {
      for (const h of held.splice(0)) stored201(h.res, h.key, 0);
    },
    close: async () => {},
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && u.pathname === '/deliveries') {
      const key = u.searchParams.get('key') ?? '';
      res.writeHead(stored.has(key) ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(stored.has(key) ? { id: `r-${key}`, url: `${state.url}/p/${key}` } : {}));
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key'] ?? '');
      const next = state.script.shift();
      if (next && next !== 'hold' && next.status >= 400) {
        res.writeHead(next.status, {
          'content-type': 'application/json',
          ...(next.retryAfter !== undefined ? { 'retry-after': next.retryAfter } : {}),
        });
        res.end(JSON.stringify({ error: next.status }));
        return;
      }
      posts.set(key, (posts.get(key) ?? 0) + 1);
      stored.add(key);
      if (next === 'hold') {
        held.push({ res, key });
        state.onHold?.(key);
        return;
      }
      stored201(res, key, body.length);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = async () => {
    for (const h of held) h.res.destroy();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return state;
}

/** The adapter: POST {url}/deliveries with Idempotency-Key; look-up GET {url}/deliveries?key=. */
export class EchoAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(channel = 'web-portal', kind = 'echo') {
    this.descriptor = {
      channel,
      kind,
      mode: 'api',
      credentials: [{ key: 'token', label: 'Mã truy cập', kind: 'secret', required: true }],
      hardLimits: { titleMax: 300 },
    };
  }

  check(item: OutgoingItem): readonly Problem[] {
    return item.title.length > 300 ? [{ code: 'TITLE_TOO_LONG', message: 'Tiêu đề quá dài.' }] : [];
  }

  async send(d: Dispatch): Promise<Outcome> {
    let res: Response;
    try {
      res = await fetch(`${String(d.settings.url)}/deliveries`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': d.idempotencyKey,
          authorization: `Bearer ${d.credentials.token ?? ''}`,
        },
        body: JSON.stringify({ title: d.item.title, body: d.item.body }),
      });
    } catch (e) {
      return { kind: 'unconfirmed', reason: (e as Error).message };
    }
    const json = (await res.json().catch(() => ({}))) as { id?: string; url?: string };
    if (res.status === 201) return { kind: 'published', remoteId: String(json.id), url: json.url };
    if (res.status === 401) return { kind: 'reauthorise', reason: 'Mã truy cập bị từ chối' };
    if (res.status === 429 || res.status >= 500) {
      const after = Number(res.headers.get('retry-after'));
      return { kind: 'retry', reason: `HTTP ${res.status}`, afterMs: Number.isFinite(after) ? after * 1000 : undefined };
    }
    return { kind: 'permanent', code: `HTTP_${res.status}`, reason: `HTTP ${res.status}` };
  }

  async lookup(d: Dispatch): Promise<Outcome | null> {
    const res = await fetch(`${String(d.settings.url)}/deliveries?key=${encodeURIComponent(d.idempotencyKey)}`);
    const json = (await res.json().catch(() => ({}))) as { id?: string; url?: string };
    if (res.status === 404) return null;
    if (res.status === 200) return { kind: 'published', remoteId: String(json.id), url: json.url };
    return { kind: 'unconfirmed', reason: `look-up HTTP ${res.status}` };
  }
}
