import { type DragEvent, useEffect, useRef, useState } from 'react';
import type { Slot } from '../api/views';
import { channelName, day } from '../format';

export type SlotState = 'open' | 'filled' | 'late';
export const slotStateName: Record<SlotState, string> = { open: 'còn trống', filled: 'đã có nội dung', late: 'trễ hạn' };
const shortName: Record<SlotState, string> = { open: 'Trống', filled: 'Đã có', late: 'Trễ' };

/** Open and past its production due day with nothing in it. */
export const slotState = (s: Slot, today: string): SlotState => (s.itemId ? 'filled' : s.due < today ? 'late' : 'open');

const weekday = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The MIME type an approved item is dragged with (its id). */
export const ITEM_DRAG_TYPE = 'application/x-loa-item';

export interface LanesGridProps {
  year: number;
  month: number;
  lanes: { channel: string; slots: Slot[] }[];
  today: string;
  holidays: { off: Map<string, string>; working: Set<string> };
  /** While an item is dragged: whether this slot may take it (open, its channel, its task). */
  accepts?: (slot: Slot) => boolean;
  /** An item (by id) dropped on a slot that accepts it. */
  onDrop?: (slot: Slot, itemId: string) => void;
  /**
   * The keyboard's way to place (an item picked in a list): the slots that accept it become
   * buttons, the first of them takes the focus, Enter places, Esc gives up.
   */
  choose?: { label: (slot: Slot) => string; onChoose: (slot: Slot) => void; onCancel: () => void };
}

/**
 * The month as one row (lane) per channel and one column per day: each lane shows its slots
 * open, filled or late, weekends and holidays shaded. FullCalendar draws lanes only in its
 * commercial resource views, so this is a plain table of our own (a table is what it is:
 * readable by screen readers cell by cell, scrolling sideways on a phone). Approved items are
 * dropped onto an open slot with the browser's own drag and drop.
 */
export function LanesGrid({ year, month, lanes, today, holidays, accepts, onDrop, choose }: LanesGridProps) {
  const [over, setOver] = useState<string | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const choosing = !!choose;
  useEffect(() => {
    if (choosing) wrap.current?.querySelector<HTMLButtonElement>('button.lane-slot')?.focus();
  }, [choosing]);
  const days = Array.from({ length: new Date(Date.UTC(year, month, 0)).getUTCDate() }, (_, i) => {
    const iso = `${year}-${pad(month)}-${pad(i + 1)}`;
    const dow = new Date(Date.UTC(year, month - 1, i + 1)).getUTCDay();
    const weekend = (dow === 0 || dow === 6) && !holidays.working.has(iso);
    return { iso, n: i + 1, dow, weekend, holiday: holidays.off.get(iso) ?? null };
  });
  const shade = (d: (typeof days)[number]) =>
    [d.weekend ? 'day-weekend' : '', d.holiday ? 'day-holiday' : ''].filter(Boolean).join(' ') || undefined;
  const droppable = (s: Slot) => !!onDrop && slotState(s, today) !== 'filled' && (accepts ? accepts(s) : true);
  const handlers = (s: Slot) =>
    droppable(s)
      ? {
          onDragOver: (e: DragEvent) => {
            if (!e.dataTransfer.types.includes(ITEM_DRAG_TYPE)) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
            setOver(s.id);
          },
          onDragLeave: () => setOver((o) => (o === s.id ? null : o)),
          onDrop: (e: DragEvent) => {
            e.preventDefault();
            setOver(null);
            const id = e.dataTransfer.getData(ITEM_DRAG_TYPE);
            if (id) onDrop!(s, id);
          },
        }
      : {};
  return (
    <div
      ref={wrap}
      className="table-wrap lanes-wrap"
      tabIndex={0}
      role="region"
      aria-label={`Làn theo kênh, tháng ${month}/${year}, cuộn ngang được`}
      onKeyDown={
        choose
          ? (e) => {
              if (e.key === 'Escape') choose.onCancel();
            }
          : undefined
      }
    >
      <table className="lanes">
        <caption className="visually-hidden">
          Ô lịch tháng {month}/{year}, mỗi hàng một kênh, mỗi cột một ngày
        </caption>
        <thead>
          <tr>
            <th scope="col">Kênh</th>
            {days.map((d) => (
              <th key={d.iso} scope="col" className={shade(d)} title={d.holiday ?? undefined}>
                <span className="lane-dow">{weekday[d.dow]}</span>
                <span className="lane-day">{d.n}</span>
                {d.holiday && <span className="visually-hidden"> ({d.holiday})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane) => (
            <tr key={lane.channel} data-channel={lane.channel}>
              <th scope="row">{channelName(lane.channel)}</th>
              {days.map((d) => {
                const slots = lane.slots.filter((s) => s.date === d.iso);
                return (
                  <td key={d.iso} className={shade(d)}>
                    {slots.map((s) => {
                      const state = slotState(s, today);
                      // Marked only while an item is dragged, for the slots that take it.
                      const target = !!accepts && droppable(s);
                      const className = `lane-slot slot-${state}${target ? ' drop-target' : ''}${over === s.id ? ' drop-over' : ''}`;
                      if (choose && target)
                        return (
                          <button
                            key={s.id}
                            type="button"
                            className={className}
                            data-slot-id={s.id}
                            data-state={state}
                            onClick={() => choose.onChoose(s)}
                            {...handlers(s)}
                          >
                            {shortName[state]}
                            <span className="visually-hidden"> — {choose.label(s)}</span>
                          </button>
                        );
                      return (
                        <span
                          key={s.id}
                          className={className}
                          data-slot-id={s.id}
                          data-state={state}
                          title={`${channelName(s.channel)}, ${day(s.date)} ${s.time}: ${slotStateName[state]}`}
                          {...handlers(s)}
                        >
                          {shortName[state]}
                          <span className="visually-hidden">
                            {' '}
                            — {channelName(s.channel)} ngày {day(s.date)}
                          </span>
                        </span>
                      );
                    })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
