/**
 * The editorial workflow of a content item (Edit Flow / PublishPress is the model):
 * draft → in review → approved → scheduled → published, with rejected (back to the author
 * with a comment), withdrawn, and failed / unconfirmed for dispatch. Pure: which move is
 * allowed from which state, and the least role it takes.
 */
import { DomainError } from '../errors/domain-error.js';

export const itemStatuses = [
  'draft',
  'in_review',
  'rejected',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
  'failed',
  'unconfirmed',
] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const itemActions = [
  'submit',
  'approve',
  'reject',
  'reopen',
  'schedule',
  'unschedule',
  'publish',
  'withdraw',
  'fail',
  'unconfirm',
] as const;
export type ItemAction = (typeof itemActions)[number];

export type WorkflowRole = 'editor' | 'approver';

interface Move {
  from: readonly ItemStatus[];
  to: ItemStatus;
  role: WorkflowRole;
  /** Only the system (queue, dispatch) takes this move, never a person directly. */
  system?: boolean;
  commentRequired?: boolean;
}

const moves: Record<ItemAction, Move> = {
  submit: { from: ['draft', 'rejected'], to: 'in_review', role: 'editor' },
  approve: { from: ['in_review'], to: 'approved', role: 'approver' },
  reject: { from: ['in_review', 'approved'], to: 'rejected', role: 'approver', commentRequired: true },
  reopen: { from: ['rejected', 'withdrawn', 'in_review', 'failed'], to: 'draft', role: 'editor' },
  schedule: { from: ['approved'], to: 'scheduled', role: 'editor', system: true },
  unschedule: { from: ['scheduled'], to: 'approved', role: 'editor', system: true },
  publish: { from: ['scheduled', 'unconfirmed'], to: 'published', role: 'approver' },
  withdraw: { from: ['in_review', 'approved', 'scheduled', 'published', 'unconfirmed', 'failed'], to: 'withdrawn', role: 'approver' },
  fail: { from: ['scheduled', 'unconfirmed'], to: 'failed', role: 'editor', system: true },
  unconfirm: { from: ['scheduled'], to: 'unconfirmed', role: 'editor', system: true },
};

const statusLabels: Record<ItemStatus, string> = {
  draft: 'bản nháp',
  in_review: 'chờ duyệt',
  rejected: 'bị trả lại',
  approved: 'đã duyệt',
  scheduled: 'đã xếp lịch',
  published: 'đã đăng',
  withdrawn: 'đã rút',
  failed: 'phát hành lỗi',
  unconfirmed: 'chưa xác nhận',
};

export const statusLabel = (s: ItemStatus): string => statusLabels[s];

const actionLabels: Record<ItemAction, string> = {
  submit: 'gửi duyệt',
  approve: 'duyệt',
  reject: 'trả lại',
  reopen: 'mở lại',
  schedule: 'xếp lịch',
  unschedule: 'gỡ lịch',
  publish: 'đăng',
  withdraw: 'rút',
  fail: 'ghi nhận phát hành lỗi',
  unconfirm: 'đánh dấu chưa xác nhận',
};

/** An action as a person reads it in a message ("publish" is "đăng"). */
export const actionLabel = (a: ItemAction): string => actionLabels[a];

export interface TransitionRequest {
  action: ItemAction;
  from: ItemStatus;
  comment?: string;
  /** The unit does not require a leader's approval: an editor may approve. */
  approvalOptional: boolean;
  /** The caller's role on the item's unit. */
  role: 'viewer' | WorkflowRole | 'unit_admin' | 'system_admin';
  /** The queue or dispatch, not a person. */
  bySystem?: boolean;
}

const rank = { viewer: 1, editor: 2, approver: 3, unit_admin: 4, system_admin: 5 } as const;

/** The status after the move, or a DomainError saying why not (in Vietnamese, with the states). */
export function transition(req: TransitionRequest): ItemStatus {
  const move = moves[req.action];
  if (!move.from.includes(req.from)) {
    throw new DomainError(
      'TRANSITION_INVALID',
      `Không thể ${actionLabel(req.action)} nội dung đang ở trạng thái ${statusLabel(req.from)}.`,
      {
        action: req.action,
        from: req.from,
        expected: move.from.join(', '),
      },
    );
  }
  if (move.system && !req.bySystem) {
    throw new DomainError(
      'TRANSITION_SYSTEM_ONLY',
      `Thao tác "${actionLabel(req.action)}" do hệ thống thực hiện (xếp lịch, phát hành), không làm trực tiếp được.`,
      { action: req.action },
    );
  }
  const needed: WorkflowRole = req.action === 'approve' && req.approvalOptional ? 'editor' : move.role;
  if (!req.bySystem && rank[req.role] < rank[needed]) {
    throw new DomainError(
      'FORBIDDEN',
      needed === 'approver' ? 'Chỉ lãnh đạo duyệt mới thực hiện được thao tác này.' : 'Bạn không có quyền biên tập nội dung này.',
      {
        action: req.action,
        required: needed,
        held: req.role,
      },
    );
  }
  if (move.commentRequired && !req.comment?.trim()) {
    throw new DomainError('COMMENT_REQUIRED', 'Cần ghi lý do khi trả lại nội dung.', { action: req.action });
  }
  return move.to;
}

/** States in which the text of an item may still be edited; editing returns it to draft. */
export const editableStatuses: readonly ItemStatus[] = ['draft', 'rejected', 'in_review'];
/** States in which an item can be placed in a calendar slot. */
export const placeableStatuses: readonly ItemStatus[] = ['approved', 'scheduled'];
/**
 * States an item goes back to (reopened, rejected, withdrawn): it has no place in the calendar
 * any more, so moving into one of them leaves every slot the item held. Published, failed and
 * unconfirmed items keep theirs (the slot is what they fulfil).
 */
export const slotFreeStatuses: readonly ItemStatus[] = ['draft', 'rejected', 'withdrawn'];
