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

/**
 * Where a task was found (the layout that read it): a row of an appendix table, a numbered
 * form with field lines, a sentence of prose under "Hình thức", a quota inside an ordinary
 * sentence that names its channel.
 */
export type TaskSource = 'form' | 'table' | 'prose' | 'sentence' | 'mention';

/** What one layout reader found in the document, and whether its tasks were used. */
export interface LayoutReport {
  layout: TaskSource;
  tasks: number;
  confidence: number;
  used: boolean;
}

/** How the document wraps the plan: a plan itself, a decision issuing it, a news item reposting it. */
export type DocumentWrapper = 'plan' | 'decision' | 'news';

/** Which layouts the reader used: the `source` of the draft. */
export interface PlanSource {
  /** The layout the tasks came from, or null when none found any. */
  layout: TaskSource | null;
  wrapper: DocumentWrapper;
  layouts: LayoutReport[];
}

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

export type TaskField = 'title' | 'channels' | 'products' | 'quota' | 'timeframe' | 'deadline' | 'leads' | 'cooperators' | 'optional';

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
  /** Which layout the tasks were read in and how the document wraps the plan (absent in plans read before round 9). */
  source?: PlanSource;
  evidence: Partial<Record<'issuer' | 'level' | 'number' | 'issuedOn' | 'place' | 'title' | 'year', EvidenceLine>>;
}

export type { Deadline, Quota, Reporting, Timeframe };
