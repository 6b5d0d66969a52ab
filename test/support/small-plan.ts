/** A short commune plan with two tasks (ids "1" and "2"), for specs that need a plan but not a seed file. */
export const smallPlanText = [
  'ỦY BAN NHÂN DÂN XÃ HÀNH ĐỨC',
  'Số: 12/KH-UBND                Hành Đức, ngày 11 tháng 3 năm 2024',
  'KẾ HOẠCH',
  'Tuyên truyền cải cách hành chính năm 2024',
  'II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN',
  '1. Đăng tin, bài trên Trang thông tin điện tử xã',
  '- Tần suất: 03 tin, bài/tháng',
  '- Thời gian: Quý I/2024',
  '2. Phát thanh trên hệ thống truyền thanh xã',
  '- Tần suất: 02 lần/tháng',
  '- Thời gian: Năm 2024',
  '',
].join('\n');
