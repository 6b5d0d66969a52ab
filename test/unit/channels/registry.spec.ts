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
    expect(() => registry.get('web-portal', 'joomla')).to.throw(DomainError, /joomla/).with.property('code', 'CHANNEL_ADAPTER_MISSING');
  });

  it('refuses two adapters for the same channel and kind', () => {
    expect(() => new AdapterRegistry([new WebhookAdapter(realPorts(), limits), new WebhookAdapter(realPorts(), limits)])).to.throw(DomainError, /web-portal\/webhook/);
  });

  it('the boot check lists every channel in use without an adapter', () => {
    const problems = checkChannelsReady({ registry, inUse: [{ channel: 'web-portal', kind: 'webhook' }, { channel: 'tiktok' }, { channel: 'web-portal', kind: 'joomla' }], mediaProfiles: profiles });
    expect(problems.map((p) => p.evidence?.channel)).to.deep.equal(['tiktok', 'web-portal']);
    expect(() => assertChannelsReady({ registry, inUse: [{ channel: 'tiktok' }], mediaProfiles: profiles }))
      .to.throw(DomainError, /tiktok/)
      .with.property('code', 'CHANNELS_NOT_READY');
  });

  it('the boot check refuses a media profile larger than the adapter can carry, with both numbers', () => {
    const small = parseAdapterLimits({ version: 1, ...limits, webhook: { ...limits.webhook, titleMax: 100 } });
    const tight = new AdapterRegistry([new WebhookAdapter(realPorts(), small)]);
    const profile = { ...profiles['web-portal']!, text: { titleMax: 250 } };
    const problems = checkChannelsReady({ registry: tight, inUse: [{ channel: 'web-portal', kind: 'webhook' }], mediaProfiles: { 'web-portal': profile } });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({ code: 'MEDIA_PROFILE_EXCEEDS_ADAPTER' });
    expect(problems[0]!.evidence).to.include({ profile: 250, hardLimit: 100, field: 'titleMax' });
    expect(problems[0]!.message).to.match(/250 ký tự.*100 ký tự/);
  });

  it('the shipped limits file is valid and a bad one lists every problem', () => {
    expect(limits.zaloOa.titleMax).to.equal(150);
    expect(() => parseAdapterLimits({ version: 1, ...limits, http: { timeoutMs: -1 }, zaloOa: { ...limits.zaloOa, quietHours: { from: '25:00', to: '06:00', timeZone: 'Asia/Ho_Chi_Minh' } } }))
      .to.throw(DomainError)
      .that.satisfies((e: DomainError) => (e.evidence.issues as string[]).length === 2);
  });
});
