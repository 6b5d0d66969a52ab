/**
 * How the document wraps the plan, and what that changes in its header:
 *  - a decision that issues it ("QUYẾT ĐỊNH … Điều 1. Ban hành Kế hoạch …"): the title is the
 *    plan's, the number is the decision's (a review note says so);
 *  - a news item that reposts it ("Ngày 14/02/2025, UBND xã … ban hành Kế hoạch số …"): the
 *    number, date and issuer come from that sentence, with a note to check the original;
 *  - a commune plan copied from its district's, still saying "UBND huyện ban hành" or "trên
 *    địa bàn huyện" of itself: a review note, never a change of issuer.
 */
import { findBodies } from './issuing-body.js';
import { levelOf, normalizeDocNumber, type PlanHeader } from './plan-header.reader.js';
import type { AdministrativeLevel, DocumentWrapper, EvidenceLine, NeedsReview } from './plan-reading.types.js';
import { evidenceAt, type TextBlock } from './plan-text.js';
import { looksLikePerson, namedPlaces, partyCommitteeNames, titledBefore } from './unit-names.js';

const DECISION_HEADING = /^QUYẾT\s+ĐỊNH\b/u;
/** "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …", words glued as some sites serve them ("kèm theoQuyết định"). */
const ARTICLE_ONE = /^Điều\s*1\s*[.:]\s*Ban\s*hành\s*(?:kèm\s*theo\s*Quyết\s*định\s*này\s*)?(Kế\s*hoạch\b.*)$/iu;

/** The first article of a decision that issues a plan ("Điều 1. Ban hành … Kế hoạch …"), when the document is one. */
function planArticle(blocks: readonly TextBlock[]): TextBlock | undefined {
  // "QUYẾT" / "ĐỊNH": a heading broken mid-word, as a copied header table leaves it.
  const joined = (k: number): string =>
    /^\p{Lu}+$/u.test(blocks[k]!.text) && blocks[k + 1] ? `${blocks[k]!.text} ${blocks[k + 1]!.text}` : blocks[k]!.text;
  const heading = blocks.findIndex((b, k) => DECISION_HEADING.test(joined(k)) && b.text.length < 40);
  return heading < 0 ? undefined : blocks.slice(heading).find((b) => ARTICLE_ONE.test(b.text));
}

/** A decision whose first article issues a plan (the plan attached or written in it): a plan's own document, whatever its number says. */
export function decisionIssuingPlan(blocks: readonly TextBlock[]): boolean {
  return planArticle(blocks) !== undefined;
}
/**
 * "Ngày 14/02/2025, UBND xã Phú Lâm ban hành Kế hoạch số 18/KH-UBND về …", and the variants real
 * news items write: "UBND tỉnh đã ban hành Kế hoạch số 47/KH-UBND …" (no name), "… Kế hoạch số
 * 132-KH/UBND …", "Ủy ban nhân dân xã Tứ Kỳ đã ban hành Kế hoạch tuyên truyền … năm 2025, nhằm …"
 * (no date, no number). Groups: day, month, year, issuer, number, subject.
 */
/** "Ngày 14/02/2025, " or "Ngày 18 tháng 7 năm 2025 " before the issuer. Groups: day, month, year. */
const DATELINE = '(?:Ngày\\s+(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+tháng\\s+)(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+năm\\s+)(\\d{4})\\s*,?\\s*)?';
/** A number as news leads write it: "số 18/KH-UBND", "số: 05/KH -UBND", "số: 115" (bare), "778/KH-VPUBND" (no "số"). */
const LEAD_NUMBER =
  '(?:\\s+số\\s*:?\\s*(?<number>\\d+(?:\\s*[/–-]\\s*[A-ZĐ]+)*)|\\s+(?<bare>\\d+\\s*[/–-]\\s*[A-ZĐ]+(?:\\s*[/–-]\\s*[A-ZĐ]+)*))?';
/** The plan's own date right after its number: "số: 115, ngày 08/06/2018". */
const LEAD_NUMBER_DATE = '(?:\\s*,?\\s*ngày\\s+(?<pd>\\d{1,2})\\s*[/.-]\\s*(?<pm>\\d{1,2})\\s*[/.-]\\s*(?<py>\\d{4}))?';
const NEWS_ISSUE = new RegExp(
  [
    `(?:^|[\\s(])${DATELINE}`,
    // Not the Committee's office ("Văn phòng UBND tỉnh vừa ban hành …"): that is a body of its own.
    '(?<![Vv]ăn\\s+phòng\\s+)((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?:\\s+[\\p{Lu}][\\p{L}-]*)*)',
    '\\s+(?:đã\\s+|vừa\\s+)?(?:ký\\s+)?ban\\s+hành\\s+[Kk]ế\\s+hoạch',
    LEAD_NUMBER,
    LEAD_NUMBER_DATE,
    // The subject runs to the end of the sentence, or to the next dateline (a headline joined to its lead).
    '(?:\\s+(?:về\\s+(?:việc\\s+)?)?(?<subject>(?:(?!\\s+Ngày\\s+\\d)[^.;])+))?',
  ].join(''),
  'gu',
);
/** Groups: day, month, year (dateline), issuer, decision number, day, month, year (the decision's date), subject. */
const NEWS_DECISION = new RegExp(
  [
    `(?:^|[\\s(,])${DATELINE}`,
    '((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?:\\s+[\\p{Lu}][\\p{L}-]*)*)',
    '\\s+(?:đã\\s+|vừa\\s+)?ban\\s+hành\\s+[Qq]uyết\\s+định\\s+(?:số\\s+)?(\\d+\\s*/\\s*QĐ\\s*-\\s*[A-ZĐ]+)',
    '(?:\\s+ngày\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}))?',
    '\\s+về\\s+(?:việc\\s+)?(?:ban\\s+hành\\s+|phê\\s+duyệt\\s+)?(?:[Kk]ế\\s+)?[Hh]oạch\\s+([^.;]+)',
  ].join(''),
  'u',
);
/**
 * A news item about a plan already issued, naming it and its issuer: "Thực hiện kế hoạch số 19/KH-SVHTTDL
 * của Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang về việc …, Trung tâm … sẽ …", "… trong Kế hoạch thông
 * tin, tuyên truyền cải cách hành chính năm 2023 do Bộ Nội vụ … đưa ra". Groups: number, what comes between
 * the plan and its issuer. The issuer itself is read after "của"/"do".
 */
const NEWS_NAMES_PLAN =
  /(?<![\p{L}])[Kk]ế\s+hoạch(?:\s+số\s+(\d+\s*\/\s*[A-ZĐ]+(?:\s*-\s*[A-ZĐ]+)*))?((?:\s+[^\s.;]+){0,30}?)\s+(?:của|do)\s+/gu;
const NEWS_COMMITTEE =
  /^(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)((?:\s+[\p{Lu}][\p{L}-]*){0,5})/u;
/**
 * A news item's own dateline ending a line: "Ngày 06-04-2021", "17/08/2023 | 09:55 AM", "Thứ bảy 22/1/2022",
 * "26/08/2022 14:52 182" (a portal's view count after the clock).
 */
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:AM|PM|SA|CH))?';
const NEWS_DATELINE = new RegExp(
  `(?:^|\\s)(?:Ngày\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?:\\s*(?:\\||-)?\\s*${TIME}(?:\\s+\\d{1,7})?)?$`,
  'iu',
);
/**
 * A headline that ends with its posting stamp, a date and a time either way round: "Tuyên truyền … (14:07
 * 17/05/2019)", "… đến hết ngày 03/9/2022 22/08/2022 03:01" (the stamp's line joined to the headline).
 */
const HEADLINE_POSTED = new RegExp(
  `(?:\\(\\s*${TIME}\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\s*\\)(?=\\s+\\p{Lu}|$)|\\s(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\s*(?:\\||-)?\\s*${TIME}$)`,
  'iu',
);

/** After a body's name: "(đã) ban hành Kế hoạch (số) 67/KH-SVHTTDL về …". Groups: number, subject. */
const BODY_ISSUES =
  /^\s*(?:(?:đã|vừa)\s+)*ban\s+hành\s+Kế\s+hoạch(?:\s+(?:số\s+)?(\d+\s*[/-]\s*[A-ZĐ]+(?:\s*[/-]\s*[A-ZĐ]+)*))?(?:\s+(?:về\s+(?:việc\s+)?)?((?:(?!\s+Ngày\s+\d)[^.;])+))?/u;
/** "Ngày 02/11/2021, " right before the body. Groups: day, month, year. */
const BODY_DATELINE = /(?:^|\s)Ngày\s+(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})\s*,?\s*$/u;
const OWN_ISSUING = /(?:ban\s+hành|xây\s+dựng)\s+(?:\S+\s+){0,2}?[Kk]ế\s+hoạch/u;
const COPIED_ISSUING = /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+huyện\s+ban\s+hành\s+Kế\s+hoạch/u;
const COPIED_SCOPE = /trên\s+địa\s+bàn\s+(?:toàn\s+)?huyện(?!\s+[\p{Lu}])/u;

const iso = (y: string, m: string, d: string): string | null => {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? date.toISOString().slice(0, 10) : null;
};
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const dropNotes = (header: PlanHeader, fields: string[]): void => {
  header.needsReview = header.needsReview.filter((n) => n.taskId !== undefined || !fields.includes(n.field));
};

/** Reads the wrapper and corrects the header in place; returns which wrapper it is. */
export function readWrapper(header: PlanHeader, blocks: readonly TextBlock[]): DocumentWrapper {
  const wrapper = readDecision(header, blocks) ? 'decision' : readNews(header, blocks) ? 'news' : 'plan';
  if (header.year === null && (wrapper === 'news' || !blocks.some((b) => /^KẾ\s*HOẠCH\b/u.test(b.text)))) postedYear(header, blocks);
  if (header.year === null) datedYear(header, blocks);
  levelInYear(header);
  noteDistrictCopy(header, blocks);
  return wrapper;
}

/** The news item's own dateline, a line of its own or the end of its headline. */
function postingDate(blocks: readonly TextBlock[]): { block: TextBlock; year: number } | null {
  for (const b of blocks.slice(0, 6)) {
    const dated = NEWS_DATELINE.exec(b.text);
    const stamp = HEADLINE_POSTED.exec(b.text);
    const [day, month, year] = dated
      ? [dated[1], dated[2], dated[3]]
      : stamp
        ? [stamp[1] ?? stamp[4], stamp[2] ?? stamp[5], stamp[3] ?? stamp[6]]
        : [];
    if (day && month && year && iso(year, month, day)) return { block: b, year: Number(year) };
  }
  return null;
}

/**
 * A page that gives no year for the plan it reports (no heading, no date of issue): the year of its posting
 * date, with a note ("Thứ bảy 22/1/2022", "(14:07 17/05/2019)").
 */
function postedYear(header: PlanHeader, blocks: readonly TextBlock[]): void {
  const posted = postingDate(blocks);
  if (!posted) return;
  header.year = posted.year;
  header.evidence.year = evidenceAt(posted.block, 0, posted.block.text);
  dropNotes(header, ['year']);
  header.needsReview.push({
    field: 'year',
    reason: `Bản tin không ghi năm của kế hoạch; lấy năm ${header.year} của ngày đăng tin, cần kiểm tra.`,
    evidence: header.evidence.year,
  });
}

/** A document's number then "ngày": the date that follows is that document's. */
const CITED_BEFORE = /(?<![\p{L}])số\s*:?\s*[\p{L}\d/.-]+\s*,?\s*(?:ban\s+hành\s+)?ngày\s*$/iu;
/** "12-11-2016", "10/10/2025": a day written in full, not the first of a span ("21/6/1925-21/6/2018"). */
const FULL_DATE = /(?<![\d/.-])\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*((?:19|20)\d{2})(?![\d])(?!\s*[-–]\s*\d)/gu;

/**
 * A document that gives its year nowhere else (no "năm 2016", no header, no posting date), as a notice may:
 * the year of the days it names in full ("từ ngày 7-11 đến ngày 12-11-2016"), leaving out the dates of the
 * documents it cites; the latest when they differ as often. With a note.
 */
function datedYear(header: PlanHeader, blocks: readonly TextBlock[]): void {
  const counts = new Map<number, { n: number; block: TextBlock; offset: number }>();
  for (const b of blocks.slice(0, 40))
    for (const m of b.text.matchAll(FULL_DATE)) {
      if (CITED_BEFORE.test(b.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const y = Number(m[1]);
      const c = counts.get(y);
      if (c) c.n++;
      else counts.set(y, { n: 1, block: b, offset: m.index });
    }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || b[0] - a[0])[0];
  if (!best) return;
  header.year = best[0];
  header.evidence.year = evidenceAt(best[1].block, best[1].offset, best[1].block.text);
  dropNotes(header, ['year']);
  header.needsReview.push({
    field: 'year',
    reason: `Văn bản không ghi năm của kế hoạch; lấy năm ${best[0]} của các ngày được nêu trong văn bản, cần kiểm tra.`,
    evidence: header.evidence.year,
  });
}

/**
 * Cities that became centrally governed (a province's level) in a given year: before it, a plan of "UBND
 * thành phố Huế" is a district's (Huế was a city of Thừa Thiên Huế until 2025).
 */
const CENTRAL_SINCE: Record<string, number> = { Huế: 2025 };

function levelInYear(header: PlanHeader): void {
  const city = /^UBND thành phố (.+)$/u.exec(header.issuer ?? '')?.[1];
  const since = city ? CENTRAL_SINCE[city] : undefined;
  if (since !== undefined && header.level === 'province' && header.year !== null && header.year < since) header.level = 'district';
}

function readDecision(header: PlanHeader, blocks: readonly TextBlock[]): boolean {
  const article = planArticle(blocks);
  if (!article) return false;
  if (header.title === null) {
    const plan = ARTICLE_ONE.exec(article.text)![1]!;
    const title = plan
      .replace(/^Kế\s+hoạch\s+/iu, '')
      .replace(/\s*\((?:sau đây|dưới đây)[^)]*\).*$/u, '')
      .replace(/[,.;:]\s*$/u, '')
      .trim();
    if (title !== '') {
      header.title = capitalised(title);
      header.evidence.title = evidenceAt(article, 0, article.text);
      dropNotes(header, ['title']);
      const year = /năm\s+(\d{4})/u.exec(title);
      if (year && header.year === null) {
        header.year = Number(year[1]);
        header.evidence.year = header.evidence.title;
        dropNotes(header, ['year']);
      }
    }
  }
  header.needsReview.push({
    field: 'number',
    reason: `Kế hoạch được ban hành kèm một Quyết định${header.number ? ` (số ${header.number})` : ''}: số ghi ở đây là số của Quyết định, cần kiểm tra.`,
    evidence: evidenceAt(article, 0, article.text),
  });
  return true;
}

function readNews(header: PlanHeader, blocks: readonly TextBlock[]): boolean {
  // Without its dateline ("Ngày …, ") the sentence is also how a plan itself opens ("UBND xã … ban
  // hành Kế hoạch tuyên truyền … như sau"): it marks a news item only where the document has no plan
  // heading and no number of its own.
  const ownHeader = header.title !== null || header.number !== null;
  // The headline often says it too ("UBND xã … ban hành Kế hoạch tuyên truyền …"): the sentence with a
  // dateline or a number says more, so it is preferred.
  const found = blocks
    .slice(0, 12)
    .flatMap((b) => [...b.text.matchAll(NEWS_ISSUE)].map((m) => ({ b, m })))
    .filter((x) => x.m[1] !== undefined || !ownHeader);
  const numberOf = (m: RegExpMatchArray): string | undefined => m.groups?.['number'] ?? m.groups?.['bare'];
  const best = found.find((x) => x.m[1] !== undefined || numberOf(x.m) !== undefined) ?? found[0];
  if (best) {
    const { b, m } = best;
    const g = m.groups ?? {};
    const dated = m[1] !== undefined ? iso(m[3]!, m[2]!, m[1]!) : g['pd'] !== undefined ? iso(g['py']!, g['pm']!, g['pd']!) : null;
    const ev = evidenceAt(b, m.index, b.text);
    const [issuer, signerNote] = signerDropped(m[4]!, b.text.slice(0, m.index + m[0].indexOf(m[4]!)), blocks, ev);
    const replaces = header.issuer === null || header.needsReview.some((n) => n.field === 'issuer' && n.taskId === undefined);
    applyLead(header, blocks, ev, { issuedOn: dated, issuer, number: numberOf(m) ?? null, subject: g['subject'] ?? null });
    if (signerNote && replaces) header.needsReview.push(signerNote);
    return true;
  }
  // "Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL …": a
  // ministry, department or council's plan reposted the same way.
  for (const b of blocks.slice(0, 12)) {
    for (const body of findBodies(b.text)) {
      const m = BODY_ISSUES.exec(b.text.slice(body.index + body.length));
      if (!m) continue;
      const d = BODY_DATELINE.exec(b.text.slice(0, body.index));
      if (!d && ownHeader) continue;
      const ev = evidenceAt(b, d ? d.index : body.index, b.text);
      applyLead(header, blocks, ev, {
        issuedOn: d ? iso(d[3]!, d[2]!, d[1]!) : null,
        issuer: body.name,
        level: body.level,
        placed: body.placed,
        number: m[1] ?? null,
        subject: m[2] ?? null,
      });
      return true;
    }
  }
  // "UBND huyện Núi Thành ban hành Quyết định 3526/QĐ-UBND ngày 25/5/2023 về Kế hoạch …": the plan
  // issued by a decision, reported as news; the number is the decision's.
  for (const b of header.number !== null ? [] : blocks.slice(0, 12)) {
    const m = NEWS_DECISION.exec(b.text);
    if (!m) continue;
    const ev = evidenceAt(b, m.index, b.text);
    const dated = m[1] !== undefined ? iso(m[3]!, m[2]!, m[1]!) : m[6] !== undefined ? iso(m[8]!, m[7]!, m[6]!) : null;
    applyLead(header, blocks, ev, { issuedOn: dated, issuer: m[4]!, number: m[5]!, subject: m[9] ?? null });
    header.needsReview.push({
      field: 'number',
      reason: `Kế hoạch được ban hành kèm Quyết định số ${m[5]!.replace(/\s+/gu, '')}: số ghi ở đây là số của Quyết định, cần kiểm tra.`,
      evidence: ev,
    });
    return true;
  }
  const ownIssuer = header.issuer !== null && !header.needsReview.some((n) => n.field === 'issuer' && n.taskId === undefined);
  return !ownHeader && !ownIssuer && readNewsNamingPlan(header, blocks);
}

/**
 * News about a plan already issued, that names the plan and its issuer but reports no issuing ("Thực hiện
 * kế hoạch số 19/KH-SVHTTDL của Sở …, Trung tâm … sẽ …"): the plan is that one. The news item's own
 * dateline gives the year only when nothing else does, with a note.
 */
function readNewsNamingPlan(header: PlanHeader, blocks: readonly TextBlock[]): boolean {
  for (const b of blocks.slice(0, 6)) {
    // A document that issues its own plan ("…, UBND thị trấn … xây dựng kế hoạch …") names its parents so.
    if (OWN_ISSUING.test(b.text)) return false;
    for (const m of b.text.matchAll(NEWS_NAMES_PLAN)) {
      const at = m.index + m[0].length;
      const rest = b.text.slice(at);
      const body = findBodies(rest)[0];
      let issuer: string;
      let level: AdministrativeLevel | null;
      let placed = true;
      let after: string;
      if (body && body.index === 0) {
        ({ level, placed } = body);
        issuer = body.name;
        after = rest.slice(body.length);
      } else {
        const c = NEWS_COMMITTEE.exec(rest);
        if (!c) continue;
        const name = c[2]!.trim();
        issuer = name === '' ? `UBND ${c[1]}` : `UBND ${c[1]} ${name}`;
        level = levelOf(c[1]!, name === '' ? null : name);
        placed = name !== '';
        after = rest.slice(c[0].length);
      }
      const between = m[2]!.trim();
      const about = /^\s*về\s+(?:việc\s+)?([^;]+?)(?:,|$)/u.exec(after.replace(/(?<=\.)\s.*$/u, ''))?.[1];
      const subject = between !== '' && !/^(?:này|đó|trên)$/u.test(between) ? between : (about ?? null);
      const ev = evidenceAt(b, m.index, b.text);
      applyLead(header, blocks, ev, { issuedOn: null, issuer, level, placed, number: m[1] ?? null, subject });
      if (header.year === null) postedYear(header, blocks);
      return true;
    }
  }
  return false;
}

/**
 * "Phó Chủ tịch UBND thị xã Nguyễn Thị Dung vừa ký ban hành …": the name after the level is the signer's.
 * The unit is then the one the text names through its Party committee ("Thị ủy Cửa Lò"), or the level
 * alone, with a note either way.
 */
function signerDropped(issuer: string, before: string, blocks: readonly TextBlock[], ev: EvidenceLine): [string, NeedsReview | null] {
  const m = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh)\s+(.+)$/u.exec(
    issuer.replace(/\s+/gu, ' '),
  );
  if (!m || !titledBefore(before) || !looksLikePerson(m[2]!)) return [issuer, null];
  const others = partyCommitteeNames(
    blocks.map((b) => b.text),
    m[1]!,
  ).filter((n) => n !== m[2]);
  // Wards and districts named after persons exist ("phường Trần Hưng Đạo"): without the unit named another
  // way, the name stays, with a note.
  if (others.length !== 1)
    return [
      issuer,
      { field: 'issuer', reason: `"${m[2]}" có thể là tên người ký, không phải tên đơn vị: cần kiểm tra cơ quan ban hành.`, evidence: ev },
    ];
  const unit = `UBND ${m[1]} ${others[0]}`;
  const note = {
    field: 'issuer',
    reason: `"${m[2]}" là tên người ký, không phải tên đơn vị: cơ quan ban hành là ${unit} (theo tên cấp ủy trong văn bản), cần kiểm tra.`,
    evidence: ev,
  };
  return [unit, note];
}

interface Lead {
  issuedOn: string | null;
  issuer: string;
  /** Given for a body that is no People's Committee (a ministry's level is null); read from "UBND …" otherwise. */
  level?: AdministrativeLevel | null;
  /** False when a department or council is named without its province. */
  placed?: boolean;
  number: string | null;
  subject: string | null;
}

/** The word for a level as a place is named ("tỉnh Quảng Nam", "huyện Yên Lập", "xã Gia Viễn"). */
const PLACE_WORD: Record<AdministrativeLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

/**
 * An issuer written without its place ("UBND tỉnh ban hành …", "Sở Thông tin và Truyền thông đã ban
 * hành …"), as news items on the unit's own portal write it: placed by the one place of that level the
 * text names ("trên địa bàn tỉnh Quảng Nam"), with a note to check; left as written, with a note to
 * complete it, when the text names none or several.
 */
function placeIssuer(header: PlanHeader, blocks: readonly TextBlock[], ev: EvidenceLine, committeeWord: string | null): void {
  const written = header.issuer!;
  const word = committeeWord ?? (header.level ? PLACE_WORD[header.level] : null);
  const places = word
    ? namedPlaces(
        blocks.slice(0, 12).map((b) => b.text),
        word,
      )
    : [];
  if (word && places.length === 1) {
    // "UBND tỉnh" and "Phòng Văn hóa và Thông tin huyện" end with the level already.
    header.issuer = `${written.endsWith(` ${word}`) ? written : `${written} ${word}`} ${places[0]}`;
    if (committeeWord) header.level = levelOf(committeeWord, places[0]!);
    header.needsReview.push({
      field: 'issuer',
      reason: `Bản tin ghi "${written}" mà không ghi thuộc địa phương nào; suy ra "${header.issuer}" từ nội dung, cần kiểm tra.`,
      evidence: ev,
    });
    return;
  }
  header.needsReview.push({
    field: 'issuer',
    reason: `Bản tin ghi "${written}" mà không ghi thuộc địa phương nào: cần nhập tên đầy đủ của cơ quan ban hành.`,
    evidence: ev,
  });
}

/** What a news item's lead sentence says of the plan, written into the header where it is still empty. */
function applyLead(header: PlanHeader, blocks: readonly TextBlock[], ev: EvidenceLine, lead: Lead): void {
  const { issuedOn } = lead;
  if (header.number === null && lead.number !== null) {
    header.number = normalizeDocNumber(lead.number);
    header.evidence.number = ev;
  }
  const issuer = lead.issuer.replace(/^(?:Ủy|Uỷ) ban nhân dân\b/u, 'UBND').replace(/\s+/gu, ' ');
  if (header.issuer === null || header.needsReview.some((n) => n.field === 'issuer' && n.taskId === undefined)) {
    header.issuer = issuer;
    header.evidence.issuer = ev;
    const level = /^UBND (thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh)(?: (.+))?$/u.exec(issuer);
    if (lead.level !== undefined) header.level = lead.level;
    else if (level) header.level = levelOf(level[1]!, level[2] ?? null);
    if (lead.level !== undefined || level) header.evidence.level = ev;
    dropNotes(header, ['issuer', 'level']);
    const unplaced = lead.placed === false || (level !== null && level[2] === undefined);
    if (unplaced) placeIssuer(header, blocks, ev, level?.[1] ?? null);
  }
  if (header.issuedOn === null && issuedOn) {
    header.issuedOn = issuedOn;
    header.evidence.issuedOn = ev;
  }
  const subject = lead.subject
    ?.replace(/,\s*(?:nhằm|để|với|trong đó|theo đó)\b.*$/u, '')
    .replace(/^Kế\s+hoạch\s+/iu, '')
    .trim();
  if (header.title === null && subject) {
    header.title = capitalised(subject);
    header.evidence.title = ev;
  }
  if (header.year === null && header.title) {
    const year = /năm\s+(\d{4})/u.exec(header.title);
    if (year) header.year = Number(year[1]);
  }
  if (header.year === null && issuedOn) header.year = Number(issuedOn.slice(0, 4));
  if (header.year !== null) header.evidence.year ??= ev;
  dropNotes(
    header,
    ['number', 'issuedOn', 'title', 'year'].filter((f) => (header as unknown as Record<string, unknown>)[f] !== null),
  );
  header.needsReview.push({
    field: 'source',
    reason:
      'Văn bản là tin đăng lại kế hoạch, không phải bản gốc: số, ngày và cơ quan ban hành lấy từ câu dẫn của bản tin, cần đối chiếu với văn bản gốc.',
    evidence: ev,
  });
}

function noteDistrictCopy(header: PlanHeader, blocks: readonly TextBlock[]): void {
  if (header.level !== 'commune') return;
  for (const b of blocks) {
    if (/^(?:Thực hiện|Căn cứ)\b/u.test(b.text) && !COPIED_ISSUING.test(b.text)) continue;
    const m = COPIED_ISSUING.exec(b.text) ?? (b.index < 12 ? COPIED_SCOPE.exec(b.text) : null);
    if (!m) continue;
    header.needsReview.push({
      field: 'issuer',
      reason: `Kế hoạch của ${header.issuer ?? 'cấp xã'} nhưng văn bản ghi "${m[0]}": có thể sao từ kế hoạch của huyện. Cơ quan ban hành vẫn là ${header.issuer ?? 'đơn vị cấp xã'}; cần sửa những chỗ ghi "huyện".`,
      evidence: evidenceAt(b, m.index, b.text),
    });
    return;
  }
}
