// The shapes the API answers with (src/modules/*/…dto.ts views). The OpenAPI document does not
// describe response bodies yet, so these mirror the view classes; request bodies and parameters
// are typed from the generated document (api-types.d.ts).

export type Role = 'viewer' | 'editor' | 'approver' | 'unit_admin' | 'system_admin';
export interface Grant {
  id: string;
  unitId: string | null;
  role: Role;
}
export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  unitId: string;
  active: boolean;
  grants?: Grant[];
}
export interface LoginAnswer {
  csrfToken: string;
  expiresAt: string;
  user: User;
}
export interface Unit {
  id: string;
  parentId: string | null;
  code: string | null;
  name: string;
  level: string;
  depth: number;
  settings: { requiresApproval?: boolean };
}
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
export interface PlanSummary {
  id: string;
  unitId: string;
  status: 'draft' | 'active' | 'archived';
  version: number;
  rowVersion: number;
  number: string | null;
  issuedOn: string | null;
  year: number | null;
  sourceName: string | null;
  createdAt: string;
  updatedAt: string;
  activatedAt: string | null;
}
export interface Plan extends PlanSummary {
  document: PlanDocument;
}
export interface PlanVersion {
  version: number;
  note: string;
  changedBy: string | null;
  changedAt: string;
  document: PlanDocument;
}
export interface Slot {
  id: string;
  planId: string;
  taskId: string;
  channel: string;
  period: string;
  date: string;
  time: string;
  due: string;
  durationMin: number | null;
  durationMax: number | null;
  movedFrom: string | null;
  itemId: string | null;
  state: 'open' | 'filled';
}
export interface CalendarAnswer {
  unitId: string;
  from: string;
  to: string;
  channels: { channel: string; slots: Slot[] }[];
}
export type ItemStatus = 'draft' | 'in_review' | 'approved' | 'scheduled' | 'published' | 'rejected' | 'withdrawn' | 'failed' | 'unconfirmed';
export interface Attachment {
  sha256: string;
  kind: 'image' | 'audio' | 'video' | 'pdf';
  format: string;
  bytes: number;
  name: string | null;
  width?: number;
  height?: number;
  durationSec?: number;
}
export interface Item {
  id: string;
  unitId: string;
  planId: string | null;
  taskId: string | null;
  channels: string[];
  title: string;
  summary: string;
  body: string;
  topic: string | null;
  tags: string[];
  status: ItemStatus;
  attachments: Attachment[];
  version: number;
  createdAt: string;
  updatedAt: string;
}
export interface Transition {
  action: string;
  fromStatus: string;
  toStatus: string;
  actorUserId: string | null;
  comment: string | null;
  at: string;
}
export interface Problem {
  code: string;
  message: string;
  channel: string;
}
export interface FulfilmentRow {
  planId: string | null;
  planNumber: string | null;
  taskId: string | null;
  title: string;
  channel: string;
  channelName: string;
  /** null: a standing task with no number. */
  planned: number | null;
  filled: number;
  approved: number;
  /** Published with a proof. */
  published: number;
  late: number;
  missed: number;
  gap: number;
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
export interface Report {
  period: { label: string; title: string; from: string; to: string; dueOn: string };
  rows: FulfilmentRow[];
  score: ScoreProjection;
  rollup: { units: RollupEntry[]; behind: string[] } | null;
  proofs: { taskId: string | null; title: string; channel: string; channelName: string; itemId: string; publishedOn: string; url: string | null }[];
}
export interface Proof {
  id: string;
  itemId: string;
  channel: string;
  source: 'dispatch' | 'manual' | 'as-run';
  publishedAt: string;
  publishedOn: string;
  url: string | null;
}
export interface Fulfilment {
  period: { label: string; from: string; to: string };
  rows: FulfilmentRow[];
}
export interface Notification {
  id: string;
  kind: string;
  message: string;
  createdAt: string;
  read: boolean;
}
export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  unitId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  requestId: string | null;
}
export interface ApiKey {
  id: string;
  name: string;
  unitId: string;
  purpose: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}
