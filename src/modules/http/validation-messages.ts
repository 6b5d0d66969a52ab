/**
 * Vietnamese messages for class-validator's constraints. The message names the field by its
 * Vietnamese label and states the limit the DTO declares ("Tiêu đề dài tối đa 300 ký tự"); the
 * limits are read from class-validator's own metadata, so a DTO's decorator is the one source.
 * A field without a label here is named by its JSON name in quotes.
 */
import { getMetadataStorage, type ValidationError } from 'class-validator';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

export const fieldLabels: Record<string, string> = {
  acceptLegacyEncoding: 'Đồng ý chuyển mã',
  action: 'Thao tác',
  audience: 'Đối tượng',
  author: 'Tác giả',
  body: 'Nội dung',
  channel: 'Kênh',
  channels: 'Kênh',
  code: 'Mã đơn vị',
  comment: 'Ý kiến',
  cooperators: 'Đơn vị phối hợp',
  deadlineText: 'Thời hạn',
  displayName: 'Họ và tên',
  email: 'Thư điện tử',
  focalX: 'Tâm ảnh theo chiều ngang',
  focalY: 'Tâm ảnh theo chiều dọc',
  from: 'Từ ngày',
  issuedOn: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  kind: 'Loại cụm từ',
  leads: 'Đơn vị chủ trì',
  level: 'Cấp',
  limit: 'Số dòng',
  name: 'Tên',
  number: 'Số kế hoạch',
  optional: 'Nhiệm vụ không bắt buộc',
  parentId: 'Đơn vị cấp trên',
  parentPlanId: 'Kế hoạch cấp trên',
  password: 'Mật khẩu',
  period: 'Kỳ',
  place: 'Địa danh',
  planId: 'Kế hoạch',
  products: 'Sản phẩm',
  purpose: 'Mục đích',
  quotaText: 'Tần suất',
  refDate: 'Ngày văn bản',
  reportingDeadlineText: 'Thời hạn báo cáo',
  reportingPeriods: 'Kỳ báo cáo',
  requiresApproval: 'Phải duyệt trước khi lên lịch',
  role: 'Vai trò',
  rowVersion: 'Phiên bản (rowVersion)',
  settings: 'Cài đặt',
  slotId: 'Ô lịch',
  status: 'Trạng thái',
  summary: 'Tóm tắt',
  tags: 'Thẻ',
  taskId: 'Nhiệm vụ',
  text: 'Văn bản',
  timeframeText: 'Thời gian thực hiện',
  title: 'Tiêu đề',
  to: 'Đến ngày',
  topic: 'Lĩnh vực',
  unitId: 'Đơn vị',
  username: 'Tên đăng nhập',
  value: 'Giá trị',
  version: 'Phiên bản',
  year: 'Năm',
};

/** What a `@Matches` pattern means, for people. */
const patternNames: Record<string, string> = {
  '^[a-z][a-z-]{1,31}$': 'mã viết thường không dấu, có thể có dấu gạch ngang, 2–32 ký tự (ví dụ web-portal)',
  '^[a-zA-Z0-9._-]{3,100}$': 'chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, 3–100 ký tự',
  '^[A-Za-z0-9._-]{1,64}$': 'chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 64 ký tự',
  '^\\d{4}-\\d{2}-\\d{2}$': 'ngày dạng YYYY-MM-DD',
};

export function labelOf(property: string): string {
  return fieldLabels[property] ?? `Trường "${property}"`;
}

function metadataOf(error: ValidationError): ValidationMetadata[] {
  const target = error.target?.constructor;
  if (!target || target === Object) return [];
  return getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.propertyName === error.property);
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map(String).join(', ') : String(values);
}

function lengthOf(value: unknown, each: boolean, min: number, max: number | undefined): 'short' | 'long' {
  const strings =
    each && Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
  return strings.some((s) => max !== undefined && s.length > max) ? 'long' : strings.some((s) => s.length < min) ? 'short' : 'long';
}

/** One sentence per failed constraint, in Vietnamese, naming the field and its limit. */
export function constraintMessage(error: ValidationError, constraint: string): string {
  const meta = metadataOf(error).find((m) => m.name === constraint);
  // A DTO that wrote its own (Vietnamese) message for this constraint is taken at its word.
  const own = meta?.message ? error.constraints?.[constraint] : undefined;
  if (own) return own.replace(/\.$/, '');
  const args = meta?.constraints ?? [];
  const each = meta?.each === true;
  const label = labelOf(error.property);
  const subject = each ? `Mỗi mục của ${label.charAt(0).toLowerCase() + label.slice(1)}` : label;
  switch (constraint) {
    case 'isLength': {
      const [min, max] = args as [number, number | undefined];
      if (lengthOf(error.value, each, min, max) === 'short')
        return min <= 1 ? `${subject} không được để trống` : `${subject} dài tối thiểu ${min} ký tự`;
      return `${subject} dài tối đa ${max} ký tự`;
    }
    case 'maxLength':
      return `${subject} dài tối đa ${args[0]} ký tự`;
    case 'minLength':
      return `${subject} dài tối thiểu ${args[0]} ký tự`;
    case 'isString':
      return `${subject} phải là chuỗi ký tự`;
    case 'isUuid':
      return `${subject} phải là mã định danh UUID`;
    case 'isUnitRef':
      return `${subject} phải là mã định danh UUID hoặc mã đơn vị hành chính`;
    case 'isInt':
      return `${subject} phải là số nguyên`;
    case 'isNumber':
      return `${subject} phải là số`;
    case 'min':
      return `${subject} không được nhỏ hơn ${args[0]}`;
    case 'max':
      return `${subject} không được lớn hơn ${args[0]}`;
    case 'isBoolean':
      return `${subject} phải là true hoặc false`;
    case 'isEmail':
      return `${subject} không phải là địa chỉ thư điện tử hợp lệ`;
    case 'isIn':
      return `${subject} phải là một trong: ${list(args[0])}`;
    case 'isArray':
      return `${subject} phải là một danh sách`;
    case 'arrayMaxSize':
      return `${subject} có tối đa ${args[0]} mục`;
    case 'arrayMinSize':
      return `${subject} cần ít nhất ${args[0]} mục`;
    case 'isObject':
    case 'nestedValidation':
      return `${subject} phải là một đối tượng JSON`;
    case 'matches': {
      const source = args[0] instanceof RegExp ? args[0].source : String(args[0]);
      return `${subject} không đúng định dạng: ${patternNames[source] ?? 'giá trị không hợp lệ'}`;
    }
    case 'isCalendarDate':
      return `${subject} phải là một ngày có thật, dạng YYYY-MM-DD`;
    case 'isDefined':
      return `${subject} là bắt buộc`;
    case 'whitelistValidation':
      return `Trường "${error.property}" không được nhận ở đây`;
    case 'unknownValue':
      return 'Dữ liệu gửi lên phải là một đối tượng JSON';
    default:
      return `${subject} không hợp lệ`;
  }
}
