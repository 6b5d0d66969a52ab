import { expect } from 'chai';
import { inQuietHours, messages, retryDelayMs } from '../../../src/domain/reminders/reminder-messages.js';

describe('reminder messages', () => {
  it('keeps quiet from 22:00 to 06:00 in Vietnam', () => {
    expect(inQuietHours(new Date('2024-03-13T14:59:00Z'))).to.equal(false); // 21:59
    expect(inQuietHours(new Date('2024-03-13T15:00:00Z'))).to.equal(true); // 22:00
    expect(inQuietHours(new Date('2024-03-13T22:59:00Z'))).to.equal(true); // 05:59
    expect(inQuietHours(new Date('2024-03-13T23:00:00Z'))).to.equal(false); // 06:00
  });

  it('backs off 1, 2, 4 … minutes, at most 6 hours', () => {
    expect([1, 2, 3].map(retryDelayMs)).to.deep.equal([60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).to.equal(6 * 3600_000);
  });

  it('writes Vietnamese text and HTML with the link, escaping what people typed', () => {
    const m = messages.itemRejected('Chị Lan', {
      title: 'Tin <b>mới</b>',
      by: 'Anh Hùng',
      comment: 'Bổ sung số liệu',
      link: 'https://loa.example.vn/items/1',
    });
    expect(m.subject).to.equal('[Loa] Nội dung bị trả lại: Tin <b>mới</b>');
    expect(m.text)
      .to.include('Chào Chị Lan,')
      .and.include('Ý kiến: Bổ sung số liệu')
      .and.include('Sửa nội dung: https://loa.example.vn/items/1');
    expect(m.html).to.include('Tin &lt;b&gt;mới&lt;/b&gt;').and.include('<a href="https://loa.example.vn/items/1">Sửa nội dung</a>');
    expect(
      messages.reportDeadline('A', { unitName: 'UBND xã X', periodTitle: 'quý I năm 2024', dueOn: '2024-03-20', daysLeft: 2, link: 'l' })
        .text,
    ).to.include('đến hạn ngày 20/03/2024');
  });
});
