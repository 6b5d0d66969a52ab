/** The registry and the boot check: a channel in use with no adapter, or a profile larger than its adapter's hard limits, stops the start. */
import { expect } from 'chai';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import { parseAdapterLimits } from '../../../config/channels/adapter-limits.loader.js';
import { ADAPTER_FACTORIES, AdapterRegistry, createAdapterRegistry } from '../../../channels/registry.js';
import { assertChannelsReady, checkChannelsReady } from '../../../channels/startup-check.js';
import { WebhookAdapter } from '../../../channels/webhook/webhook.adapter.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { limits, realPorts } from '../../support/adapter-fixtures.js';

const profiles = loadMediaProfiles().channels;

describe('channel adapter registry', () => {
  const registry = createAdapterRegistry({ ports: realPorts(), limits });

  it('registers the signed webhook for the web portal, found by channel and kind', () => {
    expect(registry.get('web-portal', 'webhook').descriptor).to.include({ channel: 'web-portal', kind: 'webhook', mode: 'api' });
    expect(ADAPTER_FACTORIES.length).to.be.greaterThan(0);
  });

  it('names the kinds a channel has when the asked one is missing', () => {
    expect(() => registry.get('web-portal', 'joomla'))
      .to.throw(DomainError, /joomla/)
      .with.property('code', 'CHANNEL_ADAPTER_MISSING');
  });

  it('refuses two adapters for the same channel and kind', () => {
    expect(() => new AdapterRegistry([new WebhookAdapter(realPorts(), limits), new WebhookAdapter(realPorts(), limits)])).to.throw(
      DomainError,
      /web-portal\/webhook/,
    );
  });

  it('the boot check lists every channel in use without an adapter', () => {
    const problems = checkChannelsReady({
      registry,
      inUse: [{ channel: 'web-portal', kind: 'webhook' }, { channel: 'tiktok' }, { channel: 'web-portal', kind: 'joomla' }],
      mediaProfiles: profiles,
    });
    expect(problems.map((p) => p.evidence?.channel)).to.deep.equal(['tiktok', 'web-portal']);
    expect(() => assertChannelsReady({ registry, inUse: [{ channel: 'tiktok' }], mediaProfiles: profiles }))
      .to.throw(DomainError, /tiktok/)
      .with.property('code', 'CHANNELS_NOT_READY');
  });

  it('the boot check refuses a media profile larger than the adapter can carry, with both numbers', () => {
    const small = parseAdapterLimits({ version: 1, ...limits, webhook: { ...limits.webhook, titleMax: 100 } });
    const tight = new AdapterRegistry([new WebhookAdapter(realPorts(), small)]);
    const profile = { ...profiles['web-portal']!, text: { titleMax: 250 } };
    const problems = checkChannelsReady({
      registry: tight,
      inUse: [{ channel: 'web-portal', kind: 'webhook' }],
      mediaProfiles: { 'web-portal': profile },
    });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({ code: 'MEDIA_PROFILE_EXCEEDS_ADAPTER' });
    expect(problems[0]!.evidence).to.include({ profile: 250, hardLimit: 100, field: 'titleMax' });
    expect(problems[0]!.message).to.match(/250 ký tự.*100 ký tự/);
  });

  it('the shipped limits file is valid and a bad one lists every problem', () => {
    expect(limits.zaloOa.titleMax).to.equal(150);
    expect(() =>
      parseAdapterLimits({
        version: 1,
        ...limits,
        http: { timeoutMs: -1 },
        zaloOa: { ...limits.zaloOa, quietHours: { from: '25:00', to: '06:00', timeZone: 'Asia/Ho_Chi_Minh' } },
      }),
    )
      .to.throw(DomainError)
      .that.satisfies((e: DomainError) => (e.evidence.issues as string[]).length === 2);
  });
});

describe('manual adapter', () => {
  const registry = createAdapterRegistry({ ports: realPorts(), limits });
  it('every catalogue channel has a manual adapter; its outcome asks a person to record the proof', async () => {
    const manual = registry.get('posting', 'manual');
    expect(registry.find('youtube')?.descriptor.kind).to.equal('manual');
    const outcome = await manual.send({
      publicationId: 'p',
      idempotencyKey: 'k',
      attempt: 1,
      item: { id: 'i', title: 'Niêm yết TTHC mới', body: '', attachments: [] },
      credentials: {},
      settings: {},
      dueAt: new Date('2026-03-02T01:00:00Z'),
    });
    expect(outcome).to.deep.equal({
      kind: 'delivered',
      detail: {
        action: 'record-proof',
        channel: 'posting',
        task: 'Đăng "Niêm yết TTHC mới" trên bảng niêm yết rồi ghi nhận bằng chứng (đường dẫn hoặc ảnh chụp, ngày đăng) trong Loa.',
        dueAt: '2026-03-02T01:00:00.000Z',
      },
    });
    expect(
      (
        await manual.send({
          publicationId: 'p',
          idempotencyKey: 'k',
          attempt: 1,
          item: { id: 'i', title: ' ', body: '', attachments: [] },
          credentials: {},
          settings: {},
          dueAt: new Date(),
        })
      ).kind,
    ).to.equal('permanent');
  });

  it('a channel with several adapters must be named with its kind', () => {
    expect(registry.find('web-portal')).to.equal(undefined);
    const problems = checkChannelsReady({ registry, inUse: [{ channel: 'web-portal' }], mediaProfiles: profiles });
    expect(problems[0]!.message).to.match(/nhiều bộ chuyển/);
  });
});

describe('registry with every port', () => {
  it('registers each adapter once its ports are given, and leaves out those whose port is missing', () => {
    const noPort = () => Promise.reject(new Error('not used'));
    const full = createAdapterRegistry({
      ports: realPorts({ mail: { send: noPort }, pdf: { render: noPort }, tokens: { refresh: noPort } }),
      limits,
      mediaProfiles: profiles,
    });
    const kinds = (c: string) =>
      full
        .forChannel(c)
        .map((a) => a.descriptor.kind)
        .sort();
    expect(kinds('web-portal')).to.deep.equal(['manual', 'webhook', 'wordpress']);
    expect(kinds('zalo-oa')).to.deep.equal(['manual', 'zalo-oa']);
    expect(kinds('facebook')).to.deep.equal(['facebook', 'manual']);
    expect(kinds('radio')).to.deep.equal(['manual', 'radio']);
    expect(kinds('email')).to.deep.equal(['email', 'manual']);
    for (const c of ['pano', 'banner', 'leaflet', 'led-screen']) expect(kinds(c)).to.deep.equal(['manual', 'print']);
    const bare = createAdapterRegistry({ ports: realPorts(), limits });
    const problems = checkChannelsReady({
      registry: bare,
      inUse: [
        { channel: 'zalo-oa', kind: 'zalo-oa' },
        { channel: 'email', kind: 'email' },
        { channel: 'pano', kind: 'print' },
      ],
      mediaProfiles: profiles,
    });
    expect(problems.map((p) => p.evidence?.channel)).to.deep.equal(['zalo-oa', 'email', 'pano']);
  });

  it('the shipped media profiles fit every adapter that carries their channel', () => {
    const noPort = () => Promise.reject(new Error('not used'));
    const full = createAdapterRegistry({
      ports: realPorts({ mail: { send: noPort }, pdf: { render: noPort }, tokens: { refresh: noPort } }),
      limits,
      mediaProfiles: profiles,
    });
    const inUse = full.adapters.map((a) => ({ channel: a.descriptor.channel, kind: a.descriptor.kind }));
    expect(checkChannelsReady({ registry: full, inUse, mediaProfiles: profiles })).to.deep.equal([]);
  });
});
