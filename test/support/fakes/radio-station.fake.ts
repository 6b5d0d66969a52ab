/**
 * A station's receiver for Loa's radio packages, as channels/radio/radio.adapter.ts defines the
 * protocol: multipart `manifest` (JSON) + `audio` (MP3) with `Idempotency-Key` and a bearer
 * token; one package per id; `GET ?id=` answers 200 or 404.
 */
import type { RadioManifest } from '../../../channels/radio/radio.adapter.js';
import { LoopbackServer, formOf, type Answer, type RecordedRequest } from './loopback-server.js';

export class RadioStationFake {
  readonly server = new LoopbackServer((req) => this.handle(req));
  readonly packages = new Map<string, { manifest: RadioManifest; audioBytes: number }>();
  token = 'dai-token';

  get url(): string {
    return `${this.server.baseUrl}/loa/packages`;
  }

  private async handle(req: RecordedRequest): Promise<Answer> {
    if (req.path !== '/loa/packages') return { status: 404, json: { error: 'not found' } };
    if (req.headers.authorization !== `Bearer ${this.token}`) return { status: 401, json: { error: 'unauthorized' } };
    if (req.method === 'GET') {
      const p = this.packages.get(req.query.get('id') ?? '');
      return p ? { status: 200, json: { id: p.manifest.id, status: 'received' } } : { status: 404, json: { error: 'unknown id' } };
    }
    const form = await formOf(req);
    const manifestPart = form.get('manifest');
    const audio = form.get('audio');
    if (!(manifestPart instanceof Blob) || !(audio instanceof Blob)) return { status: 400, json: { error: 'manifest and audio required' } };
    const manifest = JSON.parse(await manifestPart.text()) as RadioManifest;
    if (manifest.id !== req.headers['idempotency-key']) return { status: 400, json: { error: 'Idempotency-Key differs from manifest id' } };
    if (!this.packages.has(manifest.id)) this.packages.set(manifest.id, { manifest, audioBytes: audio.size });
    return { status: 201, json: { id: manifest.id } };
  }
}
