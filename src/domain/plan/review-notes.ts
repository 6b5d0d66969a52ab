/**
 * How people read a plan's fields and its review notes: "Nhiệm vụ 3 — Tần suất",
 * "Kế hoạch — Ngày ban hành". One home for the API's messages and the web app's review screen
 * (the key a client sends, "3/quota", stays in the evidence; a person reads the name).
 */
import type { NeedsReview } from './plan-reading.types.js';

/** A plan's and a task's fields by their Vietnamese names. */
export const planFieldName: Readonly<Record<string, string>> = {
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

/** Fields that appear only in review notes. */
const reviewOnlyFieldName: Readonly<Record<string, string>> = {
  source: 'Nguồn văn bản',
  tasks: 'Danh sách nhiệm vụ',
  topic: 'Chủ đề kế hoạch',
};

/** A review note's field as people read it, never its key. */
export function reviewFieldName(field: string): string {
  return planFieldName[field] ?? reviewOnlyFieldName[field] ?? 'Thông tin khác';
}

/** A review note named as people read it: "Nhiệm vụ 3 — Tần suất", "Kế hoạch — Ngày ban hành". */
export function reviewNoteName(note: Pick<NeedsReview, 'taskId' | 'field'>): string {
  return `${note.taskId !== undefined ? `Nhiệm vụ ${note.taskId}` : 'Kế hoạch'} — ${reviewFieldName(note.field)}`;
}

/** The note a key names ("3/quota" → "Nhiệm vụ 3 — Tần suất"). */
export function reviewKeyName(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash > 0 ? reviewNoteName({ taskId: key.slice(0, slash), field: key.slice(slash + 1) }) : reviewNoteName({ field: key });
}
