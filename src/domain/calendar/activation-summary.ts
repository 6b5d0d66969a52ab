/** What activating a plan did to its calendar, as the API answers (ActivationView.calendar). */
export interface CalendarChange {
  added: number;
  updated?: number;
  kept?: number;
  removed: number;
  frozen?: number;
  skippedPast?: number;
  released?: unknown[];
  obligations?: number;
  notes?: { taskId: string; message: string }[];
}

/**
 * The sentence a person reads after activating a plan. Every figure that explains the calendar
 * is said, and when no slot was added the reason is given (the plan's days have passed, its
 * slots were already there, its tasks are "thường xuyên" with no number, or no task has a
 * quota), so "thêm 0 ô lịch" never stands alone.
 */
export function activationSummary(c: CalendarChange): string {
  const parts = [`thêm ${c.added} ô lịch`];
  if (c.updated) parts.push(`dời ${c.updated} ô`);
  if (c.kept) parts.push(`giữ nguyên ${c.kept} ô`);
  if (c.removed) parts.push(`xóa ${c.removed} ô`);
  const out = [`Đã kích hoạt: ${parts.join(', ')}.`];
  if (c.frozen) out.push(`${c.frozen} ô đã có nội dung hoặc đã qua ngày được giữ nguyên chỗ cũ.`);
  if (c.released?.length) out.push(`${c.released.length} nội dung mất ô lịch cũ và được trả về hàng đợi hoặc chờ xếp lại.`);
  if (c.skippedPast) out.push(`${c.skippedPast} ô của những ngày đã qua không được tạo.`);
  if (c.obligations) out.push(`${c.obligations} nhiệm vụ thường xuyên (không có số lượng) không sinh ô lịch, được theo dõi riêng.`);
  if (c.added === 0) {
    const why = c.skippedPast
      ? 'mọi ngày của kế hoạch đã qua'
      : c.kept || c.frozen
        ? 'lịch của kế hoạch đã có sẵn'
        : c.obligations
          ? 'các nhiệm vụ chỉ ghi “thường xuyên”, không có số lượng'
          : 'chưa nhiệm vụ nào có số lượng và kênh để xếp lịch; hãy sửa số lượng ở từng nhiệm vụ';
    out.push(`Không thêm ô lịch nào vì ${why}.`);
  }
  for (const n of c.notes ?? []) out.push(`Nhiệm vụ ${n.taskId}: ${n.message}`);
  return out.join(' ');
}
