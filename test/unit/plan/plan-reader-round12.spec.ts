/**
 * Reading round two (issue 16): issuers that are no People's Committee, years the header gets
 * wrong, tasks written in sentences and lists, programmes with no "Kế hoạch" in their title.
 * Every excerpt here is written for the test, in the phrasings public plans use.
 */
import { expect } from 'chai';
import { findBodies } from '../../../src/domain/plan/issuing-body.js';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import type { PlanReading } from '../../../src/domain/plan/plan-reading.types.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { testVocabulary } from './plan-fixtures.js';

const read = (lines: string[]): PlanReading => readPlan(lines.join('\n'), { vocabulary: testVocabulary() });
const notes = (p: PlanReading) => p.needsReview.map((n) => (n.taskId ? `${n.taskId}/${n.field}` : n.field));
describe('plan reader, round 12: issuers', () => {
  it('knows ministries, departments, district offices and coordinating councils by name, in any case and tone placement', () => {
    const names = (t: string) => findBodies(t).map((b) => [b.name, b.level, b.placed]);
    expect(names('BỘ TRƯỞNG BỘ TƯ PHÁP')).to.deep.equal([['Bộ Tư pháp', null, true]]);
    expect(names('SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG THÁP')).to.deep.equal([
      ['Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp', 'province', true],
    ]);
    expect(names('Sở TT&TT thành phố Cần Thơ')).to.deep.equal([['Sở Thông tin và Truyền thông thành phố Cần Thơ', 'province', true]]);
    expect(names('Phòng Văn hóa - Thông tin huyện Mỹ Đức')).to.deep.equal([['Phòng Văn hóa - Thông tin huyện Mỹ Đức', 'district', true]]);
    expect(names('Hội đồng phối hợp PBGDPL xã Cam Thủy')).to.deep.equal([
      ['Hội đồng phối hợp phổ biến, giáo dục pháp luật xã Cam Thủy', 'commune', true],
    ]);
    expect(names('Sở Nội vụ đề nghị')).to.deep.equal([['Sở Nội vụ', 'province', false]]);
    // Words that only begin like a body.
    expect(names('bộ phận một cửa; sở dĩ; Phòng họp số 2')).to.deep.equal([]);
  });

  it("a ministry's letterhead makes the ministry the issuer, with no level", () => {
    const p = read([
      'BỘ TƯ PHÁP',
      '-------',
      'Số: 12/KH-BTP',
      'Hà Nội, ngày 20 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Truyền thông về cải cách hành chính năm 2025',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nâng cao nhận thức của công chức về cải cách hành chính.',
      'II. HÌNH THỨC TUYÊN TRUYỀN',
      '1. Đăng tải tin, bài trên Cổng thông tin điện tử của Bộ, 02 tin/tháng.',
    ]);
    expect(p).to.deep.include({ issuer: 'Bộ Tư pháp', level: null, number: '12/KH-BTP', year: 2025 });
    expect(notes(p)).to.not.include('issuer');
  });

  it("a department under its province's Committee: the department, placed by the Committee's line", () => {
    const p = read([
      'UBND TỈNH ĐỒNG THÁP',
      'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'Số: 45/KH-SVHTTDL',
      'Đồng Tháp, ngày 03 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Tuyên truyền cổ động trực quan năm 2024',
      'I. HÌNH THỨC',
      '1. Thay mới nội dung các cụm pano tại trung tâm các huyện, 02 lần/năm.',
    ]);
    expect(p).to.deep.include({ issuer: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp', level: 'province' });
  });

  it('"Chủ tịch UBND tỉnh ban hành Kế hoạch": the Committee, and its Chairman named after it', () => {
    const p = read([
      'ỦY BAN NHÂN DÂN',
      'TỈNH KON TUM',
      'Số: 30/KH-UBND',
      'Kon Tum, ngày 05 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2025',
      'Căn cứ Quyết định số 11/QĐ-UBND ngày 02/01/2025 của Chủ tịch UBND tỉnh về ban hành Kế hoạch cải cách hành chính năm 2025; Chủ tịch UBND tỉnh ban hành Kế hoạch tuyên truyền như sau:',
      'I. HÌNH THỨC',
      '1. Đài truyền thanh các xã phát 01 chuyên mục/tháng.',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND tỉnh Kon Tum (Chủ tịch UBND tỉnh)', level: 'province' });
  });

  it('"… của Chủ tịch UBND tỉnh về ban hành Kế hoạch" (a parent) does not make the Chairman the issuer', () => {
    const p = read([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN ĐĂK HÀ',
      'Số: 8/KH-UBND',
      'Đăk Hà, ngày 10 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2025',
      'Thực hiện Quyết định số 11/QĐ-UBND ngày 02/01/2025 của Chủ tịch UBND tỉnh về ban hành Kế hoạch cải cách hành chính năm 2025.',
      'I. HÌNH THỨC',
      '1. Đài truyền thanh huyện phát 02 tin/tháng.',
    ]);
    expect(p.issuer).to.equal('UBND huyện Đăk Hà');
  });

  it("a department's plan reposted as news: issuer, number and date from the lead; no province named is a note, not a guess", () => {
    const p = read([
      'Tin hoạt động',
      'Ngày 12/3/2024, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 31/KH-SVHTTDL về tuyên truyền kỷ niệm các ngày lễ lớn năm 2024.',
      'Theo đó, Trung tâm Văn hóa tỉnh thay mới 20 pano tuyên truyền; các huyện treo băng rôn tại trụ sở.',
    ]);
    expect(p).to.deep.include({
      issuer: 'Sở Văn hóa, Thể thao và Du lịch',
      level: 'province',
      number: '31/KH-SVHTTDL',
      issuedOn: '2024-03-12',
      year: 2024,
    });
    expect(p.source!.wrapper).to.equal('news');
    expect(p.needsReview.find((n) => n.field === 'issuer')!.reason).to.include('cần nhập tên đầy đủ');
  });

  it('news about a plan already issued ("Thực hiện Kế hoạch số … của Sở …, Trung tâm … sẽ …") reads that plan, its year from the dateline with a note', () => {
    const p = read([
      'Tuyên truyền Ngày Pháp luật Việt Nam',
      'Ngày 02-10-2023',
      'Thực hiện Kế hoạch số 88/KH-STP của Sở Tư pháp tỉnh Cà Mau về việc tuyên truyền Ngày Pháp luật, Trung tâm trợ giúp pháp lý sẽ phối hợp với Đài truyền thanh các huyện phát 02 chuyên mục/tháng.',
    ]);
    expect(p).to.deep.include({ issuer: 'Sở Tư pháp tỉnh Cà Mau', level: 'province', number: '88/KH-STP', year: 2023 });
    expect(p.needsReview.find((n) => n.field === 'year')!.reason).to.include('ngày đăng tin');
  });

  it('a plan that issues itself after naming its parents keeps its own issuer and no number of a parent', () => {
    const p = read([
      'Thực hiện Kế hoạch số 70/KH-UBND ngày 02/01/2024 của UBND huyện Cam Lộ về tuyên truyền cải cách hành chính; UBND xã Cam Thành xây dựng kế hoạch tuyên truyền cải cách hành chính năm 2024 như sau:',
      'I. HÌNH THỨC',
      '1. Đài truyền thanh xã phát 04 tin/tháng.',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND xã Cam Thành', number: null, year: 2024 });
  });

  it('a plan with no letterhead names its issuer in the signature ("TM. ỦY BAN NHÂN DÂN XÃ …")', () => {
    const p = read([
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2025',
      'I. HÌNH THỨC',
      '1. Trang thông tin điện tử xã đăng 02 tin, bài/tháng.',
      'TM. ỦY BAN NHÂN DÂN XÃ VĨNH THÁI',
      'CHỦ TỊCH',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND xã Vĩnh Thái', level: 'commune' });
  });

  it('a district that the text never names is a note, not a guess', () => {
    const p = read([
      'Kế hoạch đặt mục tiêu nâng cao chất lượng thông tin cơ sở trên địa bàn huyện.',
      'UBND huyện yêu cầu Đài truyền thanh huyện phát 02 chuyên mục/tháng về chuyển đổi số.',
    ]);
    expect(p.issuer).to.equal('UBND huyện');
    expect(p.level).to.equal('district');
    expect(p.needsReview.find((n) => n.field === 'issuer')!.reason).to.include('không ghi tên');
  });
});

describe('plan reader, round 12: the year', () => {
  const header = (date: string, title: string, preamble: string) => [
    'ỦY BAN NHÂN DÂN',
    'XÃ PHÚ LỘC',
    'Số: 05/KH-UBND',
    `Phú Lộc, ${date}`,
    'KẾ HOẠCH',
    title,
    preamble,
    'I. HÌNH THỨC',
    '1. Đài truyền thanh xã phát 02 tin/tháng.',
  ];

  it('a signing date whose year is before a document it cites: the next year, with a note naming that document', () => {
    const p = read(
      header(
        'ngày 06 tháng 01 năm 2024',
        'Tuyên truyền chuyển đổi số',
        'Thực hiện Kế hoạch số 310/KH-UBND ngày 18/12/2024 của UBND huyện Phú Vang về chuyển đổi số; UBND xã Phú Lộc ban hành Kế hoạch như sau:',
      ),
    );
    expect(p.year).to.equal(2025);
    const note = p.needsReview.find((n) => n.field === 'year')!;
    expect(note.reason).to.include('18/12/2024');
    expect(note.evidence!.line).to.equal(7);
  });

  it('a signing date later than every document it cites keeps its year and gets no note', () => {
    const p = read(
      header(
        'ngày 06 tháng 01 năm 2025',
        'Tuyên truyền chuyển đổi số',
        'Thực hiện Kế hoạch số 310/KH-UBND ngày 18/12/2024 của UBND huyện Phú Vang; UBND xã Phú Lộc ban hành Kế hoạch như sau:',
      ),
    );
    expect(p.year).to.equal(2025);
    expect(notes(p)).to.not.include('year');
  });

  it('a cited date too far after the signing to be a slip of one year: the year as written, and a note', () => {
    const p = read(
      header(
        'ngày 06 tháng 01 năm 2023',
        'Tuyên truyền chuyển đổi số',
        'Căn cứ Quyết định số 99/QĐ-UBND ngày 03 tháng 5 năm 2024 của UBND tỉnh; UBND xã Phú Lộc ban hành Kế hoạch như sau:',
      ),
    );
    expect(p.year).to.equal(2023);
    expect(p.needsReview.find((n) => n.field === 'year')!.reason).to.include('có thể sai');
  });

  it('an anniversary span in the title ("(09/7/1922 - 09/7/2022)") is no cited document: the signing year stays, with no note', () => {
    const p = read(
      header(
        'ngày 15 tháng 6 năm 2022',
        'Tuyên truyền kỷ niệm 100 năm Ngày sinh đồng chí Nguyễn Văn A (09/7/1922 - 09/7/2022)',
        'Thực hiện Kế hoạch số 31/KH-UBND ngày 02/6/2022 của UBND huyện Phú Vang; UBND xã Phú Lộc ban hành Kế hoạch như sau:',
      ),
    );
    expect(p.year).to.equal(2022);
    expect(notes(p)).to.not.include('year');
  });

  it('"năm 2024" in the title wins over a signing date in the year before', () => {
    const p = read(header('ngày 26 tháng 12 năm 2023', 'Tuyên truyền cải cách hành chính năm 2024', 'Căn cứ tình hình thực tế của xã.'));
    expect(p).to.deep.include({ year: 2024, issuedOn: '2023-12-26' });
  });

  it('a plan over a period ("giai đoạn 2025 - 2030"): the year it is signed in, and a note that the calendar covers that year', () => {
    const p = read(
      header('ngày 14 tháng 3 năm 2026', 'Phát triển thông tin cơ sở giai đoạn 2025 - 2030', 'Căn cứ tình hình thực tế của xã.'),
    );
    expect(p.year).to.equal(2026);
    expect(p.needsReview.find((n) => n.field === 'year')!.reason).to.include('2025–2030');
    const before = read(
      header('ngày 20 tháng 12 năm 2024', 'Phát triển thông tin cơ sở giai đoạn 2025–2030', 'Căn cứ tình hình thực tế của xã.'),
    );
    expect(before.year).to.equal(2025);
  });

  it('a target ("Mục tiêu đến năm 2025", "đến cuối năm 2024") is not the year of a plan that gives none', () => {
    const p = read([
      'Kế hoạch tuyên truyền phát triển thông tin cơ sở trên địa bàn xã Tân An.',
      'Mục tiêu đến năm 2030: 100% thôn có loa truyền thanh; đến cuối năm 2026 chuyển đổi 50% cụm loa sang truyền thanh ứng dụng công nghệ thông tin.',
      'Đài truyền thanh xã phát 02 chuyên mục/tháng.',
    ]);
    expect(p.year).to.equal(null);
    expect(notes(p)).to.include('year');
  });
});

describe('plan reader, round 12: tasks in sentences', () => {
  const tasksOf = (p: PlanReading) => p.tasks.map((t) => [t.channels.join('+'), t.quota?.count ?? null, t.quota?.per ?? null]);

  it('one-off totals in a list of things to make: a task per channel with its count and no period; other things left out', () => {
    const p = read([
      'Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện Châu Thành về tuyên truyền kỷ niệm 50 năm giải phóng miền Nam, UBND xã An Hiệp xây dựng kế hoạch tuyên truyền năm 2025 như sau:',
      'Trong tháng 4, xã sẽ thay mới 12 cụm pano tại các trục đường chính, treo 300 cờ Tổ quốc, 25 băng rôn tại trụ sở các ấp và 2 màn hình LED ở nhà văn hóa.',
    ]);
    expect(tasksOf(p)).to.deep.equal([
      ['pano', 12, null],
      ['banner', 25, null],
      ['led-screen', 2, null],
    ]);
    for (const t of p.tasks) expect(t.source).to.equal('sentence');
  });

  it('totals already achieved ("đã lắp đặt 11 cụm pano") are no tasks', () => {
    const p = read([
      'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND xã An Hiệp.',
      'Năm 2024, xã đã lắp đặt 11 cụm pano, treo 40 băng rôn.',
      'Năm 2025, Đài truyền thanh xã phát 02 tin, bài/tuần về cải cách hành chính.',
    ]);
    expect(tasksOf(p)).to.deep.equal([['radio', 2, 'week']]);
  });

  it('rates cut in other units inside a sentence: "04 số/tháng", "01 lần/quý", "03 tin, bài/tháng"', () => {
    const p = read([
      'KẾ HOẠCH',
      'Thông tin, tuyên truyền cải cách hành chính năm 2025',
      'I. NHIỆM VỤ',
      '1. Phát hành bản tin cải cách hành chính của huyện với số lượng 04 số/tháng, gửi các xã, thị trấn.',
      '2. Các xã định kỳ 01 lần/quý gửi tin về Trang thông tin điện tử của huyện.',
      '3. Đài truyền thanh thị trấn phát 03 tin, bài/tháng.',
    ]);
    expect(tasksOf(p)).to.deep.equal([
      ['bulletin', 4, 'month'],
      ['web-portal', 1, 'quarter'],
      ['radio', 3, 'month'],
    ]);
    expect(p.tasks[2]!.quota!.unit).to.equal('tin, bài');
  });
});

describe('plan reader, round 12: programmes with no "Kế hoạch" in their title', () => {
  const refusal = (lines: string[]): DomainError => {
    try {
      read(lines);
    } catch (e) {
      return e as DomainError;
    }
    throw new Error('read as a plan');
  };

  it('a "Chương trình truyền thông" that sets tasks on channels is read as a plan', () => {
    const p = read([
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN LẬP',
      'Số: 03/CTr-UBND',
      'Tân Lập, ngày 15 tháng 01 năm 2025',
      'CHƯƠNG TRÌNH',
      'Truyền thông về chuyển đổi số năm 2025',
      'I. HÌNH THỨC',
      '1. Đài truyền thanh xã phát 02 chuyên mục/tháng về chuyển đổi số.',
      '2. Fanpage của xã đăng 04 tin/tháng.',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND xã Tân Lập', number: '03/CTr-UBND', year: 2025 });
    expect(p.tasks.map((t) => [t.channels.join('+'), t.quota?.count])).to.deep.equal([
      ['radio', 2],
      ['facebook', 4],
    ]);
  });

  it('a "Đề án tuyên truyền" that names no channel and no task is refused, with the line that names it', () => {
    const e = refusal([
      'Đề án tuyên truyền nâng cao ý thức chấp hành pháp luật giai đoạn 2025 - 2030',
      'Đề án đánh giá thực trạng ý thức chấp hành pháp luật của người dân và nêu các quan điểm chỉ đạo.',
    ]);
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
    expect(e.evidence?.found).to.equal('programme');
    expect(e.evidence?.line).to.equal(1);
  });

  it('look-alikes still refused: contest rules and news of results', () => {
    expect(
      refusal([
        'Thể lệ cuộc thi tìm hiểu về cải cách hành chính năm 2025',
        'Cuộc thi dành cho cán bộ, công chức; bài dự thi gửi về Sở Nội vụ trước ngày 30/9/2025.',
      ]).code,
    ).to.equal('PLAN_NOT_RECOGNIZED');
    const results = refusal([
      'Chương trình truyền thông chuyển đổi số: kết quả đạt được năm 2024',
      'Năm qua, Đài truyền thanh xã đã phát 120 tin, bài; Fanpage của xã đã đăng 300 tin.',
      'Đến nay, 100% thôn đã có loa truyền thanh.',
    ]);
    expect(results.code).to.equal('PLAN_NOT_RECOGNIZED');
    expect(results.evidence?.found).to.equal('results');
  });
});

describe('plan reader, round 12: a commune plan copied from its district', () => {
  it('"UBND huyện ban hành Kế hoạch" in a commune\'s plan: the commune stays the issuer, with a note naming the line', () => {
    const p = read([
      'ỦY BAN NHÂN DÂN',
      'XÃ HẢI DƯƠNG',
      'Số: 19/KH-UBND',
      'Hải Dương, ngày 04 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2025',
      'Để công tác tuyên truyền đạt hiệu quả, UBND huyện ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025 như sau:',
      'I. HÌNH THỨC',
      '1. Đài truyền thanh xã phát 02 tin/tháng.',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND xã Hải Dương', level: 'commune' });
    const note = p.needsReview.find((n) => n.field === 'issuer')!;
    expect(note.reason).to.include('sao từ kế hoạch của huyện');
    expect(note.evidence!.line).to.equal(7);
  });
});
