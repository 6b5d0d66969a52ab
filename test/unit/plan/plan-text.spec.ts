/** How the reader puts hard-wrapped plan text back into blocks, and how .docx HTML becomes lines. */
import { expect } from 'chai';
import { lineAt, sourceLines, textBlocks } from '../../../src/domain/plan/plan-text.js';
import { htmlToPlanText } from '../../../src/modules/plans/readers/docx.reader.js';

const blocksOf = (text: string) => textBlocks(sourceLines(text));

describe('plan text: blocks', () => {
  it('joins a hard-wrapped sentence and keeps the line of every part', () => {
    const blocks = blocksOf(
      [
        '1. Cập nhật, công bố, công khai các nội dung TTHC tại Bộ phận một ',
        '',
        'cửa xã trên Hệ thống thông tin giải quyết TTHC, Cổng Dịch vụ công quốc ',
        '',
        'gia và trên Cổng thông tin điện tử huyện.',
        '',
        '- Cơ quan thực hiện: Văn phòng thống kê xã. ',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).to.deep.equal(['numbered', 'bullet']);
    const item = blocks[0]!;
    expect(item.marker).to.equal('1');
    expect(item.body).to.match(/^Cập nhật, công bố, công khai các nội dung TTHC tại Bộ phận một cửa xã trên Hệ thống/u);
    expect(lineAt(item, item.text.indexOf('Cổng thông tin điện tử'))).to.equal(5);
    expect(blocks[1]!.lines).to.deep.equal([7]);
  });

  it('reads a dash that wraps to the start of a line mid-sentence as text, not as a bullet', () => {
    const blocks = blocksOf(
      [
        '- Tuyên truyền tầm quan trọng, ý nghĩa, mục tiêu và tác động tích cực của công tác CCHC đến sự phát triển kinh tế',
        '- xã hội của huyện.',
      ].join('\n'),
    );
    expect(blocks).to.have.length(1);
    expect(blocks[0]!.body).to.include('kinh tế - xã hội của huyện');
  });

  it('does not take a year or a page number for a numbered item', () => {
    const blocks = blocksOf(
      [
        '- Tiếp tục tuyên truyền Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - ',
        '4',
        '2030; Quyết định số 2384/QĐ-UBND ngày 03/10/2021.',
      ].join('\n'),
    );
    expect(blocks).to.have.length(1);
    expect(blocks[0]!.body).to.include('2021 - 2030; Quyết định');
  });

  it('drops bare links, keeps tab-separated rows as rows, and starts a new block at "Thực hiện"', () => {
    const blocks = blocksOf(
      [
        'Tuyên truyền cải cách hành chính năm 2024',
        'Thực hiện Kế hoạch số 465/KH-UBND ngày 08/3/2024.',
        'https://thuvienphapluat.vn/van-ban/nghi-quyet-76.aspx',
        'STT\tNhiệm vụ\tThời gian thực hiện',
        '1\tXây dựng Kế hoạch\tTháng 02/2025',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).to.deep.equal(['paragraph', 'paragraph', 'row', 'row']);
    expect(blocks[3]!.cells).to.deep.equal(['1', 'Xây dựng Kế hoạch', 'Tháng 02/2025']);
    expect(blocks[3]!.lines).to.deep.equal([5]);
  });
});

describe('.docx HTML to plan text', () => {
  it('turns paragraphs into lines and a table into tab-separated rows', () => {
    const html =
      '<p>KẾ HOẠCH</p><p>Tuyên truyền CCHC &amp; chuyển đổi số</p>' +
      '<table><tr><td><p>STT</p></td><td><p>Nhiệm vụ</p></td><td><p>Thời gian</p></td></tr>' +
      '<tr><td><p>1</p></td><td><p>Đăng tin</p><p>trên Cổng TTĐT</p></td><td><p>Quý I/2025</p></td></tr></table>' +
      '<p>Nơi nhận:<br />- Lưu: VT.</p>';
    expect(htmlToPlanText(html).split('\n')).to.deep.equal([
      'KẾ HOẠCH',
      'Tuyên truyền CCHC & chuyển đổi số',
      'STT\tNhiệm vụ\tThời gian',
      '1\tĐăng tin trên Cổng TTĐT\tQuý I/2025',
      'Nơi nhận:',
      '- Lưu: VT.',
    ]);
  });

  it('gives Word auto-numbered and bulleted lists their markers back', () => {
    const html = '<ol><li>Đăng tin<ul><li>Tần suất: 03 tin, bài/tháng.</li></ul></li><li>Phát thanh</li></ol>';
    expect(htmlToPlanText(html).split('\n')).to.deep.equal(['1. Đăng tin', '- Tần suất: 03 tin, bài/tháng.', '2. Phát thanh']);
  });
});
