/**
 * The DownloadLinks port for adapter tests, served on loopback the way Loa's
 * `GET /api/downloads/:fileId` serves it: the file under a random id, a URL signed with
 * channels/print/signed-link.ts, the signature and expiry checked before the file is read
 * (403 on a bad signature, 410 once expired). A channel fake that fetches the link (Zalo's
 * cover) therefore meets what a remote server would.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock, DownloadLinks } from '../../channels/ports.js';
import { signedDownloadUrl, verifyDownloadSignature } from '../../channels/print/signed-link.js';

export class LoopbackDownloads implements DownloadLinks {
  readonly files = new Map<string, { data: Uint8Array; mime: string; expiresAt: Date }>();
  readonly served: { id: string; status: number }[] = [];
  /** Answer 503 to every download (a firewall, a proxy that is down): the link exists but cannot be fetched. */
  down = false;
  private readonly secret = randomBytes(32).toString('hex');
  private server: Server | undefined;
  private baseUrl = '';

  constructor(
    private readonly clock: Clock,
    readonly reachable = true,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const id = decodeURIComponent(url.pathname.split('/').pop() ?? '');
      const verdict = verifyDownloadSignature({
        fileId: id,
        expires: url.searchParams.get('expires') ?? undefined,
        sig: url.searchParams.get('sig') ?? undefined,
        secret: this.secret,
        now: this.clock.now(),
      });
      const file = this.files.get(id);
      const status = this.down ? 503 : verdict === 'invalid' ? 403 : verdict === 'expired' || !file ? 410 : 200;
      this.served.push({ id, status });
      if (status !== 200) return void res.writeHead(status).end();
      res.writeHead(200, { 'content-type': file!.mime, 'content-length': String(file!.data.length) }).end(Buffer.from(file!.data));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/downloads`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  async create(file: { data: Uint8Array; filename: string; mime: string }, expiresAt: Date): Promise<string> {
    const id = randomBytes(16).toString('hex');
    this.files.set(id, { data: file.data, mime: file.mime, expiresAt });
    return signedDownloadUrl(this.baseUrl, id, expiresAt, this.secret);
  }
}
