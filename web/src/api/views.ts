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
export type Report = Schema<'ReportView'>;
export type ScoreProjection = Schema<'ScoreProjectionView'>;
export type RollupEntry = Schema<'RollupEntryView'>;
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

// Left to type by hand: a plan's document, which the document describes only as "an object".
// Answers read with unwrapAs() (api/client.ts) name each such place: the plan routes, an
// activation's calendar counts, a phrase's reading, and the report route (whose schema is
// complete, but which also answers XLSX and DOCX files, so its answer type is a union).
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


