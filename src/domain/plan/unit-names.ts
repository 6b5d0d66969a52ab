/**
 * Names around an issuer that are not the issuer's: the person who signs ("Phó Chủ tịch UBND thị xã
 * Nguyễn Thị Dung vừa ký ban hành …", where the name after the level is the signer's, not the
 * town's), and the unit's own name as its Party committee gives it ("Thị ủy Cửa Lò" names thị xã
 * Cửa Lò, "Huyện ủy Gia Lâm" huyện Gia Lâm, "Đảng ủy xã Bình Sơn" xã Bình Sơn).
 */

/** A place name of up to five words, hyphenated ones included. */
export const PLACE_NAME = "\\p{Lu}[\\p{Ll}\\p{M}'’]*(?:(?: | ?[-–] ?)\\p{Lu}[\\p{Ll}\\p{M}'’]*){0,4}";
const NAME = PLACE_NAME;

/** The common family names: a personal name begins with one (Nguyễn Thị Dung, Trần Quốc Hùng). */
const FAMILY_NAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lương Lâm Mai Cao Đào Đoàn ' +
    'Vương Trịnh Tạ Hà Tô Châu Thái Lưu Quách Kiều Tăng Triệu Lại Phùng Chu Nông Lò Hứa Từ Tống Khổng Mạc Âu Đàm ' +
    'Diệp Hàn Lã Nghiêm Thân Tôn Hầu Doãn Văn Giang Kim La'
  ).split(' '),
);
/** Middle names that only persons carry ("Nguyễn Thị Dung", "Lê Văn Tám"). */
const MIDDLE_NAMES = new Set(['Thị', 'Văn']);
/** A person's title right before the body they head: "Phó Chủ tịch UBND …", "Giám đốc Sở …". */
const PERSON_TITLE = /(?:(?:Phó\s+)?Chủ\s+tịch|(?:Phó\s+)?Giám\s+đốc|Trưởng\s+ban|Bí\s+thư|đồng\s+chí|Đồng\s+chí|Đ\/c)\s*$/u;

/** Whether a capitalised name reads as a person's: three or four words, a family name first or "Thị"/"Văn" second. */
export function looksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 3 || words.length > 4) return false;
  return FAMILY_NAMES.has(words[0]!) || MIDDLE_NAMES.has(words[1]!);
}

/** Whether the text before a body ends with the title of the person who heads it. */
export function titledBefore(before: string): boolean {
  return PERSON_TITLE.test(before);
}

const PARTY_COMMITTEE: Record<string, string> = {
  tỉnh: 'Tỉnh\\s+[uủ][yỷ]',
  'thành phố': 'Thành\\s+[uủ][yỷ]',
  huyện: 'Huyện\\s+[uủ][yỷ]',
  quận: 'Quận\\s+[uủ][yỷ]',
  'thị xã': 'Thị\\s+[uủ][yỷ]',
  xã: 'Đảng\\s+[uủ][yỷ]\\s+xã',
  phường: 'Đảng\\s+[uủ][yỷ]\\s+phường',
  'thị trấn': 'Đảng\\s+[uủ][yỷ]\\s+thị\\s+trấn',
};

/** The names a unit of this level goes by in the text through its Party committee ("Thị ủy Cửa Lò" → "Cửa Lò"). */
export function partyCommitteeNames(texts: readonly string[], levelWord: string): string[] {
  const head = PARTY_COMMITTEE[levelWord.toLowerCase()];
  if (!head) return [];
  const re = new RegExp(`(?<![\\p{L}])${head}\\s+(${NAME})`, 'gu');
  const names = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(re)) names.add(withoutPerson(m[1]!));
  return [...names];
}

/** "Cửa Lò Nguyễn Nam Đình" (a unit's name, then a person's in a caption) → "Cửa Lò". */
function withoutPerson(name: string): string {
  const words = name.split(' ');
  // The shortest personal name at the end first: three words, then four.
  for (let k = words.length - 3; k >= 1 && k >= words.length - 4; k--)
    if (looksLikePerson(words.slice(k).join(' '))) return words.slice(0, k).join(' ');
  return name;
}

/**
 * The places of one level a text names ("trên địa bàn tỉnh Quảng Nam", "Chương trình chuyển đổi số
 * tỉnh Lào Cai", "Tỉnh ủy Lào Cai"), each once: what places an issuer written without its name
 * ("UBND tỉnh", "Sở Thông tin và Truyền thông") when the text names exactly one.
 */
export function namedPlaces(texts: readonly string[], levelWord: string): string[] {
  const word = levelWord.toLowerCase().replace(/ /gu, '\\s+');
  const re = new RegExp(`(?<![\\p{L}])${word}\\s+(${NAME})`, 'gu');
  const names = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(re)) names.add(withoutRunOn(withoutPerson(m[1]!.replace(/\s+/gu, ' '))));
  for (const n of partyCommitteeNames(texts, levelWord)) names.add(n);
  // A name run on into the next capitalised word ("tỉnh Lào Cai Ngày 29/3/2023", a headline joined to
  // the lead) is the same place as its shorter form.
  return [...names].filter((n) => ![...names].some((o) => o !== n && n.startsWith(`${o} `)));
}

/** Words that open the next sentence when a headline runs into the lead ("tỉnh Hà Giang Ngày 05/4/2024, …"). */
const SENTENCE_OPENERS = new Set(['Ngày', 'Sáng', 'Chiều', 'Tối', 'Trưa', 'Hôm', 'Theo', 'Thực', 'Tại', 'Vừa', 'Mới', 'Kế']);

/** "Hà Giang Ngày" → "Hà Giang": a place name ends before a word that opens a sentence. */
function withoutRunOn(name: string): string {
  const words = name.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && SENTENCE_OPENERS.has(w));
  return cut < 0 ? name : words.slice(0, cut).join(' ');
}
