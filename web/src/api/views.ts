// The shapes the API answers with, from the OpenAPI document generated at build time
// (web/generated/api-types.d.ts, from the DTOs' view classes): a page cannot read a field the
// API does not describe, and unwrap() checks every answer against its route's schema.
import type { components } from '../../generated/api-types';

/** A schema of the OpenAPI document. */
type Schema<N extends keyof components['schemas']> = components['schemas'][N];

export type Role = Schema<'GrantView'>['role'];
export type Grant = Schema<'GrantView'>;
export type User = Schema<'UserView'>;
export type LoginAnswer = Schema<'LoginView'>;
export type Unit = Schema<'UnitView'>;
export type PlanSummary = Schema<'PlanSummaryView'>;
export type Plan = Omit<Schema<'PlanView'>, 'document'> & { document: PlanDocument };
export type PlanVersion = Omit<Schema<'PlanVersionView'>, 'document'> & { document: PlanDocument };
export type Slot = Schema<'SlotView'>;
export type CalendarAnswer = Schema<'CalendarView'>;
export type Item = Schema<'ItemView'>;
export type ItemStatus = Item['status'];
export type Attachment = Item['attachments'][number];
export type Transition = Schema<'TransitionView'>;
export type Problem = Schema<'ItemProblemView'>;
export type FulfilmentRow = Schema<'FulfilmentRowView'>;
export type Fulfilment = Schema<'FulfilmentView'>;
export type Report = Omit<Schema<'ReportView'>, 'period' | 'score' | 'rollup' | 'proofs'> & {
  period: { label: string; title: string; from: string; to: string; dueOn: string };
  score: ScoreProjection;
  rollup: { units: RollupEntry[]; behind: string[] } | null;
  proofs: { taskId: string | null; title: string; channel: string; channelName: string; itemId: string; publishedOn: string; url: string | null }[];
};
export type Proof = Schema<'ProofView'>;
export type Notification = Schema<'NotificationView'>;
export type AuditEntry = Schema<'AuditEntryView'>;
export type ApiKey = Schema<'ApiKeyView'>;
export type CreatedUser = Schema<'CreatedUserView'>;

export type Publication = Schema<'PublicationView'>;
export type PublicationLog = Schema<'PublicationLogView'>;
export type PublicationDetail = Schema<'PublicationDetailView'>;
export type ChannelAccount = Schema<'ChannelAccountView'>;
export type AccountKind = Schema<'ChannelAccountKindView'>;
export type ConnectionTest = Schema<'ConnectionTestView'>;

// Left to type by hand: the parts the document describes only as "an object" (the plan's
// document, the report's period, score, roll-up and proofs). Answers that carry them are read
// with unwrapAs() (api/client.ts), so each such place is named; a schema on the API side for
// each part would let these go.
export interface EvidenceLine {
  line: number;
  text: string;
}

export interface PlanTask {
  id: string;
  title: string;
  channels: string[];
  products: string[];
  quota: Record<string, unknown> | null;
  timeframe: Record<string, unknown> | null;
  deadline: Record<string, unknown> | null;
  leads: string[];
  cooperators: string[];
  optional: boolean;
  evidence: Partial<Record<string, EvidenceLine>>;
  source: string;
}

export interface NeedsReview {
  taskId?: string;
  field: string;
  reason: string;
  evidence?: EvidenceLine;
}

export interface PlanDocument {
  issuer: string | null;
  number: string | null;
  issuedOn: string | null;
  title: string | null;
  year: number | null;
  place: string | null;
  channels: string[];
  tasks: PlanTask[];
  needsReview: NeedsReview[];
  text?: string;
  lines?: string[];
  evidence: Partial<Record<string, EvidenceLine>>;
}

export interface ScoreProjection {
  criterion: { id: string; name: string; maxPoints: number; source: string };
  completion: number | null;
  points: number;
  projected: { completion: number | null; points: number };
  needs: { message: string }[];
}

export interface RollupEntry {
  unitId: string;
  name: string;
  level: string;
  depth: number;
  planned: number;
  published: number;
  dueSoFar: number;
  completion: number | null;
  behind: boolean;
  points: number | null;
  projectedPoints: number | null;
}
