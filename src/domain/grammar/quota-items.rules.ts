/**
 * Quota rules for what a count is of, found on round 13's real phrases: a title in quotes is a
 * name, not a count; several named days of the month are so many occasions; a group "of at most
 * three people" is per group; the size of each photo or the time of each test is per item; a
 * share of places ("8/9 địa phương") counts the places. Each rule records facts in QuotaFacts and
 * leaves the assembly to `assembleQuota`.
 */
import { ENTITY_NOUNS, ITEM_NOUNS, PRODUCT_NOUNS } from './lexicon.js';
import { type Pattern, type PhraseRule, ahead, alt, cap, many, opt, seq, spanOf, startingWith, sym, t, w } from './pattern.js';
import { AM_LICH, entityRun } from './phrase-parts.js';
import type { QuotaFacts } from './quota.rules.js';

const QUALS: Pattern = many(t('QUAL'), 1, 3);
const ONE: Pattern = t('WNUM', (x) => x.v.n === 1);
const COUNT: Pattern = alt(t('NUM'), t('WNUM'));

/** Quote marks and the mark that closes each. */
const CLOSING: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’' };
/** How far a title in quotes may run, in atoms. */
const TITLE_MAX = 40;

/**
 * “Như một lời tri ân”: a title in quotes with a number word inside, and a count after it. The
 * title is passed over whole, so its words never count. A phrase that opens with the quote is
 * the quota itself, quoted.
 */
const QUOTED_TITLE: Pattern = (a, i) => {
  const open = a[i];
  if (i === 0 || !open || open.type !== 'SYM') return -1;
  const close = CLOSING[open.raw];
  if (close === undefined) return -1;
  // A straight quote both opens and closes: after an odd number of them it closes a title ('mô hình "Tiếng
  // loa" phát 300 tờ rơi và 1000 "tai giả"': the words between two titles are no title).
  if (close === open.raw && a.slice(0, i).filter((x) => x.type === 'SYM' && x.raw === close).length % 2 === 1) return -1;
  let numberInside = false;
  for (let j = i + 1; j < a.length && j <= i + TITLE_MAX; j++) {
    const x = a[j]!;
    if (x.type === 'SYM' && x.raw === close) {
      if (!numberInside) return -1;
      for (let k = j + 1; k < a.length; k++) if (a[k]!.type === 'NUM' || a[k]!.type === 'WNUM') return j + 1;
      return -1;
    }
    if (x.type === 'NUM' || x.type === 'WNUM') numberInside = true;
  }
  return -1;
};

/** Words naming a group of people, and the people counted in it. */
const GROUPS = ['đội', 'đội thi', 'nhóm', 'nhóm thi', 'tổ', 'đoàn', 'ban', 'câu lạc bộ', 'CLB'];
const MEMBERS = ['người', 'thành viên', 'thí sinh', 'học sinh', 'sinh viên', 'đội viên', 'hội viên', 'diễn viên', 'vận động viên'];

/** Words that give the size of an item: "Dung lượng tối đa mỗi ảnh", "Kích thước ảnh tối thiểu". */
const SIZE_WORDS = ['dung lượng', 'kích thước', 'kích cỡ', 'độ phân giải', 'khổ', 'độ dài', 'số trang'];
/** Items whose size, length or time is given. */
const ITEMS: Pattern = w(...ITEM_NOUNS, ...PRODUCT_NOUNS, 'bộ ảnh', 'bức ảnh', 'tranh', 'phần dự thi', 'phần thi', 'tiết mục');
/** Nouns of a set and what the set holds: "bộ ảnh" holds "ảnh". */
const SET_HEADS: Pattern = w('bộ', 'chùm', 'loạt', 'cụm');
const MEMBER_NOUNS: Pattern = w(...PRODUCT_NOUNS, 'tranh', 'câu hỏi');

/** A count of the member noun within a few atoms, in the same sentence: "bộ ảnh, tối thiểu 15 ảnh". */
function memberCountAhead(member: string): Pattern {
  return (a, i) => {
    for (let j = i; j < a.length && j < i + 6; j++) {
      const x = a[j]!;
      if (x.type === 'SYM' && (x.raw === '.' || x.raw === ';')) return -1;
      if ((x.type === 'NUM' || x.type === 'WNUM') && a[j + 1]?.type === 'W' && a[j + 1]!.low === member) return i;
    }
    return -1;
  };
}

const ENTITY_WORDS = new Set(ENTITY_NOUNS.map((e) => e.split(' ')[0]!));

/** "âm lịch", "ÂL", "(ÂL)": the days before it are the lunar month's. */
const LUNAR_MARK: Pattern = alt(AM_LICH, seq(sym('('), AM_LICH, sym(')')));

/** A day of the month: "ngày 15", "mùng 1", "ngày rằm" (the lunar 15th). */
const MONTH_DAY: Pattern = alt(
  t('DAY', (x) => x.v.m === undefined),
  seq(opt(w('ngày')), w('rằm')),
);

/** A count of days, weeks or months after "sau", "suốt": how long something took, not a quota. */
const SPENT: Pattern = seq(w('sau', 'suốt', 'qua'), COUNT, w('ngày', 'tuần', 'tháng', 'năm'));

export const QUOTA_ITEM_RULES: readonly PhraseRule<QuotaFacts>[] = [
  {
    // "Kết quả trong tháng, … ước đạt 2.981 tỷ đồng": the result of the month under review, not a rate.
    name: 'quota.result-of-period',
    pattern: seq(
      w('kết quả'),
      opt(w('thực hiện', 'đạt được')),
      t('PERIOD', (x) => x.v.how === 'in'),
    ),
    action: () => undefined,
  },
  {
    // "Sau 3 ngày tổ chức hội thi, … hai giải nhì": how long it took, when a count follows.
    name: 'quota.time-spent',
    pattern: SPENT,
    action: (m) => (m.atoms.slice(m.to).some((x) => x.type === 'NUM' || x.type === 'WNUM') ? undefined : false),
  },
  {
    name: 'quota.quoted-title',
    pattern: startingWith(sym(Object.keys(CLOSING).join('')), QUOTED_TITLE),
    action: () => undefined,
  },
  {
    // "vào ngày 15 và 25 hàng tháng", "ngày 5, 15 và 25 hằng tháng": one occasion on each day named.
    // "ngày 2, 7, 12 âm lịch hàng tháng", "mùng 1 và ngày rằm hằng tháng": days of the lunar month.
    name: 'quota.days-of-month',
    pattern: seq(
      MONTH_DAY,
      cap(
        'more',
        many(
          seq(
            alt(sym(','), w('và')),
            // "ngày 10 và ngày 25", "các ngày 14 và mùng 1": each day may be written in full.
            alt(
              t('NUM', (x) => Number.isInteger(x.v.n) && x.v.n! >= 1 && x.v.n! <= 31),
              MONTH_DAY,
            ),
          ),
          0,
          5,
        ),
      ),
      opt(cap('lunar', LUNAR_MARK)),
      ahead(t('PERIOD', (x) => x.v.per === 'month' && x.v.how === 'every')),
    ),
    action: (m, f) => {
      const named: number[] = [];
      // "rằm" (the lunar 15th) makes the days lunar.
      let full = false;
      for (const x of m.atoms.slice(m.from, m.capture('lunar')?.from ?? m.to)) {
        if (x.type === 'DAY' && x.v.m === undefined) named.push(x.v.d!);
        else if (x.type === 'NUM') named.push(x.v.n!);
        else if (x.type === 'W' && x.low === 'rằm') {
          named.push(15);
          full = true;
        }
      }
      // "Ngày 15 và 30 hàng tháng âm lịch": the mark may follow the period.
      const markEnd = m.to + 1 < m.atoms.length ? AM_LICH(m.atoms, m.to + 1, []) : -1;
      const markAfter = markEnd > m.to + 1;
      const lunar = m.has('lunar') || markAfter || full;
      // One solar day is quota.day-of-month's.
      if (named.length === 1 && !lunar) return false;
      const first = m.atoms[m.from]!;
      const firstEnd = first.type === 'DAY' || first.low === 'rằm' ? m.from : m.from + 1;
      f.dayOfMonth ??= { d: named[0]!, span: spanOf(m.atoms, m.from, firstEnd + 1) };
      if (lunar) {
        const mark = markAfter ? spanOf(m.atoms, m.to + 1, markEnd) : m.span();
        f.lunar ??= m.has('lunar') ? m.span('lunar') : mark;
      }
      if (named.length === 1) return;
      const days = spanOf(m.atoms, m.from, m.capture('lunar')?.from ?? m.to);
      if (new Set(named).size === named.length) f.daysOfMonth ??= { days: named, span: days };
      f.counts.push({ n: named.length, quals: [], span: days, unitEnd: m.to });
    },
  },
  {
    // "thành một đội thi không quá 3 người", "mỗi nhóm gồm 4 thành viên": the people counted are per group.
    name: 'quota.group-of',
    pattern: seq(ONE, cap('g', w(...GROUPS)), opt(w('gồm', 'bao gồm', 'có', 'từ')), ahead(seq(opt(QUALS), COUNT, w(...MEMBERS)))),
    action: (m, f) => {
      // "mỗi xã thành lập một đội tối đa 5 thành viên": the team is the commune's quota; after "Các đơn vị
      // thành lập …" (what all of them do) the group named here is what its people are counted in.
      if (f.perEntity && !f.perEntity.byAll) return false;
      f.perEntity = {
        noun:
          m.get('g')!.low === 'clb'
            ? 'CLB'
            : m
                .all('g')
                .map((x) => x.raw)
                .join(' '),
        span: m.span('g'),
      };
    },
  },
  {
    // "Dung lượng tối đa mỗi ảnh", "Kích thước ảnh tối thiểu: 3.000 pixel", "tổng thời gian tối đa của
    // bài thi là 20 phút": the size or time of each item.
    name: 'quota.item-size',
    pattern: seq(
      alt(
        seq(w(...SIZE_WORDS), opt(cap('q', QUALS)), opt(w('của')), opt(w('mỗi', 'từng', 'một'))),
        seq(w('thời gian', 'thời lượng'), opt(cap('q', QUALS)), w('của'), opt(w('mỗi', 'từng', 'một'))),
      ),
      cap('n', ITEMS),
    ),
    action: (m, f) => {
      if (f.perItem) return false;
      const span = m.span('n');
      f.perItem = { noun: f.text.slice(span.start, span.end), span };
      const q = m.all('q');
      if (q.length > 0) f.durationQuals ??= { quals: q.map((x) => x.v.qual!), span: m.span('q') };
    },
  },
  {
    // "thi bộ ảnh, tối thiểu 15 ảnh, tối đa 20 ảnh": the photos counted are per set.
    name: 'quota.set-of',
    pattern: startingWith(SET_HEADS, (a, i, caps) => {
      const head = SET_HEADS(a, i, caps);
      if (head < 0) return -1;
      const end = MEMBER_NOUNS(a, head, caps);
      if (end < 0) return -1;
      const member = a.slice(head, end);
      if (member.length !== 1) return -1;
      if (memberCountAhead(member[0]!.low)(a, end, caps) < 0) return -1;
      caps.push({ label: 'n', from: i, to: end });
      return end;
    }),
    action: (m, f) => {
      if (f.perItem) return false;
      const span = m.span('n');
      f.perItem = { noun: f.text.slice(span.start, span.end), span };
    },
  },
  {
    // "bình chọn một lần cho một ảnh": a count given for each item.
    name: 'quota.for-each-item',
    pattern: seq(w('cho'), alt(ONE, w('mỗi', 'từng')), cap('n', ITEMS)),
    action: (m, f) => {
      if (f.perItem || f.counts.length === 0) return false;
      const span = m.span('n');
      f.perItem = { noun: f.text.slice(span.start, span.end), span };
    },
  },
  {
    // "có 8/9 địa phương hoàn thành": a share of places, not 8 September.
    name: 'quota.share-of-places',
    pattern: startingWith(t('DATE'), (a, i) => {
      const x = a[i];
      if (!x || x.type !== 'DATE' || x.v.y !== undefined || !/^\d{1,3}\/\d{1,3}$/u.test(x.raw)) return -1;
      if (!(x.v.d! <= x.v.m!)) return -1;
      const prev = a[i - 1];
      if (prev && prev.type === 'W' && ['ngày', 'từ', 'đến', 'tới', 'trước', 'sau', 'hết', 'mùng', 'mồng'].includes(prev.low)) return -1;
      if (!(a[i + 1]?.type === 'W' && ENTITY_WORDS.has(a[i + 1]!.low))) return -1;
      const end = entityRun(a, i + 1);
      return end > i + 1 ? end : -1;
    }),
    action: (m, f) => {
      const x = m.first();
      const span = spanOf(m.atoms, m.from + 1, m.to);
      f.counts.push({
        n: x.v.d!,
        quals: [],
        span: spanOf(m.atoms, m.from, m.from + 1),
        unit: f.text.slice(span.start, span.end),
        unitSpan: span,
        unitEnd: m.to,
      });
      f.outOf ??= { n: x.v.m!, span: spanOf(m.atoms, m.from, m.from + 1), of: spanOf(m.atoms, m.from, m.from + 1) };
    },
  },
];
