/** Whatever the text, readPlan returns a plan or throws a DomainError: never anything else. */
import { expect } from 'chai';
import fc from 'fast-check';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import { seedText, testVocabulary } from './plan-fixtures.js';

const FRAGMENTS = [
  'KẾ HOẠCH',
  'Tuyên truyền cải cách hành chính năm 2024',
  'Số: 41 /KH-UBND Hành Đức, ngày 11 tháng 3 năm 2024',
  'Thực hiện Kế hoạch số 465/KH-UBND ngày 08/3/2024 của Ủy ban nhân dân huyện Nghĩa Hành',
  'III. HÌNH THỨC TUYÊN TRUYỀN',
  '1. Cập nhật thông tin trên Trang thông tin điện tử xã',
  '- Tần suất: 03 tin, bài/tháng.',
  '- Tần suất: Mỗi tháng 01 chương trình (10-15 phút)',
  '- Cơ quan chủ trì: UBND xã',
  '- Thời gian thực hiện: Quý I/2024.',
  '- Thời gian thực hiện: Trước ngày 30/11/2025',
  'STT\tNhiệm vụ\tKết quả/ Sản phẩm\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện',
  '1\tĐăng tin\tTin, bài\tPhòng Nội vụ\tUBND xã\tThường xuyên',
  'Định kỳ 6 tháng, hằng năm báo cáo UBND huyện',
  'facebook, youtube, zalo... (nếu có)',
  '',
  '   ',
];

function check(text: string): void {
  try {
    const plan = readPlan(text, { vocabulary: testVocabulary() });
    expect(plan.tasks).to.be.an('array');
    expect(plan.needsReview).to.be.an('array');
    expect(plan.channels).to.be.an('array');
    expect(() => JSON.stringify(plan)).not.to.throw();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).to.match(/^[A-Z_]+$/);
  }
}

describe('plan reader: property', function () {
  this.timeout(60_000);

  it('arbitrary Unicode text: a plan or a DomainError', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('plan-like text made of real fragments, shuffled: a plan or a DomainError', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, eol) =>
        check(lines.join(eol)),
      ),
      { numRuns: 300 },
    );
  });

  it('a seed cut at an arbitrary place: a plan or a DomainError', () => {
    const seeds = ['000', '001', '002', '003', '004'].map(seedText);
    fc.assert(
      fc.property(fc.nat(4), fc.nat(), fc.nat(), (which, a, b) => {
        const s = seeds[which]!;
        const [from, to] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y);
        check(s.slice(from!, to!));
      }),
      { numRuns: 150 },
    );
  });
});
