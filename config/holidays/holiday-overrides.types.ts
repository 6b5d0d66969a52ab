/** One year's official holiday decisions: the shape of config/holidays/<year>.json. */
export interface HolidayOverrides {
  year: number;
  /** Where the decisions come from, and what is unverified. */
  source: string;
  /** Official periods off that replace the default days (and compensatory days) of a holiday. */
  periods?: Array<{ holiday: string; from: string; to: string; name?: string; source?: string }>;
  /** Extra days off (a new holiday, a one-off decision). */
  daysOff?: Array<{ date: string; key?: string; name: string; source?: string }>;
  /** Days worked although they would be off: make-up Saturdays (làm bù). */
  workingDays?: Array<{ date: string; name: string; source?: string }>;
}
