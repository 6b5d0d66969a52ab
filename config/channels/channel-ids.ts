/**
 * The channel ids Loa knows, in one list: the channels that publish something (each has a
 * media profile) and the activities a plan schedules. The channel catalogue
 * (channel-catalogue.ts) gives each its Vietnamese name, media profile and schedule.
 */

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
export const ACTIVITY_IDS = ['meeting', 'training', 'contest', 'performance'] as const;

export const CHANNEL_IDS = [...PUBLICATION_CHANNEL_IDS, ...ACTIVITY_IDS] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];
