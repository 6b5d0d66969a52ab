/**
 * Guesses the kind of a phrase when none is given, from its atoms: a report word makes it
 * reporting; a deadline word ("trước ngày", "chậm nhất") a deadline; a count with a unit, a
 * percentage or a per-period noun a quota; dates, periods of time or "thường xuyên" a
 * timeframe. Each test is one line of the table below, tried in order.
 */
import type { Atom } from './pattern.js';
import type { PhraseKind } from './phrase.types.js';
import { EVENTS_HELD, PROCEDURE_TIME_WORDS, SMALL_NUMERAL_WORDS } from './lexicon.js';
import { LEAD_UNIT_WORDS, numberFieldLabel, scheduleRowClock } from './phrase-parts.js';

interface ClassifierRule {
  name: string;
  kind: PhraseKind;
  test: (atoms: readonly Atom[], lows: string) => boolean;
}

const has = (atoms: readonly Atom[], type: string): boolean => atoms.some((a) => a.type === type);
const countFollowedByWord = (atoms: readonly Atom[]): boolean =>
  atoms.some(
    (a, k) =>
      // "hàng trăm tin": a magnitude with no figure counts too.
      (a.type === 'NUM' || a.type === 'WNUM' || a.type === 'VAGUE') &&
      atoms[k + 1]?.type === 'W' &&
      !/^(ngày|tháng|năm|tuần|quý)$/u.test(atoms[k + 1]!.low),
  );

/** "trước 05 ngày tổ chức phiên họp": a lead, then what is held (s is lower case). */
const LEAD_THEN_HELD = new RegExp(`(^|\\s)trước \\d+ ?(ngày|tuần|tháng|giờ|tiếng|h)( làm việc)? (${EVENTS_HELD.join('|')}) `, 'u');

/** A lead time written after the event it leads: "Trước ngày hẹn ba hôm", "trước lịch học từ 2 đến 3 ngày". */
const LEAD_AFTER_EVENT = new RegExp(
  `(^|\\s)(?<!(?:năm|tháng|tuần|ngày|kỳ|hôm|lần|quý) )trước (?!(?:đó|đây|kia|mắt|hết|tiên|thuế|ít|tối|khoảng|gần|hơn|trên)(?:\\s|,|$))(?:(?!(?:từ|đến|tới) )[^\\s,;:.\\d]+ ){1,10}(?:từ )?(?:\\d{1,3}|${SMALL_NUMERAL_WORDS.join('|')})(?: ?[-–] ?\\d{1,3}| đến \\d{1,3})? (?:${[...LEAD_UNIT_WORDS].join('|')})(?: làm việc)?(?:\\s|,|\\.|;|$)`,
  'u',
);

/** "thời gian cấp C/O là một ngày": the time a procedure takes, given as a number after "là". */
const PROCEDURE_TIME_STATED = new RegExp(
  `(^| )thời gian (?:${PROCEDURE_TIME_WORDS.join('|')})( [^ :]+){0,24} là (\\d+|${SMALL_NUMERAL_WORDS.join('|')}) (ngày|tuần|tháng|năm|giờ)( |$)`,
  'u',
);

export const CLASSIFIER_RULES: readonly ClassifierRule[] = [
  {
    name: 'classify.report-word',
    kind: 'reporting',
    test: (a, s) =>
      // A phrase that opens with "Báo cáo" is a report's rule even with its data window inside.
      /^báo cáo (tuần|tháng|quý|6 tháng|06 tháng|9 tháng|09 tháng|năm|định kỳ)/u.test(s) ||
      ((/(^| )báo cáo( |$)/u.test(s) || /(^| )(sơ kết|tổng kết) (6 tháng|9 tháng|năm|quý|tháng|nửa năm)/u.test(s)) &&
        // A report that counts news items is a quota's result ("báo cáo … 12 tin, bài"); "thông tin" (information) is
        // no news item ("Báo cáo tình hình thông tin cơ sở tháng 7").
        !/ (?<!thông )(tin|bài|chuyên mục|phóng sự)( |,|$)/u.test(s) &&
        !/(^| )(thuộc|trong) kỳ báo cáo/u.test(s) &&
        !/(^| )(từ|tính từ|kể từ) .*(đến|tới) /u.test(s)),
  },
  {
    name: 'classify.report-periods',
    kind: 'reporting',
    test: (a) =>
      !countFollowedByWord(a) &&
      a.filter(
        (x, k) =>
          x.type === 'HALF' ||
          (x.type === 'QUARTER' && x.v.y === undefined) ||
          (x.type === 'PERIOD' && x.v.how === 'every') ||
          // "hằng quý, 6 tháng, năm" lists periods; ", tháng cao điểm …" names a month.
          (x.type === 'W' &&
            /^(tháng|quý|năm|tuần)$/u.test(x.low) &&
            a[k - 1]?.type === 'SYM' &&
            a[k - 1]!.raw === ',' &&
            (a[k + 1]?.type !== 'W' || /^(và|hoặc|tháng|quý|năm|tuần)$/u.test(a[k + 1]!.low))),
      ).length >= 2,
  },
  {
    name: 'classify.report-định-kỳ',
    kind: 'reporting',
    test: (a, s) =>
      /^định kỳ /u.test(s) &&
      (has(a, 'PERIOD') || has(a, 'HALF')) &&
      !has(a, 'WEEKDAY') &&
      !has(a, 'WEEKORD') &&
      !has(a, 'CLOCK') &&
      !countFollowedByWord(a),
  },
  {
    name: 'classify.deadline-word',
    kind: 'deadline',
    test: (_a, s) =>
      (/(^| )(trước ngày|trước thời điểm|trước tháng|chậm nhất|hạn chót|hạn cuối|muộn nhất|trễ nhất|trước quý|trước năm|không muộn hơn|không chậm hơn|không trễ hơn)( |$)/u.test(
        s,
      ) ||
        /^(thời hạn|hạn) (nộp|gửi|nhận|hoàn thành|báo cáo)?/u.test(s) ||
        // "Ngày nhận hồ sơ cuối cùng là 15/5/2024": a day said to be the last one.
        /(^| )ngày( [^ ;,.]+){0,6} cuối cùng là (ngày )?\d/u.test(s) ||
        // "…, thời hạn là 24h", "thời hạn công chứng là không quá 02 ngày": a limit's length stated.
        /(^| )thời hạn( [^ ;,.]+){0,8} là( không quá| tối đa)? \d+ ?(h|giờ|tiếng|ngày|tuần|tháng)( |$|[.,;])/u.test(s)) &&
      // "Thời hạn nhận hồ sơ là ngày 05/6/2025; thời gian thi từ … đến …": the limit is written first. "Hạn chót: từ nay
      // đến hết ngày 10/01" is a limit still.
      (!/(^| )(từ|tính từ) (?!(nay|bây giờ|hôm nay) (đến|tới) ).* (đến|tới) /u.test(s) ||
        /^(thời hạn|hạn)( [^ ;]+){0,9} là (ngày )?\d/u.test(s)),
  },
  {
    // "lùi (gia hạn) thời hạn nhận bài từ ngày 25/02 sang ngày 10/03": a deadline moved.
    name: 'classify.deadline-moved',
    kind: 'deadline',
    test: (a, s) =>
      /(^| )(lùi|dời|hoãn|gia hạn|điều chỉnh|chuyển)( |$)/u.test(s) &&
      a.some(
        (x, k) =>
          x.type === 'W' && x.low === 'sang' && ['DATE', 'DAY'].includes((a[k + 1]?.low === 'ngày' ? a[k + 2] : a[k + 1])?.type ?? ''),
      ),
  },
  {
    // "Trước khi khởi công 10 ngày", "trước khi hợp đồng hết hạn ba mươi (30) ngày": a lead time before an event.
    name: 'classify.deadline-lead-time',
    kind: 'deadline',
    test: (_a, s) =>
      /(^|\s)trước khi [^.;]*?\(?\d+\)? ngày(\s|,|\.|$)/u.test(s) ||
      // "trước khi mở chào bán khoảng 1 tháng": in weeks or months, within the clause.
      /(^|\s)trước khi [^.;,]*?\(?\d+\)? (tuần|tháng)(\s|,|\.|$)/u.test(s) ||
      // "tối thiểu 03 ngày làm việc trước khi thực hiện", "30 ngày trước ngày khai mạc": the lead time first.
      // "3 ngày trước thời gian khai mạc", "trước thời hạn hết hiệu lực của giấy phép 30 ngày": so too "thời gian", "thời hạn".
      /(^|\s)\d+ ngày( làm việc)? trước (khi|ngày|thời gian|thời hạn|thời điểm) /u.test(s) ||
      /(^|\s)trước (thời gian|thời hạn|thời điểm) [^.;]*?\d+ ngày( làm việc)?(\s|,|\.|$)/u.test(s) ||
      // "trước khi tổ chức họp báo ít nhất 24 giờ", "trước giờ thi 30 phút", "12 tiếng trước khi …": in hours or minutes.
      /(^|\s)trước (khi|giờ|ngày|thời điểm|thời gian|thời hạn) [^.;]*?\d+ (giờ|tiếng|phút)(\s|,|\.|$)/u.test(s) ||
      /(^|\s)\d+ (giờ|tiếng|phút)( đồng hồ)? trước (khi|giờ|ngày|thời gian|thời hạn|thời điểm) /u.test(s) ||
      // "trước 05 ngày tổ chức phiên họp": the lead, then what is held; "báo trước ít nhất 01 giờ khi vào cảng".
      LEAD_THEN_HELD.test(s) ||
      // "Sau 5-10 ngày kết thúc đợt thi sẽ công bố kết quả": so long after an event that closes or hands something over.
      /(^|\s)sau (\d+ ?[-–] ?)?\d+ ngày( làm việc)? (kết thúc|nhận|hoàn thành|có kết quả) /u.test(s) ||
      /(^|\s)trước( ít nhất| tối thiểu)? \d+ (ngày|giờ|tiếng|phút|tuần|tháng)( làm việc)? khi /u.test(s),
  },
  {
    // "Trước ngày hẹn ba hôm, …", "đón tiếp trước lịch học năm mới từ 2 đến 3 ngày": the lead time written after the
    // event, in figures or in words ("trước đó", "trước mắt", "trước hết" name no event).
    name: 'classify.deadline-lead-after-event',
    kind: 'deadline',
    // "năm trước", "tháng trước" (the one before) and a floor ("trước ít nhất 01 tuần") are no event; a day written in the
    // sentence makes it a time ("ngày 23.3 (trước đám cưới 6 ngày)").
    test: (a, s) => !has(a, 'DATE') && LEAD_AFTER_EVENT.test(s),
  },
  {
    name: 'classify.deadline-before-point',
    kind: 'deadline',
    test: (a, s) =>
      !/(^| )(từ|tính từ|kể từ) /u.test(s) &&
      a.some((x, k) => {
        if (x.type !== 'W' || !/^(trước|hạn)$/u.test(x.low)) return false;
        // "trước 22 giờ của ngày nhận phòng", "trước 17 giờ hằng ngày", "… trước 17 giờ.": an hour as the limit.
        const after = a[k + 2];
        if (
          x.low === 'trước' &&
          a[k + 1]?.type === 'CLOCK' &&
          (after === undefined ||
            (after.type === 'SYM' && after.raw === '.') ||
            after.low === 'của' ||
            (after.type === 'PERIOD' && after.v.per === 'day'))
        )
          return true;
        const next = a[k + 1]?.type === 'CLOCK' ? a[k + 2] : a[k + 1];
        return ['DATE', 'MONTH', 'QUARTER', 'YEAR', 'DAY'].includes(next?.type ?? '');
      }),
  },
  {
    name: 'classify.deadline-complete-in',
    kind: 'deadline',
    // "khởi công từ tháng 3/2026 và dự kiến hoàn thành vào tháng 10/2026": a start written before the time of the finish
    // makes a span ("… từ ngày 01/12 và hoàn thành trước 31/12" stays a limit).
    test: (a, s) =>
      a.some((x) => ['DATE', 'MONTH', 'QUARTER', 'YEAR'].includes(x.type)) &&
      (/(^| )(hoàn thành|xong) trước( |$)/u.test(s) ||
        (/(^| )(hoàn thành|xong) (trong|vào)( |$)/u.test(s) &&
          !a.some((x, k) => x.type === 'W' && x.low === 'từ' && ['DATE', 'MONTH', 'QUARTER', 'YEAR'].includes(a[k + 1]?.type ?? '')))),
  },
  {
    // "Thời gian giải quyết: 12 ngày", "thời hạn kháng cáo là 15 ngày", "thời hiệu khởi kiện là 02 năm", "thời gian cấp
    // C/O là một ngày": the time allowed, given as a value.
    name: 'classify.deadline-limit-stated',
    kind: 'deadline',
    test: (a, s) =>
      /(^| )(thời hạn|thời hiệu|thời gian giải quyết|thời gian xử lý|thời gian trả kết quả)( [^ :]+){0,24} (là|:) (tối đa |không quá )?[^ ]+ (ngày|tuần|tháng|năm|giờ)( |$)/u.test(
        s,
      ) ||
      // "thời gian cấp C/O là một ngày": the time a procedure takes, given as a number after "là" ("Thời gian đăng ký:
      // Từ ngày …" is a window).
      PROCEDURE_TIME_STATED.test(s) ||
      a.some((x, k) => x.type === 'HALF' && /^(là|:|tối đa|không quá)$/u.test(a[k - 1]?.low ?? '') && /thời hạn/u.test(s)) ||
      // "Thời gian giải quyết\n\n05 ngày làm việc.": a procedure sheet's label, its value on the next line.
      /(^| )(thời hạn|thời gian) (giải quyết|xử lý) \d+ (ngày|tuần|tháng|giờ)( |$|[.,;])/u.test(s),
  },
  {
    // "07 ngày làm việc trừ trường hợp khẩn cấp", "- 05 ngày làm việc đối với hồ sơ cấp mới": a procedure's time to settle.
    name: 'classify.deadline-working-days',
    kind: 'deadline',
    test: (_a, s) =>
      /^[-–•+* ]*\d+ ngày làm việc( |,|;|\.|$)/u.test(s) ||
      // "15 ngày đối với hồ sơ đề nghị cấp lại", "- 3 năm đối với giấy phép tạm thời": a length, then the case it is for.
      /^[-–•+* ]*\d+ (ngày|tuần|tháng|năm)( làm việc)? đối với /u.test(s),
  },
  {
    // "Thời gian lấy ý kiến ít nhất là 20 ngày", "có ít nhất 15 ngày để nộp học phí kể từ …": a floor on the time allowed.
    name: 'classify.deadline-floor',
    kind: 'deadline',
    test: (_a, s) =>
      /(^| )(thời gian|thời hạn)( [^ :;,.]+){0,12} (là )?(tối thiểu|ít nhất|không ít hơn)( là)? [^ ]+ (\([^)]*\) )?(ngày|tuần|tháng|năm)( làm việc)?( |,|\.|;|$)/u.test(
        s,
      ) || /(^| )có (ít nhất|tối thiểu) [^ ]+ (ngày|tuần|tháng)( làm việc)? để .* (kể từ|tính từ) /u.test(s),
  },
  {
    // "Sau 15 ngày chương trình kết thúc, nếu vẫn chưa …", "Sau 30 ngày nếu không có tranh chấp": so long (after an
    // event), then what happens if nothing came.
    // "Trong khoảng thời gian 01 tuần sau khi kết thúc hạn nộp đơn": a limit after an event, said with "khoảng".
    name: 'classify.deadline-after-then-if',
    kind: 'deadline',
    test: (_a, s) =>
      /^sau [^ ]+ (ngày|tuần|tháng)( làm việc)?( [^,;.]*)?,? nếu /u.test(s) ||
      /(^| )trong khoảng thời gian [^ ]+ (ngày|tuần|tháng)( làm việc)?,? (sau khi|kể từ|tính từ) /u.test(s),
  },
  {
    // "công bố sau khi kết thúc cuộc thi 15 ngày", "sau khi kết thúc chương trình từ 7 - 10 ngày làm việc": so long after
    // an event, the length written right after it.
    name: 'classify.deadline-after-event-length',
    kind: 'deadline',
    test: (_a, s) =>
      /(^| )sau khi (?:(?!chậm|trong|không quá|tối đa|có|là|sẽ|phải|được)[^ ,;:]+ ){1,14}(từ )?\d+( ?[-–] ?\d+| đến \d+)? (ngày|tuần|tháng)( làm việc)?( |[.,;)]|$)/u.test(
        s,
      ),
  },
  {
    // "Trực tiếp |\n25 Ngày làm việc |": a procedure sheet's flattened row, the way of filing then the time to settle.
    name: 'classify.deadline-filing-way',
    kind: 'deadline',
    test: (_a, s) =>
      /(^| )(trực tiếp|trực tuyến|dịch vụ bưu chính|qua bưu chính|bưu chính công ích) (\| )?\d+ (ngày|tháng)( làm việc)?( |$)/u.test(s),
  },
  {
    // "Theo Luật … năm 2016, trong thời hạn 10 ngày làm việc, cơ quan phải …": "thời hạn" (a time limit) of so long
    // is a limit even with no event to count from.
    name: 'classify.deadline-time-limit',
    kind: 'deadline',
    test: (_a, s) =>
      /(^| )trong thời hạn (không quá |tối đa |chậm nhất là )?[^ ]+ (\([^)]*\) )?(ngày|tuần|tháng|năm)( làm việc)?( |,|\.|$)/u.test(s) ||
      // "thì thời hạn được kéo dài thêm 30 ngày": the time allowed, lengthened ("kéo dài 5 ngày" alone is how long it lasts).
      /(^| )thời (hạn|gian)( [^ ]+){0,6} ((kéo dài|gia hạn) (thêm|đến|tới)|nâng lên thành) [^ ]+ (ngày|tuần|tháng)( |,|\.|$)/u.test(s) ||
      // "rút ngắn thời gian cấp Phiếu từ 10 ngày xuống còn 3 ngày": the time allowed, cut short to so long.
      /(^| )rút ngắn( [^ ]+){0,10} từ [^ ]+ (ngày|tuần|tháng)( làm việc)? xuống (còn )?[^ ]+ (ngày|tuần|tháng)( |,|\.|$)/u.test(s) ||
      // "thì không được chậm quá 30 ngày": no later than so long.
      /(^| )không (được )?chậm quá [^ ]+ (ngày|tuần|tháng)( làm việc)?( |,|;|\.|$)/u.test(s) ||
      // "Giấy phép có giá trị 5 năm", "Có giá trị: 20 năm": how long a paper stays valid; "Bảo hành 12 tháng": how long
      // a product is under warranty.
      /(^| )(có giá trị( sử dụng)?|giá trị sử dụng|có thời hạn|bảo hành)( là| ?:)? (tối đa |không quá )?[^ ]+ (ngày|tuần|tháng|năm)( |,|;|\.|$)/u.test(
        s,
      ),
  },
  {
    name: 'classify.deadline-within',
    kind: 'deadline',
    test: (a, s) =>
      (/(^| )(không quá|trong vòng|trong thời hạn|tối đa) /u.test(s) ||
        /(^| )trong thời gian .* làm việc /u.test(s) ||
        // "Trong 30 ngày kể từ ngày bàn giao": the length, then where it counts from.
        /(^| )trong [^ ]+ (ngày|tuần|tháng)( làm việc( hành chính)?)?,? (kể từ|tính từ) /u.test(s) ||
        // "10 (mười) ngày làm việc kể từ ngày nhận được hồ sơ": working days counted from an event are a limit.
        /(^| )[^ ]+ ngày làm việc( hành chính)?,? (kể từ|tính từ) /u.test(s)) &&
      // "trong vòng 2 giờ làm việc kể từ khi nhận", "trong vòng 24-48 giờ kể từ khi …": whole hours, read as one
      // atom, are a length too.
      a.some(
        (x, k) =>
          ((x.type === 'NUM' || x.type === 'WNUM') && /^(ngày|tuần|tháng)$/u.test(a[k + 1]?.low ?? '')) ||
          (x.type === 'DUR' && /(giờ|tiếng)$/u.test(x.low)) ||
          // "không quá 12 giờ kể từ khi …" after "nhất": whole hours read as a clock, counted from an event.
          (x.type === 'CLOCK' && x.v.min === 0 && ['kể', 'tính'].includes(a[k + 1]?.low ?? '')),
      ) &&
      // "kể từ ngày nhận hồ sơ", or a window closing at an event ("…, trước khi hợp đồng hết hạn").
      /(^| )(kể từ|từ|sau khi|sau|trước khi|trước ngày) /u.test(s),
  },
  {
    // "mỗi ngày 02 buổi sáng, chiều", "treo tối thiểu 05 băng rôn": a count after a period or a bound.
    name: 'classify.count-after-period-or-bound',
    kind: 'quota',
    test: (a, s) =>
      !/(^| )(từ|tính từ|kể từ) .* (đến|tới) /u.test(s) &&
      a.some(
        (x, k) =>
          ((x.type === 'PERIOD' && x.v.how === 'every') || x.type === 'QUAL') && (a[k + 1]?.type === 'NUM' || a[k + 1]?.type === 'WNUM'),
      ),
  },
  // "phát chuyên mục vào ngày 10 và ngày 25 hằng tháng": several days of every month are so many occasions a month.
  {
    name: 'classify.days-of-month',
    kind: 'quota',
    test: (_a, s) => /(^| )(ngày|mùng) \d+(( ,| và) (ngày |mùng )?\d+)+ (hằng|hàng|mỗi) tháng( |$|[.,;])/u.test(s),
  },
  {
    name: 'classify.once-every',
    kind: 'quota',
    test: (_a, s) =>
      /(ngày|tuần|tháng|quý|năm) \/ (1 )?(lần|kỳ|số|đợt|buổi)( |$)/u.test(s) ||
      // "Nên vệ sinh mỗi 3 tháng", "rà soát mỗi 2 – 3 tháng": every so many periods is a frequency.
      /(^| )mỗi \d+(( [-–]| đến| hoặc| tới) \d+)? (ngày|tuần|tháng|năm)( |$)/u.test(s),
  },
  { name: 'classify.percent', kind: 'quota', test: (a) => has(a, 'PCT') },
  {
    name: 'classify.duration',
    kind: 'quota',
    // "giám sát 24/24 giờ" is round the clock, no length.
    test: (a) =>
      a.some((x, k) => x.type === 'DUR' && !(x.v.min === 1440 && a[k - 1]?.raw === '/' && a[k - 2]?.raw === '24')) &&
      !a.some((x) => ['DATE', 'MONTH', 'QUARTER', 'YEAR', 'DAY'].includes(x.type)),
  },
  {
    name: 'classify.times-with-period',
    kind: 'quota',
    // "hằng ngày lúc 6h00", "mỗi sáng 6h00 và chiều 17h30" (every morning is every day).
    test: (a) =>
      has(a, 'CLOCK') &&
      a.some(
        (x, k) =>
          (x.type === 'PERIOD' && x.v.how === 'every') || (x.type === 'POD' && ['mỗi', 'hằng', 'hàng'].includes(a[k - 1]?.low ?? '')),
      ),
  },
  // "18:30 Chương trình Thời sự tối": a row of a broadcast schedule, aired daily at that time.
  { name: 'classify.schedule-row', kind: 'quota', test: (a) => !has(a, 'DATE') && scheduleRowClock(a) >= 0 },
  { name: 'classify.count-unit', kind: 'quota', test: (a) => countFollowedByWord(a) && !has(a, 'DATE') },
  {
    // "làm việc từ thứ Hai đến thứ Sáu, buổi sáng từ 7h00 đến 11h00": office hours (weekdays and hours from
    // one clock to another, no "hằng tuần"), a time, where a broadcast's hour on a weekday is a quota.
    name: 'classify.office-hours',
    kind: 'timeframe',
    test: (a) =>
      has(a, 'WEEKDAY') &&
      !a.some((x) => x.type === 'PERIOD' && x.v.how === 'every') &&
      a.some((x, k) => x.type === 'CLOCK' && ['đến', 'tới', '-', '–'].includes(a[k + 1]?.low ?? '') && a[k + 2]?.type === 'CLOCK'),
  },
  {
    name: 'classify.schedule',
    kind: 'quota',
    test: (a, s) =>
      (has(a, 'WEEKDAY') || has(a, 'WEEKORD')) && (has(a, 'PERIOD') || has(a, 'CLOCK') || /(của|trong) tháng( |\.|$)/u.test(s)),
  },
  { name: 'classify.qualifier', kind: 'quota', test: (a) => has(a, 'QUAL') && !has(a, 'DATE') },
  {
    name: 'classify.period-noun',
    kind: 'quota',
    test: (a) =>
      a.some((x, k) => x.type === 'PERIOD' && x.v.how !== 'in' && x.v.per !== 'year' && (a[k - 1]?.type === 'W' || a[k + 1]?.type === 'W')),
  },
  {
    // "Số buổi phát thanh: 24", "tổng số tin, bài là 156": a report's row, the thing counted named after "số" and
    // its figure bare after a colon or "là".
    name: 'classify.number-of-row',
    kind: 'quota',
    test: (a) =>
      !has(a, 'DATE') &&
      a.some((x, k) => x.type === 'W' && (x.low === 'số' || x.low === 'số lượng') && !numberFieldLabel(a.slice(k + 1, k + 3))) &&
      a.some(
        (x, k) =>
          ((x.type === 'SYM' && x.raw === ':') || (x.type === 'W' && x.low === 'là')) &&
          a[k + 1]?.type === 'NUM' &&
          (a[k + 2] === undefined || a[k + 2]!.type === 'SYM'),
      ),
  },
  { name: 'classify.time', kind: 'timeframe', test: () => true },
];

export function classifyAtoms(atoms: readonly Atom[]): { kind: PhraseKind; rule: string } {
  const lows = atoms.map((a) => a.low).join(' ');
  for (const rule of CLASSIFIER_RULES) if (rule.test(atoms, lows)) return { kind: rule.kind, rule: rule.name };
  return { kind: 'timeframe', rule: 'classify.time' };
}
