/**
 * When a channel publishes and how early its content must be ready: the defaults the
 * expansion uses for a slot's publish time and production due date. The values are data
 * (config/channels/schedule-defaults.json), their shape is config's
 * (config/channels/channel-schedule.types.ts); the channel ids are the catalogue's
 * (config/channels/channel-ids.ts).
 */
import type { ChannelSchedule, ChannelScheduleDefaults } from '../../../config/channels/channel-schedule.types.js';
import type { PartOfDay } from '../grammar/phrase.types.js';

export type { ChannelSchedule, ChannelScheduleDefaults };

const PART_OF_DAY_DEFAULTS: Record<PartOfDay, string> = {
  morning: '08:00',
  noon: '11:30',
  afternoon: '14:00',
  evening: '19:00',
};

export function scheduleOf(defaults: ChannelScheduleDefaults, channel: string): ChannelSchedule {
  return defaults.channels[channel] ?? defaults.fallback;
}

export function timeForPartOfDay(schedule: ChannelSchedule, part: PartOfDay): string {
  return schedule.partsOfDay?.[part] ?? PART_OF_DAY_DEFAULTS[part];
}
