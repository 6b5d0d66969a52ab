/** Radio: MP3 + manifest pushed to a loopback station or written into a real drop folder; 'delivered' until the as-run comes back. */
import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RadioAdapter } from '../../../channels/radio/radio.adapter.js';
import { adapterContract } from '../../support/adapter-contract.js';
import { dispatchOf, fixedClock, item, limits, realPorts } from '../../support/adapter-fixtures.js';
import { RadioStationFake } from '../../support/fakes/radio-station.fake.js';
import { fsDropFolders } from '../../support/fs-ports.js';

const clock = fixedClock('2026-03-02T02:00:00Z');
const adapter = new RadioAdapter({ ...realPorts({ clock }), dropFolders: fsDropFolders }, limits);
const dir = mkdtempSync(join(tmpdir(), 'loa-radio-'));
const mp3 = join(dir, 'ban-tin.mp3');
writeFileSync(mp3, Buffer.alloc(48_000, 0xff));
const programme = (durationSec = 720, overrides = {}) =>
  item({ attachments: [{ path: mp3, mime: 'audio/mpeg', bytes: 48_000, filename: 'ban-tin.mp3', durationSec }], ...overrides });
let station: RadioStationFake;

adapterContract(
  'radio (HTTP push)',
  async () => {
    station = new RadioStationFake();
    await station.server.start();
    const credentials = { endpoint: station.url, token: station.token };
    return {
      adapter,
      landed: 'delivered',
      dispatch: (it) =>
        dispatchOf({ credentials, settings: { unitName: 'Xã Hành Đức', priority: 'normal' }, dueAt: clock.now(), item: it ?? programme() }),
      copiesAt: (d) => (station.packages.has(d.idempotencyKey) ? 1 : 0),
      requestCount: () => station.server.requests.length,
      refuseCredentials: () => {
        station.token = 'rotated';
      },
      throttleNext: () => {
        station.server.failNext((r) => r.method === 'POST', {
          kind: 'status',
          answer: { status: 429, headers: { 'retry-after': '120' }, json: { error: 'busy' } },
        });
        return 120_000;
      },
      dropAnswerAfterLanding: () => station.server.failNext((r) => r.method === 'POST', { kind: 'drop-after' }),
      overLimitItem: () => programme(limits.radio.audioMaxSec + 1),
    };
  },
  () => station.server.stop(),
);

describe('radio adapter', () => {
  it('writes the MP3 and then the manifest into a drop folder, each whole; a second send finds it and writes nothing', async () => {
    const drop = mkdtempSync(join(tmpdir(), 'loa-drop-'));
    const d = dispatchOf({
      credentials: { dropFolder: drop },
      settings: { unitName: 'Xã Hành Đức', priority: 'emergency' },
      dueAt: new Date('2026-03-02T23:30:00Z'),
      item: programme(754),
    });
    expect(await adapter.send(d)).to.deep.include({ kind: 'delivered', remoteId: d.idempotencyKey });
    const files = readdirSync(drop).sort();
    expect(files).to.deep.equal([`${d.idempotencyKey}.json`, `${d.idempotencyKey}.mp3`]);
    const manifest = JSON.parse(readFileSync(join(drop, `${d.idempotencyKey}.json`), 'utf8'));
    expect(manifest).to.deep.equal({
      id: d.idempotencyKey,
      publicationId: d.publicationId,
      title: d.item.title,
      unit: 'Xã Hành Đức',
      durationSec: 754,
      priority: 'emergency',
      playWindow: { from: '2026-03-02T23:30:00.000Z', to: '2026-03-03T23:30:00.000Z' },
      file: `${d.idempotencyKey}.mp3`,
    });
    expect(readFileSync(join(drop, `${d.idempotencyKey}.mp3`)).length).to.equal(48_000);
    expect(await adapter.send({ ...d, attempt: 2 })).to.deep.include({ kind: 'delivered', detail: { folder: drop, already: true } });
    expect(await adapter.lookup(d)).to.deep.equal({ kind: 'delivered', remoteId: d.idempotencyKey });
    expect(await adapter.lookup({ ...d, idempotencyKey: 'other' })).to.equal(null);
  });

  it('a drop folder that cannot be written is retry (nothing half-written stays)', async () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const outcome = await adapter.send(
      dispatchOf({ credentials: { dropFolder: join(blocker, 'sub') }, dueAt: clock.now(), item: programme() }),
    );
    expect(outcome.kind).to.equal('retry');
  });

  it('refuses an unknown priority, a missing MP3 and an account with neither endpoint nor folder, with Vietnamese reasons', async () => {
    expect(
      await adapter.send(dispatchOf({ credentials: { dropFolder: dir }, settings: { priority: 'khẩn' }, item: programme() })),
    ).to.deep.include({ kind: 'permanent', code: 'RADIO_PRIORITY_INVALID' });
    expect(adapter.check(item()).map((p) => p.code)).to.deep.equal(['AUDIO_REQUIRED']);
    expect(await adapter.send(dispatchOf({ credentials: {}, item: programme() }))).to.deep.include({
      kind: 'permanent',
      code: 'ACCOUNT_INCOMPLETE',
    });
  });

  it('the station keeps the manifest and audio it was pushed', async () => {
    station = new RadioStationFake();
    await station.server.start();
    try {
      const d = dispatchOf({
        credentials: { endpoint: station.url, token: station.token },
        settings: { unitName: 'Phường 1', priority: 'priority' },
        dueAt: clock.now(),
        item: programme(600),
      });
      await adapter.send(d);
      expect(station.packages.get(d.idempotencyKey)).to.deep.include({ audioBytes: 48_000 });
      expect(station.packages.get(d.idempotencyKey)!.manifest).to.include({ priority: 'priority', durationSec: 600, unit: 'Phường 1' });
    } finally {
      await station.server.stop();
    }
  });
});
