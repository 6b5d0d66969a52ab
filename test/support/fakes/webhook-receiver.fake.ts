/**
 * A portal's receiver of Loa's signed webhook, written from the protocol in
 * channels/webhook/webhook.adapter.ts: it checks the signature against every secret it holds
 * (rotation), stores each delivery id once and answers the look-up by delivery id.
 */
import { verifyWebhookSignature } from '../../../channels/webhook/webhook-signature.js';
import { LoopbackServer, type RecordedRequest } from './loopback-server.js';

export interface ReceivedDelivery {
  id: string;
  remoteId: string;
  url: string;
  body: Record<string, unknown>;
}

export class WebhookReceiverFake {
  readonly server: LoopbackServer;
  readonly deliveries = new Map<string, ReceivedDelivery>();
  /** Secrets the receiver accepts (several during a rotation). */
  secrets: string[];
  private next = 1;

  constructor(
    secrets: string[],
    private readonly now: () => Date = () => new Date(),
  ) {
    this.secrets = secrets;
    this.server = new LoopbackServer((req) => this.handle(req));
  }

  get url(): string {
    return `${this.server.baseUrl}/hooks/loa`;
  }

  private handle(req: RecordedRequest) {
    if (req.path !== '/hooks/loa') return { status: 404, json: { error: 'not found' } };
    const signed = req.method === 'GET' ? (req.query.get('delivery') ?? '') : req.body.toString('utf8');
    const verdict = verifyWebhookSignature({
      secrets: this.secrets,
      header: req.headers['x-loa-signature'] as string | undefined,
      timestamp: req.headers['x-loa-timestamp'] as string | undefined,
      body: signed,
      now: this.now(),
      toleranceSec: 300,
    });
    if (!verdict.ok) return { status: 401, json: { error: `signature ${verdict.reason}` } };
    if (req.method === 'GET') {
      const found = this.deliveries.get(req.query.get('delivery') ?? '');
      return found ? { status: 200, json: { id: found.remoteId, url: found.url } } : { status: 404, json: { error: 'unknown delivery' } };
    }
    if (req.method !== 'POST') return { status: 405, json: { error: 'method' } };
    const body = JSON.parse(signed) as Record<string, unknown>;
    const id = String(req.headers['x-loa-delivery'] ?? body.id);
    let found = this.deliveries.get(id);
    if (!found) {
      const n = this.next++;
      found = { id, remoteId: `post-${n}`, url: `${this.server.baseUrl}/tin-tuc/${n}`, body };
      this.deliveries.set(id, found);
    }
    return { status: 201, json: { id: found.remoteId, url: found.url } };
  }
}
