import { expect } from 'chai';
import { activationSummary } from '../../../src/domain/calendar/activation-summary.js';

describe('web app: the sentence after activating a plan', () => {
  it('gives the figures that changed and no reason when slots were added', () => {
    expect(activationSummary({ added: 36, removed: 0 })).to.equal('Đã kích hoạt: thêm 36 ô lịch.');
    expect(activationSummary({ added: 4, updated: 2, kept: 30, removed: 1, released: [{}] })).to.equal(
      'Đã kích hoạt: thêm 4 ô lịch, dời 2 ô, giữ nguyên 30 ô, xóa 1 ô. 1 nội dung mất ô lịch cũ và được trả về hàng đợi hoặc chờ xếp lại.',
    );
  });

  it('never leaves "thêm 0 ô lịch" unexplained', () => {
    expect(activationSummary({ added: 0, removed: 0, skippedPast: 36 })).to.equal(
      'Đã kích hoạt: thêm 0 ô lịch. 36 ô của những ngày đã qua không được tạo. Không thêm ô lịch nào vì mọi ngày của kế hoạch đã qua.',
    );
    expect(activationSummary({ added: 0, removed: 0, kept: 12 })).to.match(/vì lịch của kế hoạch đã có sẵn\.$/);
    expect(activationSummary({ added: 0, removed: 0, obligations: 3 })).to.equal(
      'Đã kích hoạt: thêm 0 ô lịch. 3 nhiệm vụ thường xuyên (không có số lượng) không sinh ô lịch, được theo dõi riêng. Không thêm ô lịch nào vì các nhiệm vụ chỉ ghi “thường xuyên”, không có số lượng.',
    );
    expect(activationSummary({ added: 0, removed: 0 })).to.match(/vì chưa nhiệm vụ nào có số lượng và kênh để xếp lịch/);
  });

  it('names each task the expansion left a note on', () => {
    expect(activationSummary({ added: 2, removed: 0, notes: [{ taskId: '3', message: 'Ngày 30/02 không có thật.' }] })).to.equal(
      'Đã kích hoạt: thêm 2 ô lịch. Nhiệm vụ 3: Ngày 30/02 không có thật.',
    );
  });
});
