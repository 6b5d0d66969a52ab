/**
 * Word lists of the grammar. Everything here is data: adding a synonym is one line.
 * All entries are lower-case NFC; multi-word entries are separated by one space.
 */
import type { PartOfDay, Weekday } from './phrase.types.js';

/** Word numerals (units). "năm" is also "year" and "lăm" is 5 after "mười"/"mươi". */
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
export const ORDINAL_NOUNS = new Set(['tuần', 'lần', 'lượt', 'tháng', 'năm', 'kỳ', 'đợt', 'vòng', 'số', 'giải', 'hạng', 'quý', 'phần', 'bước', 'khóa', 'khoá']);

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
  'tạo', 'kiến', 'lập', 'suốt', 'chói', 'sủa', 'tỏ', 'rõ', 'ngời', 'giá', 'láng', 'trong', 'mắt',
  'dài', 'rộng', 'cao', 'sâu', 'hướng', 'theo', 'lòng', 'ngược', 'thuận', 'chuộng',
  'thiểu', 'đa', 'ưu', 'mật', 'tăm', 'cổ',
]);

export const PERIOD_WORDS: Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year'> = {
  ngày: 'day',
  tuần: 'week',
  tháng: 'month',
  quý: 'quarter',
  quí: 'quarter',
  năm: 'year',
};

export const QUALIFIERS: ReadonlyArray<readonly [string, 'atLeast' | 'atMost' | 'approx']> = [
  ['ít nhất', 'atLeast'],
  ['tối thiểu', 'atLeast'],
  ['tối thiểu là', 'atLeast'],
  ['ít nhất là', 'atLeast'],
  ['không dưới', 'atLeast'],
  ['không ít hơn', 'atLeast'],
  ['tối đa', 'atMost'],
  ['tối đa là', 'atMost'],
  ['không quá', 'atMost'],
  ['không vượt quá', 'atMost'],
  ['không được quá', 'atMost'],
  ['chỉ được', 'atMost'],
  ['nhiều nhất', 'atMost'],
  ['khoảng', 'approx'],
  ['trung bình', 'approx'],
  ['bình quân', 'approx'],
  ['xấp xỉ', 'approx'],
  ['chừng', 'approx'],
  ['khoảng chừng', 'approx'],
];
export const QUALIFIER_SYMBOLS: Record<string, 'atLeast' | 'atMost'> = {
  '≥': 'atLeast',
  '⩾': 'atLeast',
  '≤': 'atMost',
  '⩽': 'atMost',
};

/** Who a quota can be "per" (mỗi xã, /đơn vị). */
export const ENTITY_NOUNS = [
  'đơn vị', 'cơ quan', 'xã', 'phường', 'thị trấn',
  'huyện', 'tỉnh', 'thôn', 'bản', 'làng', 'ấp', 'tổ dân phố', 'khu phố', 'khu dân cư', 'địa phương', 'trường', 'trường học',
  'hộ', 'hộ gia đình', 'gia đình', 'người', 'thí sinh', 'cá nhân', 'tập thể', 'doanh nghiệp', 'cán bộ', 'công chức', 'viên chức',
  'phòng', 'ban', 'ngành', 'sở', 'đoàn thể', 'chi bộ', 'đội', 'nhóm', 'lớp', 'thành viên', 'tác giả',
  'hội viên', 'đoàn viên', 'học sinh', 'sinh viên', 'cụm', 'điểm', 'đội thi', 'tổ chức',
  'xóm', 'bon', 'buôn', 'sóc', 'khóm', 'tổ', 'tổ dân phố', 'tài khoản', 'số điện thoại', 'hộ dân', 'thôn, xóm', 'thôn, bản', 'cơ sở', 'trạm', 'cụm loa', 'đài', 'nhà văn hóa', 'nhà văn hoá', 'điểm bưu điện', 'thư viện',
];
/** What a quota can be "per" item (mỗi video, mỗi bài). */
export const ITEM_NOUNS = [
  'bài viết dự thi', 'bài dự thi', 'tác phẩm dự thi', 'video dự thi', 'sản phẩm dự thi', 'bài thi', 'lượt thi', 'lượt',
  'video', 'clip', 'bài', 'bài viết', 'tin', 'chương trình', 'số', 'kỳ', 'chuyên mục', 'chuyên trang', 'phóng sự', 'tác phẩm',
  'sản phẩm', 'ấn phẩm', 'buổi', 'cuộc thi', 'đợt', 'hội nghị', 'lớp tập huấn', 'bản tin', 'câu hỏi', 'đề thi', 'tập',
];
/** Products, for "tin, bài", "tin và ảnh": what may follow a comma or "và" inside a unit. */
export const PRODUCT_NOUNS = new Set([
  'tin', 'bài', 'ảnh', 'hình ảnh', 'phóng sự', 'video', 'clip', 'video clip', 'bản tin', 'tin bài', 'bài viết', 'chuyên mục',
  'chuyên đề', 'chuyên trang', 'tọa đàm', 'toạ đàm', 'infographic', 'tờ rơi', 'tờ gấp', 'áp phích', 'pano', 'băng rôn',
  'khẩu hiệu', 'tranh cổ động', 'poster', 'phim', 'podcast', 'emagazine', 'e-magazine', 'ký sự', 'phỏng vấn', 'tài liệu',
  'sổ tay', 'cẩm nang', 'ấn phẩm', 'bài phát thanh', 'tin tức', 'thông tin', 'phát thanh', 'truyền hình',
  'hội thi', 'cuộc thi', 'hội nghị', 'hội thảo', 'chương trình', 'thông báo', 'tác phẩm', 'sản phẩm', 'pano', 'áp phích',
]);
/**
 * Words that start a modifier after a complete unit noun: "hội thi | tìm hiểu CCHC",
 * "tờ rơi | tuyên truyền", "chương trình | tiếng Mông", "buổi đối thoại | giữa …".
 */
export const UNIT_MODIFIER_STARTS = new Set(['ngắn', 'dài', 'mới', 'dự thi', 'tìm hiểu', 'tuyên truyền', 'giữa', 'tiếng', 'phát lại', 'phổ biến', 'về', 'liên quan', 'nhằm', 'hướng dẫn']);

/** Units that count occasions, not products: their product is the quota's object. */
export const OCCASION_UNITS = new Set(['lần', 'lượt', 'đợt', 'buổi', 'cuộc']);

/** Units that are a mass, so "hằng tuần đưa tin" gives no implicit count. */
export const MASS_UNITS = new Set(['phát thanh', 'truyền hình', 'tuyên truyền', 'tin', 'thông tin', 'tin tức', 'tin, bài', 'tin bài', 'bài', 'nội dung', 'bài viết', 'văn bản', 'tài liệu', 'hình ảnh']);

/** Words that end a unit noun phrase. */
export const UNIT_STOP_WORDS = new Set([
  'vào', 'trên', 'về', 'tại', 'cho', 'của', 'để', 'với', 'qua', 'lên', 'trong', 'mỗi', 'hàng', 'hằng', 'từng', 'từ', 'đến',
  'tới', 'theo', 'nhằm', 'được', 'là', 'đạt', 'do', 'sẽ', 'thời lượng', 'gồm', 'bao gồm', 'như', 'thì', 'mà', 'khi', 'nếu',
  'đăng', 'đăng tải', 'gửi', 'lúc', 'sau', 'trước', 'bằng', 'ở', 'kèm', 'kèm theo', 'phục vụ', 'đảm bảo', 'bảo đảm',
  'định kỳ', 'thường xuyên', 'tăng', 'giảm', 'so', 'hoặc', 'hay', 'và', 'tham gia', 'có', 'đã', 'này', 'đó', 'thuộc',
  'tuần', 'tháng', 'năm', 'quý', 'ngày', 'giờ', 'phút',
]);

/** Verbs that may start a noun phrase and are not part of a unit ("xây dựng chủ đề"). */
export const LEADING_VERBS = [
  'xây dựng', 'tổ chức', 'thực hiện', 'đăng', 'đăng tải', 'đưa', 'đưa tin về', 'phát', 'phát sóng', 'sản xuất', 'biên tập',
  'cập nhật', 'viết', 'gửi', 'cung cấp', 'có', 'duy trì', 'triển khai', 'phát hành', 'in', 'in ấn', 'treo', 'lắp đặt', 'đã',
  'sẽ', 'được', 'mở', 'ra', 'chia sẻ', 'biên soạn', 'tổng hợp', 'ban hành', 'thực hiện đăng', 'tuyên truyền', 'phổ biến',
  'xuất bản', 'làm', 'dựng', 'thiết kế', 'cấp phát', 'phát động', 'ra mắt', 'giới thiệu', 'tham gia', 'bắt buộc có',
  'cần', 'phải', 'cần có', 'phải có', 'đảm bảo', 'bảo đảm', 'định kỳ', 'thường xuyên', 'liên tục', 'tiếp sóng', 'phát lại',
];

/** Heads of a named campaign window ("trong Tháng hành động …", "trong đợt cao điểm …"). */
export const CAMPAIGN_HEADS = ['tháng', 'tuần', 'tuần lễ', 'đợt', 'dịp', 'chiến dịch', 'ngày', 'năm', 'kỳ', 'hội thi', 'cuộc thi', 'thời gian'];
/** Words that introduce a named campaign: "Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, …". */
export const CAMPAIGN_INTROS = ['trong', 'suốt', 'trong suốt', 'nhân dịp', 'nhân', 'dịp', 'trong dịp', 'hưởng ứng', 'chào mừng', 'kỷ niệm', 'nhân kỷ niệm'];

/** Words that end a campaign name. */
export const CAMPAIGN_END_WORDS = new Set([
  'có', 'cần', 'phải', 'sẽ', 'tổ chức', 'thực hiện', 'đăng', 'đăng tải', 'phát', 'xây dựng', 'đạt', 'mỗi', 'hàng', 'hằng',
  'tuyên truyền', 'đưa', 'cung cấp', 'sản xuất', 'treo', 'bảo đảm', 'đảm bảo', 'được',
]);

export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Months in words ("tháng Giêng", "tháng Chạp"). */
export const MONTH_WORDS: Record<string, number> = { giêng: 1, chạp: 12 };

/** Which month a day of the month belongs to: "ngày 15 của tháng cuối quý". */
export const MONTH_REF: Record<string, string> = {
  tháng: 'same month',
  'tháng đó': 'same month',
  'tháng báo cáo': 'same month',
  'tháng sau': 'next month',
  'tháng tiếp theo': 'next month',
  'tháng kế tiếp': 'next month',
  'tháng liền kề': 'next month',
  'tháng cuối quý': 'last month of quarter',
  'tháng đầu quý sau': 'first month of next quarter',
  'tháng đầu của quý sau': 'first month of next quarter',
  'tháng đầu quý tiếp theo': 'first month of next quarter',
  'tháng đầu tiên của quý sau': 'first month of next quarter',
  'tháng đầu quý': 'first month of quarter',
  'tháng sau kỳ báo cáo': 'next month',
  'tháng tiếp theo kỳ báo cáo': 'next month',
  'tháng cuối kỳ': 'last month of period',
  'tháng cuối của quý': 'last month of quarter',
  'tháng cuối kỳ báo cáo': 'last month of period',
  'tháng trước kỳ báo cáo': 'month before period',
  'tháng thuộc kỳ báo cáo': 'same month',
  'tháng cuối của kỳ báo cáo': 'last month of period',
  'tháng cuối của kỳ': 'last month of period',
  'tháng của kỳ báo cáo': 'same month',
  'tháng trước': 'previous month',
  'tháng trước đó': 'previous month',
  'tháng liền trước': 'previous month',
};
