/**
 * The channel catalogue: every channel Loa knows, in one place, loaded and checked once at
 * start. Each channel has its id, kind (publication or activity), Vietnamese name, media
 * profile (publication channels), schedule defaults and, once an adapter registers for it,
 * the adapter's descriptor (mode, credential fields, hard limits). Every module asks this
 * catalogue: plans and content for the unknown-channel check, media and approval for the
 * profiles, the calendar for the schedules, secrets for credential names, `GET /api/channels`
 * for the list.
 *
 * The data stay in their files (vocabulary.json, media-profiles.json, schedule-defaults.json),
 * each validated by its own loader; this file joins them and checks they agree.
 */
import type { ChannelDescriptor, CredentialField } from '../../channels/channel-adapter.js';
import { DomainError } from '../../errors/domain-error.js';
import { CHANNEL_IDS, PUBLICATION_CHANNEL_IDS } from './channel-ids.js';
import type { ChannelScheduleDefaults, ChannelSchedule } from './channel-schedule.types.js';
import type { ChannelKind, ChannelVocabulary } from './channel-vocabulary.types.js';
import { loadMediaProfiles } from './media-profiles.loader.js';
import type { ChannelMediaProfile, MediaProfiles } from './media-profile.types.js';
import { loadScheduleDefaults } from './schedule-defaults.loader.js';
import { loadChannelVocabulary } from './vocabulary.loader.js';

export interface CatalogueChannel {
  id: string;
  kind: ChannelKind;
  /** How a person calls it, in Vietnamese. */
  name: string;
  /** Limits of what it publishes (text lengths, pictures, audio); null for activities. */
  media: ChannelMediaProfile | null;
  /** Publish time and production lead time. */
  schedule: ChannelSchedule;
  /** The adapter that publishes on it, once one is registered (dispatch). */
  adapter: ChannelDescriptor | null;
}

export interface ChannelCatalogueSources {
  vocabulary: ChannelVocabulary;
  mediaProfiles: MediaProfiles;
  schedules: ChannelScheduleDefaults;
}

export class ChannelCatalogue {
  private readonly byId: ReadonlyMap<string, CatalogueChannel>;

  private constructor(
    readonly sources: ChannelCatalogueSources,
    channels: CatalogueChannel[],
  ) {
    this.byId = new Map(channels.map((c) => [c.id, c]));
  }

  /** Reads the three files (default paths) and joins them. */
  static load(): ChannelCatalogue {
    return ChannelCatalogue.from({
      vocabulary: loadChannelVocabulary(),
      mediaProfiles: loadMediaProfiles(),
      schedules: loadScheduleDefaults(),
    });
  }

  /**
   * Joins validated sources, refusing any disagreement in one error: a channel of the
   * vocabulary that is not in the id list or has the other kind, a publication channel with no
   * media profile.
   */
  static from(sources: ChannelCatalogueSources): ChannelCatalogue {
    const { vocabulary, mediaProfiles, schedules } = sources;
    const issues: string[] = [];
    const known = new Set<string>(CHANNEL_IDS);
    const publication = new Set<string>(PUBLICATION_CHANNEL_IDS);
    const channels: CatalogueChannel[] = [];
    const ids = [...new Set([...CHANNEL_IDS, ...vocabulary.channels.map((c) => c.id)])];
    for (const id of ids) {
      const words = vocabulary.channels.find((c) => c.id === id);
      const kind: ChannelKind = words?.kind ?? (publication.has(id) ? 'publication' : 'activity');
      const media = mediaProfiles.channels[id] ?? null;
      if (!known.has(id)) issues.push(`${id}: kênh của từ vựng không có trong danh sách mã kênh (config/channels/channel-ids.ts)`);
      else if (publication.has(id) !== (kind === 'publication'))
        issues.push(`${id}: từ vựng ghi loại "${kind}", danh sách mã kênh ghi loại khác`);
      if (kind === 'publication' && !media) issues.push(`${id}: kênh đăng phát nhưng thiếu hồ sơ đa phương tiện (media-profiles.json)`);
      channels.push({
        id,
        kind,
        name: words?.label ?? media?.label ?? id,
        media,
        schedule: schedules.channels[id] ?? schedules.fallback,
        adapter: null,
      });
    }
    if (issues.length > 0) {
      throw new DomainError('CONFIG_CHANNELS_INVALID', `Danh mục kênh không nhất quán:\n${issues.join('\n')}`, { issues });
    }
    return new ChannelCatalogue(sources, channels);
  }

  /** Every channel, publication channels first, in the catalogue's order. */
  list(): CatalogueChannel[] {
    return [...this.byId.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'publication' ? -1 : 1));
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): CatalogueChannel | undefined {
    return this.byId.get(id);
  }

  /** The one unknown-channel check: refuses the ids the catalogue does not hold, naming those it does. */
  assertKnown(ids: readonly string[]): void {
    const unknown = ids.filter((c) => !this.byId.has(c));
    if (unknown.length > 0) {
      throw new DomainError('CHANNEL_UNKNOWN', `Kênh không có trong danh mục: ${unknown.join(', ')}.`, {
        unknown,
        expected: this.ids().join(', '),
      });
    }
  }

  get vocabulary(): ChannelVocabulary {
    return this.sources.vocabulary;
  }

  get mediaProfiles(): MediaProfiles {
    return this.sources.mediaProfiles;
  }

  get schedules(): ChannelScheduleDefaults {
    return this.sources.schedules;
  }

  /**
   * An adapter declares itself for a channel of the catalogue (dispatch does this at start).
   * A channel the catalogue does not hold, or a second adapter for one channel, is refused.
   */
  register(descriptor: ChannelDescriptor): void {
    const channel = this.byId.get(descriptor.channel);
    if (!channel) this.assertKnown([descriptor.channel]);
    else if (channel.adapter) {
      throw new DomainError('CONFIG_CHANNELS_INVALID', `Kênh ${channel.id} đã có bộ kết nối ${channel.adapter.kind}.`, {
        channel: channel.id,
        adapters: [channel.adapter.kind, descriptor.kind],
      });
    } else channel.adapter = descriptor;
  }

  /** The credential fields an account of the channel needs (empty until an adapter registers). */
  credentials(id: string): readonly CredentialField[] {
    return this.byId.get(id)?.adapter?.credentials ?? [];
  }

  /**
   * The name a channel credential is sealed under in the secrets store: `<channel>.<key>`,
   * e.g. `zalo-oa.accessToken`. The channel must be in the catalogue, and once its adapter has
   * registered, the key must be one of the adapter's credential fields.
   */
  secretName(id: string, key: string): string {
    this.assertKnown([id]);
    const fields = this.credentials(id);
    if (fields.length > 0 && !fields.some((f) => f.key === key)) {
      throw new DomainError(
        'SECRET_NAME_INVALID',
        `Kênh ${id} không có trường thông tin đăng nhập "${key}"; các trường: ${fields.map((f) => f.key).join(', ')}.`,
        {
          channel: id,
          key,
          expected: fields.map((f) => f.key).join(', '),
        },
      );
    }
    return `${id}.${key}`;
  }
}
