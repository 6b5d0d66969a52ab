/**
 * Patterns shared by the phrase kinds: the counted unit ("tin, bài", "lượt thi"), the
 * words of an event ("ngày ban hành Kế hoạch"), a time point (a date with its clock time
 * and part of day), and the connectors "từ" / "đến".
 */
import {
  AIRTIME_VERBS,
  BODY_NAME_HEADS,
  ENTITY_NOUNS,
  OCCASION_UNITS,
  LEADING_VERBS,
  PERSON_HEADS,
  PLACE_WORDS,
  PRODUCT_NOUNS,
  PROGRAMME_NOUNS,
  UNIT_MODIFIER_STARTS,
  UNIT_STOP_WORDS,
  UNIT_VERB_STOPS,
  MONEY_UNIT_WORDS,
  WEIGHT_UNIT_WORDS,
  PRICE_CURRENCY_WORDS,
  DOCUMENT_KINDS,
  DOCUMENT_KINDS_NUMBERED_BARE,
  NUMBER_FIELD_LABELS,
} from './lexicon.js';
import { type Atom, type Pattern, ahead, alt, cap, not, opt, seq, sym, t, w } from './pattern.js';

const MULTI_STOPS = new Set(
  [...UNIT_STOP_WORDS]
    .filter((s) => s.includes(' '))
    .concat(['phát trên', 'phát tại', 'phát lên', 'phát vào', 'phát sóng trên', 'trở lên', 'trở xuống', 'trở lại']),
);

/** "người có uy tín" (village elders and notables), "người có công (với cách mạng)" (those the state honours): names of people, not "who have" ("người có công việc" is). */
function personNamedWithCo(a: readonly Atom[], j: number): boolean {
  const [x, y] = [a[j + 1], a[j + 2]];
  if (x?.low === 'uy') return y?.low === 'tín';
  return x?.low === 'công' && (y === undefined || y.type !== 'W' || y.low === 'với');
}

/** First syllables of nouns ending in "hàng" (a stall, a shop, goods), which is otherwise "every". */
const HANG_NOUN_HEADS = new Set(['gian', 'cửa', 'mặt', 'khách', 'ngân', 'đơn', 'nhà', 'lô', 'bán']);
/** Second syllables that make "hàng" the first of a noun: "hàng hóa" (goods). */
const HANG_NOUN_TAILS = new Set(['hóa', 'hoá']);

/** Syllables before "bị" that make one word with it ("thiết bị", "chuẩn bị", "trang bị", "dự bị", "phòng bị"). */
const BI_WORD_HEADS = new Set(['thiết', 'chuẩn', 'trang', 'dự', 'phòng']);
/** Syllables after "bị" that make a noun of it ("bị can", "bị cáo", "bị hại", "bị đơn"). */
const BI_NOUN_TAILS = new Set(['can', 'cáo', 'hại', 'đơn']);

function isStopAt(a: readonly Atom[], j: number): boolean {
  const x = a[j];
  if (!x || x.type !== 'W') return true;
  // "06 tuần thi", "ngày thi": a period word naming a round of a contest is a unit.
  if ((x.low === 'tuần' || x.low === 'ngày' || x.low === 'vòng') && a[j + 1]?.type === 'W' && a[j + 1]!.low === 'thi') return false;
  // "10.000 ngày công lao động": man-days are a unit.
  if (x.low === 'ngày' && a[j + 1]?.type === 'W' && a[j + 1]!.low === 'công') return false;
  // "đơn vị trực thuộc": "thuộc" is part of the word, not "belonging to"; "đăng ký" (register) is not "đăng"
  // (post), "theo dõi" (follow) not "theo" (according to). ("xã đạt chuẩn NTM" is read by unitOf's loop.)
  if (
    UNIT_STOP_WORDS.has(x.low) &&
    !(x.low === 'thuộc' && a[j - 1]?.low === 'trực') &&
    !(x.low === 'đăng' && a[j + 1]?.low === 'ký') &&
    // "79 ngọn hải đăng": a lighthouse, not "post".
    !(x.low === 'đăng' && a[j - 1]?.low === 'hải' && a[j - 1]?.type === 'W') &&
    !(x.low === 'theo' && a[j + 1]?.low === 'dõi') &&
    // "125 vụ lừa đảo chiếm đoạt tài sản": "chiếm đoạt" (appropriate) names the crime, no share ("chiếm 70%").
    !(x.low === 'chiếm' && a[j + 1]?.low === 'đoạt') &&
    // "5 bằng khen" (certificates of merit), "bằng tốt nghiệp": a noun, not "by" or "equal to".
    !(x.low === 'bằng' && ['khen', 'tốt'].includes(a[j + 1]?.low ?? '')) &&
    // "141.000 vi bằng" (a bailiff's record of facts): the second syllable of the noun.
    !(x.low === 'bằng' && a[j - 1]?.low === 'vi' && a[j - 1]?.type === 'W') &&
    !(x.low === 'có' && a[j - 1]?.low === 'người' && personNamedWithCo(a, j)) &&
    // "05 gian hàng ẩm thực", "cửa hàng", "mặt hàng", "điểm bán hàng": the second syllable of a noun, not "every".
    !(x.low === 'hàng' && HANG_NOUN_HEADS.has(a[j - 1]?.low ?? '') && a[j - 1]?.type === 'W') &&
    // "1.723 xe hàng hóa", "điểm bán hàng": goods, and selling them.
    !(x.low === 'hàng' && HANG_NOUN_TAILS.has(a[j + 1]?.low ?? '') && a[j + 1]?.type === 'W') &&
    // "3 điểm khác biệt": a difference, not "other".
    !(x.low === 'khác' && a[j + 1]?.low === 'biệt')
  )
    return true;
  const y = a[j + 1];
  // "7 website bị cảnh báo": the passive "bị" says what was done to them, no part of the thing counted. Not the second
  // syllable of a word ("50 thiết bị", "công tác chuẩn bị"), nor people named by what the law does to them ("59 bị can").
  if (x.low === 'bị' && !(a[j - 1]?.type === 'W' && BI_WORD_HEADS.has(a[j - 1]!.low)) && !BI_NOUN_TAILS.has(y?.low ?? '')) return true;
  if (y && y.type === 'W' && MULTI_STOPS.has(`${x.low} ${y.low}`)) return true;
  // On what grounds they were set: "1 nhân viên y tế thôn, bản | căn cứ vào quy mô dân số" ("3 căn cứ", bases, stay).
  if (x.low === 'căn' && y?.low === 'cứ' && ['vào', 'theo'].includes(a[j + 2]?.low ?? '')) return true;
  // "22 ổ dịch mới chỉ trong 1 tuần": "only", before a span or a number, is no part of the noun ("chỉ tiêu" is).
  if (x.low === 'chỉ' && y !== undefined && y.type !== 'W' && y.type !== 'SYM') return true;
  return false;
}

/** How many words (up to `most`, the longest first) of an entry of `set` start at j; 0 when none does. */
function setEntryAt(set: ReadonlySet<string>, a: readonly Atom[], j: number, most = 2): number {
  for (let n = most; n >= 1; n--) {
    const words = a.slice(j, j + n);
    if (words.length === n && (n === 1 || words.every((x) => x.type === 'W')) && set.has(words.map((x) => x.low).join(' '))) return n;
  }
  return 0;
}

/** Whether a word of `set`, of one word or two, starts at j. */
const wordsOfSetAt = (set: ReadonlySet<string>, a: readonly Atom[], j: number): boolean => setEntryAt(set, a, j) > 0;

/** News items named for what they do: "tin phản ánh", "bài phản ánh" (a unit of those two words). */
const GENRE_VERB_AFTER = new Set(['tin', 'bài']);

/** First syllables that make "nhận" the end of one word, not the verb "receive": "giấy chứng nhận", "Hội đồng công nhận". */
const NHAN_COMPOUND_FIRST = new Set(['chứng', 'công', 'tiếp', 'xác', 'ghi', 'thừa', 'biên']);
/** What people do at a place: said after them, it ends the unit ("hội viên | sinh hoạt tại …"). */
const ACTIVITY_AT = new Set(['sinh hoạt', 'sinh sống', 'cư trú', 'công tác', 'làm việc', 'học tập', 'lao động']);
const PEOPLE = new Set(PERSON_HEADS);
/**
 * Syllables that end a noun of people: "-viên" (vận động viên, giáo viên), "-sĩ" (bác sĩ, nghệ sĩ), "-thủ" (cầu thủ, cơ
 * thủ, tuyển thủ); "công viên" is a park.
 */
const PERSON_LAST_SYLLABLES = new Set(['viên', 'sĩ', 'thủ']);
/** Whether two syllables make a noun of people by their ending ("đảng viên", "bác sĩ", "cầu thủ"). */
export const personByEnding = (first: string, second: string): boolean => PERSON_LAST_SYLLABLES.has(second) && first !== 'công';
/** A noun of people ends right before j ("hội viên", "cán bộ", "người"; any by its ending: "đảng viên", "bác sĩ"). */
const peopleEndBefore = (a: readonly Atom[], j: number): boolean =>
  nounEndsBefore(PEOPLE, a, j) || (a[j - 1]?.type === 'W' && a[j - 2]?.type === 'W' && personByEnding(a[j - 2]!.low, a[j - 1]!.low));
/** What places and bodies counted do, said right after them. */
const ENTITY_DEEDS = new Set(['tổ chức', 'triển khai', 'xây dựng', 'ban hành']);
/**
 * "2.500 ngày công | làm đường": "làm" opens what they did ("làm việc", work, and "bài làm" stay in the unit);
 * so does a verb of UNIT_VERB_STOPS, but "phản ánh" after a bare "tin" or "bài" names that kind of item; so does
 * "đủ" before a number or a condition, and what the people counted do at a place ("hội viên | sinh hoạt tại").
 */
const isVerbStopAt = (a: readonly Atom[], j: number): boolean =>
  (setEntryAt(UNIT_VERB_STOPS, a, j, 3) > 0 &&
    !(a[j]?.low === 'phản' && GENRE_VERB_AFTER.has(a[j - 1]?.low ?? '') && a[j - 2]?.type !== 'W') &&
    !(a[j]?.low === 'nhận' && NHAN_COMPOUND_FIRST.has(a[j - 1]?.low ?? '')) &&
    // "chiếm đoạt" (appropriate), no prize won ("đoạt giải").
    !(a[j]?.low === 'đoạt' && a[j - 1]?.low === 'chiếm')) ||
  (a[j]?.low === 'làm' && a[j + 1]?.low !== 'việc' && a[j - 1]?.low !== 'bài') ||
  // "12 đôi tàu | chạy", "101 quỹ | hoạt động trên toàn quốc": what the things do, unless an occasion or a day of it
  // is counted ("buổi chạy xe lưu động", "lượt chạy tàu", "ngày hoạt động cao điểm").
  ((a[j]?.low === 'chạy' || (a[j]?.low === 'hoạt' && a[j + 1]?.low === 'động')) &&
    !OCCASION_UNITS.has(a[j - 1]?.low ?? '') &&
    a[j - 1]?.low !== 'ngày') ||
  // Where the people counted live, work or meet: "37 hội viên | sinh hoạt tại 5 chi hội", "200 cán bộ | công tác ở xã"
  // ("điểm sinh hoạt", a place, keeps it: only after people).
  (ACTIVITY_AT.has(`${a[j]?.low} ${a[j + 1]?.low}`) && ['tại', 'ở'].includes(a[j + 2]?.low ?? '') && peopleEndBefore(a, j)) ||
  // A standard the samples counted exceed, by its abbreviation: "3/84 mẫu | vượt GHCP", "mẫu | vượt QCVN".
  (a[j]?.low === 'vượt' && /^[\p{Lu}Đ]{2,}/u.test(a[j + 1]?.raw ?? '')) ||
  // An age or an amount the counted have reached: "145 công dân | đủ 17 tuổi"; a condition they meet:
  // "28.169 người | đủ điều kiện nhận quà", "đủ tiêu chuẩn".
  (a[j]?.low === 'đủ' && (a[j + 1]?.type === 'NUM' || ['điều', 'tiêu'].includes(a[j + 1]?.low ?? ''))) ||
  // "25 xã | tổ chức hội nghị", "538 đơn vị | tổ chức thành công Đại hội", "12 xã | triển khai mô hình": after places or
  // bodies, these verbs say what they did ("3 tổ chức", organisations, and "chi nhánh tổ chức đấu giá", a branch of one,
  // are nouns).
  (ENTITY_DEEDS.has(`${a[j]?.low} ${a[j + 1]?.low}`) && a[j - 1]?.low !== 'nhánh' && entityEndsBefore(a, j));
const isModifierStartAt = (a: readonly Atom[], j: number): boolean => wordsOfSetAt(UNIT_MODIFIER_STARTS, a, j);

const ENTITIES = new Set(ENTITY_NOUNS);
/** A noun of people or units ends right before j ("xã", "đơn vị", "thị trấn", "khu dân cư"). */
const entityEndsBefore = (a: readonly Atom[], j: number): boolean => nounEndsBefore(ENTITIES, a, j);
/** A noun of the set, of up to three words, ends right before j. */
function nounEndsBefore(nouns: ReadonlySet<string>, a: readonly Atom[], j: number): boolean {
  return [1, 2, 3].some((n) => {
    const words = a.slice(j - n, j);
    return j - n >= 0 && words.every((x) => x.type === 'W') && nouns.has(words.map((x) => x.low).join(' '));
  });
}

/** Length (in atoms) of a noun of the set at j (two words first), or 0. */
function nounAt(nouns: ReadonlySet<string>, a: readonly Atom[], j: number): number {
  const x = a[j];
  if (!x || x.type !== 'W') return 0;
  const y = a[j + 1];
  const z = a[j + 2];
  // "khu dân cư", "tổ dân phố": nouns of three words.
  if (y && y.type === 'W' && z && z.type === 'W' && nouns.has(`${x.low} ${y.low} ${z.low}`)) return 3;
  if (y && y.type === 'W' && nouns.has(`${x.low} ${y.low}`)) return 2;
  return nouns.has(x.low) ? 1 : 0;
}
/** A noun of people or units ("cán bộ", "công chức"). */
const entityAt = (a: readonly Atom[], j: number): number => nounAt(ENTITIES, a, j);
/** The end of a list of people or units from j ("xã, thị trấn"), or 0 when none starts there. */
export function entityRun(a: readonly Atom[], j: number): number {
  let n = entityAt(a, j);
  if (n === 0) return 0;
  let end = j + n;
  while (a[end]?.type === 'SYM' && a[end]!.raw === ',' && (n = entityAt(a, end + 1)) > 0) end += 1 + n;
  return end;
}
/** A product noun ("tin", "bài", "phóng sự"). */
export const productAt = (a: readonly Atom[], j: number): number => nounAt(PRODUCT_NOUNS, a, j);

const MAX_UNIT_WORDS = 12;
/** Words that point at a noun already named: "biển này", "sản phẩm đó". */
const DEMONSTRATIVES = new Set(['này', 'đó', 'ấy', 'nọ']);
/** Words that make "đồng" a noun of its own, no money: "đồng chí", "đồng hồ", "đồng bào", "đồng ruộng". */
const NOT_MONEY_AFTER_DONG = new Set(['chí', 'hồ', 'bào', 'ruộng', 'bằng', 'đội', 'nghiệp', 'minh', 'hương', 'tâm', 'thời', 'loạt']);
/** Units of money and weight: what they measure joins no list after a comma. */
// "158 triệu USD, đi ngang so với …": a sum in dollars, or in đồng written short, joins no list either.
const VALUE_UNITS = new Set([...MONEY_UNIT_WORDS, ...WEIGHT_UNIT_WORDS, ...PRICE_CURRENCY_WORDS]);
/** The power of a square or cubic measure, written tight after it: the "2" of "m2", the "3" of "km3". */
export const metrePower = (x: Atom | undefined): boolean => x?.type === 'NUM' && !x.spaceBefore && /^[23]$/u.test(x.raw);
/** Units of size written in Latin letters: "MB", "KB", "px", "cm", "km", "kg". */
export const MEASURE_ABBREVIATION = /^(?:[KMGT]B|px|mm|cm|km|kg|ha|MHz|kHz|W|kW|m|m2|m²|m3|m³|km2|km²)$/u;

/** Topics written out in lower case after a product: "chuyên mục cải cách hành chính". */
const TOPICS = [
  ['cải', 'cách', 'hành', 'chính'],
  ['chuyển', 'đổi', 'số'],
  ['phổ', 'biến', 'giáo', 'dục', 'pháp', 'luật'],
];
function topicAt(a: readonly Atom[], j: number): boolean {
  return TOPICS.some((topic) => topic.every((word, k) => a[j + k]?.type === 'W' && a[j + k]!.raw === word));
}

/**
 * The counted unit after a number: nouns up to a stop word, a symbol or six words; a comma,
 * "và" or a tight slash may join another product ("tin, bài", "tin và ảnh", "tin/bài").
 */
export const UNIT: Pattern = (a, i) => {
  // "không quá 10MB", "1800px": a unit of measure written onto its number is the whole unit.
  const glued = a[i];
  // "37.664,28 ha cây hoa màu": a unit of measure of two letters or more is the whole unit when spaced too.
  // "20 m2", "500 m3": square or cubic metres spaced from their number.
  const squareMetres = glued?.raw === 'm' && metrePower(a[i + 1]);
  const spacedMeasure = glued?.type === 'W' && ((glued.raw.length >= 2 && glued.raw !== 'W') || squareMetres);
  if (glued?.type === 'W' && (!glued.spaceBefore || spacedMeasure) && a[i - 1]?.type === 'NUM' && MEASURE_ABBREVIATION.test(glued.raw)) {
    // "45m2", "1.200m3": square or cubic metres, the power written tight.
    if ((glued.raw === 'm' || glued.raw === 'km') && metrePower(a[i + 1])) return i + 2;
    return i + 1;
  }
  // "4.700 tấn gạo", "5 tạ thóc": a weight measures what follows it (the object), as "36.000 kg ngà voi" does; a
  // name in capitals after it stays in the unit ("tấn CO2 tương đương").
  if (
    a[i]?.type === 'W' &&
    WEIGHT_UNIT_WORDS.includes(a[i]!.low) &&
    (a[i - 1]?.type === 'NUM' || a[i - 1]?.type === 'WNUM') &&
    a[i + 1]?.type === 'W' &&
    /^\p{Ll}/u.test(a[i + 1]!.raw)
  )
    return i + 1;
  // "35 triệu đồng tiền mặt", "170.000 tỷ đồng doanh thu và …": a sum in đồng is the unit, what follows it is what the
  // money is (tiền mặt, doanh thu) or what is done with it; "3 đồng chí", "5 đồng hồ" are no sums.
  if (
    a[i]?.type === 'W' &&
    a[i]!.low === 'đồng' &&
    a[i - 1]?.type === 'NUM' &&
    (a[i - 1]!.v.n ?? 0) >= 1000 &&
    a[i + 1]?.type === 'W' &&
    /^\p{Ll}/u.test(a[i + 1]!.raw) &&
    !NOT_MONEY_AFTER_DONG.has(a[i + 1]!.low)
  )
    return i + 1;
  // "lần" never takes a modifier: in "02 lần phát lại chương trình" the programme is the object.
  if (a[i]?.type === 'W' && a[i]!.low === 'lần' && !isStopAt(a, i)) return i + 1;
  // "01 số Bản tin CCHC": "số" counts issues; the capitalised name is what they are issues of.
  if (a[i]?.type === 'W' && a[i]!.low === 'số' && a[i + 1]?.type === 'W' && /^\p{Lu}/u.test(a[i + 1]!.raw)) return i + 1;
  // "100% cán bộ, công chức": a list of people or units joins like a list of products.
  // "bản tin/bài viết": a two-word product is read before a one-word entity ("bản", a hamlet).
  const e = entityAt(a, i);
  const joins = e > 0 && e > productAt(a, i) ? (k: number) => entityAt(a, k) : (k: number) => productAt(a, k);
  let j = i;
  let words = 0;
  let sawProduct = false;
  let hyphenProduct = false;
  while (words < MAX_UNIT_WORDS) {
    const x = a[j];
    if (!x) break;
    // "2.705 công ty trách nhiệm hữu hạn 1 thành viên", "công ty TNHH hai thành viên trở lên": how many members it
    // has names the kind of company.
    if (
      words > 0 &&
      (a[j - 1]?.low === 'tnhh' || (a[j - 2]?.low === 'hữu' && a[j - 1]?.low === 'hạn')) &&
      (x.type === 'NUM' || x.type === 'WNUM') &&
      a[j + 1]?.low === 'thành' &&
      a[j + 2]?.low === 'viên'
    ) {
      j += 3;
      words += 3;
      if (a[j]?.low === 'trở' && a[j + 1]?.low === 'lên') j += 2;
      continue;
    }
    if (x.type === 'W') {
      // "tin và ảnh", "xã, phường hoặc thị trấn": "và" or "hoặc" joins one more of the list. Any other noun
      // after them, as far as a comma may list one, is the list's last: "doanh nghiệp vừa và nhỏ | , 2 HTX",
      // "cán bộ, viên chức và nhân dân | trong huyện".
      const conjunction = words > 0 && (x.low === 'và' || x.low === 'hoặc');
      // "một biển số | và biển này phải đặt …": a noun pointed at ("này", "đó") opens a clause of its own.
      const pointed = (n: number): number => (n > 0 && DEMONSTRATIVES.has(a[j + 1 + n]?.low ?? '') ? 0 : n);
      const joined = conjunction ? pointed(joins(j + 1)) : 0;
      const closing = conjunction && joined === 0 ? pointed(listedNounAt(a, j + 1)) : 0;
      // "8/19 xã đạt chuẩn nông thôn mới", "64,6% số xã đạt chuẩn NTM": the standard met names which ones are
      // counted; "xã đạt 15 tiêu chí" (a count of its own) is not a standard.
      if (words > 0 && x.low === 'đạt' && a[j + 1]?.type === 'W' && a[j + 1]!.low === 'chuẩn' && a[j + 2]?.type === 'W') {
        j += 2;
        words += 2;
        if (/^[\p{Lu}Đ]{2,}$/u.test(a[j]!.raw)) {
          j++;
          words++;
          break;
        }
        continue;
      }
      // "26 người không có quốc tịch", "40 hộ không có đất sản xuất": people or households who have none are counted
      // by what they lack.
      if (x.low === 'không' && a[j + 1]?.low === 'có' && e > 0 && j === i + e && a[j + 2]?.type === 'W') {
        j += 2;
        words += 2;
        continue;
      }
      if (isStopAt(a, j) && joined === 0 && closing === 0) break;
      // "3.400 cây trồng các loại": "of every kind" closes the unit.
      if (words > 0 && x.low === 'các' && a[j + 1]?.type === 'W' && a[j + 1]!.low === 'loại') {
        j += 2;
        words += 2;
        break;
      }
      if (words > 0 && isVerbStopAt(a, j)) break;
      // "80 bao | loại 25 kg", "cua | loại 1": the grade named by its number says which kind, no part of the unit.
      if (words > 0 && (x.low === 'loại' || x.low === 'hạng') && a[j + 1]?.type === 'NUM') break;
      // "234 chi bộ | trực thuộc Đảng ủy cơ sở": the body they belong to, named, says whose they are ("đơn vị
      // trực thuộc", "trực thuộc sở" stay).
      // "tỉnh, thành phố trực thuộc Trung ương" (centrally run) is one name of a kind of province.
      if (
        words > 0 &&
        x.low === 'trực' &&
        a[j + 1]?.low === 'thuộc' &&
        /^[\p{Lu}Đ]/u.test(a[j + 2]?.raw ?? '') &&
        !(a[j + 2]!.low === 'trung' && a[j + 3]?.low === 'ương')
      )
        break;
      // "3.000 đoàn viên, thanh niên | tỉnh Nghệ An", "100 hộ | xã Tân Lập": a place by its name says where.
      if (words > 0 && placeNameAt(a, j)) break;
      // "4 Phó Chủ tịch | Hội Liên hiệp Phụ nữ Việt Nam": the body a title belongs to says whose it is.
      if (words > 0 && bodyNameAt(a, j) && OFFICE_TITLES.has(joinLow(a.slice(i, j)))) break;
      // "7,4 triệu hội viên | Hội người cao tuổi": so does the body members belong to, named in more than its first
      // word ("30 cán bộ Hội", "hội viên Hội" stay).
      if (words > 0 && bodyNameAt(a, j) && a[j + 1]?.type === 'W' && MEMBER_NOUNS.has(joinLow(a.slice(i, j)))) break;
      // "95.000 thí sinh | dự thi": people taking part are counted, not what they take part in ("bài dự thi" stays).
      if (
        words > 0 &&
        x.low === 'dự' &&
        a[j + 1]?.low === 'thi' &&
        isPersonHead(
          a
            .slice(i, j)
            .map((y) => y.low)
            .join(' '),
        )
      )
        break;
      // After a whole product noun, a topic is a modifier: "hội thi | tìm hiểu CCHC". A name
      // stays ("bản tin CCHC", "chuyên mục Chuyển đổi số").
      // "dự thi" qualifies a two-word noun ("tác phẩm | dự thi") but makes a one-word one ("bài dự thi").
      // The product may end anywhere in the unit: "cụm pano | tuyên truyền", "video clip | ngắn".
      const ended = hyphenProduct
        ? 1
        : j - 3 >= i && productAt(a, j - 3) === 3
          ? 3
          : j - 2 >= i && productAt(a, j - 2) === 2
            ? 2
            : j - 1 >= i && productAt(a, j - 1) === 1
              ? 1
              : 0;
      hyphenProduct = false;
      if (ended > 0) sawProduct = true;
      if (words > 0 && sawProduct && isModifierStartAt(a, j) && !(ended === 1 && x.low === 'dự')) break;
      // "CCHC" after a whole product is its topic, the subject of every plan Loa reads: "chuyên mục | CCHC", "bản tin |
      // CCHC". Other acronyms say what kind of thing it is: "sản phẩm OCOP", "buổi PBGDPL", "thẻ CCCD".
      if (words > 0 && ended > 0 && x.raw === 'CCHC') break;
      // …and so is the topic written out in lower case: "chuyên mục | cải cách hành chính".
      if (words > 0 && ended > 0 && topicAt(a, j)) break;
      if (joined > 0) {
        j += 1 + joined;
        words += joined;
        continue;
      }
      if (closing > 0) {
        j += 1 + closing;
        words += closing;
        break;
      }
      j++;
      words++;
      // "trang A4", "tấn CO2": a number written onto a letter or an acronym in capitals belongs to it.
      const tight = a[j];
      if (tight && tight.type === 'NUM' && !tight.spaceBefore && /^[\p{Lu}Đ]{1,4}$/u.test(x.raw)) j++;
      continue;
    }
    // "pa-nô", "băng- rôn", "áp-phích": a loanword's syllables joined by a hyphen written onto the first are one word.
    if (
      words > 0 &&
      x.type === 'SYM' &&
      x.raw === '-' &&
      !x.spaceBefore &&
      a[j - 1]?.type === 'W' &&
      a[j + 1]?.type === 'W' &&
      /^\p{Ll}/u.test(a[j - 1]!.raw) &&
      /^\p{Ll}/u.test(a[j + 1]!.raw)
    ) {
      const loan = `${a[j - 1]!.low} ${a[j + 1]!.low}`;
      // A product so written ends where it would unhyphenated: "pa-nô | tuyên truyền".
      hyphenProduct = PRODUCT_NOUNS.has(loan) || PRODUCT_NOUNS.has(loan.replace(' ', ''));
      j += 2;
      continue;
    }
    // "đài truyền thanh ứng dụng CNTT-VT": two acronyms written tight with a hyphen are one name.
    const acronym = (y: Atom | undefined): boolean => y?.type === 'W' && /^[\p{Lu}Đ]{2,}$/u.test(y.raw);
    if (
      words > 0 &&
      x.type === 'SYM' &&
      x.raw === '-' &&
      !x.spaceBefore &&
      acronym(a[j - 1]) &&
      acronym(a[j + 1]) &&
      !a[j + 1]!.spaceBefore
    ) {
      j += 2;
      words++;
      continue;
    }
    // "báo cáo viên pháp luật T.Ư", "TP.HCM": an abbreviation written with tight points is one word.
    if (
      words > 0 &&
      x.type === 'SYM' &&
      x.raw === '.' &&
      !x.spaceBefore &&
      a[j - 1]?.type === 'W' &&
      /^[\p{Lu}Đ]{1,2}$/u.test(a[j - 1]!.raw) &&
      a[j + 1]?.type === 'W' &&
      !a[j + 1]!.spaceBefore &&
      /^[\p{Lu}Đ]/u.test(a[j + 1]!.raw)
    ) {
      j += 2;
      continue;
    }
    // "28 đ/c": "đồng chí" written short is one word.
    if (
      words === 1 &&
      x.type === 'SYM' &&
      x.raw === '/' &&
      !x.spaceBefore &&
      a[j - 1]?.low === 'đ' &&
      a[j + 1]?.low === 'c' &&
      !a[j + 1]!.spaceBefore
    ) {
      j += 2;
      continue;
    }
    // "2,5 tỷ đồng, huyện đã …": a sum of money or a weight joins no list.
    if (words > 0 && x.type === 'SYM' && (x.raw === ',' || (x.raw === '/' && !x.spaceBefore)) && !VALUE_UNITS.has(joinLow(a.slice(i, j)))) {
      // "2.200 tàu, thuyền", "1.500 đội văn nghệ, câu lạc bộ văn nghệ quần chúng": nouns listed after a comma
      // to where the list ends (the phrase, a stop, a word of place or purpose) are counted too.
      const n = joins(j + 1) || (x.raw === ',' ? listedNounAt(a, j + 1) : 0);
      if (n > 0) {
        j += 1 + n;
        words += n;
        // "bản tin/bài viết | chuyên đề CCHC": alternatives written with a slash close the unit
        // (what follows may qualify either); another slash or comma may still join one more.
        if (x.raw === '/' && !(a[j]?.type === 'SYM' && (a[j]!.raw === '/' || a[j]!.raw === ','))) break;
        continue;
      }
    }
    break;
  }
  return words > 0 ? j : -1;
};

/** A noun naming a person or a role by its head ("Trưởng thôn", "cán bộ", "thí sinh"). */
export function isPersonHead(noun: string): boolean {
  const low = noun.toLowerCase();
  return PERSON_HEADS.some((h) => low === h || low.startsWith(`${h} `));
}

/**
 * Offices a person holds, counted ("bầu 4 Phó Chủ tịch"), before the body they hold them in ("Ủy viên Ban
 * Chấp hành" is one title, so "ủy viên" is not here).
 */
const OFFICE_TITLES = new Set(['chủ tịch', 'phó chủ tịch', 'bí thư', 'phó bí thư', 'giám đốc', 'phó giám đốc']);
/** Members of a body: "hội viên", "đoàn viên", "đảng viên" ("Ủy viên Ban Chấp hành", a seat, is a title of its own). */
const MEMBER_NOUNS = new Set(['hội viên', 'đoàn viên', 'đảng viên', 'công đoàn viên']);

/** Bodies whose name, capitalised, follows a title: "Hội Liên hiệp Phụ nữ", "Ban Chấp hành", "UBND tỉnh". */
const BODY_WORDS = new Set([
  'hội',
  'ban',
  'đoàn',
  'sở',
  'ủy ban',
  'uỷ ban',
  'ubnd',
  'hđnd',
  'mặt trận',
  'liên đoàn',
  'công đoàn',
  'hội đồng',
  'bộ',
  'cục',
  'phòng',
  'trung tâm',
]);

const joinLow = (atoms: readonly Atom[]): string => atoms.map((y) => y.low).join(' ');

function bodyNameAt(a: readonly Atom[], j: number): boolean {
  return /^[\p{Lu}Đ]/u.test(a[j]?.raw ?? '') && setEntryAt(BODY_WORDS, a, j) > 0;
}

/** An administrative unit of one word to three ("tỉnh", "tổ dân phố") or a school followed by a capitalised name. */
function placeNameAt(a: readonly Atom[], j: number): boolean {
  const n = setEntryAt(PLACE_WORDS, a, j, 3);
  const name = a[j + n];
  return n > 0 && name?.type === 'W' && /^\p{Lu}/u.test(name.raw);
}

/** Words that open something other than one more noun of a list after a comma. */
const NOT_LISTED = new Set([
  'chủ',
  'trong',
  'bao',
  'gồm',
  'đặc',
  'nhất',
  'riêng',
  'cùng',
  'kèm',
  'góp',
  'nhằm',
  'đạt',
  'tăng',
  'giảm',
  'chiếm',
  'mỗi',
  'các',
  'những',
  'này',
  'đó',
  'trên',
  'dưới',
  'khoảng',
  'gần',
  'hơn',
  'nhiều',
  'thu',
  'với',
  'là',
  'có',
  'được',
  'đã',
  'sẽ',
  'đang',
  'cụ',
  'như',
  'nhưng',
  'song',
  'còn',
  'thì',
  'tổng',
  'bình',
  'trung',
  'tỷ',
  'tỉ',
  'tương',
  'ước',
]);

/** Verbs the leading-verb list lacks that open a clause after a comma. */
const LIST_BREAKING_VERBS = new Set([
  'bắt đầu',
  'kết thúc',
  'phấn đấu',
  'cổ động',
  'phân biệt',
  'thu hút',
  'góp phần',
  'ko',
  'không',
  'chưa',
  'đảm bảo',
  'bảo đảm',
  // "kết nạp 105 hội viên, nâng tổng số hội viên lên …".
  'nâng',
]);

/**
 * One more noun of a list after a comma, as far as it goes (up to five words): its length when the
 * list ends right after it (the phrase, a full stop, a closing bracket, another comma of the list, or
 * a word of place or purpose), else 0. A verb, a number or a word in NOT_LISTED after the comma is no
 * list ("12 hội nghị, thu hút …", "300 lượt khách, chủ yếu …").
 */
function listedNounAt(a: readonly Atom[], from: number): number {
  const first = a[from];
  if (!first || first.type !== 'W' || NOT_LISTED.has(first.low) || isStopAt(a, from) || isVerbStopAt(a, from)) return 0;
  let k = from;
  while (k - from < 5 && a[k]?.type === 'W' && !isStopAt(a, k) && !isVerbStopAt(a, k)) {
    // "5 kỳ, bắt đầu từ …", "03 tác phẩm, Logo phải …": a verb in it makes it a clause, not a noun.
    if (skipLeadingVerbs(a, k, k + 3) > k || wordsOfSetAt(LIST_BREAKING_VERBS, a, k)) return 0;
    // "đoàn viên, thanh niên | tỉnh Nghệ An": the place named after the list ends it.
    if (k > from && placeNameAt(a, k)) return k - from;
    k++;
  }
  const next = a[k];
  if (next === undefined) return k - from;
  if (next.type === 'SYM') return [',', '.', ';', ')', ':'].includes(next.raw) ? k - from : 0;
  // "Kiểm tra gần 4.500 cơ sở, TPHCM chưa phát hiện …": a name in capitals going on into a clause is its subject.
  if (/^[\p{Lu}Đ]{2,}$/u.test(first.raw)) return 0;
  return next.type === 'W' && isStopAt(a, k) && !isVerbStopAt(a, k) ? k - from : 0;
}

/** Drops leading verbs ("xây dựng chủ đề" → "chủ đề"); returns the index of the first noun. */
export function skipLeadingVerbs(a: readonly Atom[], from: number, to: number): number {
  let i = from;
  let moved = true;
  while (moved && i < to) {
    moved = false;
    // "phát thanh", "truyền hình" are nouns of their own, not a verb and a word.
    if (productAt(a, i) === 2) break;
    for (const verb of LEADING_VERBS_SPLIT) {
      if (i + verb.length >= to + 1) continue;
      let ok = true;
      for (let k = 0; k < verb.length; k++) {
        const x = a[i + k];
        if (!x || x.type !== 'W' || x.low !== verb[k]) {
          ok = false;
          break;
        }
      }
      // "biên tập viên", "tuyên truyền viên": "viên" makes the verb a noun of the person who does it.
      if (ok && i + verb.length < to && a[i + verb.length]?.low !== 'viên') {
        i += verb.length;
        moved = true;
        break;
      }
    }
  }
  return i;
}
const LEADING_VERBS_SPLIT = LEADING_VERBS.map((v) => v.split(' ')).sort((x, y) => y.length - x.length);

/** Words "từ" begins that are no "from": "quỹ từ thiện" (charity), "từ chối" (refuse), "từ trần" (pass away) … */
const FROM_LOOKALIKE_TAILS = w(
  'thiện',
  'chối',
  'chức',
  'bỏ',
  'trần',
  'điển',
  'ngữ',
  'vựng',
  'khóa',
  'khoá',
  'tâm',
  'bi',
  'giã',
  'biệt',
  'nhiệm',
);
export const FROM_WORDS = seq(
  w('từ', 'kể từ', 'tính từ', 'tính kể từ', 'bắt đầu từ', 'bắt đầu', 'từ sau', 'bắt đầu vào'),
  not(FROM_LOOKALIKE_TAILS),
);
export const TO_WORDS = w(
  'đến',
  'tới',
  'hết',
  'đến hết',
  'tới hết',
  'cho đến',
  'cho tới',
  'cho đến hết',
  'kéo dài đến',
  'kéo dài đến hết',
  'kéo dài tới',
  'đến trước',
  'và kết thúc vào',
  'kết thúc vào',
  // "diễn ra từ tháng 1-2017 và kết thúc trong tháng 3-2017": the month it ends in.
  'và kết thúc trong',
  'kết thúc trong',
  'kết thúc',
  // "khởi tranh từ ngày 15/8 và khép lại vào ngày 20/6 năm sau", "bế mạc vào ngày …".
  'và khép lại vào',
  'khép lại vào',
  'và bế mạc vào',
  'bế mạc vào',
);
export const FUZZY_WORDS = w(
  'cuối',
  'đầu',
  'giữa',
  'thượng tuần',
  'trung tuần',
  'hạ tuần',
  'khoảng cuối',
  'vào cuối',
  'vào đầu',
  'vào giữa',
  'nửa đầu',
  'nửa cuối',
  'vào nửa đầu',
  'vào nửa cuối',
);
export const POINT_TYPES = ['DATE', 'DAY', 'MONTH', 'QUARTER', 'YEAR', 'HALF', 'SPAN'];

/**
 * A time point with its clock time and part of day around it: "08h00 ngày 30/10/2020", "Tối 26/10", "19h/11/6"
 * (a weather bulletin's hour written onto its day by a slash).
 */
export function point(prefix: string): Pattern {
  return seq(
    opt(seq(opt(w('lúc', 'vào lúc')), cap(`${prefix}clk`, t('CLOCK')), opt(alt(sym(','), seq(sym('/', true), ahead(t('DATE'))))))),
    opt(cap(`${prefix}pod`, t('POD'))),
    opt(w('vào', 'vào ngày')),
    // "ngày thứ Sáu, 28/11/2025": the weekday named before the date.
    opt(
      seq(
        t('WEEKDAY', (x) => x.v.wds === undefined),
        opt(sym(',')),
        ahead(t('DATE')),
      ),
    ),
    opt(cap(`${prefix}fz`, FUZZY_WORDS)),
    // "từ tháng 20/10/2020" (as written): a stray "tháng" before a whole date.
    opt(seq(w('tháng'), ahead(t('DATE')))),
    cap(`${prefix}pt`, alt(...POINT_TYPES.map((type) => t(type)))),
    opt(seq(opt(sym(',')), opt(w('lúc', 'vào lúc', 'từ')), cap(`${prefix}clk2`, t('CLOCK')))),
  );
}

// "kể từ nhận được đầy đủ hồ sơ theo quy định": "theo …" says by which rule, it is not the event. "kể từ ngày
// tuyên án | chứ không phải …", "… | nhưng …": a contrast opens another clause, and so does what a condition
// leads to ("kể từ ngày sinh con | thì phải đăng ký khai sinh").
export const EVENT_STOP = new Set([
  'đến',
  'tới',
  'cho',
  'và',
  'trước',
  'sau',
  'trong',
  'để',
  'nhằm',
  'với',
  'theo',
  'chứ',
  'nhưng',
  'thì',
  'mà',
  'nếu',
  // "… trước ngày đặt phòng sẽ được chuyển trả lại 95%", "chậm nhất trước giờ tàu chạy là 24h": what follows is said of it.
  'sẽ',
  'là',
]);

/** Words after "vào" that open a time: "vào trung tuần …", "vào cuối năm", "vào ngày …", "vào lúc …". */
const TIME_AFTER_VAO = new Set([
  'trung',
  'thượng',
  'hạ',
  'cuối',
  'đầu',
  'giữa',
  'ngày',
  'lúc',
  'khoảng',
  'dịp',
  'tháng',
  'năm',
  'tuần',
  'quý',
  'sáng',
  'chiều',
  'tối',
  'trưa',
]);

/** Words of sending a notice right before "đến"/"tới" and its recipient ("thông báo đến khách hàng", "văn bản tới"). */
const SENT_BEFORE_TO = new Set(['báo', 'gửi', 'gởi', 'chuyển', 'bản']);

/**
 * The first word of whom a rule binds, right before its duty ("… kể từ khi thay đổi chỗ ở hợp pháp công dân phải …",
 * "… nhận nhà mới người thuê có trách nhiệm …"): from there on, the words are not the event's.
 */
const DUTY_SUBJECT_HEADS = new Set(['công', 'người', 'chủ', 'cá', 'tổ', 'doanh', 'thuyền', 'cơ', 'hộ']);

/** "phải", "có trách nhiệm": a rule's duty starts at k. */
function dutyAt(a: readonly Atom[], k: number): boolean {
  return a[k]?.low === 'phải' || (a[k]?.low === 'có' && a[k + 1]?.low === 'trách' && a[k + 2]?.low === 'nhiệm');
}

/** "kể từ ngày đến sinh sống tại nơi ở trọ": right after the day it counts from, "đến" is "comes", no span's end. */
function comesAfterDay(a: readonly Atom[], j: number): boolean {
  const x = a[j];
  const next = a[j + 1];
  return (
    (x?.low === 'đến' || x?.low === 'tới') &&
    a[j - 1]?.low === 'ngày' &&
    a[j - 2]?.low === 'từ' &&
    next?.type === 'W' &&
    next.low !== 'hết' &&
    !TIME_AFTER_VAO.has(next.low)
  );
}

/** Pronouns a verb of the event may follow ("khi họ đến", "khi chúng tôi tới"). */
const PRONOUNS = new Set(['họ', 'tôi', 'mình', 'ta', 'bạn', 'em', 'anh', 'chị', 'ông', 'bà']);

/** Words that open a time or a holiday though written with a capital ("đến Tết Nguyên đán", "đến Ngày Quốc khánh"). */
const CAPITALISED_TIMES = new Set(['tết', 'ngày', 'rằm', 'mùng', 'lễ', 'tháng', 'năm', 'quý', 'hết', 'cuối', 'đầu', 'giữa']);

/** A word written with a capital first letter ("Phòng", "UBND", "Việt"). */
const capitalised = (x: Atom | undefined): boolean => x?.type === 'W' && /^\p{Lu}/u.test(x.raw);

/** A proper name of two or more capitalised words ("Việt Nam", "Cảng Quy Nhơn") starts at k. */
function properNameAt(a: readonly Atom[], k: number): boolean {
  return capitalised(a[k]) && capitalised(a[k + 1]) && !CAPITALISED_TIMES.has(a[k]!.low);
}

/** After "hoặc", words that open another event or limit ("hoặc sau khi …", "hoặc kể từ ngày …"). */
const OR_OPENS_ANOTHER = new Set(['sau', 'kể', 'tính', 'trước', 'từ', 'khi', 'đến', 'tới', 'trong', 'chậm', 'không']);

/** Units a lead time is counted in, written after the event ("trước ngày hẹn ba hôm", "trước ngày thi 2 tuần"). */
export const LEAD_UNIT_WORDS: ReadonlySet<string> = new Set(['ngày', 'hôm', 'tuần', 'tháng']);
/** A range of a lead time at j: "2 - 3 ngày", "2 đến 3 tuần". */
function leadRangeAt(a: readonly Atom[], j: number): boolean {
  const sep = a[j + 1];
  return (
    a[j]?.type === 'NUM' &&
    sep !== undefined &&
    ((sep.type === 'SYM' && '-–'.includes(sep.raw)) || sep.low === 'đến') &&
    a[j + 2]?.type === 'NUM' &&
    LEAD_UNIT_WORDS.has(a[j + 3]?.low ?? '')
  );
}

/**
 * Where an event's words end besides EVENT_STOP: "hoặc" opens another event ("… hoặc kể từ ngày …", "…
 * hoặc 30 ngày") but joins two of one kind inside one ("ngày chấm dứt hợp đồng lao động hoặc hợp đồng làm
 * việc", "quyết định hoặc xét duyệt"); "và" ends it but in the pair "đầy đủ và hợp lệ"; "trên phương tiện …"
 * says where (not "cấp trên", "nêu trên"); "quy định tại Điều 2" cites the rule that defines it; a range of days after
 * it ("trước lịch học | từ 2 đến 3 ngày") is how long before it.
 */
function eventEndsAt(a: readonly Atom[], j: number): boolean {
  const x = a[j]!;
  const next = a[j + 1];
  // "ngày nhận được hồ sơ của đối tượng và văn bản đề nghị …": a second paper received is still the event's.
  if (x.low === 'và')
    return !(
      (a[j - 1]?.low === 'đủ' && next?.low === 'hợp' && a[j + 2]?.low === 'lệ') ||
      paperAt(a, j + 1) ||
      // "quyền và lợi ích hợp pháp", "quyền và nghĩa vụ": one pair the law writes together.
      (a[j - 1]?.low === 'quyền' && (next?.low === 'lợi' || next?.low === 'nghĩa')) ||
      // "ý kiến của Bộ Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường": "và" inside a body's name.
      // ("… của Sở Tư pháp và UBND huyện": a second body opens after it.)
      (capitalised(next) &&
        (!BODY_NAME_HEADS.has(next!.low) || (next!.low === 'công' && a[j + 2]?.low === 'nghệ')) &&
        bodyHeadJustBefore(a, j))
    );
  // "… mà bên tranh chấp cho rằng …": "cho rằng" is "deems", not "for".
  if (x.low === 'cho' && next?.low === 'rằng') return false;
  // "kể từ ngày phát hiện ra hành vi mà bên tranh chấp cho rằng quyền … bị vi phạm": "mà" after what was done is "which",
  // its clause says which act; "… mà không …", "… mà chưa …" is a contrast and ends the event.
  if (x.low === 'mà' && RELATIVE_MA_AFTER.has(a[j - 1]?.low ?? '') && next?.type === 'W' && !CONTRAST_AFTER_MA.has(next.low)) return false;
  // "trước khi mùa mưa lũ đến", "… đến, …": "đến" closing a clause is "arrives", no span's end.
  if ((x.low === 'đến' || x.low === 'tới') && (next === undefined || (next.type === 'SYM' && next.raw !== '/') || next.low === 'và'))
    return false;
  // "có thông báo đến khách hàng về việc …", "gửi văn bản tới UBND xã": whom a notice goes to, not a span's end.
  if (
    (x.low === 'đến' || x.low === 'tới') &&
    SENT_BEFORE_TO.has(a[j - 1]?.low ?? '') &&
    next?.type === 'W' &&
    !TIME_AFTER_VAO.has(next.low) &&
    next.low !== 'khi' &&
    next.low !== 'hết'
  )
    return false;
  if (comesAfterDay(a, j)) return false;
  // "kể từ khi họ đến Việt Nam": after a pronoun, or before a place's name, "đến" is "arrives at", no span's end.
  if ((x.low === 'đến' || x.low === 'tới') && (PRONOUNS.has(a[j - 1]?.low ?? '') || properNameAt(a, j + 1))) return false;
  // "ngày làm việc tiếp theo": "theo" after "tiếp" is "next", not "according to".
  if (x.low === 'theo' && a[j - 1]?.low === 'tiếp') return false;
  // "ngày người phải thi hành án nhận được quyết định": "người phải …" names a party (the judgement debtor, "người
  // phải nộp thuế"), no duty that ends the event.
  if (x.low === 'phải' && a[j - 1]?.low === 'người') return false;
  // "kể từ ngày nhận đủ hồ sơ theo quy định": the papers the rules ask for, as the event's own words when nothing follows.
  if (x.low === 'theo' && next?.low === 'quy' && a[j + 2]?.low === 'định' && (a[j + 3] === undefined || a[j + 3]!.type === 'SYM'))
    return false;
  if (EVENT_STOP.has(x.low)) return true;
  if (x.low === 'hoặc') return next?.type !== 'W' || OR_OPENS_ANOTHER.has(next.low) || EVENT_STOP.has(next.low);
  // "nhân dịp kỷ niệm | vào trung tuần tháng 10": "vào" before a time says when the event is.
  if (x.low === 'vào') return next !== undefined && (next.type !== 'W' || TIME_AFTER_VAO.has(next.low));
  // "sau khi thực hiện mô hình mới | từ ngày 1/7/2025": "từ" before a time starts a span, it is not the event's.
  if (x.low === 'từ')
    return next !== undefined && (next.type === 'DATE' || (next.type === 'W' && TIME_AFTER_VAO.has(next.low)) || leadRangeAt(a, j + 1));
  // "trước lịch học năm mới 2 - 3 ngày": a range of days after the event is how long before it, not its name.
  if (leadRangeAt(a, j)) return true;
  // "kể từ ngày thụ lý | đối với vụ việc …": which cases it applies to, not the event.
  if (x.low === 'đối' && next?.low === 'với') return true;
  if (x.low === 'trên') return next?.type === 'W' && !['cấp', 'nêu', 'nói'].includes(a[j - 1]?.low ?? '');
  // "trước thời điểm hết hạn là 30 ngày": "là" before a number gives the lead, not the event ("được xác nhận là đầy đủ" stays).
  if (x.low === 'là') return next?.type === 'NUM' || next?.type === 'WNUM';
  // "kể từ ngày chuyển đến chỗ ở mới có trách nhiệm …", "… công dân phải làm thủ tục": the main clause's duty.
  if (dutyAt(a, j)) return true;
  // "… đề nghị của cấp xã | Phòng Lao động – Thương binh và Xã hội có trách nhiệm thẩm định": a body named after
  // the event's words, then its duty, is whom the rule binds.
  if (
    a[j - 1]?.type === 'W' &&
    !NAME_LINKS.has(a[j - 1]!.low) &&
    capitalised(x) &&
    BODY_NAME_HEADS.has(x.low) &&
    dutyAt(a, bodyNameEnd(a, j))
  )
    return true;
  if (DUTY_SUBJECT_HEADS.has(x.low)) for (let k = j + 1; k <= j + 3 && a[k]?.type === 'W'; k++) if (dutyAt(a, k)) return true;
  return x.low === 'quy' && next?.low === 'định' && a[j + 2]?.low === 'tại';
}

/** A body's capitalised head word ("Bộ", "Sở") two to four words before j, with only words between. */
function bodyHeadJustBefore(a: readonly Atom[], j: number): boolean {
  for (let k = j - 2; k >= j - 4 && k >= 0; k--) {
    const x = a[k]!;
    if (x.type !== 'W') return false;
    if (capitalised(x) && BODY_NAME_HEADS.has(x.low) && capitalised(a[k + 1])) return true;
  }
  return false;
}

/** Nouns "mà" may follow as "which": "hành vi mà …", "sự việc mà …". */
const RELATIVE_MA_AFTER = new Set(['vi', 'việc', 'kiện']);

/** After "mà", words of a contrast ("mà không …", "mà vẫn …"). */
const CONTRAST_AFTER_MA = new Set(['không', 'chưa', 'vẫn', 'còn', 'lại', 'phải', 'nếu', 'thì', 'cũng']);

/** Papers, and the fees paid with them ("kể từ ngày nhận được hồ sơ hợp lệ và phí thẩm định …"), received as one event. */
const PAPERS = new Set(['văn bản', 'hồ sơ', 'đơn', 'giấy', 'tờ trình', 'biên bản', 'chứng từ', 'tài liệu', 'báo cáo', 'phí', 'lệ phí']);

/** A paper's name starts at k: one word, or two ("văn bản", "tờ trình"). */
function paperAt(a: readonly Atom[], k: number): boolean {
  const one = a[k]?.low ?? '';
  return PAPERS.has(one) || PAPERS.has(`${one} ${a[k + 1]?.low ?? ''}`);
}

/** Words that link a name to what comes before ("của Sở …", "cho Phòng …"): the name after them is the event's. */
const NAME_LINKS = new Set(['của', 'cho', 'tới', 'đến', 'với', 'tại', 'ở', 'từ', 'và', 'hoặc', 'bởi', 'do', 'gửi', 'trình', 'về']);

/**
 * Past a body's name that starts at k ("Phòng Lao động – Thương binh và Xã hội", "UBND cấp xã"): capitalised words,
 * each with the lower-case syllables after it, joined by "và", a comma or a dash before another capitalised word.
 */
function bodyNameEnd(a: readonly Atom[], k: number): number {
  let j = k;
  let lower = 0;
  while (j < a.length && j - k < 12) {
    const x = a[j]!;
    const joint = (x.type === 'W' && x.low === 'và') || (x.type === 'SYM' && '-–'.includes(x.raw));
    // "Sở Văn hóa, Thể thao và Du lịch": a comma only inside such a name.
    const tail = x.type === 'SYM' && x.raw === ',' ? bodyNameTail(a, j) : -1;
    if (tail > 0) {
      j = tail;
      lower = 0;
      continue;
    }
    if (capitalised(x)) lower = 0;
    else if (joint && capitalised(a[j + 1])) lower = 0;
    // "Lao động", "Ủy ban nhân dân cấp xã": lower-case syllables after a capitalised word, up to a duty.
    else if (x.type === 'W' && !joint && !dutyAt(a, j) && j > k && lower < 5) lower++;
    else break;
    j++;
  }
  return j;
}

/** What "theo …" points to when a time is set elsewhere: "theo lịch", "theo thời gian quy định". */
export const SCHEDULE_ELSEWHERE: Pattern = w(
  'kế hoạch',
  'lịch',
  'thông báo',
  'hướng dẫn',
  'quy định',
  'chỉ đạo',
  'văn bản',
  'yêu cầu',
  'tiến độ',
  'lịch trình',
  'chương trình',
  'thời gian',
  'đề nghị',
  'thể lệ',
  'quy chế',
  'điều lệ',
  'lộ trình',
  'quyết định',
  'công văn',
  'thời hạn',
);

/** The words of an event ("ngày ban hành Kế hoạch này"): up to a connector, a comma or 16 words. */
export const EVENT_WORDS: Pattern = (a, i) => {
  let j = i;
  let n = 0;
  // Lower-case syllables of a capitalised name ("Chủ tịch Ủy ban nhân dân cấp xã") count with the name's first word.
  let syllables = -1;
  while (n < 16) {
    const x = a[j];
    if (x && n > 0 && x.type === 'SYM' && x.raw === ',' && (listTailToEnd(a, j + 1) || listGoesOnAt(a, j))) {
      // "nhận được phản ánh, kiến nghị": a short list that ends the phrase belongs to the event.
      j++;
      continue;
    }
    // "người đề nghị cấp C/O nộp hồ sơ", "kết thúc Hội nghị/hội thảo/lớp học": a slash written tight between two words
    // joins them inside the event.
    if (
      x &&
      n > 0 &&
      x.type === 'SYM' &&
      x.raw === '/' &&
      !x.spaceBefore &&
      a[j - 1]?.type === 'W' &&
      a[j + 1]?.type === 'W' &&
      !a[j + 1]!.spaceBefore
    ) {
      j++;
      continue;
    }
    const nameEnd = x && n > 0 && x.type === 'SYM' && ',-–'.includes(x.raw) ? bodyNameTail(a, j) : -1;
    if (nameEnd > 0) {
      // "nhận được đề nghị của Sở Văn hoá, Thể thao và Du lịch": the comma and "và" of a body's name.
      n += nameEnd - j - 1;
      j = nameEnd;
      continue;
    }
    // "Hội nghị sơ kết 6 tháng", "Đại hội 2025": a period or a number inside the name.
    const inName = n > 0 && x !== undefined && ['HALF', 'QUARTER', 'YEAR', 'NUM', 'WNUM'].includes(x.type);
    if (
      !x ||
      (x.type !== 'W' && !inName) ||
      (n > 0 ? eventEndsAt(a, j) : (EVENT_STOP.has(x.low) && !comesAfterDay(a, j)) || NO_EVENT_START.has(x.low))
    )
      break;
    syllables = capitalised(x) ? 0 : x.type === 'W' && syllables >= 0 && syllables < 5 ? syllables + 1 : -1;
    j++;
    if (syllables <= 0) n++;
  }
  // "kể từ ngày nhận được đơn đề nghị cấp lại Chứng nhận tham gia bảo hiểm tiền gửi của tổ chức tham gia bảo hiểm tiền
  // gửi.": past sixteen words, an event goes on when its words run, with nothing that ends an event, to the end of the
  // phrase, to a comma and the body the main clause is about, or to the cases the limit applies to.
  if (n >= 16) {
    let k = j;
    while (k < a.length && k - j < 10 && a[k]!.type === 'W' && !eventEndsAt(a, k)) k++;
    const closes = k === a.length || (k === a.length - 1 && a[k]!.raw === '.');
    const bodyNext = a[k]?.raw === ',' && capitalised(a[k + 1]) && BODY_NAME_HEADS.has(a[k + 1]!.low);
    // "… bị vi phạm | đối với các loại tranh chấp khác": which cases the limit applies to.
    const appliesTo = a[k]?.low === 'đối' && a[k + 1]?.low === 'với';
    if (k > j && (closes || bodyNext || appliesTo)) return k;
  }
  return n > 0 ? j : -1;
};

/**
 * Words no event starts with: "báo trước | bằng văn bản chậm nhất …" (how, then the limit) is no event; "lãi trước thuế",
 * "lợi nhuận sau thuế" are profit before and after tax.
 */
const NO_EVENT_START = new Set(['bằng', 'chậm', 'muộn', 'trễ', 'thuế']);

/**
 * "Sở Văn hoá, Thể thao và Du lịch", "Phòng Lao động, Thương binh và Xã hội": a comma after a capitalised word (or the
 * word after one), a capitalised word after it, then within a few words "và" and a capitalised word, is inside a body's
 * name; so is a spaced dash between capitalised words ("Phòng Lao động - Thương binh và Xã hội", "Sở Văn hóa - Thông
 * tin"). The index just past that capitalised word (after a dash, the one right after it), or -1.
 */
function bodyNameTail(a: readonly Atom[], joint: number): number {
  if (!(capitalised(a[joint - 1]) || (capitalised(a[joint - 2]) && a[joint - 1]?.type === 'W')) || !capitalised(a[joint + 1])) return -1;
  for (let k = joint + 2; k < joint + 5 && a[k]?.type === 'W'; k++) if (a[k]!.low === 'và') return capitalised(a[k + 1]) ? k + 2 : -1;
  // "Phòng Lao động - Thương binh và Xã hội", "Sở Văn hóa - Thông tin": a spaced dash between capitalised words.
  return a[joint]!.raw === ',' ? -1 : joint + 2;
}

/** Pairs of one kind the rules write with a comma between ("tổ chức, cá nhân", "bản án, quyết định"). */
const COMMA_PAIRS = new Set([
  'tổ chức|cá nhân',
  'cơ quan|tổ chức',
  'cơ quan|đơn vị',
  'bản án|quyết định',
  'cán bộ|công chức',
  'công chức|viên chức',
  'hồ sơ|tài liệu',
  'phản ánh|kiến nghị',
  'khiếu nại|tố cáo',
  'an ninh|trật tự',
  // "hồ sơ đầy đủ, hợp lệ của Bên đi vay": the law's pair, as "đầy đủ và hợp lệ" is.
  'đầy đủ|hợp lệ',
]);

/**
 * Whether the event's words go on past the comma at j: a pair of one kind ("ngày lãnh đạo tổ chức, cá nhân ký xác
 * nhận …"); a list of what befell it closed by "hoặc" ("ngày được công nhận, chấp thuận hoặc được cấp chứng nhận …",
 * "bị mất, cháy hoặc bị tiêu hủy") unless whom a rule binds follows it; a short list the condition's "thì" closes
 * ("ngày được … quyết định, phê duyệt | thì …").
 */
function listGoesOnAt(a: readonly Atom[], j: number): boolean {
  const two = (k: number): string => `${a[k]?.low ?? ''} ${a[k + 1]?.low ?? ''}`;
  if (COMMA_PAIRS.has(`${two(j - 2)}|${two(j + 1)}`)) return true;
  // "quyền, lợi ích của mình": one pair the law writes together.
  if (a[j - 1]?.low === 'quyền' && two(j + 1) === 'lợi ích') return true;
  let k = j + 1;
  while (k < a.length && k - j <= 3 && a[k]!.type === 'W' && !capitalised(a[k]) && !EVENT_STOP.has(a[k]!.low) && a[k]!.low !== 'hoặc') k++;
  if (k === j + 1 || k - j > 3) return false;
  if (a[k]?.low === 'thì') return true;
  if (shortItemsBeforeBody(a, j)) return true;
  const next = a[k + 1];
  if (a[k]?.low !== 'hoặc' || next?.type !== 'W' || OR_OPENS_ANOTHER.has(next.low) || EVENT_STOP.has(next.low)) return false;
  // Only what befell a thing or a party ("được …", "bị …") lists so: else the words after the comma may be the main
  // clause's ("…, cơ quan tiếp nhận hoặc chuyển đơn").
  const passive = (x: Atom | undefined): boolean => x?.low === 'được' || x?.low === 'bị';
  if (!passive(next) && ![1, 2, 3, 4].some((d) => passive(a[j - d]))) return false;
  for (let m = k + 1; m < a.length && m - k <= 10 && a[m]!.type === 'W'; m++) if (dutyAt(a, m)) return false;
  return true;
}

/**
 * "kể từ ngày nhận được văn bản đề nghị tra cứu, kiểm tra, xác minh, Bộ Tư pháp … có văn bản trả lời", "ngày cấp mã số cơ
 * sở nuôi, trồng, Cơ quan thẩm quyền … đăng tải": after the comma at j, items of one to three lower-case words, each
 * closed by a comma, up to a body's capitalised name, are the event's list; the body opens the main clause.
 */
function shortItemsBeforeBody(a: readonly Atom[], j: number): boolean {
  let comma = j;
  for (let items = 0; items < 4; items++) {
    let k = comma + 1;
    while (k < a.length && k - comma <= 4 && a[k]!.type === 'W' && !capitalised(a[k]) && !EVENT_STOP.has(a[k]!.low) && a[k]!.low !== 'hoặc')
      k++;
    if (k === comma + 1 || k - comma > 4 || a[k]?.type !== 'SYM' || a[k]!.raw !== ',') return false;
    const next = a[k + 1];
    if (capitalised(next) && BODY_NAME_HEADS.has(next!.low)) return true;
    comma = k;
  }
  return false;
}

/** One to three words, then the end of the phrase (or a closing full stop). */
function listTailToEnd(a: readonly Atom[], from: number): boolean {
  let j = from;
  while (j < a.length && a[j]!.type === 'W' && !EVENT_STOP.has(a[j]!.low) && a[j]!.low !== 'hoặc' && j - from < 3) j++;
  if (j === from) return false;
  // "trước ngày tạm ngừng, chấm dứt hoặc thay đổi địa chỉ hoạt động.": the list's last item after "hoặc", to the end.
  if (a[j]?.low === 'hoặc') {
    const last = j + 1;
    j = last;
    while (j < a.length && a[j]!.type === 'W' && !EVENT_STOP.has(a[j]!.low) && j - last < 6) j++;
    if (j === last) return false;
  }
  return j === a.length || (j === a.length - 1 && a[j]!.type === 'SYM' && a[j]!.raw === '.');
}

/** An event's name without its framing ("thời điểm", "này"). */
export function eventText(atoms: readonly Atom[], text: string): string {
  let from = 0;
  let to = atoms.length;
  // "thời điểm" goes; "thời gian", "thời hạn" are the event's own words ("trước thời gian khai mạc Đại hội").
  while (
    from < to &&
    (['điểm', 'khi', 'lúc', 'sau'].includes(atoms[from]!.low) || (atoms[from]!.low === 'thời' && atoms[from + 1]?.low === 'điểm'))
  )
    from++;
  // "… kể từ ngày thụ lý tố cáo bạn nhé": a question-and-answer page's closing words to the reader.
  while (to - from > 1 && ['nhé', 'nha', 'ạ'].includes(atoms[to - 1]!.low)) to -= atoms[to - 2]?.low === 'bạn' && to - from > 2 ? 2 : 1;
  // "nêu trên", "nói trên" are dropped; "cấp trên" (the level above) is a noun.
  while (
    to > from &&
    ['này', 'đó', 'trên', 'nói', 'nêu'].includes(atoms[to - 1]!.low) &&
    !(atoms[to - 1]!.low === 'trên' && atoms[to - 2]?.low === 'cấp')
  )
    to--;
  if (from >= to) return '';
  return text.slice(atoms[from]!.start, atoms[to - 1]!.end);
}

/**
 * Whether an event is the issuing or signing of the document the phrase comes from ("ngày
 * ban hành Kế hoạch", "ngày ký"), whose date is the reference date; "ngay sau khi ban hành"
 * about other papers is not.
 */
export function isDocumentIssue(event: string): boolean {
  return (
    /ban hành|(^|ngày |được )(ký|kí)( |$)/iu.test(event) &&
    /kế hoạch|quyết định|chương trình|^ngày (ký |kí )?(ban hành|ký|kí)$/iu.test(event)
  );
}

/**
 * "06:00 Tiếp sóng Đài Tiếng nói Việt Nam", "18:30Chương trình Thời sự tối": a clock opening the phrase
 * (after a bullet), then a verb of broadcasting or a programme, is a row of a broadcast schedule. The
 * index of that clock, or -1.
 */
export function scheduleRowClock(a: readonly Atom[]): number {
  let k = 0;
  while (a[k]?.type === 'SYM') k++;
  if (a[k]?.type !== 'CLOCK') return -1;
  const one = a[k + 1]?.type === 'W' ? a[k + 1]!.low : '';
  const two = one && a[k + 2]?.type === 'W' ? `${one} ${a[k + 2]!.low}` : '';
  return [one, two].some((x) => AIRTIME_VERBS.has(x) || PROGRAMME_NOUNS.has(x)) ? k : -1;
}

/** A law's name (or its abbreviation, "LHGĐTTTA", "BLDS") right before a year. */
const LAW_BEFORE_YEAR = /(?:(?<![\p{L}])(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)(?:\s+[\p{L}-]+){1,8}|(?<![\p{L}])B?L[\p{Lu}Đ]{2,})\s*$/u;

/** Whether the year starting at `at` is part of a law's name ("Luật Nghĩa vụ quân sự 2015", "Luật Đất đai năm 2024"). */
export function namesLaw(text: string, at: number): boolean {
  return LAW_BEFORE_YEAR.test(text.slice(Math.max(0, at - 80), at));
}

/** What may stand between a document's kind and a later part of its number: "số 109/", "45/2013/". */
const NUMBER_PARTS = String.raw`(?:\s*[\p{L}\d.-]+\s*/)`;
const DOCUMENT_NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${DOCUMENT_KINDS.join('|')})\s+số${NUMBER_PARTS}*\s*$`, 'iu');
const DOCUMENT_BARE = String.raw`(?<![\p{L}])(?:${DOCUMENT_KINDS_NUMBERED_BARE.join('|')})`;
const DOCUMENT_BARE_BEFORE = new RegExp(String.raw`${DOCUMENT_BARE}\s*$`, 'iu');
const DOCUMENT_BARE_PART_BEFORE = new RegExp(String.raw`${DOCUMENT_BARE}${NUMBER_PARTS}+\s*$`, 'iu');

/**
 * Whether the number starting at `at` is (part of) a document's number: "Nghị định số 109/2002 sửa đổi …",
 * "Kế hoạch số 17"; with no "số", only a number with its code or year ("Thông tư 39/2020"), since
 * "quyết định 5 nội dung" is a verb and its count.
 */
export function numbersDocument(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 48), at);
  if (DOCUMENT_NUMBER_BEFORE.test(before) || DOCUMENT_BARE_PART_BEFORE.test(before)) return true;
  return DOCUMENT_BARE_BEFORE.test(before) && /^\d+\s*\//u.test(text.slice(at));
}

/** "âm lịch" (the lunar calendar) or its abbreviation as written in capitals, "ÂL" or "AL" ("Ngày 15/04 ÂL"). */
export const AM_LICH: Pattern = alt(
  w('âm lịch'),
  t('W', (x) => x.raw === 'ÂL' || x.raw === 'AL'),
);

/** Whether atoms[k] is the "đến" of a stage's, a vision's or an orientation's horizon ("giai đoạn đến năm 2025", "tầm nhìn đến năm 2030", "định hướng đến năm 2030"). */
export function horizonAt(a: readonly Atom[], k: number): boolean {
  const noun = `${a[k - 2]?.low ?? ''} ${a[k - 1]?.low ?? ''}`;
  return a[k]?.low === 'đến' && (noun === 'giai đoạn' || noun === 'tầm nhìn' || noun === 'định hướng');
}

/** "từ ngày 1/3 đến 20/6, thay vì chỉ đến 25/5 như kế hoạch cũ", "thay cho thời hạn cũ 30/11/2016": a time replaced. */
export function replaced(text: string, at: number): boolean {
  return /(?<![\p{L}])thay (?:vì|cho)(?:\s+[\p{L}]+){0,4}\s*$/iu.test(text.slice(0, at));
}

/** "Số hiệu", "Số quyết định", "Số nhà": the words after "số" label a code (its first word or two). */
export function numberFieldLabel(words: readonly Atom[]): boolean {
  const [a, b] = words;
  if (a === undefined) return false;
  // "số nhà hàng mở mới là 23", "số phòng học": a lower-case word after "nhà" or "phòng" makes another noun (a
  // restaurant, a classroom), counted; "Số nhà: 15", "số phòng 203" are an address.
  if ((a.low === 'nhà' || a.low === 'phòng') && b?.type === 'W' && b.raw === b.low) return false;
  return NUMBER_FIELD_LABELS.has(a.low) || (b !== undefined && NUMBER_FIELD_LABELS.has(`${a.low} ${b.low}`));
}
