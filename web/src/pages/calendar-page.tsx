import type { EventInput } from '@fullcalendar/core';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useSearch } from 'wouter';
import { type ApiError, client, unwrap } from '../api/client';
import type { CalendarAnswer, Item, Slot } from '../api/views';
import { BackfillConfirm, pastRefusal } from '../components/backfill-confirm';
import { ErrorMessage } from '../components/error-message';
import { ITEM_DRAG_TYPE, LanesGrid, slotState as stateOf, slotStateName as stateName } from '../components/lanes-grid';
import { useLoad } from '../components/use-load';
import { calendarReads, initialMonth, monthRange } from '../calendar-month';
import { useInlineRead, useToday } from '../inline-reads';
import { channelName, day } from '../format';
import { holidayMap } from '../holidays';
import { atLeast, useSession } from '../session';

// FullCalendar's month grid loads only when someone switches to it: the page opens on the lanes.
const MonthGrid = lazy(() => import('../components/month-grid'));
const palette = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#0e7490', '#be185d', '#4d7c0f', '#1e3a8a', '#9a3412'];

export default function CalendarPage() {
  const { unit, role } = useSession();
  const search = useSearch();
  const today = useToday();
  const [ym, setYm] = useState(() => initialMonth(search, today));
  const [channel, setChannel] = useState('');
  // Lanes (one row per channel, our own grid) or FullCalendar's month grid.
  const [view, setView] = useState<'lanes' | 'month'>(() => (new URLSearchParams(search).get('xem') === 'thang' ? 'month' : 'lanes'));
  const [dragged, setDragged] = useState<Item | null>(null);
  // The keyboard's way to place: an item picked in the list, then an open slot chosen in its lane.
  const [picked, setPicked] = useState<Item | null>(null);
  const [feed, setFeed] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState<string | null>(null);
  // A slot whose day has passed: the person is asked before a backfill ("Đăng bù?").
  const [past, setPast] = useState<{ item: Item; slotId: string; refusal: ApiError } | null>(null);
  const { from, to } = monthRange(ym);
  // The month and the approved items the page came with (the server drew its first paint from them).
  const [calUrl, approvedUrl] = calendarReads(unit!.id, `?thang=${from.slice(0, 7)}`);
  const cal = useLoad(
    () => unwrap<CalendarAnswer>(client.GET('/api/units/{id}/calendar', { params: { path: { id: unit!.id }, query: { from, to } } })),
    [unit!.id, from, to],
    useInlineRead<CalendarAnswer>(calUrl!),
  );
  const approved = useLoad(
    () => unwrap<Item[]>(client.GET('/api/items', { params: { query: { unitId: unit!.id, status: 'approved' } } })),
    [unit!.id],
    useInlineRead<Item[]>(approvedUrl!),
  );
  // A page drawn by the server is inert until React has taken it over (hydrated): no click or key
  // on a control that does nothing yet (src/modules/web/web-app.ts, shell.tsx).
  useEffect(() => document.getElementById('root')?.removeAttribute('inert'), []);
  const holidays = useMemo(() => holidayMap(ym.year), [ym.year]);
  const dragRef = useRef<HTMLUListElement>(null);

  const channels = cal.data?.channels.map((c) => c.channel) ?? [];
  const color = (c: string) => palette[Math.max(0, channels.indexOf(c)) % palette.length];
  const slots = useMemo(() => (cal.data?.channels ?? []).flatMap((c) => c.slots), [cal.data]);
  const events: EventInput[] = slots
    .filter((s) => !channel || s.channel === channel)
    .map((s) => {
      const state = stateOf(s, today);
      return {
        id: s.id,
        start: s.date,
        allDay: true,
        title: `${channelName(s.channel)} — ${stateName[state]}`,
        classNames: [`slot`, `slot-${state}`],
        backgroundColor: state === 'filled' ? color(s.channel) : '#ffffff',
        borderColor: color(s.channel),
        textColor: state === 'filled' ? '#ffffff' : '#111827',
        extendedProps: { slot: s, state, lane: channels.indexOf(s.channel) },
      };
    });

  async function place(item: Item, slotId: string, backfill = false) {
    setError(undefined);
    setMessage(null);
    setPast(null);
    try {
      await unwrap(
        client.PUT('/api/items/{id}/placement', {
          params: { path: { id: item.id } },
          body: { version: item.version, slotId, ...(backfill ? { backfill: true } : {}) },
        }),
      );
      const s = slots.find((x) => x.id === slotId);
      const where = s ? `${channelName(s.channel)} ngày ${day(s.date)}` : '';
      setMessage(backfill ? `Đã đăng bù “${item.title}” vào ô ${where}.` : `Đã xếp “${item.title}” vào ô ${where}.`);
      setPicked(null);
      cal.reload();
      approved.reload();
    } catch (e) {
      const refusal = backfill ? null : pastRefusal(e);
      if (refusal) setPast({ item, slotId, refusal });
      else setError(e);
    }
  }

  /** A slot that may take the item: open, of one of its channels, of its task when it has one. */
  const fits = (item: Item, s: Slot) => !s.itemId && item.channels.includes(s.channel) && (!item.taskId || s.taskId === item.taskId);

  function onDayDrop(itemId: string, date: string) {
    const item = approved.data?.find((i) => i.id === itemId);
    if (!item) return;
    const slot = slots.find((s) => s.date === date && fits(item, s));
    if (!slot) {
      setMessage(`Ngày ${day(date)} không có ô trống của kênh ${item.channels.map(channelName).join(', ')}.`);
      return;
    }
    void place(item, slot.id);
  }

  function pick(item: Item | null) {
    setPicked(item);
    setMessage(
      item
        ? `Đã chọn “${item.title}”. Dùng phím Tab để đến một ô trống được đánh dấu trong làn của kênh rồi bấm Enter; bấm Esc để bỏ chọn.`
        : null,
    );
    if (item && view !== 'lanes') setView('lanes');
  }

  async function createFeed() {
    setError(undefined);
    try {
      const r = await unwrap<{ url: string }>(
        client.POST('/api/units/{id}/calendar/feeds', { params: { path: { id: unit!.id } }, body: channel ? { channel } : {} }),
      );
      setFeed(r.url);
    } catch (e) {
      setError(e);
    }
  }

  const move = (delta: number) => {
    const m = ym.month + delta;
    setYm({ year: ym.year + Math.floor((m - 1) / 12), month: ((m - 1 + 120) % 12) + 1 });
  };
  const counts = { open: 0, filled: 0, late: 0 };
  for (const s of slots) counts[stateOf(s, today)]++;

  return (
    <>
      <h1>Lịch</h1>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => move(-1)} aria-label="Tháng trước">
          ‹
        </button>
        <h2 className="month-title" aria-live="polite">
          Tháng {ym.month}/{ym.year}
        </h2>
        <button type="button" className="secondary" onClick={() => move(1)} aria-label="Tháng sau">
          ›
        </button>
        <label className="inline">
          <span>Kênh</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value)}>
            <option value="">Mọi kênh</option>
            {channels.map((c) => (
              <option key={c} value={c}>
                {channelName(c)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="meta" aria-live="polite">
        {slots.length} ô lịch: {counts.open} còn trống, {counts.filled} đã có nội dung, {counts.late} trễ hạn.
      </p>
      <ul className="legend" aria-label="Chú giải kênh">
        {channels.map((c) => (
          <li key={c}>
            <span className="swatch" style={{ borderColor: color(c) }} aria-hidden="true" /> {channelName(c)}
          </li>
        ))}
        <li>
          <span className="swatch weekend" aria-hidden="true" /> Cuối tuần, ngày nghỉ
        </li>
      </ul>
      <ErrorMessage error={cal.error ?? error} />
      {past && (
        <BackfillConfirm
          error={past.refusal}
          onConfirm={() => void place(past.item, past.slotId, true)}
          onCancel={() => {
            setPast(null);
            setMessage('Chưa xếp lịch. Hãy chọn một ô chưa qua ngày.');
          }}
        />
      )}
      {message && (
        <p role="status" className="ok">
          {message}
        </p>
      )}
      <div className="toolbar" role="group" aria-label="Cách xem">
        <button type="button" className="secondary" aria-pressed={view === 'lanes'} onClick={() => setView('lanes')}>
          Làn theo kênh
        </button>
        <button type="button" className="secondary" aria-pressed={view === 'month'} onClick={() => setView('month')}>
          Lưới tháng
        </button>
      </div>
      <div className="calendar-layout">
        {view === 'lanes' && (
          <LanesGrid
            year={ym.year}
            month={ym.month}
            lanes={(cal.data?.channels ?? []).filter((c) => !channel || c.channel === channel)}
            today={today}
            holidays={holidays}
            accepts={dragged || picked ? (s) => fits((dragged ?? picked)!, s) : undefined}
            choose={
              picked
                ? {
                    label: (s) =>
                      `Xếp “${picked.title}” vào ô ${channelName(s.channel)} ngày ${day(s.date)}${s.date < today ? ' (ô đã qua: đăng bù)' : ''}`,
                    onChoose: (s) => void place(picked, s.id),
                    onCancel: () => pick(null),
                  }
                : undefined
            }
            onDrop={
              atLeast(role, 'editor')
                ? (s, itemId) => {
                    const item = approved.data?.find((i) => i.id === itemId);
                    if (!item) return;
                    if (!fits(item, s)) setMessage(`Ô ${channelName(s.channel)} ngày ${day(s.date)} không nhận được “${item.title}”.`);
                    else void place(item, s.id);
                  }
                : undefined
            }
          />
        )}
        {view === 'month' && (
          <Suspense fallback={<p className="loading">Đang tải lưới tháng…</p>}>
            <MonthGrid
              from={from}
              events={events}
              holidays={holidays}
              dragSource={atLeast(role, 'editor') ? dragRef : undefined}
              dragKey={approved.data}
              onDrop={atLeast(role, 'editor') ? onDayDrop : undefined}
            />
          </Suspense>
        )}
        {atLeast(role, 'editor') && (
          <aside aria-labelledby="approved-title" className="side">
            <h2 id="approved-title">Nội dung đã duyệt, chờ xếp lịch</h2>
            <p className="meta">
              Kéo một nội dung vào ô trống (ở làn của kênh, hoặc ngày trên lưới tháng). Bằng bàn phím: bấm “Chọn để xếp lịch”, rồi chọn ô
              trống trong làn và bấm Enter; hoặc chọn ô trong danh sách rồi bấm “Xếp lịch”.
            </p>
            <ul ref={dragRef} className="approved-list">
              {(approved.data ?? []).map((item) => (
                <li
                  key={item.id}
                  className="draggable-item"
                  data-id={item.id}
                  data-title={item.title}
                  draggable={view === 'lanes'}
                  onDragStart={(e) => {
                    if (view !== 'lanes') return;
                    e.dataTransfer.setData(ITEM_DRAG_TYPE, item.id);
                    e.dataTransfer.effectAllowed = 'move';
                    setDragged(item);
                  }}
                  onDragEnd={() => setDragged(null)}
                >
                  <PlaceForm
                    item={item}
                    slots={slots.filter((s) => fits(item, s))}
                    onPlace={(slotId) => void place(item, slotId)}
                    today={today}
                    picked={picked?.id === item.id}
                    onPick={() => pick(picked?.id === item.id ? null : item)}
                  />
                </li>
              ))}
              {approved.data?.length === 0 && <li>Không có nội dung nào chờ xếp lịch.</li>}
            </ul>
          </aside>
        )}
      </div>
      <section aria-labelledby="feed-title" className="card">
        <h2 id="feed-title">Đăng ký lịch (iCalendar)</h2>
        <p>
          Dán đường dẫn vào Google Lịch, Outlook hoặc lịch điện thoại để theo dõi các ô lịch. Tạo đường dẫn mới sẽ thu hồi đường dẫn cũ.
        </p>
        <button type="button" onClick={() => void createFeed()}>
          Tạo đường dẫn iCalendar{channel ? ` cho kênh ${channelName(channel)}` : ''}
        </button>
        {feed && (
          <div className="field">
            <label htmlFor="feed-url">Đường dẫn iCalendar</label>
            <input id="feed-url" readOnly value={feed} onFocus={(e) => e.target.select()} />
          </div>
        )}
      </section>
    </>
  );
}

function PlaceForm({
  item,
  slots,
  onPlace,
  picked,
  onPick,
  today,
}: {
  item: Item;
  slots: Slot[];
  onPlace: (slotId: string) => void;
  picked: boolean;
  onPick: () => void;
  today: string;
}) {
  const [slotId, setSlotId] = useState('');
  const id = `place-${item.id}`;
  const none = slots.length === 0;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (slotId) onPlace(slotId);
      }}
    >
      <strong>{item.title}</strong>
      <div>
        <button
          type="button"
          className="secondary"
          aria-pressed={picked}
          onClick={onPick}
          disabled={none}
          aria-describedby={none ? `${id}-none` : undefined}
        >
          Chọn để xếp lịch
          <span className="visually-hidden"> “{item.title}”</span>
        </button>
      </div>
      {none && (
        <p className="meta" id={`${id}-none`}>
          Tháng này không còn ô trống của kênh {item.channels.map(channelName).join(', ')}
          {item.taskId ? ' cho nhiệm vụ của nội dung' : ''}. Hãy xem tháng khác.
        </p>
      )}
      <div className="field">
        <label htmlFor={id}>Ô lịch cho “{item.title}”</label>
        <select id={id} value={slotId} onChange={(e) => setSlotId(e.target.value)}>
          <option value="">Chọn ô lịch…</option>
          {slots.map((s) => (
            <option key={s.id} value={s.id}>
              {day(s.date)} {s.time} — {channelName(s.channel)}
              {s.date < today ? ' (đã qua, đăng bù)' : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={!slotId}>
        Xếp lịch
      </button>
    </form>
  );
}
