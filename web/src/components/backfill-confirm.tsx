import { useEffect, useRef } from 'react';
import { ApiError } from '../api/client';
import { channelName, day } from '../format';

/**
 * The API refuses a slot whose day has passed unless the request says it is a deliberate
 * backfill (SLOT_IN_PAST for one slot, QUEUE_SLOTS_PAST when only past slots are left). The
 * page asks the person instead of showing the API's instruction to resend the request.
 */
export function pastRefusal(error: unknown): ApiError | null {
  return error instanceof ApiError && (error.code === 'SLOT_IN_PAST' || error.code === 'QUEUE_SLOTS_PAST') ? error : null;
}

/** What the person is asked, from the refusal's evidence (the days it names). */
export function backfillQuestion(error: ApiError): string {
  const e = error.evidence as {
    date?: string;
    today?: string;
    pastOpenSlots?: number;
    lastOpenDay?: string | null;
    month?: string;
    channel?: string;
  };
  const today = e.today ? ` (hôm nay là ${day(e.today)})` : '';
  if (error.code === 'SLOT_IN_PAST') return `Ô lịch ngày ${day(e.date)} đã qua${today}. Xếp nội dung vào ô này là đăng bù.`;
  const last = e.lastOpenDay ? `, ô gần nhất ngày ${day(e.lastOpenDay)}` : '';
  const of = e.channel ? ` của kênh ${channelName(e.channel)}` : e.month ? ` của tháng ${e.month.slice(5)}/${e.month.slice(0, 4)}` : '';
  return `Các ô lịch còn trống${of} đều đã qua ngày (${e.pastOpenSlots ?? 0} ô${last})${today}. Xếp nội dung vào ô đã qua là đăng bù.`;
}

/** "Đăng bù?": the question, and the two answers; the confirm button takes the focus. */
export function BackfillConfirm({ error, onConfirm, onCancel }: { error: ApiError; onConfirm: () => void; onCancel: () => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [error]);
  return (
    <div role="alertdialog" aria-labelledby="backfill-title" aria-describedby="backfill-text" className="card confirm">
      <h2 id="backfill-title">Đăng bù?</h2>
      <p id="backfill-text">
        {backfillQuestion(error)} Việc đăng bù được ghi vào nhật ký. Nếu chỉ muốn xếp vào ô sắp tới, hãy bấm “Thôi” rồi chọn ô khác.
      </p>
      <div className="toolbar">
        <button type="button" ref={confirm} onClick={onConfirm}>
          Đăng bù
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Thôi
        </button>
      </div>
    </div>
  );
}
