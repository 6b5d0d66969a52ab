/**
 * Counting a unit's plan against what was done, per task and channel, in a period:
 * planned (slots), filled (an item placed), approved (placed and approved or later),
 * published, and the gap (planned − published, never negative). Pure.
 */
import { DomainError } from '../errors/domain-error.js';

export interface PeriodRange {
  label: string;
  from: string;
  to: string;
}

/** "2024-03", "2024-Q1", "2024-H1", "2024" → the calendar days it covers. */
export function parsePeriod(label: string): PeriodRange {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { label, from: `${y}-${pad(mo)}-01`, to: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const end = q * 3;
    return { label, from: `${y}-${pad(end - 2)}-01`, to: `${y}-${pad(end)}-${pad(lastDay(y, end))}` };
  }
  m = /^(\d{4})-H([12])$/.exec(label);
  if (m) {
    const y = Number(m[1]);
    return m[2] === '1' ? { label, from: `${y}-01-01`, to: `${y}-06-30` } : { label, from: `${y}-07-01`, to: `${y}-12-31` };
  }
  m = /^(\d{4})$/.exec(label);
  if (m) return { label, from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  throw new DomainError('PERIOD_INVALID', 'Kỳ không hợp lệ: dùng tháng (2024-03), quý (2024-Q1), nửa năm (2024-H1) hoặc năm (2024).', {
    text: label,
    expected: 'YYYY-MM | YYYY-Qn | YYYY-Hn | YYYY',
  });
}

export interface SlotFact {
  taskId: string;
  channel: string;
  /** The item's status when a slot is filled, else null. */
  itemStatus: string | null;
}

export interface FulfilmentRow {
  taskId: string;
  channel: string;
  planned: number;
  filled: number;
  approved: number;
  published: number;
  gap: number;
}

const approvedOrLater = new Set(['approved', 'scheduled', 'published', 'unconfirmed']);

export function countFulfilment(slots: readonly SlotFact[]): FulfilmentRow[] {
  const rows = new Map<string, FulfilmentRow>();
  for (const s of slots) {
    const key = `${s.taskId}\u0000${s.channel}`;
    const row = rows.get(key) ?? { taskId: s.taskId, channel: s.channel, planned: 0, filled: 0, approved: 0, published: 0, gap: 0 };
    row.planned++;
    if (s.itemStatus !== null) {
      row.filled++;
      if (approvedOrLater.has(s.itemStatus)) row.approved++;
      if (s.itemStatus === 'published') row.published++;
    }
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((r) => ({ ...r, gap: Math.max(0, r.planned - r.published) }))
    .sort((a, b) => a.taskId.localeCompare(b.taskId, 'vi', { numeric: true }) || a.channel.localeCompare(b.channel));
}
