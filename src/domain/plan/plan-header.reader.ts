/**
 * The header of a plan: who issues it (UBND xã Hành Đức), at which level, its number
 * (41/KH-UBND), date and place ("Hành Đức, ngày 11 tháng 3 năm 2024"), its title and year,
 * and the parent plans it implements ("Thực hiện Kế hoạch số 465/KH-UBND ngày 08/3/2024 của
 * Ủy ban nhân dân huyện Nghĩa Hành"). Documents often leave a blank in the number or the
 * day (a draft to be signed): the reader says so instead of guessing.
 */
import type { AdministrativeLevel, EvidenceLine, NeedsReview, ParentPlanReference } from './plan-reading.types.js';
import { findBodies, steeringCommittee, type IssuingBody } from './issuing-body.js';
import { evidenceAt, type SourceLine, type TextBlock } from './plan-text.js';
import { PLACE_NAME } from './unit-names.js';

export interface PlanHeader {
  issuer: string | null;
  level: AdministrativeLevel | null;
  number: string | null;
  issuedOn: string | null;
  place: string | null;
  title: string | null;
  year: number | null;
  implements: ParentPlanReference[];
  evidence: Partial<Record<'issuer' | 'level' | 'number' | 'issuedOn' | 'place' | 'title' | 'year', EvidenceLine>>;
  needsReview: NeedsReview[];
}

const LEVEL_WORDS = 'đặc khu|thành phố|thị trấn|thị xã|phường|huyện|quận|tỉnh|xã';
const LEVEL_WORDS_UPPER = 'ĐẶC KHU|THÀNH PHỐ|THỊ TRẤN|THỊ XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH|XÃ';
// A place name of up to five words, hyphenated ones included ("Bà Rịa - Vũng Tàu", "Phan Rang – Tháp Chàm").
const NAME = PLACE_NAME;
const COMMITTEE = '(?:Ủy|Uỷ|ủy|uỷ) ban nhân dân|UBND';
/** What follows a body that issues the plan: "Sở Nội vụ tỉnh … (đã) ban hành Kế hoạch". */
const ISSUES_AFTER_BODY = /^\s*(?:đã\s+|vừa\s+)?(?:ban hành|xây dựng)\s+(?:\S+\s+){0,2}?[Kk]ế hoạch/u;
const CENTRAL_CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

export function levelOf(levelWord: string, name: string | null): AdministrativeLevel {
  switch (levelWord.toLowerCase()) {
    case 'tỉnh':
      return 'province';
    case 'thành phố':
      return name && CENTRAL_CITIES.has(name) ? 'province' : 'district';
    case 'huyện':
    case 'quận':
    case 'thị xã':
      return 'district';
    default:
      return 'commune';
  }
}

function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "08/3/2024", "8-3-2024", "03 tháng 01 năm 2024" → ISO date, or null. */
export function parseDocumentDate(text: string): string | null {
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

const DATE_TEXT = '\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}';
const DOC_NUMBER = '\\d+\\s*\\/\\s*[A-ZĐ]+(?:\\s*-\\s*[A-ZĐ]+)*';

/**
 * "Số: 41/KH-UBND", and as typed or flattened: "Số : 07 /KH UBND" (the dash lost), "Số: 05 / KH – UBND".
 * Groups: the number (empty when left blank), the kind and issuer's letters.
 */
const HEADER_NUMBER =
  /(?:^|\s)Số\s*:?\s*(\d*)\s*\/\s*([A-ZĐ][A-ZĐa-z]{0,7}(?:(?:\s*[-–—]\s*[A-ZĐ]{1,10}(?:g(?![\p{L}]))?)+|\s+[A-ZĐ]{2,10}(?![\p{L}\p{N}]))?)/u;

/**
 * A document number as Loa writes it: spaces around "/" and dashes dropped, any dash a hyphen, and the
 * kind and issuer joined by a hyphen where the dash was lost ("07 /KH UBND" → "07/KH-UBND", "05/KH -UBND"
 * → "05/KH-UBND"). The order of "/" and "-" is kept as written ("132-KH/UBND").
 */
export function normalizeDocNumber(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .replace(/[–—]/gu, '-')
    .replace(/\s*([/-])\s*/gu, '$1')
    .replace(/(?<=[\p{Lu}\p{N}])\s+(?=\p{Lu})/gu, '-')
    .replace(/\s+/gu, '');
}

function committee(levelWord: string, name: string | null): string {
  return name ? `UBND ${levelWord.toLowerCase()} ${name}` : `UBND ${levelWord.toLowerCase()}`;
}

export function readHeader(lines: SourceLine[], blocks: TextBlock[]): PlanHeader {
  const header: PlanHeader = {
    issuer: null,
    level: null,
    number: null,
    issuedOn: null,
    place: null,
    title: null,
    year: null,
    implements: [],
    evidence: {},
    needsReview: [],
  };
  const firstSection = blocks.find((b) => b.kind === 'roman');
  const headLimit = firstSection ? firstSection.lines[0]! : Number.POSITIVE_INFINITY;
  const headLines = lines.filter((l) => l.line < headLimit).slice(0, 60);

  // A date inside a citation ("Căn cứ Luật Thống kê / ngày 23 tháng 11 năm 2015") is the cited text's, never the plan's.
  const citing = new Set(blocks.filter((b) => CITATION.test(b.text)).flatMap((b) => b.lines.slice(1)));
  readNumberDatePlace(
    header,
    headLines.filter((l) => !citing.has(l.line)),
  );
  readTitle(header, blocks);
  readYear(header, blocks);
  readIssuer(header, headLines, blocks, lines);
  readImplements(header, blocks);
  return header;
}

const CITATION = /^(?:Căn cứ|Thực hiện|Theo)\s/u;
/** A date line cut after its day or month ("Hà Nội, ngày 24" / "tháng 01 năm 2025"), as copied headers are. */
const CUT_DATE = /ngày(?:\s+\d{1,2})?(?:\s+tháng(?:\s+\d{1,2})?)?\s*$/u;

function readNumberDatePlace(header: PlanHeader, lines: SourceLine[]): void {
  const headLines = lines.map((l, k) => {
    const next = lines[k + 1];
    return next && CUT_DATE.test(l.text) && /^(?:\d{1,2}\s+)?(?:tháng|năm)\s/u.test(next.text)
      ? { ...l, text: `${l.text} ${next.text}` }
      : l;
  });
  for (const l of headLines) {
    const m = HEADER_NUMBER.exec(l.text);
    if (m && header.evidence.number === undefined) {
      header.evidence.number = { line: l.line, text: l.raw };
      if (m[1]) header.number = normalizeDocNumber(`${m[1]}/${m[2]!}`);
      else
        header.needsReview.push({
          field: 'number',
          reason: 'Số kế hoạch để trống (văn bản chưa được cấp số): cần nhập số khi ban hành.',
          evidence: { line: l.line, text: l.raw },
        });
    }
    const d = new RegExp(
      `(?:(?:^|[\\s,])(${NAME}),\\s*|^)ngày\\s*(\\d{1,2})?\\s*(?:tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})|[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}))`,
      'u',
    ).exec(l.text);
    if (d && header.evidence.issuedOn === undefined && /tháng|năm|\//.test(d[0])) {
      const ev = { line: l.line, text: l.raw };
      header.evidence.issuedOn = ev;
      if (d[1]) {
        header.place = d[1];
        header.evidence.place = ev;
      }
      const year = Number(d[4] ?? d[6]);
      const month = d[3] ?? d[5];
      const day = d[2];
      const date = day && month ? iso(year, Number(month), Number(day)) : null;
      if (date) header.issuedOn = date;
      else
        header.needsReview.push({
          field: 'issuedOn',
          reason: 'Ngày ban hành để trống hoặc không đầy đủ: cần nhập ngày ký.',
          evidence: ev,
        });
      if (!Number.isNaN(year)) {
        header.year = year;
        header.evidence.year = ev;
      }
    }
  }
  if (header.evidence.number === undefined)
    header.needsReview.push({ field: 'number', reason: 'Không tìm thấy số kế hoạch ("Số: …/KH-UBND") ở đầu văn bản.' });
  if (header.evidence.issuedOn === undefined)
    header.needsReview.push({ field: 'issuedOn', reason: 'Không tìm thấy ngày ban hành ("…, ngày … tháng … năm …") ở đầu văn bản.' });
}

function readTitle(header: PlanHeader, blocks: TextBlock[]): void {
  const at = blocks.findIndex((b) => /^KẾ\s*HOẠCH\b/u.test(b.text) && b.text.length < 120);
  if (at < 0) {
    header.needsReview.push({ field: 'title', reason: 'Không tìm thấy tiêu đề "KẾ HOẠCH".' });
    return;
  }
  const heading = blocks[at]!;
  const rest = heading.text.replace(/^KẾ\s*HOẠCH\s*/u, '').trim();
  const next = blocks[at + 1];
  if (rest !== '') {
    header.title = rest;
    header.evidence.title = evidenceAt(heading, 0, heading.text);
  } else if (next && next.kind === 'paragraph' && !/^(Thực hiện|Căn cứ)/u.test(next.text) && next.text.length < 250) {
    header.title = next.text.replace(/\s*[.;]$/, '');
    header.evidence.title = evidenceAt(next, 0, next.text);
  } else {
    header.needsReview.push({ field: 'title', reason: 'Tiêu đề kế hoạch không rõ.', evidence: evidenceAt(heading, 0, heading.text) });
  }
}

function readYear(header: PlanHeader, blocks: TextBlock[]): void {
  if (header.title) {
    const years = [...header.title.matchAll(/năm\s+(\d{4})/gu)];
    const last = years[years.length - 1];
    if (last) {
      header.year = Number(last[1]);
      header.evidence.year = header.evidence.title;
      return;
    }
    if (readSpan(header)) return;
  }
  if (header.year !== null) {
    checkSigningYear(header, blocks);
    return;
  }
  const counts = new Map<number, { n: number; block: TextBlock; offset: number }>();
  for (const b of blocks.slice(0, 40)) {
    for (const m of b.text.matchAll(/năm\s+(20\d{2}|19\d{2})(?!\s*[-–])/gu)) {
      // A target ("Mục tiêu đến năm 2025", "đến cuối năm 2024", "tầm nhìn đến năm 2045") is not the plan's year.
      if (TARGET_BEFORE.test(b.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const y = Number(m[1]);
      const c = counts.get(y);
      if (c) c.n++;
      else counts.set(y, { n: 1, block: b, offset: m.index });
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (best) {
    header.year = best[0];
    header.evidence.year = evidenceAt(best[1].block, best[1].offset, best[1].block.text);
    header.needsReview.push({
      field: 'year',
      reason: `Năm của kế hoạch được suy ra từ nội dung (năm ${best[0]} được nhắc nhiều nhất), không có trong tiêu đề.`,
      evidence: header.evidence.year,
    });
  } else {
    header.needsReview.push({ field: 'year', reason: 'Không xác định được năm của kế hoạch.' });
  }
}

const TARGET_BEFORE = /(?:đến|tới|tầm\s+nhìn|định\s+hướng)\s+(?:(?:hết|cuối|đầu|giữa)\s+)?$/iu;
const SPAN = /(?:giai\s+đoạn|nhiệm\s+kỳ|từ\s+năm)?\s*((?:19|20)\d{2})\s*(?:[-–—]|đến(?:\s+năm)?)\s*((?:19|20)\d{2})/iu;

/**
 * A plan over several years ("giai đoạn 2025 - 2030"): its year is the one it is signed in when that
 * falls in the span, else the span's first; a note says the calendar covers one year of it.
 */
function readSpan(header: PlanHeader): boolean {
  const m = SPAN.exec(header.title!);
  if (!m) return false;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (to <= from || to - from > 20) return false;
  const signed = header.issuedOn ? Number(header.issuedOn.slice(0, 4)) : null;
  header.year = signed !== null && signed >= from && signed <= to ? signed : from;
  header.evidence.year = header.evidence.title;
  header.needsReview.push({
    field: 'year',
    reason: `Kế hoạch cho nhiều năm (${from}–${to}): lịch được lập cho năm ${header.year}; cần lập lại cho từng năm sau.`,
    evidence: header.evidence.title,
  });
  return true;
}

/** Dates a text gives a document after "ngày" ("ngày 20/12/2023", "ngày 03 tháng 4 năm 2017"); a span in a title ("(09/7/1912 - 09/7/2012)") is none. */
const CITED_DATE =
  /(?<=ngày\s*)(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2}))/gu;

/**
 * The header's year, read from the signing date, against the documents the plan cites: a plan cannot
 * cite a document written after it ("ngày 08 tháng 01 năm 2023" citing a submission of 20/12/2023). When
 * the next year fits every cited date, that is the year (a slip common in January), with a note; when it
 * does not, the note only.
 */
function checkSigningYear(header: PlanHeader, blocks: TextBlock[]): void {
  const signed = header.issuedOn;
  if (!signed || header.evidence.year !== header.evidence.issuedOn) return;
  const firstSection = blocks.findIndex((b) => b.kind === 'roman');
  const preamble = blocks.slice(0, firstSection < 0 ? 40 : firstSection);
  const dateLine = header.evidence.issuedOn?.line;
  let latest: { date: string; ev: EvidenceLine } | null = null;
  for (const b of preamble) {
    if (b.lines.includes(dateLine ?? -1) && b.lines.length <= 2) continue;
    for (const m of b.text.matchAll(CITED_DATE)) {
      const date = m[1] ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : iso(Number(m[6]), Number(m[5]), Number(m[4]));
      if (date && date > signed && (!latest || date > latest.date)) latest = { date, ev: evidenceAt(b, m.index, b.text) };
    }
  }
  if (!latest) return;
  const year = Number(signed.slice(0, 4));
  const nextYear = `${year + 1}${signed.slice(4)}`;
  if (nextYear >= latest.date) {
    header.year = year + 1;
    header.evidence.year = latest.ev;
  }
  header.needsReview.push({
    field: 'year',
    reason: `Ngày ký ghi năm ${year} nhưng kế hoạch dẫn văn bản ngày ${latest.date.split('-').reverse().join('/')}, sau ngày ký: ${
      header.year !== year ? `năm của kế hoạch có lẽ là ${header.year}` : 'năm ghi ở đầu văn bản có thể sai'
    }; cần kiểm tra ngày ký và năm.`,
    evidence: latest.ev,
  });
}

function setIssuer(header: PlanHeader, levelWord: string, name: string | null, ev: EvidenceLine): void {
  header.issuer = committee(levelWord, name);
  header.level = levelOf(levelWord, name);
  header.evidence.issuer = ev;
  header.evidence.level = ev;
}

function setBody(header: PlanHeader, body: IssuingBody, ev: EvidenceLine): void {
  header.issuer = body.name;
  header.level = body.level;
  header.evidence.issuer = ev;
  header.evidence.level = ev;
  if (!body.placed)
    header.needsReview.push({
      field: 'issuer',
      reason: `Văn bản ghi "${body.name}" mà không ghi ${body.level === 'district' ? 'huyện' : body.level === 'commune' ? 'xã' : 'tỉnh'} nào: cần nhập tên đầy đủ của cơ quan ban hành.`,
      evidence: ev,
    });
}

/** A letterhead line that is only a place ("TỈNH QUẢNG NGÃI"). */
const PLACE_LINE = /^(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN)\s+[\p{Lu}\p{M}\s-]+$/u;

/** The national motto, with or without its dashes ("Độc lập Tự do Hạnh phúc" when a header is flattened). */
const MOTTO = /Độc\s+lập\s*[-–,]?\s*Tự\s+do\s*[-–,]?\s*Hạnh\s+ph[úu]c/gu;

/** What a letterhead or signature line may hold around a body's name: its head's title, "Số: …", a rule. */
const BODY_LINE_BEFORE = /^(?:(?:TM|KT|Q|TL|TUQ)\.\s*)?(?:(?:BỘ\s+TRƯỞNG|GIÁM\s+ĐỐC|TRƯỞNG\s+PHÒNG|CHỦ\s+TỊCH)\s+)?$/iu;
const BODY_LINE_AFTER = /^\s*(?:$|\||[-_–—]{3,}|Số\s*:|CỘNG\s+HO[ÀA])/u;

/** A body that a line is made of (a letterhead "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BỘ TRƯỞNG BỘ NỘI VỤ"). */
function bodyLine(text: string): IssuingBody | null {
  const body = findBodies(text)[0];
  if (!body) return null;
  const before = text.slice(0, body.index);
  const after = text.slice(body.index + body.length);
  return BODY_LINE_BEFORE.test(before) && BODY_LINE_AFTER.test(after) ? body : null;
}

/**
 * "Chủ tịch UBND tỉnh ban hành Kế hoạch …" (the plan is the Chairman's, under the Committee's letterhead
 * and number): the Committee stays the issuer and the Chairman is named after it.
 */
function chairman(header: PlanHeader, blocks: TextBlock[]): void {
  if (header.issuer === null || !header.issuer.startsWith('UBND ')) return;
  const levelWord = /^UBND (thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh)/u.exec(header.issuer)?.[1];
  if (!levelWord) return;
  const re = new RegExp(
    `(?<![\\p{L}])Chủ tịch\\s+(?:${COMMITTEE})\\s+${levelWord}(?:\\s+${NAME})?\\s+(?:đã\\s+|vừa\\s+)?ban hành\\s+(?:\\S+\\s+){0,2}?Kế hoạch`,
    'u',
  );
  for (const b of blocks.slice(0, 30)) {
    if (re.test(b.text)) {
      header.issuer = `${header.issuer} (Chủ tịch UBND ${levelWord})`;
      return;
    }
  }
}

function readIssuer(header: PlanHeader, headLines: SourceLine[], blocks: TextBlock[], lines: SourceLine[]): void {
  readIssuerOnly(header, headLines, blocks, lines);
  chairman(header, blocks);
}

function readIssuerOnly(header: PlanHeader, headLines: SourceLine[], blocks: TextBlock[], lines: SourceLine[]): void {
  // a) The letterhead: "ỦY BAN NHÂN DÂN" / "XÃ HÀNH ĐỨC" (the national motto stripped).
  const kh = headLines.findIndex((l) => /^KẾ\s*HOẠCH\b/u.test(l.text));
  const letterhead = (kh >= 0 ? headLines.slice(0, kh) : headLines.slice(0, 12)).map((l) => ({
    ...l,
    text: l.text
      .replace(/CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/gu, ' ')
      .replace(/CỘNG\s+HOÀ\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/gu, ' ')
      .replace(MOTTO, ' ')
      .trim(),
  }));
  const committeeAt = letterhead.findIndex((l) => /(?:ỦY|UỶ)\s+BAN\s+NH[ÂẬA]N\s+D[ÂA]N|UBND/u.test(l.text));
  // A ministry, a department or office under its Committee ("UBND TỈNH HẬU GIANG" / "SỞ VĂN HÓA, THỂ
  // THAO VÀ DU LỊCH"), a coordinating council: the body is the issuer, placed by the Committee's line.
  for (const [k, l] of letterhead.entries()) {
    const body = bodyLine(l.text);
    if (!body) continue;
    let placed = body;
    if (!body.placed && committeeAt >= 0 && committeeAt < k) {
      const above = letterhead
        .slice(committeeAt, k)
        .map((x) => x.text.replace(/^(?:ỦY|UỶ)\s+BAN\s+NH[ÂẬA]N\s+D[ÂA]N|^UBND/u, '').trim())
        .join(' ');
      const again = findBodies(`${l.text.slice(body.index, body.index + body.length)} ${above}`)[0];
      if (again?.placed) placed = { ...again, level: body.kind === 'council' ? again.level : body.level };
    }
    // "BAN DÂN TỘC" / "TỈNH QUẢNG NGÃI": the place on the letterhead's next line.
    const below = letterhead[k + 1];
    if (!placed.placed && below && PLACE_LINE.test(below.text)) {
      const again = findBodies(`${l.text.slice(body.index, body.index + body.length)} ${below.text}`)[0];
      if (again?.placed) placed = again;
    }
    setBody(header, placed, { line: l.line, text: l.raw });
    return;
  }
  if (committeeAt >= 0) {
    for (const l of letterhead.slice(committeeAt, committeeAt + 3)) {
      const m = new RegExp(
        `(?:^|\\s)(${LEVEL_WORDS_UPPER})\\s+((?:\\p{Lu}+)(?:(?:\\s|\\s?[-–]\\s?)\\p{Lu}+){0,4})(?=\\s{2,}|\\s*$|\\s+[\\p{Ll}])`,
        'u',
      ).exec(l.text.replace(/^(?:ỦY|UỶ)\s+BAN\s+NH[ÂẬA]N\s+D[ÂA]N|^UBND/u, ''));
      if (m) {
        setIssuer(header, m[1]!, titleCase(m[2]!), { line: l.line, text: l.raw });
        return;
      }
    }
  }
  // a') A letterhead broken mid-name, as a copied header table leaves it ("ỦY" / "BAN NHÂN DÂN" / "TỈNH THANH
  //     HÓA", "BAN CHỈ ĐẠO TỔNG ĐIỀU" / "TRA" / "NÔNG THÔN, …"): each run of capital lines read as one.
  for (const run of capitalRuns(letterhead)) {
    const body = bodyLine(run.text) ?? steeringCommittee(run.text);
    if (body) {
      setBody(header, body, { line: run.line, text: run.raw });
      return;
    }
    const m = new RegExp(
      `^(?:(?:ỦY|UỶ)\\s+BAN\\s+NH[ÂẬA]N\\s+D[ÂA]N|UBND)\\s+(${LEVEL_WORDS_UPPER})\\s+((?:\\p{Lu}+)(?:(?:\\s|\\s?[-–]\\s?)\\p{Lu}+){0,4})$`,
      'u',
    ).exec(run.text);
    if (m) {
      setIssuer(header, m[1]!, titleCase(m[2]!), { line: run.line, text: run.raw });
      return;
    }
  }
  const bodyBlocks = blocks.filter((b) => b.kind !== 'row');
  // b) "UBND xã Hành Đức ban hành Kế hoạch", "Ủy ban nhân dân xã Gia Viễn xây dựng kế hoạch".
  const issuing = new RegExp(
    `(?:${COMMITTEE})\\s+(${LEVEL_WORDS})\\s+(${NAME})\\s+(?:ban hành|xây dựng)\\s+(?:\\S+\\s+){0,2}?[Kk]ế hoạch`,
    'u',
  );
  for (const b of bodyBlocks.slice(0, 30)) {
    const m = issuing.exec(b.text);
    if (m) {
      setIssuer(header, m[1]!, m[2]!, evidenceAt(b, m.index, b.text));
      return;
    }
    for (const body of findBodies(b.text)) {
      if (!ISSUES_AFTER_BODY.test(b.text.slice(body.index + body.length))) continue;
      setBody(header, body, evidenceAt(b, body.index, b.text));
      return;
    }
  }
  // c) "Trên đây là Kế hoạch … của UBND xã Hoằng Trung", or the appendix title.
  const closing = new RegExp(`[Kk]ế hoạch[^.;]{0,160}?của\\s+(?:${COMMITTEE})\\s+(${LEVEL_WORDS})\\s+(${NAME})`, 'u');
  const appendix = new RegExp(`^Nhiệm vụ[^.;]{0,160}?của\\s+(?:${COMMITTEE})\\s+(${LEVEL_WORDS})\\s+(${NAME})`, 'u');
  for (const b of bodyBlocks) {
    const m = /^Trên đây/u.test(b.text) ? closing.exec(b.text) : appendix.exec(b.text);
    if (m) {
      setIssuer(header, m[1]!, m[2]!, evidenceAt(b, m.index, b.text));
      return;
    }
  }
  // c') The signature: "TM. ỦY BAN NHÂN DÂN XÃ HÀNH ĐỨC", "KT. GIÁM ĐỐC SỞ …" (a plan copied without its letterhead).
  for (const l of lines.slice(-40)) {
    const m = new RegExp(
      `^(?:TM|KT)\\.\\s*(?:(?:ỦY|UỶ)\\s+BAN\\s+NH[ÂA]N\\s+D[ÂA]N|UBND)\\s+(${LEVEL_WORDS_UPPER})\\s+(\\p{Lu}+(?:(?:\\s|\\s?[-–]\\s?)\\p{Lu}+){0,4})\\s*$`,
      'u',
    ).exec(l.text);
    if (m) {
      setIssuer(header, m[1]!, titleCase(m[2]!), { line: l.line, text: l.raw });
      return;
    }
    const body = /^(?:TM|KT)\./u.test(l.text) ? bodyLine(l.text) : null;
    if (body) {
      setBody(header, body, { line: l.line, text: l.raw });
      return;
    }
  }
  // d) The title: "… trên địa bàn huyện Vĩnh Linh năm 2025".
  if (header.title) {
    const m = new RegExp(`địa bàn\\s+(${LEVEL_WORDS})\\s+(${NAME})`, 'u').exec(header.title);
    if (m && header.evidence.title) {
      setIssuer(header, m[1]!, m[2]!, header.evidence.title);
      return;
    }
  }
  // e) Only the level is said ("UBND huyện xây dựng Kế hoạch", "trên địa bàn huyện."): take
  //    the one unit of that level the text names, and ask a person to check.
  let levelWord: string | null = null;
  let levelEv: EvidenceLine | null = null;
  const levelOnly = new RegExp(
    `(?:(?:${COMMITTEE})\\s+(${LEVEL_WORDS})\\s+(?:(?:vừa|đã)\\s+)?(?:ban hành|xây dựng|yêu cầu|phê duyệt)|địa bàn\\s+(${LEVEL_WORDS})\\s*[.;,])`,
    'u',
  );
  for (const b of bodyBlocks) {
    if (/^(Thực hiện|Căn cứ)/u.test(b.text)) continue;
    const m = levelOnly.exec(b.text);
    if (m) {
      levelWord = (m[1] ?? m[2])!;
      levelEv = evidenceAt(b, m.index, b.text);
      break;
    }
  }
  if (levelWord && levelEv) {
    const named = new Map<string, EvidenceLine>();
    const re = new RegExp(`(?<![\\p{L}])${levelWord}\\s+(${NAME})`, 'gu');
    for (const b of bodyBlocks) {
      if (/^(Thực hiện|Căn cứ)/u.test(b.text)) continue;
      for (const m of b.text.matchAll(re)) if (!named.has(m[1]!)) named.set(m[1]!, evidenceAt(b, m.index, b.text));
    }
    if (named.size === 1) {
      const [name, ev] = [...named.entries()][0]!;
      setIssuer(header, levelWord, name, ev);
      header.needsReview.push({
        field: 'issuer',
        reason: `Văn bản không ghi tên cơ quan ban hành ở đầu; suy ra "${header.issuer}" từ nội dung, cần kiểm tra.`,
        evidence: ev,
      });
      return;
    }
    // The dateline's place names the issuing unit (Decree 30/2020/NĐ-CP, Appendix I: a province's,
    // district's or commune's bodies write that unit's name, "Tây Ninh, ngày 15 tháng 5 năm 2019").
    if (header.place !== null && header.evidence.place) {
      setIssuer(header, levelWord, header.place, levelEv);
      header.needsReview.push({
        field: 'issuer',
        reason: `Văn bản chỉ ghi cấp ("UBND ${levelWord}"); suy ra "${header.issuer}" từ địa danh ở dòng ngày tháng ("${header.place}, ngày …"), cần kiểm tra.`,
        evidence: header.evidence.place,
      });
      return;
    }
    setIssuer(header, levelWord, null, levelEv);
    header.needsReview.push({
      field: 'issuer',
      reason: `Văn bản chỉ ghi cấp ("UBND ${levelWord}") mà không ghi tên đơn vị ban hành.`,
      evidence: levelEv,
    });
    return;
  }
  header.needsReview.push({ field: 'issuer', reason: 'Không xác định được cơ quan ban hành kế hoạch.' });
}

/** Runs of consecutive lines in capitals (a rule, a "|" or a line in lower case ends a run), each joined into one. */
function capitalRuns(lines: SourceLine[]): SourceLine[] {
  const runs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const l of lines) {
    if (/\p{Lu}/u.test(l.text) && !/\p{Ll}/u.test(l.text)) current.push(l);
    else {
      if (current.length > 1) runs.push(current);
      current = [];
    }
  }
  if (current.length > 1) runs.push(current);
  return runs.map((r) => ({
    line: r[0]!.line,
    text: r.map((l) => l.text).join(' '),
    raw: r.map((l) => l.raw).join(' '),
  }));
}

function readImplements(header: PlanHeader, blocks: TextBlock[]): void {
  const ref = new RegExp(
    `(?:Kế hoạch|Kế hoach|KH)\\s+số\\s+(${DOC_NUMBER})\\s*(?:ngày\\s+(${DATE_TEXT}))?\\s*(?:của\\s+(?:Chủ tịch\\s+)?(${COMMITTEE})\\s+(${LEVEL_WORDS})(?:\\s+(${NAME}))?)?`,
    'gu',
  );
  for (const b of blocks) {
    if (!/^Thực hiện\s+(?:Kế hoạch|KH)\b/u.test(b.text)) continue;
    // Only the references before the issuer's own clause ("…, UBND xã X ban hành Kế hoạch").
    const own = /(?:ban hành|xây dựng)\s+(?:\S+\s+){0,2}?[Kk]ế hoạch/u.exec(b.text);
    const scope = own ? b.text.slice(0, own.index) : b.text;
    for (const m of scope.matchAll(ref)) {
      const number = m[1]!.replace(/\s+/g, '');
      const issuedOn = m[2] ? parseDocumentDate(m[2]) : null;
      let issuer: string | null = null;
      if (m[4]) {
        let name: string | null = m[5] ?? null;
        if (!name) {
          // "của UBND tỉnh về … trên địa bàn tỉnh Quảng Trị": the name comes later in the sentence.
          const later = new RegExp(`${m[4]}\\s+(${NAME})`, 'u').exec(scope.slice(m.index + m[0].length));
          if (later) name = later[1]!;
        }
        issuer = committee(m[4], name);
      }
      header.implements.push({ number, issuedOn, issuer, evidence: evidenceAt(b, m.index, b.text) });
    }
  }
}
