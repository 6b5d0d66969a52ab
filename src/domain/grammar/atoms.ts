/**
 * The first layer of the grammar: tokens → atoms. Each atom rule (named, in a table) turns
 * a run of tokens into one typed atom: a date, a month, a quarter list, a clock time, a
 * duration, a weekday, a week of the month, a part of the day, a period ("hằng tháng",
 * "/tháng"), a qualifier ("ít nhất"), a percentage, a word numeral… Phrase rules then work
 * on atoms. Guards live in the rules, next to the pattern they protect.
 */
import { lunarToSolar, solarToLunar } from '../calendar/lunar-calendar.js';
import { daysInMonth } from './calendar-dates.js';
import type { Weekday } from './phrase.types.js';
import type { Token } from './tokenizer.js';
import {
  ENTITY_NOUNS,
  ITEM_NOUNS,
  EACH_ENTITY_NOUNS,
  MONTH_NAMES,
  MONTH_WORDS,
  NOT_PART_OF_DAY_AFTER,
  ORDINAL_BY_WORD,
  ORDINAL_NOUNS,
  PART_OF_DAY,
  PERIOD_WORDS,
  PRODUCT_NOUNS,
  QUALIFIERS,
  QUALIFIER_SYMBOLS,
  ROMAN,
  UNIT_STOP_WORDS,
  WEEKDAY_BY_NUMBER,
  WEEKDAY_BY_WORD,
  NUMERAL_LOOKALIKES,
  WORD_NUMERALS,
  MAGNITUDE_WORDS,
  ENGLISH_MONTHS,
  CURRENCY_WORDS,
  PRICE_CURRENCY_WORDS,
  DOCUMENT_KINDS,
  DOCUMENT_KINDS_NUMBERED_BARE,
  WEIGHT_UNIT_WORDS,
} from './lexicon.js';
import {
  type Atom,
  type AtomRule,
  type AtomValue,
  type Match,
  type Pattern,
  after,
  ahead,
  alt,
  cap,
  chunk,
  many,
  not,
  num,
  opt,
  seq,
  sym,
  t,
  w,
} from './pattern.js';
import { AM_LICH } from './phrase-parts.js';

export function tokensToAtoms(tokens: readonly Token[]): Atom[] {
  return tokens.map((tok, k) => {
    const type = tok.type === 'num' ? 'NUM' : tok.type === 'word' ? 'W' : tok.type === 'clock' ? 'CLOCK' : 'SYM';
    const v: AtomValue = {};
    if (tok.type === 'num') {
      v.n = tok.value;
      v.digits = tok.raw;
    } else if (tok.type === 'clock') {
      v.h = tok.value;
      v.min = tok.minutes;
    }
    return {
      type,
      raw: tok.raw,
      low: lookalike(tokens, k) ? `${tok.low}\u200c` : tok.low,
      start: tok.start,
      end: tok.end,
      spaceBefore: tok.spaceBefore,
      v,
      rule: '',
    };
  });
}

/** A numeral word that is a syllable of an ordinary word ("đầu tư") keeps its text but matches no numeral rule (its `low` is marked). */
function lookalike(tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k]!;
  if (tok.type !== 'word' || !Object.hasOwn(WORD_NUMERALS, tok.low)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    (prev?.type === 'word' && tok.spaceBefore && NUMERAL_LOOKALIKES.has(`${prev.low} ${tok.low}`)) ||
    (next?.type === 'word' && next.spaceBefore && NUMERAL_LOOKALIKES.has(`${tok.low} ${next.low}`))
  );
}

// ---------------------------------------------------------------------------------------
// Building blocks

const NGAY = w('ngày', 'mùng', 'mồng');
const day = num(1, 31, 2);
const month = num(1, 12, 2);
const year4 = t('NUM', (x) => (x.v.digits ?? '').length === 4 && x.v.n! >= 1900 && x.v.n! <= 2199);
/** "16/2-2/3/2021", "16.2 - 2.3.2021": a dash before a whole date ends a span whose start lacks the year. */
const DASH_TO_FULL_DATE = seq(sym('-–'), day, sym('/.', true), month, sym('/.', true), year4);
/** "từ 15/4-15/5": a day/month closing a span written tight against the day/month that opens it. */
const DASH_TO_DAY_MONTH = seq(sym('-–', true), day, sym('/', true), month, not(seq(sym('/-.', true), t('NUM'))));
/** In a full day/month/year, older years too ("(19/5/1890-19/5/2024)": an anniversary's span). */
const yearOfDate = t('NUM', (x) => (x.v.digits ?? '').length === 4 && x.v.n! >= 1800 && x.v.n! <= 2199);
const isWord = (set: Record<string, unknown> | Set<string>) => (x: Atom) =>
  x.type === 'W' && (set instanceof Set ? set.has(x.low) : Object.hasOwn(set, x.low));

/** Word numeral run: "hai", "mười lăm", "hai mươi", "một trăm". */
/** One numeral word, as literal words so a rule is tried only where one stands. */
const numeralWord = w(...Object.keys(WORD_NUMERALS));
/**
 * After another numeral word, "năm" is five only before "mươi", "trăm", "nghìn" … ("hai nghìn năm
 * trăm"); else it is the year word: "hơn một năm", "hai mươi năm", "ba năm" (25 is "hai mươi lăm").
 */
const laterNumeralWord = alt(
  w(...Object.keys(WORD_NUMERALS).filter((k) => k !== 'năm' && k !== 'không')),
  seq(w('năm'), ahead(w('mươi', 'trăm', 'nghìn', 'ngàn', 'triệu'))),
  // "một trăm không năm" (105): a zero only between numerals; "lần hai không quá 45 ngày" is "not more than".
  seq(w('không'), w(...Object.keys(WORD_NUMERALS).filter((k) => k !== 'không'))),
);
const numeralWords = seq(numeralWord, many(laterNumeralWord, 0, 4));
/** "tháng Mười Hai": a month in words is capitalised (else "tháng hai lần" would be one). */
const capitalisedWord = (x: Atom) => x.raw[0] !== x.low[0];
const capitalisedNumeral = (x: Atom) => Object.hasOwn(WORD_NUMERALS, x.low) && capitalisedWord(x);
/** Only "Mười Một" and "Mười Hai" take a second word: "tháng Bảy năm 2025" is July. */
const capitalisedNumeralWords = alt(
  seq(
    t('W', (x) => capitalisedNumeral(x) && x.low === 'mười'),
    opt(w('một', 'hai')),
  ),
  t('W', capitalisedNumeral),
);
/** A decimal written with a comma or a point: "1,5". */
const decimal = seq(
  t('NUM', (x) => (x.v.digits ?? '').length <= 3),
  sym(',.', true),
  t('NUM', (x) => (x.v.digits ?? '').length <= 2),
);
/** "1.200", "12.500": digits grouped in thousands with dots (read as one number where a unit follows). */
const GROUPED_THOUSANDS = seq(
  t('NUM', (x) => (x.v.digits ?? '').length <= 3 && x.v.digits![0] !== '0'),
  many(
    seq(
      sym('.', true),
      t('NUM', (x) => x.v.digits!.length === 3),
    ),
    1,
    4,
  ),
);
/** Any number: digits, decimal, or words. */
export const NUMBER: Pattern = alt(decimal, t('NUM'), t('WNUM'), numeralWords);

/** The value of the atoms captured by NUMBER. */
export function numberValue(atoms: readonly Atom[]): number | undefined {
  if (atoms.length === 0) return undefined;
  const first = atoms[0]!;
  if (first.type === 'NUM' || first.type === 'WNUM') {
    if (atoms.length === 3 && atoms[1]!.type === 'SYM') return Number(`${first.v.digits}.${atoms[2]!.v.digits}`);
    return first.v.n;
  }
  return parseWordNumeral(atoms.map((x) => x.low));
}

/** "mười lăm" → 15, "hai mươi mốt" → 21, "một trăm" → 100, "năm" → 5. */
export function parseWordNumeral(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let k = 0; k < words.length; k++) {
    const v = WORD_NUMERALS[words[k]!];
    if (v === undefined) return undefined;
    seen = true;
    if (v === 1000) {
      total = (total + (current || 1)) * 1000;
      current = 0;
    } else if (v === 100) {
      total += (current || 1) * 100;
      current = 0;
    } else if (words[k] === 'mươi') {
      current = (current || 1) * 10;
    } else if (v === 10) {
      current += 10;
    } else {
      current += v;
    }
  }
  return seen ? total + current : undefined;
}

const CLOCK_CONTEXT = new Set([
  'lúc',
  'vào',
  'từ',
  'đến',
  'tới',
  'hết',
  'trước',
  'sau',
  'đầu',
  'khoảng',
  'bắt',
  'đầu',
  'kể',
  'tính',
  'chậm',
  'nhất',
]);
/** What a night that is a show is of: "đêm văn nghệ", "đêm nhạc", "đêm thơ", "đêm hội", "đêm chung kết", "đêm giao lưu". */
const NIGHT_SHOWS = new Set(['văn', 'nhạc', 'thơ', 'diễn', 'hội', 'chung', 'giao', 'liên', 'gala', 'ca', 'biểu', 'tuyên', 'chiếu', 'phim']);
/** Numeral words that are not also ordinary words ("năm" is a year, "tư" private): "Một tuần … hai chương trình". */
const SPELLED_COUNTS = new Set(['một', 'hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười']);
/** The atoms before the first punctuation: one clause. */
const upToClauseEnd = (atoms: readonly Atom[]): Atom[] => {
  const end = atoms.findIndex((a) => a.type === 'SYM');
  return end < 0 ? [...atoms] : atoms.slice(0, end);
};
const DURATION_CONTEXT = new Set(['lượng', 'trong', 'dài', 'mất', 'kéo', 'thời', 'mỗi', 'diễn', 'vòng']);

/** A word of length ("thời lượng", "dao động", "kéo dài") earlier in the clause: what follows is a length. */
function lengthSaidInClause(out: readonly Atom[]): boolean {
  for (let k = out.length - 1; k >= 0; k--) {
    const x = out[k]!;
    if (x.type === 'SYM' && ',;.:'.includes(x.raw)) return false;
    if (DURATION_CONTEXT.has(x.low) || x.low === 'động') return true;
  }
  return false;
}

/** Money a price is written in before "/ item" (đồng), and with US dollars ("150 USD/ha"). */
const MONEY_WORDS = new Set(CURRENCY_WORDS);
const PRICE_WORDS = new Set(PRICE_CURRENCY_WORDS);
/** Weights and volumes that, like a price, may be said of each one after a slash ("10 tấn/trục", "50 tạ/ha", "2 lít/con"). */
const WEIGHED_EACH = new Set([...WEIGHT_UNIT_WORDS, 'kg', 'lít']);
/** "đồng/1 khẩu", "14 tiêu chí/1 xã", "tài liệu/1 lần": a "1" written onto the slash, "for one" of them. */
const ONE_AFTER_SLASH = t('NUM', (x) => x.v.n === 1 && !x.spaceBefore);

/** A part of the day at j ("sáng", "chiều"), not the first syllable of another word ("sáng kiến"), as part-of-day.buổi reads it. */
function partOfDayAt(a: readonly Atom[], j: number): boolean {
  const x = a[j];
  const y = a[j + 1];
  return x?.type === 'W' && Object.hasOwn(PART_OF_DAY, x.low) && !(y?.type === 'W' && NOT_PART_OF_DAY_AFTER.has(y.low));
}

/** Whether what was read last introduces a time: "lúc", "vào", "vào khoảng", or a clock and "và" in a list of times. */
function introducesClock(out: readonly Atom[]): boolean {
  const prev = out[out.length - 1];
  return (
    CLOCK_CONTEXT.has(prevWord(out)) || (prev?.type === 'QUAL' && CLOCK_CONTEXT.has(prevWord(out.slice(0, -1)))) || afterClockList(out)
  );
}

function afterClockList(out: readonly Atom[]): boolean {
  const p = out[out.length - 1];
  // "5 giờ sáng và 17 giờ": a part of the day may follow the clock before the list goes on.
  const q = out[out.length - 2]?.type === 'POD' ? out[out.length - 3] : out[out.length - 2];
  return (
    p !== undefined &&
    q !== undefined &&
    q.type === 'CLOCK' &&
    ((p.type === 'W' && (p.low === 'và' || p.low === 'đến' || p.low === 'hoặc')) || (p.type === 'SYM' && ',-–'.includes(p.raw)))
  );
}

/** "vòng thi", "đợt thi", "giai đoạn": a two-word noun that an ordinal "thứ hai" may follow. */
function ordinalNounOfTwo(out: readonly Atom[]): boolean {
  const p1 = out[out.length - 1];
  const p2 = out[out.length - 2];
  if (p1?.type !== 'W' || p2?.type !== 'W') return false;
  return (p1.low === 'thi' && ORDINAL_NOUNS.has(p2.low)) || (p2.low === 'giai' && p1.low === 'đoạn');
}

/** "Quyết định số", "Luật số", "Kế hoạch số" just built: what follows is a document's number. */
const DOCUMENT_KIND_WORDS = new Set([...DOCUMENT_KINDS, 'luật', 'pháp lệnh']);
function documentNumberBefore(out: readonly Atom[]): boolean {
  if (prevWord(out) !== 'số') return false;
  const [a, b] = [out[out.length - 3], out[out.length - 2]];
  return (
    (b?.type === 'W' && DOCUMENT_KIND_WORDS.has(b.low)) ||
    (a?.type === 'W' && b?.type === 'W' && DOCUMENT_KIND_WORDS.has(`${a.low} ${b.low}`))
  );
}

function prevWord(out: readonly Atom[]): string {
  const p = out[out.length - 1];
  return p && p.type === 'W' ? p.low : '';
}

/** Words after which "24/7" is round the clock, every day of the week: "hoạt động 24/7", "trực 24/7". */
const ROUND_THE_CLOCK_AFTER = new Set([
  'hoạt động',
  'liên tục',
  'phục vụ',
  'mở cửa',
  'hỗ trợ',
  'vận hành',
  'trực',
  'túc trực',
  'thường trực',
  'sẵn sàng',
  'giám sát',
  'theo dõi',
  'tư vấn',
  'online',
  'trực tuyến',
  'làm việc',
  'tiếp nhận',
  'cứu hộ',
  'cấp cứu',
  // "dịch vụ cứu hộ giao thông 24/7".
  'giao thông',
]);

/** Words of duty or time that follow a year, not a counted noun ("đến 2030 phải …", "tới 2027 sẽ …"). */
const DUTY_AFTER_YEAR = new Set(['phải', 'cần', 'sẽ', 'mới', 'thì', 'đã']);
/** What is said of a name that a year closes ("… Việt Nam 2022 vừa được công bố", "… 2023 đã khép lại"). */
const DONE_AFTER_NAME_YEAR = new Set(['vừa', 'đã', 'sẽ', 'được', 'chính']);

/** "đường dây nóng hoạt động 24/7": "24/7" with no "ngày" and no year, after a word of service, is round the clock, not 24 July. */
function roundTheClock(m: Match): boolean {
  if (m.get('d')!.v.n !== 24 || m.get('m')!.v.n !== 7 || m.has('y') || NGAY(m.atoms, m.from, []) > m.from) return false;
  return serviceWordBefore(m.atoms, m.from);
}

/** A word of service ("hoạt động", "trực", "cứu hộ") right before atom i: what "24/7" after it is said of. */
export function serviceWordBefore(atoms: readonly Atom[], i: number): boolean {
  const one = atoms[i - 1];
  const two = atoms[i - 2];
  if (one?.type !== 'W') return false;
  return ROUND_THE_CLOCK_AFTER.has(one.low) || (two?.type === 'W' && ROUND_THE_CLOCK_AFTER.has(`${two.low} ${one.low}`));
}

const UNIT_FACTOR: Record<string, number> = { phút: 1, giờ: 60, tiếng: 60, 'tiếng đồng hồ': 60, h: 60, giây: 1 / 60, s: 1 / 60 };

/** A length in minutes, kept to the second ("15s" = 0.25), so seconds are not rounded away. */
function toMinutes(x: number): number {
  return Math.round(x * 60) / 60;
}

/** "15s", "30s": seconds written onto the number, as a contest's rules write a clip's length. */
const SECONDS_SUFFIX = t('W', (x) => x.low === 's' && !x.spaceBefore);

function unitFactor(m: Match): number {
  const u = m
    .all('u')
    .map((x) => x.low)
    .join(' ');
  return UNIT_FACTOR[u] ?? 1;
}

// ---------------------------------------------------------------------------------------
// The atom rules, in priority order at each position.

const yearTail = alt(seq(sym('/', true), cap('y', year4)), seq(opt(sym(',')), w('năm'), cap('y', year4)), seq(sym('-–'), cap('y', year4)));
/** "quý ba năm 2024", "quý hai": a quarter named by its numeral in words. */
const QUARTER_NUMERALS: Readonly<Record<string, number>> = { một: 1, nhất: 1, hai: 2, ba: 3, bốn: 4, tư: 4 };
/** Words after a quarter's numeral in words: its year, another quarter, or the time around it ("quý ba vừa qua"). */
const QUARTER_NUMERAL_FOLLOWERS: ReadonlySet<string> = new Set([
  'năm',
  'và',
  'đến',
  'tới',
  'vừa',
  'này',
  'của',
  'so',
  'qua',
  'trước',
  'sau',
]);
/** A quarter's numeral in words; not a count after a period ("quý hai lần", "quý một số"): that numeral counts what follows. */
const quarterNumeralWord = seq(
  t('W', (x) => Object.hasOwn(QUARTER_NUMERALS, x.low)),
  not(t('W', (x) => !QUARTER_NUMERAL_FOLLOWERS.has(x.low))),
);
const quarterNumber = alt(t('W', isWord(ROMAN)), num(1, 4, 1), quarterNumeralWord);
const wordsIn = (list: readonly string[]): Pattern => w(...list);
/** Products and items of two words or more ("bản tin", "bài viết"), which some entity words start. */
const TWO_WORD_ITEMS: Pattern = w(...[...PRODUCT_NOUNS, ...ITEM_NOUNS].filter((x) => x.includes(' ')));
/** An item noun with its kind ("video clip", "phóng sự truyền hình"). */
const ITEM_WITH_KIND: Pattern = seq(
  wordsIn(ITEM_NOUNS),
  opt(w('video', 'clip', 'ảnh', 'phóng sự', 'ký sự', 'tranh', 'văn nghệ', 'âm nhạc', 'phát thanh', 'truyền hình')),
);
/** A word written in capitals only: an abbreviation ("CNSCĐ", "IP", "UBND"). */
const abbreviation: Pattern = t('W', (x) => /^\p{Lu}{2,}$/u.test(x.raw));
/** "mỗi đơn vị (UBND xã, thị trấn)": other names of the entity in brackets, opening with one or an abbreviation ("(Đã bao gồm thuế VAT)" is a note). */
const entityGloss: Pattern = seq(sym('('), alt(abbreviation, wordsIn(ENTITY_NOUNS)), many(alt(t('W'), sym(',')), 0, 10), sym(')'));
/**
 * What names which kind of team or station an entity is, after "mỗi": "mỗi Tổ CNSCĐ", "mỗi cơ sở Đoàn", "mỗi tổ công
 * tác", "mỗi Đài truyền thanh IP" (the entity is the whole name, not its first word).
 */
const entityNameTail: Pattern = alt(
  abbreviation,
  t('W', (x) => x.raw === 'Đoàn' || x.raw === 'Hội' || x.raw === 'Đảng'),
  w('công tác'),
  seq(w('truyền thanh'), opt(alt(w('cơ sở'), abbreviation))),
);
/** The heavenly stems and earthly branches that name a lunar year ("Bính Ngọ"). */
const CAN = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const CHI_INDEX: Record<string, number> = {
  tý: 0,
  tí: 0,
  sửu: 1,
  dần: 2,
  mão: 3,
  mẹo: 3,
  thìn: 4,
  tỵ: 5,
  tị: 5,
  ngọ: 6,
  mùi: 7,
  thân: 8,
  dậu: 9,
  tuất: 10,
  hợi: 11,
};
const CHI = Object.keys(CHI_INDEX);
/** A lunar year named by its stem and branch ("Giáp Thìn"), taken between 2000 and 2059. */
function canChiYear(can: string, chi: string): number | undefined {
  const c = CAN.indexOf(can);
  const k = CHI_INDEX[chi];
  if (c < 0 || k === undefined) return undefined;
  for (let y = 2000; y < 2060; y++) if ((y - 4) % 10 === c && (y - 4) % 12 === k) return y;
  return undefined;
}
/** The lunar year a phrase names: "năm 2025", "Bính Ngọ", "Bính Ngọ 2026", "(Giáp Thìn) năm 2024". */
const lunarYear = seq(
  opt(w('năm', 'xuân')),
  opt(sym('(')),
  opt(seq(cap('can', w(...CAN)), cap('chi', w(...CHI)))),
  opt(sym(')')),
  opt(sym(',')),
  opt(seq(opt(w('năm')), cap('y', year4))),
);
function lunarYearOf(m: Match): number | undefined {
  if (m.has('y')) return m.get('y')!.v.n!;
  if (m.has('can')) return canChiYear(m.get('can')!.low, m.get('chi')!.low);
  return undefined;
}
/** The solar date of a lunar one, or null when that day does not exist ("mùng 30" of a 29-day month). */
function solarOf(d: number, lm: number, ly: number): { d: number; m: number; y: number } | null {
  const s = lunarToSolar(d, lm, ly);
  if (!s) return null;
  const back = solarToLunar(s.day, s.month, s.year);
  return back.day === d && back.month === lm && back.year === ly && !back.leap ? { d: s.day, m: s.month, y: s.year } : null;
}
/**
 * A lunar day as an atom: its solar date, or, when the lunar calendar has no such day, one inert atom that
 * no rule reads a date from and the parser refuses as an impossible date.
 */
function lunarAtom(d: number, lm: number, ly: number): { type: string; v: AtomValue } {
  const s = solarOf(d, lm, ly);
  return s ? { type: 'DATE', v: { ...s, lunar: { d, m: lm, y: ly } } } : { type: 'NO_SUCH_DAY', v: { lunar: { d, m: lm, y: ly } } };
}
/**
 * A lunar day written with no year ("mùng 5 Tết", "ngày 15 tháng Chạp âm lịch"): a date whose day and month are
 * the lunar ones until `resolveLunarDays` finds its year (one written in the phrase, else the page's); with
 * none, it stays a day and month of no year, marked lunar, never read as the solar day of the same numbers.
 */
function lunarNoYearAtom(d: number, lm: number): { type: string; v: AtomValue } | null {
  if (d < 1 || d > 30 || lm < 1 || lm > 12) return null;
  return { type: 'DATE', v: { d, m: lm, lunarNoYear: { d, m: lm } } };
}
/**
 * Gives each lunar day written with no year its solar date: the lunar year is the one written nearest in the
 * phrase ("Giải … năm 2026 … vào mùng 5 Tết"), else the page's (`yearFromRef`, as `lunarYearFor` chooses it). A day
 * the lunar calendar does not have becomes the inert atom the parser refuses.
 */
export function resolveLunarDays(atoms: Atom[], ref: { y: number; m: number; d: number } | undefined): void {
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    const l = a.v.lunarNoYear;
    if (a.type !== 'DATE' || !l) continue;
    let written: number | undefined;
    let nearest: Atom | undefined;
    let distance = Infinity;
    atoms.forEach((x, j) => {
      const y = x.type === 'YEAR' || (x.type === 'DATE' && !x.v.lunarNoYear) || x.type === 'MONTH' ? x.v.y : undefined;
      if (y !== undefined && Math.abs(j - k) < distance) {
        written = y;
        nearest = x;
        distance = Math.abs(j - k);
      }
    });
    // "từ ngày 28/1 đến ngày 11/2/2021, tức từ ngày 16 đến ngày 30 tháng Chạp": beside a whole solar day, the lunar day is of
    // the lunar year that puts it nearest that day (the last month of the year before, in January or February).
    const solar = nearest?.type === 'DATE' && nearest.v.lunar === undefined && nearest.v.d !== undefined && nearest.v.m !== undefined;
    const y =
      written !== undefined && solar
        ? nearerLunarYear(l.d, l.m, { y: written, m: nearest!.v.m!, d: nearest!.v.d! })
        : (written ?? (ref ? lunarYearFor(l.d, l.m, ref) : undefined));
    if (y === undefined) continue;
    const r = lunarAtom(l.d, l.m, y);
    atoms[k] = { ...a, type: r.type, v: { ...r.v, ...(written === undefined ? { yearFromRef: true } : {}) } };
  }
}
/**
 * The lunar year of a lunar day with no year, on a page of `ref`: the solar year's, except on a page written before that
 * year's Tết, where the old year's days are still near ("23 tháng Chạp" on 10 February 2026 is that day) and the new
 * year's Tết is near too ("mùng 2 Tết" then is 18 February 2026): of the two, the nearer.
 */
function lunarYearFor(d: number, lm: number, ref: { y: number; m: number; d: number }): number {
  const tet = solarOf(1, 1, ref.y);
  if (!tet || tet.m * 100 + tet.d <= ref.m * 100 + ref.d) return ref.y;
  return nearerLunarYear(d, lm, ref);
}
/** Of the lunar years `at.y - 1` and `at.y`, the one whose lunar day `d` of month `lm` falls nearer the solar day `at`. */
function nearerLunarYear(d: number, lm: number, at: { y: number; m: number; d: number }): number {
  const when = Date.UTC(at.y, at.m - 1, at.d);
  const gap = (ly: number): number => {
    const s = solarOf(d, lm, ly);
    return s ? Math.abs(Date.UTC(s.y, s.m - 1, s.d) - when) : Infinity;
  };
  return gap(at.y - 1) < gap(at.y) ? at.y - 1 : at.y;
}
/** "quý", "quí", and "Qúy" (the tone written on the u, a slip seen on real pages). */
const QUARTER_WORD = w('quý', 'quí', 'qúy');
/** Things counted whole: no fraction of one is written ("7,206 trang" groups thousands). */
const WHOLE_THINGS = [
  ...PRODUCT_NOUNS,
  ...ENTITY_NOUNS,
  'người',
  'lượt',
  'lượt người',
  'hội viên',
  'đoàn viên',
  'thành viên',
  'học sinh',
  'sinh viên',
  'thí sinh',
  'tài khoản',
  'doanh nghiệp',
  'cán bộ',
  'trường hợp',
  'hồ sơ',
  'trang',
  'cuốn',
  'quyển',
  'cụm loa',
];
/** Nouns a share counts; not those that also start a verb ("ban hành", "tổ chức", "phòng, chống"). */
const NOT_AFTER_RATIO = new Set(['tổ', 'ban', 'phòng', 'điểm', 'lớp', 'đội', 'sở', 'đài', 'trạm', 'cụm', 'người', 'nhóm', 'ngành']);
const COUNTED_AFTER_RATIO = new Set([
  ...ENTITY_NOUNS.filter((n) => !n.includes(' ') && !NOT_AFTER_RATIO.has(n)),
  'cơ quan',
  'đơn vị',
  'tổ dân phố',
  'khu phố',
  'trường học',
  'hộ gia đình',
  // Targets met out of those set: "6/7 chỉ tiêu", "19/19 tiêu chí".
  'chỉ tiêu',
  'tiêu chí',
  // Places, regions and works out of all of them: "đã thông xe 1/7 vị trí", "6/6 vùng kinh tế - xã hội", "5/8 công
  // trình" ("bộ" is left out: "Từ 1/7 Bộ Công an …", "từ 1/7 bộ phận một cửa …" are dates).
  'vị trí',
  'vùng',
  'nhiệm vụ',
  'công trình',
  'dự án',
]);
/** Whether a unit or place that a share counts ("6/6 thôn", "3/5 đơn vị") starts at j. */
function countedNounAt(a: readonly Atom[], j: number): boolean {
  const x = a[j];
  if (!x || x.type !== 'W') return false;
  // "Từ 1/7 Vùng Thủ đô …": a region's name, capitalised, is what follows a date.
  if (x.low === 'vùng' && x.raw !== x.low) return false;
  const y = a[j + 1];
  return COUNTED_AFTER_RATIO.has(x.low) || (y !== undefined && y.type === 'W' && COUNTED_AFTER_RATIO.has(`${x.low} ${y.low}`));
}

/** What a post or a broadcast stands "on" ("đăng trên 2 trang", "phát trên 3 kênh"): "trên" before them is "on". */
const MEDIUM_NOUNS = new Set([
  'trang',
  'kênh',
  'báo',
  'tờ',
  'số',
  'website',
  'trang web',
  'trang thông tin',
  'sóng',
  'đài',
  'tuyến',
  'nền tảng',
  'mạng',
  'phương tiện',
  'ứng dụng',
  'tạp chí',
  'bản tin',
  'cổng',
  'fanpage',
  'nhóm',
  'địa bàn',
  'tầng',
  'màn hình',
  'bảng',
  'cụm',
  'xe',
  'tuyến đường',
]);
/** Verbs after which "trên N …" says where ("đăng trên 2 trang"). */
const POSTING_VERBS = new Set([
  'đăng',
  'tải',
  'phát',
  'đưa',
  'chia',
  'sẻ',
  'chiếu',
  'in',
  'treo',
  'gắn',
  'dán',
  'lắp',
  'đặt',
  'hiển',
  'thị',
  'xuất',
  'bản',
]);

/** Words that multiply the number before them. */
const MULTIPLIERS: Record<string, number> = {
  nghìn: 1000,
  ngàn: 1000,
  vạn: 10_000,
  triệu: 1_000_000,
  tỷ: 1_000_000_000,
  tỉ: 1_000_000_000,
};

/** Verbs before "trên N" that make it "more than N". */
/** Verbs of making or handing out things, after which "trên N" is "more than N". */
const MAKING_VERBS = new Set([
  'sản xuất',
  'thực hiện',
  'tổ chức',
  'biên soạn',
  'xây dựng',
  'cấp phát',
  'phát hành',
  'tiếp nhận',
  'biên tập',
]);
const QUANTITY_VERBS = new Set(['có', 'đạt', 'được', 'với', 'là', 'chiếm', 'thu', 'hút', 'tăng', 'lên', 'gồm', 'tổng']);

/** Words after which a bare "3-12" is a date, and words that may follow one. */
const DATE_INTRO_WORDS = new Set(['từ', 'đến', 'tới', 'hết', 'vào', 'trước', 'sau', 'sáng', 'chiều', 'tối', 'trưa', 'đêm']);
/**
 * Words after which a day may stand without "ngày" in a whole date ("là 24 tháng 6 năm 2024", "đến hết
 * 30 tháng 9 năm 2023"); after any other word the number may be a name's ("khu phố 3 tháng 02 năm 2024").
 */
const DAY_WITHOUT_NGAY_AFTER = new Set([...DATE_INTRO_WORDS, 'là', 'nhất', 'hạn', 'lúc']);

const DATE_FOLLOW_WORDS = new Set(['đến', 'tới', 'và', 'hoặc', 'năm', 'hằng', 'hàng', 'tại', 'ở', 'lúc']);
const weekdayName = alt(num(2, 8, 1), t('W', isWord(WEEKDAY_BY_WORD)));

/** Right after a word that introduces a date ("từ", "đến", "vào", "trước"…), or a part of the day when allowed ("sáng 3-12"). */
function afterDateWord(out: readonly Atom[], orPartOfDay: boolean): boolean {
  const prev = out[out.length - 1];
  if (prev !== undefined && ((orPartOfDay && prev.type === 'POD') || (prev.type === 'W' && DATE_INTRO_WORDS.has(prev.low)))) return true;
  // "Sáng qua 27.5, …", "Hôm nay 5-4 …": today or yesterday named, then its date.
  if (orPartOfDay && afterToday(out)) return true;
  // "Hôm nay, 28-7, …", "Hôm nay (28-7)", "Sáng nay (20-2)": the press names today's date after "hôm nay" or
  // a part of today.
  return (
    prev?.type === 'SYM' &&
    (prev.raw === ',' || prev.raw === '(') &&
    out[out.length - 2]?.low === 'nay' &&
    (out[out.length - 3]?.low === 'hôm' || out[out.length - 3]?.type === 'POD')
  );
}

/** Right after "hôm nay" or a part of today ("sáng nay"), or of yesterday ("hôm qua", "sáng qua"). */
function afterToday(out: readonly Atom[]): boolean {
  const day = out[out.length - 1]?.low;
  return (day === 'nay' || day === 'qua') && (out[out.length - 2]?.low === 'hôm' || out[out.length - 2]?.type === 'POD');
}

/** After "ngày" and one to six words naming the day ("ngày Chuyển đổi số quốc gia"), an opening bracket allowed. */
function afterNamedDay(out: readonly Atom[]): boolean {
  const last = out.length - (out[out.length - 1]?.raw === '(' ? 2 : 1);
  // "Cách mạng tháng Tám và Quốc khánh 2-9": the national day is named without "ngày".
  if (out[last]?.low === 'khánh' && out[last - 1]?.low === 'quốc') return true;
  // "Ngày toàn dân phòng, chống mua bán người 30-7", "Ngày Thương binh - Liệt sĩ 27-7": a comma or a
  // spaced dash may sit inside the name.
  for (let k = last; k >= 0 && k >= last - 9; k--) {
    const x = out[k]!;
    const joint = x.type === 'SYM' && (x.raw === ',' || ('-–'.includes(x.raw) && x.spaceBefore));
    if (joint && k < last && out[k - 1]?.type === 'W' && out[k + 1]?.type === 'W') continue;
    if (x.type !== 'W') return false;
    if (x.low === 'ngày') return k < last;
  }
  return false;
}

/** Right after a date and "và", "hoặc" or a comma: the next item of a list of dates ("ngày 15 tháng 6 và | 15 tháng 12"). */
function listedAfterDate(out: readonly Atom[]): boolean {
  const last = out[out.length - 1];
  const joint =
    last !== undefined && ((last.type === 'W' && (last.low === 'và' || last.low === 'hoặc')) || (last.type === 'SYM' && last.raw === ','));
  return joint && out[out.length - 2]?.type === 'DATE';
}

/** After "ngày 15, 16 và" / "ngày 21 và": a list of days of the month opened by a day, up to its last "và" or comma. */
function closesDayList(out: readonly Atom[]): boolean {
  const last = out[out.length - 1];
  if (!last || !((last.type === 'W' && last.low === 'và') || (last.type === 'SYM' && last.raw === ','))) return false;
  for (let k = out.length - 2; k >= 0 && k >= out.length - 9; k--) {
    const x = out[k]!;
    if (x.type === 'DAY') return true;
    const joint = (x.type === 'W' && x.low === 'và') || (x.type === 'SYM' && x.raw === ',');
    if (!joint && !(x.type === 'NUM' && Number.isInteger(x.v.n) && x.v.n! >= 1 && x.v.n! <= 31)) return false;
  }
  return false;
}

/** After "từ ngày 6 -": a span of days opened by "ngày" and a dash, which the day and month that follow close ("ngày 6 - 10 tháng 3"). */
function closesDaySpan(out: readonly Atom[]): boolean {
  const last = out[out.length - 1];
  return last?.type === 'SYM' && (last.raw === '-' || last.raw === '–') && out[out.length - 2]?.type === 'DAY';
}

/**
 * After "từ 21-": a span of days opened by "từ" and a bare day before a dash, which a later day with its month in words
 * closes ("từ 21-23 tháng 6 vừa qua"); not where a count follows the month ("từ 2-3 tháng 1 lần" is every two or three
 * months).
 */
function closesBareDaySpan(out: readonly Atom[], d: number, next: Atom | undefined): boolean {
  const [from, first, dash] = out.slice(-3);
  if (dash?.type !== 'SYM' || (dash.raw !== '-' && dash.raw !== '–')) return false;
  if (first?.type !== 'NUM' || !Number.isInteger(first.v.n) || first.v.n! < 1 || first.v.n! >= d) return false;
  if (from?.type !== 'W' || from.low !== 'từ') return false;
  return !(next?.type === 'W' && ['lần', 'lượt', 'đợt', 'buổi'].includes(next.low)) && !(next?.type === 'SYM' && next.raw === '/');
}

/** After "từ ngày 18 đến": a range opened by a day of the month, which the day-month that follows closes ("… đến 27-11 các đoàn …"). */
function closesDayRange(out: readonly Atom[]): boolean {
  const last = out[out.length - 1];
  if (!last || last.type !== 'W' || !['đến', 'tới'].includes(last.low)) return false;
  return out[out.length - 2]?.type === 'DAY';
}

/**
 * "từ ngày 10.3 - 10.4": after a day-month with no year and a spaced dash, the range's end, when it ends like a
 * date; after such a day-month and "đến", the end whatever follows.
 */
function closesDateRange(out: readonly Atom[], next: Atom | undefined): boolean {
  const link = out[out.length - 1];
  const start = out[out.length - 2];
  if (start?.type !== 'DATE' || start.v.y !== undefined) return false;
  // "từ ngày 15-4 đến 15-5 trên phạm vi toàn quốc": after a day-month and "đến", whatever words follow.
  if (link?.type === 'W') return link.low === 'đến' || link.low === 'tới';
  return link?.type === 'SYM' && (link.raw === '-' || link.raw === '–') && link.spaceBefore && endsLikeADate(next);
}

/** Adjectives "hơn" compares ("muộn hơn", later than): the number after them is no "more than". */
const COMPARED_BEFORE_HON = new Set(['muộn', 'chậm', 'trễ', 'sớm', 'nhanh', 'lâu']);

/** What may follow a bare "3-12" read as a date: the end, a closing mark, or a word such as "đến", "và" ("từ 3-5 bài" stays a range). */
function endsLikeADate(next: Atom | undefined): boolean {
  // "đến hết 4-5 (đã hoán đổi …)": an aside in brackets after it, too.
  return (
    next === undefined || (next.type === 'SYM' && ',;.()'.includes(next.raw)) || (next.type === 'W' && DATE_FOLLOW_WORDS.has(next.low))
  );
}

/** Words before "một năm" that make it a time ("sau một năm", "cách đây một tuần", "trong một tháng"), no rate. */
const NOT_UNIT_BEFORE_RATE = new Set(['sau', 'trước', 'trong', 'từ', 'vào', 'đến', 'tới', 'đây', 'cách', 'khoảng', 'gần', 'hơn', 'suốt']);

/**
 * "2 lần một tuần", "2 bản tin một tuần", "30 bơ đỗ một ngày": a count and the words of its unit (up to four, no mark
 * between) right before.
 */
function countAndUnitBefore(out: readonly Atom[]): boolean {
  // The word right before is the unit's last (any word, as "2 lần một năm" has it); the words before that are the
  // unit's only up to a word that ends a unit ("người biết chữ sau một năm", "180.000 đồng cách đây một tuần").
  let k = out.length - 1;
  if (out[k]?.type !== 'W' || NOT_UNIT_BEFORE_RATE.has(out[k]!.low)) return false;
  k--;
  const stop = Math.max(0, out.length - 5);
  while (k > stop && out[k]?.type === 'W' && !UNIT_STOP_WORDS.has(out[k]!.low) && !['cách', 'đây'].includes(out[k]!.low)) k--;
  const x = out[k];
  return x !== undefined && (x.type === 'NUM' || x.type === 'WNUM');
}

/** The atoms before end "số 24 /" or "Nghị định 24 /" (tight): what follows is a document's number, not a time. */
function closesDocumentNumber(out: readonly Atom[]): boolean {
  const n = out.length;
  const slash = out[n - 1];
  const num = out[n - 2];
  if (slash?.type !== 'SYM' || slash.raw !== '/' || slash.spaceBefore || num?.type !== 'NUM') return false;
  const word = out[n - 3];
  if (word?.type !== 'W') return false;
  if (word.low === 'số') return true;
  const kind = `${out[n - 4]?.low ?? ''} ${word.low}`;
  return DOCUMENT_KINDS_NUMBERED_BARE.includes(kind);
}

export const ATOM_RULES: readonly AtomRule[] = [
  // ---- names that read like a quota
  {
    // "Chương trình “Mỗi xã một sản phẩm” (OCOP)": the national programme's name, not one product per commune.
    name: 'name.ocop',
    pattern: seq(w('mỗi'), w('xã'), opt(seq(sym(','), w('phường'))), w('một'), w('sản phẩm')),
    build: () => ({ type: 'NAME', v: {} }),
  },
  // ---- dates
  {
    // "ngày 08/1/2018 âm lịch", "ngày 10/3 âm lịch năm 2024": a lunar day written in figures, turned
    // into its solar date as date.lunar-day does (below, ahead of the solar dates for the same reason).
    name: 'date.lunar-d/m',
    pattern: seq(
      opt(w('ngày', 'mùng', 'mồng')),
      cap('d', day),
      sym('/', true),
      cap('lm', month),
      alt(
        seq(sym('/', true), cap('y', year4), opt(sym(')')), AM_LICH),
        seq(AM_LICH, lunarYear),
        // "(nhằm ngày 15/4 năm Ất Tỵ)": a year named by its stem and branch says the day is lunar.
        seq(w('năm'), cap('can', w(...CAN)), cap('chi', w(...CHI))),
      ),
    ),
    build: (m) => {
      const ly = lunarYearOf(m);
      const d = m.get('d')!.v.n!;
      const lm = m.get('lm')!.v.n!;
      return ly === undefined ? lunarNoYearAtom(d, lm) : lunarAtom(d, lm, ly);
    },
  },
  {
    // "Rằm tháng Giêng năm 2025", "mùng 6 Tết Bính Ngọ", "ngày 23 tháng Chạp năm Giáp Thìn": a
    // lunar day, turned into its solar date by Loa's lunar calendar. Ahead of the solar dates, which would
    // otherwise take "ngày 10 tháng 3" before "âm lịch" is seen.
    name: 'date.lunar-day',
    pattern: seq(
      // "ngày 23 tháng Chạp", "ngày mùng 2 Tết", "Rằm tháng Giêng"
      alt(
        cap('rằm', seq(opt(w('ngày')), w('rằm'))),
        seq(opt(seq(w('ngày'), ahead(w('mùng', 'mồng')))), w('mùng', 'mồng', 'ngày'), cap('d', day)),
        // "từ ngày 10 đến 12 tháng Giêng âm lịch": the day that ends a span, bare after "đến".
        cap('d', day),
      ),
      alt(
        seq(opt(w('tháng')), cap('giêng', w('giêng'))),
        seq(w('tháng'), cap('chạp', w('chạp'))),
        seq(w('tháng'), cap('lm', month), AM_LICH),
        cap('tết', w('tết nguyên đán', 'tết')),
      ),
      opt(AM_LICH),
      lunarYear,
    ),
    // "Sáng 23 tháng Chạp", "Sáng nay 23 tháng chạp": a part of the day, or today, may introduce the bare day too.
    // "ngày 16 - 18 tháng giêng", "Ngày 14 và 15 tháng Tư Âm Lịch": so does the end of a span or list of days opened by "ngày".
    when: (m, out) => m.atoms[m.from]!.type === 'W' || afterDateWord(out, true) || closesDaySpan(out) || closesDayList(out),
    build: (m) => {
      const ly = lunarYearOf(m);
      const d = m.has('rằm') ? 15 : m.get('d')!.v.n!;
      // "đêm 30 Tết", "28 Tết": the last days before Tết are the old year's Chạp ("mùng 2 Tết" is the new year's).
      const lm = m.has('chạp') || (m.has('tết') && d > 10) ? 12 : m.has('lm') ? m.get('lm')!.v.n! : 1;
      return ly === undefined ? lunarNoYearAtom(d, lm) : lunarAtom(d, lm, ly);
    },
  },
  {
    // "diễn ra từ ngày 04-10/3/2024": the days 4 to 10 of one month, written on one date; "từ ngày 1-30.6.2011",
    // "từ 1 - 14.12.2019": so with points, and then with a spaced dash too after "ngày" or "từ".
    name: 'span.days-of-one-date',
    pattern: seq(
      opt(cap('ngay', NGAY)),
      cap('a', day),
      alt(sym('-–', true), cap('spaced', sym('-–'))),
      cap('d', day),
      alt(
        seq(sym('/', true), cap('m', month), sym('/', true), cap('y', yearOfDate)),
        seq(cap('dotted', sym('.', true)), cap('m', month), sym('.', true), cap('y', yearOfDate)),
      ),
    ),
    // (A spaced dash before a slashed date is read by the timeframe's rules, which lend its year to the days before.)
    when: (m, out) =>
      !m.has('spaced') || (m.has('dotted') && (m.has('ngay') || (out[out.length - 1]?.type === 'W' && out[out.length - 1]!.low === 'từ'))),
    build: (m) => {
      const a = m.get('a')!.v.n!;
      const d = m.get('d')!.v.n!;
      const mo = m.get('m')!.v.n!;
      const y = m.get('y')!.v.n!;
      if (a >= d || d > daysInMonth(y, mo)) return null;
      return { type: 'SPAN', v: { d: a, m: mo, y, end: { y, m: mo, d } } };
    },
  },
  {
    // "2020-09-26 10:58" (a page's machine date): year, month and day, ISO 8601's order; online forms
    // write the same order with slashes, "2021/08/16".
    name: 'date.iso',
    pattern: seq(
      cap('y', year4),
      alt(
        seq(sym('-', true), cap('m', month), sym('-', true), cap('d', day)),
        seq(sym('/', true), cap('m', month), sym('/', true), cap('d', day)),
      ),
    ),
    build: (m) => {
      const y = m.get('y')!.v.n!;
      const mo = m.get('m')!.v.n!;
      const d = m.get('d')!.v.n!;
      // Two digits each, as machines write it; an impossible day is refused downstream, as in "30/02/2024".
      if (m.get('m')!.raw.length !== 2 || m.get('d')!.raw.length !== 2) return null;
      return { type: 'DATE', v: { d, m: mo, y } };
    },
  },
  {
    name: 'date.d/m/y',
    pattern: seq(
      opt(NGAY),
      cap('d', day),
      alt(
        seq(sym('/', true), cap('m', month), sym('/', true), cap('y', yearOfDate)),
        seq(sym('-', true), cap('m', month), sym('-', true), cap('y', yearOfDate)),
        seq(sym('.', true), cap('m', month), sym('.', true), cap('y', yearOfDate)),
        seq(sym('-–'), cap('m', month), sym('-–'), cap('y', yearOfDate)),
        // "15/12/ 2021": a blank slipped in after the last slash, before a four-digit year.
        seq(
          sym('/', true),
          cap('m', month),
          t('SYM', (x) => x.raw === '/' && !x.spaceBefore),
          cap('y', yearOfDate),
        ),
        // "ngày 01 /7/2022": a blank slipped in before the first slash, the rest written tight.
        seq(
          t('SYM', (x) => x.raw === '/' && x.spaceBefore),
          cap(
            'm',
            t('NUM', (x) => !x.spaceBefore && x.v.n! >= 1 && x.v.n! <= 12 && x.v.digits!.length <= 2),
          ),
          sym('/', true),
          cap('y', yearOfDate),
        ),
      ),
    ),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    // "kể từ ngày 04 /01 /2018", "ngày 18 / 2 /2020": after "ngày", blanks slipped in around both slashes of a date
    // with a four-digit year.
    name: 'date.ngày-d/m/y-spaced',
    pattern: seq(
      NGAY,
      cap('d', day),
      t('SYM', (x) => x.raw === '/'),
      cap('m', month),
      t('SYM', (x) => x.raw === '/'),
      cap('y', year4),
    ),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    // "Trước ngày 05 / 7 hằng năm", "ngày 10 / 01 năm tiếp theo": after "ngày", blanks around the slash of a day and
    // month with no year.
    name: 'date.ngày-d/m-spaced',
    pattern: seq(
      NGAY,
      cap('d', day),
      cap(
        'slash',
        t('SYM', (x) => x.raw === '/'),
      ),
      cap('m', month),
      not(seq(sym('/'), t('NUM'))),
      // "ngày 05 / 7 năm 2024": its year said in words after it.
      opt(seq(w('năm'), cap('y', year4))),
    ),
    // Written tight ("ngày 05/7"), date.d/m reads it (with its year, its range).
    when: (m) => m.get('slash')!.spaceBefore || m.get('m')!.spaceBefore,
    build: (m) => ({
      type: 'DATE',
      v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, ...(m.has('y') ? { y: m.get('y')!.v.n! } : {}) },
    }),
  },
  {
    // "Sáng ngày 25-10/2014": a hyphen, then a slash before the year, after "ngày".
    name: 'date.ngày-d-m/y',
    pattern: seq(NGAY, cap('d', day), sym('-', true), cap('m', month), sym('/', true), cap('y', yearOfDate)),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    name: 'date.ngày-d-tháng-m-năm-y',
    pattern: seq(
      NGAY,
      cap('d', day),
      w('tháng'),
      cap('m', month),
      // "ngày 25 tháng 1 2022": the year may follow the month with nothing between.
      // "Ngày 20 Tháng Mười, 2020": or after a comma, as pages translated from English write it.
      opt(
        alt(
          seq(opt(sym(',')), w('năm'), cap('y', year4)),
          seq(sym('/', true), cap('y', year4)),
          seq(sym(','), cap('y', year4)),
          cap('y', year4),
        ),
      ),
    ),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, ...(m.has('y') ? { y: m.get('y')!.v.n! } : {}) } }),
  },
  {
    // "ngay 12 thang 01 nm 2017": a PDF text layer that lost its Vietnamese letters ("năm" → "nm"),
    // or text typed without accents. Read only as a whole day, month and year.
    name: 'date.unaccented-ngay-thang-nam',
    pattern: seq(w('ngay', 'ngy'), cap('d', day), w('thang', 'thng'), cap('m', month), w('nam', 'nm', 'năm'), cap('y', year4)),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    // "Thứ ba, 25 Tháng 1 2022 16:22" (a byline): day, "tháng", month and a four-digit year right after.
    name: 'date.d-tháng-m-yyyy',
    pattern: seq(cap('d', day), w('tháng'), cap('m', month), cap('y', year4)),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    // "… là 24 tháng 6 năm 2024", "09h00 15 tháng 5 năm 2023": a whole date written without its "ngày" (a
    // day, a month and a year, no length of 24 months); not the number of a name before it ("Phường 2
    // tháng 02 năm 2023"), so only after a word that leads a date (DAY_WITHOUT_NGAY_AFTER).
    name: 'date.d-tháng-m-năm-y',
    pattern: seq(
      after(
        (prev) =>
          prev === undefined ||
          ['SYM', 'CLOCK', 'POD', 'WEEKDAY'].includes(prev.type) ||
          (prev.type === 'W' && DAY_WITHOUT_NGAY_AFTER.has(prev.low)),
      ),
      cap('d', day),
      w('tháng'),
      cap('m', month),
      w('năm'),
      cap('y', year4),
    ),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    // "Thứ Bảy, 1 tháng 10, 2011": a page's dateline after its weekday, the year after a comma as English writes it.
    name: 'date.weekday-d-tháng-m-comma-y',
    pattern: seq(cap('d', day), w('tháng'), cap('m', month), sym(','), cap('y', year4)),
    when: (_m, out) => out.at(-1)?.type === 'SYM' && out.at(-1)!.raw === ',' && out.at(-2)?.type === 'WEEKDAY',
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    // "ngày 16/7/20 21": a year broken by a blank in a PDF's text layer ("20 21" is 2021). Read only
    // where no counted noun follows (a two-digit year is not written in these documents).
    name: 'date.d/m/yy-broken-year',
    pattern: seq(
      opt(NGAY),
      cap('d', day),
      sym('/', true),
      cap('m', month),
      sym('/', true),
      cap(
        'c',
        t('NUM', (x) => x.v.digits === '19' || x.v.digits === '20'),
      ),
      cap(
        'yy',
        t('NUM', (x) => x.spaceBefore && x.v.digits!.length === 2),
      ),
      not(alt(sym('/-', true), seq(sym('.,', true), t('NUM')))),
    ),
    when: (m) => {
      const next = m.atoms[m.to];
      return next === undefined || next.type === 'SYM' || (next.type === 'W' && UNIT_STOP_WORDS.has(next.low));
    },
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: m.get('c')!.v.n! * 100 + m.get('yy')!.v.n! } }),
  },
  {
    // "( PL 29 / 02 / 2016 )", "ngày chủ nhật 01 / 10 / 17": slashes set apart by blanks, as some
    // sites write them; a two-digit year only with a zero-padded day and month.
    name: 'date.spaced-d/m/y',
    pattern: seq(
      opt(NGAY),
      cap('d', day),
      t('SYM', (x) => x.raw === '/' && x.spaceBefore),
      cap(
        'm',
        t('NUM', (x) => x.spaceBefore && x.v.n! >= 1 && x.v.n! <= 12 && x.v.digits!.length <= 2),
      ),
      t('SYM', (x) => x.raw === '/' && x.spaceBefore),
      cap(
        'y',
        t(
          'NUM',
          (x) =>
            x.spaceBefore && (((x.v.digits ?? '').length === 4 && x.v.n! >= 1800 && x.v.n! <= 2199) || (x.v.digits ?? '').length === 2),
        ),
      ),
      not(sym('/-')),
    ),
    build: (m) => {
      const y = m.get('y')!;
      if (y.v.digits!.length === 2 && (m.get('d')!.v.digits!.length !== 2 || m.get('m')!.v.digits!.length !== 2)) return null;
      const year = y.v.digits!.length === 2 ? (y.v.n! <= 50 ? 2000 : 1900) + y.v.n! : y.v.n!;
      return { type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: year } };
    },
  },
  {
    // "sáng thứ bảy 30/9/17", "ngày 05/3/19": a two-digit year, read only after a word that names
    // a day (ngày, a weekday, a part of the day, a date word), never where something counted follows.
    name: 'date.d/m/yy-after-day-word',
    pattern: seq(
      opt(cap('ngày', NGAY)),
      cap('d', day),
      sym('/', true),
      cap('m', month),
      sym('/', true),
      cap(
        'y',
        t('NUM', (x) => x.v.digits!.length === 2),
      ),
      not(sym('/-.', true)),
      not(t('NUM')),
    ),
    when: (m, out) => {
      const prev = out[out.length - 1];
      const named = m.has('ngày') || (prev !== undefined && (prev.type === 'WEEKDAY' || afterDateWord(out, true)));
      return named && !countedNounAt(m.atoms, m.to);
    },
    build: (m) => {
      const yy = m.get('y')!.v.n!;
      return { type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: (yy <= 50 ? 2000 : 1900) + yy } };
    },
  },
  {
    // "từ ngày 20 đến 22 tháng 11 năm 2024": a day-month-year without "ngày" after a date word.
    name: 'date.d-tháng-m-after-date-word',
    pattern: seq(
      cap('d', day),
      w('tháng'),
      cap('m', month),
      opt(alt(seq(opt(sym(',')), w('năm'), cap('y', year4)), seq(sym('/', true), cap('y', year4)))),
    ),
    when: (_m, out) => afterDateWord(out, false),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, ...(m.has('y') ? { y: m.get('y')!.v.n! } : {}) } }),
  },
  {
    // "đến ngày cuối cùng của tháng 12", "ngày cuối cùng của tháng 6/2024": the month's last day.
    name: 'date.last-day-of-month',
    pattern: seq(
      w('ngày cuối cùng', 'ngày cuối'),
      opt(w('của')),
      w('tháng'),
      cap('m', month),
      opt(alt(seq(sym('/', true), cap('y', year4)), seq(opt(sym(',')), w('năm'), cap('y', year4)))),
    ),
    build: (m) => {
      const mo = m.get('m')!.v.n!;
      const y = m.has('y') ? m.get('y')!.v.n! : undefined;
      return { type: 'DATE', v: { d: daysInMonth(y, mo), m: mo, ...(y !== undefined ? { y } : {}) } };
    },
  },
  {
    name: 'date.d/m',
    pattern: seq(
      opt(NGAY),
      cap('d', day),
      sym('/', true),
      cap('m', month),
      alt(ahead(DASH_TO_FULL_DATE), ahead(DASH_TO_DAY_MONTH), not(sym('/-', true))),
      opt(seq(w('năm'), cap('y', year4))),
    ),
    // "chỉ đạo 6/6 thôn", "5/7 xã đạt": a share of units counted, not a date (unless "ngày" says so).
    when: (m) =>
      (NGAY(m.atoms, m.from, []) > m.from || m.get('d')!.v.n! > m.get('m')!.v.n! || !countedNounAt(m.atoms, m.to)) && !roundTheClock(m),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, ...(m.has('y') ? { y: m.get('y')!.v.n! } : {}) } }),
  },
  {
    // "ngày 3-12" is 3 December, not a range (a range needs no "ngày" or has a unit).
    name: 'date.ngày-d-m',
    // A closing full stop may follow ("kéo dài đến hết ngày 23.5."); another number may not.
    pattern: seq(
      NGAY,
      cap('d', day),
      sym('-.', true),
      cap('m', month),
      not(seq(sym('-./', true), t('NUM'))),
      not(t('W', (x) => x.low === 'phút' || x.low === 'giờ')),
      // "từ ngày 8-12 tháng 4 năm 2024": a month in words after it makes the two numbers days of that month.
      not(alt(t('MONTH'), seq(w('tháng'), t('NUM')))),
    ),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n! } }),
  },
  {
    // "từ 25-11 đến 3-12", "vào sáng 3-12": a day-month after a word that introduces a
    // date, and followed by nothing that could be counted ("từ 3-5 bài" stays a range).
    name: 'date.d-m-after-date-word',
    // "từ ngày 1 đến 24.2.", "đến hết 14-4.": a dot as written in the press, and a closing full stop.
    // "Chiều 15–5, …": an en dash as some papers set it.
    pattern: seq(cap('d', day), sym('-.–', true), cap('m', month), alt(ahead(DASH_TO_FULL_DATE), not(seq(sym('-./–', true), t('NUM'))))),
    when: (m, out) =>
      (afterDateWord(out, true) && (endsLikeADate(m.atoms[m.to]) || DASH_TO_FULL_DATE(m.atoms, m.to, []) > m.to)) ||
      // "từ ngày 1 đến hết 15-12 chỉ đạt …": after "đến hết", no count follows, whatever word comes next.
      (out[out.length - 1]?.low === 'hết' && ['đến', 'tới'].includes(out[out.length - 2]?.low ?? '')) ||
      // "rời đảo Cát Bà chiều 7-9 do phà dừng …": after a part of the day, a word that counts nothing follows a date;
      // "Hôm nay 5-4 là hạn cuối …": so it does after today named.
      ((out[out.length - 1]?.type === 'POD' || afterToday(out)) &&
        m.atoms[m.to]?.type === 'W' &&
        UNIT_STOP_WORDS.has(m.atoms[m.to]!.low)) ||
      // "phiên họp chiều nay 25-10 bắt đầu lúc 14 giờ": after today named, a day and month is today's date.
      (afterToday(out) && out[out.length - 1]!.low === 'nay' && m.atoms[m.to]?.type === 'W') ||
      closesDayRange(out) ||
      // "diễn ra từ ngày 15 -19.12": the last day of a span opened by "ngày" and a dash, its month written on it; "trong 2
      // ngày 13 - 14.6 gây ảnh hưởng": a word may follow it, when the day closes a span of later days.
      (closesDaySpan(out) &&
        (endsLikeADate(m.atoms[m.to]) || (m.atoms[m.to]?.type === 'W' && (out[out.length - 2]!.v.d ?? 99) < m.get('d')!.v.n!))) ||
      // "tổ chức trong 2 ngày 8 và 9.6.": the last of a list of days, its month written on it.
      (out[out.length - 1]?.type === 'W' &&
        out[out.length - 1]!.low === 'và' &&
        out[out.length - 2]?.type === 'DAY' &&
        endsLikeADate(m.atoms[m.to])) ||
      closesDateRange(out, m.atoms[m.to]),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n! } }),
  },
  {
    // "từ 16 - 2 đến 22 - 5": day-months written with spaced hyphens, as print sets them, read only as a span
    // "từ … đến …" whose both ends are so written ("từ 3 - 5 bài" stays a range of counts).
    name: 'date.d-m-spaced-span',
    pattern: seq(
      cap('d', day),
      sym('-–'),
      cap('m', month),
      ahead(
        seq(
          w('đến', 'tới'),
          day,
          sym('-–'),
          month,
          not(
            alt(
              seq(sym('-./', true), t('NUM')),
              t('W', (x) => !DATE_FOLLOW_WORDS.has(x.low)),
            ),
          ),
        ),
      ),
    ),
    when: (_m, out) => prevWord(out) === 'từ',
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n! } }),
  },
  {
    // …and its end, after the start so read.
    name: 'date.d-m-spaced-span-end',
    pattern: seq(cap('d', day), sym('-–'), cap('m', month), not(seq(sym('-./', true), t('NUM')))),
    when: (m, out) => {
      const [start, to] = out.slice(-2);
      return (
        start?.type === 'DATE' &&
        start.rule === 'date.d-m-spaced-span' &&
        to?.type === 'W' &&
        ['đến', 'tới'].includes(to.low) &&
        endsLikeADate(m.atoms[m.to])
      );
    },
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n! } }),
  },
  {
    // "Trong hai ngày 21 và 22-6", "3 ngày 15, 16 và 17- 4": the day-month closing a list of days
    // opened by "ngày" (a hyphen, spaced or not).
    name: 'date.d-m-closing-day-list',
    pattern: seq(cap('d', day), sym('-'), cap('m', month), not(seq(sym('-./', true), t('NUM')))),
    when: (m, out) => closesDayList(out) && endsLikeADate(m.atoms[m.to]),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n! } }),
  },
  {
    // "Ngày 4 và 5 tháng 01 năm 1999": the last day of a list opened by "ngày", with its month (and year) in words.
    name: 'date.d-tháng-m-closing-day-list',
    pattern: seq(cap('d', day), w('tháng'), cap('m', month), opt(seq(opt(sym(',')), w('năm'), cap('y', year4)))),
    // "Từ ngày 6 - 10 tháng 3": the day and month that close a span of days opened by "ngày"; "từ 21-23 tháng 6", one
    // opened by "từ" and a bare day.
    // "trước ngày 15 tháng 6 và 15 tháng 12 hàng năm": a second day in words, listed after a date.
    when: (m, out) =>
      closesDayList(out) || closesDaySpan(out) || closesBareDaySpan(out, m.get('d')!.v.n!, m.atoms[m.to]) || listedAfterDate(out),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, ...(m.has('y') ? { y: m.get('y')!.v.n! } : {}) } }),
  },
  {
    // "Hưởng ứng ngày Chuyển đổi số quốc gia 10.10", "Ngày Pháp luật (9.11)": a day-month written
    // with a dot that closes the name of a day.
    name: 'date.d.m-after-named-day',
    // "… Quốc khánh 2-9": a hyphen too.
    pattern: seq(cap('d', day), sym('.-', true), cap('m', month), not(seq(sym('-./', true), t('NUM')))),
    when: (m, out) => afterNamedDay(out) && endsLikeADate(m.atoms[m.to]),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n! } }),
  },
  {
    // "kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18 tháng 11 hàng năm": a day and a month in words that close
    // the name of a day.
    name: 'date.d-tháng-m-after-named-day',
    pattern: seq(cap('d', day), w('tháng'), cap('m', month), opt(seq(w('năm'), cap('y', year4)))),
    when: (m, out) => afterNamedDay(out) && endsLikeADate(m.atoms[m.to]),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, ...(m.has('y') ? { y: m.get('y')!.v.n! } : {}) } }),
  },
  {
    // "1/18/23 5:18 PM": a portal's stamp in the American order (month first), read only where the second
    // number cannot be a month and an English clock follows.
    name: 'date.us-m/d/y-stamp',
    pattern: seq(
      cap('m', month),
      sym('/', true),
      cap(
        'd',
        t('NUM', (x) => x.v.n! > 12 && x.v.n! <= 31),
      ),
      sym('/', true),
      cap(
        'y',
        t('NUM', (x) => (x.v.digits ?? '').length === 2 || ((x.v.digits ?? '').length === 4 && x.v.n! >= 1900 && x.v.n! <= 2199)),
      ),
      ahead(
        seq(
          num(0, 23, 2),
          sym(':', true),
          t('NUM'),
          opt(seq(sym(':', true), t('NUM'))),
          t('W', (x) => x.low === 'am' || x.low === 'pm'),
        ),
      ),
    ),
    build: (m) => {
      const y = m.get('y')!;
      const year = y.v.digits!.length === 2 ? 2000 + y.v.n! : y.v.n!;
      return { type: 'DATE', v: { d: m.get('d')!.v.n!, m: m.get('m')!.v.n!, y: year } };
    },
  },
  {
    // "Jan 25, 2021", "March 3, 2024": a portal's stamp in the English locale, the month named in
    // English, capitalised, before the day and a four-digit year.
    name: 'date.english-month-d-y',
    pattern: seq(
      cap(
        'm',
        t('W', (x) => capitalisedWord(x) && Object.hasOwn(ENGLISH_MONTHS, x.low)),
      ),
      opt(sym('.', true)),
      cap('d', day),
      opt(sym(',')),
      cap('y', yearOfDate),
    ),
    build: (m) => ({ type: 'DATE', v: { d: m.get('d')!.v.n!, m: ENGLISH_MONTHS[m.get('m')!.low]!, y: m.get('y')!.v.n! } }),
  },
  {
    // "15 Tháng Giêng 2018 4:30:00 CH", "Ngày 3 Tháng Mười Một, 2020": the long date of the vi-VN
    // locale (.NET, CMS bylines), a solar month named in words with "Tháng" capitalised and the
    // year right after (no "năm"). A lunar day is written "tháng Giêng năm …" (date.lunar-day).
    name: 'date.d-Tháng-month-word-yyyy',
    pattern: seq(
      opt(NGAY),
      cap('d', day),
      t('W', (x) => x.low === 'tháng' && x.raw.startsWith('T')),
      cap(
        'm',
        alt(
          t('W', (x) => Object.hasOwn(MONTH_WORDS, x.low) && capitalisedWord(x)),
          capitalisedNumeralWords,
        ),
      ),
      opt(sym(',')),
      cap('y', year4),
    ),
    build: (m) => {
      const a = m.get('m')!;
      const mo = MONTH_WORDS[a.low] ?? parseWordNumeral(m.all('m').map((x) => x.low));
      if (mo === undefined || mo < 1 || mo > 12) return null;
      return { type: 'DATE', v: { d: m.get('d')!.v.n!, m: mo, y: m.get('y')!.v.n! } };
    },
  },
  {
    // "Tết Nguyên đán Bính Ngọ 2026": lunar 1/1 of that year, from the lunar calendar.
    name: 'date.tết',
    pattern: seq(w('tết nguyên đán', 'tết âm lịch', 'tết cổ truyền', 'tết'), lunarYear),
    build: (m) => {
      const ly = lunarYearOf(m);
      if (ly === undefined) return null;
      const s = solarOf(1, 1, ly)!;
      return { type: 'DATE', v: { ...s, lunar: { d: 1, m: 1, y: ly }, event: true } };
    },
  },
  {
    // "tháng Giêng năm Giáp Thìn": a whole lunar month, as the solar days it covers.
    name: 'span.lunar-month',
    pattern: seq(
      w('tháng'),
      alt(cap('giêng', w('giêng')), cap('chạp', w('chạp')), seq(cap('lm', month), w('âm lịch'))),
      opt(w('âm lịch')),
      lunarYear,
    ),
    build: (m) => {
      const ly = lunarYearOf(m);
      if (ly === undefined) return null;
      const lm = m.has('giêng') ? 1 : m.has('chạp') ? 12 : m.get('lm')!.v.n!;
      const first = solarOf(1, lm, ly);
      const next = lm === 12 ? solarOf(1, 1, ly + 1) : solarOf(1, lm + 1, ly);
      if (!first || !next) return null;
      const last = new Date(Date.UTC(next.y, next.m - 1, next.d - 1));
      return { type: 'SPAN', v: { ...first, end: { y: last.getUTCFullYear(), m: last.getUTCMonth() + 1, d: last.getUTCDate() } } };
    },
  },
  {
    // "từ ngày 25-27/12", "từ ngày 19-25.6 tại …": the first day of a range written tight onto a day-month with no year.
    name: 'date.day-opening-tight-range',
    pattern: seq(
      NGAY,
      cap('d', day),
      ahead(
        seq(
          sym('-–', true),
          day,
          alt(seq(sym('/', true), month, not(sym('/', true))), seq(sym('.', true), month, not(seq(sym('/.', true), t('NUM'))))),
        ),
      ),
    ),
    build: (m) => ({ type: 'DAY', v: { d: m.get('d')!.v.n! } }),
  },
  {
    name: 'date.day-only',
    pattern: seq(
      NGAY,
      cap('d', day),
      not(
        alt(
          sym('/-.', true),
          seq(w('tháng'), t('NUM')),
          // "Sơn La, ngày 05 tháng năm 2018": a letterhead whose month was left blank (or lost) dates no day.
          seq(w('tháng'), w('năm')),
          w('giờ', 'phút', 'tiếng', 'lần', 'buổi', 'bản tin', 'tin', 'bài', 'kỳ', 'đợt', 'chương trình', 'lượt'),
          // "Trực tiếp | 10 Ngày | 10 (mười) ngày làm việc kể từ …" (a table row): the number counts the days after it.
          w('ngày', 'tuần'),
        ),
      ),
    ),
    build: (m) => ({ type: 'DAY', v: { d: m.get('d')!.v.n! } }),
  },
  // ---- months, quarters, years, halves
  {
    name: 'month.tháng-m-y',
    pattern: seq(
      w('tháng'),
      cap('m', alt(month, t('W', isWord(MONTH_WORDS)), capitalisedNumeralWords)),
      // "từ tháng 05/6/2023" (as written) is the day 05/6/2023, not May; "Từ tháng 1/7," is 1 July too, as no
      // year is that small ("tháng 6/2.025" keeps its year, grouped in thousands).
      not(seq(sym('/', true), month, not(seq(sym('.', true), t('NUM'))))),
      // "tháng 5 và 5 tháng năm 2017": a number followed by "tháng" counts months, it names none. "tháng 2&3": "&" is "và".
      many(seq(alt(sym(',&'), w('và')), opt(w('tháng')), cap('more', month), not(w('tháng'))), 0, 11),
      // "tháng 5/2020", "tháng 5-2020", "tháng 5.2020" (a dot, as the press writes it), "tháng 5 năm 2020".
      opt(
        alt(
          seq(sym('/', true), cap('y', year4)),
          seq(sym('-–'), cap('y', year4)),
          seq(sym('.', true), cap('y', year4)),
          seq(opt(sym(',')), w('năm'), cap('y', year4)),
        ),
      ),
    ),
    // "Cách mạng tháng Tám", "Cách mạng Tháng Mười Nga": the name of a revolution, not a month.
    when: (_m, out) => !(prevWord(out) === 'mạng' && out[out.length - 2]?.low === 'cách'),
    build: (m) => {
      const a = m.get('m')!;
      const mo = a.type === 'NUM' ? a.v.n! : (MONTH_WORDS[a.low] ?? parseWordNumeral(m.all('m').map((x) => x.low)));
      if (mo === undefined || mo < 1 || mo > 12) return null;
      const ms = [mo, ...m.all('more').map((x) => x.v.n!)];
      for (let k = 1; k < ms.length; k++) if (ms[k]! <= ms[k - 1]!) return null;
      const next = m.atoms[m.to];
      if (
        ms.length > 1 &&
        !m.has('y') &&
        next?.type === 'W' &&
        !['và', 'đến', 'tới', 'hoặc', 'của', 'trong', 'hằng', 'hàng'].includes(next.low)
      )
        return null;
      return { type: 'MONTH', v: { m: mo, ...(ms.length > 1 ? { ms } : {}), ...(m.has('y') ? { y: m.get('y')!.v.n! } : {}) } };
    },
  },
  {
    // "T3/2025": March 2025 (as "T2–T7" are weekdays, a month needs its year).
    name: 'month.T-m/y',
    pattern: seq(
      w('t'),
      cap(
        'm',
        t('NUM', (x) => !x.spaceBefore && x.v.n! >= 1 && x.v.n! <= 12),
      ),
      sym('/', true),
      cap('y', year4),
    ),
    build: (m) => ({ type: 'MONTH', v: { m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    name: 'month.m/y',
    // "Thông tư số 03/2018/TT-BNV", "Nghị định 15/2020/NĐ-CP": a document's number, not a month.
    pattern: seq(cap('m', month), sym('/', true), cap('y', year4), not(seq(sym('/', true), t('W')))),
    // "Quyết định số 06/2020 của Thủ tướng", "Luật số 38/2009": after a kind of document and "số", its number.
    when: (_m, out) => !documentNumberBefore(out),
    build: (m) => ({ type: 'MONTH', v: { m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    // "(3-1989)": a month and year joined by a tight hyphen ("2011 - 2020" is a range of years).
    name: 'month.m-y',
    pattern: seq(
      cap('m', month),
      sym('-', true),
      cap(
        'y',
        t('NUM', (x) => !x.spaceBefore && (x.v.digits ?? '').length === 4 && x.v.n! >= 1900 && x.v.n! <= 2199),
      ),
    ),
    build: (m) => ({ type: 'MONTH', v: { m: m.get('m')!.v.n!, y: m.get('y')!.v.n! } }),
  },
  {
    // "Q3/2021", "Q4 năm 2023": a quarter written the way accounts write it, with its year (a bare "Q1" is as often
    // District 1 of Hồ Chí Minh City).
    name: 'quarter.q-year',
    pattern: seq(
      t('W', (x) => x.raw === 'Q'),
      cap(
        'q',
        t('NUM', (x) => !x.spaceBefore && x.v.n! >= 1 && x.v.n! <= 4 && x.raw.length === 1),
      ),
      yearTail,
    ),
    build: (m) => {
      const q = m.get('q')!.v.n!;
      return { type: 'QUARTER', v: { q, qs: [q], y: m.get('y')!.v.n! } };
    },
  },
  {
    name: 'quarter.list',
    pattern: seq(
      QUARTER_WORD,
      cap('q', quarterNumber),
      many(seq(alt(sym(',;&'), w('và'), cap('range', alt(sym('-–'), w('đến', 'tới')))), opt(QUARTER_WORD), cap('q', quarterNumber))),
      // "quý I.2020": the year written after a point, tight.
      opt(alt(yearTail, seq(sym('.', true), cap('y', year4)))),
    ),
    build: (m) => {
      const qs = m.all('q').map((x) => (x.type === 'NUM' ? x.v.n! : (ROMAN[x.low] ?? QUARTER_NUMERALS[x.low]!)));
      let list = qs;
      if (m.has('range') && qs.length === 2 && qs[0]! < qs[1]!) {
        list = [];
        for (let q = qs[0]!; q <= qs[1]!; q++) list.push(q);
      }
      return { type: 'QUARTER', v: { q: list[0]!, qs: list, ...(m.has('y') ? { y: m.get('y')!.v.n! } : {}) } };
    },
  },
  {
    name: 'half.6-9-tháng',
    pattern: alt(
      seq(
        cap('n', alt(num(6, 6, 2), num(9, 9, 2), w('sáu', 'chín'))),
        w('tháng'),
        // "6 tháng đầu tiên kể từ …": "đầu tiên" (first) is one word, the first six months of something, no half's part.
        opt(seq(cap('part', w('đầu', 'cuối')), not(w('tiên')))),
        // "6 tháng đầu năm năm 2024": the word "năm" written twice before the year.
        opt(seq(w('năm'), opt(seq(opt(seq(w('năm'), ahead(year4))), cap('y', year4))))),
      ),
      seq(w('nửa'), opt(cap('part', w('đầu', 'cuối'))), w('năm'), opt(cap('y', year4))),
      // "Báo cáo tài chính bán niên 2022": a company's half-year is its first six months.
      seq(cap('bn', w('bán niên')), opt(seq(opt(w('năm')), cap('y', year4)))),
      // "3 tháng đầu năm", "năm tháng đầu năm 2024" (five months): the part is required.
      seq(cap('k', alt(num(1, 11, 2), numeralWord)), w('tháng'), cap('part', w('đầu', 'cuối')), w('năm'), opt(cap('y', year4))),
    ),
    build: (m) => {
      const n = m.get('n');
      const k = m.get('k');
      const months =
        k !== undefined
          ? k.type === 'NUM'
            ? k.v.n!
            : WORD_NUMERALS[k.low]!
          : n === undefined
            ? 6
            : n.type === 'NUM'
              ? n.v.n!
              : n.low === 'sáu'
                ? 6
                : 9;
      if (!(months >= 1 && months <= 11)) return null;
      const part = m.has('bn') ? 'đầu' : m.get('part')?.low;
      const v: AtomValue = { months };
      if (part) v.part = part === 'đầu' ? 'first' : 'last';
      if (m.has('y')) v.y = m.get('y')!.v.n!;
      return { type: 'HALF', v };
    },
  },
  {
    // "xuất khẩu 10 tháng năm 2024", "trong 11 tháng năm 2014": so many months of a named year, neither first nor
    // last said, are its first ones, as "9 tháng năm 2014" is (a day's month is not: "ngày 5 tháng 5 năm 2024").
    name: 'half.k-tháng-năm-y',
    pattern: seq(cap('k', num(2, 11, 2)), w('tháng'), w('năm'), cap('y', year4)),
    when: (m, out) => {
      const prev = out[out.length - 1];
      return !(prev?.type === 'W' && ['ngày', 'mùng', 'mồng'].includes(prev.low)) && prev?.type !== 'DAY';
    },
    build: (m) => ({ type: 'HALF', v: { months: m.get('k')!.v.n!, part: 'first', y: m.get('y')!.v.n! } }),
  },
  {
    // "năm 2025"; after "năm" an older year too ("trong những năm 1888-1889").
    name: 'year.năm-y',
    pattern: seq(w('năm'), cap('y', yearOfDate)),
    build: (m) => ({ type: 'YEAR', v: { y: m.get('y')!.v.n! } }),
  },
  // ---- clock times and durations
  {
    name: 'clock.h-form',
    pattern: t('CLOCK'),
    build: (m, out) => {
      const c = m.first();
      if (DURATION_CONTEXT.has(prevWord(out)) && c.v.min === 0 && !c.raw.includes('0')) {
        return { type: 'DUR', v: { min: c.v.h! * 60, max: c.v.h! * 60 } };
      }
      return { type: 'CLOCK', v: { h: c.v.h!, min: c.v.min! } };
    },
  },
  {
    name: 'clock.hh:mm',
    pattern: seq(
      cap('h', num(0, 23, 2)),
      sym(':', true),
      cap(
        'm',
        t('NUM', (x) => x.v.digits!.length === 2 && x.v.n! < 60),
      ),
      // "4:30:00 CH", "9:50:00 SA": the vi-VN locale's long time, seconds and "SA" (sáng, a.m.) or "CH" (chiều, p.m.).
      opt(
        seq(
          sym(':', true),
          t('NUM', (x) => x.v.digits!.length === 2 && x.v.n! < 60),
        ),
      ),
      // "5:18 PM", "03:57 pm": the English marks, as some portals print them.
      opt(
        cap(
          'ampm',
          t('W', (x) => x.raw === 'SA' || x.raw === 'CH' || x.low === 'am' || x.low === 'pm'),
        ),
      ),
    ),
    build: (m) => {
      const h = m.get('h')!.v.n!;
      const mark = m.has('ampm') ? m.get('ampm')!.raw : undefined;
      const ampm = mark === undefined ? undefined : mark === 'CH' || mark.toLowerCase() === 'pm' ? 'pm' : 'am';
      // "15:48 PM": a 24-hour clock with a redundant mark keeps its hour.
      const hour = ampm === 'pm' && h >= 1 && h < 12 ? h + 12 : ampm === 'am' && h === 12 ? 0 : h;
      return { type: 'CLOCK', v: { h: hour, min: m.get('m')!.v.n! } };
    },
  },
  {
    // "Cập nhật lúc 14:1, ngày 02/06/2022": a byline's clock with its minutes' leading zero lost,
    // read only after "lúc" (the "1" is not a day of a list).
    name: 'clock.hh:m-after-lúc',
    pattern: seq(
      cap('h', num(0, 23, 2)),
      sym(':', true),
      cap(
        'm',
        t('NUM', (x) => x.v.digits!.length === 1),
      ),
      not(sym(':/.', true)),
    ),
    when: (_m, out) => prevWord(out) === 'lúc',
    build: (m) => ({ type: 'CLOCK', v: { h: m.get('h')!.v.n!, min: m.get('m')!.v.n! } }),
  },
  {
    // "từ 45 phút đến 1 tiếng": a range whose ends carry their own units.
    name: 'duration.range-of-durations',
    // "từ 3 giờ đến 4 giờ 30 phút", "2 giờ - 2 giờ 45 phút": an end in hours may carry its minutes.
    pattern: seq(
      cap('a', NUMBER),
      cap('ua', alt(w('phút', 'giờ', 'tiếng', 'giây'), SECONDS_SUFFIX)),
      opt(seq(cap('am', num(1, 59, 2)), w('phút'))),
      alt(sym('-–'), w('đến', 'tới')),
      cap('b', NUMBER),
      cap('ub', alt(w('phút', 'giờ', 'tiếng', 'tiếng đồng hồ', 'giây'), SECONDS_SUFFIX)),
      opt(seq(cap('bm', num(1, 59, 2)), w('phút'))),
    ),
    // "Loa phát từ 6 giờ đến 6 giờ 30": hours written "giờ" at both ends after "từ", with no word of length
    // before them, are two clock times (the clock rules read them), not a length.
    when: (m, out) =>
      !(
        !m.has('am') &&
        !m.has('bm') &&
        m.get('ua')!.low === 'giờ' &&
        m
          .all('ub')
          .map((x) => x.low)
          .join(' ') === 'giờ' &&
        ['từ', 'lúc', 'vào'].includes(prevWord(out)) &&
        // "diễn ra từ 8 giờ đến 12 giờ chủ nhật, ngày 21-9": hours a day follows are clock times, whatever was said before.
        (!lengthSaidInClause(out) || ['ngày', 'thứ', 'chủ', 'hôm'].includes(m.atoms[m.to]?.low ?? ''))
      ),
    build: (m) => {
      const a = numberValue(m.all('a'));
      const b = numberValue(m.all('b'));
      if (a === undefined || b === undefined) return null;
      const ua = UNIT_FACTOR[m.get('ua')!.low]!;
      const ub =
        UNIT_FACTOR[
          m
            .all('ub')
            .map((x) => x.low)
            .join(' ')
        ] ?? 60;
      // Minutes after minutes ("10 phút 30 phút") are not one length.
      if ((m.has('am') && ua !== 60) || (m.has('bm') && ub !== 60)) return null;
      const min = toMinutes(a * ua + (m.get('am')?.v.n ?? 0));
      const max = toMinutes(b * ub + (m.get('bm')?.v.n ?? 0));
      return min <= max ? { type: 'DUR', v: { min, max } } : null;
    },
  },
  {
    name: 'duration.range',
    pattern: seq(
      cap('a', NUMBER),
      alt(sym('-–'), w('đến', 'tới')),
      cap('b', NUMBER),
      cap('u', alt(w('phút', 'giờ', 'tiếng', 'tiếng đồng hồ', 'giây'), SECONDS_SUFFIX)),
    ),
    build: (m) => {
      const f = unitFactor(m);
      const a = numberValue(m.all('a'));
      const b = numberValue(m.all('b'));
      if (a === undefined || b === undefined || a > b) return null;
      return { type: 'DUR', v: { min: toMinutes(a * f), max: toMinutes(b * f) } };
    },
  },
  {
    name: 'clock.h-giờ-m',
    pattern: seq(cap('h', num(0, 24, 2)), w('giờ'), cap('m', num(0, 59, 2)), opt(w('phút'))),
    build: (m, out) => {
      const h = m.get('h')!.v.n!;
      const mi = m.get('m')!.v.n!;
      // "thời lượng 1 giờ 30 phút", "mỗi chương trình 1 giờ 30 phút": a length, not a time.
      if (DURATION_CONTEXT.has(prevWord(out)) || out[out.length - 1]?.type === 'PER_ITEM')
        return { type: 'DUR', v: { min: h * 60 + mi, max: h * 60 + mi } };
      return { type: 'CLOCK', v: { h, min: mi } };
    },
  },
  {
    // "phát vào khoảng 5 sáng và 17 giờ", "lúc 5 sáng và 5 chiều": an hour told of its part of the day without
    // "giờ", after a word that introduces a time or in a list of times (the part of the day is read after it).
    name: 'clock.n-part-of-day',
    pattern: seq(cap('h', num(1, 12, 2)), ahead(t('W', (x) => Object.hasOwn(PART_OF_DAY, x.low)))),
    when: (m, out) => introducesClock(out) && partOfDayAt(m.atoms, m.to),
    build: (m) => {
      const h = m.get('h')!.v.n!;
      const part = m.atoms[m.to]!.low;
      const pm = (part === 'chiều' || part === 'tối' || ((part === 'đêm' || part === 'khuya') && h >= 7)) && h < 12;
      return { type: 'CLOCK', v: { h: pm ? h + 12 : h, min: 0 } };
    },
  },
  {
    name: 'duration.single',
    pattern: seq(
      alt(cap('g', GROUPED_THOUSANDS), cap('a', NUMBER)),
      cap('u', alt(w('phút', 'giờ', 'tiếng', 'tiếng đồng hồ', 'giây'), SECONDS_SUFFIX)),
      opt(seq(cap('b', num(0, 59, 2)), w('phút'))),
    ),
    build: (m, out) => {
      // "Đã phát 1.200 giờ phát thanh": a total written with dots grouping thousands.
      const a = m.has('g')
        ? Number(
            m
              .all('g')
              .filter((x) => x.type === 'NUM')
              .map((x) => x.v.digits)
              .join(''),
          )
        : numberValue(m.all('a'));
      if (a === undefined) return null;
      const unit = m.all('u')[0]!.low;
      const extra = m.has('b') ? m.get('b')!.v.n! : 0;
      // "vào khoảng 5 giờ", "5 giờ sáng": about a time, or an hour of a part of the day, is a clock time too.
      const ofPartOfDay = a <= 12 && !m.has('b') && partOfDayAt(m.atoms, m.to);
      if (unit === 'giờ' && Number.isInteger(a) && a <= 24 && (introducesClock(out) || ofPartOfDay)) {
        return { type: 'CLOCK', v: { h: a, min: extra } };
      }
      // "1 giây 30 phút" is not a length; minutes follow hours only.
      if (m.has('b') && unitFactor(m) !== 60) return null;
      const total = toMinutes(a * unitFactor(m) + extra);
      return { type: 'DUR', v: { min: total, max: total } };
    },
  },
  // ---- percent, qualifiers
  {
    name: 'percent.n%',
    pattern: seq(cap('n', NUMBER), alt(sym('%'), w('phần trăm'))),
    build: (m) => {
      const n = numberValue(m.all('n'));
      return n === undefined ? null : { type: 'PCT', v: { n } };
    },
  },
  {
    name: 'qualifier.words',
    // "trong khoảng thời gian nhất định": "khoảng thời gian" is a span, not "about".
    pattern: seq(w(...QUALIFIERS.map(([s]) => s)), not(w('thời gian', 'cách'))),
    build: (m) => {
      const text = m.atoms
        .slice(m.from, m.to)
        .map((x) => x.low)
        .join(' ');
      const found = QUALIFIERS.find(([s]) => s === text);
      return found ? { type: 'QUAL', v: { qual: found[1] } } : null;
    },
  },
  {
    // "hơn 150 tin, bài", "vượt 20%": more than a number.
    name: 'qualifier.more-than',
    pattern: seq(w('hơn', 'vượt', 'vượt trên', 'vượt hơn'), ahead(t('NUM'))),
    // "không muộn hơn 15/9", "sớm hơn 10 ngày": "hơn" after an adjective compares it, it qualifies no number.
    build: (m) => (COMPARED_BEFORE_HON.has(m.atoms[m.from - 1]?.low ?? '') ? null : { type: 'QUAL', v: { qual: 'atLeast' } }),
  },
  {
    // "(dưới 3000 từ)", "dưới 5 phút": under a length ("dưới" before other numbers is too often "below" a place);
    // "dưới 20 hồ sơ/ngày", "dưới 1.000 ca mỗi năm": under a rate.
    name: 'qualifier.under-length',
    pattern: seq(
      w('dưới'),
      ahead(
        seq(
          t('NUM'),
          opt(seq(sym('.', true), t('NUM'))),
          alt(
            w('từ', 'chữ', 'ký tự', 'trang', 'phút', 'giây', 'MB', 'KB'),
            seq(many(t('W'), 1, 3), sym('/'), w('ngày', 'tuần', 'tháng', 'quý', 'năm')),
            // "dưới 1.000 ca mỗi năm": so many a period.
            seq(many(seq(not(w('mỗi', 'hằng', 'hàng')), t('W')), 1, 3), w('mỗi', 'hằng', 'hàng'), w('ngày', 'tuần', 'tháng', 'quý', 'năm')),
          ),
        ),
      ),
    ),
    build: () => ({ type: 'QUAL', v: { qual: 'atMost' } }),
  },
  {
    // "trên 90% hộ gia đình": over a percentage ("trên" before a plain number is too often "on").
    name: 'qualifier.over-percent',
    pattern: seq(w('trên'), ahead(seq(t('NUM'), alt(sym('%'), w('phần trăm'))))),
    build: () => ({ type: 'QUAL', v: { qual: 'atLeast' } }),
  },
  {
    // "có trên 144.000 người tiếp cận", "đạt trên 2.000 lượt": more than a number, after a verb
    // of quantity ("đăng trên 2 trang" is "on").
    name: 'qualifier.over-after-verb',
    pattern: seq(w('trên'), ahead(t('NUM'))),
    // "Đã tiếp nhận trên 900 câu hỏi": before a count of things that nothing stands "on", too.
    when: (m, out) => {
      const prev = out[out.length - 1];
      if (prev !== undefined && prev.type === 'W' && QUANTITY_VERBS.has(prev.low)) return true;
      // "đã sản xuất trên 240 chương trình": a verb of making, though its last word also posts ("xuất bản").
      const before = out[out.length - 2];
      if (prev?.type === 'W' && before?.type === 'W' && MAKING_VERBS.has(`${before.low} ${prev.low}`)) return true;
      const posting = prev !== undefined && prev.type === 'W' && POSTING_VERBS.has(prev.low);
      let j = m.to;
      const grouped = m.atoms[j + 1]?.type === 'SYM' && !m.atoms[j + 1]!.spaceBefore && m.atoms[j + 2]?.type === 'NUM';
      if (m.atoms[j]!.v.n! < 2 && !grouped) return false;
      while (m.atoms[j]?.type === 'NUM' || (m.atoms[j]?.type === 'SYM' && '.,'.includes(m.atoms[j]!.raw) && !m.atoms[j]!.spaceBefore)) j++;
      const x = m.atoms[j];
      const y = m.atoms[j + 1];
      if (x === undefined || x.type !== 'W') return false;
      // "đã đăng trên 200 tin, bài": after a verb of posting, only what is posted makes it "more than".
      if (posting) return PRODUCT_NOUNS.has(x.low) || (y?.type === 'W' && PRODUCT_NOUNS.has(`${x.low} ${y.low}`));
      return !MEDIUM_NOUNS.has(x.low) && !(y?.type === 'W' && MEDIUM_NOUNS.has(`${x.low} ${y.low}`));
    },
    build: () => ({ type: 'QUAL', v: { qual: 'atLeast' } }),
  },
  {
    // "gần 1.500 lượt": about a number.
    name: 'qualifier.near',
    // "gần một triệu người": a numeral word before a multiplier is a number too.
    pattern: seq(
      w('gần', 'ước', 'ước khoảng', 'ước tính', 'khoảng gần'),
      ahead(alt(t('NUM'), seq(w(...SPELLED_COUNTS), w(...Object.keys(MULTIPLIERS))), w(...SPELLED_COUNTS))),
    ),
    // "đạt gần chín tấn": a numeral word alone after a verb of quantity ("gần hai bên đường" is "near").
    when: (m, out) => {
      const next = m.atoms[m.to];
      if (next?.type !== 'W' || !SPELLED_COUNTS.has(next.low) || Object.hasOwn(MULTIPLIERS, m.atoms[m.to + 1]?.low ?? '')) return true;
      const prev = out[out.length - 1];
      return prev?.type === 'W' && QUANTITY_VERBS.has(prev.low);
    },
    build: () => ({ type: 'QUAL', v: { qual: 'approx' } }),
  },
  {
    name: 'qualifier.symbol',
    pattern: alt(
      seq(sym('>'), sym('=', true)),
      seq(sym('<'), sym('=', true)),
      t('SYM', (x) => Object.hasOwn(QUALIFIER_SYMBOLS, x.raw)),
    ),
    build: (m) => {
      const raw = m.first().raw;
      const qual = raw === '>' ? 'atLeast' : raw === '<' ? 'atMost' : QUALIFIER_SYMBOLS[raw]!;
      return { type: 'QUAL', v: { qual } };
    },
  },
  // ---- weekdays, weeks of the month, parts of the day
  {
    name: 'week-of-month.tuần-thứ',
    pattern: seq(
      w('tuần', 'tuần lễ'),
      alt(
        // "tuần thứ hai và thứ tư", "tuần thứ 2, tuần thứ 4": a list of weeks; after "tuần thứ
        // hai và" a "thứ tư" is the fourth week, not Wednesday.
        seq(
          w('thứ'),
          cap('x', alt(num(1, 5, 1), t('W', isWord(ORDINAL_BY_WORD)))),
          many(
            seq(
              alt(sym(','), w('và', 'hoặc')),
              opt(w('tuần', 'tuần lễ')),
              w('thứ'),
              cap('x', alt(num(1, 5, 1), t('W', isWord(ORDINAL_BY_WORD)))),
              not(alt(w('tháng'), seq(sym('/-.', true), t('NUM')))),
            ),
            0,
            3,
          ),
        ),
        // "tuần 2" is the second week, but "Tuần 2 buổi" is two sessions a week.
        seq(
          cap('x', num(1, 5, 1)),
          not(
            w(
              'buổi',
              'lần',
              'tin',
              'bài',
              'kỳ',
              'số',
              'chương trình',
              'đợt',
              'cuộc',
              'video',
              'clip',
              'phóng sự',
              'bản tin',
              'chuyên mục',
              'tin, bài',
            ),
          ),
        ),
        cap('first', seq(w('đầu'), opt(w('tiên')))),
        cap('last', seq(w('cuối'), opt(w('cùng')))),
      ),
    ),
    build: (m) => {
      if (m.has('last')) return { type: 'WEEKORD', v: { wom: 'last' } };
      if (m.has('first')) return { type: 'WEEKORD', v: { wom: 1 } };
      const woms = m.all('x').map((x) => (x.type === 'NUM' ? x.v.n! : ORDINAL_BY_WORD[x.low]!));
      return { type: 'WEEKORD', v: { wom: woms[0]!, ...(woms.length > 1 ? { woms } : {}) } };
    },
  },
  {
    name: 'weekday.thứ',
    pattern: seq(
      opt(w('ngày')),
      w('thứ'),
      cap('x', weekdayName),
      // "Thứ tư, 3 Tháng 5 2023": a number that starts a date is not one more weekday of a list.
      // Without its "thứ", a listed number is a weekday only when no counted noun follows it ("thứ 2
      // và 3 chương trình mỗi tuần": three programmes).
      many(
        seq(
          alt(sym(','), w('và', 'hoặc')),
          alt(seq(w('thứ'), cap('x', weekdayName)), seq(cap('x', weekdayName), not(t('W', (x) => !UNIT_STOP_WORDS.has(x.low))))),
          // "3/5", "3.5": a date, not two weekdays; a full stop that ends the sentence ("thứ Tư và Bảy.") is not one.
          not(alt(w('tháng'), seq(sym('/-.', true), t('NUM')))),
        ),
        0,
        6,
      ),
    ),
    // "tuần thứ ba" is the third week, not Tuesday: an ordinal noun before "thứ" makes it an ordinal.
    // "vòng thi thứ hai", "giai đoạn thứ ba": after a two-word noun of a round or a stage, too.
    // "ngày thứ bốn mươi lăm": a numeral word that goes on ("mươi", "trăm") makes an ordinal day.
    when: (m, out) =>
      !((ORDINAL_NOUNS.has(prevWord(out)) || ordinalNounOfTwo(out)) && m.first().low === 'thứ') &&
      !(m.atoms[m.to]?.type === 'W' && ['mươi', 'trăm'].includes(m.atoms[m.to]!.low)),
    build: (m) => {
      const wds = m.all('x').map((x) => (x.type === 'NUM' ? WEEKDAY_BY_NUMBER[x.v.n!]! : WEEKDAY_BY_WORD[x.low]!));
      return { type: 'WEEKDAY', v: { wd: wds[0]!, ...(wds.length > 1 ? { wds } : {}) } };
    },
  },
  {
    name: 'weekday.chủ-nhật',
    pattern: seq(opt(w('ngày')), w('chủ nhật', 'chủ nhựt')),
    build: () => ({ type: 'WEEKDAY', v: { wd: 'sunday' } }),
  },
  {
    name: 'weekday.T2-T7',
    pattern: seq(
      w('t'),
      cap(
        'x',
        t('NUM', (x) => !x.spaceBefore && x.v.n! >= 2 && x.v.n! <= 7 && x.v.digits!.length === 1),
      ),
    ),
    build: (m) => ({ type: 'WEEKDAY', v: { wd: WEEKDAY_BY_NUMBER[m.get('x')!.v.n!]! } }),
  },
  {
    name: 'part-of-day.buổi',
    pattern: seq(opt(w('buổi')), cap('p', w(...Object.keys(PART_OF_DAY))), not(t('W', (x) => NOT_PART_OF_DAY_AFTER.has(x.low)))),
    // "tổ chức 01 đêm văn nghệ", "2 đêm chung kết", "3 đêm biểu diễn tuyên truyền lưu động", "Ba đêm tuyên
    // truyền": a night counted, that names a show, is the thing counted (a number, in digits or words).
    when: (m, out) => {
      const prev = out[out.length - 1];
      const next = m.atoms[m.to];
      return !(
        m.get('p')!.low === 'đêm' &&
        (prev?.type === 'NUM' || prev?.type === 'WNUM') &&
        next?.type === 'W' &&
        NIGHT_SHOWS.has(next.low)
      );
    },
    build: (m) => ({ type: 'POD', v: { pod: PART_OF_DAY[m.get('p')!.low]! } }),
  },
  // ---- periods and "per"
  {
    // "tất cả các ngày làm việc trong tuần", "các ngày trong tuần": every day (every working day) of the week.
    name: 'period.every-day-of-week',
    pattern: seq(opt(w('tất cả')), w('các ngày'), opt(w('làm việc')), w('trong tuần')),
    build: () => ({ type: 'PERIOD', v: { per: 'day', how: 'every' } }),
  },
  {
    // "mỗi cuối tuần vào các ngày thứ Sáu, thứ Bảy và Chủ nhật", "hằng cuối tuần": each week, at its end.
    name: 'period.every-weekend',
    pattern: seq(w('hàng', 'hằng', 'mỗi', 'các', 'vào mỗi', 'vào các'), w('cuối tuần')),
    build: () => ({ type: 'PERIOD', v: { per: 'week', how: 'every' } }),
  },
  {
    name: 'period.hằng',
    pattern: seq(w('hàng', 'hằng', 'mỗi', 'từng', 'mỗi một'), cap('p', t('W', isWord(PERIOD_WORDS)))),
    build: (m) => ({ type: 'PERIOD', v: { per: PERIOD_WORDS[m.get('p')!.low]!, how: 'every' } }),
  },
  {
    // "cứ ngày 1 con", "cứ tuần 2 buổi": "cứ" before a period and a count is every period ("cứ năm ngày" is every five
    // days, "năm" a numeral there).
    name: 'period.cứ',
    pattern: seq(w('cứ'), cap('p', t('W', isWord(PERIOD_WORDS))), ahead(alt(t('NUM'), t('WNUM')))),
    build: (m) => ({ type: 'PERIOD', v: { per: PERIOD_WORDS[m.get('p')!.low]!, how: 'every' } }),
  },
  {
    // "một tuần 2 lần", "2 lần một tuần"
    name: 'period.một',
    // "1 năm 2 đợt": a "1" written in digits too, when a count follows at once.
    pattern: seq(
      alt(
        w('một'),
        cap(
          'one',
          t('NUM', (x) => x.v.n === 1 && (x.v.digits ?? '').length <= 2),
        ),
      ),
      cap('p', t('W', isWord(PERIOD_WORDS))),
    ),
    // Only beside a count: a number right after it, or a number and its unit right before it; or
    // opening the phrase with a count a few words on ("Một tuần sẽ phát sóng hai chương trình").
    when: (m, out) => {
      const next = m.atoms[m.to];
      const p1 = out[out.length - 1];
      const p2 = out[out.length - 2];
      const isCount = (a: Atom | undefined) => a !== undefined && (a.type === 'NUM' || a.type === 'WNUM');
      // "1 năm 2 tháng", "1 tháng 15 ngày": a length in two units, not a rate.
      const after = m.atoms[m.to + 1];
      if (m.has('one'))
        return (
          isCount(next) && after?.type === 'W' && !Object.hasOwn(PERIOD_WORDS, after.low) && !['giờ', 'phút', 'tiếng'].includes(after.low)
        );
      // "Như vậy, một tuần ít nhất tiếp công dân là 01 ngày": a clause after a comma opens the same way.
      const opensClause = (out.length === 0 && m.from === 0) || (p1?.type === 'SYM' && p1.raw === ',');
      // "Trung bình một tháng, Đài sản xuất 78 chương trình": on average, each month.
      const average = p1?.type === 'QUAL' && p1.v.qual === 'approx' && (out.length === 1 || (p2?.type === 'SYM' && p2.raw === ','));
      return (
        isCount(next) ||
        (average && m.atoms.slice(m.to, m.to + 10).some(isCount)) ||
        countAndUnitBefore(out) ||
        (opensClause &&
          !['qua', 'vừa', 'đã', 'nay', 'trước'].includes(next?.low ?? '') &&
          upToClauseEnd(m.atoms.slice(m.to, m.to + 8)).some((a) => isCount(a) || (a.type === 'W' && SPELLED_COUNTS.has(a.low))))
      );
    },
    build: (m) => ({ type: 'PERIOD', v: { per: PERIOD_WORDS[m.get('p')!.low]!, how: 'every' } }),
  },
  {
    name: 'period.slash',
    // "4 bữa/một ngày", "2 lần/1 tuần".
    pattern: seq(
      sym('/'),
      opt(
        alt(
          t('NUM', (x) => x.v.n === 1),
          w('một'),
        ),
      ),
      cap('p', t('W', isWord(PERIOD_WORDS))),
      // "3.000 m3/ngày đêm": a day and night, the whole day, no part of it.
      opt(
        seq(
          ahead((a, i) => (a[i - 1]?.low === 'ngày' ? i : -1)),
          w('đêm'),
        ),
      ),
    ),
    build: (m) => ({ type: 'PERIOD', v: { per: PERIOD_WORDS[m.get('p')!.low]!, how: 'slash' } }),
  },
  {
    name: 'period.trong',
    pattern: seq(
      w('trong', 'trên', 'trong cả', 'suốt', 'cả'),
      // "01 ngày trong 01 tuần": one such period is each period ("trong 2 tuần" is a duration).
      opt(
        alt(
          t('NUM', (x) => x.v.n === 1),
          w('một'),
        ),
      ),
      cap(
        'p',
        t('W', (x) => Object.hasOwn(PERIOD_WORDS, x.low) && x.raw === x.low),
      ),
      not(
        alt(
          t('NUM'),
          t('WNUM'),
          t('W', isWord(ROMAN)),
          // "trong quý hai năm 2023": a quarter named in words.
          quarterNumeralWord,
          t('W', capitalisedNumeral),
          w('giêng', 'chạp'),
          seq(w('tháng'), w('đầu', 'cuối')),
          w(
            'này',
            'đó',
            'tới',
            'sau',
            'trước',
            'qua',
            'cuối',
            'đầu',
            'giữa',
            'hiện',
            'nay',
            'học',
            'kế',
            'tài',
            'thứ',
            'kể từ',
            'tính từ',
            'làm việc',
          ),
        ),
      ),
    ),
    build: (m) => ({ type: 'PERIOD', v: { per: PERIOD_WORDS[m.get('p')!.low]!, how: 'in' } }),
  },
  {
    name: 'per.entity',
    pattern: seq(
      // "14 tiêu chí/1 xã": a "1" written after the slash says the same.
      // ("1/1 xã" is one of one commune: the "1" must follow a word).
      alt(
        w('mỗi', 'từng', 'mỗi một'),
        seq(
          after((prev) => prev?.type === 'W'),
          sym('/', true),
          ONE_AFTER_SLASH,
        ),
        sym('/', true),
      ),
      // "mỗi bản tin thông báo": a two-word product read before a one-word entity ("bản", a hamlet).
      not(TWO_WORD_ITEMS),
      cap(
        'n',
        seq(
          wordsIn([...ENTITY_NOUNS, ...EACH_ENTITY_NOUNS]),
          opt(entityNameTail),
          many(seq(alt(sym(','), w('và', 'hoặc')), wordsIn(ENTITY_NOUNS)), 0, 4),
          // "mỗi người có uy tín": the prestigious elders an ethnic-minority policy pays are people of a kind.
          // "mỗi tỉnh, thành phố trực thuộc Trung ương": centrally run, one name of a kind of province.
          opt(
            alt(
              seq(w('trực thuộc'), w('trung ương')),
              w('zalo', 'facebook', 'vneid', 'youtube', 'tiktok', 'chuyên môn', 'trực thuộc', 'liên quan', 'có liên quan', 'có uy tín'),
            ),
          ),
          // "mỗi đơn vị cấp xã": the level is part of the unit, as in "cán bộ, công chức cấp xã".
          opt(w('cấp xã', 'cấp huyện', 'cấp tỉnh', 'cấp thôn', 'cấp cơ sở')),
          opt(entityGloss),
        ),
      ),
    ),
    build: (m) => ({ type: 'PER_ENTITY', v: { noun: joinAtoms(m.all('n')) } }),
  },
  {
    // "Trung bình một hợp tác xã có 517 xã viên": after an average, "one" of them having so many is each of them.
    name: 'per.entity-average',
    pattern: seq(w('một'), cap('n', wordsIn(ENTITY_NOUNS)), ahead(seq(w('có', 'gồm'), opt(t('QUAL')), alt(t('NUM'), t('WNUM'))))),
    when: (_m, out) => out[out.length - 1]?.type === 'QUAL' && out[out.length - 1]!.v.qual === 'approx',
    build: (m) => ({ type: 'PER_ENTITY', v: { noun: joinAtoms(m.all('n')) } }),
  },
  {
    // "Thu nhập bình quân đầu người đạt 23 triệu đồng": per head, after an average.
    name: 'per.capita',
    pattern: seq(w('đầu'), cap('n', w('người', 'dân'))),
    when: (_m, out) => out[out.length - 1]?.type === 'QUAL' && out[out.length - 1]!.v.qual === 'approx',
    build: (m) => ({ type: 'PER_ENTITY', v: { noun: m.get('n')!.low } }),
  },
  {
    // "10.000 đồng/lao động", "10.000đ/khẩu/năm", "6.000 đồng /1 khẩu/ 1 tháng": a levy on each worker or each
    // registered person is per person, as "đồng/hộ" is per household (the words are not entities elsewhere:
    // "100 lao động" are counted).
    name: 'per.head-levy',
    pattern: seq(
      after((prev) => prev?.type === 'W' && MONEY_WORDS.has(prev.low)),
      sym('/'),
      opt(ONE_AFTER_SLASH),
      cap('n', w('người lao động', 'lao động', 'nhân khẩu', 'khẩu')),
    ),
    build: (m) => ({ type: 'PER_ENTITY', v: { noun: joinAtoms(m.all('n')) } }),
  },
  {
    // "500.000 đ/vấn đề", "30.000đ/bài", "200.000 đồng/tin": a price for each item, not a unit "đồng/tin" (a
    // price per person or per commune is per.entity's, per month a period's).
    name: 'per.price',
    // "150 USD/ha", "910.000 đồng/ tấn" (a blank after the slash, as some papers set it), "25.000 đồng/1 giạ muối"
    // (for one of them).
    pattern: seq(
      // "≤ 10 tấn/trục", "60 tạ/ha", "2 lít/con/ngày": so much weight or volume for each one, as a price is.
      after((prev) => prev?.type === 'W' && (PRICE_WORDS.has(prev.low) || WEIGHED_EACH.has(prev.low))),
      // "32.000-33.000 đồng mỗi kg", "2.600 USD một tấn": each one said in words.
      alt(
        seq(
          t('SYM', (x) => x.raw === '/' && !x.spaceBefore),
          opt(ONE_AFTER_SLASH),
        ),
        w('mỗi', 'một'),
      ),
      not(wordsIn(ENTITY_NOUNS)),
      // "28 đ/c": "đồng chí" written short, people, not a price.
      not(w('c')),
      cap(
        'n',
        alt(
          // "1.610 đồng/m3", "20.000 đồng mỗi m2": a square or cubic metre, its power written onto it.
          seq(
            w('m', 'km'),
            t('NUM', (x) => (x.v.n === 2 || x.v.n === 3) && !x.spaceBefore),
          ),
          many(
            // "15.000 đồng/kg đối với thanh long ruột đỏ": "đối với" says which goods, it is no part of the thing priced.
            t('W', (x) => !UNIT_STOP_WORDS.has(x.low) && !Object.hasOwn(PERIOD_WORDS, x.low) && x.low !== 'đối'),
            1,
            2,
          ),
        ),
      ),
    ),
    build: (m) => ({ type: 'PER_ITEM', v: { noun: joinAtoms(m.all('n')) } }),
  },
  {
    // "7.000 tờ/kỳ", "300 cuốn/kỳ", "05 tờ báo/kỳ xuất bản": so many each issue, an item, not a period;
    // "500 người/phiên", "8 nội dung/phiên họp": so many each market day or sitting.
    name: 'per.issue',
    pattern: seq(sym('/', true), cap('n', alt(seq(w('kỳ'), opt(w('xuất bản', 'phát hành'))), w('phiên chợ', 'phiên họp', 'phiên')))),
    build: (m) => ({ type: 'PER_ITEM', v: { noun: joinAtoms(m.all('n')) } }),
  },
  {
    // "Được mượn đọc 2 tài liệu/1 lần", "3 cuốn/lần": so many things each time, after the things counted (a price each
    // time is per.price's, a length each time the duration's).
    name: 'per.go',
    pattern: seq(
      // "3 tháng/lần" (once every three months) is a frequency.
      after((prev) => prev?.type === 'W' && !PRICE_WORDS.has(prev.low) && !Object.hasOwn(PERIOD_WORDS, prev.low)),
      sym('/', true),
      opt(ONE_AFTER_SLASH),
      cap('n', w('lần')),
    ),
    build: (m) => ({ type: 'PER_ITEM', v: { noun: joinAtoms(m.all('n')) } }),
  },
  {
    name: 'per.item',
    pattern: seq(
      // "Số lượng câu hỏi trong một phần thi là 10": "in one" part is "in each".
      alt(w('mỗi', 'từng', 'mỗi một', 'trên mỗi'), seq(w('trong'), w('một'), not(w('số', 'lượt', 'buổi', 'lần')))),
      // "Mỗi video/phóng sự": a slash between two items is an alternative (SCHEMA.md's trap), one item as written.
      cap('n', seq(ITEM_WITH_KIND, many(seq(sym('/', true), ITEM_WITH_KIND), 0, 3))),
    ),
    build: (m) => ({ type: 'PER_ITEM', v: { noun: joinAtoms(m.all('n')) } }),
  },
  {
    name: 'year.bare',
    pattern: seq(cap('y', year4), not(sym('/', true))),
    // "2025 tin, bài" counts things; a year is followed by nothing, a mark or a stop word.
    when: (m, out) => {
      // "Nghị định số 24/2012 của Chính phủ": the year closes a document's number (when it was issued, not a time said).
      if (closesDocumentNumber(out)) return false;
      const next = m.atoms[m.to];
      // "chậm nhất tới 2027 phải thiết kế …": a duty after a year that closes "đến"/"tới" is when it is due, no count.
      const prev = m.atoms[m.from - 1];
      if (prev?.type === 'W' && (prev.low === 'đến' || prev.low === 'tới') && next?.type === 'W' && DUTY_AFTER_YEAR.has(next.low))
        return true;
      // "Báo cáo chỉ số thương mại điện tử Việt Nam 2022 vừa được … công bố": a year closing a name, then what was done.
      if (prev?.type === 'W' && /^\p{Lu}/u.test(prev.raw) && next?.type === 'W' && DONE_AFTER_NAME_YEAR.has(next.low)) return true;
      return !(next && next.type === 'W' && !UNIT_STOP_WORDS.has(next.low) && next.low !== 'trở');
    },
    build: (m) => ({ type: 'YEAR', v: { y: m.get('y')!.v.n! } }),
  },
  {
    // "(1890 - 2025)", "1888-1889": a year of the 1800s opening a span of years, or closing one opened by a year.
    name: 'year.older-in-span',
    pattern: cap(
      'y',
      t('NUM', (x) => (x.v.digits ?? '').length === 4 && x.v.n! >= 1800 && x.v.n! <= 1899),
    ),
    when: (m, out) => {
      const next = m.atoms[m.to];
      const after = m.atoms[m.to + 1];
      // "1850-1900 tờ rơi" counts leaflets: a span of years is followed by nothing, a mark or a stop word (as year.bare).
      const beyond = m.atoms[m.to + 2];
      const counted = beyond?.type === 'W' && !UNIT_STOP_WORDS.has(beyond.low);
      const opens =
        next?.type === 'SYM' && '-–'.includes(next.raw) && after?.type === 'NUM' && (after.v.digits ?? '').length === 4 && !counted;
      const prev = out[out.length - 1];
      const closes = prev?.type === 'SYM' && '-–'.includes(prev.raw) && out[out.length - 2]?.type === 'YEAR';
      return opens || closes;
    },
    build: (m) => ({ type: 'YEAR', v: { y: m.get('y')!.v.n! } }),
  },
  {
    // "hơn 57 triệu lượt", "1,5 triệu người", "2.500 tỷ đồng": a number times its multiplier word.
    name: 'number.multiplier',
    pattern: seq(
      cap(
        'n',
        alt(
          seq(
            t('NUM', (x) => x.v.digits!.length <= 3 && x.v.digits![0] !== '0'),
            many(
              seq(
                sym('.', true),
                t('NUM', (x) => x.v.digits!.length === 3),
              ),
              1,
              4,
            ),
            // "48.206,1 tỷ đồng": dots group thousands, the comma opens the decimals.
            opt(
              seq(
                cap('frac', sym(',', true)),
                t('NUM', (x) => x.v.digits!.length <= 3),
              ),
            ),
          ),
          decimal,
          // "685,528 tỷ đồng", "23,102 triệu đồng": before a multiplier the comma opens decimals, three digits too.
          seq(
            t('NUM', (x) => x.v.digits!.length <= 3),
            sym(',', true),
            t('NUM', (x) => x.v.digits!.length === 3),
          ),
          t('NUM', (x) => x.v.digits!.length <= 4),
          // "gần một triệu người", "hai tỷ đồng": one numeral word ("năm" is left to the year).
          w(...SPELLED_COUNTS),
        ),
      ),
      // "117k người theo dõi", "2,5K lượt xem": a page's counter, "k" written onto the number.
      cap(
        'x',
        alt(
          w(...Object.keys(MULTIPLIERS)),
          t('W', (x) => x.low === 'k' && !x.spaceBefore),
        ),
      ),
    ),
    build: (m) => {
      const ns = m.all('n');
      const frac = m.has('frac') ? ns.slice(-2) : [];
      const whole = m.has('frac') ? ns.slice(0, -2) : ns;
      const value =
        whole.length >= 3 && whole[1]!.raw === '.' && whole.every((x, k) => k % 2 === 1 || (k > 0 ? x.v.digits!.length === 3 : true))
          ? Number(
              whole
                .filter((x) => x.type === 'NUM')
                .map((x) => x.v.digits)
                .join('') + (frac.length === 2 ? `.${frac[1]!.v.digits}` : ''),
            )
          : numberValue(ns);
      if (value === undefined) return null;
      const scale = MULTIPLIERS[m.get('x')!.low] ?? 1000;
      const n = Math.round(value * scale);
      return Number.isSafeInteger(n) ? { type: 'NUM', v: { n, digits: String(n), scale } } : null;
    },
  },
  {
    // "7,206 trang thông tin điện tử", "1,250 hội viên": a page that groups thousands with a comma, as English does.
    // Before things that come whole (pages, people, households, news items) three digits after the comma
    // cannot be a fraction; before measures ("2,765 giờ", "1,250 ha") and multipliers the comma opens decimals.
    name: 'number.comma-thousands',
    pattern: seq(
      t('NUM', (x) => x.v.digits!.length <= 3 && x.v.digits![0] !== '0'),
      sym(',', true),
      t('NUM', (x) => x.v.digits!.length === 3 && !x.spaceBefore),
      not(seq(sym(',.', true), t('NUM'))),
      ahead(w(...WHOLE_THINGS)),
    ),
    build: (m) => {
      const digits = m.atoms
        .slice(m.from, m.to)
        .filter((x) => x.type === 'NUM')
        .map((x) => x.v.digits)
        .join('');
      return { type: 'NUM', v: { n: Number(digits), digits } };
    },
  },
  {
    name: 'number.thousands',
    pattern: seq(
      t('NUM', (x) => x.v.digits!.length <= 3 && x.v.digits![0] !== '0'),
      alt(
        many(
          seq(
            sym('.', true),
            t('NUM', (x) => x.v.digits!.length === 3),
          ),
          1,
          4,
        ),
        // "24,427,227 thuê bao": the English grouping, with commas, where two groups or more leave no decimal to read.
        many(
          seq(
            sym(',', true),
            t('NUM', (x) => !x.spaceBefore && x.v.digits!.length === 3),
          ),
          2,
          4,
        ),
      ),
      // "10.609/12.907 hộ": a share of two such numbers; any other slash (a document's number) or point ends it. A
      // full stop does not ("… là hơn 400.000."): a point with no figure written onto it after.
      not(
        alt(
          seq(
            sym('.', true),
            t('NUM', (x) => !x.spaceBefore),
          ),
          seq(sym('/', true), not(t('NUM'))),
        ),
      ),
      // "37.664,28 ha": thousands grouped with dots, decimals after a comma written tight.
      opt(
        cap(
          'dec',
          seq(
            sym(',', true),
            t('NUM', (x) => !x.spaceBefore && x.v.digits!.length <= 2),
            not(seq(sym(',', true), t('NUM'))),
          ),
        ),
      ),
    ),
    build: (m) => {
      const nums = m.atoms.slice(m.from, m.to).filter((x) => x.type === 'NUM');
      if (m.has('dec')) {
        const whole = nums
          .slice(0, -1)
          .map((x) => x.v.digits)
          .join('');
        const frac = nums[nums.length - 1]!.v.digits!;
        return { type: 'NUM', v: { n: Number(`${whole}.${frac}`), digits: whole } };
      }
      const digits = nums.map((x) => x.v.digits).join('');
      return { type: 'NUM', v: { n: Number(digits), digits } };
    },
  },
  {
    // The legal style "05 (năm)", "hai (02)": one number, written twice.
    name: 'number.twice',
    pattern: alt(
      seq(
        cap(
          'a',
          t('NUM', (x) => (x.v.digits ?? '').length <= 4),
        ),
        sym('('),
        cap('w', numeralWords),
        sym(')'),
      ),
      seq(
        cap('w', numeralWords),
        sym('('),
        cap(
          'a',
          t('NUM', (x) => (x.v.digits ?? '').length <= 4),
        ),
        sym(')'),
      ),
    ),
    build: (m) => {
      const a = m.get('a')!;
      const words = parseWordNumeral(m.all('w').map((x) => x.low));
      return words === a.v.n ? { type: 'NUM', v: { n: a.v.n!, digits: a.v.digits! } } : null;
    },
  },
  {
    // "Giỗ Tổ Hùng Vương (10/3 âm lịch) năm 2025": lunar 10/3 of that year.
    name: 'date.giỗ-tổ',
    pattern: seq(
      w('giỗ tổ hùng vương', 'giỗ tổ'),
      opt(seq(sym('('), many(alt(t('W'), t('NUM'), t('DATE'), sym('/')), 1, 6), sym(')'))),
      lunarYear,
    ),
    build: (m) => {
      const ly = lunarYearOf(m);
      if (ly === undefined) return null;
      const s = solarOf(10, 3, ly);
      return s ? { type: 'DATE', v: { ...s, lunar: { d: 10, m: 3, y: ly } } } : null;
    },
  },
  {
    // "hàng trăm tin, bài", "hàng chục ngàn buổi": a magnitude with no number, which counts no figure.
    name: 'count.vague-magnitude',
    pattern: seq(w('hàng', 'hằng'), many(w(...MAGNITUDE_WORDS), 1, 3)),
    build: () => ({ type: 'VAGUE', v: {} }),
  },
  {
    name: 'number.words',
    pattern: numeralWords,
    when: (m, out) => numeralCounts(m, out),
    build: (m) => {
      const n = parseWordNumeral(m.atoms.slice(m.from, m.to).map((x) => x.low));
      return n === undefined ? null : { type: 'WNUM', v: { n } };
    },
  },
];

/** A numeral word counts something: it is followed by a noun (or a range "hai - ba"), and is not "năm" the year, "một số" (some)… */
function numeralCounts(m: Match, out: readonly Atom[]): boolean {
  const words = m.atoms.slice(m.from, m.to).map((x) => x.low);
  const next = m.atoms[m.to];
  const prev = prevWord(out);
  // A numeral counts something: it is followed by a noun (or a range "hai - ba").
  if (!next) return false;
  if (next.type === 'SYM' && !'-–'.includes(next.raw)) return false;
  if (next.type === 'W' && NOT_COUNTED_AFTER_NUMERAL.has(next.low)) return false;
  if (next.type !== 'W' && next.type !== 'SYM') return false;
  // "huyện Ba Bể", "quận Ba Đình", "xã Hai Bà Trưng": a capitalised numeral after a lower-case word, before a capitalised
  // word, is a place's name.
  const first = m.atoms[m.from]!;
  const before = out[out.length - 1];
  if (/^\p{Lu}/u.test(first.raw) && /^\p{Lu}/u.test(next.raw) && before?.type === 'W' && /^\p{Ll}/u.test(before.raw)) return false;
  // "10 năm một lần": after a number "năm" is the year word, whatever numeral follows it ("năm một" is no six).
  if (words[0] === 'năm' && (out[out.length - 1]?.type === 'NUM' || out[out.length - 1]?.type === 'WNUM')) return false;
  if (words.length === 1 && words[0] === 'năm') {
    // "không quá năm ngày", "trong vòng năm ngày": five days, after a bound.
    const bound = out[out.length - 1]?.type === 'QUAL' || ['vòng', 'hạn'].includes(prev);
    if (next.type !== 'W' || (Object.hasOwn(PERIOD_WORDS, next.low) && !bound) || NOT_COUNTED_AFTER_NAM.has(next.low)) return false;
    // ", năm" ends a list of periods; after a label ("…: năm số") it is five.
    const before = out[out.length - 1];
    if (NOT_NUMERAL_BEFORE_NAM.has(prev) || (before?.type === 'SYM' && before.raw !== ':')) return false;
    // "hơn một năm", "hai mươi năm": after a numeral it is the year word ("lăm" is five there).
    if (before?.type === 'WNUM' || before?.type === 'NUM' || Object.hasOwn(WORD_NUMERALS, prev)) return false;
  }
  if (words[0] === 'không' && words.length === 1) return false;
  if (words.length === 1 && (words[0] === 'mươi' || words[0] === 'lăm' || words[0] === 'trăm' || words[0] === 'mốt')) return false;
  // "một số" is "some", except at the end of a frequency: "Mỗi quý một số" (one issue).
  const after = m.atoms[m.to + 1];
  const oneIssue = next.low === 'số' && (after === undefined || (after.type === 'SYM' && after.raw !== '-') || after.type === 'PERIOD');
  if (words[0] === 'một' && next.type === 'W' && NOT_COUNTED_AFTER_MOT.has(next.low) && !oneIssue) return false;
  return true;
}

const NOT_COUNTED_AFTER_NUMERAL = new Set(['và', 'hoặc', 'của', 'là', 'thì', 'mà', 'được', 'đã', 'sẽ']);
const NOT_COUNTED_AFTER_MOT = new Set([
  'số',
  'cửa',
  'cách',
  'phần',
  'trong',
  'chút',
  'vài',
  'lúc',
  'khi',
  'mình',
  'mặt',
  'bên',
  'lòng',
  'nửa',
  // "sau một thời gian dài", "một loạt giải pháp": a while, a series; no count.
  'thời',
  'loạt',
]);
const NOT_COUNTED_AFTER_NAM = new Set([
  // "năm thứ nhất", "sinh viên năm thứ hai": the year of a course.
  'thứ',
  'học',
  'nay',
  // "tăng hơn năm ngoái 2.300 đồng/kg": last year, not five of anything.
  'ngoái',
  'trước',
  'sau',
  'tới',
  'qua',
  'đó',
  'này',
  'gần',
  'vừa',
  'mới',
  'tài',
  'kế',
  'đầu',
  'cuối',
  'giữa',
  'báo',
  'gửi',
  'hoặc',
  'và',
  'theo',
  'thực',
  'tiếp',
  'của',
  'trong',
  'tổng',
  'sơ',
  'đã',
  'được',
  'là',
  'cũng',
  'về',
  'tại',
  'trên',
]);
const NOT_NUMERAL_BEFORE_NAM = new Set([
  'hàng',
  'hằng',
  'mỗi',
  'trong',
  'cả',
  'cuối',
  'đầu',
  'giữa',
  'tháng',
  'của',
  'kỳ',
  'cáo',
  'thứ',
  'quý',
  'quí',
  'qúy',
  'nửa',
  'và',
  'suốt',
  'từng',
  'định',
  'trên',
  'qua',
  // "Sau nhiều năm đi vào hoạt động", "các năm học": after a quantifier "năm" is the year word.
  'nhiều',
  'các',
  'những',
  'mấy',
  'vài',
]);

const NUMBER_TWICE_RULES: readonly AtomRule[] = ATOM_RULES.filter((r) => r.name === 'number.twice');

/** Tokens → atoms through the atom rule table. */
export function buildAtoms(tokens: readonly Token[], text: string): Atom[] {
  // "ngày 25 (hai mươi lăm) tháng 11 (mười một)": the legal style writes a number twice; it is
  // made one number first, so the date around it reads as a date.
  const plain = monthNamesAsNumbers(tokensToAtoms(tokens));
  const atoms = joinCompoundNumbers(
    joinWeekdayRanges(chunk(text.includes('(') ? chunk(plain, NUMBER_TWICE_RULES, text) : plain, ATOM_RULES, text)),
    text,
  );
  // "3 giờ chiều" is 15:00: a clock time before an afternoon or evening part of the day.
  for (let k = 0; k + 1 < atoms.length; k++) {
    const c = atoms[k]!;
    const next = atoms[k + 1]!;
    if (
      c.type === 'CLOCK' &&
      next.type === 'POD' &&
      (next.v.pod === 'afternoon' || next.v.pod === 'evening') &&
      c.v.h! >= 1 &&
      c.v.h! < 12
    ) {
      atoms[k] = { ...c, v: { ...c.v, h: c.v.h! + 12 } };
    }
  }
  return atoms;
}

/** After a month's name written in lower case, what shows it names the month ("tháng tám năm 2024", "tháng ba âm lịch", "… tháng chín."). */
const AFTER_MONTH_NAME = new Set(['âm', 'dương', 'này', 'vừa', 'tới', 'hằng', 'hàng']);
/** Before "tháng", words that make what follows a count per month ("mỗi tháng hai lần", "các tháng ba buổi"). */
const COUNT_BEFORE_MONTH = new Set(['mỗi', 'hằng', 'hàng', 'mấy', 'vài', 'các', 'những', 'từng', 'trong', 'cả']);

/**
 * "Tháng Tư, …", "ngày 30 tháng Tư năm 1975", "vào tháng mười hai": a month named in words becomes its number, so every
 * rule that reads "tháng 4" reads it. A capital names the month ("tháng Hai"); in lower case only "tư" (never a count after
 * "tháng") or a name closed by a year, a stop or a word of the calendar, after no word that makes it a count per month
 * ("mỗi tháng hai lần" stays twice a month). "năm" only with a capital, never before a year ("tháng năm 2019" is a blank).
 */
function monthNamesAsNumbers(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    out.push(a);
    const x = atoms[k + 1];
    if (a.type !== 'W' || a.low !== 'tháng' || x?.type !== 'W' || !x.spaceBefore) continue;
    const y = atoms[k + 2];
    const two = y?.type === 'W' && y.spaceBefore && x.low === 'mười' && (y.low === 'một' || y.low === 'hai') ? `mười ${y.low}` : undefined;
    const name = two ?? x.low;
    const n = MONTH_NAMES[name];
    if (n === undefined) continue;
    const last = two ? y! : x;
    const after = atoms[k + (two ? 3 : 2)];
    const before = atoms[k - 1];
    const closed =
      after === undefined ||
      (after.type === 'SYM' && ',.;:)'.includes(after.raw)) ||
      (after.type === 'W' && (AFTER_MONTH_NAME.has(after.low) || (after.low === 'năm' && atoms[k + (two ? 4 : 3)]?.type === 'NUM')));
    const capital = /^\p{Lu}/u.test(x.raw);
    // "30 tháng Tư" after "ngày" (or ending a list or span of days) is a day; "3 tháng ba lần" counts.
    const dayBefore = before?.type === 'NUM' && ['ngày', 'mùng', 'mồng', 'đến', 'tới', 'và', '-', '–'].includes(atoms[k - 2]?.low ?? '');
    // "trong tháng hai năm 2024": a year after the name says it is the month, whatever "trong" would count ("trong tháng
    // hai lần" is twice in the month).
    const yearClosed = after?.type === 'W' && after.low === 'năm' && atoms[k + (two ? 4 : 3)]?.type === 'NUM';
    const inMonth = before?.type === 'W' && (before.low === 'trong' || before.low === 'cả') && yearClosed;
    const counted =
      before !== undefined &&
      !inMonth &&
      ((before.type === 'NUM' && !dayBefore) ||
        (before.type === 'W' && (COUNT_BEFORE_MONTH.has(before.low) || (!capital && Object.hasOwn(WORD_NUMERALS, before.low)))));
    const yearNext = after?.type === 'NUM' && (after.v.digits ?? '').length === 4;
    const ok = name === 'năm' ? capital && !yearNext && !counted : !counted && (capital || name === 'tư' || closed);
    if (!ok) continue;
    const raw = two ? `${x.raw} ${y!.raw}` : x.raw;
    out.push({ ...x, type: 'NUM', raw, low: raw.toLowerCase(), end: last.end, v: { n, digits: String(n) }, rule: 'month.name' });
    k += two ? 2 : 1;
  }
  return out;
}

const WEEK_ORDER: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "T2–T7", "từ thứ Hai đến thứ Sáu": one weekday atom holding every day of the range. */
/**
 * "1 tỷ 539 triệu đồng", "111 tỷ 149 triệu 416 nghìn đồng": a sum written in its multipliers, each smaller than the
 * one before and each part below the next multiplier, is one number.
 */
function joinCompoundNumbers(atoms: Atom[], text: string): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    if (a.type !== 'NUM' || a.rule !== 'number.multiplier' || (a.v.scale ?? 0) < 1_000_000) {
      out.push(a);
      continue;
    }
    let n = a.v.n!;
    let scale = a.v.scale!;
    let j = k + 1;
    for (; j < atoms.length; j++) {
      const b = atoms[j]!;
      const part = b.v.scale ? b.v.n! / b.v.scale : undefined;
      if (
        b.type !== 'NUM' ||
        b.rule !== 'number.multiplier' ||
        !b.spaceBefore ||
        b.v.scale! >= scale ||
        part === undefined ||
        !Number.isInteger(part) ||
        part >= scale / b.v.scale!
      )
        break;
      n += b.v.n!;
      scale = b.v.scale!;
    }
    if (j === k + 1 || !Number.isSafeInteger(n)) {
      out.push(a);
      continue;
    }
    const last = atoms[j - 1]!;
    const raw = text.slice(a.start, last.end);
    out.push({ ...a, raw, low: raw.toLowerCase(), end: last.end, v: { n, digits: String(n), scale: a.v.scale! }, rule: a.rule });
    k = j - 1;
  }
  return out;
}

function joinWeekdayRanges(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    const sep = atoms[k + 1];
    const b = atoms[k + 2];
    const isSep =
      sep &&
      ((sep.type === 'SYM' && (sep.raw === '-' || sep.raw === '–')) || (sep.type === 'W' && (sep.low === 'đến' || sep.low === 'tới')));
    if (a.type === 'WEEKDAY' && !a.v.wds && isSep && b && b.type === 'WEEKDAY' && !b.v.wds) {
      const from = WEEK_ORDER.indexOf(a.v.wd!);
      const to = WEEK_ORDER.indexOf(b.v.wd!);
      if (from >= 0 && to > from) {
        const raw = `${a.raw}${sep.spaceBefore ? ' ' : ''}${sep.raw}${b.spaceBefore ? ' ' : ''}${b.raw}`;
        out.push({
          ...a,
          type: 'WEEKDAY',
          raw,
          low: raw.toLowerCase(),
          end: b.end,
          v: { wd: a.v.wd!, wds: WEEK_ORDER.slice(from, to + 1) },
          rule: 'weekday.range',
        });
        k += 2;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The atoms' text as written, with single spaces where the text had blanks. */
export function joinAtoms(atoms: readonly Atom[]): string {
  let s = '';
  atoms.forEach((x, k) => {
    s += (k > 0 && x.spaceBefore ? ' ' : '') + x.raw;
  });
  return s;
}
