/**
 * Word lists of the grammar. Everything here is data: adding a synonym is one line.
 * All entries are lower-case NFC; multi-word entries are separated by one space.
 */
import type { PartOfDay, Weekday } from './phrase.types.js';

/** Word numerals (units). "năm" is also "year" and "lăm" is 5 after "mười"/"mươi". */
/** The numbers one to ten in words, as a lead time may be written after its event ("trước ngày hẹn ba hôm"). */
export const SMALL_NUMERAL_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười'] as const;

/** Procedures whose time "thời gian …" may state as a value ("thời gian cấp C/O là một ngày"): read as a limit. */
export const PROCEDURE_TIME_WORDS = ['cấp', 'đăng ký', 'thẩm định'] as const;

export const WORD_NUMERALS: Record<string, number> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  mươi: 10,
  trăm: 100,
  nghìn: 1000,
  ngàn: 1000,
};

/** English month names and their short forms, as portals' English-locale stamps write them ("Jan 25, 2021"). */
export const ENGLISH_MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Words of a magnitude after "hàng": "hàng chục", "hàng trăm nghìn", "hàng vạn" name no figure. */
export const MAGNITUDE_WORDS: readonly string[] = ['chục', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ'];

/**
 * Words that are a numeral's syllable only by spelling: "đầu tư" (investment), "tư pháp" (justice),
 * "tư vấn" (advice), "Thông tư" (a circular) … are no "4" ("3 tin về đầu tư mỗi tháng" is 3 a month). Pairs as written,
 * lower case; the numeral may stand first or second.
 */
export const NUMERAL_LOOKALIKES: ReadonlySet<string> = new Set([
  'đầu tư',
  'thông tư',
  'tư pháp',
  'tư nhân',
  'tư vấn',
  'tư liệu',
  'tư tưởng',
  'tư cách',
  'tư duy',
  'tư thế',
  'tư bản',
  'tư lệnh',
  'tư hữu',
  'tư thục',
  'tư trang',
  'tư chất',
  'tư gia',
  'tư doanh',
  'tư sản',
  'tư lợi',
  'riêng tư',
  'chín chắn',
  'chín muồi',
]);

/** "thứ X" → weekday (thứ 2 = Monday … thứ 7 = Saturday). */
export const WEEKDAY_BY_WORD: Record<string, Weekday> = {
  hai: 'monday',
  ba: 'tuesday',
  tư: 'wednesday',
  bốn: 'wednesday',
  năm: 'thursday',
  sáu: 'friday',
  bảy: 'saturday',
  bẩy: 'saturday',
};
export const WEEKDAY_BY_NUMBER: Record<number, Weekday> = {
  2: 'monday',
  3: 'tuesday',
  4: 'wednesday',
  5: 'thursday',
  6: 'friday',
  7: 'saturday',
  8: 'sunday',
};

/** "tuần thứ X" → ordinal. */
export const ORDINAL_BY_WORD: Record<string, number> = {
  nhất: 1,
  một: 1,
  hai: 2,
  nhì: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
};

/** Nouns after which "thứ X" is an ordinal, not a weekday ("lần thứ hai"). */
export const ORDINAL_NOUNS = new Set([
  'tuần',
  'lần',
  'lượt',
  'tháng',
  'năm',
  'kỳ',
  'đợt',
  'vòng',
  'số',
  'giải',
  'hạng',
  'quý',
  'phần',
  'bước',
  'khóa',
  'khoá',
  // "kỳ họp thứ 6", "phiên họp thứ 5", "Đại hội thứ 4", "Hội nghị thứ 8": a session's rank, no weekday.
  'họp',
  'phiên',
  'hội',
  'nghị',
]);

export const PART_OF_DAY: Record<string, PartOfDay> = {
  sáng: 'morning',
  trưa: 'noon',
  chiều: 'afternoon',
  tối: 'evening',
  đêm: 'evening',
  khuya: 'evening',
};
/** Words that, after a part-of-day word, show it is not one ("sáng tạo", "chiều dài"). */
export const NOT_PART_OF_DAY_AFTER = new Set([
  'tác',
  'tạo',
  'kiến',
  'lập',
  'suốt',
  'chói',
  'sủa',
  'tỏ',
  'rõ',
  'ngời',
  'giá',
  'láng',
  'trong',
  'mắt',
  'dài',
  'rộng',
  'cao',
  'sâu',
  'hướng',
  'theo',
  'lòng',
  'ngược',
  'thuận',
  'chuộng',
  'thiểu',
  'đa',
  'ưu',
  'mật',
  'tăm',
  'cổ',
]);

/** What is held or starts, opening an event right after a lead ("trước 05 ngày tổ chức phiên họp", "trước 10 ngày khai giảng"). */
export const EVENTS_HELD: readonly string[] = [
  'tổ chức',
  'khai mạc',
  'khai giảng',
  'diễn ra',
  'họp',
  'bầu cử',
  'xuất phát',
  'bắt đầu',
  'khởi công',
  'kết thúc',
  'hết hạn',
  // "trước 48 giờ thực hiện dịch vụ", "trước 24h thời điểm xe khởi hành", "trước 2 tuần ngày tổ chức", "trước 3 ngày check in"
  'thực hiện',
  'khởi hành',
  'thời điểm',
  'ngày tổ chức',
  'ngày diễn ra',
  'ngày khai mạc',
  'check in',
  'nhận phòng',
];

/**
 * Kinds of document a number names ("Kế hoạch số 17/KH-UBND", "Nghị định số 109/2002", "Thông tư 39/2020"):
 * such a number counts nothing and its date is no timeframe.
 */
export const DOCUMENT_KINDS: readonly string[] = [
  'kế hoạch',
  'quyết định',
  'công văn',
  'nghị quyết',
  'nghị định',
  'thông tư',
  'chỉ thị',
  'thông báo',
  'hướng dẫn',
  'văn bản',
  'chương trình',
  'tờ trình',
];
/** The kinds whose number follows them without "số" ("Nghị định 61/2018", "Quyết định 1569/QĐ-BKHCN"). */
export const DOCUMENT_KINDS_NUMBERED_BARE: readonly string[] = ['quyết định', 'công văn', 'nghị quyết', 'nghị định', 'thông tư', 'chỉ thị'];

/** Money a price is written in, before "/ item": đồng, spelt out or short. */
export const CURRENCY_WORDS: readonly string[] = ['đ', 'đồng', 'vnđ', 'vnd'];
/** …and US dollars ("150 USD/ha"): what a price in either is for follows it, and a sum in either joins no list. */
export const PRICE_CURRENCY_WORDS: readonly string[] = [...CURRENCY_WORDS, 'usd'];

/** Units of money ("tỷ đồng"), and of weight: what such a unit measures is a value, not a thing counted. */
export const MONEY_UNIT_WORDS: readonly string[] = ['đồng', 'triệu đồng', 'tỷ đồng', 'tỉ đồng', 'nghìn đồng', 'ngàn đồng'];
export const WEIGHT_UNIT_WORDS: readonly string[] = ['tấn', 'tạ', 'yến'];

export const PERIOD_WORDS: Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year'> = {
  ngày: 'day',
  tuần: 'week',
  tháng: 'month',
  quý: 'quarter',
  quí: 'quarter',
  // "Qúy I năm 2023": the tone written on the u, a slip seen on real pages.
  qúy: 'quarter',
  năm: 'year',
};

export const QUALIFIERS: ReadonlyArray<readonly [string, 'atLeast' | 'atMost' | 'approx']> = [
  ['ít nhất', 'atLeast'],
  ['tối thiểu', 'atLeast'],
  ['tối thiểu là', 'atLeast'],
  // A common slip of the keyboard ("tối thiếu 100 trang"): never "evening" before a number.
  ['tối thiếu', 'atLeast'],
  ['ít nhất là', 'atLeast'],
  ['không dưới', 'atLeast'],
  ['không ít hơn', 'atLeast'],
  ['tối đa', 'atMost'],
  ['tối đa là', 'atMost'],
  ['không quá', 'atMost'],
  ['không vượt quá', 'atMost'],
  ['không được quá', 'atMost'],
  ['không được vượt quá', 'atMost'],
  // "thì không được chậm quá 30 ngày": no later than so long, a ceiling on the time allowed.
  ['không được chậm quá', 'atMost'],
  ['không chậm quá', 'atMost'],
  ['chỉ được', 'atMost'],
  // "duy trì chỉ có 2 loa": only so many, as "chỉ được".
  ['chỉ có', 'atMost'],
  ['nhiều nhất', 'atMost'],
  ['khoảng', 'approx'],
  ['trung bình', 'approx'],
  ['bình quân', 'approx'],
  ['xấp xỉ', 'approx'],
  ['chừng', 'approx'],
  ['khoảng chừng', 'approx'],
  // An estimate of a result: "9 tháng ước đạt 8,43 triệu lượt".
  ['ước đạt', 'approx'],
  ['ước tính', 'approx'],
  ['ước tính đạt', 'approx'],
  ['ước tính khoảng', 'approx'],
  ['ước khoảng', 'approx'],
];
export const QUALIFIER_SYMBOLS: Record<string, 'atLeast' | 'atMost'> = {
  '≥': 'atLeast',
  '⩾': 'atLeast',
  '≤': 'atMost',
  '⩽': 'atMost',
};

/** Heads of nouns naming a person or a role ("Trưởng thôn", "cán bộ", "Chủ tịch UBND xã"). */
export const PERSON_HEADS: readonly string[] = [
  'trưởng',
  'phó',
  'chủ tịch',
  'bí thư',
  'cán bộ',
  'công chức',
  'viên chức',
  'người',
  'nhân dân',
  'thí sinh',
  'học sinh',
  'đoàn viên',
  'hội viên',
  'tuyên truyền viên',
  'phát thanh viên',
  'lãnh đạo',
];

/** Administrative units (and schools), which before a capitalised name say where ("thanh niên | tỉnh Nghệ An"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'tỉnh',
  'huyện',
  'quận',
  'xã',
  'phường',
  'thị trấn',
  'thị xã',
  'thành phố',
  'thôn',
  'ấp',
  'bản',
  'làng',
  'tổ dân phố',
  'khu phố',
  // "300 đoàn viên thanh niên | trường THPT Ngũ Hành Sơn": a school by its name says where, as a place does.
  'trường',
]);

/** What "Số …:" labels when the figure after it is a code, not a count: "Số hiệu: 15", "Số quyết định: 12", "Số nhà: 24". */
export const NUMBER_FIELD_LABELS: ReadonlySet<string> = new Set([
  'hiệu',
  'ký hiệu',
  'quyết định',
  'công văn',
  'văn bản',
  'kế hoạch',
  'nghị quyết',
  'nghị định',
  'thông tư',
  'chỉ thị',
  'tờ trình',
  'giấy phép',
  'hợp đồng',
  'hóa đơn',
  'công báo',
  'nhà',
  'phòng',
  'báo danh',
  'điện thoại',
  'tài khoản',
  'thứ tự',
  'căn cước',
  'chứng minh',
  'vào sổ',
]);

/** Who a quota can be "per" (mỗi xã, /đơn vị). */
export const ENTITY_NOUNS = [
  'đơn vị',
  'cơ quan',
  'xã',
  'phường',
  'thị trấn',
  'thị xã',
  'thành phố',
  'quận',
  'đặc khu',
  'huyện',
  'tỉnh',
  'thôn',
  // Hamlets named by two of their words: "11/12 thôn xóm", "các thôn bản".
  'thôn xóm',
  'thôn bản',
  'bản',
  'làng',
  'ấp',
  'tổ dân phố',
  'khu phố',
  'khu dân cư',
  'địa phương',
  'trường',
  'trường học',
  'chợ',
  'hộ',
  'hộ gia đình',
  'gia đình',
  'người',
  'người dân',
  'thí sinh',
  'cá nhân',
  'tập thể',
  'doanh nghiệp',
  'hợp tác xã',
  'cán bộ',
  'công chức',
  'viên chức',
  'phòng',
  'ban',
  'ngành',
  'sở',
  'đoàn thể',
  'chi bộ',
  // The youth union's and the associations' branches.
  'chi đoàn',
  'chi hội',
  'đội',
  'nhóm',
  'lớp',
  'thành viên',
  'tác giả',
  'hội viên',
  'đoàn viên',
  'học sinh',
  'sinh viên',
  // Children, each given so much: "mỗi trẻ được uống 8 hộp/tháng", "500 nghìn đồng/trẻ/tháng".
  'trẻ',
  'trẻ em',
  'cụm',
  'điểm',
  'đội thi',
  // The groups a contest is drawn in: "02 thí sinh … tại mỗi bảng thi".
  'bảng thi',
  'bảng đấu',
  'khối thi',
  'tổ chức',
  'xóm',
  // "13/13 thôn, phố": a town's streets are counted beside its hamlets.
  'phố',
  'bon',
  'buôn',
  'sóc',
  'khóm',
  'tổ',
  'tổ dân phố',
  'tài khoản',
  'số điện thoại',
  'hộ dân',
  'thôn, xóm',
  'thôn, bản',
  'cơ sở',
  'trạm',
  'cụm loa',
  'đài',
  'nhà văn hóa',
  'nhà văn hoá',
  'điểm bưu điện',
  'thư viện',
  'quận',
  'hội',
  // "mỗi tàu cá chỉ được lắp đặt tối đa 2 thiết bị": vessels hold their equipment.
  'tàu cá',
  'tàu',
  'thuyền',
  'phương tiện',
  // "Mỗi câu lạc bộ được đăng ký tối đa 4 ngoại binh", "mỗi khoa cử 05 sinh viên": clubs, faculties, hospitals and firms.
  'câu lạc bộ',
  'clb',
  'khoa',
  'bệnh viện',
  'trạm y tế',
  'trung tâm',
  'công ty',
  'chi nhánh',
  // People who serve or compete by their office: "mỗi Hội thẩm nhân dân", "mỗi VĐV".
  'vận động viên',
  'vđv',
  'hội thẩm',
  'hội thẩm nhân dân',
  'thẩm phán',
  'trợ giúp viên pháp lý',
  'luật sư',
  'giáo viên',
];
/**
 * Groups that travel, and what carries them: "mỗi đoàn có 1 porter", "mỗi cabin chở tối đa 6 khách". Each of them after
 * "mỗi" or "từng"; not units a result is spread over ("các đoàn nghệ thuật biểu diễn 150 chương trình" is a total).
 */
export const EACH_ENTITY_NOUNS = ['đoàn', 'đoàn khách', 'đoàn tham quan', 'cabin'];
/** What a quota can be "per" item (mỗi video, mỗi bài). */
export const ITEM_NOUNS = [
  'bài viết dự thi',
  'bài dự thi',
  'tác phẩm dự thi',
  'video dự thi',
  'sản phẩm dự thi',
  'bài thi',
  // A round or part of a contest is an item, not a campaign: "mỗi đợt thi có 7 giải thưởng".
  'đợt dự thi',
  'đợt thi',
  'kỳ thi',
  'vòng thi',
  'phần thi',
  'lượt thi',
  'lượt',
  'video',
  'clip',
  'bài',
  'bài viết',
  'tin',
  'chương trình',
  'số',
  'kỳ',
  'chuyên mục',
  'chuyên trang',
  'phóng sự',
  'tác phẩm',
  'sản phẩm',
  'ấn phẩm',
  'buổi',
  'cuộc thi',
  'đợt',
  'hội nghị',
  'lớp tập huấn',
  'bản tin',
  'câu hỏi',
  'đề thi',
  'tập',
  // "mỗi phiên chợ có 22 đơn vị tham gia", "500 người/phiên": a market day or a sitting holds what it counts.
  'phiên chợ',
  'phiên họp',
  'phiên',
];
/** Products, for "tin, bài", "tin và ảnh": what may follow a comma or "và" inside a unit. */
export const PRODUCT_NOUNS = new Set([
  'tin',
  'bài',
  'ảnh',
  'hình ảnh',
  'phóng sự',
  'video',
  'clip',
  'video clip',
  'bản tin',
  'tin bài',
  'bài viết',
  'chuyên mục',
  'chuyên đề',
  'chuyên trang',
  'tọa đàm',
  'toạ đàm',
  'infographic',
  'tờ rơi',
  'tờ gấp',
  'áp phích',
  'pano',
  'pa nô',
  'panô',
  'băng rôn',
  'khẩu hiệu',
  'tranh cổ động',
  'poster',
  'phim',
  'podcast',
  'emagazine',
  'e-magazine',
  'ký sự',
  'phỏng vấn',
  'tài liệu',
  'sổ tay',
  'cẩm nang',
  'ấn phẩm',
  'bài phát thanh',
  'tin tức',
  'thông tin',
  'phát thanh',
  'truyền hình',
  'hội thi',
  'cuộc thi',
  'hội nghị',
  'hội thảo',
  // A class is named by its kind; what it teaches follows ("lớp tập huấn | kỹ thuật trồng lúa").
  'lớp tập huấn',
  'lớp bồi dưỡng',
  'chương trình',
  'thông báo',
  'tác phẩm',
  'sản phẩm',
  'pano',
  'áp phích',
  'cờ',
]);
/**
 * Words that start a modifier after a complete unit noun: "hội thi | tìm hiểu CCHC",
 * "tờ rơi | tuyên truyền", "chương trình | tiếng Mông", "buổi đối thoại | giữa …".
 */
export const UNIT_MODIFIER_STARTS = new Set([
  'ngắn',
  'dài',
  'mới',
  'tìm hiểu',
  'tuyên truyền',
  'giữa',
  'tiếng',
  'phát lại',
  'phổ biến',
  'về',
  'liên quan',
  'nhằm',
  'hướng dẫn',
  // What a class teaches: "lớp tập huấn | nâng cao năng lực", "… | kỹ thuật nuôi gà", "… | chuyển giao khoa học".
  'nâng cao',
  'kỹ thuật',
  'chuyển giao',
  'kiến thức',
  'nghiệp vụ',
]);

/** Units that count occasions, not products: their product is the quota's object. */
export const OCCASION_UNITS = new Set(['lần', 'lượt', 'đợt', 'buổi', 'cuộc']);

/** Units that are a mass, so "hằng tuần đưa tin" gives no implicit count. */
export const MASS_UNITS = new Set([
  'phát thanh',
  'truyền hình',
  'tuyên truyền',
  'tin',
  'thông tin',
  'tin tức',
  'tin, bài',
  'tin bài',
  'bài',
  'nội dung',
  'bài viết',
  'văn bản',
  'tài liệu',
  'hình ảnh',
  // Activities named by their verb, as "tuyên truyền": "Hàng năm, … tổ chức tập huấn" names no number.
  'tập huấn',
  'bồi dưỡng',
]);

/** Words that end a unit noun phrase. */
export const UNIT_STOP_WORDS = new Set([
  // Over what whole they are counted: "2.300 cán bộ, công nhân viên | toàn ngành".
  'toàn ngành',
  'toàn quốc',
  'toàn tỉnh',
  'toàn huyện',
  'toàn xã',
  'toàn thành phố',
  'cả nước',
  // A running total after the figure: "120 tin, bài, | lũy kế từ đầu năm 400 tin, bài".
  'lũy kế',
  'luỹ kế',
  'cộng dồn',
  // On what occasion: "9 xã, thị trấn | nhân dịp Quốc khánh 2-9".
  'nhân dịp',
  'vào',
  'trên',
  'về',
  'tại',
  'cho',
  'của',
  'để',
  'với',
  'qua',
  'lên',
  'trong',
  'mỗi',
  'hàng',
  'hằng',
  'từng',
  'từ',
  'đến',
  'tới',
  'theo',
  'nhằm',
  'được',
  // "2.500 lao động | đi làm việc ở nước ngoài": where they go to work, not who they are.
  'đi làm',
  // "kiểm tra 2 đảng ủy cơ sở | gắn với trách nhiệm người đứng đầu": what the work is tied to.
  'gắn với',
  'gắn liền với',
  'là',
  'đạt',
  'do',
  'sẽ',
  'thời lượng',
  'gồm',
  'bao gồm',
  'như',
  'thì',
  'mà',
  'khi',
  'nếu',
  'đăng',
  'đăng tải',
  'gửi',
  'lúc',
  'sau',
  'trước',
  'bằng',
  'ở',
  'kèm',
  'kèm theo',
  'phục vụ',
  'đảm bảo',
  'bảo đảm',
  'định kỳ',
  'thường xuyên',
  'tăng',
  'giảm',
  'so',
  'hoặc',
  'hay',
  'và',
  'tham gia',
  'có',
  'đã',
  'này',
  'đó',
  'thuộc',
  'tuần',
  'tháng',
  'năm',
  'quý',
  'ngày',
  'giờ',
  'phút',
  'giữa',
  'chưa',
  'chiếm',
  'đều',
  'cũng',
  'đối với',
  'nhưng',
  // What is measured of the things, not the things: "Hai (02) ảnh màu | kích thước 4cm×6cm".
  'kích thước',
  'kích cỡ',
  // What they share: "2 trẻ | cùng một loại khuyết tật".
  'cùng',
  // How long each lasts, said after them: "7 ván, | thời gian thi đấu mỗi ván là 30 phút".
  'thời gian',
  // "119 cá nhân | hiện đang cư trú tại xã", "200 hộ | hiện nay": now, said of them, opens what is said.
  'hiện đang',
  'hiện nay',
  'hiện vẫn',
  'hiện còn',
  // "3 loại giấy phép | nêu trên": the ones said above, no part of their name.
  'nêu trên',
  'nói trên',
  // "8 ngọn hải đăng | khác", "3 ca ghép tạng | khác": "other" sets them beside the ones said, no part of what they are.
  'khác',
]);

/**
 * Verbs and determiners that end a unit once it has a word: "180 buổi tuyên truyền | chào mừng các
 * sự kiện", "01 bài tự luận | lựa chọn chủ đề", "một thành viên | trình bày", "3 tác phẩm | lọt vào".
 * A verb that also names a product ("tuyên truyền", "phát thanh") is not one of them.
 */
export const UNIT_VERB_STOPS = new Set([
  // "79 trạm y tế, trải dài từ …", "92 ngọn hải đăng trải dài …": where they lie, no part of what is counted.
  'trải dài',
  'trải rộng',
  'trải khắp',
  // A test's finding on the samples counted: "5/29 mẫu | dương tính với bệnh đốm trắng", "3/84 mẫu | vượt giới hạn"
  // ("cầu vượt", an overpass, keeps its word; "vượt" before a standard's abbreviation is in isVerbStopAt).
  'dương tính',
  'âm tính',
  'vượt giới hạn',
  'vượt ngưỡng',
  'vượt quy chuẩn',
  'vượt tiêu chuẩn',
  'thấp hơn',
  'cao hơn',
  // What must be done with them: "80 thủ tục hành chính | yêu cầu phải có Phiếu lý lịch tư pháp".
  'phải',
  'yêu cầu phải',
  // "09 chương với 68 điều | cụ thể như sau": "specifically" opens what follows.
  'cụ thể',
  'các',
  'những',
  // "12 vụ cháy rừng | xảy ra trên địa bàn": what happened to them.
  'xảy ra',
  'chào mừng',
  'trình bày',
  'lựa chọn',
  'lọt',
  'tiến hành',
  'hoàn thành',
  'đoạt',
  'giành',
  'tham dự',
  'dự kiến',
  // What the things were for: "154 buổi chạy xe lưu động | phòng chống dịch".
  'phòng chống',
  'hưởng ứng',
  'phục vụ',
  // What the things did: "Ba đêm tuyên truyền lưu động | thu hút đông đảo nhân dân".
  'thu hút',
  // Whom they are for: "15 giải thưởng | dành cho cá nhân"; what they ask for: "617 hồ sơ | đề nghị xét tặng danh hiệu";
  // how they came to be: "23 đơn vị hành chính cấp tỉnh | hình thành sau sắp xếp".
  'dành cho',
  'đề nghị',
  // How they voted: "433/440 đại biểu | tán thành".
  'tán thành',
  // "8/28 chỉ tiêu | đề ra": the targets set, the verb no part of them.
  'đề ra',
  'hình thành',
  // What they received or reached: "03 cá nhân | nhận Bằng khen", "65 chiếc loa | phủ kín 9/9 thôn".
  'nhận',
  'phủ kín',
  'phủ sóng',
  // Adverbs that open what is said of the unit: "45 đài truyền thanh | vẫn duy trì", "200 cán bộ | đang công tác".
  'vẫn',
  'đang',
  // What must be done with them: "25 thủ tục hành chính thiết yếu | bắt buộc phải thực hiện trực tuyến".
  'bắt buộc',
  'đều',
  'cũng',
  // Praise of the things, not what they are: "1-2 bài dự thi | xuất sắc", "4 chương trình | xuất sắc nhất",
  // "một bản tin phát thanh tổng hợp | hoàn chỉnh", "biểu trưng | tiêu biểu".
  'xuất sắc',
  'hoàn chỉnh',
  'tiêu biểu',
  'đặc sắc',
  // Which of them: "1.000 trẻ | đầu tiên".
  'đầu tiên',
  // What befell the people counted: "68 người | chết và mất tích", "40 người | bị thương", "30 hội viên | thoát nghèo".
  'chết',
  'mất tích',
  'bị thương',
  'thoát nghèo',
  // What the counted did or do: "14.000 doanh nghiệp | thành lập mới", "129 đại biểu | đại diện cho …".
  'thành lập',
  'đại diện',
  // What they are worth: "35 phần quà | trị giá 8 triệu đồng".
  'trị giá',
  // What the counted did: "2,17 triệu SIM | thực hiện việc chuẩn hóa", "50 lượt ý kiến | tập trung vào …",
  // "19 ý kiến | phản ánh các vấn đề …" ("tin phản ánh", a kind of news item, keeps it: isVerbStopAt).
  'thực hiện',
  'tập trung vào',
  'phản ánh',
  // What they prevent: "9.378 liều vắc xin | phòng bệnh dại".
  'phòng bệnh',
  // What they set out to do or were joined with: "5 đoàn xe lưu động | ra quân tuyên truyền", "12 buổi lưu
  // diễn văn nghệ | kết hợp tuyên truyền".
  'ra quân',
  'kết hợp',
  // On what occasion, in what area (a unit that is one of these is read before: "5 khu vực"): "1 hoạt động |
  // nhân kỷ niệm Tháng Thanh niên", "50 xã, phường, đặc khu | khu vực phía đông".
  'nhân kỷ niệm',
  'khu vực',
  // What they carry or add to: "900 chuyến bay | chở 150.000 lượt hành khách", "500 chậu hoa | góp phần làm đẹp …".
  'chở',
  'góp phần',
  // What they are about or where they go: "06 ý kiến | liên quan đến trật tự đô thị", "2.600 cuốn sách | xuống 12 điểm".
  'liên quan đến',
  'liên quan tới',
  'xuống',
]);

/** Verbs that may start a noun phrase and are not part of a unit ("xây dựng chủ đề"). */
export const LEADING_VERBS = [
  'xây dựng',
  'tổ chức',
  'thực hiện',
  'đăng',
  'đăng tải',
  'đưa',
  'đưa tin về',
  'phát',
  'phát sóng',
  'sản xuất',
  'biên tập',
  'cập nhật',
  'viết',
  'gửi',
  'cung cấp',
  'có',
  'duy trì',
  'triển khai',
  'phát hành',
  'in',
  'in ấn',
  'treo',
  'lắp đặt',
  'đã',
  'sẽ',
  'được',
  'mở',
  'ra',
  'chia sẻ',
  'biên soạn',
  'tổng hợp',
  'ban hành',
  'thực hiện đăng',
  'tuyên truyền',
  'phổ biến',
  'xuất bản',
  'làm',
  'dựng',
  'thiết kế',
  'cấp phát',
  'phát động',
  'ra mắt',
  'giới thiệu',
  'tham gia',
  'bắt buộc có',
  'cần',
  'phải',
  'cần có',
  'phải có',
  'đảm bảo',
  'bảo đảm',
  'định kỳ',
  'thường xuyên',
  'liên tục',
  'tiếp sóng',
  'phát lại',
];

/** Heads of a named campaign window ("trong Tháng hành động …", "trong đợt cao điểm …"). */
export const CAMPAIGN_HEADS = [
  'tháng',
  'tuần',
  'tuần lễ',
  'đợt',
  'dịp',
  'chiến dịch',
  'ngày',
  'năm',
  'kỳ',
  'hội thi',
  'cuộc thi',
  'thời gian',
];
/** Words that introduce a named campaign: "Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, …". */
export const CAMPAIGN_INTROS = [
  'trong',
  'suốt',
  'trong suốt',
  'nhân dịp',
  'nhân',
  'dịp',
  'trong dịp',
  'hưởng ứng',
  'chào mừng',
  'kỷ niệm',
  'nhân kỷ niệm',
];

/** Words that end a campaign name. */
export const CAMPAIGN_END_WORDS = new Set([
  // A tense marker ends the name: "trong đợt 1 | đã có …".
  'đã',
  'có',
  'cần',
  'phải',
  'sẽ',
  'tổ chức',
  'thực hiện',
  'đăng',
  'đăng tải',
  'phát',
  'xây dựng',
  'đạt',
  'mỗi',
  'hàng',
  'hằng',
  'tuyên truyền',
  'đưa',
  'cung cấp',
  'sản xuất',
  'treo',
  'bảo đảm',
  'đảm bảo',
  'được',
  // "Tổng lượt tiếp cận … trong Chiến dịch | là 100.694.392 lượt": what it amounts to follows.
  'là',
]);

/**
 * The first word of a body's name, written with a capital ("Phòng …", "Sở …", "UBND …", "Chủ tịch …", "Chi cục …"): named
 * after an event's words and before a duty it is whom a rule binds; after "từ" it is where news or help came from.
 */
export const BODY_NAME_HEADS = new Set([
  'phòng',
  'sở',
  'ủy',
  'uỷ',
  'ubnd',
  'chủ',
  'ban',
  'hội',
  'cơ',
  'bộ',
  'cục',
  'chi',
  'đoàn',
  'công',
  'tòa',
  'toà',
  'viện',
  'văn',
  'thanh',
  'kho',
  'đài',
  'bảo',
  'báo',
  'tổng',
  'bệnh',
  'trường',
  // "Tập đoàn …", "Liên đoàn …", "Liên hiệp …"
  'tập',
  'liên',
]);

export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Months in words ("tháng Giêng", "tháng Chạp"). */
export const MONTH_WORDS: Record<string, number> = { giêng: 1, chạp: 12 };
/**
 * A month's name after "tháng" ("tháng Tư", "tháng Tám", "tháng mười hai"): the numerals one to ten as months are called
 * (not "mốt", "lăm", "mươi"), then eleven and twelve. The lunar "tháng Giêng" and "tháng Chạp" are MONTH_WORDS.
 */
export const MONTH_NAMES: Record<string, number> = {
  ...Object.fromEntries(Object.entries(WORD_NUMERALS).filter(([k, n]) => n >= 1 && n <= 10 && !['mốt', 'lăm', 'mươi'].includes(k))),
  'mười một': 11,
  'mười hai': 12,
};

/** Verbs that put something on air: before a duration ("phát thanh 120 giờ"), after a schedule row's clock ("06:00 Tiếp sóng …"). */
export const AIRTIME_VERBS = new Set(['phát', 'phát thanh', 'phát sóng', 'tiếp sóng', 'tiếp âm', 'truyền thanh', 'phát lại']);
/** What a broadcast schedule's row names after its clock ("18:30 Chương trình Thời sự tối"). */
export const PROGRAMME_NOUNS = new Set(['chương trình', 'chuyên mục', 'bản tin', 'thời sự', 'tin tức', 'tạp chí', 'chuyên đề']);
