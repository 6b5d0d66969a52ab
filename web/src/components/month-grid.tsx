import type { DayCellContentArg, EventContentArg, EventInput } from '@fullcalendar/core';
import viLocale from '@fullcalendar/core/locales/vi';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { Draggable, type DropArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import { type RefObject, useEffect, useRef } from 'react';

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export interface MonthGridProps {
  from: string;
  events: EventInput[];
  holidays: { off: Map<string, string>; working: Set<string> };
  /** The list whose `.draggable-item` elements may be dragged onto a day (editors only). */
  dragSource?: RefObject<HTMLElement | null>;
  /** Re-binds the dragging when the list's items change. */
  dragKey?: unknown;
  onDrop?: (itemId: string, date: string) => void;
}

/**
 * FullCalendar's month grid of the slots, loaded only when someone switches to it (the calendar
 * page opens on the lanes), so FullCalendar is not part of the calendar page's first load.
 */
export default function MonthGrid({ from, events, holidays, dragSource, dragKey, onDrop }: MonthGridProps) {
  const calendarRef = useRef<FullCalendar>(null);
  useEffect(() => {
    calendarRef.current?.getApi().gotoDate(from);
  }, [from]);

  // Approved items can be dragged onto the calendar (FullCalendar's Draggable for outside elements).
  useEffect(() => {
    const el = dragSource?.current;
    if (!el || !onDrop) return;
    const d = new Draggable(el, {
      itemSelector: '.draggable-item',
      eventData: (item) => ({ title: item.getAttribute('data-title') ?? '', create: false }),
    });
    return () => d.destroy();
  }, [dragSource, dragKey, onDrop]);

  return (
    <div className="calendar">
      <FullCalendar
        ref={calendarRef}
        plugins={[dayGridPlugin, interactionPlugin]}
        initialView="dayGridMonth"
        initialDate={from}
        locale={viLocale}
        headerToolbar={false}
        height="auto"
        fixedWeekCount={false}
        dayMaxEvents={false}
        events={events}
        // One lane per channel: every day lists its slots in the same channel order.
        eventOrder="lane,title"
        droppable={!!onDrop}
        drop={(arg: DropArg) => {
          const id = arg.draggedEl.getAttribute('data-id');
          if (id) onDrop?.(id, arg.dateStr);
        }}
        dayCellClassNames={(arg) => {
          const iso = isoOf(arg.date);
          const weekend = (arg.date.getDay() === 0 || arg.date.getDay() === 6) && !holidays.working.has(iso);
          return [weekend ? 'day-weekend' : '', holidays.off.has(iso) ? 'day-holiday' : ''].filter(Boolean);
        }}
        // FullCalendar names a day cell by its number alone, while the cell also shows the
        // day's slots; screen readers then hear less than is shown (axe: label-content-name-mismatch).
        // Without the attribute the cell is named by everything it shows.
        dayCellDidMount={(arg) => arg.el.removeAttribute('aria-labelledby')}
        dayCellContent={(arg: DayCellContentArg) => {
          const h = holidays.off.get(isoOf(arg.date));
          return (
            <span>
              {arg.date.getDate()}
              {h && <span className="holiday-name"> {h}</span>}
            </span>
          );
        }}
        eventContent={(arg: EventContentArg) => <span className="slot-label">{arg.event.title}</span>}
      />
    </div>
  );
}
