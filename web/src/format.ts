import vocabulary from '../../config/channels/vocabulary.json';
import {
  cancellableStates as domainCancellable,
  outcomeLabels,
  retryableStates as domainRetryable,
  stateLabels,
} from '../../src/domain/dispatch/publication-state';
import type { ItemStatus, Role } from './api/views';

/** Channel names in Vietnamese, from the same vocabulary the plan reader uses (config/channels). */
const channelLabels = new Map<string, string>(vocabulary.channels.map((c: { id: string; label: string }) => [c.id, c.label]));
channelLabels.set('email', 'Thư điện tử');
export const channelName = (id: string): string => channelLabels.get(id) ?? id;
export const publicationChannels = vocabulary.channels
  .filter((c: { kind: string }) => c.kind === 'publication')
  .map((c: { id: string }) => c.id);

/** A label that starts a line or a caption: its first letter in capitals (Vietnamese rules). */
export function capitalised(label: string): string {
  return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
}

/** A calendar day YYYY-MM-DD as dd/mm/yyyy. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An instant (UTC) as dd/mm/yyyy HH:mm in Vietnam's time. */
export function instant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const v = inVietnam(at).toISOString();
  return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)} ${v.slice(11, 16)}`;
}

import { inVietnam } from './format-date';
export { todayInVietnam } from './format-date';

export const statusName: Record<ItemStatus, string> = {
  draft: 'Bản nháp',
  in_review: 'Chờ duyệt',
  rejected: 'Bị trả lại',
  approved: 'Đã duyệt',
  scheduled: 'Đã lên lịch',
  // Released to dispatch: each channel's own state is on the item's publications (Phát hành).
  published: 'Đã phát hành',
  withdrawn: 'Đã rút',
  failed: 'Đăng lỗi',
  unconfirmed: 'Chưa xác nhận',
};

export const roleName: Record<Role, string> = {
  viewer: 'Xem',
  editor: 'Biên tập',
  approver: 'Lãnh đạo duyệt',
  unit_admin: 'Quản trị đơn vị',
  system_admin: 'Quản trị hệ thống',
};

export const planStatusName: Record<string, string> = { draft: 'Bản nháp', active: 'Đang thực hiện', archived: 'Lưu trữ' };

export const actionName: Record<string, string> = {
  submit: 'Gửi duyệt',
  approve: 'Duyệt',
  reject: 'Trả lại',
  reopen: 'Mở lại',
  publish: 'Đăng ngay',
  withdraw: 'Rút',
  schedule: 'Lên lịch',
  unschedule: 'Bỏ lịch',
  fail: 'Đăng lỗi',
  unconfirm: 'Chưa xác nhận',
};

export const purposeName: Record<string, string> = {
  read: 'Đọc dữ liệu',
  'calendar-feed': 'Lịch iCalendar',
  import: 'Nhập kế hoạch',
  dispatch: 'Phát hành',
};

export const levelName: Record<string, string> = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã', village: 'Thôn' };

/** A publication's state as people read it, and the states a person may send again or cancel: the API's own lists. */
export const publicationStateName: Record<string, string> = Object.fromEntries(
  Object.entries(stateLabels).map(([k, v]) => [k, capitalised(v)]),
);
export const retryableStates: readonly string[] = domainRetryable;
export const cancellableStates: readonly string[] = domainCancellable;

/** Kinds of channel account (an adapter, or an external system that pulls). */
export const accountKindName: Record<string, string> = {
  wordpress: 'WordPress',
  webhook: 'Hệ thống nhận tin qua webhook có ký',
  'zalo-oa': 'Zalo OA',
  facebook: 'Fanpage Facebook',
  radio: 'Đài truyền thanh',
  email: 'Thư điện tử',
  print: 'Bàn giao bản in',
  manual: 'Đăng thủ công',
  pull: 'Hệ thống ngoài nhận việc qua API',
};
export const accountStatusName: Record<string, string> = { active: 'Đang hoạt động', 'needs-reauth': 'Cần kết nối lại' };

/** Events of a publication's log. */
export const publicationEventName: Record<string, string> = {
  send: 'Gửi',
  check: 'Kiểm tra trước khi gửi',
  lookup: 'Tra cứu trên kênh',
  'pull-claim': 'Hệ thống ngoài nhận việc',
  'pull-settle': 'Hệ thống ngoài báo kết quả',
  sweep: 'Quá hạn giữ việc',
  retry: 'Gửi lại (người dùng)',
  cancel: 'Hủy (người dùng)',
};
/** An adapter's outcome kind in a log line. */
export const outcomeName: Record<string, string> = outcomeLabels;
