/**
 * Quota phrases: how many of what, how often, when. "03 tin, bài/tháng", "Mỗi tháng 01
 * chương trình (10-15 phút)", "ít nhất hai lần trong năm", "vào thứ Sáu của tuần thứ ba
 * hằng tháng". Rules record facts in a QuotaFacts; `assembleQuota` turns them into fields.
 */
import type { Span } from '../errors/domain-error.js';
import { clock, isoDate } from './calendar-dates.js';
import { capturedPoint } from './timeframe.rules.js';
import { endOf, startOf } from './time-points.js';
import { joinAtoms, numberValue } from './atoms.js';
import {
  AIRTIME_VERBS,
  CAMPAIGN_END_WORDS,
  CAMPAIGN_HEADS,
  CAMPAIGN_INTROS,
  ITEM_NOUNS,
  LEADING_VERBS,
  PRODUCT_NOUNS,
  MASS_UNITS,
  OCCASION_UNITS,
  PLACE_WORDS,
  UNIT_STOP_WORDS,
  WORD_NUMERALS,
  PERIOD_WORDS,
  MONEY_UNIT_WORDS,
  WEIGHT_UNIT_WORDS,
} from './lexicon.js';
import {
  type Atom,
  type Match,
  after,
  type Pattern,
  type PhraseRule,
  type Qual,
  ahead,
  alt,
  cap,
  many,
  not,
  opt,
  seq,
  spanOf,
  start,
  startingWith,
  sym,
  t,
  w,
} from './pattern.js';
import {
  MEASURE_ABBREVIATION,
  SCHEDULE_ELSEWHERE,
  UNIT,
  entityRun,
  isPersonHead,
  metrePower,
  personByEnding,
  numberFieldLabel,
  numbersDocument,
  point,
  productAt,
  scheduleRowClock,
  skipLeadingVerbs,
} from './phrase-parts.js';
import { QUOTA_ITEM_RULES } from './quota-items.rules.js';
import type { PartOfDay } from './phrase.types.js';
import { ReadingBuilder, cover } from './reading-builder.js';

interface CountFact {
  n?: number;
  min?: number;
  max?: number;
  quals: Qual[];
  unit?: string;
  unitSpan?: Span;
  span: Span;
  unitEnd: number;
  percent?: boolean;
  /** "hàng trăm": a magnitude with no figure (count null, approx). */
  vague?: boolean;
  /** "Nên vệ sinh mỗi 3 tháng": once each time, said by the interval alone; any count written comes first. */
  implied?: boolean;
}

export interface QuotaFacts {
  text: string;
  atoms: readonly Atom[];
  counts: CountFact[];
  /** `within`: written "trong năm", "trong năm 2025", not "mỗi năm" or "/năm" (a span, which a result may cover). */
  /** `namedYear`: "trong năm 2025", a year written with its number. */
  per?: { per: string; span: Span; index: number; within?: boolean; namedYear?: boolean };
  /** The campaign a count is in; `result` when what follows says it was done ("trong đợt 1 đã có …"). */
  window?: { event: string; span: Span; result?: boolean };
  /** `byAll`: read from "Các đơn vị …" (what all of them do), which a group named inside the clause ("một đội … 6 người") narrows. */
  perEntity?: { noun: string; span: Span; byAll?: boolean };
  perItem?: { noun: string; span: Span };
  weekday?: { wd: string; span: Span };
  weekdays: { wd: string; span: Span }[];
  /** The week of the month named first; `woms` every week when all are numbered, `weeks` every week named in several places. */
  weekOfMonth?: { wom: number | 'last'; woms?: number[]; weeks?: (number | 'last')[]; span: Span };
  parts: { pod: PartOfDay; span: Span }[];
  times: { time: string; span: Span }[];
  duration?: { min: number; max: number; span: Span };
  nounBeforePeriod?: { from: number; to: number };
  nounAfterPeriod?: { from: number; to: number };
  standaloneQuals: { qual: Qual; span: Span }[];
  interval?: { [unit: string]: number | Span; span: Span };
  continuous?: { from: number; span: Span };
  durationQuals?: { quals: Qual[]; span: Span };
  /** "63/63 tỉnh": the total (`n`) of the count written at `of`. */
  outOf?: { n: number; span: Span; of: Span };
  /** "đã đăng 245/240 tin, bài": done over the number planned, the planned one. */
  target?: { n: number; span: Span; of: Span };
  /** Every period word, for tying a count to the nearest one ("T2–T7 hằng tuần, mỗi ngày phát 2 buổi"). */
  pers: { per: string; span: Span; index: number; end: number }[];
  /** "Trong 6 tháng đầu năm 2024, Đài đã phát sóng 245 tin, bài": the span a result covers. */
  resultWindow?: { from: string; to: string; span: Span };
  /** "Định kỳ cung cấp thông tin …": periodic, with the period defined elsewhere. */
  periodic?: { from: number; span: Span };
  /** "Tần suất: Theo kế hoạch": the rate is set in another paper. */
  elsewhere?: { from: number; span: Span };
  /** "thời lượng phát sóng … đạt tối thiểu 17 giờ/ngày": what a bare length measures. */
  measure?: { noun: string; span: Span };
  /** "vào ngày 15 hàng tháng": the day of the month an occasion falls on. */
  dayOfMonth?: { d: number; span: Span };
  /** Every day of the month named ("ngày 10 và ngày 25 hằng tháng"), when more than one. */
  daysOfMonth?: { days: number[]; span: Span };
  /** "ngày 2, 7, 12 âm lịch hàng tháng", "ngày rằm hằng tháng": the days named are the lunar month's. */
  lunar?: Span;
}

export function newQuotaFacts(text: string, atoms: readonly Atom[]): QuotaFacts {
  return { text, atoms, counts: [], parts: [], times: [], standaloneQuals: [], weekdays: [], pers: [] };
}

/** What an item's length is counted in. */
const LENGTH_UNITS = ['từ', 'chữ', 'ký tự', 'trang', 'trang A4'];
/** Words that give an item's size: "dài", "có thời lượng". */
const MEASURE_WORDS = new Set(['dài', 'kéo dài', 'có độ dài', 'độ dài', 'có thời lượng', 'thời lượng', 'dung lượng', 'có dung lượng']);
/** "môn tự luận thi 180 phút", "phần thi làm bài 30 phút": a verb of sitting right before a length. */
const SIT_FOR: Pattern = seq(w('thi', 'làm bài', 'thi trong'), ahead(t('DUR')));
const PERIOD_AFTER = /\/\s*(?:ngày|tuần|tháng|quý|năm)|(?<![\p{L}])(?:mỗi|hằng|hàng|định kỳ)(?![\p{L}])/iu;
/** Things that hold a number of others, named first ("Đề thi gồm 15 câu hỏi"). */
const CONTAINER_NOUNS = [
  'đề thi',
  'bộ đề',
  'bộ câu hỏi',
  'phần thi',
  'vòng thi',
  'môn thi',
  'chuyên mục',
  'chuyên trang',
  'bản tin',
  'ấn phẩm',
];

/** What says which kind of place a share counts: "đơn vị hành chính", "xã cấp …", "trường công lập", "đơn vị dân quân tự vệ". */
const PLACE_KINDS = new Set(['hành chính', 'cấp', 'sự nghiệp', 'công lập', 'dân quân']);

/** Words that end the thing "Mỗi …" opens with: what is said of it starts there ("Mỗi chuyến giao …", "Mỗi kg trà … cần"). */
const EACH_NOUN_ENDS = new Set([
  'có',
  'được',
  'cần',
  'giao',
  'trị',
  'sẽ',
  'phải',
  'đạt',
  'bán',
  'gồm',
  'chỉ',
  'thường',
  'trung',
  'bình',
  'tối',
  'ít',
  'không',
  'từ',
  'khoảng',
  'cho',
  'mang',
  'đem',
  'cũng',
  'đều',
  'kéo',
  'dự',
  'chở',
  'làm',
  'đọc',
  'thu',
  'nộp',
  'gửi',
  'phát',
  // What each one receives: "mỗi lao động | nhận được …", "mỗi hộ | hưởng …".
  'nhận',
  'hưởng',
]);
/**
 * People and households after "Mỗi" that entityRun does not know: each of them is perEntity ("Mỗi công dân Việt Nam …",
 * "Mỗi nhà thường làm …"); "hộ", "sinh viên", "tác giả" … are entity nouns already.
 */
const EACH_PEOPLE = new Set(['công dân', 'em', 'sv', 'nhà', 'khách', 'lao động']);

/**
 * "Mỗi chuyến giao trung bình từ 50 - 70 chiếc", "Mỗi kg trà … cần phải bỏ ra từ 3-5 triệu đồng": a sentence that
 * opens with "Mỗi" and a thing (no person or place, which perEntity reads, and no period) counts per that thing.
 */
function eachOpening(f: QuotaFacts): void {
  if (f.perItem || f.perEntity) return;
  let k = 0;
  while (k < f.atoms.length && f.atoms[k]!.type === 'SYM') k++;
  // "Lò nung chạy liên tục, mỗi mẻ cho ra khoảng 400 sản phẩm": a clause after a comma opens so too, when nothing
  // was counted before it.
  if (f.atoms[k]?.low !== 'mỗi') {
    k = f.atoms.findIndex((x, n) => x.low === 'mỗi' && f.atoms[n - 1]?.type === 'SYM' && [',', ';'].includes(f.atoms[n - 1]!.raw));
    if (k < 0 || f.atoms.slice(0, k).some((x) => x.type === 'NUM' || x.type === 'WNUM')) return;
  }
  const from = k + 1;
  if (f.atoms[from]?.type !== 'W') return;
  let to = from + 1;
  while (
    to < f.atoms.length &&
    to - from < 6 &&
    f.atoms[to]!.type === 'W' &&
    !EACH_NOUN_ENDS.has(f.atoms[to]!.low) &&
    !UNIT_STOP_WORDS.has(f.atoms[to]!.low)
  )
    to++;
  // "Mỗi bộ, ngành, địa phương …", "Mỗi tour, công ty …": a list or a clause after a comma is read elsewhere.
  if (f.atoms[to] === undefined || f.atoms[to]!.type === 'SYM') return;
  // "Mỗi kg trà ướp sen …", "Mỗi ha chuối …": a measure is each so much, what it is of said after it.
  if (MEASURE_ABBREVIATION.test(f.atoms[from]!.raw) || MASS_UNITS.has(f.atoms[from]!.low)) {
    // "mỗi m2 vỉa hè": square or cubic metres, the power written tight.
    to = metrePower(f.atoms[from + 1]) ? from + 2 : from + 1;
  }
  // "Mỗi xã có 2 cán bộ", "Mỗi tuần …": people, places and periods are read elsewhere.
  if (entityRun(f.atoms, from) > 0 || Object.hasOwn(PERIOD_WORDS, f.atoms[from]!.low)) return;
  const span = spanOf(f.atoms, from, to);
  const noun = f.text.slice(span.start, span.end);
  const two = `${f.atoms[from]!.low} ${f.atoms[from + 1]?.low ?? ''}`;
  if (
    EACH_PEOPLE.has(f.atoms[from]!.low) ||
    EACH_PEOPLE.has(two) ||
    isPersonHead(noun) ||
    personByEnding(f.atoms[from]!.low, f.atoms[from + 1]?.type === 'W' ? f.atoms[from + 1]!.low : '')
  )
    f.perEntity = { noun, span };
  else f.perItem = { noun, span };
}

/** Events held once ("Hội thi có 4 đội"): named alone, what they hold is a total, not a rate per event. */
/**
 * Kinds of body a rule can require something of ("Doanh nghiệp phải có …", "Hội đồng Giáo sư cơ sở có từ 9 đến 15
 * thành viên"): each such body is the entity the count is for.
 */
const BODY_NOUNS = ['doanh nghiệp', 'tổ chức', 'hội đồng', 'sàn giao dịch', 'công ty', 'hợp tác xã', 'câu lạc bộ', 'thôn', 'tổ dân phố'];
/** Words that end a body's name before what it must have. */
const BODY_NAME_ENDS = new Set(['phải', 'có', 'cần', 'bắt buộc', 'được', 'đã', 'sẽ', 'và', 'hoặc']);

const ONE_EVENT_NOUNS = new Set(['cuộc thi', 'hội thi', 'liên hoan', 'hội nghị', 'hội diễn', 'hội thao', 'giải', 'hội chợ', 'triển lãm']);

/**
 * An item named at the start is what the count is for: "Video clip dự thi có độ dài …", "Các môn tự
 * luận thi 180 phút" → each "video clip dự thi", each "môn tự luận" (a capital that only opens the
 * sentence and the plural marker dropped).
 */
function itemNamedFirst(m: Match, f: QuotaFacts, label = 'n'): false | void {
  if (f.perItem) return false;
  const c = m.capture(label)!;
  let from = c.from;
  while (from < c.to - 1 && ['các', 'những', 'mỗi'].includes(m.atoms[from]!.low)) from++;
  const span = spanOf(m.atoms, from, c.to);
  let noun = f.text.slice(span.start, span.end);
  if (m.atoms[from]!.raw !== m.atoms[from]!.low && !/^\p{Lu}{2,}/u.test(noun)) noun = noun[0]!.toLowerCase() + noun.slice(1);
  f.perItem = { noun, span };
}

const MEASURE_NAMES: Pattern = w(...MEASURE_WORDS);

/** Up to three words of an item's name, up to a stop word, a measure word or SIT_FOR. */
const ITEM_NAME_TAIL: Pattern = (a, i) => {
  let j = i;
  while (j < a.length && j - i < 3) {
    const x = a[j]!;
    // "Bài dự thi | viết bằng tay …": a verb starts the description.
    if (
      x.type !== 'W' ||
      UNIT_STOP_WORDS.has(x.low) ||
      MEASURE_WORDS.has(x.low) ||
      LEADING_VERB_WORDS.has(x.low) ||
      MEASURE_NAMES(a, j, []) > j ||
      SIT_FOR(a, j, []) > j
    )
      break;
    j++;
  }
  return j;
};

/** A list of people or units ("đơn vị", "xã, phường"). */
const ENTITY_LIST: Pattern = (a, i) => {
  const end = entityRun(a, i);
  return end > i ? end : -1;
};

/** "một số tin, bài" is "some news", not one issue: "một" before "số" and a noun counts nothing. */
const SOME: Pattern = seq(
  w('số'),
  t('W', (x) => x.raw === x.low && !UNIT_STOP_WORDS.has(x.low)),
);
/**
 * "Covid-19", "Hải Dương-16": a number written onto a word by a hyphen is part of a name, no count; so is
 * a number with a capital letter written onto it, a house's or a room's ("số 51A Lý Tự Trọng", "phòng 12B").
 */
const NOT_NAMED_NUMBER: Pattern = (a, i) => {
  const dash = a[i - 1];
  const word = a[i - 2];
  const named = dash?.type === 'SYM' && dash.raw === '-' && !dash.spaceBefore && !a[i]?.spaceBefore && word?.type === 'W';
  const letter = a[i + 1];
  const lettered = letter?.type === 'W' && !letter.spaceBefore && /^\p{Lu}$/u.test(letter.raw);
  return named || lettered ? -1 : i;
};
const COUNT: Pattern = alt(
  // "bình quân 16,5 tiêu chí/xã": a decimal comma written tight, one or two decimals, before a word, or
  // opening a range ("5,5 - 6 tấn/ha", "từ 0,1-2,7 g/l").
  seq(
    t('NUM', (x) => (x.v.digits ?? '').length <= 3),
    sym(',', true),
    t('NUM', (x) => !x.spaceBefore && (x.v.digits ?? '').length <= 2),
    ahead(alt(t('W'), seq(alt(sym('-–'), w('đến', 'tới')), t('NUM')))),
  ),
  // "28,104km đường biên giới": three decimals too, when a unit of length or area is written onto them.
  seq(
    t('NUM', (x) => (x.v.digits ?? '').length <= 3),
    sym(',', true),
    t('NUM', (x) => !x.spaceBefore && (x.v.digits ?? '').length === 3),
    ahead(t('W', (x) => !x.spaceBefore && /^(?:km|m|ha|m2|km2)$/u.test(x.raw))),
  ),
  // Long digit runs are codes, not counts; "57 triệu" is written short, "5.113.387 người" grouped.
  // "37.664,28 ha": a grouped number with decimals is one count too.
  seq(
    NOT_NAMED_NUMBER,
    t(
      'NUM',
      (x) =>
        (Number.isInteger(x.v.n) || x.rule === 'number.thousands') &&
        ((x.v.digits ?? '').length <= 6 || x.rule === 'number.multiplier' || x.rule === 'number.thousands'),
    ),
  ),
  seq(t('WNUM'), not(SOME)),
);
const QUALS: Pattern = many(t('QUAL'), 1, 3);
/** The verb of a result between its qualifier and its figure: "tối thiểu | đạt | 40%", "trung bình | giảm | 0,15%". */
const RESULT_VERBS = ['đạt', 'tăng', 'giảm', 'tăng thêm', 'giảm thêm'];
/** A slash with a blank on one side only ("1.929/ 3.321", "45 /60"), as a page's text layer may write a share. */
const HALF_SPACED_SLASH: Pattern = (a, i) => {
  const x = a[i];
  if (x?.type !== 'SYM' || x.raw !== '/' || a[i + 1] === undefined) return -1;
  return x.spaceBefore !== a[i + 1]!.spaceBefore ? i + 1 : -1;
};

/** What a number counts: a unit, or "từ" (words) closing a length ("không quá 1.500 từ"). */
const COUNTED: Pattern = alt(
  UNIT,
  seq(w('từ', 'chữ'), not(alt(t('NUM'), t('DATE'), t('W')))),
  // "phát tin tối thiểu 3 ngày": days counted, not a date or a delay.
  seq(w('ngày'), not(alt(t('NUM'), t('WNUM'), w('làm việc', 'kể từ', 'sau', 'trước', 'tính từ')))),
);
const notStopWord: Pattern = t('W', (x) => !UNIT_STOP_WORDS.has(x.low));

/** The opening of the phrase, after a list bullet ("- Bài viết …"). */
const OPENING: Pattern = alt(seq(start, sym('-–+•')), start);

/** An item's name of one or two words, before its description: "bức thư | viết dưới dạng văn xuôi". */
const ITEM_NAME_SHORT: Pattern = (a, i) => {
  const named = ITEM_NAMES(a, i, []);
  if (named > i) return named;
  let j = i;
  while (j < a.length && j - i < 2) {
    const x = a[j]!;
    if (x.type !== 'W' || UNIT_STOP_WORDS.has(x.low) || MEASURE_WORDS.has(x.low) || LEADING_VERB_WORDS.has(x.low)) break;
    j++;
  }
  return j > i ? j : -1;
};
const ITEM_NAMES: Pattern = w(...ITEM_NOUNS, ...PRODUCT_NOUNS);
const LEADING_VERB_WORDS = new Set(LEADING_VERBS.filter((v) => !v.includes(' ')));

/** A size said right here: "dài …", "có thời lượng …", "không quá 1.500 từ". */
const MEASURE_NOW: Pattern = alt(w(...MEASURE_WORDS), SIT_FOR, seq(opt(sym('(')), QUALS, COUNT, w(...LENGTH_UNITS)));
/**
 * A size said later in the same sentence, after a comma: "Bài viết bằng tiếng Việt, dung lượng 1.000 -
 * 1.500 từ". Looks at most 30 atoms ahead and stops at the end of a sentence.
 */
const MEASURE_LATER: Pattern = (a, i, caps) => {
  for (let j = i; j < a.length && j < i + 30; j++) {
    const x = a[j]!;
    if (x.type === 'SYM' && (x.raw === ';' || x.raw === '.')) return -1;
    if (x.type === 'SYM' && x.raw === ',' && MEASURE_NOW(a, j + 1, caps) > j + 1) return i;
  }
  return -1;
};

/** Units a range of sums or weights is written in on both ends ("từ 5 triệu đồng đến 10 triệu đồng"). */
const VALUE_RANGE_UNITS = ['đồng', 'USD', ...WEIGHT_UNIT_WORDS];

/** Words that make a sentence a result ("đã tổ chức"), not what each one is to do. */
const PREPOSITIONS = new Set(['của', 'cho', 'tại', 'ở', 'với', 'trong', 'đối với', 'về', 'từ', 'giữa']);
const RESULT_WORDS = new Set(['đã', 'được', 'vừa', 'từng']);
/**
 * Up to eight words without a result word, then a count: "lựa chọn | 2 xã", "tham gia cuộc thi sẽ tạo lập | 01 website".
 */
const TO_OWN_COUNT: Pattern = (a, i, caps) => {
  for (let j = i; j < a.length && j < i + 8; j++) {
    const x = a[j]!;
    if (x.type === 'NUM' || x.type === 'WNUM') return j > i && COUNT(a, j, caps) > j ? i : -1;
    if (x.type !== 'W' || RESULT_WORDS.has(x.low)) return -1;
  }
  return -1;
};

/** A length within the next eight atoms, after "đạt", "là" or a qualifier: "… đạt tối thiểu 17 giờ". */
const LENGTH_LATER: Pattern = (a, i) => {
  for (let j = i; j < a.length && j < i + 8; j++) {
    const x = a[j]!;
    if (x.type === 'DUR') {
      const prev = a[j - 1];
      return prev !== undefined && (prev.type === 'QUAL' || (prev.type === 'W' && ['đạt', 'là', 'từ'].includes(prev.low))) ? i : -1;
    }
    if (x.type !== 'W' && x.type !== 'QUAL') return -1;
  }
  return -1;
};

function quals(m: Match): Qual[] {
  return m.all('qual').map((x) => x.v.qual!);
}

/** n periods named by `unitWord` in months ("quý" 3, "năm" 12), or undefined for days and weeks. */
function monthsOf(unitWord: string, n: number): number | undefined {
  return unitWord === 'tháng' ? n : unitWord === 'quý' ? n * 3 : unitWord === 'năm' ? n * 12 : undefined;
}

/** SCHEMA.md's `every` of "once every n periods": days or weeks as written, anything longer in months. */
/** Once every 3 months is a quarter's, every 12 a year's; other intervals name no period of the calendar's. */
function periodOfMonths(months: number | undefined): 'quarter' | 'year' | undefined {
  return months === 3 ? 'quarter' : months === 12 ? 'year' : undefined;
}

function intervalOf(unitWord: string, n: number, span: Span): NonNullable<QuotaFacts['interval']> {
  if (unitWord === 'ngày') return { days: n, span };
  if (unitWord === 'tuần') return { weeks: n, span };
  return { months: monthsOf(unitWord, n)!, span };
}

function unitOf(m: Match, f: QuotaFacts): { unit?: string; unitSpan?: Span; unitEnd: number } {
  const c = m.capture('unit');
  if (!c) return { unitEnd: m.to };
  const span = spanOf(f.atoms, c.from, c.to);
  return { unit: f.text.slice(span.start, span.end), unitSpan: span, unitEnd: c.to };
}

function addTime(f: QuotaFacts, atom: Atom): void {
  f.times.push({ time: clock(atom.v.h!, atom.v.min!), span: { start: atom.start, end: atom.end } });
}

function addDuration(f: QuotaFacts, atom: Atom): void {
  if (!f.duration) f.duration = { min: atom.v.min!, max: atom.v.max!, span: { start: atom.start, end: atom.end } };
}

/** The item after "phút/": "buổi phát thanh", "lượt thi", "chương trình" (the noun and what it is of). */
const ITEM_AFTER_SLASH: Pattern = (a, i) => {
  const x = a[i];
  if (!x || x.type !== 'W') return -1;
  if (x.low === 'lần') return i + 1;
  const end = UNIT(a, i, []);
  return end > i ? end : i + 1;
};

/**
 * "buổi sáng", "buổi sáng - chiều", "buổi sáng, chiều và tối" after a count: "buổi" is the unit
 * and the parts of the day are when.
 */
const PARTS_OF_DAY_COUNTED: Pattern = seq(
  cap(
    'pod',
    t('POD', (x) => x.low.startsWith('buổi')),
  ),
  many(seq(opt(alt(sym(','), sym('-'), sym('–'), w('và', 'hoặc'))), cap('pod', t('POD'))), 0, 3),
);

function partsOfDayUnit(m: Match, f: QuotaFacts): { unit: string; unitSpan: Span; unitEnd: number } {
  const pods = m.all('pod');
  const first = pods[0]!;
  for (const pod of pods)
    if (!f.parts.some((p) => p.pod === pod.v.pod)) f.parts.push({ pod: pod.v.pod!, span: { start: pod.start, end: pod.end } });
  return { unit: 'buổi', unitSpan: { start: first.start, end: first.start + 'buổi'.length }, unitEnd: m.capture('pod')!.to };
}

/** "tháng 1" / "tháng 01" with no year: in "3 tháng 1 lần" it is "months, once", not January. */
const ONE_MONTH_WORD: Pattern = t('MONTH', (x) => x.v.m === 1 && x.v.y === undefined && x.v.ms === undefined && x.low.startsWith('tháng'));

/** A term of a share: up to five digits, or up to seven grouped by thousands ("391.395/391.660 cử tri"). */
const shareTerm = (x: Atom): boolean => (x.v.digits ?? '').length <= (x.raw.includes('.') ? 7 : 5);

/** The quota rule table, in priority order at each position. */
export const QUOTA_RULES: readonly PhraseRule<QuotaFacts>[] = [
  {
    // "(10-15 phút)" gives a duration; "(tăng 3 lần/ngày …)" is a delta, not the quota.
    name: 'quota.parenthetical',
    pattern: startingWith(sym('('), (a, i) => {
      for (let j = i + 1; j < a.length && j < i + 60; j++) if (a[j]!.type === 'SYM' && a[j]!.raw === ')') return j + 1;
      return -1;
    }),
    action: (m, f) => {
      // "(Thanh Hoá 3,67 triệu người, …)": a bracket round the whole phrase is the phrase, not an aside.
      if (m.from === 0 && m.atoms.slice(m.to).every((x) => x.type === 'SYM')) return false;
      // "Tin, bài (02 tin, bài/quý)": when nothing before it gave a rate, a bracketed rate is the quota.
      const inner = m.atoms.slice(m.from + 1, m.to - 1);
      const delta = inner.some((x) => x.type === 'W' && ['tăng', 'giảm', 'so', 'trong đó', 'gồm', 'bao gồm'].includes(x.low));
      if (!delta && !f.per && inner.some((x) => x.type === 'PERIOD') && inner.some((x) => x.type === 'NUM' || x.type === 'WNUM'))
        return false;
      // "Bài viết (không quá 2.000 từ)": a bound in brackets, with nothing counted before it, is the quota.
      if (!delta && f.counts.length === 0 && inner[0]?.type === 'QUAL' && inner.some((x) => x.type === 'NUM' || x.type === 'WNUM'))
        return false;
      // "… là tài liệu truyền thông (97,8%)", "Tổ chức dọn ụ rác … (thu dọn 1 tấn rác)": the phrase's only figure,
      // in brackets, is its figure.
      const figure = (x: Atom) => x.type === 'NUM' || x.type === 'WNUM' || x.type === 'PCT';
      // "Bảng C1", "tuyến 16A": a number glued to the letters of a code names something, it is no figure.
      const code = (k: number) => m.atoms[k - 1]?.type === 'W' && m.atoms[k - 1]!.end === m.atoms[k]!.start;
      // "như Bắc Giang (8.700 ha), Sơn La (8000 ha)": so when every figure of the phrase is in brackets.
      const inside = bracketed(f.text);
      if (!delta && inner.some(figure) && !m.atoms.some((x, k) => (k < m.from || k >= m.to) && figure(x) && !code(k) && !inside(x.start)))
        return false;
      for (let k = m.from + 1; k < m.to - 1; k++) {
        const x = m.atoms[k]!;
        if (x.type === 'DUR') addDuration(f, x);
        else if (x.type === 'CLOCK') addTime(f, x);
        else if (x.type === 'POD' && !f.parts.some((p) => p.pod === x.v.pod))
          f.parts.push({ pod: x.v.pod!, span: { start: x.start, end: x.end } });
        else if (x.type === 'WEEKDAY') {
          const span = { start: x.start, end: x.end };
          f.weekday ??= { wd: x.v.wd!, span };
          for (const wd of x.v.wds ?? [x.v.wd!]) if (!f.weekdays.some((y) => y.wd === wd)) f.weekdays.push({ wd, span });
        }
      }
    },
  },
  ...QUOTA_ITEM_RULES,
  {
    // "1 lần/2 tháng", "2 lần/3 tháng", "2 tháng 1 lần" ("tháng 1" first read as January): a count in
    // every n periods, written with the count first or the period first.
    name: 'quota.count-every',
    pattern: alt(
      seq(
        cap('c', alt(t('NUM'), t('WNUM'))),
        cap('unit', w('lần', 'kỳ', 'số', 'đợt', 'buổi', 'cuộc')),
        sym('/'),
        alt(
          seq(
            cap(
              'n',
              t('NUM', (x) => x.v.n! >= 2 && x.v.n! <= 12),
            ),
            cap('u', w('ngày', 'tuần', 'tháng', 'quý', 'năm')),
          ),
          // "1 lần/6 tháng": "6 tháng" was read as a half year.
          cap(
            'h',
            t('HALF', (x) => x.v.part === undefined && x.v.y === undefined),
          ),
        ),
      ),
      seq(
        cap(
          'n',
          t('NUM', (x) => x.v.n! >= 2 && x.v.n! <= 12),
        ),
        t('MONTH', (x) => x.v.m === 1 && x.v.y === undefined && /^tháng\s*0?1$/iu.test(x.raw)),
        cap('unit', w('lần', 'kỳ', 'số', 'đợt', 'buổi', 'cuộc')),
      ),
    ),
    action: (m, f) => {
      const n = m.has('h') ? m.get('h')!.v.months! : m.get('n')!.v.n!;
      const count = m.has('c') ? numberValue(m.all('c')) : 1;
      if (count === undefined) return false;
      const unitWord = m.has('u') ? m.get('u')!.low : 'tháng';
      const months = monthsOf(unitWord, n);
      const per = periodOfMonths(months);
      const span = m.span();
      f.counts.push({ n: count, quals: [], span, ...unitOf(m, f) });
      if (per && !f.per) f.per = { per, span, index: m.from };
      f.interval = intervalOf(unitWord, n, span);
    },
  },
  {
    // "mỗi 3 tháng đăng 5 tin", "Cứ mỗi 3 tháng, xã tổ chức 1 buổi đối thoại", "Thay lõi lọc sau mỗi 6 tháng": every so
    // many periods is the period of what is counted (a quarter, a year), or an interval; said alone, once each time.
    name: 'quota.every-n-periods',
    pattern: seq(
      opt(cap('qual', QUALS)),
      w('mỗi', 'cứ mỗi', 'sau mỗi'),
      alt(
        seq(
          cap(
            'n',
            alt(
              t('NUM', (x) => x.v.n! >= 2 && x.v.n! <= 36),
              t('WNUM', (x) => x.v.n! >= 2),
            ),
          ),
          cap('u', w('ngày', 'tuần', 'tháng', 'năm')),
        ),
        cap(
          'h',
          t('HALF', (x) => x.v.part === undefined && x.v.y === undefined),
        ),
      ),
      // "mỗi 3 tháng 1 lần", "mỗi 3 – 4 tháng", "mỗi 2 tuần/lần" are read by the rules of once every so often.
      not(alt(sym('/-–'), t('NUM'), t('WNUM'), w('một', 'đến', 'hoặc', 'tới'))),
    ),
    action: (m, f) => {
      const n = m.has('h') ? m.get('h')!.v.months! : numberValue(m.all('n'))!;
      const unitWord = m.has('h') ? 'tháng' : m.get('u')!.low;
      const months = monthsOf(unitWord, n);
      const per = periodOfMonths(months);
      const span = m.span();
      f.counts.push({ n: 1, quals: quals(m), span, unitEnd: m.to, implied: true });
      if (per && !f.per) f.per = { per, span, index: m.from };
      f.interval = intervalOf(unitWord, n, span);
    },
  },
  {
    // "3-4 tháng/lần", "mỗi 3 – 6 tháng/lần", "3 tháng đến 6 tháng một lần", "Nên vệ sinh mỗi 3–4 tháng": once every so
    // many periods, a range of them; the shortest interval is the schedule, the longest is kept beside it.
    name: 'quota.once-every-range',
    pattern: seq(
      opt(cap('qual', QUALS)),
      opt(cap('each', w('mỗi', 'cứ mỗi', 'cứ'))),
      cap(
        'n',
        t('NUM', (x) => x.v.n! >= 1 && x.v.n! <= 24),
      ),
      opt(w('ngày', 'tuần', 'tháng', 'năm')),
      alt(sym('-–'), w('đến', 'tới', 'hoặc')),
      alt(
        seq(
          cap(
            'most',
            t('NUM', (x) => x.v.n! >= 2 && x.v.n! <= 36),
          ),
          cap('u', w('ngày', 'tuần', 'tháng', 'năm')),
        ),
        // "3 tháng đến 6 tháng một lần": "6 tháng" was read as a half year.
        cap(
          'h',
          t('HALF', (x) => x.v.part === undefined && x.v.y === undefined),
        ),
      ),
      alt(
        seq(
          alt(
            seq(sym('/'), opt(t('NUM', (x) => x.v.n === 1))),
            w('một'),
            t('WNUM', (x) => x.v.n === 1),
            t('NUM', (x) => x.v.n === 1),
          ),
          cap('unit', w('lần', 'kỳ', 'đợt', 'buổi')),
        ),
        // "mỗi 3–4 tháng" says once every so often with no "lần": then a stop, a word or the end.
        (a, i) => {
          const next = a[i];
          const ends =
            next === undefined ||
            (next.type === 'SYM' ? '.,;:)'.includes(next.raw) : next.type === 'W' && !['trở', 'liên'].includes(next.low));
          return ends ? i : -1;
        },
      ),
    ),
    action: (m, f) => {
      const n = m.get('n')!.v.n!;
      const most = m.has('h') ? m.get('h')!.v.months! : m.get('most')!.v.n!;
      if (!(most > n) || (!m.has('each') && !m.has('unit'))) return false;
      const unitWord = m.has('h') ? 'tháng' : m.get('u')!.low;
      const span = m.span();
      f.counts.push({ n: 1, quals: quals(m), span, ...unitOf(m, f) });
      const every = intervalOf(unitWord, n, span);
      const longest = intervalOf(unitWord, most, span);
      const key = Object.keys(every).find((k) => k !== 'span')!;
      f.interval = { ...every, [`${key}Max`]: longest[key] as number };
    },
  },
  {
    // "3 tháng/lần", "6 tháng/lần": once every n periods.
    name: 'quota.once-every',
    pattern: seq(
      // "ít nhất 3 tháng một lần": the bound is said of the frequency, not of the months.
      opt(cap('qual', QUALS)),
      alt(
        // "1 tháng 1 lần", "3 tháng 01 lần": "tháng 1" is read as January before the rules run.
        seq(cap('n', alt(t('NUM'), t('WNUM'))), cap('jan', ONE_MONTH_WORD)),
        seq(
          alt(seq(cap('n', alt(t('NUM'), t('WNUM'))), cap('u', w('ngày', 'tuần', 'tháng', 'quý', 'năm'))), cap('h', t('HALF'))),
          // "3 tháng/lần", "ba tháng một lần"
          alt(
            seq(sym('/'), opt(t('NUM', (x) => x.v.n === 1))),
            w('một'),
            t('WNUM', (x) => x.v.n === 1),
            t('NUM', (x) => x.v.n === 1),
          ),
        ),
      ),
      cap('unit', w('lần', 'kỳ', 'số', 'đợt', 'buổi', 'cuộc')),
    ),
    action: (m, f) => {
      const half = m.get('h');
      const n = half ? half.v.months! : numberValue(m.all('n'))!;
      const unitWord = half || m.has('jan') ? 'tháng' : m.get('u')!.low;
      const months = monthsOf(unitWord, n);
      const per =
        months === 1
          ? 'month'
          : months === 3
            ? 'quarter'
            : months === 12
              ? 'year'
              : unitWord === 'tuần' && n === 1
                ? 'week'
                : unitWord === 'ngày' && n === 1
                  ? 'day'
                  : undefined;
      const span = m.span();
      f.counts.push({ n: 1, quals: quals(m), span, ...unitOf(m, f) });
      if (per && !f.per) f.per = { per, span, index: m.from };
      f.interval = intervalOf(unitWord, n, span);
    },
  },
  {
    // "đạt 126/150 tin, bài": a count out of a total; "đăng 245/240 tin, bài" (more than planned): done over target.
    name: 'quota.out-of',
    // "đăng ký dự thi 6 trên tổng số 11 bộ môn": the same, in words.
    pattern: seq(
      cap('a', t('NUM', shareTerm)),
      alt(sym('/', true), cap('loose', HALF_SPACED_SLASH), w('trên tổng số')),
      cap('b', t('NUM', shareTerm)),
      cap('unit', COUNTED),
    ),
    action: (m, f) => {
      // "Nghị định số 109/2002 sửa đổi …": a document's number and year, no share.
      if (numbersDocument(f.text, m.span('a').start)) return false;
      const a = m.get('a')!.v.n!;
      const b = m.get('b')!.v.n!;
      // "1.929/ 3.321 xã": a blank slipped in on one side of the slash still shares, but never more than the whole.
      if (m.get('loose') && a > b) return false;
      // Over target only where the sentence says it was reached ("đạt", "vượt", "đã") and b is no day of a month.
      const over = a > b && b > 12 && /(?<![\p{L}])(?:đạt|vượt|đã|được)(?![\p{L}])/iu.test(f.text);
      if (!(a <= b) && !over) return false;
      const unit = unitOf(m, f);
      // "chỉ đạo 12/12 xã triển khai": a share of places counts the places, not what they do.
      // "8/19 xã đạt chuẩn nông thôn mới": the standard met stays, it says which places (see UNIT).
      const places = entityRun(m.atoms, m.capture('unit')!.from);
      const standard = m.atoms[places]?.low === 'đạt' && m.atoms[places + 1]?.low === 'chuẩn';
      // "23/23 đơn vị hành chính cấp tỉnh", "5/5 trường công lập": words that say which kind of place stay.
      const next = m.atoms[places];
      const which = next?.type === 'W' && (PLACE_KINDS.has(next.low) || PLACE_KINDS.has(`${next.low} ${m.atoms[places + 1]?.low ?? ''}`));
      // "132/132 Chi hội trưởng", "15/15 trưởng thôn": the head of each place is a person counted, not the place.
      const head = next?.type === 'W' && (next.low === 'trưởng' || next.low === 'phó');
      const end = head ? places + 1 : places;
      if (places > 0 && end < unit.unitEnd && !standard && !which) {
        const span = spanOf(m.atoms, m.capture('unit')!.from, end);
        Object.assign(unit, { unit: f.text.slice(span.start, span.end), unitSpan: span, unitEnd: end });
      }
      f.counts.push({ n: a, quals: [], span: m.span('a'), ...unit });
      if (over) f.target = { n: b, span: m.span('b'), of: m.span('a') };
      else f.outOf = { n: b, span: m.span('b'), of: m.span('a') };
    },
  },
  {
    // "60 - 70 bài", "từ 3 đến 5 buổi"; "45.000÷80.000 đồng/m3" is the technical writing of a range.
    name: 'quota.count-range',
    pattern: seq(
      opt(cap('qual', QUALS)),
      opt(w('từ')),
      cap('a', COUNT),
      // "từ 03 đến dưới 05 ngày": up to, not reaching, the upper end.
      alt(sym('-–÷'), seq(w('đến', 'tới'), opt(w('dưới')))),
      cap('b', COUNT),
      opt(cap('unit', COUNTED)),
    ),
    action: (m, f) => {
      let a = numberValue(m.all('a'))!;
      const b = numberValue(m.all('b'))!;
      // "15-20 triệu lượt": the multiplier written once, on the upper end, scales both ends.
      const scale = m.all('b')[0]!.v.scale;
      const aScaled = m.all('a')[0]!.v.scale !== undefined;
      if (scale !== undefined && !aScaled && Number.isSafeInteger(a * scale) && a * scale < b) a *= scale;
      if (!(a < b)) return false;
      f.counts.push({ min: a, max: b, quals: quals(m), span: m.span(), ...unitOf(m, f) });
    },
  },
  {
    // "từ 800.000 đồng đến 1,5 triệu đồng/tháng", "từ 100 triệu đồng đến dưới 500 triệu đồng", "từ 2 tấn đến 3 tấn": a
    // range of sums or weights with the unit written on both ends.
    name: 'quota.value-range',
    pattern: seq(
      w('từ'),
      cap('a', COUNT),
      cap('ua', w(...VALUE_RANGE_UNITS)),
      alt(sym('-–'), w('đến', 'tới')),
      opt(w('dưới')),
      cap('b', COUNT),
      cap('unit', w(...VALUE_RANGE_UNITS)),
    ),
    action: (m, f) => {
      const a = numberValue(m.all('a'))!;
      const b = numberValue(m.all('b'))!;
      if (m.get('ua')!.low !== m.get('unit')!.low || !(a < b)) return false;
      f.counts.push({ min: a, max: b, quals: [], span: m.span(), ...unitOf(m, f) });
    },
  },
  {
    name: 'quota.qualified-count',
    pattern: seq(
      cap('qual', QUALS),
      many(notStopWord, 0, 3),
      opt(w(...RESULT_VERBS)),
      cap('count', COUNT),
      opt(alt(cap('unit', COUNTED), PARTS_OF_DAY_COUNTED)),
      opt(cap('more', w('trở lên'))),
    ),
    action: (m, f) => {
      const n = numberValue(m.all('count'))!;
      const q = quals(m);
      if (m.has('more')) q.push('atLeast');
      const unit = m.has('pod') ? partsOfDayUnit(m, f) : unitOf(m, f);
      f.counts.push({ n, quals: q, span: cover(m.span('qual'), m.span('count'))!, ...unit });
    },
  },
  {
    // "tỷ lệ hồ sơ trực tuyến đạt 80% trở lên": the unit is named before the rate.
    name: 'quota.rate-of',
    pattern: seq(
      w('tỷ lệ', 'tỉ lệ'),
      cap('unit', UNIT),
      opt(w('đạt', 'phải đạt', 'là', 'đạt từ', 'đạt tối thiểu')),
      opt(cap('qual', QUALS)),
      cap('pct', t('PCT')),
      opt(cap('more', w('trở lên'))),
    ),
    action: (m, f) => {
      const q = quals(m);
      if (m.has('more')) q.push('atLeast');
      if (m.all('unit').length === 0) return false;
      f.counts.push({ n: m.get('pct')!.v.n!, percent: true, quals: q, span: cover(m.span('qual'), m.span('pct'))!, ...unitOf(m, f) });
    },
  },
  {
    name: 'quota.percent',
    // "tối thiểu đạt 40%", "trung bình giảm 0,15%/năm": a qualifier may come before the verb of the result.
    // "phải đạt từ 80 phần trăm": reached "from" a rate, with no end to the range, is at least it.
    pattern: seq(
      opt(alt(seq(cap('qual', QUALS), opt(w(...RESULT_VERBS))), seq(w('đạt'), cap('from', w('từ'))))),
      cap('pct', t('PCT')),
      opt(cap('unit', UNIT)),
      opt(cap('more', w('trở lên'))),
    ),
    action: (m, f) => {
      const q = quals(m);
      const next = m.atoms[m.capture('pct')!.to];
      const ranged =
        next !== undefined &&
        ((next.type === 'W' && ['đến', 'tới'].includes(next.low)) || (next.type === 'SYM' && '-–'.includes(next.raw)));
      if (m.has('more') || (m.has('from') && !ranged && !q.includes('atLeast'))) q.push('atLeast');
      f.counts.push({ n: m.get('pct')!.v.n!, percent: true, quals: q, span: cover(m.span('qual'), m.span('pct'))!, ...unitOf(m, f) });
    },
  },
  {
    // "một hoặc nhiều lần", "01 hay nhiều hơn 01 bài": one or more, a floor.
    name: 'quota.or-more',
    pattern: seq(
      cap(
        'count',
        alt(
          COUNT,
          t('W', (x) => WORD_NUMERALS[x.low] !== undefined),
        ),
      ),
      w('hoặc nhiều', 'hay nhiều', 'hoặc nhiều hơn', 'hay nhiều hơn'),
      opt(alt(t('NUM'), t('WNUM'))),
      cap('unit', COUNTED),
    ),
    action: (m, f) => {
      const first = m.get('count')!;
      const n = first.type === 'W' ? WORD_NUMERALS[first.low] : numberValue(m.all('count'));
      if (n === undefined) return false;
      f.counts.push({ n, quals: ['atLeast'], span: m.span('count'), ...unitOf(m, f) });
    },
  },
  {
    // "chỉ phát thanh 1 lần", "chỉ đăng 02 bài": "chỉ" before a verb and its count is a ceiling.
    name: 'quota.only-verb',
    pattern: seq(w('chỉ'), ahead(seq(w(...LEADING_VERBS, ...AIRTIME_VERBS), COUNT))),
    action: (m, f) => {
      f.standaloneQuals.push({ qual: 'atMost', span: m.span() });
    },
  },
  {
    // "hàng trăm tin, bài": about some hundreds, a count with no figure.
    name: 'quota.vague-magnitude',
    pattern: seq(cap('count', t('VAGUE')), cap('unit', COUNTED)),
    action: (m, f) => {
      f.counts.push({ vague: true, quals: ['approx'], span: m.span('count'), ...unitOf(m, f) });
    },
  },
  {
    // "Số lượng tin, bài: 12", "Số buổi phát thanh: 24", "số nhà hàng mở mới là 23": a report's row, the thing counted
    // named after "số" and its figure after the colon or "là", bare.
    name: 'quota.number-of-row',
    pattern: seq(
      opt(w('tổng')),
      w('số lượng', 'số'),
      cap('unit', (a, i) => {
        let j = i;
        const word = (x: Atom) => x.type === 'W' && x.low !== 'là';
        while (j < a.length && j - i < 8 && (word(a[j]!) || (a[j]!.type === 'SYM' && a[j]!.raw === ',' && a[j + 1]?.type === 'W'))) j++;
        return j > i && a[j - 1]!.type === 'W' ? j : -1;
      }),
      alt(sym(':'), w('là')),
      cap('count', COUNT),
      // The figure stands bare: a unit after it is the count-unit rule's ("Số hộ nghèo là 45 hộ").
      (a, i) => (i >= a.length || (a[i]!.type === 'SYM' && '.,;()'.includes(a[i]!.raw)) ? i : -1),
    ),
    action: (m, f) => {
      const words = m.all('unit');
      // "Số lượng: 02 chương trình": nothing named but the count's own word.
      if (words.length === 1 && words[0]!.low === 'lượng') return false;
      // "Số hiệu: 15", "Số quyết định: 12": the figure is a code.
      if (numberFieldLabel(words)) return false;
      // "… có 1.400 người đến đăng ký và số người đạt yêu cầu là 420": after a count of its own, a row's figure is a part.
      if (f.counts.length > 0) return false;
      f.counts.push({ n: numberValue(m.all('count'))!, quals: [], span: m.span('count'), ...unitOf(m, f) });
    },
  },
  {
    name: 'quota.count-unit',
    // "từ 20 người trở lại", "từ 5 ha trở xuống": that many or fewer ("trở lên": or more).
    pattern: seq(
      opt(cap('from', w('từ'))),
      cap('count', COUNT),
      cap('unit', COUNTED),
      opt(cap('more', w('trở lên', 'trở xuống', 'trở lại'))),
    ),
    action: (m, f) => {
      const n = numberValue(m.all('count'))!;
      // "từ 10m³/ngày đêm trở lên": the bound may follow the rate's period.
      const slash = m.atoms[m.to];
      const late =
        !m.has('more') &&
        slash?.type === 'PERIOD' &&
        slash.v.how === 'slash' &&
        m.atoms[m.to + 1]?.low === 'trở' &&
        m.atoms[m.to + 2]?.low === 'lên';
      const bound = late
        ? 'trở lên'
        : m
            .all('more')
            .map((x) => x.low)
            .join(' ');
      const quals: Qual[] =
        bound === 'trở lên' ? ['atLeast'] : bound === 'trở xuống' || (bound === 'trở lại' && m.has('from')) ? ['atMost'] : [];
      f.counts.push({ n, quals, span: m.span('count'), ...unitOf(m, f) });
    },
  },
  {
    // "mỗi ngày 02 buổi sáng, chiều", "hai buổi sáng-chiều/ngày": the parts of the day are what
    // is counted, all of them before the period.
    name: 'quota.count-parts-of-day',
    pattern: seq(cap('count', COUNT), PARTS_OF_DAY_COUNTED),
    action: (m, f) => {
      f.counts.push({ n: numberValue(m.all('count'))!, quals: [], span: m.span('count'), ...partsOfDayUnit(m, f) });
    },
  },
  {
    name: 'quota.count-per-period',
    pattern: seq(cap('count', COUNT), ahead(t('PERIOD'))),
    action: (m, f) => {
      f.counts.push({ n: numberValue(m.all('count'))!, quals: [], span: m.span('count'), unitEnd: m.to });
      return true;
    },
  },
  {
    // "Tuần 2 buổi (thứ Ba và thứ Năm)": a period word opening the phrase, then a count.
    name: 'quota.leading-period',
    pattern: seq(
      start,
      cap('p', w('tuần', 'ngày')),
      ahead(
        seq(
          alt(t('NUM'), t('WNUM')),
          t('W', (x) => !UNIT_STOP_WORDS.has(x.low)),
        ),
      ),
    ),
    action: (m, f) => {
      if (f.per) return false;
      const per = { per: m.get('p')!.low === 'tuần' ? 'week' : 'day', span: m.span(), index: m.from };
      f.per = per;
      f.pers.push({ ...per, end: m.to });
    },
  },
  {
    // "Trong 6 tháng đầu năm 2024, Đài đã phát sóng 245 tin, bài": what a result covers.
    name: 'quota.result-window',
    pattern: seq(w('trong', 'trong suốt', 'trong cả', 'qua'), point('a')),
    action: (m, f) => {
      const p = capturedPoint(m, 'a');
      if (!p || p.y === undefined || p.kind === 'year' || p.kind === 'date' || p.kind === 'day') return false;
      const s = startOf(p);
      const e = endOf(p);
      if (!s || !e) return false;
      f.resultWindow = { from: isoDate(p.y, s.m, s.d), to: isoDate(p.y, e.m, e.d), span: m.span() };
    },
  },
  {
    // "Tổ chức năm hội nghị đối thoại trong năm 2025": so many in that year.
    name: 'quota.in-year',
    pattern: seq(w('trong', 'trong cả', 'trong suốt'), cap('y', t('YEAR'))),
    action: (m, f) => {
      if (f.per) return false;
      f.per = { per: 'year', span: m.span(), index: m.from, within: true, namedYear: true };
    },
  },
  {
    // "Năm 2024, tỉnh phấn đấu trồng mới 10.500 ha rừng", "Năm 2015, công ty đặt mục tiêu doanh thu …": a target
    // set for the year a sentence opens with is that year's; what was done in it ("Năm 2021, toàn tỉnh tổ chức
    // được 83 đợt") stays a result.
    name: 'quota.target-for-opening-year',
    pattern: seq(start, cap('y', t('YEAR')), sym(',:')),
    action: (m, f) => {
      if (f.per) return false;
      const rest = f.text.slice(m.span().end).split(/[;.!?](?:\s|$)/u)[0]!;
      const firstNumber = /\d/u.exec(rest);
      if (!firstNumber || /^[\d.,]*\s*%/u.test(rest.slice(firstNumber.index))) return false;
      if (!TARGET_FOR_YEAR.test(rest.slice(0, firstNumber.index))) return false;
      f.per = { per: 'year', span: m.span('y'), index: m.from, within: true, namedYear: true };
    },
  },
  {
    // "Tối đa 03 khẩu hiệu/đợt": so many each campaign.
    name: 'quota.per-campaign',
    pattern: seq(sym('/'), w('đợt', 'dịp', 'chiến dịch', 'đợt cao điểm')),
    action: (m, f) => {
      if (f.per) return false;
      f.per = { per: 'campaign', span: m.span(), index: m.from };
    },
  },
  {
    // "tối đa không quá ba lần trong 07 ngày": so many times in any seven days is so many a week.
    name: 'quota.times-in-seven-days',
    pattern: seq(
      after((prev) => prev?.low === 'lần'),
      w('trong', 'trong vòng'),
      t('NUM', (x) => x.v.n === 7),
      w('ngày'),
    ),
    action: (m, f) => {
      if (f.per) return false;
      const span = m.span();
      f.per = { per: 'week', span, index: m.from };
      f.pers.push({ per: 'week', span, index: m.from, end: m.to });
    },
  },
  {
    name: 'quota.period',
    pattern: cap('p', t('PERIOD')),
    action: (m, f) => {
      const p = m.get('p')!;
      // "Năng suất lúa cả năm ước đạt 54 tạ/ha", "Dự kiến cả năm, … đạt 2.300 tin": the whole year is the span
      // the figure covers, not a rate ("trong năm", "trong cả năm" stay one).
      const sp = m.span('p');
      if (p.v.how === 'in' && /^cả\s/iu.test(f.text.slice(sp.start, sp.end))) return false;
      const per = { per: p.v.per!, span: sp, index: m.from, ...(p.v.how === 'in' ? { within: true } : {}) };
      // "trong năm 2026 … hỗ trợ mỗi người 500.000đ/tháng": a rate written with the figure says how often, not the
      // year named before it (which only says when).
      if (!f.per || (f.per.namedYear && p.v.how !== 'in')) f.per = per;
      f.pers.push({ ...per, end: m.to });
      // What follows the period, after verbs, may be the noun of an implicit count.
      if (!f.nounAfterPeriod) f.nounAfterPeriod = nounAfter(m.atoms, m.to);
    },
  },
  {
    name: 'quota.campaign',
    pattern: seq(cap('intro', w(...CAMPAIGN_INTROS)), cap('ev', seq(cap('head', w(...CAMPAIGN_HEADS)), many(campaignWord(), 1, 24)))),
    action: (m, f) => {
      const head = m.get('head')!;
      const named =
        head.raw[0] !== head.raw[0]!.toLowerCase() ||
        ['đợt', 'dịp', 'chiến', 'cao'].includes(head.low) ||
        !m.get('intro')!.low.startsWith('trong');
      if (!named) return false;
      const span = m.span('ev');
      const next = m.atoms[m.to]?.type === 'SYM' && m.atoms[m.to]!.raw === ',' ? m.atoms[m.to + 1] : m.atoms[m.to];
      f.window = { event: f.text.slice(span.start, span.end).replace(/[\s,]+$/u, ''), span, result: next?.low === 'đã' };
    },
  },
  {
    // "Các đơn vị dự thi phải tham gia 02 phần thi": what all the units must do, each of them.
    // "các huyện, thị xã, thành phố lựa chọn 2 xã", "Các thí sinh tham gia cuộc thi sẽ tạo lập 01 website":
    // what each of them does; "Các xã đã tổ chức 20 hội nghị" (a result) is a total.
    name: 'quota.entities-must',
    pattern: seq(
      // "tài khoản của các đơn vị …": a possessive, not who acts.
      after((prev) => prev === undefined || prev.type !== 'W' || !PREPOSITIONS.has(prev.low)),
      w('các', 'những', 'tất cả các', 'toàn bộ các'),
      alt(
        seq(
          cap('n', seq(ENTITY_LIST, opt(w('dự thi', 'tham gia', 'tham dự', 'trực thuộc', 'liên quan')))),
          cap('must', w('phải', 'bắt buộc', 'bắt buộc phải', 'đều phải', 'cần', 'có trách nhiệm')),
        ),
        seq(cap('n', seq(ENTITY_LIST, opt(w('dự thi', 'trực thuộc')))), ahead(TO_OWN_COUNT)),
      ),
    ),
    action: (m, f) => {
      // "Hội Nông dân tỉnh đã chỉ đạo … các huyện, thành phố tổ chức 08 cuộc giao lưu": what was done under
      // a direction given (a result), a total, as when "đã" follows the units; "đã yêu cầu các xã phải …"
      // still says what each must do, and a clause of its own ("Huyện đã …, các xã …") is not a result.
      if (!m.has('must'))
        for (let j = m.from - 1; j >= 0; j--) {
          const x = m.atoms[j]!;
          if (x.type === 'SYM' && '.;,'.includes(x.raw)) break;
          if (x.type === 'W' && x.low === 'đã') return false;
        }
      const span = m.span('n');
      if (!f.perEntity) f.perEntity = { noun: f.text.slice(span.start, span.end), span, byAll: true };
    },
  },
  {
    name: 'quota.per-entity',
    pattern: cap('e', t('PER_ENTITY')),
    action: (m, f) => {
      const e = m.get('e')!;
      // "được phát tới từng hộ dân": handed out to every household, where it went, not a rate per household.
      if (e.low.startsWith('từng') && ['tới', 'đến'].includes(m.atoms[m.from - 1]?.low ?? '')) return false;
      if (!f.perEntity) f.perEntity = { noun: e.v.noun!, span: m.span() };
    },
  },
  {
    // "Doanh nghiệp phải có tối thiểu 02 cán bộ kỹ thuật", "Tổ chức phải có ít nhất 03 người …", "Hội đồng Giáo sư
    // cơ sở có từ 9 đến 15 thành viên": a kind of body named first, then what it must have (after "phải", or "có"
    // with a bound), is a rule for each such body. "Trường ĐH Cần Thơ có 7 ứng viên" (no bound) is what one has.
    name: 'quota.body-must-have',
    pattern: seq(
      OPENING,
      cap(
        'n',
        seq(
          w(...BODY_NOUNS),
          many(
            t('W', (x) => !BODY_NAME_ENDS.has(x.low)),
            0,
            4,
          ),
        ),
      ),
      alt(seq(w('phải', 'cần', 'bắt buộc', 'bắt buộc phải'), w('có')), seq(w('có'), ahead(alt(QUALS, seq(w('từ'), COUNT))))),
    ),
    action: (m, f) => {
      if (f.perEntity) return false;
      const span = m.span('n');
      let noun = f.text.slice(span.start, span.end);
      // "Hội đồng kỷ luật", "Hội đồng Giáo sư cơ sở": a council is named as a body is, with its capital.
      if (m.atoms[m.capture('n')!.from]!.low !== 'hội') noun = noun[0]!.toLowerCase() + noun.slice(1);
      f.perEntity = { noun, span };
    },
  },
  {
    // "+ Truyện ngắn: không quá 3.500 chữ;", "- Tập thơ: ít nhất là 10 bài thơ": a contest's rule for each kind
    // of entry, the kind as the label (a field's name, "Tần suất:", "Số lượng:", or who enters is no item).
    name: 'quota.item-label',
    pattern: seq(OPENING, cap('n', many(t('W'), 1, 4)), sym(':'), ahead(seq(opt(QUALS), opt(w('là')), COUNT))),
    action: (m, f) => {
      if (f.perItem) return false;
      const span = m.span('n');
      const label = f.text.slice(span.start, span.end);
      const low = label.toLowerCase();
      // "Bộ đề gồm: 30 câu hỏi": what an item holds is read by quota.item-consists.
      if (/(?:^|\s)(?:gồm|có|là|chiếm|đạt)$/u.test(low)) return false;
      if (NOT_ITEM_LABELS.some((l) => low === l || low.startsWith(`${l} `)) || isPersonHead(low)) return false;
      // "Lệ phí: 200.000 đồng/hợp đồng": a price for each thing after its slash names the item; the label names the fee.
      if (m.atoms.slice(m.to, m.to + 6).some((x) => x.type === 'PER_ITEM')) return false;
      f.perItem = { noun: label, span };
    },
  },
  {
    // "bài viết dự thi dài không quá 1.500 chữ": a limit on each item, named first; "Bài thi là một
    // bức thư …, dài không quá 1.000 từ": the item it is, and its size said after a description.
    name: 'quota.item-measure',
    pattern: seq(
      OPENING,
      cap('n', seq(opt(w('các', 'những', 'mỗi')), w(...ITEM_NOUNS, ...PRODUCT_NOUNS, 'môn', 'môn thi', 'phần thi'), ITEM_NAME_TAIL)),
      alt(
        ahead(MEASURE_NOW),
        seq(
          w('là'),
          alt(
            t('WNUM', (x) => x.v.n === 1),
            t('NUM', (x) => x.v.n === 1),
          ),
          cap('n2', ITEM_NAME_SHORT),
          ahead(MEASURE_LATER),
        ),
        ahead(MEASURE_LATER),
      ),
    ),
    action: (m, f) => {
      // "Phát thanh 01 chuyên mục CCHC/tháng, thời lượng …": a count right after the word is what the length is of.
      const after = m.capture('n')!.to;
      const next = m.atoms[after];
      if (!m.has('n2') && (next?.type === 'NUM' || next?.type === 'WNUM') && MEASURE_NOW(m.atoms, after, []) <= after) return false;
      return itemNamedFirst(m, f, m.has('n2') ? 'n2' : 'n');
    },
  },
  {
    // "Thời gian hoàn thành bài thi 10 phút", "Thời gian làm bài thi là 30 phút": the length of each sitting.
    name: 'quota.item-time',
    pattern: seq(
      OPENING,
      w('thời gian', 'thời lượng'),
      opt(w('làm', 'hoàn thành', 'thực hiện', 'trình bày', 'dự thi')),
      cap('n', seq(w(...ITEM_NOUNS, ...CONTAINER_NOUNS, 'môn', 'môn thi', 'phần thi'), ITEM_NAME_TAIL)),
      // "Thời gian làm bài tối đa 20 phút/lượt": a length per go is said by the slash.
      ahead(seq(opt(alt(w('là'), sym(':'))), opt(QUALS), t('DUR'), not(sym('/')))),
    ),
    // "Thời gian làm bài 30 phút": "làm bài" is sitting the test, not an item named "bài".
    action: (m, f) =>
      m.get('n')!.low === 'bài' && m.atoms[m.capture('n')!.from - 1]!.low === 'làm' && m.capture('n')!.to - m.capture('n')!.from === 1
        ? false
        : itemNamedFirst(m, f),
  },
  {
    // "Đề thi gồm 15 câu hỏi trắc nghiệm", "Mỗi chương trình có 3 chuyên mục", "Cấu trúc bài thi, gồm: 10
    // câu hỏi": what each item holds.
    name: 'quota.item-consists',
    pattern: seq(
      OPENING,
      opt(w('cấu trúc', 'cơ cấu')),
      cap('n', seq(opt(w('các', 'những', 'mỗi')), w(...ITEM_NOUNS, ...PRODUCT_NOUNS, ...CONTAINER_NOUNS), ITEM_NAME_TAIL)),
      opt(sym(',')),
      ahead(seq(w('gồm', 'bao gồm', 'có'), opt(sym(':')), alt(t('NUM'), t('WNUM')))),
    ),
    // With a period ("Bản tin gồm 04 số/tháng") the count is a rate of the series, not what one item holds.
    // "Hội thi có 4 đội tham gia", "Cuộc thi có 13 câu hỏi": one event named alone (no "mỗi", "các") holds
    // what it held, a total.
    action: (m, f) => {
      if (PERIOD_AFTER.test(f.text.slice(m.span().end))) return false;
      const c = m.capture('n')!;
      const named = f.text.slice(m.atoms[c.from]!.start, m.atoms[c.to - 1]!.end).toLowerCase();
      if (ONE_EVENT_NOUNS.has(named)) return false;
      return itemNamedFirst(m, f);
    },
  },
  {
    name: 'quota.per-item',
    pattern: cap('e', t('PER_ITEM')),
    action: (m, f) => {
      const e = m.get('e')!;
      if (!f.perItem) f.perItem = { noun: e.v.noun!, span: m.span() };
    },
  },
  {
    // "vào ngày Chủ nhật cuối cùng của mỗi tháng", "thứ Hai đầu tiên của tháng".
    name: 'quota.weekday-of-month',
    pattern: seq(
      cap(
        'wd',
        t('WEEKDAY', (x) => x.v.wds === undefined),
      ),
      cap('pos', w('cuối cùng', 'cuối', 'đầu tiên', 'đầu')),
      opt(w('của', 'trong')),
      alt(
        cap(
          'pm',
          t('PERIOD', (x) => x.v.per === 'month'),
        ),
        cap('pm', w('tháng')),
      ),
    ),
    action: (m, f) => {
      const wd = m.get('wd')!;
      f.weekday ??= { wd: wd.v.wd!, span: m.span('wd') };
      if (!f.weekdays.some((x) => x.wd === wd.v.wd)) f.weekdays.push({ wd: wd.v.wd!, span: m.span('wd') });
      f.weekOfMonth ??= { wom: m.get('pos')!.low.startsWith('cuối') ? 'last' : 1, span: m.span('pos') };
      if (!f.per) f.per = { per: 'month', span: m.span('pm'), index: m.capture('pm')!.from };
    },
  },
  {
    // "Định kỳ vào ngày 15 hàng tháng": one occasion a month, on that day.
    name: 'quota.day-of-month',
    pattern: seq(cap('d', t('DAY')), ahead(t('PERIOD', (x) => x.v.per === 'month' && x.v.how === 'every'))),
    action: (m, f) => {
      f.dayOfMonth ??= { d: m.get('d')!.v.d!, span: m.span('d') };
    },
  },
  {
    name: 'quota.weekday',
    pattern: t('WEEKDAY'),
    action: (m, f) => {
      const a = m.first();
      if (!f.weekday) f.weekday = { wd: a.v.wd!, span: m.span() };
      for (const wd of a.v.wds ?? [a.v.wd!]) if (!f.weekdays.some((x) => x.wd === wd)) f.weekdays.push({ wd, span: m.span() });
    },
  },
  {
    name: 'quota.week-of-month',
    // "tuần lễ cuối tháng", "tuần cuối của tháng": of every month (not "tuần cuối tháng 12").
    pattern: seq(
      t('WEEKORD'),
      opt(cap('pm', seq(opt(w('của', 'trong')), w('tháng'), not(alt(t('NUM'), t('WNUM'), w('này', 'đó', 'sau', 'trước')))))),
    ),
    action: (m, f) => {
      // "tuần cuối cùng của tháng": a monthly occasion.
      if (m.has('pm') && !f.per) f.per = { per: 'month', span: m.span('pm'), index: m.from };
      const x = m.first();
      if (!f.weekOfMonth) f.weekOfMonth = { wom: x.v.wom!, woms: x.v.woms, span: m.span() };
      else {
        // "thứ Sáu tuần thứ 2 và thứ Sáu tuần thứ 4 hàng tháng", "tuần đầu và tuần cuối": each week named is an occasion.
        const named = f.weekOfMonth.weeks ?? [...(f.weekOfMonth.woms ?? [f.weekOfMonth.wom])];
        for (const wom of x.v.woms ?? [x.v.wom!]) if (!named.includes(wom)) named.push(wom);
        f.weekOfMonth.weeks = named;
        if (named.every((n): n is number => typeof n === 'number')) f.weekOfMonth.woms = named;
      }
    },
  },
  {
    // "mỗi sáng sớm 5h00 và chiều 17h00 đều mở phát thanh": every morning is every day, at the times named.
    name: 'quota.every-part-of-day',
    pattern: seq(w('mỗi', 'hằng', 'hàng'), cap('pod', t('POD'))),
    action: (m, f) => {
      const pod = m.get('pod')!.v.pod!;
      if (!f.parts.some((p) => p.pod === pod)) f.parts.push({ pod, span: m.span('pod') });
      const per = { per: 'day', span: m.span(), index: m.from };
      if (!f.per) f.per = per;
      f.pers.push({ ...per, end: m.to });
    },
  },
  {
    name: 'quota.part-of-day',
    pattern: t('POD'),
    action: (m, f) => {
      const pod = m.first().v.pod!;
      if (!f.parts.some((p) => p.pod === pod)) f.parts.push({ pod, span: m.span() });
    },
  },
  {
    name: 'quota.clock',
    pattern: t('CLOCK'),
    action: (m, f) => addTime(f, m.first()),
  },
  {
    // "mỗi video không quá 03 phút": a bound on the length.
    name: 'quota.qualified-duration',
    pattern: seq(cap('qual', QUALS), cap('dur', t('DUR')), not(sym('/'))),
    action: (m, f) => {
      const q = quals(m);
      const dur = m.get('dur')!;
      // "ít nhất 10 phút và không quá 15 phút": a floor and a ceiling in two clauses are one range.
      if (f.duration && f.durationQuals?.quals.includes('atLeast') && q.includes('atMost') && dur.v.max! >= f.duration.min) {
        f.duration = { min: f.duration.min, max: dur.v.max!, span: cover(f.duration.span, m.span('dur'))! };
        f.durationQuals = { quals: [], span: cover(f.durationQuals.span, m.span())! };
        return;
      }
      addDuration(f, dur);
      f.durationQuals = { quals: q, span: m.span() };
    },
  },
  {
    // "có thời lượng phát sóng kênh chương trình đạt tối thiểu 17 giờ/ngày": the length is of airtime.
    name: 'quota.measure-named',
    pattern: seq(cap('m', seq(w('thời lượng', 'tổng thời lượng'), opt(w(...AIRTIME_VERBS)))), ahead(LENGTH_LATER)),
    action: (m, f) => {
      const span = m.span('m');
      const noun = f.text.slice(span.start, span.end);
      f.measure ??= { noun: m.from === 0 ? noun[0]!.toLowerCase() + noun.slice(1) : noun, span };
    },
  },
  {
    // "tối đa 20 phút/lượt": a length for each go.
    name: 'quota.duration-per-item',
    pattern: seq(
      opt(cap('qual', QUALS)),
      cap('dur', t('DUR')),
      sym('/'),
      cap(
        'item',
        seq(ahead(w('lượt', 'lần', 'bài', 'video', 'clip', 'chương trình', 'tin', 'số', 'kỳ', 'buổi', 'tác phẩm')), ITEM_AFTER_SLASH),
      ),
    ),
    action: (m, f) => {
      addDuration(f, m.get('dur')!);
      if (m.has('qual')) f.durationQuals = { quals: quals(m), span: m.span() };
      const span = m.span('item');
      f.perItem ??= { noun: f.text.slice(span.start, span.end), span };
    },
  },
  {
    name: 'quota.duration',
    pattern: t('DUR'),
    action: (m, f) => addDuration(f, m.first()),
  },
  {
    // A noun right before the period: "xây dựng chủ đề hàng tháng".
    name: 'quota.noun-before-period',
    pattern: seq(
      cap(
        'np',
        many(
          t('W', (x) => !UNIT_STOP_WORDS.has(x.low)),
          1,
          8,
        ),
      ),
      // "phát hành bản tin “Thông tin nội bộ” định kỳ hằng tháng": the name in quotes is the noun's.
      opt(seq(sym('“"'), many(t('W'), 1, 10), sym('”"'), opt(w('định kỳ')))),
      ahead(t('PERIOD')),
    ),
    action: (m, f) => {
      const c = m.capture('np')!;
      // "mở chuyên trang, chuyên mục phát định kỳ hàng tuần": "định kỳ" and the verb airing the noun, right
      // before the period, are not the noun.
      let to = c.to;
      if (to - 2 > c.from && NOT_NOUNS.has(`${m.atoms[to - 2]!.low} ${m.atoms[to - 1]!.low}`)) to -= 2;
      if (to > c.from + 1 && to < c.to && skipLeadingVerbs(m.atoms, to - 1, to + 1) > to - 1) to -= 1;
      // "Đài truyền thanh xã xây dựng chuyên mục hàng quý": the noun after the last verb.
      let from = c.from;
      for (let k = to - 2; k > c.from; k--) {
        if (skipLeadingVerbs(m.atoms, k, to) > k && skipLeadingVerbs(m.atoms, k - 1, to) <= k - 1) {
          from = k;
          break;
        }
      }
      // "Cập nhật tin, bài hằng tuần", "mở chuyên trang, chuyên mục … hằng tuần": a list of products runs back
      // over its commas, products of one word or two.
      if (from === c.from)
        while (from >= 2 && m.atoms[from - 1]!.raw === ',') {
          if (productAt(m.atoms, from - 2) === 1) from -= 2;
          else if (from >= 3 && productAt(m.atoms, from - 3) === 2) from -= 3;
          else break;
        }
      f.nounBeforePeriod = { from, to };
    },
  },
  {
    // "Cập nhật thường xuyên tin, bài": ongoing, no number given.
    name: 'quota.continuous',
    pattern: w('thường xuyên', 'liên tục', 'thường xuyên, liên tục'),
    action: (m, f) => {
      f.continuous ??= { from: m.to, span: m.span() };
    },
  },
  {
    // "Tần suất: Theo kế hoạch", "theo lịch của Ban tổ chức": a rate set elsewhere, unresolved.
    name: 'quota.schedule-elsewhere',
    pattern: seq(w('theo'), ahead(SCHEDULE_ELSEWHERE)),
    action: (m, f) => {
      f.elsewhere ??= { from: m.to, span: m.span() };
    },
  },
  {
    name: 'quota.periodic-unnamed',
    pattern: w('định kỳ', 'theo định kỳ'),
    action: (m, f) => {
      f.periodic ??= { from: m.to, span: m.span() };
    },
  },
  {
    name: 'quota.qualifier',
    pattern: cap('qual', t('QUAL')),
    action: (m, f) => {
      f.standaloneQuals.push({ qual: m.get('qual')!.v.qual!, span: m.span() });
    },
  },
];

const VERBS_BEFORE_OBJECT = new Set([
  'phát lại',
  'phát sóng lại',
  'tiếp sóng',
  'đăng lại',
  'chia sẻ lại',
  'gửi',
  'đăng',
  'đăng tải',
  'đưa',
  'phát',
  'phát sóng',
  'cung cấp',
  'viết',
  'xây dựng',
  'thực hiện',
  'cập nhật',
  'sản xuất',
  'có',
  'tổ chức',
  'biên tập',
  'chia sẻ',
  'tuyên truyền',
  'phổ biến',
]);

/** The noun phrase after a period and its verbs: "hằng tuần đưa tin" → "tin". */
function nounAfter(a: readonly Atom[], from: number): { from: number; to: number } | undefined {
  let j = from + (a[from]?.raw === ',' ? 1 : 0);
  // "mỗi ngày chỉ phát thanh 2 lần": "chỉ" (only) bounds the count, it names nothing.
  if (a[j]?.type === 'W' && a[j]!.low === 'chỉ') j++;
  for (let k = 0; k < 3; k++) {
    const x = a[j];
    const y = a[j + 1];
    // "phát thanh" is a word of its own, not "phát" + "thanh".
    if (productAt(a, j) === 2) break;
    if (x && y && x.type === 'W' && y.type === 'W' && VERBS_BEFORE_OBJECT.has(`${x.low} ${y.low}`)) j += 2;
    else if (x && x.type === 'W' && VERBS_BEFORE_OBJECT.has(x.low)) j += 1;
    else break;
  }
  const end = UNIT(a, j, []);
  return end > j ? { from: j, to: end } : undefined;
}

/** A news agency's tag opening a news item: "(Dân Việt) - ", "(GLO)- ". */
const NEWS_TAG = /^\s*\([^()]{2,14}\)\s*[-–]/u;

/** A target being set ("phấn đấu", "đặt mục tiêu", "đề ra kế hoạch", "sẽ"), not a result being told. */
const TARGET_FOR_YEAR =
  /(?<![\p{L}])(?:phấn đấu|(?:đặt|đề)(?: ra)?(?: mục tiêu| kế hoạch| chỉ tiêu)?|mục tiêu|kế hoạch|sẽ|dự kiến)(?![\p{L}])/iu;

/** Words that point at a thing already named ("đợt này", "dịp đó"): nothing of its name follows them. */
const DEMONSTRATIVES = new Set(['này', 'đó', 'ấy']);

function campaignWord(): Pattern {
  return (a, i) => {
    const x = a[i];
    if (!x) return -1;
    // "trong đợt này 73 ca đình sản, …": a demonstrative closes the campaign's name.
    if (DEMONSTRATIVES.has(a[i - 1]?.low ?? '')) return -1;
    if (x.type === 'W') {
      const y = a[i + 1];
      // "đợt cao điểm tuyên truyền Ngày Pháp luật": a verb before a proper name is part of it.
      const z = y && y.type === 'W' ? a[i + 2] : y;
      const beforeName = (next: Atom | undefined) => next !== undefined && next.type === 'W' && next.raw[0] !== next.raw[0]!.toLowerCase();
      if (CAMPAIGN_END_WORDS.has(x.low) && !beforeName(y)) return -1;
      if (y && y.type === 'W' && CAMPAIGN_END_WORDS.has(`${x.low} ${y.low}`) && !beforeName(z)) return -1;
      return i + 1;
    }
    // "Ngày Pháp luật Việt Nam (09/11)", "Ngày Chuyển đổi số quốc gia 10/10".
    if (x.type === 'DATE' || x.type === 'DAY') return i + 1;
    if (x.type === 'SYM' && x.raw === '(' && a[i + 2]?.type === 'SYM' && a[i + 2]!.raw === ')' && a[i + 1] && a[i + 1]!.type !== 'SYM')
      return i + 3;
    if (x.type === 'SYM' && (x.raw === ',' || x.raw === '/' || x.raw === '-' || x.raw === '–')) {
      const y = a[i + 1];
      return y && y.type === 'W' && !CAMPAIGN_END_WORDS.has(y.low) ? i + 1 : -1;
    }
    if (x.type === 'YEAR' || x.type === 'NUM') return i + 1;
    return -1;
  };
}

/** Turns the facts into the quota fields of SCHEMA.md. Returns false when nothing was read. */
/**
 * "Phát sóng vào 20 giờ thứ Ba hằng tuần, phát lại vào 10 giờ thứ Tư": a rerun said after the
 * slot is not one more occasion; its weekdays, times, parts of the day and counts are dropped
 * when the slot itself was read before it.
 */
function dropRerun(f: QuotaFacts): void {
  const rerun = /(?:[,;(.]|\s[-–])\s*(?:và\s+|được\s+)?phát lại(?![\p{L}])/iu.exec(f.text);
  if (!rerun) return;
  const at = rerun.index;
  const before = (x: { span: Span }) => x.span.start < at;
  const slot = f.weekdays.some(before) || f.times.some(before) || f.parts.some(before);
  if (!slot) return;
  f.weekdays = f.weekdays.filter(before);
  f.times = f.times.filter(before);
  f.parts = f.parts.filter(before);
  if (f.weekday && !before(f.weekday)) f.weekday = f.weekdays[0];
  if (f.counts.some(before)) f.counts = f.counts.filter(before);
}

/**
 * The words between a subject count and a later one when the later says where the subject is from ("đến từ", "của"),
 * where it is ("34 hội viên sinh hoạt tại 5 chi hội") or the whole it is part of ("321 hội viên trên tổng số 430 hộ").
 */
const ORIGIN_BEFORE_COUNT = /^(?:(?:.*\s)?(?:đến|tới)?\s?từ|của|thuộc|(?:.*\s)?(?:trên|trong) tổng(?: số)?|(?:.*\s)?(?:tại|ở))$/u;

/** A share still to reach: a target, whatever else its sentence says. */
const TARGET_SHARE = /(?<![\p{L}])(?:phấn đấu|mục tiêu|chỉ tiêu)(?![\p{L}])/iu;

/** Labels that name a field of a row, or who takes part, not a kind of item: "Tần suất: 03 tin, bài/tháng". */
const NOT_ITEM_LABELS = [
  'tần suất',
  'số lượng',
  'thời lượng',
  'thời gian',
  'hình thức',
  'kết quả',
  'nội dung',
  'chỉ tiêu',
  'định mức',
  'mục tiêu',
  'yêu cầu',
  'quy mô',
  'kích thước',
  'dung lượng',
  'độ dài',
  'giải thưởng',
  'cơ cấu',
  'tổng số',
  'tổng cộng',
  'ghi chú',
  'lưu ý',
  'chú ý',
  'nhóm',
  'tập thể',
  'cá nhân',
  'đội',
  'đơn vị',
  'số',
  'ví dụ',
  'thời hạn',
  'hạn',
  'phương thức',
  'cách thức',
  'đối tượng',
  'địa điểm',
  'định kỳ',
  'tiến độ',
  'kinh phí',
  'trong đó',
  'gồm',
  'bao gồm',
];

/** Prepositions of place: a count of places after them says where, not how many were done. */
const LOCATIVES = new Set(['tại', 'ở']);

/** The words between a first count's unit and a second count that says what the first was made of. */
const WITH_PRODUCT = /^(?:(?!\svà\s)[^,;.:()])*\svới\s+(?:(?:hơn|gần|trên|khoảng|tổng số|tổng cộng)\s+)?$/u;
/** "29 lớp tập huấn với số lượt người tham dự 1.486 người", "… với tổng số học viên là 320 người": the number of what it held, named. */
const WITH_NUMBER_OF = /^(?:(?!\svà\s)[^,;.:()])*\svới\s+(?:tổng\s+)?số(?:\s+\p{Ll}+){1,5}\s+(?:là\s+)?(?:(?:hơn|gần|trên|khoảng)\s+)?$/u;
/** "…, với sự tham gia của hơn 710.000 cán bộ": who took part, in the same sentence, whatever lies between. */
const WITH_PARTICIPANTS =
  /^[^;.:()]*\svới\s+sự\s+(?:tham\s+gia|tham\s+dự|góp\s+mặt)\s+của\s+(?:(?:hơn|gần|trên|khoảng|tổng số|tổng cộng)\s+)?$/u;
/** "30 buổi tuyên truyền, phổ biến pháp luật với gần 3.500 lượt người": the first count's activity named on after a comma, then "với". */
const LISTED_WITH_PRODUCT = /^\s*,\s*(?:\p{Ll}+\s+){1,5}với\s+(?:(?:hơn|gần|trên|khoảng|tổng số|tổng cộng)\s+)?$/u;
/**
 * "có 130 ấp, với 151 cụm loa", "16/16 xã tham gia, với 132 chi hội trưởng", "… lượt giới thiệu Fanpage trên mạng xã
 * hội, với hơn 12.400 tài khoản": the first count's clause ends at the comma (up to five words after its noun), and
 * "với" gives what they hold.
 */
const COMMA_WITH_PRODUCT = /^(?:\s+\p{Ll}+){0,5}\s*,\s*với\s+(?:(?:hơn|gần|trên|khoảng|tổng số|tổng cộng)\s+)?$/u;

/** Units that weigh, measure or price what was counted ("218 con lợn với 8,74 tấn"): no product of it. */
const MEASURE_UNITS = new Set([...WEIGHT_UNIT_WORDS, 'lít', 'mét', 'cây số', 'héc-ta', 'hecta', ...MONEY_UNIT_WORDS, 'USD']);

/** Between a length or an area and a count of what it holds: "km đường biên giới, với 9 mốc". */
const MEASURE_WITH_COUNT = /^[^;.:()]*?,?\s*với\s+(?:(?:hơn|gần|trên|khoảng|tổng số|tổng cộng)\s+)?$/u;

/** Sums of money, their scale words and abbreviations too ("289,7 tỷ", "500.000 đ"). */
const MONEY_UNITS = new Set([...MONEY_UNIT_WORDS, 'triệu', 'tỷ', 'tỉ', 'USD', 'đ']);
/** What names a sum as the funds or turnover of the work counted ("với tổng kinh phí", "Doanh số cho vay đạt", "dư nợ"). */
const FUNDS_BEFORE =
  /(?<![\p{L}])(?:kinh phí|doanh số|dư nợ|nguồn vốn|tổng vốn|ngân sách|số tiền|tổng số tiền|giá trị)(?:\s+[\p{Ll}]+){0,3}\s*(?:là|đạt|:)?\s*(?:(?:hơn|gần|trên|khoảng|tổng số|tổng cộng|trên|gần)\s+)?$/iu;

/** Whether a unit weighs, measures or prices (MEASURE_UNITS, or a unit of size in Latin letters: "km", "ha"). */
function isMeasure(unit: string | undefined): boolean {
  return unit !== undefined && (MEASURE_UNITS.has(unit) || MEASURE_ABBREVIATION.test(unit));
}

/** "50 tấn/ha", "800 - 1.000 đ/kg": a count whose measure unit is written against a slash. */
function rateOfMeasure(f: QuotaFacts, c: CountFact): boolean {
  if (!(isMeasure(c.unit) || c.unit === 'đ')) return false;
  return /^\s*\/\s*\p{L}/u.test(f.text.slice(c.unitSpan?.end ?? c.span.end));
}

/** Whether the words between a first count (its noun `unit`) and a later one say the later one is what the first was made of. */
function withProduct(between: string, unit: string | undefined): boolean {
  if (WITH_PRODUCT.test(between) || WITH_NUMBER_OF.test(between) || WITH_PARTICIPANTS.test(between) || LISTED_WITH_PRODUCT.test(between))
    return true;
  // "144.000 người tiếp cận, với hơn 35.000 lượt tương tác": people reached are the figure; what follows adds to it.
  return COMMA_WITH_PRODUCT.test(between) && unit !== undefined && !isPersonHead(unit);
}

/** Words that number a part of a legal text ("Điều 21", "khoản 3", "Phụ lục II", "mẫu số 07"): what follows is no count ("cao điểm 02 đợt" is). */
const LEGAL_PART_WORDS = new Set(['điều', 'khoản', 'chương', 'lục', 'mẫu', 'biểu']);

/** Adverbs and verbs of being that follow a measure without naming what it measures. */
const NOT_MEASURED = new Set(['mới', 'thì', 'là', 'được', 'đã', 'sẽ', 'cũng', 'đều', 'vẫn', 'còn', 'không', 'chưa', 'trở', 'trở lên']);

/**
 * After a weight, what is weighed ends where what is done with it, or which batch it was, begins: "4.700 tấn gạo | đợt 1",
 * "18.999 tấn gạo | hỗ trợ 12 tỉnh", "1.000 tấn gạo | dự trữ quốc gia", "120.000 tấn gạo | , đáp ứng nhu cầu".
 */
const AFTER_MATERIAL =
  /\s*(?:,|(?<![\p{L}])(?:(?:đợt|lô|kỳ)(?=\s+\d|$)|hỗ trợ|cứu trợ|cứu đói|dự trữ|nhập kho|xuất cấp|phục vụ|đáp ứng)(?![\p{L}])).*$/su;
/** "tiền mặt và một số trang sức": the kind of money ends where another thing found is listed. */
function moneyKindOf(obj: { text: string; span: Span }): { text: string; span: Span } {
  const text = obj.text.replace(/\s+(?:và|cùng|hoặc)\s.*$/su, '');
  return { text, span: { start: obj.span.start, end: obj.span.start + text.length } };
}

function materialOf(obj: { text: string; span: Span }): { text: string; span: Span } {
  const text = obj.text.replace(AFTER_MATERIAL, '');
  return text.length > 0 && text !== obj.text ? { text, span: { start: obj.span.start, end: obj.span.start + text.length } } : obj;
}

/** Hamlets and wards named by a number ("thôn 4", "bản 4 Vành", "tổ dân phố 5"). */
const HAMLET_NOUNS = new Set(['thôn', 'bản', 'xóm', 'ấp', 'khóm', 'buôn', 'phố', 'khu', 'khối', 'làng']);
/** Things named by a number after "số" ("bão số 3", "tổ số 5", "đường số 7"). */
const NUMBERED_NOUNS = new Set(['bão', 'đội', 'tổ', 'đường', 'nhà', 'phòng', 'khu', 'xe', 'tàu', 'trạm', 'cụm', 'lô', 'kênh']);

/** The first word of a count's unit, in lower case ("đội" of "đội thi"; "" with no unit). */
const unitHead = (unit: string | undefined): string => (unit ?? '').split(/\s+/u)[0]!.toLowerCase();

/** Nouns a grade's number follows ("loại 1", "hạng 3"). */
const GRADE_NOUNS = new Set(['loại', 'hạng']);

/** Nouns an edition's number follows ("kỳ 3", "đợt 2", "lần 5"). */
const EDITION_NOUNS = new Set(['kỳ', 'đợt', 'lần', 'khóa', 'khoá', 'mùa', 'phiên']);

/** What a time elapsed is counted in ("sau 2 năm triển khai"). */
const ELAPSED_UNITS = new Set(['năm', 'tháng', 'tuần', 'ngày']);

/** Between "cách" and a distance: "cách đó khoảng gần 20 mét", "cách trung tâm xã hơn 5 km". */
const DISTANCE_FILLERS = new Set(['đó', 'đây', 'xa', 'khoảng', 'gần', 'chừng', 'hơn', 'trên', 'chưa', 'đầy']);
const LENGTH_UNITS_OF_DISTANCE = new Set(['mét', 'm', 'km', 'cây số', 'ki-lô-mét', 'kilômét']);
/** "tổng chiều dài hơn 431km", "tổng diện tích …": a total length or area is a figure, no size. */
const TOTAL_SIZE_BEFORE = /(?<![\p{L}])tổng\s+(?:chiều dài|diện tích)/iu;
/** Lengths and areas that say how big something is ("cao 41m", "sâu 15 m", "diện tích 103 m2"). */
const SIZE_MEASURES = new Set([...LENGTH_UNITS_OF_DISTANCE, 'cm', 'mm', 'm2', 'm²', 'mét vuông']);
/** The words that make a length a size or a distance: "là", "dài", "cao", "bán kính", "chiều dài", "diện tích", "sâu" … */
const SIZE_BEFORE =
  /(?<![\p{L}])(?:là|dài|rộng|cao|sâu|bán kính|đường kính|chiều dài|chiều rộng|chiều cao|độ cao|độ sâu|cao mạn|diện tích(?: sàn)?)\s*(?:(?:khoảng|gần|hơn|trên|chừng|xấp xỉ)\s+)?$/iu;

/**
 * "Loa phát từ 6 giờ đến 6 giờ 30 các ngày trong tuần", "07 giờ 00’ đến 08 giờ 00’ tất cả các ngày làm việc":
 * two clock times joined as a span are one slot, at its start and as long as the span.
 */
function clockSlot(f: QuotaFacts): void {
  if (f.times.length !== 2 || f.duration) return;
  const [a, z] = f.times as [{ time: string; span: Span }, { time: string; span: Span }];
  if (!/^[\s’']*(?:đến|tới|-|–)\s*$/u.test(f.text.slice(a.span.end, z.span.start))) return;
  const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const length = minutes(z.time) - minutes(a.time);
  if (length <= 0) return;
  f.times = [a];
  f.duration = { min: length, max: length, span: { start: a.span.start, end: z.span.end } };
}

export function assembleQuota(f: QuotaFacts, b: ReadingBuilder): boolean {
  dropRerun(f);
  clockSlot(f);
  eachOpening(f);
  const reference = (c: CountFact): boolean => {
    const before = f.atoms[atomAt(f, c) - 1];
    // The word a number after "số" belongs to is the one before "số" ("Bão số 3").
    const wordAt = before?.low === 'số' ? atomAt(f, c) - 2 : atomAt(f, c) - 1;
    const word = f.atoms[wordAt];
    // "Bão số 3", "tổ số 5": a thing's number names it, it counts nothing.
    if (before?.low === 'số' && word?.type === 'W' && NUMBERED_NOUNS.has(word.low)) return true;
    // "bản 4 Vành", "thôn 3", "khu phố 2": a hamlet named by its number, unless the number counts what follows it.
    if (before?.type === 'W' && HAMLET_NOUNS.has(before.low) && f.atoms[atomAt(f, c) - 2]?.type !== 'NUM' && !c.unit?.match(/^\p{Ll}/u))
      return true;
    // "kỳ 3 Cuộc thi trực tuyến …", "đợt 2 Hội thi": an edition's number before a name counts nothing.
    if (before?.type === 'W' && EDITION_NOUNS.has(before.low) && !c.unit?.match(/^\p{Ll}/u)) return true;
    // "mỗi m2 sàn", "1 km2": the power of a square or cubic measure, written tight, counts nothing.
    const own = f.atoms[atomAt(f, c)];
    if ((before?.low === 'm' || before?.low === 'km') && metrePower(own)) return true;
    // "thép thanh vằn D10 CB300", "VTV3": a number written onto capital letters is part of a code.
    if (before?.type === 'W' && own?.type === 'NUM' && !own.spaceBefore && /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}$/u.test(before.raw)) return true;
    // "đường dây 500kV Bắc - Nam", "trạm biến áp 220 kV", "đường dây 500/220kV": a voltage names the class of a line or a
    // station, it counts nothing.
    if (/^\d+(?:[.,]\d+)?\s*(?:\/\s*\d+\s*)?k[Vv](?![\p{L}\d])/u.test(f.text.slice(c.span.start))) return true;
    // "bơ loại 1 giá …", "sản phẩm đạt hạng 4 sao": a grade named by its number counts nothing ("hoa các loại 843 lô",
    // "of every kind", is followed by a count).
    if (before?.type === 'W' && GRADE_NOUNS.has(before.low) && f.atoms[atomAt(f, c) - 2]?.low !== 'các') return true;
    // "lần thứ sáu cuộc tổng điều tra …", "Đại hội lần thứ 7": a rank counts nothing.
    if (before?.type === 'W' && before.low === 'thứ') return true;
    // "Đây là 1 trong 6 địa điểm hoạt động mỗi cuối tuần …": the group one belongs to is no quota when the phrase says
    // another count or a rate ("Huyện là một trong 3 địa phương dẫn đầu" says nothing else: the 3 stays).
    const at = atomAt(f, c);
    const oneOf =
      before?.low === 'trong' && (f.atoms[at - 2]?.low === 'một' || (f.atoms[at - 2]?.type === 'NUM' && f.atoms[at - 2]!.v.n === 1));
    if (oneOf && (f.counts.length > 1 || f.weekdays.length > 0 || f.per !== undefined)) return true;
    // "Nghị định số 45/2013 quy định …", "Kế hoạch số 17 …": a document's number counts nothing.
    if (numbersDocument(f.text, c.span.start)) return true;
    // "Trung tâm Cấp cứu 115 TP.HCM", "tổng đài 1022", "đường dây nóng 111": a service's phone number names it.
    if (/(?<![\p{L}])(?:cấp cứu|tổng đài|đường dây nóng|đường dây|hotline|số điện thoại)\s*$/iu.test(f.text.slice(0, c.span.start)))
      return true;
    // "Tổng đài Thông tin Dịch vụ công 1022", "Cổng Thông tin 1022 TP.HCM": the number ends a service's name.
    if (/(?<![\p{L}])(?:[Tt]ổng đài|[Cc]ổng [Tt]hông tin)(?:\s+\p{Lu}\p{L}*(?:\s+\p{L}+){0,4})?\s*$/u.test(f.text.slice(0, c.span.start)))
      return true;
    // "Trẻ từ 6 đến 17 tuổi nên vận động …", "trẻ em > 12 tuổi: 2 viên", "Đối với trẻ 9-11 tháng cần 3-4 bữa chính": an age
    // says who, it counts nothing.
    const figure = /^(?:từ\s+)?\d+(?:\s*(?:-|–|đến)\s*\d+)?\s*/u.exec(f.text.slice(c.span.start))?.[0];
    if (figure !== undefined) {
      const after = f.text.slice(c.span.start + figure.length);
      if (/^(?:tháng\s+)?tuổi(?![\p{L}])/iu.test(after)) return true;
      const child = /(?<![\p{L}])(?:trẻ|trẻ em|bé|cháu)(?:\s+(?:trên|dưới|>|<))?\s*$/iu.test(f.text.slice(0, c.span.start));
      if (child && /^tháng/iu.test(after)) return true;
    }
    // ("kỷ lục 75.000 đồng", a record, is no appendix: "lục" numbers one only in "phụ lục".)
    if (word?.low === 'lục' && f.atoms[wordAt - 1]?.low !== 'phụ') return false;
    return word?.type === 'W' && LEGAL_PART_WORDS.has(word.low);
  };
  const counts = f.counts.filter((c) => !c.percent && !reference(c));
  demote(counts, (c) => c.implied === true);
  // "kết quả của 14 ngày đầu tháng 8/2020 …, tổng số xe … là 46.413 xe": the first or last so many days of a month (weeks,
  // months of a year) say when, no figure.
  demote(
    counts,
    (c) =>
      ELAPSED_UNITS.has(c.unit ?? '') &&
      /^\s*(?:đầu|cuối)\s+(?:tháng|năm|quý)(?![\p{L}])/iu.test(f.text.slice(c.unitSpan?.end ?? c.span.end)),
  );
  // "Một ngày ra mắt, đã có hơn 35.000 người", "về một chủ đề … một hoặc nhiều lần": a bare "một" is
  // an article when another count is written; that count comes first.
  // "một suất quà trị giá 100.000 đồng": what a thing is worth is no other count; the "một" counts it.
  const worth = (c: CountFact): boolean => WORTH_BEFORE.test(f.text.slice(Math.max(0, c.span.start - 24), c.span.start));
  demote(counts, worth);
  // "năng suất khoảng 50 tấn/ha, giá … 800 - 1.000 đ/kg, mỗi năm … 3 - 4 vụ": a weight, size or price per
  // so much of something is a rate (a yield, a price), not what the sentence counts when another count is written.
  demote(counts, (c) => rateOfMeasure(f, c));
  // "với tổng kinh phí 116,5 tỷ đồng, Trung tâm đã triển khai 42 dự án", "Doanh số cho vay đạt 289,7 tỷ đồng, phục
  // vụ 4.628 lượt khách hàng": a sum of money is a value, not what the sentence counts when something else is counted.
  // ("đã tiếp nhận 564 triệu đồng từ 19 cơ quan": money received is what was counted.)
  demote(
    counts,
    (c) =>
      MONEY_UNITS.has(c.unit ?? '') &&
      FUNDS_BEFORE.test(f.text.slice(Math.max(0, c.span.start - 40), c.span.start)) &&
      counts.some((o) => o !== c && o.unit !== undefined && !isMeasure(o.unit)),
  );
  // "Tòa án nhân dân 2 cấp … đã thụ lý 13.084 vụ", "chính quyền 3 cấp": the levels of a body describe it, they are
  // not what the sentence counts when another count is written.
  demote(counts, (c) => c.unit === 'cấp');
  // "tăng gấp hơn 4 lần so với cùng kỳ năm 2023, đạt 11,3 triệu USD": so many times as much is a comparison, not what
  // the sentence counts when another count is written.
  demote(counts, (c) => c.unit === 'lần' && TIMES_AS_MUCH_BEFORE.test(f.text.slice(Math.max(0, c.span.start - 24), c.span.start)));
  // "Ủy ban nhân dân phường 1 tổ chức …", "Hội Phụ nữ quận 5 tặng …", "khu dân cư số 8": the number of a numbered
  // place is its name, not what the sentence counts when another count is written.
  demote(counts, (c) => {
    let k = atomAt(f, c) - 1;
    if (f.atoms[k]?.low === 'số') k--;
    const place = f.atoms[k];
    return place?.type === 'W' && NUMBERED_PLACES.has(place.low);
  });
  demote(counts, (c) => isArticle(f, c) && counts.some((o) => o !== c && !worth(o)));
  // "dù 2021 đối mặt với nhiều khó khăn, nhưng 72 cơ quan …": a bare year read as a number is not
  // the count when another is written (thousands are written with a dot: "2.021 lượt").
  demote(counts, (c) => isYearLike(f, c));
  // "sau hơn 1 năm triển khai, đã có hơn 16.000 cơ quan": time elapsed is not the count when another is written.
  const elapsed = (c: CountFact): boolean => {
    // The count's span may open with its qualifier ("hơn 1"): the number is its last atom.
    const last = f.atoms.findIndex((x) => x.end === c.span.end);
    const next = f.atoms[last + 1];
    if (last < 0 || next?.type !== 'W' || !ELAPSED_UNITS.has(next.low)) return false;
    let k = last - 1;
    while (k >= 0 && f.atoms[k]!.type === 'QUAL') k--;
    // "Với 10 ngày tổ chức, hội chợ đã thu hút …", "3 đợt cấp nước với tổng cộng 16 ngày": how long it took.
    if (f.atoms[k]?.low === 'cộng' && f.atoms[k - 1]?.low === 'tổng') k -= 2;
    if (['sau', 'qua', 'sau gần', 'suốt', 'với', 'trong'].includes(f.atoms[k]?.low ?? '')) return true;
    // "Ước 5 năm cả nước giải quyết việc làm gần 8 triệu người": years that open the sentence are how long it took.
    if (k < 0) return true;
    // "Cuộc thi được diễn ra trong 30 ngày … thu hút 15.083 lượt người", "kéo dài 3 tháng": how long it lasted.
    const lead = f.atoms
      .slice(Math.max(0, k - 2), k + 1)
      .map((x) => x.low)
      .join(' ');
    return /(?:^|\s)(?:diễn ra(?: trong)?|kéo dài(?: trong)?)$/u.test(lead);
  };
  demote(counts, elapsed);
  // "qua 04 ngày tổ chức khám tuyển, đã có gần 60% số thanh niên …": with nothing else counted, the share is
  // the result and the days it took count nothing.
  if (counts.length > 0 && counts.every(elapsed) && f.counts.some((c) => c.percent)) counts.length = 0;
  // "Ngoài hơn 2.000 báo cáo viên, …, các cấp Hội có 16 cộng tác viên": what "besides" sets aside opens the
  // clause; the count after it is what the sentence says.
  demote(counts, (c) => {
    let k = atomAt(f, c) - 1;
    while (k >= 0 && f.atoms[k]!.type === 'QUAL') k--;
    if (f.atoms[k]?.low !== 'ngoài') return false;
    const opener = f.atoms[k - 1];
    return k === 0 || opener?.type === 'SYM';
  });
  // "qua 02 buổi tuyên truyền đã có 33 người nhận được giải thưởng", "Qua 5 đợt kiểm tra, phát hiện 12 vi
  // phạm": what the result came through opens the clause; the count after it is the result.
  demote(counts, (c) => {
    let k = atomAt(f, c) - 1;
    while (k >= 0 && f.atoms[k]!.type === 'QUAL') k--;
    // "thông qua 13 Luật" (passed thirteen laws) is what was done.
    if (f.atoms[k]?.low !== 'qua') return false;
    const opener = f.atoms[k - 1];
    return k === 0 || opener?.type === 'SYM' || ['quả', 'đó', 'vậy'].includes(opener?.low ?? '');
  });
  // "Cách đó khoảng gần 20 mét, … có 2 pa-nô": how far away is not the count when another is written.
  demote(counts, (c) => {
    const at = atomAt(f, c);
    let k = at - 1;
    while (k >= 0 && (f.atoms[k]!.type === 'QUAL' || DISTANCE_FILLERS.has(f.atoms[k]!.low))) k--;
    if (f.atoms[k]?.low === 'cách') return true;
    // "Cách trụ sở xã khoảng 500 mét": a length after "cách" and the place it is measured from.
    if (!LENGTH_UNITS_OF_DISTANCE.has(c.unit?.toLowerCase() ?? '')) return false;
    for (let j = at - 1; j >= Math.max(0, at - 8) && f.atoms[j]!.type !== 'SYM'; j--) if (f.atoms[j]!.low === 'cách') return true;
    return false;
  });
  // "thân tháp là 41m, đường kính 2m, … được nối bởi 182 bậc cầu thang", "đón 200.000 lượt khách trong bán kính 15 km": a
  // length measured says how big or how far, and a count of things in the sentence is its figure.
  // ("kéo 500m đường dây, 17 cột đèn": so much of a thing is a quantity, not a size.)
  demote(
    counts,
    (c) =>
      SIZE_MEASURES.has(c.unit?.toLowerCase() ?? '') &&
      SIZE_BEFORE.test(f.text.slice(Math.max(0, c.span.start - 24), c.span.start)) &&
      !TOTAL_SIZE_BEFORE.test(f.text.slice(Math.max(0, c.span.start - 30), c.span.start)) &&
      counts.some((o) => o.unit !== undefined && !isMeasure(o.unit) && !SIZE_MEASURES.has(unitHead(o.unit))),
  );
  // "Tại 4 huyện Thạch Thất, Đông Anh …, 20 đội tuyên truyền lưu động …": places named after "tại" or "ở"
  // are where it happened; another count is the quota. When the others count places too ("tại 24 quận, huyện
  // …; 13 tỉnh …"), the places are the figure and keep their order.
  const placeCount = (c: CountFact): boolean => {
    const x = f.atoms[atomAt(f, c) + 1];
    const y = f.atoms[atomAt(f, c) + 2];
    return x?.type === 'W' && (PLACE_WORDS.has(x.low) || (y?.type === 'W' && PLACE_WORDS.has(`${x.low} ${y.low}`)));
  };
  demote(counts, (c) => {
    const at = atomAt(f, c);
    const before = f.atoms[at - 1];
    // "Trên địa bàn 2 xã …": so are places after "địa bàn" (the area of).
    const areaOf = before?.low === 'bàn' && f.atoms[at - 2]?.low === 'địa';
    return (
      at > 0 &&
      before?.type === 'W' &&
      (LOCATIVES.has(before.low) || areaOf) &&
      entityRun(f.atoms, at + 1) > 0 &&
      !(placeCount(c) && counts.every((o) => o === c || placeCount(o)))
    );
  });
  // "3 huyện thị nêu trên đã thành lập 9 mạng lưới Zalo", "có 06 xã đạt 15-18 tiêu chí": places or people
  // counted as the subject are not the quota; the count of what they did or reached is (each of them
  // when they reached it).
  const subject = counts[0] && counts.length > 1 ? subjectCount(f, counts[0]) : undefined;
  if (subject) {
    // In the same clause, after a word that is not a mere "và": "có 12 xã, thị trấn và 30 thôn" lists places.
    // "20 đội thi đến từ 14 xã", "33 đài truyền thanh của 33 xã": a count the subject comes from or
    // belongs to says where it is from, not what it did.
    // "22 đội tham gia và 6 đội tham gia trực tuyến": the same thing counted again is the next part of a list, not
    // what the first did.
    const ownAfterVerb = (c: CountFact): boolean => {
      if (unitHead(c.unit) !== '' && unitHead(c.unit) === unitHead(subject.unit)) return false;
      const words = f.atoms.slice(subject.unitEnd, atomAt(f, c));
      const said = words.map((x) => x.low).join(' ');
      if (ORIGIN_BEFORE_COUNT.test(said)) return false;
      // "33 người nhận được giải thưởng (với tổng) trị giá 1.650.000 đồng": what the prizes are worth is not what was done.
      if (/(?<![\p{L}])(?:trị giá|giá trị)(?:\s+(?:khoảng|hơn|gần|trên))?$/u.test(said)) return false;
      return (
        words.every((x) => x.type === 'W' || x.type === 'QUAL') && words.some((x) => x.type === 'W' && x.low !== 'và' && x.low !== 'hoặc')
      );
    };
    const k = counts.findIndex((c, n) => n > 0 && c.unitSpan !== undefined && ownAfterVerb(c));
    if (k > 0) {
      const [own] = counts.splice(k, 1);
      counts.unshift(own!);
      const between = f.text.slice(subject.unitSpan!.end, own!.span.start);
      if (!f.perEntity && /(?<![\p{L}])đạt(?![\p{L}])/u.test(between)) f.perEntity = { noun: subject.unit!, span: subject.unitSpan! };
    }
  }
  // "đã có 112 triệu lượt xem, trung bình 10,1 triệu/tháng": an average written after a figure restates it
  // per period; the figure is what the sentence counts, and the average's period is not its rate.
  if (f.per && f.pers.length === 1 && counts.length > 1) {
    const average = counts.findIndex(
      (c, n) =>
        n > 0 &&
        writtenAgainstPeriod(f, c) &&
        AVERAGE_AFTER_FIGURE.test(f.text.slice(counts[n - 1]!.unitSpan?.end ?? counts[n - 1]!.span.end, c.span.end)) &&
        (counts[n - 1]!.n ?? 0) > (c.n ?? Infinity),
    );
    if (average > 0) {
      counts.splice(average, 1);
      f.per = undefined;
      f.pers = [];
    }
  }
  // "7 | Tuyên truyền … | Tin, bài (02 tin, bài/quý)": the count written against the period wins.
  // "30-40 ngàn đồng/hộ/tháng": so is the count whose unit a slash-entity follows before the period.
  const tied = f.per ? counts.findIndex((c) => writtenAgainstPeriod(f, c)) : -1;
  if (tied > 0) {
    counts.unshift(...counts.splice(tied, 1));
  } else if (tied < 0 && f.per) {
    // "Cuộc thi có 4 tuần thi, mỗi tuần có 10 câu hỏi": the count right after the period is its own.
    preferCountAfter(f, counts, f.pers.find((p) => p.index === f.per!.index)?.end ?? f.per.index + 1);
  }
  // "sẽ tăng từ 1.427 chuyến/ngày lên 1.511 chuyến/ngày": the level reached is the count, not the one it rose from.
  demote(counts, (c) => levelReached(f, counts, c) !== c);
  // "Trên địa bàn 05 thôn, mỗi thôn 01 cụm loa": the count after "mỗi thôn" is the quota.
  if (f.perEntity)
    preferCountAfter(
      f,
      counts,
      f.atoms.findIndex((x) => x.start >= f.perEntity!.span.end),
    );
  // "Cuộc thi diễn ra trong 03 đợt, mỗi đợt thi có 7 giải thưởng": the first count numbers the items
  // themselves; the count said of each one after "mỗi <item>" is the quota. With a period ("4 số/năm, mỗi
  // số 2.000 bản") the first count is a rate and stays.
  // (A price or a yield after a slash, "60,89 tạ/ha", names no item the later counts are of.)
  if (counts.length > 1 && f.perItem && counts[0]!.unit && !f.per && !/^\s*\//u.test(f.text.slice(f.perItem.span.start))) {
    const items = counts[0]!.unit.toLowerCase();
    const each = f.perItem.noun.toLowerCase();
    const k = counts.findIndex((c, n) => n > 0 && c.span.start > f.perItem!.span.end);
    if (k > 0 && (each === items || each.startsWith(`${items} `)) && counts[0]!.span.end < f.perItem.span.start) {
      counts.unshift(...counts.splice(k, 1));
    }
  }
  // "số lượng cán bộ … tại 63 ban tuyên giáo … là: 1.528 đồng chí": after "số lượng / tổng số …", the figure
  // the sentence gives as its answer ("là") is the count; the earlier ones said where or of what.
  if (counts.length > 1) {
    // "tổng lượng xe tồn tại ba khu vực cửa khẩu … là 4.461 xe": so after "tổng lượng".
    const opener = /(?<![\p{L}])(?:số lượng|tổng số|tổng lượng)(?![\p{L}])/iu.exec(f.text);
    const k = counts.findIndex(
      (c, n) =>
        n > 0 &&
        opener !== null &&
        opener.index < counts[0]!.span.start &&
        /(?<![\p{L}])là\s*:?\s*$/u.test(f.text.slice(counts[0]!.span.end, c.span.start)),
    );
    if (k > 0) counts.unshift(...counts.splice(k, 1));
  }
  // "mức phụ cấp … là 6 x 2,34 triệu đồng/tháng = 14,04 triệu đồng/tháng": a sum worked out, its result after "=" is the figure.
  if (counts.length > 1) {
    const k = counts.findIndex((c, n) => n > 0 && /\d\s*[x×*]\s*\d[^=]*=\s*$/u.test(f.text.slice(0, c.span.start)));
    if (k > 0) counts.unshift(...counts.splice(k, 1));
  }
  // "Trong số 97 KLTT …, có 61 KLTT đã hoàn thành", "Trong số 11 sản phẩm, có 1 sản phẩm đạt hạng 4 sao": the whole is
  // named after "trong số", then the same thing is counted again after "có"; that count is the figure, out of the whole.
  if (counts.length > 1 && counts[0]!.n !== undefined && /(?<![\p{L}])trong số\s*$/iu.test(f.text.slice(0, counts[0]!.span.start))) {
    const whole = counts[0]!;
    const k = counts.findIndex(
      (c, n) =>
        n > 0 &&
        c.n !== undefined &&
        c.n <= whole.n! &&
        unitHead(c.unit) !== '' &&
        unitHead(c.unit) === unitHead(whole.unit) &&
        /(?<![\p{L}])có\s*$/iu.test(f.text.slice(whole.span.end, c.span.start)),
    );
    if (k > 0) {
      const part = counts.splice(k, 1)[0]!;
      counts.unshift(part);
      f.outOf = { n: whole.n!, span: whole.span, of: part.span };
    }
  }
  // "16 trong số 50 địa phương được kiểm toán …", "21 trong số 50 tỉnh, thành phố", "660 trong 1.000 văn bản": the figure is
  // written before the whole it is out of, with the whole's unit ("thứ 11 trong 30 nước" is a rank; "1 trong 6 địa điểm",
  // without "số", is one of them).
  const firstWhole = counts[0];
  if (firstWhole?.n !== undefined && firstWhole.unit !== undefined && !f.outOf) {
    const part = /(?<![\d.,])(?<!thứ\s)(\d{1,3}(?:\.\d{3})*|\d+)\s+trong\s+(số\s+)?$/u.exec(f.text.slice(0, firstWhole.span.start));
    const n = part ? Number(part[1]!.replace(/\./gu, '')) : NaN;
    if (part && n > 0 && n <= firstWhole.n && (part[2] !== undefined || n > 1)) {
      const span = { start: part.index, end: part.index + part[1]!.length };
      counts[0] = { ...firstWhole, n, span };
      f.outOf = { n: firstWhole.n, span: firstWhole.span, of: span };
    }
  }
  // "được 244 cuộc …, nâng tổng số đến nay lên 518 cuộc", "120 tin, bài, lũy kế từ đầu năm 400 tin, bài": a
  // running total after the figure of the period is not the figure, even when it reaches "đến nay".
  const running = RUNNING_TOTAL.exec(f.text);
  if (running) demote(counts, (c) => c.span.start > running.index && counts.some((o) => o.span.end <= running.index));
  // "trước đây mỗi cụm loa có 10 loa nhưng nay chỉ có 2 loa": the figure after the turn to the present wins.
  const now = running ? null : NOW_TURN.exec(f.text);
  if (now && counts.length > 1 && counts.some((c) => c.span.start < now.index)) {
    const k = counts.findIndex((c) => c.span.start >= now.index);
    if (k > 0) counts.unshift(...counts.splice(k, 1));
  }
  // "tổ chức 6 đợt với 30 buổi tuyên truyền", "23 đội với hơn 100 cán bộ": in one clause, what the first
  // count is made of ("với" B) is the count of the product; after a comma ("20 xã tham gia, với …") it stays,
  // and so does one thing described by what it holds ("01 tủ sách pháp luật với hơn 350 đầu sách").
  // "mỗi lớp gồm 2-3 xã với khoảng 30-40 học viên": so with a range, and with the entity each one is of said before.
  const perEntityFirst = f.perEntity !== undefined && counts[0] !== undefined && f.perEntity.span.end <= counts[0].span.start;
  // "phát hiện 211 vụ mua bán người với 276 đối tượng", "khởi tố 18 vụ với 81 bị can": cases counted with the people
  // in them are the cases.
  if (
    counts.length > 1 &&
    !f.per &&
    (!f.perEntity || perEntityFirst) &&
    (counts[0]!.n ?? counts[0]!.min ?? 0) > 1 &&
    unitHead(counts[0]!.unit) !== 'vụ'
  ) {
    const first = counts[0]!;
    const k = counts.findIndex(
      (c, n) =>
        n > 0 &&
        c.unitSpan !== undefined &&
        c.span.start > first.span.end &&
        !isMeasure(c.unit) &&
        // "3 đợt cấp nước với tổng cộng 16 ngày": how long they took is no product of them.
        !ELAPSED_UNITS.has(c.unit ?? '') &&
        (withProduct(f.text.slice(first.unitSpan?.end ?? first.span.end, c.span.start), first.unit) ||
          // "28,104km đường biên giới, với 9 mốc quốc giới": after a length or an area, what it holds is counted.
          (isMeasure(first.unit) && MEASURE_WITH_COUNT.test(f.text.slice(first.unitSpan?.end ?? first.span.end, c.span.start)))),
    );
    // "hỗ trợ xây dựng 5 thư viện cấp xã, tặng 278 đầu sách, với 2.780 bản sách": a pair inside a longer list, in one sentence.
    const inList = (c: CountFact, n: number): boolean => {
      const prev = counts[n - 1]!;
      return (
        n > 1 &&
        c.unitSpan !== undefined &&
        c.span.start > prev.span.end &&
        !isMeasure(c.unit) &&
        // A "với" inside a "trong đó" part does not make "A với B" (round 27's call).
        !/[;.:()]|(?<![\p{L}])trong đó(?![\p{L}])/iu.test(f.text.slice(first.span.end, c.span.start)) &&
        withProduct(f.text.slice(prev.unitSpan?.end ?? prev.span.end, c.span.start), prev.unit)
      );
    };
    const j = k > 0 ? k : counts.findIndex(inList);
    if (j > 0) counts.unshift(...counts.splice(j, 1));
  }
  // "Trong năm 2023, Đài đã phát 156 tin, bài", "trong năm Cổng … vận hành được hơn 1.000 tin": what was
  // done within a span is a result for it, not so many each period.
  // "Trong năm 2014, có 5 cơn bão …": what there was in a year named by its number is a state, not a rate.
  // "Trong năm 2023, 6/6 vùng … đạt trên 80%": so many out of all, in a year named by its number, is how it stood.
  // "(Dân Việt) - Trong năm 2012, Trung tâm … mở 8 lớp": a news item reports what was done in the year it names.
  const shareOfAll = (c: CountFact): boolean => (f.outOf ?? f.target)?.of.end === c.span.end;
  if (
    f.per?.within &&
    f.pers.length <= 1 &&
    counts[0] &&
    (doneBefore(f, counts[0]) || (f.per.namedYear && (thereWas(f, counts[0]) || shareOfAll(counts[0]) || NEWS_TAG.test(f.text))))
  ) {
    f.per = undefined;
    f.pers = [];
  }
  // "Toàn tỉnh hiện có gần 8.000 người có công … hưởng trợ cấp hàng tháng": how many there are now is a state; a period
  // said further on is of what they do or get, not a rate of the count ("hiện có 2 buổi/tuần" stays one).
  if (
    f.per &&
    counts[0] &&
    stateNow(f, counts[0]) &&
    f.per.index >= counts[0].unitEnd + 1 &&
    !/^\//u.test(f.text.slice(f.per.span.start))
  ) {
    f.per = undefined;
    f.pers = [];
  }
  if (counts[0] && f.pers.length > 1) {
    // Several periods: the count belongs to the one written nearest it.
    const at = atomAt(f, counts[0]);
    const gap = (p: { index: number; end: number }) => (p.end <= at ? at - p.end : p.index - counts[0]!.unitEnd);
    const nearest = [...f.pers].sort((x, y) => gap(x) - gap(y))[0]!;
    if (gap(nearest) >= 0 && gap(nearest) <= 3) f.per = nearest;
  }
  const pct = levelReached(
    f,
    f.counts.filter((c) => c.percent),
  );
  const schedule = f.weekday || f.weekOfMonth || f.times.length > 0 || f.dayOfMonth;

  // "ít nhất 01 bài viết, tối đa 03 bài viết/tháng": a floor and a ceiling make a range.
  const lo = counts.find((c) => c.quals.includes('atLeast') && c.n !== undefined);
  const hi = counts.find((c) => c.quals.includes('atMost') && c.n !== undefined);
  if (lo && hi && f.counts.indexOf(lo) < f.counts.indexOf(hi) && lo.n! < hi.n!) {
    b.set('countMin', lo.n, lo.span);
    b.set('countMax', hi.n, hi.span);
    b.set('atLeast', true, lo.span);
    b.set('atMost', true, hi.span);
    const unit = commonUnit(lo.unit, hi.unit);
    if (unit) b.set('unit', unit, hi.unit === unit ? hi.unitSpan : lo.unitSpan);
  } else if (counts.length > 0) {
    const c = counts[0]!;
    if (c.min !== undefined) {
      b.set('countMin', c.min, c.span);
      b.set('countMax', c.max, c.span);
    } else {
      b.set('count', c.vague ? null : c.n, c.span);
    }
    applyQuals(b, c.quals, c.span);
    if (c.unit) b.set('unit', c.unit, c.unitSpan);
  } else if (pct) {
    b.set('percent', pct.n, pct.span);
    applyQuals(b, pct.quals, pct.span);
    if (pct.unit) b.set('unit', pct.unit, pct.unitSpan);
  }
  // "1.250 hộ tham gia, tăng 15% so với năm trước": a change beside the count is no percentage reached ("đạt 80,1% kế
  // hoạch", "chiếm 1,31%" are).
  if (pct && counts.length > 0 && !percentChange(f, pct)) b.set('percent', pct.n, pct.span);
  // "29.824 công dân …, với số tiền 100.000 đồng/người": an entity after a slash is the rate of the count it
  // is written on, not of the one read.
  if (f.perEntity && f.text[f.perEntity.span.start] === '/' && counts[0] && counts.length > 1) {
    const at = f.atoms.findIndex((x) => x.start === f.perEntity!.span.start);
    const end = counts[0].unitEnd;
    if (at >= 0 && end !== at && !(f.atoms[end]?.type === 'PERIOD' && end + 1 === at)) f.perEntity = undefined;
  }

  // per
  const perCampaign = f.perItem && ['đợt', 'dịp', 'chiến dịch', 'đợt cao điểm'].includes(f.perItem.noun.toLowerCase());
  if (f.per) {
    b.set('per', f.per.per, f.per.span);
    if (f.window) b.set('window', { event: f.window.event }, f.window.span);
  } else if (perCampaign && !f.window) {
    // "Mỗi đợt phát hành 500 tờ rơi": so many each campaign.
    b.set('per', 'campaign', f.perItem!.span);
  } else if (f.window && !f.window.result && !(counts[0] && doneBefore(f, counts[0]))) {
    // "Trong đợt cao điểm phát 20 tin": so many each campaign; what was done in it ("đã tổ chức … cho 71 cụ … trong
    // Tháng hành động năm 2024") is a result, as "trong đợt 1 đã có …" is.
    b.set('per', 'campaign', f.window.span);
    b.set('window', { event: f.window.event }, f.window.span);
  } else {
    // No period: the span is what was counted without one.
    b.set(
      'per',
      null,
      counts[0]?.span ?? pct?.span ?? f.perEntity?.span ?? f.perItem?.span ?? f.duration?.span ?? { start: 0, end: f.text.length },
    );
  }
  if (f.perEntity) b.set('perEntity', f.perEntity.noun, f.perEntity.span);
  // "giá … 800 - 1.000 đ/kg, mỗi năm … 3 - 4 vụ": the slash is the price's, set aside with it.
  const item = f.perItem;
  if (
    item &&
    f.text[item.span.start] === '/' &&
    counts.some((c, n) => n > 0 && rateOfMeasure(f, c) && (c.unitSpan?.end ?? c.span.end) === item.span.start)
  )
    f.perItem = undefined;
  if (f.perItem && f.perItem.noun !== b.get('unit')) b.set('perItem', f.perItem.noun, f.perItem.span);

  // implicit count: a period and no number
  const hasCount = b.has('count') || b.has('countMin') || b.has('percent');
  if (!hasCount && (f.per || f.window)) {
    const noun = nounPhrase(f, f.nounBeforePeriod);
    if (schedule) {
      const weeksNamed = f.weekOfMonth?.weeks ?? f.weekOfMonth?.woms;
      const occasions =
        f.weekdays.length > 1 && f.per?.per === 'week'
          ? f.weekdays.length
          : f.times.length > 1 && f.per?.per === 'day'
            ? f.times.length
            : weeksNamed && f.per?.per === 'month' && f.weekdays.length <= 1
              ? weeksNamed.length
              : 1;
      b.set('count', occasions, f.weekday?.span ?? f.weekOfMonth?.span ?? f.times[0]?.span ?? f.dayOfMonth?.span);
      b.set('countImplicit', true, f.per?.span ?? f.window?.span);
      if (noun) b.set('unit', noun.text, noun.span);
    } else if (noun && isPersonHead(noun.text)) {
      // "để Trưởng thôn hàng ngày đọc trên loa": the noun is who acts, not what is counted; a
      // frequency with no number is SCHEMA.md's count null.
      b.set('count', null, f.per?.span ?? f.window?.span);
    } else if (noun) {
      // "xây dựng chủ đề hàng tháng" is one a month; "cập nhật tin tức hằng ngày" names no number.
      const mass = isMass(noun.text) || noun.vague;
      b.set('count', mass ? null : 1, noun.span);
      if (!mass) b.set('countImplicit', true, f.per?.span ?? f.window?.span);
      b.set('unit', noun.text, noun.span);
    } else {
      const after = nounPhrase(f, f.nounAfterPeriod);
      if (after) {
        const mass = isMass(after.text) || after.vague;
        b.set('count', mass ? null : 1, after.span);
        if (!mass) b.set('countImplicit', true, f.per?.span ?? f.window?.span);
        b.set('unit', after.text, after.span);
      } else if (bareFrequencyCell(f.atoms)) {
        // A bare "Hằng tuần" (a plan's frequency cell) implies one, as SCHEMA.md says of "hàng tháng".
        b.set('count', 1, f.per?.span);
        b.set('countImplicit', true, f.per?.span);
      } else if (f.parts.length > 0) {
        // "phát vào buổi trưa hằng ngày": nothing named but the time, once for each part of the day.
        b.set('count', f.parts.length, f.parts[0]!.span);
        b.set('countImplicit', true, f.per?.span);
      } else {
        b.set('count', null, f.per?.span);
      }
    }
  }
  if (!b.has('count') && !b.has('countMin') && !b.has('percent') && f.continuous) {
    b.set('count', null, f.continuous.span);
    b.set('recurring', 'continuous', f.continuous.span);
    const noun = nounPhrase(f, nounAfter(f.atoms, f.continuous.from)) ?? nounPhrase(f, f.nounBeforePeriod);
    if (noun && !b.has('unit')) b.set('unit', noun.text, noun.span);
  }
  // With no period either, "theo kế hoạch" says the rate is set elsewhere, as "định kỳ" does.
  if (!f.periodic && !f.per && !f.window && f.elsewhere) f.periodic = f.elsewhere;
  if (!b.has('count') && !b.has('countMin') && !b.has('percent') && f.periodic) {
    // A period is promised but not named here: no count, no period, to be resolved.
    b.set('count', null, f.periodic.span);
    b.set('per', null, f.periodic.span);
    b.set('unresolved', true, f.periodic.span);
  }
  applyQualsStandalone(b, f);
  // An upper bound on its own ("không quá 03 tin, bài/tuần") is also the range's ceiling.
  if (b.get('atMost') === true && b.get('atLeast') !== true && typeof b.get('count') === 'number' && !b.has('countMax')) {
    b.set('countMax', b.get('count'), b.spans['count']);
  }

  // object of an occasion unit: "1 lần/quý gửi tin, bài"
  const unit = typeof b.get('unit') === 'string' ? (b.get('unit') as string).toLowerCase() : '';
  if (OCCASION_UNITS.has(unit)) {
    const c = counts[0];
    // "1 lần/quý gửi tin, bài", "02 lần phát lại chương trình", "phát thông báo hai đến ba lần".
    const obj =
      nounPhrase(f, f.nounAfterPeriod) ??
      (c ? nounPhrase(f, nounAfter(f.atoms, c.unitEnd)) : undefined) ??
      (c ? productBefore(f, c) : undefined) ??
      leadingProduct(f);
    // "được 244 cuộc, nâng tổng số lên 518 cuộc": a running total is not what the occasions did.
    if (obj && obj.text.toLowerCase() !== unit && RUNNING_TOTAL.exec(obj.text)?.index !== 0) b.set('object', obj.text, obj.span);
  }
  // A measure written onto its number measures what follows it: "400m kênh mương", "45m2 nội dung hộp đèn".
  const measured = counts[0];
  const weighs = measured?.unit !== undefined && WEIGHT_UNIT_WORDS.includes(measured.unit);
  // "35 triệu đồng tiền mặt", "346 tỷ đồng tiền lãi": what kind of money the sum is.
  const money = measured?.unit === 'đồng' && f.atoms[measured.unitEnd]?.low === 'tiền';
  if (measured?.unit && (MEASURE_ABBREVIATION.test(measured.unit) || weighs || money) && !b.has('object')) {
    const obj = nounPhrase(f, nounAfter(f.atoms, measured.unitEnd));
    // "10MB Đính kèm File": a capital after it opens something else (a button, a heading).
    // "20 m2 mới được thường trú": an adverb after it opens what is said of the measure, not what it measures.
    const adverb = NOT_MEASURED.has(obj?.text.split(/\s+/u)[0]?.toLowerCase() ?? '');
    if (obj && !adverb && obj.span.start === f.atoms[measured.unitEnd]?.start && /^\p{Ll}/u.test(obj.text)) {
      const material = weighs ? materialOf(obj) : money ? moneyKindOf(obj) : obj;
      b.set('object', material.text, material.span);
    }
  }

  if (f.interval) {
    const { span, ...every } = f.interval;
    b.set('every', every, span);
  }
  if (f.weekdays.length > 1)
    b.set(
      'weekdays',
      f.weekdays.map((x) => x.wd),
      cover(...f.weekdays.map((x) => x.span)),
    );
  else if (f.weekday) b.set('weekday', f.weekday.wd, f.weekday.span);
  if (f.weekOfMonth) b.set('weekOfMonth', f.weekOfMonth.wom, f.weekOfMonth.span);
  // "tuần thứ hai và thứ tư": every week named, the first of them as weekOfMonth.
  if (f.weekOfMonth?.woms) b.set('weeksOfMonth', f.weekOfMonth.woms, f.weekOfMonth.span);
  if (f.dayOfMonth) b.set('dayOfMonth', f.dayOfMonth.d, f.dayOfMonth.span);
  if (f.daysOfMonth) b.set('daysOfMonth', f.daysOfMonth.days, f.daysOfMonth.span);
  if (f.lunar && f.dayOfMonth) b.set('calendar', 'lunar', f.lunar);
  if (f.parts.length === 1) b.set('partOfDay', f.parts[0]!.pod, f.parts[0]!.span);
  if (f.parts.length > 0)
    b.set(
      'partsOfDay',
      f.parts.map((p) => p.pod),
      cover(...f.parts.map((p) => p.span)),
    );
  if (f.times.length > 0) b.set('timeOfDay', f.times[0]!.time, f.times[0]!.span);
  if (f.times.length > 1)
    b.set(
      'timesOfDay',
      f.times.map((x) => x.time),
      cover(...f.times.map((x) => x.span)),
    );
  // "tiếp âm tiếp sóng đạt 2.765 giờ", "loa FM của xã được 260 giờ": hours reached are counted in hours, not the
  // length of one thing ("phát thanh 120 giờ", airtime done, stays a length: below).
  if (f.duration && durationAlone(f, b) && hoursReached(f)) {
    b.set('count', f.duration.min / 60, f.duration.span);
    b.set('unit', 'giờ', f.duration.span);
    f.duration = undefined;
  }
  // "nên tập thể dục 150 phút mỗi tuần", "hoạt động 14 giờ/ngày", "Tối đa 40 giờ/tháng": time spent in each period, nothing
  // else counted, is counted in the unit written ("thời lượng phát sóng … 17 giờ/ngày", a length of airtime, stays one).
  const timePerPeriod = f.duration && durationPerPeriod(f, b);
  if (timePerPeriod) {
    const { unit, minutes } = timePerPeriod;
    const [lo, hi] = [f.duration!.min / minutes, f.duration!.max / minutes];
    if (lo === hi) b.set('count', lo, f.duration!.span);
    else {
      delete b.result['count'];
      b.set('countMin', lo, f.duration!.span);
      b.set('countMax', hi, f.duration!.span);
    }
    b.set('unit', unit, f.duration!.span);
    if (f.durationQuals) applyQuals(b, f.durationQuals.quals, f.durationQuals.span);
    f.duration = undefined;
  }
  if (f.duration) {
    b.set('durationMin', f.duration.min, f.duration.span);
    // "tối thiểu 17 giờ/ngày": a floor on its own has no ceiling (as a ceiling on its own has no floor's count).
    const floorOnly = f.durationQuals?.quals.includes('atLeast') && !f.durationQuals.quals.includes('atMost');
    if (!(floorOnly && f.duration.min === f.duration.max)) b.set('durationMax', f.duration.max, f.duration.span);
    const noCount = (!b.has('count') || b.get('count') === null) && !b.has('countMin');
    if (f.durationQuals && noCount) applyQuals(b, f.durationQuals.quals, f.durationQuals.span);
    if (f.measure && noCount && !b.has('unit')) b.set('unit', f.measure.noun, f.measure.span);
  }

  // The total belongs to its own count, not to another the sentence chose ("hơn 16.000 cơ quan và 63/63 tỉnh").
  const ofCount = (x: { of: Span }): boolean => b.has('count') && b.spans['count']!.end === x.of.end;
  if (f.outOf && ofCount(f.outOf)) b.set('outOf', f.outOf.n, f.outOf.span);
  if (f.target && ofCount(f.target)) b.set('target', f.target.n, f.target.span);
  if (f.resultWindow && b.get('per') === null) b.set('window', { from: f.resultWindow.from, to: f.resultWindow.to }, f.resultWindow.span);
  const counted = b.has('count') && b.get('count') !== null ? true : b.has('countMin');
  // "có 9.690 đài …, đạt tỷ lệ 91,4%": a share said after a result count is about that count.
  const shareAfterCount = b.has('percent') && b.spans['count'] !== undefined && b.spans['percent']!.start > b.spans['count'].end;
  // "6 tháng/lần", "1 lần/2 tháng", "06 tháng một lần": a count in every n periods recurs (`every`,
  // set from f.interval above); it is not a result.
  if (
    counted &&
    b.get('per') === null &&
    !b.has('every') &&
    !b.has('perEntity') &&
    !b.has('perItem') &&
    (!b.has('percent') || shareAfterCount)
  ) {
    b.set('total', true, b.spans['count'] ?? b.spans['countMin']);
  }
  // "06:00 Tiếp sóng Đài Tiếng nói Việt Nam": a row of a daily broadcast schedule, once a day at that time.
  if (!b.has('count') && !b.has('countMin') && !b.has('percent') && b.get('per') === null && scheduleRow(f)) {
    b.set('count', 1, f.times[0]!.span);
    b.set('per', 'day', f.times[0]!.span);
  }
  // "Tính đến nay, cả nước đã có 38,98% xã đạt chuẩn", "thu ngân sách đến 29/5/2023 đạt 35,76% kế hoạch
  // giao": a share already reached (said as done before it: "đã", "tính đến", "đến nay", a date; or a share
  // of the plan) is a result, as a count with no period is; a share to reach ("phấn đấu", "mục tiêu", "đến
  // năm 2030, có 80% …") is not.
  if (pct && !counted && b.get('percent') === pct.n && b.get('per') === null && !b.has('perEntity') && !b.has('perItem')) {
    const sentence = f.text
      .slice(0, pct.span.start)
      .split(/[;.!?\n]\s/u)
      .pop()!;
    const ofPlan = /^kế hoạch(?![\p{L}])/iu.test(pct.unit ?? '') && /(?<![\p{L}])đạt\s*$/u.test(sentence);
    if (ofPlan || (!TARGET_SHARE.test(sentence) && reachedBefore(f, pct.span.start))) b.set('total', true, pct.span);
  }
  // "phát thanh 120 giờ trên hệ thống đài": airtime done, a result with no period (not a length).
  if (f.duration && durationAlone(f, b) && airtimeVerbBefore(f)) {
    b.set('total', true, f.duration.span);
  }

  return (
    b.has('count') ||
    b.has('countMin') ||
    b.has('percent') ||
    f.per !== undefined ||
    f.window !== undefined ||
    f.continuous !== undefined ||
    f.periodic !== undefined ||
    b.has('durationMin') ||
    b.has('timeOfDay') ||
    b.has('weekday')
  );
}

/**
 * A clock time opening the phrase (after a bullet), then a verb of broadcasting or a programme: a
 * schedule's row. A note in brackets ("(phát lại chiều thứ 6)", "(phát lại trưa 11 giờ 30’)") is
 * the replay's, not a second time of the row.
 */
function scheduleRow(f: QuotaFacts): boolean {
  const inBrackets = bracketed(f.text);
  const times = f.times.filter((x) => !inBrackets(x.span.start));
  if (times.length !== 1 || f.weekdays.some((x) => !inBrackets(x.span.start))) return false;
  const k = scheduleRowClock(f.atoms);
  return k >= 0 && f.atoms[k]!.start === times[0]!.span.start;
}

/** Whether an offset of `text` lies inside round brackets. */
function bracketed(text: string): (offset: number) => boolean {
  const inside: boolean[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    inside.push(depth > 0);
    if (text[i] === ')' && depth > 0) depth--;
  }
  return (offset) => inside[offset] ?? false;
}

/** Before the offset: "đã" (done), "tính đến" / "đến nay" (so far), or a day's date (a figure as of that day). */
function reachedBefore(f: QuotaFacts, offset: number): boolean {
  const before = f.atoms.filter((x) => x.end <= offset);
  return before.some(
    (x, k) =>
      (x.type === 'W' && (x.low === 'đã' || x.low === 'tính đến' || (x.low === 'nay' && before[k - 1]?.low === 'đến'))) ||
      (x.type === 'W' && x.low === 'đến' && before[k + 1]?.low === 'nay') ||
      (x.type === 'DATE' && x.v.d !== undefined),
  );
}

/** "đã" before the count, or "được" right before it ("vận hành được hơn 1.000 tin"): the count is what was done. */
function doneBefore(f: QuotaFacts, c: CountFact): boolean {
  const at = atomAt(f, c);
  if (wordBefore(f, at) === 'được') return true;
  return f.atoms.slice(0, at).some((x) => x.type === 'W' && x.low === 'đã');
}

/** "hiện có", "hiện nay có", "đang có" right before the count (qualifiers aside): so many there are now. */
function stateNow(f: QuotaFacts, c: CountFact): boolean {
  let k = atomAt(f, c) - 1;
  while (k >= 0 && f.atoms[k]!.type === 'QUAL') k--;
  const word = (j: number): string | undefined => (f.atoms[j]?.type === 'W' ? f.atoms[j]!.low : undefined);
  if (word(k) !== 'có') return false;
  return word(k - 1) === 'hiện' || word(k - 1) === 'đang' || (word(k - 1) === 'nay' && word(k - 2) === 'hiện');
}

/** "có" right before the count (qualifiers aside): there were so many. */
function thereWas(f: QuotaFacts, c: CountFact): boolean {
  return wordBefore(f, atomAt(f, c)) === 'có';
}

/** Words before the level a figure rose or fell to: "lên", "xuống", "xuống còn", "giảm còn". */
const REACHED_WORDS = new Set(['lên', 'xuống', 'còn']);

/**
 * Of `of` (counts or shares), the level reached when `c` (the first, by default) is the one a change started from:
 * "tăng từ 30% năm 2017 lên trên 99,5% năm 2024", "giảm từ 12% xuống còn 4%". Else `c` itself.
 */
function levelReached(f: QuotaFacts, of: readonly CountFact[], c: CountFact | undefined = of[0]): CountFact | undefined {
  if (!c || wordBefore(f, atomAt(f, c)) !== 'từ') return c;
  return of.find((o) => o.span.start > c.span.end && REACHED_WORDS.has(wordBefore(f, atomAt(f, o)) ?? '')) ?? c;
}

/**
 * A percentage that says how much something changed against another time: "tăng 15% so với năm trước", "giảm 2,2% so
 * cùng kỳ". ("bình quân hằng năm … tăng 4,3%" is a rate of growth; "đạt 63% so với mục tiêu" is a share reached.)
 */
function percentChange(f: QuotaFacts, pct: CountFact): boolean {
  return ['tăng', 'giảm'].includes(wordBefore(f, atomAt(f, pct)) ?? '') && /^\s*so(?:\s+với)?\s/iu.test(f.text.slice(pct.span.end));
}

/** The word right before atom `at`, qualifiers ("hơn", "gần") skipped; undefined when a mark or nothing is there. */
function wordBefore(f: QuotaFacts, at: number): string | undefined {
  let k = at - 1;
  while (k >= 0 && f.atoms[k]!.type === 'QUAL') k--;
  return k >= 0 && f.atoms[k]!.type === 'W' ? f.atoms[k]!.low : undefined;
}

/** A duration with nothing else to carry it: no count, no period, not each item's or each entity's. */
function durationAlone(f: QuotaFacts, b: ReadingBuilder): boolean {
  return (
    f.duration !== undefined && !b.has('count') && !b.has('countMin') && b.get('per') === null && !b.has('perItem') && !b.has('perEntity')
  );
}

/** Airtime or screen time, a length ("đài xã phát 15 phút mỗi ngày", "màn hình LED trình chiếu tối thiểu 08 giờ/ngày"). */
const AIRTIME_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${[...AIRTIME_VERBS, 'trình chiếu', 'chiếu'].join('|')})(?:\\s+(?:được|tối thiểu|ít nhất|tối đa|không quá|khoảng|trung bình))?\\s*$`,
  'iu',
);

/** A length of time spent in each period with nothing else counted: the unit it is written in, and the minutes in one. */
function durationPerPeriod(f: QuotaFacts, b: ReadingBuilder): { unit: string; minutes: number } | undefined {
  const d = f.duration!;
  const per = b.get('per');
  if (b.get('count') != null || b.has('countMin') || per === null || per === undefined || b.has('perItem') || b.has('perEntity'))
    return undefined;
  const written = f.text.slice(d.span.start, d.span.end);
  const unit = /(?<![\p{L}])(giờ|tiếng|phút)$/iu.exec(written)?.[1]?.toLowerCase();
  // "10 giờ 30 phút/ngày" is a length in two units; "thời lượng", "độ dài" name a length, and so does airtime ("đài xã
  // phát 15 phút mỗi ngày").
  if (
    !unit ||
    /(?:giờ|tiếng).*phút/iu.test(written) ||
    /(?<![\p{L}])(?:thời lượng|độ dài)(?![\p{L}])/iu.test(f.text.slice(0, d.span.start)) ||
    AIRTIME_BEFORE.test(f.text.slice(0, d.span.start))
  )
    return undefined;
  return { unit, minutes: unit === 'phút' ? 1 : 60 };
}

/**
 * "Hằng tuần", "Tần suất: Hằng tháng.", "Hằng tuần:": nothing but a period in the last cell (after the last colon; a colon
 * that ends the phrase opens no cell of its own, so "… khi đáp ứng đủ các điều kiện sau:" is no bare cell).
 */
function bareFrequencyCell(atoms: readonly Atom[]): boolean {
  const body = atoms.at(-1)?.raw === ':' ? atoms.slice(0, -1) : atoms;
  const cell = body.slice(body.findLastIndex((x) => x.raw === ':') + 1);
  return cell.every((x) => x.type === 'PERIOD' || (x.type === 'SYM' && x.raw === '.'));
}

/** A whole number of hours right after "đạt" or "được" (a result reached). */
function hoursReached(f: QuotaFacts): boolean {
  const d = f.duration!;
  if (d.min !== d.max || !/^\d[\d.]*\s*giờ$/u.test(f.text.slice(d.span.start, d.span.end))) return false;
  const word = wordBefore(
    f,
    f.atoms.findIndex((x) => x.start === d.span.start),
  );
  return word === 'đạt' || word === 'được';
}

function airtimeVerbBefore(f: QuotaFacts): boolean {
  let k = f.atoms.findIndex((x) => x.start === f.duration!.span.start) - 1;
  while (k >= 0 && ['được', 'đã', 'tổng cộng', 'tổng', 'cộng'].includes(f.atoms[k]!.low)) k--;
  if (k < 0 || f.atoms[k]!.type !== 'W') return false;
  const one = f.atoms[k]!.low;
  const two = k > 0 && f.atoms[k - 1]!.type === 'W' ? `${f.atoms[k - 1]!.low} ${one}` : '';
  return AIRTIME_VERBS.has(two) || AIRTIME_VERBS.has(one);
}

/** "02 tin, bài/quý", "30-40 ngàn đồng/hộ/tháng": the period is written right after the count's unit (and a slash-entity). */
function writtenAgainstPeriod(f: QuotaFacts, c: CountFact): boolean {
  if (!f.per) return false;
  return c.unitEnd === f.per.index || (f.atoms[c.unitEnd]?.type === 'PER_ENTITY' && c.unitEnd + 1 === f.per.index);
}

/** ", trung bình 10,1 triệu": a comma, then an average of the figure before it. */
const AVERAGE_AFTER_FIGURE = /^\s*,\s*(?:trung bình|bình quân)(?![\p{L}])/iu;
/** Where a running total starts: "nâng tổng số (lên)", "lũy kế", "cộng dồn". */
const RUNNING_TOTAL = /(?<![\p{L}])(?:nâng\s+tổng(?:\s+số)?|l[ũu]y\s+kế|luỹ\s+kế|cộng\s+dồn)(?![\p{L}])/iu;

/**
 * The turn from a former figure to the present one: "nhưng nay", "song hiện nay", "nay đã", "nay chỉ", "thay vì …
 * thì nay được tăng lên".
 */
const NOW_TURN = /(?<![\p{L}])(?:(?:nhưng|song|còn|đến|thì)\s+(?:hiện\s+)?nay|hiện nay|nay (?:đã|chỉ|đã giảm|đã tăng|được))(?![\p{L}])/iu;

/**
 * A count of places or people that opens its clause ("3 huyện …", "có 06 xã …", "Huyện có 579 xã, phường và …",
 * "Năm 2023, 12 xã …"):
 * the subject of what follows, not the quota.
 */
function subjectCount(f: QuotaFacts, c: CountFact): CountFact | undefined {
  const at = atomAt(f, c);
  if (at < 0 || c.min !== undefined || c.quals.length > 0 || !c.unitSpan) return undefined;
  const unitFrom = at + 1;
  if (entityRun(f.atoms, unitFrom) === 0) return undefined;
  const before = f.atoms[at - 1];
  // "6 tháng qua, 25 phường xã … đã tổ chức được 480 hội nghị", "Năm 2023, 12 xã …": after a short opening of
  // time (no count in it) and its comma, the clause opens as well.
  const afterOpening =
    before?.type === 'SYM' && before.raw === ',' && at <= 7 && f.atoms.slice(0, at - 1).every((x) => x.type !== 'NUM' && x.type !== 'WNUM');
  const opens = at === 0 || (before !== undefined && before.type === 'W' && before.low === 'có') || afterOpening;
  return opens ? c : undefined;
}

/** The words before what a thing is worth: "trị giá", "có giá trị khoảng". */
const WORTH_BEFORE = /(?<![\p{L}])(?:trị giá|giá trị)(?:\s+(?:khoảng|hơn|gần|trên|là))?\s*$/u;

/** A count written as the bare word "một" ("một chủ đề"), with no qualifier: most often an article. */
function isArticle(f: QuotaFacts, c: CountFact): boolean {
  const x = f.atoms[atomAt(f, c)];
  return c.n === 1 && c.quals.length === 0 && x !== undefined && x.type === 'WNUM' && x.low === 'một';
}

/** The index of the atom a count starts at. */
/**
 * Moves the counts `weak` says are not the quota behind the others, keeping each group's order (a stable
 * sort), when there are others; with one count, or none that is not weak, nothing moves.
 */
function demote(counts: CountFact[], weak: (c: CountFact) => boolean): void {
  if (counts.length < 2) return;
  const flags = new Map(counts.map((c) => [c, weak(c)]));
  if ([...flags.values()].every(Boolean)) return;
  counts.sort((x, y) => Number(flags.get(x)) - Number(flags.get(y)));
}

/** "tăng gấp 4", "giảm 2", "gấp hơn 3": the words before a count of times that make it a comparison. */
const TIMES_AS_MUCH_BEFORE = /(?<![\p{L}])(?:tăng|giảm|gấp)(?:\s+(?:hơn|gần|khoảng|trên|xấp xỉ))?\s*$/iu;

/** Places numbered in their name ("phường 1", "quận 5", "khu phố 3", "tổ 7", "ấp 2", "khu dân cư số 8"). */
const NUMBERED_PLACES = new Set(['phường', 'quận', 'phố', 'tổ', 'ấp', 'thôn', 'xóm', 'khóm', 'khu', 'cư', 'bản', 'buôn', 'làng']);

function atomAt(f: QuotaFacts, c: CountFact): number {
  return f.atoms.findIndex((x) => x.start === c.span.start);
}

/** Moves first the count written at most two atoms after `end` (where a period or "mỗi thôn" ends). */
const DELTA_WORDS = new Set(['tăng', 'giảm', 'thêm', 'tăng thêm']);

function preferCountAfter(f: QuotaFacts, counts: CountFact[], end: number): void {
  if (end < 0 || counts.length < 2) return;
  const k = counts.findIndex((c) => {
    const at = atomAt(f, c);
    // "14 tiêu chí/1 xã, tăng 5,5 tiêu chí so với năm 2010": a change is not the count.
    return at >= end && at - end <= 2 && !DELTA_WORDS.has(f.atoms[at - 1]?.low ?? '');
  });
  if (k > 0) counts.unshift(...counts.splice(k, 1));
}

/** "Gửi tin, bài về Phòng Nội vụ 01 lần/quý": the product the opening verb acts on. */
function leadingProduct(f: QuotaFacts): { text: string; span: Span } | undefined {
  let from = skipLeadingVerbs(f.atoms, 0, f.atoms.length);
  // "Phát thanh tin, bài …": "phát thanh" opens as the verb when a product follows it.
  if (from === 0 && productAt(f.atoms, 0) === 2 && productAt(f.atoms, 2) > 0) from = 2;
  if (from === 0 || productAt(f.atoms, from) === 0) return undefined;
  return nounPhrase(f, { from, to: UNIT(f.atoms, from, []) });
}

/** A product noun written right before the count: "phát thông báo | hai đến ba lần". */
function productBefore(f: QuotaFacts, c: CountFact): { text: string; span: Span } | undefined {
  const k = atomAt(f, c);
  for (const n of [2, 1]) {
    const from = k - n;
    if (from < 0) continue;
    const words = f.atoms.slice(from, k);
    if (words.some((x) => x.type !== 'W')) continue;
    const text = words.map((x) => x.low).join(' ');
    if (PRODUCT_NOUNS.has(text)) {
      const span = spanOf(f.atoms, from, k);
      return { text: f.text.slice(span.start, span.end), span };
    }
  }
  return undefined;
}

/** A four-digit number between 1900 and 2100 with no grouping dot, and no bound on it. */
function isYearLike(f: QuotaFacts, c: CountFact): boolean {
  return c.n !== undefined && c.quals.length === 0 && /^(19|20)\d\d$/u.test(f.text.slice(c.span.start, c.span.end)) && c.n <= 2100;
}

/** "văn bản mới", "tin tức": a mass of text, not countable things. */
function isMass(noun: string): boolean {
  const low = noun.toLowerCase();
  if (MASS_UNITS.has(low) || [...MASS_UNITS].some((m) => low.startsWith(`${m} `))) return true;
  // A list is read by its first item: "đưa tin, ảnh", "đăng tin, bài, ảnh" name no number, as "đưa tin" does.
  const first = low.split(/\s*,\s*|\s+(?:và|hoặc)\s+/)[0]!;
  return first !== low && first.length > 0 && isMass(first);
}

function applyQuals(b: ReadingBuilder, qs: readonly Qual[], span: Span): void {
  for (const q of qs) b.set(q, true, span);
}

function applyQualsStandalone(b: ReadingBuilder, f: QuotaFacts): void {
  if (!b.has('count') && !b.has('countMin')) return;
  for (const q of f.standaloneQuals) if (!b.has(q.qual)) b.set(q.qual, true, q.span);
}

function commonUnit(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  const wa = a.split(' ');
  const wb = b.split(' ');
  const common: string[] = [];
  for (let k = 0; k < Math.min(wa.length, wb.length) && wa[k]!.toLowerCase() === wb[k]!.toLowerCase(); k++) common.push(wa[k]!);
  return common.length > 0 ? common.join(' ') : a;
}

/** Words that say "some" or "a few": "vài tin", "một số bài", "nhiều video" name no number. */
const VAGUE_WORDS = new Set(['vài', 'một vài', 'dăm', 'mấy', 'nhiều', 'một số']);
/** Words that look like a noun before a period and are not one: "Định kỳ hàng tháng". */
const NOT_NOUNS = new Set(['định kỳ', 'theo định kỳ', 'thường xuyên']);

function nounPhrase(f: QuotaFacts, range?: { from: number; to: number }): { text: string; span: Span; vague: boolean } | undefined {
  if (!range) return undefined;
  let from = skipLeadingVerbs(f.atoms, range.from, range.to);
  let subject = false;
  // "Hàng năm, Sở Tư pháp tổ chức tập huấn": a named body (capitalised) acting first is who does it;
  // what it does is the noun after its verb.
  if (from === range.from && f.atoms[from]?.type === 'W' && f.atoms[from]!.raw !== f.atoms[from]!.low) {
    for (let k = from + 1; k < Math.min(f.atoms.length, from + 6) && f.atoms[k]!.type === 'W'; k++) {
      const past = skipLeadingVerbs(f.atoms, k, f.atoms.length);
      // "Họp báo định kỳ hàng tháng": a verb past the noun's range ("định kỳ") leaves a capital the sentence's.
      if (past > k && k < range.to) {
        from = past;
        subject = true;
        break;
      }
    }
  }
  // "các tin, bài", "những video": plural markers are not part of the noun.
  while (from < range.to - 1 && ['các', 'những', 'mọi'].includes(f.atoms[from]!.low)) from++;
  let vague = false;
  for (const n of [2, 1]) {
    const words = f.atoms
      .slice(from, from + n)
      .map((x) => x.low)
      .join(' ');
    if (from + n < range.to && VAGUE_WORDS.has(words)) {
      from += n;
      vague = true;
      break;
    }
  }
  if (from >= range.to) return undefined;
  if (NOT_NOUNS.has(joinAtoms(f.atoms.slice(from, range.to)).toLowerCase())) return undefined;
  // Keep it to what UNIT would accept.
  const end = UNIT(f.atoms, from, []);
  // After a subject the range (a few words from the period) may cut the noun short: the unit decides.
  const to = end > from ? (subject ? end : Math.min(end, range.to)) : range.to;
  const span = spanOf(f.atoms, from, to);
  const text = joinAtoms(f.atoms.slice(from, to));
  return text ? { text: f.text.slice(span.start, span.end), span, vague } : undefined;
}
