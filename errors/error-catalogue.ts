/**
 * Every error code Loa answers with, in one table: the HTTP status the web layer maps it to
 * and the Vietnamese message a person reads when the place that throws gives no more
 * precise one. `ErrorCode` is the table's keys, so a code that is not listed here does not
 * compile (`new DomainError('NO_SUCH_CODE', …)` is a type error).
 *
 * The statuses are plain numbers (data for src/modules/http), so this file stays pure: it is
 * shared by config/, channels/, src/domain and src/modules, and imports nothing.
 */
export interface ErrorCodeEntry {
  /** The HTTP status of an answer carrying this code. */
  readonly status: number;
  /** The default message, in Vietnamese. */
  readonly message: string;
}

export const errorCatalogue = {
  // Requests the edge refuses.
  VALIDATION_FAILED: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ.' },
  BAD_REQUEST: { status: 400, message: 'Yêu cầu không hợp lệ.' },
  UPLOAD_MISSING: { status: 400, message: 'Không có tệp nào trong yêu cầu (trường "file").' },
  UPLOAD_MALFORMED: { status: 400, message: 'Yêu cầu multipart bị hỏng; hãy gửi lại tệp.' },
  BAD_URL: { status: 400, message: 'Địa chỉ yêu cầu không hợp lệ.' },
  JSON_TOO_DEEP: { status: 400, message: 'Dữ liệu JSON lồng nhau quá sâu.' },
  REQUEST_TIMEOUT: { status: 408, message: 'Yêu cầu gửi quá chậm, máy chủ đã ngừng chờ.' },
  URI_TOO_LONG: { status: 414, message: 'Địa chỉ yêu cầu quá dài.' },
  HEADERS_TOO_LARGE: { status: 431, message: 'Phần đầu (header) của yêu cầu quá lớn.' },
  METRICS_FORBIDDEN: { status: 403, message: 'Số liệu /metrics chỉ mở cho chính máy chủ hoặc cho người có METRICS_TOKEN.' },
  UNAUTHENTICATED: { status: 401, message: 'Bạn cần đăng nhập để thực hiện thao tác này.' },
  LOGIN_FAILED: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  DISPATCH_CHANNEL_FORBIDDEN: { status: 403, message: 'Khóa tích hợp này không được giao kênh này.' },
  API_KEY_PURPOSE: { status: 403, message: 'Khóa API này không dùng được cho thao tác này.' },
  CSRF_FAILED: { status: 403, message: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token).' },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy đối tượng được yêu cầu.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Không tìm thấy địa chỉ được yêu cầu.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Phương thức không được hỗ trợ.' },
  NOT_ACCEPTABLE: { status: 406, message: 'Không thể trả về định dạng được yêu cầu.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên quá lớn.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Kiểu dữ liệu gửi lên không được hỗ trợ.' },
  LOGIN_RATE_LIMITED: { status: 429, message: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau.' },
  TOO_MANY_REQUESTS: { status: 429, message: 'Quá nhiều yêu cầu, vui lòng thử lại sau.' },

  // Conflicts: someone else changed or took it first.
  CONFLICT: { status: 409, message: 'Yêu cầu xung đột với dữ liệu hiện có.' },
  VERSION_CONFLICT: { status: 409, message: 'Dữ liệu vừa được người khác sửa. Hãy tải lại bản mới nhất.' },
  UNIT_CODE_TAKEN: { status: 409, message: 'Mã đơn vị đã tồn tại.' },
  USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập đã tồn tại.' },
  SLOT_TAKEN: { status: 409, message: 'Ô lịch này vừa được xếp nội dung khác. Hãy chọn ô khác.' },
  QUEUE_SLOTS_PAST: { status: 409, message: 'Các ô lịch còn trống đều đã qua ngày; xếp vào ô đã qua là đăng bù (backfill = true).' },
  SLOT_IN_PAST: { status: 409, message: 'Ô lịch này đã qua ngày; xếp vào ô đã qua là đăng bù (backfill = true).' },
  ATTACHMENT_GONE: { status: 410, message: 'Tệp đính kèm không còn trong kho lưu trữ. Hãy tải tệp lên lại.' },
  PROOF_ITEM_NOT_APPROVED: { status: 409, message: 'Chỉ ghi nhận minh chứng cho nội dung đã được duyệt.' },
  ITEM_ALREADY_PLACED: { status: 409, message: 'Nội dung đã được xếp vào một ô khác của kênh này.' },

  // Accounts and secrets.
  PASSWORD_TOO_SHORT: { status: 422, message: 'Mật khẩu quá ngắn.' },
  USER_SELF_DEACTIVATE: { status: 422, message: 'Không thể tự khóa tài khoản của chính mình.' },
  SECRET_NAME_INVALID: { status: 422, message: 'Tên bí mật không hợp lệ.' },
  SECRET_MISSING: { status: 422, message: 'Đơn vị chưa cấu hình bí mật này cho kênh.' },
  SECRET_KEY_UNKNOWN: { status: 500, message: 'Không có khóa để mở bí mật đã lưu.' },
  SECRET_TAMPERED: { status: 500, message: 'Bí mật đã lưu bị sửa đổi hoặc hỏng.' },

  // Units.
  CSV_EMPTY: { status: 422, message: 'Tệp CSV trống.' },
  CSV_HEADER: { status: 422, message: 'Dòng tiêu đề của tệp CSV không đúng.' },
  CSV_PARENT_MISSING: { status: 422, message: 'Tệp CSV nhắc đến đơn vị cấp trên không có.' },
  CSV_ROWS_INVALID: { status: 422, message: 'Tệp CSV có dòng không hợp lệ.' },
  CSV_UNREADABLE: { status: 422, message: 'Không đọc được tệp CSV.' },

  // Phrases and plans.
  PHRASE_EMPTY: { status: 422, message: 'Cụm từ trống.' },
  PHRASE_KIND_INVALID: { status: 422, message: 'Loại cụm từ không hợp lệ.' },
  PHRASE_NOT_TEXT: { status: 422, message: 'Cụm từ phải là văn bản.' },
  PHRASE_REF_DATE_INVALID: { status: 422, message: 'Ngày tham chiếu không hợp lệ.' },
  PHRASE_TOO_LONG: { status: 422, message: 'Cụm từ quá dài.' },
  PHRASE_UNREADABLE: { status: 422, message: 'Không đọc được cụm từ.' },
  PHRASE_UNRECOGNIZED: { status: 422, message: 'Không nhận ra cụm từ.' },
  PHRASE_DATE_IMPOSSIBLE: { status: 422, message: 'Cụm từ có một ngày không có thật.' },
  PHRASE_SPAN_REVERSED: { status: 422, message: 'Khoảng thời gian có ngày bắt đầu sau ngày kết thúc.' },
  INPUT_EMPTY: { status: 422, message: 'Tệp trống: không có nội dung để nhập.' },
  INPUT_BINARY: { status: 422, message: 'Tệp là dữ liệu nhị phân, không phải văn bản.' },
  INPUT_MALFORMED: { status: 422, message: 'Dữ liệu vào không đúng định dạng.' },
  INPUT_UNSUPPORTED_FORMAT: { status: 422, message: 'Định dạng tệp chưa được hỗ trợ.' },
  INPUT_TOO_LARGE: { status: 422, message: 'Tệp quá lớn.' },
  INPUT_ENCODING_UNKNOWN: { status: 422, message: 'Không nhận ra bảng mã của tệp.' },
  INPUT_LEGACY_ENCODING: { status: 422, message: 'Tệp dùng bảng mã cũ, chưa lưu.' },
  DOCX_UNREADABLE: { status: 422, message: 'Không đọc được tệp .docx.' },
  PDF_UNREADABLE: { status: 422, message: 'Không đọc được tệp .pdf.' },
  PDF_NO_TEXT: { status: 422, message: 'Tệp .pdf không có lớp chữ.' },
  FILE_UNREADABLE: { status: 422, message: 'Không đọc được tệp.' },
  PLAN_EMPTY: { status: 422, message: 'Văn bản không có nội dung kế hoạch.' },
  PLAN_TOO_LONG: { status: 422, message: 'Văn bản kế hoạch quá dài.' },
  PLAN_YEAR_MISSING: { status: 422, message: 'Kế hoạch chưa có năm.' },
  PLAN_ARCHIVED: { status: 422, message: 'Kế hoạch đã lưu trữ, không sửa được.' },
  PARENT_PLAN_INVALID: { status: 422, message: 'Kế hoạch cấp trên không hợp lệ.' },
  PLAN_NOT_RECOGNIZED: { status: 422, message: 'Văn bản không phải một kế hoạch Loa nhận ra được.' },
  PLAN_DUPLICATE: { status: 409, message: 'Đơn vị đã có kế hoạch này (cùng số, cơ quan ban hành và năm).' },
  PLAN_REVIEW_OPEN: { status: 409, message: 'Kế hoạch còn điểm cần xem lại chưa được xác nhận.' },
  PLAN_REVIEW_UNKNOWN: { status: 422, message: 'Không có điểm cần xem lại nào như vậy trong kế hoạch.' },

  // Calendar.
  CALENDAR_RANGE_INVALID: { status: 422, message: 'Khoảng ngày không hợp lệ.' },
  PERIOD_INVALID: { status: 422, message: 'Kỳ không hợp lệ.' },
  PERIOD_BEFORE_PLAN: { status: 422, message: 'Kỳ báo cáo nằm trước năm của kế hoạch.' },
  PUBLISHED_AT_INVALID: { status: 400, message: 'Thời điểm đăng không hợp lệ.' },
  PUBLISHED_AT_FUTURE: { status: 422, message: 'Thời điểm đăng không được ở tương lai.' },
  'calendar.invalid-date': { status: 422, message: 'Ngày không hợp lệ.' },
  'calendar.invalid-time': { status: 422, message: 'Giờ không hợp lệ.' },
  'calendar.duplicate-slot': { status: 422, message: 'Ô lịch bị trùng.' },
  'calendar.override-duplicate-year': { status: 422, message: 'Có hai bộ ngày nghỉ cho cùng một năm.' },
  'calendar.override-empty-period': { status: 422, message: 'Khoảng nghỉ rỗng.' },
  'calendar.override-outside-year': { status: 422, message: 'Ngày nghỉ nằm ngoài năm của tệp.' },
  'calendar.override-year-mismatch': { status: 422, message: 'Ngày nghỉ không thuộc năm của tệp.' },
  'calendar.duplicate-task-channel': { status: 422, message: 'Một nhiệm vụ có hai quy tắc cho cùng một kênh.' },

  // Channels and content.
  CHANNEL_UNKNOWN: { status: 422, message: 'Kênh không có trong danh mục.' },
  CHANNEL_NOT_SERVED: { status: 422, message: 'Nội dung không dành cho kênh này.' },
  ITEM_NOT_EDITABLE: { status: 422, message: 'Nội dung đã duyệt hoặc đã lên lịch: hãy mở lại trước khi sửa.' },
  ITEM_NOT_APPROVED: { status: 422, message: 'Chỉ nội dung đã duyệt mới được xếp lịch.' },
  ITEM_NO_TASK: { status: 422, message: 'Nội dung chưa gắn với nhiệm vụ của kế hoạch.' },
  ITEM_CHECKS_FAILED: { status: 422, message: 'Nội dung chưa đạt yêu cầu của kênh.' },
  QUEUE_NO_FREE_SLOT: { status: 422, message: 'Không còn ô lịch trống.' },
  TRANSITION_INVALID: { status: 422, message: 'Không thực hiện được thao tác này ở trạng thái hiện tại.' },
  TRANSITION_SYSTEM_ONLY: { status: 422, message: 'Thao tác này do hệ thống thực hiện.' },
  COMMENT_REQUIRED: { status: 422, message: 'Cần ghi lý do.' },

  // Media.
  MEDIA_CHANNEL_UNKNOWN: { status: 422, message: 'Kênh không có hồ sơ đa phương tiện.' },
  MEDIA_CHECK_FAILED: { status: 422, message: 'Tệp chưa đạt yêu cầu của kênh.' },
  MEDIA_KIND_NOT_ACCEPTED: { status: 422, message: 'Kênh không nhận loại tệp này.' },
  MEDIA_KIND_UNEXPECTED: { status: 422, message: 'Loại tệp không đúng chỗ cần.' },
  MEDIA_EXTENSION_MISMATCH: { status: 422, message: 'Đuôi tên tệp không khớp với nội dung tệp.' },
  MEDIA_KEY_INVALID: { status: 422, message: 'Mã tệp không hợp lệ.' },
  MEDIA_MISSING: { status: 422, message: 'Thiếu tệp mà kênh yêu cầu.' },
  MEDIA_UNREADABLE: { status: 422, message: 'Không đọc được tệp.' },
  MEDIA_TYPE_UNSUPPORTED: { status: 422, message: 'Loại tệp không được hỗ trợ.' },
  MEDIA_NOT_IMAGE: { status: 422, message: 'Tệp không phải là ảnh.' },
  MEDIA_TOO_LARGE: { status: 422, message: 'Tệp vượt dung lượng cho phép của kênh.' },
  INPUT_IMAGE: { status: 422, message: 'Tệp là hình ảnh, không phải văn bản kế hoạch.' },
  IMAGE_CORRUPT: { status: 422, message: 'Tệp ảnh bị hỏng.' },
  IMAGE_TOO_MANY_PIXELS: { status: 422, message: 'Ảnh vượt giới hạn số điểm ảnh.' },
  IMAGE_TOO_SMALL: { status: 422, message: 'Ảnh nhỏ hơn khổ cần; ảnh không được phóng to.' },
  IMAGE_FORMAT_UNSUPPORTED: { status: 422, message: 'Định dạng ảnh không dùng được.' },
  IMAGE_SIZE_UNKNOWN: { status: 422, message: 'Không đọc được kích thước ảnh.' },
  PRINT_RESOLUTION_TOO_LOW: { status: 422, message: 'Ảnh không đủ độ phân giải để in khổ này.' },
  AUDIO_UNREADABLE: { status: 422, message: 'Không đọc được tệp âm thanh/video.' },
  AUDIO_TOO_LONG: { status: 422, message: 'Chương trình dài hơn thời lượng cho phép.' },
  AUDIO_TOO_SHORT: { status: 422, message: 'Chương trình ngắn hơn thời lượng yêu cầu.' },
  AUDIO_DURATION_UNKNOWN: { status: 422, message: 'Không đọc được thời lượng của tệp.' },
  AUDIO_FORMAT_NOT_ALLOWED: { status: 422, message: 'Kênh không nhận định dạng âm thanh này.' },
  VIDEO_FORMAT_NOT_ALLOWED: { status: 422, message: 'Kênh không nhận định dạng video này.' },
  VIDEO_DURATION_UNKNOWN: { status: 422, message: 'Không đọc được thời lượng của video.' },
  VIDEO_TOO_LONG: { status: 422, message: 'Video dài hơn thời lượng cho phép.' },
  VIDEO_TOO_SHORT: { status: 422, message: 'Video ngắn hơn thời lượng yêu cầu.' },
  TITLE_TOO_LONG: { status: 422, message: 'Tiêu đề quá dài.' },
  DESCRIPTION_TOO_LONG: { status: 422, message: 'Mô tả quá dài.' },
  AUTHOR_TOO_LONG: { status: 422, message: 'Tên tác giả quá dài.' },
  BODY_TOO_LONG: { status: 422, message: 'Nội dung quá dài.' },
  BODY_IMAGE_ALT_MISSING: { status: 422, message: 'Ảnh trong nội dung chưa có lời mô tả (alt).' },
  FOCAL_POINT_INVALID: { status: 422, message: 'Điểm lấy nét không hợp lệ.' },
  RENDITION_INVALID: { status: 422, message: 'Bản ảnh không hợp lệ.' },
  RENDITION_SIZE_MISMATCH: { status: 422, message: 'Bản ảnh không đúng khổ.' },
  RENDITION_DPI_OUT_OF_RANGE: { status: 422, message: 'Bản in có độ phân giải ngoài khoảng cho phép.' },
  RENDITION_FORMAT_NOT_ALLOWED: { status: 422, message: 'Bản ảnh có định dạng không được phép.' },
  RENDITION_TOO_HEAVY: { status: 422, message: 'Bản ảnh vượt dung lượng cho phép.' },
  RENDITION_OVER_BYTE_LIMIT: { status: 422, message: 'Không nén được bản ảnh dưới dung lượng cho phép.' },

  // Dispatch: channel accounts, the outbox, the pull API, `loa channels send`.
  CHANNEL_ACCOUNT_MISSING: { status: 422, message: 'Đơn vị chưa có tài khoản cho kênh này.' },
  CHANNEL_KIND_UNKNOWN: { status: 422, message: 'Kênh không có loại tài khoản này.' },
  CHANNEL_CREDENTIALS_MISSING: { status: 422, message: 'Thiếu thông tin đăng nhập của tài khoản kênh.' },
  CHANNEL_VERIFY_UNSUPPORTED: { status: 422, message: 'Loại tài khoản kênh này không có phép kiểm tra kết nối.' },
  PUBLICATION_STATE: { status: 409, message: 'Lượt phát hành đang ở trạng thái không cho phép thao tác này.' },
  PUBLICATION_LEASE_LOST: { status: 409, message: 'Phiên nhận việc đã hết hạn hoặc không đúng.' },
  DROP_FOLDER_OUTSIDE_ROOT: { status: 422, message: 'Thư mục nhận nằm ngoài thư mục gốc được phép (DISPATCH_DROP_ROOT).' },
  DOWNLOAD_LINK_INVALID: { status: 403, message: 'Đường dẫn tải về không hợp lệ.' },
  OUTBOUND_URL_PRIVATE: {
    status: 422,
    message:
      'Địa chỉ nhận trỏ vào mạng nội bộ hoặc một địa chỉ đặc biệt; Loa không gửi tới đó khi quản trị hệ thống chưa cho phép (OUTBOUND_ALLOW_HOSTS).',
  },
  OUTBOUND_URL_UNRESOLVED: {
    status: 422,
    message: 'Không tra được địa chỉ IP của máy nhận (tên miền không tồn tại hoặc DNS không trả lời).',
  },
  CHANNEL_SETUP_INCOMPLETE: { status: 422, message: 'Cấu hình của Loa chưa đủ để gửi lên kênh này.' },
  PUBLIC_URL_MISSING: { status: 422, message: 'Kênh này tải tệp từ Loa qua đường dẫn công khai, nhưng PUBLIC_URL chưa được đặt.' },
  DOWNLOAD_LINK_EXPIRED: { status: 410, message: 'Đường dẫn tải về đã hết hạn hoặc tệp không còn được lưu.' },
  TOKEN_MISSING: { status: 422, message: 'Tài khoản kênh chưa có mã làm mới (refresh token): cần kết nối lại.' },
  TOKEN_LOCK_TIMEOUT: { status: 503, message: 'Tài khoản kênh đang được một tiến trình khác làm mới mã truy cập.' },
  INPUT_FILE_UNREADABLE: { status: 422, message: 'Không đọc được tệp đầu vào.' },
  INPUT_JSON_INVALID: { status: 422, message: 'Tệp đầu vào không phải JSON hợp lệ.' },

  // Configuration read at start.
  CONFIG_MEDIA_PROFILES_INVALID: { status: 500, message: 'Tệp hồ sơ đa phương tiện không hợp lệ.' },
  CONFIG_MEDIA_PROFILES_MISSING: { status: 500, message: 'Không đọc được tệp hồ sơ đa phương tiện.' },
  CONFIG_VOCABULARY_INVALID: { status: 500, message: 'Tệp từ vựng kênh không hợp lệ.' },
  CONFIG_VOCABULARY_MISSING: { status: 500, message: 'Không đọc được tệp từ vựng kênh.' },
  CONFIG_CHANNELS_INVALID: { status: 500, message: 'Danh mục kênh không nhất quán.' },
  CONFIG_ADAPTER_LIMITS_INVALID: { status: 500, message: 'Tệp giới hạn của bộ kết nối kênh không hợp lệ.' },
  CHANNEL_ADAPTER_MISSING: { status: 500, message: 'Kênh đang dùng chưa có bộ kết nối.' },
  CHANNEL_ADAPTER_DUPLICATE: { status: 500, message: 'Một kênh được đăng ký hai bộ kết nối cùng loại.' },
  CHANNELS_NOT_READY: {
    status: 500,
    message: 'Cấu hình kênh chưa sẵn sàng: hồ sơ đa phương tiện vượt giới hạn của bộ kết nối hoặc kênh thiếu bộ kết nối.',
  },
  'config.channel-schedule-invalid': { status: 500, message: 'Cấu hình lịch kênh có lỗi.' },
  'config.holidays-invalid': { status: 500, message: 'Cấu hình ngày nghỉ lễ có lỗi.' },

  // The system itself.
  INTERNAL: { status: 500, message: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên kèm mã yêu cầu.' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'Cơ sở dữ liệu tạm thời không truy cập được.' },
} as const satisfies Record<string, ErrorCodeEntry>;

/** A code Loa knows. Anything else is a compile error where a DomainError is made. */
export type ErrorCode = keyof typeof errorCatalogue;

/** True when the string is a listed code (for codes that arrive from outside, e.g. a child process). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}
