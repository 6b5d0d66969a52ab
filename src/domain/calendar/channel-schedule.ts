/**
 * When a channel publishes and how early its content must be ready: the defaults the
 * expansion uses for a slot's publish time and production due date. The values are data
 * (config/channels/schedule-defaults.json); this is their shape.
 */
import type { PartOfDay } from '../grammar/phrase.types.js';

export interface ChannelSchedule {
  /** Default publish time, 'HH:MM' local. */
  time: string;
  /** Broadcast sessions ('HH:MM'), e.g. the loudspeaker radio's morning and afternoon sessions. */
  sessions?: string[];
  /** Publish time for a part of day named by the plan ("sáng", "chiều"…). */
  partsOfDay?: Partial<Record<PartOfDay, string>>;
  /** Content must be ready this many working days before publication. */
  leadWorkingDays: number;
}

export interface ChannelScheduleDefaults {
  /** For channels with no entry. */
  fallback: ChannelSchedule;
  channels: Record<string, ChannelSchedule>;
}

/** Channels that publish something (each has a media profile). */
export const PUBLICATION_CHANNEL_IDS = [
  'web-portal',
  'radio',
  'zalo-oa',
  'facebook',
  'youtube',
  'led-screen',
  'pano',
  'banner',
  'leaflet',
  'press',
  'bulletin',
  'posting',
  'email',
] as const;

/** Activities a plan schedules (meetings, training, contests, performances). */
export const ACTIVITY_IDS = [
  'meeting',
  'training',
  'contest',
  'performance',
] as const;

export const CHANNEL_IDS = [...PUBLICATION_CHANNEL_IDS, ...ACTIVITY_IDS] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

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
