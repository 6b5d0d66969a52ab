/**
 * Issuers that are not a People's Committee: a ministry (Bộ Nội vụ), a province's department
 * (Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang), a district's office (Phòng Văn hóa và Thông
 * tin huyện …) and the legal-education coordinating councils (Hội đồng phối hợp phổ biến, giáo dục
 * pháp luật tỉnh …). Their names are a closed list (the branches of government), so they are
 * matched from it, in any case and either tone placement ("Văn hoá", "VĂN HÓA"), never guessed
 * from capital letters.
 */
import type { AdministrativeLevel } from './plan-reading.types.js';

export type BodyKind = 'government' | 'ministry' | 'department' | 'office' | 'council' | 'committee-office' | 'steering-committee';

/** Branches as the ministries and departments are named; "Bộ " or "Sở " goes before them. */
const BRANCHES = [
  'Nội vụ',
  'Tư pháp',
  'Công an',
  'Quốc phòng',
  'Ngoại giao',
  'Ngoại vụ',
  'Tài chính',
  'Công Thương',
  'Xây dựng',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Khoa học và Công nghệ',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa và Thể thao',
  'Văn hóa, Thể thao',
  'Văn hóa - Thể thao',
  'Văn hóa, Thông tin',
  'Du lịch',
  'Nông nghiệp và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Dân tộc và Tôn giáo',
  'Thông tin và Truyền thông',
  'Giao thông vận tải',
  'Kế hoạch và Đầu tư',
  'Lao động - Thương binh và Xã hội',
  'Tài nguyên và Môi trường',
];
/** Abbreviations the same bodies go by ("Sở VHTTDL", "Sở TT&TT"), with the name they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  VHTTDL: 'Văn hóa, Thể thao và Du lịch',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'VHTT&DL': 'Văn hóa, Thể thao và Du lịch',
  'TT&TT': 'Thông tin và Truyền thông',
  TTTT: 'Thông tin và Truyền thông',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
};
/** A district's offices. */
const OFFICES = [
  'Văn hóa và Thông tin',
  'Văn hóa - Thông tin',
  'Văn hóa, Thông tin',
  'Văn hóa, Khoa học và Thông tin',
  'Văn hóa - Xã hội',
  'Văn hóa, Thể thao và Du lịch',
  'Nội vụ',
  'Tư pháp',
];
/** The Government and its head (central: no place, no level). */
const GOVERNMENT = ['Thủ tướng Chính phủ', 'Chính phủ'];
/** Provincial bodies that are a committee's agency without being a "Sở" ("Ban Dân tộc tỉnh Quảng Ngãi"). */
const PROVINCIAL_AGENCIES = ['Ban Dân tộc'];
const COUNCIL = 'Hội đồng phối hợp phổ biến, giáo dục pháp luật';
const COUNCIL_SHORT = ['Hội đồng phối hợp PBGDPL', 'Hội đồng phối hợp PBGD pháp luật', 'HĐPH PBGDPL'];

/**
 * Lower case, one tone placement ("hoá" → "hóa", "uỷ" → "ủy"), one character for one: offsets in the
 * folded text are offsets in the original.
 */
export function foldCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/o([áàảãạ])/gu, (_, t: string) => `${'óòỏõọ'['áàảãạ'.indexOf(t)]}a`)
    .replace(/o([éèẻẽẹ])/gu, (_, t: string) => `${'óòỏõọ'['éèẻẽẹ'.indexOf(t)]}e`)
    .replace(/u([ýỳỷỹỵ])/gu, (_, t: string) => `${'úùủũụ'['ýỳỷỹỵ'.indexOf(t)]}y`);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A name as a pattern on folded text: spaces stretch, commas and dashes may be spaced either way. */
const pattern = (name: string): string =>
  escape(foldCase(name))
    .replace(/\s*,\s*/gu, '\\s*,\\s*')
    .replace(/\s*[-–]\s*/gu, '\\s*[-–]\\s*')
    .replace(/\s*&\s*/gu, '\\s*&\\s*')
    .replace(/ +/gu, '\\s+');
const alternatives = (names: string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(pattern)
    .join('|');

const END = '(?![\\p{L}\\p{N}])';
const BODY = new RegExp(
  [
    `(?<![\\p{L}])(bộ|sở)\\s+(${alternatives([...BRANCHES, ...Object.keys(ABBREVIATIONS)])})${END}`,
    `(?<![\\p{L}])(phòng)\\s+(${alternatives(OFFICES)})${END}`,
    `(?<![\\p{L}])(${alternatives([COUNCIL, ...COUNCIL_SHORT])})${END}`,
    `(?<![\\p{L}])(${alternatives(GOVERNMENT)})${END}`,
    `(?<![\\p{L}])(${alternatives(PROVINCIAL_AGENCIES)})${END}`,
  ].join('|'),
  'gu',
);
const PLACE = new RegExp(
  `^\\s*(?:,\\s*)?(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\\s+(\\p{Lu}[\\p{L}\\p{M}'’]*(?:(?: | ?[-–] ?)\\p{Lu}[\\p{L}\\p{M}'’]*){0,4})`,
  'u',
);

export interface IssuingBody {
  kind: BodyKind;
  /** The body's name as Loa writes it: "Bộ Nội vụ", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang". */
  name: string;
  level: AdministrativeLevel | null;
  /** Whether the place it belongs to was named (a department or office with no province or district is not). */
  placed: boolean;
  index: number;
  length: number;
}

const canonical = (list: string[], folded: string): string =>
  list.find((n) => new RegExp(`^(?:${pattern(n)})$`, 'u').test(folded)) ?? folded;

function titled(word: string): string {
  return word
    .split(/(\s+|-)/u)
    .map((w) => (w.trim() === '' || w === '-' ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

const LEVEL_OF_WORD: Record<string, AdministrativeLevel> = {
  tỉnh: 'province',
  'thành phố': 'district',
  huyện: 'district',
  quận: 'district',
  'thị xã': 'district',
  xã: 'commune',
  phường: 'commune',
  'thị trấn': 'commune',
};
/** Cities under the central government: "thành phố Đà Nẵng" is a province, "thành phố Vinh" a district. */
const CENTRAL_CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);
const levelOfWord = (word: string, name: string | null): AdministrativeLevel =>
  word === 'thành phố' && name !== null && CENTRAL_CITIES.has(name) ? 'province' : (LEVEL_OF_WORD[word] ?? 'commune');

/**
 * The People's Committee's office, a body of its own: "Văn phòng UBND tỉnh", "Văn phòng HĐND và UBND huyện
 * Mỹ Đức", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH LAI CHÂU". Groups: level word, place name.
 */
const COMMITTEE_OFFICE = new RegExp(
  [
    '(?<![\\p{L}])(?:Văn\\s+phòng|VĂN\\s+PHÒNG)\\s+',
    '(?:(?:HĐND|Hội\\s+đồng\\s+nhân\\s+dân|HỘI\\s+ĐỒNG\\s+NHÂN\\s+DÂN)\\s+(?:và|VÀ)\\s+)?',
    '(?:UBND|[ỦUủu][yỷY]\\s+ban\\s+nhân\\s+dân|[ỦU][YỶ]\\s+BAN\\s+NHÂN\\s+DÂN)\\s+',
    '(tỉnh|thành\\s+phố|huyện|quận|thị\\s+xã|TỈNH|THÀNH\\s+PHỐ|HUYỆN|QUẬN|THỊ\\s+XÃ)',
    "(?:\\s+(\\p{Lu}[\\p{L}\\p{M}'’]*(?:(?: | ?[-–] ?)\\p{Lu}[\\p{L}\\p{M}'’]*){0,4}))?",
  ].join(''),
  'gu',
);

function committeeOffices(text: string): IssuingBody[] {
  const out: IssuingBody[] = [];
  for (const m of text.matchAll(COMMITTEE_OFFICE)) {
    const word = m[1]!.toLowerCase().replace(/\s+/gu, ' ');
    const raw = m[2]?.replace(/\s+/gu, ' ') ?? null;
    const name = raw === null ? null : raw === raw.toUpperCase() ? titled(raw) : raw;
    out.push({
      kind: 'committee-office',
      name: name ? `Văn phòng UBND ${word} ${name}` : `Văn phòng UBND ${word}`,
      level: levelOfWord(word, name),
      placed: name !== null,
      index: m.index,
      length: m[0].length,
    });
  }
  return out;
}

/**
 * A steering committee's letterhead, a line of capitals: "BAN CHỈ ĐẠO TỔNG ĐIỀU TRA NÔNG THÔN, NÔNG NGHIỆP NĂM
 * 2025 TRUNG ƯƠNG" → "Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp năm 2025 trung ương" (central: no
 * level), "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH QUẢNG NAM" → "… cải cách hành chính tỉnh Quảng Nam" (province).
 * Its name has no fixed end in running text, so it is read only from a line that is nothing else.
 */
export function steeringCommittee(line: string): IssuingBody | null {
  const m = /^BAN\s+CHỈ\s+ĐẠO\s+([\p{Lu}\d][\p{Lu}\p{M}\d\s,–-]*?)\s*$/u.exec(line.trim());
  if (!m || /\p{Ll}/u.test(m[1]!)) return null;
  const rest = m[1]!.replace(/\s+/gu, ' ');
  const place = /(?:^|\s)(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(\p{Lu}+(?:[\s-]\p{Lu}+){0,4})$/u.exec(rest);
  const subject = place ? rest.slice(0, place.index) : rest;
  const lower = subject.toLowerCase().trim();
  const word = place ? place[1]!.toLowerCase() : null;
  const placeName = place ? titled(place[2]!) : null;
  const name = `Ban Chỉ đạo ${lower.charAt(0).toUpperCase()}${lower.slice(1)}${place ? ` ${word} ${placeName}` : ''}`;
  const central = /(?:^|\s)TRUNG ƯƠNG$/u.test(rest);
  return {
    kind: 'steering-committee',
    name,
    level: word && placeName ? levelOfWord(word, placeName) : null,
    placed: central || place !== null,
    index: 0,
    length: line.trim().length,
  };
}

/** Every issuing body named in the text, in order, with the place written right after it. */
export function findBodies(text: string): IssuingBody[] {
  return [...namedBodies(text), ...committeeOffices(text)].sort((a, b) => a.index - b.index);
}

function namedBodies(text: string): IssuingBody[] {
  const folded = foldCase(text);
  const out: IssuingBody[] = [];
  for (const m of folded.matchAll(BODY)) {
    let kind: BodyKind;
    let base: string;
    if (m[1] !== undefined) {
      kind = m[1] === 'bộ' ? 'ministry' : 'department';
      const abbreviation = Object.keys(ABBREVIATIONS).find((a) => foldCase(a) === m[2]!.replace(/\s+/gu, ''));
      base = `${kind === 'ministry' ? 'Bộ' : 'Sở'} ${abbreviation ? ABBREVIATIONS[abbreviation]! : canonical(BRANCHES, m[2]!)}`;
    } else if (m[3] !== undefined) {
      kind = 'office';
      base = `Phòng ${canonical(OFFICES, m[4]!)}`;
    } else if (m[6] !== undefined) {
      kind = 'government';
      base = canonical(GOVERNMENT, m[6]);
    } else if (m[7] !== undefined) {
      kind = 'department';
      base = canonical(PROVINCIAL_AGENCIES, m[7]);
    } else {
      kind = 'council';
      base = COUNCIL;
    }
    const end = m.index + m[0].length;
    const central = kind === 'ministry' || kind === 'government';
    const place = central ? null : PLACE.exec(text.slice(end));
    const placeName = place ? place[2]!.replace(/\s+/gu, ' ').trim() : null;
    // A capitalised place name ("tỉnh Hậu Giang"), or one in capitals ("TỈNH HẬU GIANG").
    const name = placeName ? (placeName === placeName.toUpperCase() ? titled(placeName) : placeName) : null;
    const levelWord = place && name ? place[1]!.toLowerCase() : null;
    let level: AdministrativeLevel | null;
    if (central) level = null;
    else if (kind === 'department') level = 'province';
    else if (kind === 'office') level = 'district';
    else
      level =
        levelWord === 'tỉnh' ? 'province' : levelWord && /xã|phường|thị trấn/u.test(levelWord) ? 'commune' : levelWord ? 'district' : null;
    const length = m[0].length + (place && name ? place[0].length : 0);
    out.push({
      kind,
      name: place && name ? `${base} ${levelWord} ${name}` : base,
      level,
      placed: central || (place !== null && name !== null),
      index: m.index,
      length,
    });
  }
  return out;
}
