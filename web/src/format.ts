import vocabulary from '../../config/channels/vocabulary.json';
import type { ItemStatus, Role } from './api/views';

/** Channel names in Vietnamese, from the same vocabulary the plan reader uses (config/channels). */
const channelLabels = new Map<string, string>(vocabulary.channels.map((c: { id: string; label: string }) => [c.id, c.label]));
channelLabels.set('email', 'Thư điện tử');
export const channelName = (id: string): string => channelLabels.get(id) ?? id;
export const publicationChannels = vocabulary.channels.filter((c: { kind: string }) => c.kind === 'publication').map((c: { id: string }) => c.id);

/** A calendar day YYYY-MM-DD as dd/mm/yyyy. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const vnTime = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
/** An instant (UTC) as dd/mm/yyyy HH:mm in Vietnam's time. */
export function instant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parts = Object.fromEntries(vnTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Today in Asia/Ho_Chi_Minh as YYYY-MM-DD. */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export const statusName: Record<ItemStatus, string> = {
  draft: 'Bản nháp',
  in_review: 'Chờ duyệt',
  rejected: 'Bị trả lại',
  approved: 'Đã duyệt',
  scheduled: 'Đã lên lịch',
  published: 'Đã đăng',
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

export const fieldName: Record<string, string> = {
  title: 'Tên nhiệm vụ',
  channels: 'Kênh',
  products: 'Sản phẩm',
  quota: 'Tần suất',
  timeframe: 'Thời gian',
  deadline: 'Thời hạn',
  leads: 'Chủ trì',
  cooperators: 'Phối hợp',
  optional: 'Không bắt buộc',
  number: 'Số hiệu',
  issuer: 'Cơ quan ban hành',
  issuedOn: 'Ngày ban hành',
  year: 'Năm',
  place: 'Địa danh',
  level: 'Cấp',
  reporting: 'Báo cáo',
  'reporting.periods': 'Kỳ báo cáo',
  'reporting.deadline': 'Hạn báo cáo',
  'reporting.evidence': 'Báo cáo',
};

export const actionName: Record<string, string> = {
  submit: 'Gửi duyệt',
  approve: 'Duyệt',
  reject: 'Trả lại',
  reopen: 'Mở lại',
  publish: 'Đánh dấu đã đăng',
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
