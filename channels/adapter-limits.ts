/**
 * Each adapter's limits and timings, as data (config/channels/adapter-limits.json, parsed by
 * config/channels/adapter-limits.loader.ts). A change at a channel is one edit there.
 */
export interface QuietHours {
  /** Local time "HH:mm" in `timeZone` when sending stops. */
  from: string;
  /** Local time "HH:mm" when sending may start again. */
  to: string;
  timeZone: string;
}

export interface AdapterLimits {
  http: { timeoutMs: number };
  webhook: { titleMax: number; bodyMaxBytes: number; signatureToleranceSec: number };
  wordpress: { titleMax: number; bodyMax: number; imageMaxBytes: number; slugMax: number };
  zaloOa: {
    titleMax: number;
    authorMax: number;
    summaryMax: number;
    imageMaxBytes: number;
    imageMimes: string[];
    quietHours: QuietHours;
    /** Wait before asking article/verify again, by attempt (the last repeats). */
    processingRetryMs: number[];
    rateLimitRetryMs: number;
    /** Refresh the access token this long before it expires. */
    refreshMarginSec: number;
    broadcastMaxArticles: number;
    lookupPageSize: number;
    /** How long the signed link Zalo fetches the cover from stays valid (it may fetch while the article is still processing). */
    coverLinkTtlHours: number;
  };
  facebook: {
    graphVersion: string;
    bodyMax: number;
    imageMaxBytes: number;
    scheduleMinSec: number;
    scheduleMaxSec: number;
    rateLimitRetryMs: number;
    lookupPageSize: number;
  };
  radio: { titleMax: number; audioMaxBytes: number; audioMaxSec: number; playWindowHours: number };
  print: { attachMaxBytes: number; bleedMm: number; linkTtlHours: number; minDpi: number };
  email: { subjectMax: number; bodyMax: number; attachMaxBytes: number; recipientsMax: number; throttleRetryMs: number };
}
