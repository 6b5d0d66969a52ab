/**
 * What a parsed phrase says, in Vietnamese words for people (the web app's "Đọc được: …" and
 * a plan's task fields): "1 lần mỗi 2 tháng", "trước ngày 15/12 hằng năm", "trong 3 ngày làm
 * việc kể từ ngày nhận được hồ sơ". Every field of ../shared/phrases/SCHEMA.md (and the extra
 * fields the grammar adds) is said in words; a field it does not know is left out, never shown
 * by its name; dates are dd/mm/yyyy, never ISO.
 *
 * Pure and without imports (not even the grammar's types), so the web app bundles it as is: the
 * result comes from the API as JSON, and whatever its shape this must not throw.
 */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** Words copied from the phrase (a unit, an event); a machine value (an ISO date) is no words. */
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' && !/\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}/.test(v) ? v.trim() : undefined;
const pad = (n: number): string => String(n).padStart(2, '0');

/** The parts joined by spaces, no space before a comma. */
const tidy = (parts: string[]): string => parts.join(' ').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();

/** "A, B và C". */
function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

const PER: Record<string, string> = {
  day: 'mỗi ngày',
  week: 'mỗi tuần',
  month: 'mỗi tháng',
  quarter: 'mỗi quý',
  year: 'mỗi năm',
  campaign: 'mỗi đợt',
};
const EVERY_UNIT: Record<string, string> = { days: 'ngày', weeks: 'tuần', months: 'tháng', years: 'năm' };
const RECURRING: Record<string, string> = {
  daily: 'hằng ngày',
  weekly: 'hằng tuần',
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  yearly: 'hằng năm',
  continuous: 'thường xuyên',
};
const WEEKDAY: Record<string, string> = {
  monday: 'thứ Hai',
  tuesday: 'thứ Ba',
  wednesday: 'thứ Tư',
  thursday: 'thứ Năm',
  friday: 'thứ Sáu',
  saturday: 'thứ Bảy',
  sunday: 'Chủ nhật',
};
const PART_OF_DAY: Record<string, string> = { morning: 'buổi sáng', noon: 'buổi trưa', afternoon: 'buổi chiều', evening: 'buổi tối' };
const PERIOD: Record<string, string> = {
  week: 'tuần',
  month: 'tháng',
  quarter: 'quý',
  'half-year': '6 tháng',
  'nine-months': '9 tháng',
  year: 'năm',
};
const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const ORDINAL: Record<string, string> = { first: 'đầu', last: 'cuối' };
const NTH: Record<string, string> = { first: 'thứ nhất', second: 'thứ hai', third: 'thứ ba' };

/** "HH:MM" as people write it: "07:30". Anything else is left out. */
function clock(v: unknown): string | undefined {
  const m = typeof v === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(v) : null;
  return m ? `${pad(Number(m[1]))}:${m[2]}` : undefined;
}

/** An ISO date or date-time as dd/mm/yyyy (with its clock time first): "17:00 ngày 31/08/2024". */
function isoDay(v: string, withNgay = false): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(v);
  if (!m) return undefined;
  const d = `${m[3]}/${m[2]}/${m[1]}`;
  if (m[4]) return `${m[4]} ngày ${d}`;
  return withNgay ? `ngày ${d}` : d;
}

/** A "--MM-DD" day of every year: "15/12". */
function yearlyDay(v: string): string | undefined {
  const m = /^--(\d{2})-(\d{2})$/.exec(v);
  return m ? `${m[2]}/${m[1]}` : undefined;
}

/** "năm trước", "năm sau", "năm báo cáo" for a day that repeats each (reporting) year. */
function yearOffsetWords(offset: number | undefined, anchored: boolean): string {
  if (offset === undefined) return '';
  const base = anchored ? ' năm báo cáo' : '';
  if (offset === 0) return anchored ? ' của năm báo cáo' : '';
  if (offset === -1) return ` năm trước${base}`;
  if (offset === 1) return ` năm sau${base}`;
  return offset < 0 ? ` ${-offset} năm trước${base}` : ` ${offset} năm sau${base}`;
}

/** A month named relative to the period ("last month of the quarter") in words: "tháng cuối quý". */
function monthRef(ref: unknown): string | undefined {
  if (typeof ref !== 'string') return undefined;
  if (ref === 'same month' || ref === 'month') return '';
  const fixed: Record<string, string> = {
    'next month': 'tháng sau',
    'previous month': 'tháng trước',
    'month after the reporting month': 'tháng sau tháng báo cáo',
    'month after the quarter': 'tháng sau quý báo cáo',
    'month before the reporting month': 'tháng trước tháng báo cáo',
    'month before the period': 'tháng trước kỳ báo cáo',
  };
  if (fixed[ref]) return fixed[ref];
  const m = /^(first|second|third|last) month of the (next )?(quarter|period)$/.exec(ref);
  if (!m) return undefined;
  const period = m[3] === 'quarter' ? 'quý' : 'kỳ báo cáo';
  const next = m[2] ? (m[3] === 'quarter' ? ' sau' : ' tiếp theo') : '';
  if (ORDINAL[m[1]!]) return `tháng ${ORDINAL[m[1]!]} ${period}${next}`;
  return `tháng ${NTH[m[1]!]} của ${period}${next}`;
}

/** "kể từ ngày ký ban hành", "kể từ khi Kế hoạch được ban hành" (with the day when it is known). */
function sinceEvent(e: Obj, lead = 'kể từ'): string | undefined {
  // "trong thời hạn 20 ngày kể từ ngày 01/7/2024": a limit counted from a dated day.
  const day = typeof e.date === 'string' ? isoDay(e.date) : undefined;
  if (day) return `${lead} ngày ${day}`;
  // "kể từ ngày 01 tháng 9 hàng năm": the same day each year.
  const yearly = typeof e.date === 'string' ? yearlyDay(e.date) : undefined;
  if (yearly) return `${lead} ngày ${yearly} hằng năm`;
  const event = str(e.event);
  if (!event) return undefined;
  const known = typeof e.knownDate === 'string' ? isoDay(e.knownDate) : undefined;
  return `${lead} ${/^(ngày|khi|lúc|thời điểm)\b/iu.test(event) ? '' : 'khi '}${event}${known ? ` (${known})` : ''}`;
}

interface Point {
  text: string;
  /** The words already say the day repeats ("15/12 hằng năm", "ngày 20 hằng tháng"). */
  repeats?: boolean;
}

/**
 * One end of a span or a deadline day: an ISO date, "--MM-DD", {month, day, yearOffset},
 * {dayOfMonth, month}, {event}, {weekday, timeOfDay}, {daysBefore, event}.
 */
function point(v: unknown, ctx: { anchored?: boolean; monthly?: boolean } = {}): Point | undefined {
  if (typeof v === 'string') {
    const iso = isoDay(v, true);
    if (iso) return { text: iso };
    const yearly = yearlyDay(v);
    if (yearly) return { text: `ngày ${yearly} hằng năm`, repeats: true };
    return undefined;
  }
  if (!isObj(v)) return undefined;
  const day = num(v.day);
  const month = num(v.month);
  if (day !== undefined && month !== undefined) {
    const offset = num(v.yearOffset);
    return { text: `ngày ${pad(day)}/${pad(month)}${yearOffsetWords(offset, ctx.anchored === true)}` };
  }
  // "ngày cuối cùng của tháng cuối quý": dayOfMonth 'last'.
  // "ngày làm việc thứ 5 của tháng tiếp theo": a working day by its rank.
  const dom =
    v.dayOfMonth === 'last'
      ? 'cuối cùng'
      : v.workingDays === true && num(v.dayOfMonth) !== undefined
        ? `làm việc thứ ${num(v.dayOfMonth)}`
        : num(v.dayOfMonth);
  if (dom !== undefined) {
    const ref = monthRef(v.month);
    if (ref) return { text: `ngày ${dom} của ${ref}` };
    if (ref === '' && !ctx.monthly && v.month !== undefined) return { text: `ngày ${dom} trong tháng` };
    return { text: `ngày ${dom} hằng tháng`, repeats: true };
  }
  const event = str(v.event);
  const lead = leadOf(v);
  if (event && lead !== undefined)
    return { text: `${lead} trước ${/^(ngày|giờ|thời điểm|thời gian)(?=\s|$)/u.test(event) ? '' : 'khi '}${event}` };
  if (event) {
    const known = typeof v.knownDate === 'string' ? isoDay(v.knownDate) : undefined;
    return { text: `${/^(ngày|khi|lúc|thời điểm)\b/iu.test(event) ? '' : 'khi '}${event}${known ? ` (${known})` : ''}` };
  }
  const weekday = typeof v.weekday === 'string' ? WEEKDAY[v.weekday] : undefined;
  if (weekday) {
    const at = clock(v.timeOfDay);
    return { text: `${at ? `${at} ` : ''}${weekday} hằng tuần`, repeats: true };
  }
  return undefined;
}

/** A lead time before an event ({daysBefore: 7, workingDays: true} → "7 ngày làm việc"), or undefined. */
function leadOf(v: Obj): string | undefined {
  const units: Array<[string, string]> = [
    ['daysBefore', v.workingDays === true ? 'ngày làm việc' : 'ngày'],
    ['hoursBefore', 'giờ'],
    ['minutesBefore', 'phút'],
    ['weeksBefore', 'tuần'],
    ['monthsBefore', 'tháng'],
  ];
  for (const [field, unit] of units) {
    const n = num(v[field]);
    if (n !== undefined) return `${n} ${unit}`;
  }
  return undefined;
}

/** What a number of minutes is: "15 phút", "2 giờ", "1 giờ 30 phút". */
function minutes(n: number): string {
  if (n < 60 || n % 15 !== 0) return `${n} phút`;
  const h = Math.floor(n / 60);
  const m = n % 60;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

function describeQuota(r: Obj): string {
  const parts: string[] = [];
  const unit = str(r.unit);
  const count = num(r.count);
  const min = num(r.countMin);
  const max = num(r.countMax);
  const percent = num(r.percent);
  const outOf = num(r.outOf);
  const continuous = r.recurring === 'continuous';
  const durationOnly = count === undefined && min === undefined && percent === undefined && r.count !== null;
  // Which unit is counted ("thời lượng" is not one: it names the duration that follows).
  const counted = unit && unit !== 'thời lượng' ? unit : undefined;

  let head = '';
  if (percent !== undefined) {
    head = `${r.atLeast ? 'ít nhất ' : r.atMost ? 'tối đa ' : r.approx ? 'khoảng ' : ''}${String(percent).replace('.', ',')}%${counted ? ` ${counted}` : ''}`;
  } else if (min !== undefined && max !== undefined && min !== max) {
    head =
      r.atLeast && r.atMost
        ? `ít nhất ${min}, tối đa ${max} ${counted ?? 'lần'}`
        : `${r.approx ? 'khoảng ' : 'từ '}${min} đến ${max} ${counted ?? 'lần'}`;
  } else if (count !== undefined || min !== undefined) {
    const n = count ?? min!;
    const qual = r.atLeast ? 'ít nhất ' : r.atMost ? 'tối đa ' : r.approx ? 'khoảng ' : '';
    const target = num(r.target);
    head = `${r.total ? 'tổng cộng ' : ''}${qual}${n}${outOf !== undefined ? `/${outOf}` : ''} ${counted ?? 'lần'}${target !== undefined ? ` (kế hoạch ${target})` : ''}`;
  } else if (!durationOnly || counted) {
    // A period with no number ("Hằng tuần đưa tin", "Thường xuyên"): no number is made up.
    head = continuous ? `thường xuyên${counted ? ` ${counted}` : ''}` : (counted ?? '');
  }
  if (head) parts.push(head);
  const object = str(r.object);
  if (object && object !== counted) parts.push(`(${object})`);

  const every = isObj(r.every) ? r.every : undefined;
  if (every) {
    for (const [k, name] of Object.entries(EVERY_UNIT)) {
      const n = num(every[k]);
      if (n !== undefined) parts.push(n === 1 ? `mỗi ${name}` : `mỗi ${n} ${name}`);
    }
  } else if (typeof r.per === 'string' && PER[r.per]) {
    parts.push(PER[r.per]!);
  }
  const perEntity = str(r.perEntity);
  if (perEntity) parts.push(`cho mỗi ${perEntity}`);

  // When: the weeks of the month, the weekdays, the day of the month, the part of the day, the clock.
  const when: string[] = [];
  const wom = r.weekOfMonth;
  const weeks = Array.isArray(r.weeksOfMonth) ? r.weeksOfMonth : wom !== undefined ? [wom] : [];
  const weekNames = weeks.map((w) => (w === 'last' ? 'tuần cuối' : typeof w === 'number' ? `tuần thứ ${w}` : '')).filter(Boolean);
  const days = (Array.isArray(r.weekdays) ? r.weekdays : r.weekday !== undefined ? [r.weekday] : [])
    .map((d) => (typeof d === 'string' ? WEEKDAY[d] : undefined))
    .filter((d): d is string => d !== undefined);
  const dayOfMonth = num(r.dayOfMonth);
  const daysOfMonth = Array.isArray(r.daysOfMonth) ? r.daysOfMonth.map(num).filter((d): d is number => d !== undefined) : [];
  const pods = (Array.isArray(r.partsOfDay) ? r.partsOfDay : r.partOfDay !== undefined ? [r.partOfDay] : [])
    .map((p) => (typeof p === 'string' ? PART_OF_DAY[p] : undefined))
    .filter((p): p is string => p !== undefined);
  const times = (Array.isArray(r.timesOfDay) ? r.timesOfDay : r.timeOfDay !== undefined ? [r.timeOfDay] : [])
    .map(clock)
    .filter((t): t is string => t !== undefined);
  if (pods.length) when.push(list(pods));
  if (days.length) when.push(list(days));
  if (weekNames.length) when.push(`${list(weekNames)} của tháng`);
  const lunar = r.calendar === 'lunar' ? ' âm lịch' : '';
  if (daysOfMonth.length > 1) when.push(`các ngày ${list(daysOfMonth.map(String))}${lunar}`);
  else if (dayOfMonth !== undefined) when.push(`ngày ${dayOfMonth}${lunar}`);
  if (times.length) when.push(`lúc ${list(times)}`);
  if (when.length) parts.push(`vào ${when.join(' ')}`);

  const dMin = num(r.durationMin);
  const dMax = num(r.durationMax);
  if (dMin !== undefined || dMax !== undefined) {
    const perItem = str(r.perItem);
    const length =
      dMin !== undefined && dMax !== undefined && dMin !== dMax
        ? `${dMin}–${minutes(dMax)}`
        : durationOnly && r.atMost
          ? `tối đa ${minutes((dMax ?? dMin)!)}`
          : durationOnly && r.atLeast
            ? `ít nhất ${minutes((dMin ?? dMax)!)}`
            : minutes((dMax ?? dMin)!);
    const what = `${r.total ? 'tổng thời lượng' : 'thời lượng'} ${length}${perItem ? ` mỗi ${perItem}` : ''}`;
    parts.push(parts.length ? `, ${what}` : what);
  } else {
    const perItem = str(r.perItem);
    if (perItem && !(r.per === 'campaign' && perItem === 'đợt')) parts.push(`cho mỗi ${perItem}`);
  }

  const window = isObj(r.window) ? r.window : undefined;
  if (window) {
    const event = str(window.event);
    const from = typeof window.from === 'string' ? isoDay(window.from) : undefined;
    const to = typeof window.to === 'string' ? isoDay(window.to) : undefined;
    if (event) parts.push(`trong ${event}`);
    else if (from && to) parts.push(`trong thời gian ${from} – ${to}`);
  }
  if (r.count === null && !r.unresolved) parts.push('(không nêu số lượng)');
  if (continuous && r.count === null && !head.startsWith('thường xuyên')) parts.unshift('thường xuyên');
  if (r.unresolved) parts.push('theo lịch quy định ở văn bản khác');
  return tidy(parts);
}

function describeTimeframe(r: Obj): string {
  const anchored = typeof r.anchor === 'string';
  const recurring = typeof r.recurring === 'string' ? RECURRING[r.recurring] : undefined;
  const parts: string[] = [];
  let repeats = false;
  const span = (from: unknown, to: unknown): string | undefined => {
    const a = from === undefined || from === null ? undefined : point(from, { anchored });
    const b = to === undefined || to === null ? undefined : point(to, { anchored });
    if (a?.repeats || b?.repeats) repeats = true;
    const bare = (p: Point) => p.text.replace(/^ngày (?=\d)/u, '');
    if (a && b) {
      if (typeof from === 'string' && from === to) return a.text;
      const plain = typeof from === 'string' && typeof to === 'string' && !from.includes('T') && !to.includes('T');
      return plain ? `${bare(a)} – ${bare(b)}` : `từ ${a.text} đến ${b.text}`;
    }
    if (a) return `từ ${a.text}${to === null ? ' (chưa nêu ngày kết thúc)' : ''}`;
    if (b) return `đến ${b.text}`;
    return undefined;
  };
  const main = span(r.from, r.to);
  if (main) parts.push(main);
  if (Array.isArray(r.spans)) {
    const each = r.spans.map((s) => (isObj(s) ? span(s.from, s.to) : undefined)).filter((s): s is string => s !== undefined);
    if (each.length && !main) parts.push(list(each));
  }
  // A single day said by its span too ("14:00 ngày 12/08/2025"): said once.
  const sameDay = typeof r.date === 'string' && typeof r.from === 'string' && r.from.startsWith(r.date) && r.from === r.to;
  if (typeof r.date === 'string' && !sameDay) {
    const d = point(r.date);
    if (d) {
      if (d.repeats) repeats = true;
      parts.push(d.text);
    }
  }
  const pod = typeof r.partOfDay === 'string' ? PART_OF_DAY[r.partOfDay] : undefined;
  const pods = Array.isArray(r.partsOfDay)
    ? r.partsOfDay.map((p) => (typeof p === 'string' ? PART_OF_DAY[p] : undefined)).filter((p): p is string => !!p)
    : [];
  // A clock time already in the span's ends ("2025-08-12T14:00") is said there.
  const spanHasTime = [r.from, r.to].some((v) => typeof v === 'string' && v.includes('T'));
  const times = (Array.isArray(r.timesOfDay) ? r.timesOfDay : r.timeOfDay !== undefined && !spanHasTime ? [r.timeOfDay] : [])
    .map(clock)
    .filter((t): t is string => t !== undefined);
  // Office hours: "thứ Hai đến thứ Sáu, từ 07:30 đến 11:30 và từ 13:00 đến 16:00".
  const weekdays = Array.isArray(r.weekdays) ? r.weekdays.map((d) => (typeof d === 'string' ? WEEKDAY[d] : undefined)) : [];
  const days = weekdays.filter((d): d is string => d !== undefined);
  const hours = Array.isArray(r.timeRanges)
    ? r.timeRanges
        .map((x) => (isObj(x) && clock(x.from) && clock(x.to) ? `từ ${clock(x.from)} đến ${clock(x.to)}` : undefined))
        .filter((x): x is string => x !== undefined)
    : [];
  if (days.length) parts.push(days.length > 2 && days.length === weekdays.length ? `${days[0]} đến ${days[days.length - 1]}` : list(days));
  const when = [pods.length ? list(pods) : pod, hours.length ? list(hours) : times.length ? `lúc ${list(times)}` : undefined].filter(
    Boolean,
  );
  if (when.length) parts.push(hours.length && !pod && !pods.length ? when.join(' ') : `vào ${when.join(' ')}`);
  if (anchored && r.anchor === 'reporting period') parts.push('của kỳ báo cáo');
  const durations: Array<[string, string]> = [
    ['durationDays', 'ngày'],
    ['durationWeeks', 'tuần'],
    ['durationMonths', 'tháng'],
    ['durationYears', 'năm'],
  ];
  for (const [k, name] of durations) {
    const n = num(r[k]);
    if (n !== undefined) parts.push(`(trong ${n} ${name})`);
  }
  if (recurring === 'thường xuyên') parts.unshift(parts.length ? 'thường xuyên,' : 'thường xuyên');
  else if (recurring && !repeats) parts.push(recurring);
  if (typeof r.horizon === 'string') {
    const y = /^(\d{4})/.exec(r.horizon)?.[1];
    if (y) parts.push(`(tầm nhìn đến năm ${y})`);
  }
  if (r.fuzzy) parts.push(str(r.fuzzy) ? `(ước theo “${str(r.fuzzy)}”)` : '(thời điểm ước chừng)');
  if (r.tentative) parts.push('(dự kiến)');
  if (r.unresolved) parts.push(parts.length ? '(lịch cụ thể theo văn bản khác)' : 'theo lịch quy định ở văn bản khác');
  if (r.yearInferred) parts.push('(năm lấy theo ngày ban hành văn bản)');
  return tidy(parts);
}

function describeDeadline(r: Obj): string {
  const parts: string[] = [];
  const monthly = r.recurring === 'monthly';
  let repeats = false;
  const at = (v: unknown): string | undefined => {
    const p = point(v, { monthly });
    if (p?.repeats) repeats = true;
    return p?.text;
  };
  if (r.before !== undefined) {
    const p = at(r.before);
    // A lead time is said as it is written: "chậm nhất 7 ngày trước ngày tổ chức Hội nghị" (a floor), "10 ngày trước …".
    const lead = isObj(r.before) && leadOf(r.before) !== undefined;
    if (p) parts.push(lead ? ((r.before as Obj).atLeast === true ? `chậm nhất ${p}` : p) : `trước ${p}`);
  }
  if (r.onOrBefore !== undefined) {
    const p = at(r.onOrBefore);
    if (p) parts.push(`chậm nhất ${p}`);
  }
  if (isObj(r.within)) {
    const w = r.within;
    const amounts: Array<[string, string]> = [
      ['days', w.workingDays === true ? 'ngày làm việc' : 'ngày'],
      ['weeks', 'tuần'],
      ['months', 'tháng'],
      ['years', 'năm'],
      ['hours', w.workingHours === true ? 'giờ làm việc' : 'giờ'],
      ['minutes', 'phút'],
    ];
    // "trong vòng 5-7 ngày làm việc": a limit between two lengths (daysMin, daysMax).
    const amount = amounts
      .map(([k, name]) =>
        num(w[k]) !== undefined
          ? `${num(w[k])} ${name}`
          : num(w[`${k}Min`]) !== undefined && num(w[`${k}Max`]) !== undefined
            ? `${num(w[`${k}Min`])}–${num(w[`${k}Max`])} ${name}`
            : undefined,
      )
      .find(Boolean);
    const since = isObj(w.after) ? sinceEvent(w.after) : undefined;
    // "trong 15 ngày trước ngày kết thúc thời hạn tạm trú": a window that closes at the event.
    const until = isObj(w.before) && typeof w.before.event === 'string' ? `trước ${w.before.event}` : undefined;
    const known = typeof r.afterKnownDate === 'string' ? isoDay(r.afterKnownDate) : undefined;
    if (amount)
      parts.push(
        `${w.atMost === true ? 'tối đa' : w.approx === true ? 'trong khoảng' : 'trong'} ${amount}${since ? ` ${since}` : until ? ` ${until}` : ''}${known && since ? ` (${known})` : ''}`,
      );
  }
  const recurring = typeof r.recurring === 'string' ? RECURRING[r.recurring] : undefined;
  if (recurring && !repeats && parts.length) parts.push(recurring);
  if (r.tentative) parts.push('(dự kiến)');
  if (r.unresolved) parts.push(parts.length ? '(thời hạn cụ thể theo văn bản khác)' : 'theo thời hạn quy định ở văn bản khác');
  if (r.yearInferred) parts.push('(năm lấy theo ngày ban hành văn bản)');
  return tidy(parts);
}

function describeReporting(r: Obj): string {
  const parts: string[] = [];
  const periods = Array.isArray(r.periods) ? r.periods.map((p) => (typeof p === 'string' ? PERIOD[p] : undefined)).filter(Boolean) : [];
  const quarters = (Array.isArray(r.quarter) ? r.quarter : r.quarter !== undefined ? [r.quarter] : [])
    .map((q) => (typeof q === 'number' && ROMAN[q] ? `quý ${ROMAN[q]}` : undefined))
    .filter((q): q is string => q !== undefined);
  const half = num(r.half);
  const named: string[] = [];
  if (quarters.length) named.push(list(quarters));
  const givenYear = num(r.year);
  // "6 tháng đầu năm 2023": the year said once, after the half.
  if (half === 1 || half === 2) named.push(`6 tháng ${half === 1 ? 'đầu' : 'cuối'} năm${givenYear !== undefined ? ` ${givenYear}` : ''}`);
  const month = num(r.month);
  if (month !== undefined) named.push(`tháng ${month}`);
  const year = half === 1 || half === 2 ? undefined : givenYear;
  if (periods.length) parts.push(`báo cáo ${list(periods as string[])}`);
  if (named.length || year !== undefined)
    parts.push(`(${[named.join(', '), year !== undefined ? `năm ${year}` : ''].filter(Boolean).join(' ')})`);
  if (r.adHoc) parts.push(parts.length ? 'và đột xuất khi cần' : 'báo cáo đột xuất khi cần');
  // With one deadline per period, the single one is the year's (or the first): said once, per period.
  if (isObj(r.deadline) && !isObj(r.deadlines)) {
    const d = describeDeadline(r.deadline);
    // A report with no period named ("Ngày 24/7 báo cáo …") opens on its deadline.
    if (d) parts.push(parts.length ? `, hạn ${d}` : `hạn ${d}`);
  }
  if (isObj(r.deadlines)) {
    const each = Object.entries(r.deadlines)
      .map(([p, d]) => (isObj(d) && PERIOD[p] ? `báo cáo ${PERIOD[p]} ${describeDeadline(d)}` : ''))
      .filter(Boolean);
    if (each.length) parts.push(`, hạn: ${each.join('; ')}`);
  }
  if (isObj(r.dataWindow) && typeof r.dataWindow.from === 'string' && typeof r.dataWindow.to === 'string') {
    const a = isoDay(r.dataWindow.from);
    const b = isoDay(r.dataWindow.to);
    if (a && b) parts.push(`(số liệu từ ${a} đến ${b})`);
  }
  if (r.asOf !== undefined) {
    const p = point(r.asOf);
    if (p) parts.push(`(số liệu tính đến ${p.text.replace(/ hằng năm$/u, '')})`);
  }
  if (r.abolished) parts.push('bãi bỏ chế độ báo cáo này');
  if (r.unresolved) parts.push(parts.length ? '(kỳ cụ thể theo quy định ở văn bản khác)' : 'báo cáo theo quy định ở văn bản khác');
  if (r.yearInferred) parts.push('(năm lấy theo ngày ban hành văn bản)');
  // A report named with no period and nothing else said of it.
  if (parts.length === 0 && Array.isArray(r.periods) && r.periods.length === 0) parts.push('báo cáo không nêu kỳ báo cáo');
  return tidy(parts);
}

/**
 * A parse result of the given kind in Vietnamese words. Never the name of a field, never an
 * ISO date; "chưa nêu cụ thể" when nothing in it can be said.
 */
export function describePhrase(kind: string, result: unknown): string {
  if (!isObj(result)) return 'chưa nêu cụ thể';
  let text = '';
  if (kind === 'quota') text = describeQuota(result);
  else if (kind === 'timeframe') text = describeTimeframe(result);
  else if (kind === 'deadline') text = describeDeadline(result);
  else if (kind === 'reporting') text = describeReporting(result);
  return text || 'chưa nêu cụ thể';
}
