/**
 * A loopback HTTP server (port 0) for the channel fakes: it records every request, hands it
 * to the fake's handler and can be told to misbehave once (answer a status, drop the
 * connection before handling, or handle the request and then drop the answer: the case
 * "the channel accepted, Loa never heard").
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

export type Fault =
  | { kind: 'status'; answer: Answer }
  /** Close the connection without reading the request (nothing handled). */
  | { kind: 'drop-before' }
  /** Handle the request (state changes), then close the connection instead of answering. */
  | { kind: 'drop-after' }
  /** Answer 200 with a body that is not JSON, after handling. */
  | { kind: 'malformed-after' }
  /** Handle the request, then never answer (the client's timeout fires). */
  | { kind: 'hang-after' };

export type Handler = (req: RecordedRequest) => Answer | Promise<Answer>;

export class LoopbackServer {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: { match: (r: RecordedRequest) => boolean; fault: Fault }[] = [];
  private server: Server | undefined;
  baseUrl = '';
  /** TCP connections accepted since start (a client that does not keep connections alive opens one per request). */
  connections = 0;

  constructor(private readonly handler: Handler) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    this.server.on('connection', () => this.connections++);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** The next request that matches gets this fault instead of a normal answer. */
  failNext(match: (r: RecordedRequest) => boolean, fault: Fault): void {
    this.faults.push({ match, fault });
  }

  /** Requests whose method and path match. */
  count(method: string, pathPattern: RegExp): number {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path)).length;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://loopback');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    this.requests.push(recorded);
    const i = this.faults.findIndex((f) => f.match(recorded));
    const fault = i >= 0 ? this.faults.splice(i, 1)[0]!.fault : undefined;
    if (fault?.kind === 'drop-before') return void req.socket.destroy();
    if (fault?.kind === 'status') return reply(res, fault.answer);
    let answer: Answer;
    try {
      answer = await this.handler(recorded);
    } catch (error) {
      answer = { status: 500, json: { message: error instanceof Error ? error.message : String(error) } };
    }
    if (fault?.kind === 'drop-after') return void req.socket.destroy();
    if (fault?.kind === 'hang-after') return;
    if (fault?.kind === 'malformed-after') return reply(res, { status: 200, text: '<html>Bad gateway' });
    reply(res, answer);
  }
}

function reply(res: ServerResponse, answer: Answer): void {
  const body = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? '');
  res.writeHead(answer.status, {
    'content-type': answer.json !== undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    ...answer.headers,
  });
  res.end(body);
}

/** Parses a multipart/form-data or urlencoded body with the platform's own parser (undici). */
export async function formOf(req: RecordedRequest): Promise<FormData> {
  return new Request('http://loopback/', {
    method: 'POST',
    headers: { 'content-type': String(req.headers['content-type'] ?? '') },
    body: req.body,
  }).formData();
}

export function jsonOf(req: RecordedRequest): Record<string, unknown> {
  return JSON.parse(req.body.toString('utf8')) as Record<string, unknown>;
}
