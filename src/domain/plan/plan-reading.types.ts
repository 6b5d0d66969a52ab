/**
 * What `readPlan` returns: the contract of `loa plan import --json` (issue 5). Keep it
 * stable; fields may be added, never renamed.
 */
import type { Deadline, Quota, Reporting, ReportingPeriod, Timeframe } from '../grammar/phrase.types.js';

/** Where a value came from: the 1-based line of the document and the text it was read from. */
export interface EvidenceLine {
  line: number;
  text: string;
}

/** province (tỉnh, thành phố trực thuộc TW), district (huyện, quận, thị xã, thành phố), commune (xã, phường, thị trấn, đặc khu). */
export type AdministrativeLevel = 'province' | 'district' | 'commune';

export interface ParentPlanReference {
  number: string;
  issuedOn: string | null;
  issuer: string | null;
  evidence: EvidenceLine;
}

/** Where a task was found: a numbered form, a row of a table, a sentence of prose. */
export type TaskSource = 'form' | 'table' | 'prose';

export interface PlanTask {
  id: string;
  title: string;
  channels: string[];
  products: string[];
  quota: Quota | null;
  timeframe: Timeframe | null;
  deadline: Deadline | null;
  leads: string[];
  cooperators: string[];
  optional: boolean;
  /** For each field read, the line and text it came from. */
  evidence: Partial<Record<TaskField, EvidenceLine>>;
  source: TaskSource;
}

export type TaskField =
  | 'title'
  | 'channels'
  | 'products'
  | 'quota'
  | 'timeframe'
  | 'deadline'
  | 'leads'
  | 'cooperators'
  | 'optional';

export interface NeedsReview {
  taskId?: string;
  field: string;
  reason: string;
  evidence?: EvidenceLine;
}

export interface PlanReporting {
  periods: ReportingPeriod[];
  deadline: Deadline | null;
  evidence: EvidenceLine[];
}

export interface PlanReading {
  issuer: string | null;
  level: AdministrativeLevel | null;
  number: string | null;
  issuedOn: string | null;
  place: string | null;
  title: string | null;
  year: number | null;
  implements: ParentPlanReference[];
  /** Every channel or activity the plan names anywhere, in the vocabulary's order. */
  channels: string[];
  /** Channels named only with "nếu có" (if available). */
  optionalChannels: string[];
  tasks: PlanTask[];
  reporting: PlanReporting;
  needsReview: NeedsReview[];
  evidence: Partial<Record<'issuer' | 'level' | 'number' | 'issuedOn' | 'place' | 'title' | 'year', EvidenceLine>>;
}

export type { Deadline, Quota, Reporting, Timeframe };
