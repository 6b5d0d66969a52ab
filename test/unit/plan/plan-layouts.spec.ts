/**
 * Plans in layouts other than the seeds' (test/fixtures/plans, shaped after public documents):
 * each layout is its own reader, reports what it found and how sure it is, and the draft says
 * which layout and which wrapper it was read from.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import type { PlanReading } from '../../../src/domain/plan/plan-reading.types.js';
import { TASK_LAYOUTS } from '../../../src/domain/plan/plan-tasks.reader.js';
import { SEEDS, repoRoot, seedText, testVocabulary } from './plan-fixtures.js';

const read = (name: string): PlanReading =>
  readPlan(readFileSync(join(repoRoot(), 'test', 'fixtures', 'plans', name), 'utf8'), { vocabulary: testVocabulary() });
const tasksOf = (p: PlanReading) =>
  p.tasks.map((t) => ({ channels: t.channels, count: t.quota?.count, per: t.quota?.per, source: t.source }));
const notes = (p: PlanReading) => p.needsReview.map((n) => (n.taskId ? `${n.taskId}/${n.field}` : n.field));

describe('plan reader: layouts as plug-ins', () => {
  it('has one reader per layout behind one interface, most trusted first', () => {
    expect(TASK_LAYOUTS.map((l) => l.layout)).to.deep.equal(['table', 'form', 'prose', 'sentence', 'mention']);
    const trust = TASK_LAYOUTS.map((l) => l.trust);
    expect([...trust].sort((a, b) => b - a)).to.deep.equal(trust);
  });

  it('the seeds still come from their own layouts, and every layout reports what it found', () => {
    const layouts = SEEDS.map((s) => readPlan(seedText(s), { vocabulary: testVocabulary() }).source!);
    expect(layouts.map((l) => l.layout)).to.deep.equal(['prose', 'form', 'prose', 'table', 'prose']);
    for (const l of layouts) {
      expect(l.wrapper).to.equal('plan');
      expect(l.layouts.map((r) => r.layout)).to.deep.equal(['table', 'form', 'prose', 'sentence', 'mention']);
      expect(l.layouts.filter((r) => r.used)).to.have.length(1);
      for (const r of l.layouts) expect(r.confidence).to.be.within(0, 1);
    }
  });

  it('a quota inside an ordinary sentence of a numbered list becomes a task with that channel and quota', () => {
    const p = read('sentence-quota.txt');
    expect(p.source!.layout).to.equal('sentence');
    expect(tasksOf(p)).to.deep.equal([
      { channels: ['radio'], count: 2, per: 'month', source: 'sentence' },
      { channels: ['web-portal'], count: 4, per: 'month', source: 'sentence' },
    ]);
    expect(p.tasks[0]!.quota).to.include({ durationMin: 10, durationMax: 10 });
    expect(p.tasks[1]!.evidence.quota).to.deep.include({ line: 12 });
  });

  it("a plan wrapped in a decision: the plan's title, the decision's number with a note, the tasks inside Điều 1", () => {
    const p = read('decision-wrapped.txt');
    expect(p.source).to.deep.include({ wrapper: 'decision', layout: 'prose' });
    expect(p).to.deep.include({ issuer: 'UBND xã An Bình', number: '15/QĐ-UBND', issuedOn: '2025-01-10', year: 2025 });
    expect(p.title).to.equal('Thông tin, tuyên truyền cải cách hành chính năm 2025');
    expect(p.needsReview.find((n) => n.field === 'number')!.reason).to.include('Quyết định');
    expect(tasksOf(p).map((t) => [t.channels[0], t.count])).to.deep.equal([
      ['radio', 1],
      ['web-portal', 2],
    ]);
  });

  it('a plan reposted as a news item: number, date and issuer from "Ngày …, UBND xã … ban hành Kế hoạch số …", and a note to check the original', () => {
    const p = read('news-repost.txt');
    expect(p.source).to.deep.include({ wrapper: 'news', layout: 'sentence' });
    expect(p).to.deep.include({ issuer: 'UBND xã Phú Lâm', number: '18/KH-UBND', issuedOn: '2025-02-14', year: 2025 });
    expect(notes(p)).to.include('source');
    expect(notes(p)).to.not.include.members(['number', 'issuedOn', 'year']);
    expect(tasksOf(p)).to.deep.equal([
      { channels: ['radio'], count: 2, per: 'month', source: 'sentence' },
      { channels: ['web-portal'], count: 3, per: 'month', source: 'sentence' },
      // A channel named with no number is a task that asks for its quota, not left out.
      { channels: ['facebook'], count: undefined, per: undefined, source: 'mention' },
    ]);
    expect(p.source!.layouts.filter((l) => l.used).map((l) => l.layout)).to.deep.equal(['sentence', 'mention']);
    expect(p.needsReview.some((n) => n.taskId === '3' && n.field === 'quota')).to.equal(true);
  });

  it('a header table copied as lines of "|" reads as the header it is', () => {
    const p = read('pipe-header.txt');
    expect(p).to.deep.include({
      issuer: 'UBND xã Tân Hòa',
      level: 'commune',
      number: '27/KH-UBND',
      issuedOn: '2025-02-20',
      place: 'Tân Hòa',
    });
    expect(notes(p)).to.not.include('issuer');
    expect(p.evidence.number).to.deep.equal({ line: 3, text: 'Số: 27/KH-UBND' });
  });

  it("a commune plan copied from its district's keeps the commune as issuer, with a review note naming the line", () => {
    const p = read('district-copy.txt');
    expect(p).to.deep.include({ issuer: 'UBND xã Hòa Phú', level: 'commune' });
    const note = p.needsReview.find((n) => n.field === 'issuer')!;
    expect(note.reason).to.include('huyện');
    expect(note.reason).to.include('UBND xã Hòa Phú');
    expect(note.reason).to.include('"trên địa bàn huyện"');
    expect(note.evidence!.line).to.equal(6); // the title: "… năm 2025 trên địa bàn huyện"
  });

  it('the seeds, which name their district ("của huyện", "huyện Nghĩa Hành"), get no such note', () => {
    for (const s of ['001', '002', '004']) {
      const p = readPlan(seedText(s), { vocabulary: testVocabulary() });
      expect(
        p.needsReview.filter((n) => n.field === 'issuer' && n.reason.includes('sao từ')),
        s,
      ).to.have.length(0);
    }
  });

  it('a plan with no quota at all says which tasks need one', () => {
    const p = readPlan(seedText('000'), { vocabulary: testVocabulary() });
    const note = p.needsReview.find((n) => n.field === 'quota' && n.taskId === undefined)!;
    expect(note.reason).to.equal(
      `Kế hoạch không ghi số lượng cho nhiệm vụ nào: cần nhập chỉ tiêu cho nhiệm vụ ${p.tasks.map((t) => t.id).join(', ')}.`,
    );
  });

  it('a task that names a channel but no quantity is a note naming the channel in Vietnamese, not by its code', () => {
    const p = readPlan(seedText('000'), { vocabulary: testVocabulary() });
    const labels = new Map(testVocabulary().channels.map((c) => [c.id, c.label]));
    const task1 = p.needsReview.find((n) => n.field === 'quota' && n.taskId === '1')!;
    expect(p.tasks.find((t) => t.id === '1')!.channels).to.deep.equal(['web-portal']);
    expect(task1.reason).to.equal(`Kế hoạch nêu kênh ${labels.get('web-portal')} nhưng không ghi số lượng: cần nhập chỉ tiêu.`);
    for (const n of p.needsReview) expect(n.reason).not.to.match(/web-portal|radio|pano|banner|leaflet|press/);
  });

  it("an impossible date in a task's cell is a review note naming the task, never a stored date", () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'XÃ AN BÌNH',
      'Số: 15/KH-UBND',
      'An Bình, ngày 10 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Tuyên truyền cải cách hành chính năm 2025',
      'II. HÌNH THỨC TUYÊN TRUYỀN',
      '1. Trang thông tin điện tử xã đăng tải tin, bài.',
      '- Tần suất: 02 tin, bài/tháng.',
      '- Thời gian thực hiện: từ ngày 30/02/2025 đến 31/12/2025.',
    ].join('\n');
    const p = readPlan(text, { vocabulary: testVocabulary() });
    expect(p.tasks[0]!.timeframe).to.equal(null);
    const note = p.needsReview.find((n) => n.taskId === '1' && n.field === 'timeframe')!;
    expect(note.reason).to.include('"30/02/2025" không có thật');
    expect(note.evidence!.line).to.equal(10);
  });

  it('a document that is not a plan still says so', () => {
    expect(() => readPlan('Biên bản họp chi bộ tháng 3.\nNội dung: bầu tổ trưởng.', { vocabulary: testVocabulary() }))
      .to.throw()
      .with.property('code', 'PLAN_NOT_RECOGNIZED');
  });

  describe('real news items on commune, district and province portals (test/fixtures/plans/real)', () => {
    const real = (name: string): PlanReading => read(join('real', name));
    const channelsOf = (p: PlanReading) => p.tasks.map((t) => t.channels);

    it('"Ngày 17/02/2025, UBND xã Hiền Thành ban hành Kế hoạch số 132-KH/UBND …": a hyphenated number, the issuer and its level', () => {
      const p = real('02-hienthanh-2025-news.txt');
      expect(p).to.deep.include({
        issuer: 'UBND xã Hiền Thành',
        level: 'commune',
        number: '132-KH/UBND',
        issuedOn: '2025-02-17',
        year: 2025,
      });
      expect(p.source).to.deep.include({ wrapper: 'news', layout: 'mention' });
      // Channels listed in a sentence with no number: a task that asks for its quota, not no task at all.
      expect(channelsOf(p).flat()).to.include.members(['radio', 'web-portal']);
      expect(p.needsReview.some((n) => n.field === 'quota' && n.reason.includes('cần nhập chỉ tiêu'))).to.equal(true);
    });

    it('"UBND tỉnh đã ban hành Kế hoạch số 47/KH-UBND" (no name after the level): the province the headline names places it, with a note', () => {
      const p = real('04-kiengiang-47-2021-news.txt');
      expect(p).to.deep.include({
        issuer: 'UBND tỉnh Kiên Giang',
        level: 'province',
        number: '47/KH-UBND',
        issuedOn: '2021-03-11',
        year: 2021,
      });
      expect(p.needsReview.find((n) => n.field === 'issuer')?.reason).to.equal(
        'Bản tin ghi "UBND tỉnh" mà không ghi thuộc địa phương nào; suy ra "UBND tỉnh Kiên Giang" từ nội dung, cần kiểm tra.',
      );
      expect(channelsOf(p).flat()).to.include.members(['web-portal', 'press', 'pano']);
    });

    it('an issuer written without its place in a news lead is placed only by the one place of its level the text names', () => {
      const news = (headline: string, lead: string) =>
        readPlan(`${headline}\n\n${lead}\n\nTheo đó, các cơ quan tăng cường tuyên truyền trên Cổng thông tin điện tử.`, {
          vocabulary: testVocabulary(),
        });
      const body = news(
        'Đẩy mạnh tuyên truyền cải cách hành chính tỉnh Hà Giang',
        'Ngày 05/4/2024, Sở Nội vụ đã ban hành Kế hoạch số 21/KH-SNV tuyên truyền cải cách hành chính năm 2024.',
      );
      expect(body).to.deep.include({ issuer: 'Sở Nội vụ tỉnh Hà Giang', level: 'province', number: '21/KH-SNV' });
      expect(body.needsReview.find((n) => n.field === 'issuer')?.reason).to.match(
        /suy ra "Sở Nội vụ tỉnh Hà Giang" từ nội dung, cần kiểm tra/,
      );
      const district = news(
        'Tuyên truyền cải cách hành chính trên địa bàn huyện Đầm Hà',
        'Ngày 02/3/2024, UBND huyện vừa ban hành Kế hoạch số 35/KH-UBND tuyên truyền cải cách hành chính năm 2024.',
      );
      expect(district).to.deep.include({ issuer: 'UBND huyện Đầm Hà', level: 'district' });
      // Two provinces named: nothing is guessed, the note asks for the full name.
      const two = news(
        'Tỉnh Hà Giang học tập kinh nghiệm tỉnh Lào Cai về cải cách hành chính',
        'Ngày 05/4/2024, Sở Nội vụ đã ban hành Kế hoạch số 21/KH-SNV tuyên truyền cải cách hành chính năm 2024 như tỉnh Lào Cai và tỉnh Hà Giang.',
      );
      expect(two.issuer).to.equal('Sở Nội vụ');
      expect(two.needsReview.find((n) => n.field === 'issuer')?.reason).to.equal(
        'Bản tin ghi "Sở Nội vụ" mà không ghi thuộc địa phương nào: cần nhập tên đầy đủ của cơ quan ban hành.',
      );
    });

    it('a "|" header that lost its heading: the number line and "… ban hành Kế hoạch … như sau:" make it a plan, its dateline places the issuer', () => {
      const p = readPlan(
        [
          'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
          'Số: 112/KH-UBND | Bình Phước, ngày 03 tháng 3 năm 2022 |',
          'Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2022 trên địa bàn tỉnh như sau:',
          '1. Đăng tải văn bản mới trên Cổng thông tin điện tử của tỉnh.',
        ].join('\n'),
        { vocabulary: testVocabulary() },
      );
      expect(p).to.deep.include({ issuer: 'UBND tỉnh Bình Phước', level: 'province', number: '112/KH-UBND', year: 2022 });
      expect(p.needsReview.find((n) => n.field === 'issuer')?.reason).to.match(
        /suy ra "UBND tỉnh Bình Phước" từ địa danh ở dòng ngày tháng/,
      );
      // Without the number line, a sentence alone does not make a document a plan.
      expect(() =>
        readPlan('Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2022 như sau:\n1. Đăng tải văn bản mới.', {
          vocabulary: testVocabulary(),
        }),
      ).to.throw(/không phải là một kế hoạch tuyên truyền/);
    });

    it('a decision whose Điều 1 issues a plan, its words glued as some sites serve them, is that plan whatever its topic', () => {
      const p = readPlan(
        [
          'THỦ TƯỚNG CHÍNH PHỦ',
          'Số: 512/QĐ-TTg',
          'Hà Nội, ngày 03 tháng 4 năm 2019',
          'QUYẾT ĐỊNH',
          'PHÊDUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 130 NĂM NGÀY SINH ĐỒNG CHÍ NGUYỄN VĂN B (14/5/1889 - 14/5/2019)',
          'QUYẾT ĐỊNH:',
          'Điều 1. Ban hành kèm theoQuyết định này Kế hoạch tổ chức các hoạt động kỷ niệm 130 năm Ngày sinh đồng chí Nguyễn Văn B.',
          'Điều 2. Quyết định này cóhiệu lực kể từ ngày ký.',
        ].join('\n'),
        { vocabulary: testVocabulary() },
      );
      expect(p).to.deep.include({ number: '512/QĐ-TTg', year: 2019 });
      expect(p.source!.wrapper).to.equal('decision');
      expect(p.needsReview.some((n) => n.field === 'number' && n.reason.includes('số của Quyết định'))).to.equal(true);
    });

    it('a channel named in a sentence with a span of days ("từ 01/4 đến hết 15/4"): the task keeps that span as its time', () => {
      const p = readPlan(
        [
          'Tuyên truyền lưu động phòng chống sốt xuất huyết',
          'Cập nhật: 20/06/2023',
          'Ngày 19/6/2023, UBND huyện Đầm Hà ban hành Kế hoạch số 88/KH-UBND tuyên truyền phòng chống sốt xuất huyết năm 2023.',
          'Theo kế hoạch, trong thời gian từ 22/6 đến hết 05/7, Trung tâm Văn hóa huyện tuyên truyền bằng xe tuyên truyền lưu động tới các thôn.',
        ].join('\n'),
        { vocabulary: testVocabulary() },
      );
      expect(p.tasks.map((t) => ({ channels: t.channels, timeframe: t.timeframe }))).to.deep.equal([
        { channels: ['radio'], timeframe: { from: '2023-06-22', to: '2023-07-05', yearInferred: true } },
      ]);
      expect(p.tasks[0]!.evidence.timeframe!.text).to.equal('từ 22/6 đến hết 05/7');
    });

    it('"Ủy ban nhân dân xã Tứ Kỳ đã ban hành Kế hoạch …" with no dateline nor number is still a news repost', () => {
      const p = real('06-tuky-2025-pbgdpl-news.txt');
      expect(p).to.deep.include({ issuer: 'UBND xã Tứ Kỳ', level: 'commune', number: null, year: 2025 });
      expect(p.source!.wrapper).to.equal('news');
      expect(channelsOf(p)).to.deep.equal([['radio', 'meeting']]);
    });

    it("a quota in one clause of a sentence takes only that clause's channels", () => {
      const p = real('01-phuocan-2026-news.txt');
      const portal = p.tasks.find((t) => t.channels.includes('web-portal'))!;
      expect(portal.quota).to.deep.include({ count: 2, atLeast: true, per: 'month' });
      expect(portal.channels).to.not.include.members(['pano', 'banner', 'leaflet']);
      expect(portal.source).to.equal('sentence');
    });

    it("a district's contest plan reposted as news: issuer, level and date from its lead sentence", () => {
      const p = real('07-vinhlinh-contest-2024-news.txt');
      expect(p).to.deep.include({ issuer: 'UBND huyện Vĩnh Linh', level: 'district', issuedOn: '2024-05-14', year: 2024 });
    });

    it('reports and news of results, and news of a letter, are not plans; the error names what the document is and the line that shows it', () => {
      const cases: Array<[string, 'results' | 'letter', RegExp]> = [
        ['real-r11/02-vithanh-kh627-2019-news.txt', 'results', /đã tham mưu/u],
        ['real-r11/03-trieuhoa-2023-implementation-news.txt', 'results', /đã nhấn mạnh/u],
        ['real-r11/04-thuathienhue-2021-results.txt', 'results', /kết quả đạt được/u],
        ['real-r11/18-bariavungtau-vb2539-2012-reporting.txt', 'letter', /ban hành văn bản số 2539/u],
      ];
      for (const [name, kind, line] of cases) {
        let error: { code?: string; message?: string; evidence?: { found?: string; text?: string; line?: number } } = {};
        try {
          read(name);
        } catch (e) {
          error = e as typeof error;
        }
        expect(error.code, name).to.equal('PLAN_NOT_RECOGNIZED');
        expect(error.evidence?.found, name).to.equal(kind);
        expect(error.evidence?.text, name).to.match(line);
        expect(error.evidence?.line, name).to.be.a('number');
        expect(error.message, name).to.match(kind === 'letter' ? /công văn/u : /kết quả/u);
      }
    });

    it('plans reposted as news, wrapped in decisions or with "|" headers are still read as plans, whatever "đã" they say of the past', () => {
      for (const name of [
        '01-binhdinh-cchc-news.txt',
        '05-nuithanh-qd3526-2023-vneid-news.txt',
        '06-canglong-kh11-2024-news.txt',
        '09-ninhbinh-kh142-2025-ttcs-pipe.txt',
        '10-bariavungtau-kh08-truyenthong-pipe.txt',
        '11-thachha-tt-2021-plan.txt',
        '12-quangngai-kh07-2024-cchc-pipe.txt',
        '13-longphung-qd119-2025-cchc-news.txt',
        '14-goquao-ttcs-strategy-news.txt',
        '15-bnv-qd251-2022-decision.txt',
        '17-haugiang-svhttdl-kh19-2021-baucu-news.txt',
        '19-bnv-2023-forms-numbered-moh.txt',
      ]) {
        expect(() => read(join('real-r11', name)), name).to.not.throw();
      }
    });

    it('a numbered list with one quota in a sentence keeps the other channels it names as tasks that ask for their quota', () => {
      const p = read('real-r11/19-bnv-2023-forms-numbered-moh.txt');
      expect(tasksOf(p)[0]).to.deep.include({ count: 4, per: 'month', source: 'sentence' });
      expect(tasksOf(p)[0]!.channels).to.include('web-portal');
      const asking = p.tasks.filter((t) => t.source === 'mention');
      expect(asking.flatMap((t) => t.channels)).to.include.members(['pano', 'leaflet']);
      expect(asking.flatMap((t) => t.channels)).to.not.include('web-portal');
      for (const t of asking) expect(t.quota).to.equal(null);
    });

    it('a letterhead whose province has a hyphenated name ("TỈNH BÀ RỊA - VŨNG TÀU", over two lines with "|") names the issuer', () => {
      const p = read('real-r11/10-bariavungtau-kh08-truyenthong-pipe.txt');
      expect(p).to.deep.include({ issuer: 'UBND tỉnh Bà Rịa - Vũng Tàu', level: 'province', number: '08/KH-UBND' });
      const own = readPlan(
        'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN RANG – THÁP CHÀM\nSố: 12/KH-UBND\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025\nĐài truyền thanh phát 02 chương trình/tháng.',
        { vocabulary: testVocabulary() },
      );
      expect(own).to.deep.include({ issuer: 'UBND thành phố Phan Rang – Tháp Chàm', level: 'district' });
    });

    it('news of a plan issued by a decision ("UBND huyện … ban hành Quyết định 3526/QĐ-UBND ngày 25/5/2023 về Kế hoạch …") gives issuer, the decision\'s number with a note, and its date', () => {
      const a = read('real-r11/05-nuithanh-qd3526-2023-vneid-news.txt');
      expect(a).to.deep.include({
        issuer: 'UBND huyện Núi Thành',
        level: 'district',
        number: '3526/QĐ-UBND',
        issuedOn: '2023-05-25',
        year: 2023,
      });
      expect(a.source!.wrapper).to.equal('news');
      expect(a.needsReview.some((n) => n.field === 'number' && n.reason.includes('Quyết định'))).to.equal(true);
      // A dateline in words, "Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã … đã ban hành Quyết định số 119/QĐ-UBND về hoạch …".
      const b = read('real-r11/13-longphung-qd119-2025-cchc-news.txt');
      expect(b).to.deep.include({ issuer: 'UBND xã Long Phụng', level: 'commune', number: '119/QĐ-UBND', issuedOn: '2025-07-18' });
      const own = readPlan(
        'Ngày 3 tháng 2 năm 2025, UBND phường Tân Định ban hành Kế hoạch số 21/KH-UBND về tuyên truyền cải cách hành chính năm 2025.\nĐài truyền thanh phường phát 02 chương trình/tháng.',
        { vocabulary: testVocabulary() },
      );
      expect(own).to.deep.include({ issuer: 'UBND phường Tân Định', number: '21/KH-UBND', issuedOn: '2025-02-03' });
    });

    it('weighs what was done against what is to be done (phrasings of our own)', () => {
      const vocabulary = testVocabulary();
      const results = [
        'Xã Hòa Bình: hoàn thành 12 cụm pano tuyên truyền CCHC',
        'Năm qua, UBND xã đã ban hành Kế hoạch tuyên truyền CCHC năm 2024 và tổ chức thực hiện nghiêm túc.',
        'Đến nay, Đài truyền thanh xã đã phát 48 chương trình về cải cách hành chính. Xã cũng đã treo 20 băng rôn tại các thôn.',
      ].join('\n');
      expect(() => readPlan(results, { vocabulary }))
        .to.throw()
        .with.nested.property('evidence.found', 'results');
      const plan = [
        'Ngày 10/01/2025, UBND xã Hòa Bình ban hành Kế hoạch số 05/KH-UBND về tuyên truyền CCHC năm 2025.',
        'Năm qua, xã đã làm tốt công tác tuyên truyền.',
        'Kế hoạch yêu cầu Đài truyền thanh xã phát 01 chương trình/tháng về CCHC; Công chức Văn hóa - Xã hội đăng 02 tin, bài/tháng trên Trang thông tin điện tử.',
        'Định kỳ 6 tháng, năm báo cáo kết quả về UBND huyện.',
      ].join('\n');
      expect(readPlan(plan, { vocabulary }).tasks.length).to.be.greaterThan(0);
      const letter =
        'Ngày 02/03/2024, UBND huyện Hòa Vang ban hành Công văn số 512/UBND-VP về tăng cường tuyên truyền cải cách hành chính.\nTheo đó, yêu cầu các xã xây dựng kế hoạch tuyên truyền.';
      expect(() => readPlan(letter, { vocabulary }))
        .to.throw()
        .with.nested.property('evidence.found', 'letter');
    });

    it('news of an official letter is not a plan', () => {
      for (const name of ['08-chauthanh-congvan-2020-news.txt', '10-botrach-congvan-2020-news.txt']) {
        expect(() => real(name), name)
          .to.throw()
          .with.property('code', 'PLAN_NOT_RECOGNIZED');
      }
    });

    it('results already achieved ("Đến nay, đã lắp đặt 11 cụm pano …; xây dựng 14 khẩu hiệu …") are not tasks', () => {
      const p = readPlan(
        [
          'Ngày 05/12/2019, UBND thành phố Vị Thanh ban hành Kế hoạch số 627/KH-UBND về tuyên truyền CCHC năm 2019.',
          'Trong đó, yêu cầu Đài Truyền thanh thành phố tiếp tục duy trì các chuyên mục về CCHC.',
          'Đến nay, đã lắp đặt 11 cụm pano tuyên truyền về CCHC; xây dựng 14 khẩu hiệu trên màn hình Led.',
        ].join('\n'),
        { vocabulary: testVocabulary() },
      );
      expect(channelsOf(p)).to.deep.equal([['radio']]);
    });
  });
});
