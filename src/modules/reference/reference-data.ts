import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import type { ChannelScheduleDefaults } from '../../../config/channels/channel-schedule.types.js';
import type { ChannelVocabulary } from '../../../config/channels/channel-vocabulary.types.js';
import type { AppConfig } from '../../../config/env.schema.js';
import { loadHolidayOverrides } from '../../../config/holidays/holiday-overrides.loader.js';
import { WorkingDayCalendar } from '../../domain/calendar/working-days.js';

/**
 * Configuration that is data: the channel catalogue (names, vocabulary, media profiles,
 * schedules) and each year's holiday decisions. Loaded and validated once at start; a bad
 * file stops the start.
 */
export class ReferenceData {
  constructor(
    readonly channels: ChannelCatalogue,
    readonly workingDays: WorkingDayCalendar,
  ) {}

  get vocabulary(): ChannelVocabulary {
    return this.channels.vocabulary;
  }

  get schedules(): ChannelScheduleDefaults {
    return this.channels.schedules;
  }

  static load(config: Pick<AppConfig, 'holidaysDir'>): ReferenceData {
    return new ReferenceData(
      ChannelCatalogue.load(),
      new WorkingDayCalendar(config.holidaysDir ? loadHolidayOverrides(config.holidaysDir) : loadHolidayOverrides()),
    );
  }
}
