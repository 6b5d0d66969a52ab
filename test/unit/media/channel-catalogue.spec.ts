import { expect } from 'chai';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { CHANNEL_IDS, PUBLICATION_CHANNEL_IDS } from '../../../config/channels/channel-ids.js';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import { loadScheduleDefaults } from '../../../config/channels/schedule-defaults.loader.js';
import { loadChannelVocabulary } from '../../../config/channels/vocabulary.loader.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';

const sources = () => ({ vocabulary: loadChannelVocabulary(), mediaProfiles: loadMediaProfiles(), schedules: loadScheduleDefaults() });

describe('channel catalogue', () => {
  it('holds every channel id, each with its Vietnamese name, profile and schedule', () => {
    const catalogue = ChannelCatalogue.load();
    expect(catalogue.ids()).to.have.members([...CHANNEL_IDS]);
    expect(catalogue.get('zalo-oa')!.name).to.equal('Zalo OA');
    expect(catalogue.get('radio')!.name).to.equal('Đài truyền thanh, hệ thống truyền thanh cơ sở, loa');
    expect(catalogue.get('radio')!.schedule.sessions).to.deep.equal(['06:00', '17:00']);
    for (const id of PUBLICATION_CHANNEL_IDS) expect(catalogue.get(id)!.media, id).to.not.equal(null);
    expect(catalogue.get('meeting')).to.include({ kind: 'activity', media: null });
    expect(catalogue.list()[0]!.kind).to.equal('publication');
  });

  it('refuses unknown channels in one check, naming the known ones', () => {
    const catalogue = ChannelCatalogue.load();
    expect(() => catalogue.assertKnown(['radio', 'tiktok', 'fax']))
      .to.throw(DomainError)
      .with.property('code', 'CHANNEL_UNKNOWN');
    try {
      catalogue.assertKnown(['tiktok']);
    } catch (e) {
      expect((e as DomainError).evidence).to.include({ expected: catalogue.ids().join(', ') });
      expect((e as DomainError).evidence.unknown).to.deep.equal(['tiktok']);
    }
    expect(() => catalogue.assertKnown(['radio', 'web-portal'])).not.to.throw();
  });

  it('refuses at load a publication channel without a media profile', () => {
    const s = sources();
    const { radio: _radio, ...rest } = s.mediaProfiles.channels;
    expect(() => ChannelCatalogue.from({ ...s, mediaProfiles: { ...s.mediaProfiles, channels: rest } }))
      .to.throw(DomainError)
      .with.property('code', 'CONFIG_CHANNELS_INVALID');
  });

  it('refuses at load a vocabulary channel that is not in the id list', () => {
    const s = sources();
    const vocabulary = {
      ...s.vocabulary,
      channels: [...s.vocabulary.channels, { id: 'tiktok', kind: 'publication' as const, label: 'TikTok', terms: ['tiktok'] }],
    };
    expect(() => ChannelCatalogue.from({ ...s, vocabulary })).to.throw(/tiktok/);
  });

  it('names channel credentials from the catalogue and the adapter that registered', () => {
    const catalogue = ChannelCatalogue.from(sources());
    expect(catalogue.secretName('zalo-oa', 'accessToken')).to.equal('zalo-oa.accessToken');
    expect(() => catalogue.secretName('tiktok', 'token'))
      .to.throw(DomainError)
      .with.property('code', 'CHANNEL_UNKNOWN');
    catalogue.register({
      channel: 'zalo-oa',
      kind: 'zalo-oa',
      mode: 'api',
      credentials: [{ key: 'accessToken', label: 'Mã truy cập', kind: 'secret', required: true }],
      hardLimits: { titleMax: 150 },
    });
    expect(catalogue.credentials('zalo-oa').map((f) => f.key)).to.deep.equal(['accessToken']);
    expect(catalogue.secretName('zalo-oa', 'accessToken')).to.equal('zalo-oa.accessToken');
    expect(() => catalogue.secretName('zalo-oa', 'password'))
      .to.throw(DomainError)
      .with.property('code', 'SECRET_NAME_INVALID');
    expect(() => catalogue.register({ channel: 'zalo-oa', kind: 'other', mode: 'manual', credentials: [], hardLimits: {} })).to.throw(
      DomainError,
    );
    expect(() => catalogue.register({ channel: 'tiktok', kind: 'x', mode: 'api', credentials: [], hardLimits: {} })).to.throw(DomainError);
  });
});
