import type { AuditEntry, Role } from './api/views';
import { roleName } from './format';

/** Every action code the API records in the audit log (src/modules/…: audit.record), as a person reads it. */
export const auditActionName: Record<string, string> = {
  'plan.import': 'Nhập kế hoạch',
  'plan.activate': 'Kích hoạt kế hoạch',
  'plan.update': 'Sửa kế hoạch',
  'item.create': 'Tạo nội dung',
  'item.update': 'Sửa nội dung',
  'item.submit': 'Gửi duyệt nội dung',
  'item.approve': 'Duyệt nội dung',
  'item.reject': 'Trả lại nội dung',
  'item.reopen': 'Mở lại nội dung',
  'item.schedule': 'Lên lịch đăng',
  'item.unschedule': 'Bỏ lịch đăng',
  'item.publish': 'Đăng ngay',
  'item.withdraw': 'Rút nội dung',
  'item.fail': 'Ghi nhận đăng lỗi',
  'item.unconfirm': 'Ghi nhận chưa xác nhận đăng',
  'item.enqueue': 'Đưa vào hàng chờ xếp lịch',
  'item.place': 'Xếp vào ô lịch',
  'item.backfill': 'Xếp đăng bù',
  'item.attach': 'Đính kèm tệp',
  'item.detach': 'Gỡ tệp đính kèm',
  'proof.record': 'Ghi nhận minh chứng',
  'calendar.fill': 'Tự động xếp lịch',
  'calendar.backfill': 'Tự động xếp đăng bù',
  'calendar-feed.create': 'Tạo liên kết lịch iCalendar',
  'atom-feed.create': 'Tạo nguồn tin Atom',
  'publication.confirm': 'Phát hành thành công',
  'publication.fail': 'Phát hành bị lỗi',
  'publication.retry': 'Gửi lại phát hành',
  'publication.cancel': 'Hủy phát hành',
  'channel-account.create': 'Kết nối tài khoản kênh',
  'channel-account.update': 'Sửa tài khoản kênh',
  'channel-account.delete': 'Xóa tài khoản kênh',
  'webhook.create': 'Thêm địa chỉ nhận webhook',
  'webhook.rotate-secret': 'Đổi khóa ký webhook',
  'webhook.delete': 'Xóa địa chỉ nhận webhook',
  'secret.put': 'Lưu thông tin bí mật',
  'unit.create': 'Tạo đơn vị',
  'unit.update': 'Sửa thông tin đơn vị',
  'user.create': 'Tạo người dùng',
  'user.deactivate': 'Khóa tài khoản',
  'user.reactivate': 'Mở khóa tài khoản',
  'grant.add': 'Cấp vai trò',
  'grant.remove': 'Thu hồi vai trò',
  'api-key.create': 'Tạo khóa API',
  'api-key.revoke': 'Thu hồi khóa API',
};

/** What kind of object an entry names. */
export const auditEntityName: Record<string, string> = {
  plan: 'Kế hoạch',
  item: 'Nội dung',
  unit: 'Đơn vị',
  user: 'Người dùng',
  'api-key': 'Khóa API',
  'channel-account': 'Tài khoản kênh',
  publication: 'Phát hành',
  webhook: 'Địa chỉ nhận webhook',
  secret: 'Bí mật',
  'calendar-feed': 'Liên kết lịch',
  'atom-feed': 'Nguồn tin Atom',
};

export const auditAction = (e: Pick<AuditEntry, 'action' | 'changes'>): string => {
  const label = auditActionName[e.action] ?? 'Thao tác khác';
  const role = e.changes?.role as Role | undefined;
  return (e.action === 'grant.add' || e.action === 'grant.remove' || e.action === 'user.create') && role && roleName[role]
    ? `${label}: ${roleName[role]}`
    : label;
};

/** The object as a person reads it: its kind and its name (title, unit name…) when it has one. */
export const auditObject = (e: Pick<AuditEntry, 'entity' | 'entityName' | 'changes'>): string => {
  const kind = auditEntityName[e.entity] ?? 'Đối tượng';
  const url = typeof e.changes?.url === 'string' ? e.changes.url : null;
  const name = e.entityName ?? url;
  return name ? `${kind} “${name}”` : kind;
};
