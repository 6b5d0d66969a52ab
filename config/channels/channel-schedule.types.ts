/**
 * When a channel publishes and how early its content must be ready: the shape of
 * config/channels/schedule-defaults.json. The calendar expansion (src/domain/calendar)
 * receives it parsed.
 */

/** A part of the day a plan may name ("sáng", "trưa", "chiều", "tối"); the grammar's PartOfDay. */
export type SchedulePartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening';

export interface ChannelSchedule {
  /** Default publish time, 'HH:MM' local. */
  time: string;
  /** Broadcast sessions ('HH:MM'), e.g. the loudspeaker radio's morning and afternoon sessions. */
  sessions?: string[];
  /** Publish time for a part of day named by the plan ("sáng", "chiều"…). */
  partsOfDay?: Partial<Record<SchedulePartOfDay, string>>;
  /** Content must be ready this many working days before publication. */
  leadWorkingDays: number;
}

export interface ChannelScheduleDefaults {
  /** For channels with no entry. */
  fallback: ChannelSchedule;
  channels: Record<string, ChannelSchedule>;
}
