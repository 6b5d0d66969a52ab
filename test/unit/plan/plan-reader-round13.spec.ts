/**
 * Reading round 13 (issue 16): the rules a careful reader uses where round 12's unseen excerpts were
 * misread — numbers whose dash was lost, letterheads flattened or broken mid-word, issuers that are a
 * steering committee or the Committee's office, the signer's name after the level, a news item's posting
 * date, Huế's level before 2025, look-alikes that only ask others to make plans or run a contest, a
 * programme reported as news, and a radio schedule written as bullets under its channel. Every excerpt
 * here is written for the test, in phrasings of its own.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { findBodies, steeringCommittee } from '../../../src/domain/plan/issuing-body.js';
import { normalizeDocNumber } from '../../../src/domain/plan/plan-header.reader.js';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import type { PlanReading } from '../../../src/domain/plan/plan-reading.types.js';
import { looksLikePerson, partyCommitteeNames } from '../../../src/domain/plan/unit-names.js';
import { testVocabulary } from './plan-fixtures.js';

const read = (lines: string[]): PlanReading => readPlan(lines.join('\n'), { vocabulary: testVocabulary() });
const refusal = (lines: string[]): { code?: string; evidence?: { found?: string; text?: string } } => {
  try {
    read(lines);
  } catch (e) {
    return e as { code?: string; evidence?: { found?: string; text?: string } };
  }
  return {};
};
const quotas = (p: PlanReading) => p.tasks.map((t) => ({ channels: t.channels, count: t.quota?.count ?? null, per: t.quota?.per ?? null }));

describe('plan reader, round 13: document numbers', () => {
  it('joins what a typist spaced or a flattened header split, and keeps the order of "/" and "-" as written', () => {
    expect(normalizeDocNumber('12 /KH UBND')).to.equal('12/KH-UBND');
    expect(normalizeDocNumber('3 / KH - UBND')).to.equal('3/KH-UBND');
    expect(normalizeDocNumber('45/KH –VPUBND')).to.equal('45/KH-VPUBND');
    expect(normalizeDocNumber('201-KH/HU')).to.equal('201-KH/HU');
    expect(normalizeDocNumber('9/QĐ-BCĐ')).to.equal('9/QĐ-BCĐ');
  });

  it('property: however the separators are spaced or dashed, the number reads the same, and reading it again changes nothing', () => {
    const space = fc.constantFrom('', ' ', '  ');
    const dash = fc.constantFrom('-', '–', '—');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom('KH', 'QĐ', 'TB'),
        fc.constantFrom('UBND', 'VPUBND', 'SVHTTDL', 'BCĐTW', 'STTTT'),
        space,
        space,
        space,
        dash,
        fc.boolean(),
        (n, kind, issuer, s1, s2, s3, d, dashLost) => {
          const written = `${n}${s1}/${s2}${kind}${dashLost ? ' ' : `${s3}${d}${s3}`}${issuer}`;
          const once = normalizeDocNumber(written);
          expect(once).to.equal(`${n}/${kind}-${issuer}`);
          expect(normalizeDocNumber(once)).to.equal(once);
        },
      ),
    );
  });

  it('a header number whose dash was lost ("Số: 16 /KH UBND") is read whole, and the place after it is not taken', () => {
    const p = read([
      'UỶ BAN NHÂN DÂN',
      'PHƯỜNG AN LẠC',
      'Số: 16 /KH UBND An Lạc, ngày 02 tháng 02 năm 2023',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2023',
      'I. HÌNH THỨC',
      '1. Đài truyền thanh phường phát 02 chương trình/tháng.',
    ]);
    expect(p).to.deep.include({ number: '16/KH-UBND', issuedOn: '2023-02-02' });
  });
});

describe('plan reader, round 13: letterheads and issuers', () => {
  it('a letterhead flattened with the motto written without dashes still names the unit', () => {
    const p = read([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'THỊ TRẤN PHÚ MỸ Độc lập Tự do Hạnh phúc',
      'Số: 31/KH-UBND Phú Mỹ, ngày 09 tháng 5 năm 2024',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2024',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND thị trấn Phú Mỹ', level: 'commune' });
  });

  it('a letterhead broken mid-word by a copied table ("UỶ" / "BAN NHÂN DÂN" / "HUYỆN KRÔNG NÔ") is read as one', () => {
    const p = read([
      'UỶ',
      'BAN NHÂN DÂN',
      'HUYỆN KRÔNG NÔ',
      '-------',
      '|',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '|',
      'Số: 77/KH-UBND',
      '|',
      'Krông',
      'Nô, ngày 14 tháng 4 năm 2024',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2024',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND huyện Krông Nô', level: 'district', number: '77/KH-UBND', year: 2024 });
  });

  it('a steering committee on its letterhead: its name as Vietnamese writes it, central or placed', () => {
    expect(steeringCommittee('BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH QUẢNG NAM')).to.deep.include({
      name: 'Ban Chỉ đạo Cải cách hành chính tỉnh Quảng Nam',
      level: 'province',
      placed: true,
    });
    expect(steeringCommittee('BAN CHỈ ĐẠO TỔNG ĐIỀU TRA DÂN SỐ VÀ NHÀ Ở TRUNG ƯƠNG')).to.deep.include({
      name: 'Ban Chỉ đạo Tổng điều tra dân số và nhà ở trung ương',
      level: null,
    });
    expect(steeringCommittee('Ban Chỉ đạo đã họp')).to.equal(null);
    expect(steeringCommittee('BAN TỔ CHỨC HUYỆN ỦY')).to.equal(null);
  });

  it("a steering committee's decision copied with its heading and date broken across lines: issuer, number, signing year", () => {
    const p = read([
      'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ',
      'TỈNH HÀ',
      'NAM',
      '-------',
      'Số: 5/QĐ-BCĐ',
      'Hà Nam, ngày 08',
      'tháng 3 năm 2024',
      'QUYẾT',
      'ĐỊNH',
      'BAN HÀNH KẾ HOẠCH TRUYỀN THÔNG VỀ CHUYỂN ĐỔI SỐ NĂM 2024',
      'Căn cứ Luật Công nghệ thông tin',
      'ngày 29 tháng 6 năm 2006;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch truyền thông về chuyển đổi số năm 2024.',
    ]);
    expect(p).to.deep.include({
      issuer: 'Ban Chỉ đạo Chuyển đổi số tỉnh Hà Nam',
      level: 'province',
      number: '5/QĐ-BCĐ',
      issuedOn: '2024-03-08',
      year: 2024,
    });
    expect(p.source!.wrapper).to.equal('decision');
  });

  it("the Prime Minister's and the Government's letterheads are central issuers; a province's agency is placed by the letterhead's next line", () => {
    const names = (t: string) => findBodies(t).map((b) => [b.name, b.level, b.placed]);
    expect(names('THỦ TƯỚNG CHÍNH PHỦ')).to.deep.equal([['Thủ tướng Chính phủ', null, true]]);
    expect(names('Ban Dân tộc tỉnh Kon Tum')).to.deep.equal([['Ban Dân tộc tỉnh Kon Tum', 'province', true]]);
    const pm = read([
      'THỦ TƯỚNG CHÍNH PHỦ',
      '--------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 215/QĐ-TTg',
      'Hà Nội, ngày 03 tháng 02 năm 2023',
      'QUYẾT ĐỊNH',
      'PHÊ DUYỆT KẾ HOẠCH TUYÊN TRUYỀN KỶ NIỆM NGÀY PHÁP LUẬT NĂM 2023',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền kỷ niệm Ngày Pháp luật năm 2023.',
    ]);
    expect(pm).to.deep.include({ issuer: 'Thủ tướng Chính phủ', level: null, number: '215/QĐ-TTg', year: 2023 });
    const agency = read([
      'BAN DÂN TỘC',
      '',
      'TỈNH KON TUM',
      'Số: 40/KH-BDT',
      'Kon Tum, ngày 12 tháng 4 năm 2023',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2023',
      'Đăng 02 tin, bài/tháng trên Cổng thông tin điện tử của Ban.',
    ]);
    expect(agency).to.deep.include({ issuer: 'Ban Dân tộc tỉnh Kon Tum', level: 'province', number: '40/KH-BDT', year: 2023 });
  });

  it('the Committee\'s office is a body of its own, in a news lead too (and its number needs no "số")', () => {
    const names = (t: string) => findBodies(t).map((b) => [b.name, b.level, b.placed]);
    expect(names('Văn phòng HĐND và UBND huyện Mỹ Đức')).to.deep.equal([['Văn phòng UBND huyện Mỹ Đức', 'district', true]]);
    expect(names('VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN')).to.deep.equal([['Văn phòng UBND tỉnh Điện Biên', 'province', true]]);
    const p = read([
      'Tin hoạt động',
      'Văn phòng UBND tỉnh Sơn La vừa ban hành Kế hoạch 31/KH-VP về tuyên truyền cải cách hành chính năm 2023 tới công chức trong cơ quan.',
      'Theo đó, Văn phòng đăng tải 02 tin, bài/tháng trên Cổng thông tin điện tử.',
    ]);
    expect(p).to.deep.include({ issuer: 'Văn phòng UBND tỉnh Sơn La', level: 'province', number: '31/KH-VP', year: 2023 });
  });

  it('tells a signer\'s name from a unit\'s: "Chủ tịch UBND huyện <person> ký ban hành", the unit named by its Party committee', () => {
    expect(looksLikePerson('Trần Thị Hoa')).to.equal(true);
    expect(looksLikePerson('Đinh Công Sơn')).to.equal(true);
    expect(looksLikePerson('Ba Bể')).to.equal(false);
    expect(partyCommitteeNames(['Huyện ủy Ba Bể Nguyễn Văn An dự hội nghị.'], 'huyện')).to.deep.equal(['Ba Bể']);
    const p = read([
      'Ba Bể triển khai tuyên truyền cải cách hành chính',
      'Chủ tịch UBND huyện Đinh Công Sơn vừa ký ban hành kế hoạch số: 88, ngày 05/04/2022 về tuyên truyền cải cách hành chính năm 2022.',
      'Thường trực Huyện ủy Ba Bể đề nghị các cơ quan phối hợp.',
      'Theo đó, Đài truyền thanh huyện phát 04 chương trình/tháng.',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND huyện Ba Bể', level: 'district', number: '88', issuedOn: '2022-04-05', year: 2022 });
    expect(p.needsReview.some((n) => n.field === 'issuer' && n.reason.includes('Đinh Công Sơn'))).to.equal(true);
  });

  it('a ward named after a person keeps its name when nothing else names the unit, with a note', () => {
    const p = read([
      'Phó Chủ tịch UBND phường Trần Hưng Đạo vừa ký ban hành kế hoạch số 14/KH-UBND về tuyên truyền cải cách hành chính năm 2024.',
      'Trang thông tin điện tử phường đăng 03 tin/tháng.',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND phường Trần Hưng Đạo', level: 'commune', number: '14/KH-UBND' });
    expect(p.needsReview.some((n) => n.field === 'issuer' && n.reason.includes('có thể là tên người ký'))).to.equal(true);
  });
});

describe('plan reader, round 13: news leads and years', () => {
  it('a lead in lower case with no comma gives the number a reposted plan left blank in its own header', () => {
    const p = read([
      'Ngày 03/3/2023 Ủy ban nhân dân phường đã ban hành kế hoạch số 12/KH -UBND về tuyên truyền cải cách hành chính.',
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG TÂN LẬP',
      'Số:     /KH-UBND Tân Lập, ngày 03 tháng 3 năm 2023',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2023',
    ]);
    expect(p).to.deep.include({ issuer: 'UBND phường Tân Lập', number: '12/KH-UBND', year: 2023 });
    expect(p.needsReview.some((n) => n.field === 'number' && n.reason.includes('để trống'))).to.equal(false);
  });

  it("a news item with no year for its plan takes its posting date's, with a note, wherever the page puts it", () => {
    const stamps = [
      ['Chủ nhật 10/3/2024', 2024],
      ['Cập nhật: 17/11/2022 | 08:40', 2022],
      ['UBND xã Đông Hòa triển khai tuyên truyền (09:12 05/06/2021)', 2021],
      // A portal's view count after the clock.
      ['14/09/2023 10:05 347', 2023],
    ] as const;
    for (const [stamp, year] of stamps) {
      const p = read([
        stamp,
        'UBND xã Đông Hòa vừa ban hành Kế hoạch số 40/KH-UBND về tuyên truyền cải cách hành chính.',
        'Theo đó, Đài truyền thanh xã phát 03 buổi/tuần.',
      ]);
      expect(p.year, stamp).to.equal(year);
      expect(
        p.needsReview.some((n) => n.field === 'year' && n.reason.includes('ngày đăng tin')),
        stamp,
      ).to.equal(true);
    }
  });

  it("Huế was a district-level city until 2025: its plans before then are a district's, from 2025 a province's", () => {
    const lead = (y: number) => [
      `Ngày 12/02/${y}, UBND thành phố Huế ban hành Kế hoạch số 30/KH-UBND về tuyên truyền cải cách hành chính.`,
    ];
    expect(read(lead(2023)).level).to.equal('district');
    expect(read(lead(2025)).level).to.equal('province');
    expect(
      read([`Ngày 12/02/2023, UBND thành phố Đà Nẵng ban hành Kế hoạch số 30/KH-UBND về tuyên truyền cải cách hành chính.`]).level,
    ).to.equal('province');
  });
});

describe('plan reader, round 13: look-alikes and programmes', () => {
  it('news of a letter that asks districts to draw up plans is a letter, not a plan', () => {
    const e = refusal([
      'Tin chỉ đạo điều hành',
      'Thực hiện Văn bản số 15/CTTĐT của Cục Chuyển đổi số về tuyên truyền Ngày Chuyển đổi số quốc gia.',
      'Sở Nội vụ đề nghị UBND các huyện, thành phố chỉ đạo các phòng, ban thực hiện các nội dung sau:',
      '1. Xây dựng kế hoạch tuyên truyền Ngày Chuyển đổi số quốc gia trên địa bàn.',
      '2. Treo băng rôn tại trụ sở và đăng tin trên Trang thông tin điện tử của đơn vị.',
    ]);
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
    expect(e.evidence?.found).to.equal('letter');
  });

  it('a call for comments on a draft plan is no plan yet: refused as a draft, naming the request', () => {
    const e = refusal([
      'Góp ý vào Dự thảo Kế hoạch tuyên truyền cải cách hành chính năm 2026 của UBND xã',
      'Để kế hoạch sát thực tế, UBND xã đề nghị các thôn, các ban ngành tham gia ý kiến trước ngày 20/12/2025.',
      'Dự thảo kế hoạch gửi kèm.',
    ]);
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
    expect(e.evidence?.found).to.equal('draft');
    expect(e.evidence?.text).to.match(/^Góp ý vào Dự thảo Kế hoạch/);
    // The plan itself, once issued, may still say it took comments on its draft.
    expect(() =>
      read([
        'UBND XÃ GIA VIỄN',
        'Số: 41/KH-UBND',
        'KẾ HOẠCH',
        'Tuyên truyền cải cách hành chính năm 2026',
        'Trên cơ sở tiếp thu ý kiến góp ý vào dự thảo kế hoạch, UBND xã ban hành Kế hoạch như sau:',
        '1. Đài truyền thanh xã phát 02 tin/tháng.',
      ]),
    ).to.not.throw();
  });

  it('a page that names a letter as its source is a letter even when it asks nothing of anyone', () => {
    const e = refusal([
      'Tuyên truyền Ngày pháp luật năm 2024',
      'Các cơ quan báo chí tỉnh lập kế hoạch tuyên truyền trên sóng phát thanh vào khung giờ phù hợp.',
      '(Nguồn: Công văn số 204/STP-PBGDPL)',
    ]);
    expect(e.evidence?.found).to.equal('letter');
  });

  it('a plan that also asks communes to draw up theirs is still a plan (its own heading, or "Theo Kế hoạch")', () => {
    expect(() =>
      read([
        'UBND HUYỆN ĐẠI LỘC',
        'Số: 9/KH-UBND',
        'KẾ HOẠCH',
        'Tuyên truyền cải cách hành chính năm 2024',
        'Đề nghị UBND các xã xây dựng kế hoạch của đơn vị; Đài truyền thanh huyện phát 02 chương trình/tháng.',
      ]),
    ).to.not.throw();
    expect(() =>
      read([
        'Tuyên truyền cải cách hành chính năm 2024',
        'Theo Kế hoạch, Đài truyền thanh huyện phát 02 chương trình/tháng; đề nghị UBND các xã xây dựng kế hoạch của đơn vị.',
      ]),
    ).to.not.throw();
  });

  it("news of a contest whose only plan is the contest's own is no communication plan; a plan issued for a contest is one", () => {
    const e = refusal([
      'Phát động Hội thi tuyên truyền viên giỏi năm 2024',
      'Sáng 12-3, Trung tâm Văn hóa huyện tổ chức lễ phát động Hội thi; mỗi xã cử 01 đội dự thi.',
      'Ban Tổ chức phổ biến kế hoạch của hội thi tới các đội và giao các xã chuẩn bị tiết mục.',
    ]);
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
    expect(e.evidence?.found).to.equal('contest');
    expect(() =>
      read([
        'Ngày 02/4/2024, UBND huyện Đại Lộc ban hành Kế hoạch tổ chức Hội thi tuyên truyền viên giỏi năm 2024.',
        'Mỗi xã đăng 02 tin/tháng trên Trang thông tin điện tử về hội thi.',
      ]),
    ).to.not.throw();
  });

  it('a programme approved and reported as news is read when it sets a quota on a channel, refused when it sets none', () => {
    const p = read([
      'Sở Thông tin và Truyền thông vừa ban hành chương trình nâng cao chất lượng truyền thanh cơ sở đến năm 2025.',
      'Theo chương trình, các đài truyền thanh xã bảo đảm thời lượng phát sóng tối thiểu 90 phút/2 lần/ngày.',
    ]);
    expect(quotas(p)).to.deep.equal([{ channels: ['radio'], count: 2, per: 'day' }]);
    expect(p.tasks[0]!.quota).to.deep.include({ atLeast: true, durationMin: 90 });
    const e = refusal([
      'Sở Thông tin và Truyền thông vừa ban hành chương trình nâng cao chất lượng truyền thanh cơ sở đến năm 2025.',
      'Chương trình nhằm nâng cao nhận thức về chuyển đổi số.',
    ]);
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
  });

  it('a plan with its own heading and number is read whatever its topic, with a note; an untitled text on another topic is refused', () => {
    const p = read(['UBND TỈNH BẾN TRE', 'Số: 210/KH-UBND', 'KẾ HOẠCH', 'Phát triển nông nghiệp hữu cơ giai đoạn 2024-2026', 'I. CĂN CỨ']);
    expect(p).to.deep.include({ number: '210/KH-UBND' });
    expect(p.needsReview.some((n) => n.field === 'topic')).to.equal(true);
    expect(refusal(['Kế hoạch phát triển nông nghiệp hữu cơ', 'Trồng lúa hữu cơ trên 20 ha.']).code).to.equal('PLAN_NOT_RECOGNIZED');
  });
});

describe('plan reader, round 13: schedules and totals', () => {
  it('bullets under a numbered heading that names the channel are its schedule: one task a bullet, with its rate or none', () => {
    const p = read([
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2024',
      'II. NỘI DUNG',
      '2. Phát trên hệ thống loa truyền thanh:',
      '- Tháng 1 đến tháng 3: mỗi tuần 3 buổi',
      '- Từ tháng 4 đến tháng 6: mỗi ngày 1 buổi, sáng 6h00',
      '- Các tháng còn lại: phát khi có văn bản mới',
      '3. Họp thôn phổ biến thủ tục hành chính.',
    ]);
    expect(quotas(p).filter((t) => t.channels.includes('radio'))).to.deep.equal([
      { channels: ['radio'], count: 3, per: 'week' },
      { channels: ['radio'], count: 1, per: 'day' },
      { channels: ['radio'], count: null, per: null },
    ]);
  });

  it('a bullet list with no rate anywhere under a channel heading adds no task of its own', () => {
    const p = read([
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2024',
      'II. NỘI DUNG',
      '1. Tuyên truyền trên Trang thông tin điện tử xã:',
      '- Các thủ tục hành chính mới',
      '- Kết quả chỉ số cải cách hành chính',
    ]);
    expect(p.tasks.every((t) => t.source !== 'sentence')).to.equal(true);
  });

  it('a one-off total assigned to a unit ("giao … treo 15 băng rôn") is a task; "giao thông" is not an assignment', () => {
    const p = read([
      'KẾ HOẠCH',
      'Tuyên truyền Ngày Chuyển đổi số năm 2024',
      'UBND xã giao Đoàn Thanh niên 15 băng rôn tại các trục đường chính.',
    ]);
    expect(quotas(p)).to.deep.include({ channels: ['banner'], count: 15, per: null });
    const q = read(['KẾ HOẠCH', 'Tuyên truyền Ngày Chuyển đổi số năm 2024', 'Dọc các tuyến giao thông 12 pano cổ động.']);
    expect(quotas(q).some((t) => t.count === 12)).to.equal(false);
  });
});

describe('plan reader, round 16: a notice that orders the communication', () => {
  it('"Thông báo về việc treo khẩu hiệu tuyên truyền …" that sets a quota on a channel is read as a plan', () => {
    const p = read([
      'Thông báo về việc treo băng rôn tuyên truyền Ngày Chuyển đổi số quốc gia (10-10-2025)',
      'Chủ tịch UBND huyện thông báo việc treo băng rôn tuyên truyền như sau:',
      '1. Từ ngày 01-10 đến ngày 12-10-2025, tại trụ sở các cơ quan, trường học treo ít nhất 2 băng rôn tuyên truyền Ngày Chuyển đổi số.',
    ]);
    expect(p.year).to.equal(2025);
    expect(quotas(p)).to.deep.include({ channels: ['banner'], count: 2, per: null });
  });

  it('a notice that names no task on a channel is refused, naming its title line', () => {
    const e = refusal([
      'Thông báo về việc tuyên truyền kỷ niệm ngày thành lập huyện',
      'Các cơ quan, đơn vị chủ động tuyên truyền bằng các hình thức phù hợp.',
    ]);
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
    expect(e.evidence?.found).to.equal('programme');
    expect(e.evidence?.text).to.match(/^Thông báo về việc tuyên truyền/u);
  });

  it('a notice of results is still not a plan', () => {
    const e = refusal([
      'Thông báo kết quả tuyên truyền cải cách hành chính quý III năm 2025',
      'Trong quý, Đài truyền thanh xã đã phát 36 chương trình, Trang thông tin điện tử xã đã đăng 45 tin, bài.',
    ]);
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
  });
});
