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
export type Plan = Schema<'PlanView'>;
export type PlanVersion = Schema<'PlanVersionView'>;
/** A plan as read (`loa plan import --json`): src/modules/plans/plan-document.view.ts describes it. */
export type PlanDocument = Schema<'PlanDocumentView'>;
export type PlanTask = Schema<'PlanTaskView'>;
export type NeedsReview = Schema<'NeedsReviewView'>;
export type EvidenceLine = Schema<'EvidenceLineView'>;
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
