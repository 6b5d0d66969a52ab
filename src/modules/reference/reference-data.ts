import type { AppConfig } from '../../../config/env.schema.js';
import { loadScheduleDefaults } from '../../../config/channels/schedule-defaults.loader.js';
import { loadChannelVocabulary } from '../../../config/channels/vocabulary.loader.js';
import { loadHolidayOverrides } from '../../../config/holidays/holiday-overrides.loader.js';
import type { ChannelScheduleDefaults } from '../../domain/calendar/channel-schedule.js';
import { WorkingDayCalendar } from '../../domain/calendar/working-days.js';
import type { ChannelVocabulary } from '../../domain/plan/channel-vocabulary.types.js';

/**
 * Configuration that is data: the channel vocabulary, channel schedules, and each year's
 * holiday decisions. Loaded and validated once at start; a bad file stops the start.
 */
export class ReferenceData {
  constructor(
    readonly vocabulary: ChannelVocabulary,
    readonly schedules: ChannelScheduleDefaults,
    readonly workingDays: WorkingDayCalendar,
  ) {}

  static load(config: Pick<AppConfig, 'holidaysDir'>): ReferenceData {
    return new ReferenceData(
      loadChannelVocabulary(),
      loadScheduleDefaults(),
      new WorkingDayCalendar(config.holidaysDir ? loadHolidayOverrides(config.holidaysDir) : loadHolidayOverrides()),
    );
  }
}
