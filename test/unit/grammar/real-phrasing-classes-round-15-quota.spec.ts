/**
 * Round 15, quota side: for each class of quota miss found on round-15-dev.jsonl (and the quota misses
 * of rounds 11–14), other sentences of the same shape, written here with the reading SCHEMA.md asks for.
 * They guard the class, not the phrase that showed it.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import { type ClassCase, describeClasses, expectSameInNfd } from './phrase-expectations.js';

const CLASSES: Record<string, readonly ClassCase[]> = {
  'an end of a length range in hours may carry its minutes ("từ 3 giờ đến 4 giờ 30 phút" = 180 to 270)': [
    {
      text: 'Đài xã phát sóng từ 1 giờ đến 1 giờ 30 phút mỗi ngày',
      kind: 'quota',
      expected: { durationMin: 60, durationMax: 90 },
    },
    {
      text: 'thời lượng tiếp âm dao động từ 2 giờ 15 phút - 3 giờ/ngày',
      kind: 'quota',
      expected: { per: 'day', durationMin: 135, durationMax: 180 },
    },
    {
      text: 'Mỗi chương trình có thời lượng từ 45 phút đến 1 giờ 15 phút',
      kind: 'quota',
      expected: { durationMin: 45, durationMax: 75 },
    },
  ],
  'a length in seconds is in minutes, not rounded away ("15s" = 0.25, "90 giây" = 1.5)': [
    {
      text: 'Mỗi video dự thi có thời lượng tối thiểu 30s và tối đa 3 phút',
      kind: 'quota',
      expected: { durationMin: 0.5, durationMax: 3 },
    },
    {
      text: 'Mỗi clip dài không quá 90 giây',
      kind: 'quota',
      expected: { durationMax: 1.5, atMost: true },
    },
    {
      text: 'Video giới thiệu dài từ 45 đến 60 giây',
      kind: 'quota',
      expected: { durationMin: 0.75, durationMax: 1 },
    },
  ],
  'a multiplier written once on the upper end of a range scales both ends ("15-20 triệu lượt")': [
    {
      text: 'Cổng thông tin có 3-5 triệu lượt truy cập mỗi tháng',
      kind: 'quota',
      expected: { countMin: 3_000_000, countMax: 5_000_000, unit: 'lượt truy cập', per: 'month' },
    },
    {
      text: 'Chương trình thu hút từ 2 đến 3 nghìn người xem',
      kind: 'quota',
      expected: { countMin: 2000, countMax: 3000, unit: 'người xem' },
    },
    {
      text: 'Mỗi giải thưởng trị giá từ 500 nghìn đến 2 triệu đồng',
      kind: 'quota',
      expected: { countMin: 500_000, countMax: 2_000_000, unit: 'đồng' },
    },
  ],
  'a word of praise after the unit is not part of it ("1-2 bài dự thi xuất sắc" counts "bài dự thi")': [
    {
      text: 'Mỗi huyện chọn 02 tác phẩm xuất sắc nhất gửi về Ban Tổ chức',
      kind: 'quota',
      expected: { count: 2, unit: 'tác phẩm', perEntity: 'huyện' },
    },
    {
      text: 'Mỗi đội xây dựng một chương trình hoàn chỉnh có thời lượng 20 phút',
      kind: 'quota',
      expected: { count: 1, unit: 'chương trình', durationMin: 20, durationMax: 20 },
    },
    {
      text: 'Ban tổ chức đã chọn 10 tiết mục đặc sắc biểu diễn tại lễ bế mạc',
      kind: 'quota',
      expected: { count: 10, unit: 'tiết mục' },
    },
  ],
  'nights counted, in digits or in words, are the thing counted, not a part of the day ("Ba đêm tuyên truyền lưu động")': [
    {
      text: 'Nhà hát tổ chức 4 đêm biểu diễn nghệ thuật phục vụ nhân dân',
      kind: 'quota',
      expected: { count: 4, per: null, total: true },
      absent: ['partOfDay'],
    },
    {
      text: 'Hai đêm chiếu phim lưu động thu hút hàng nghìn người xem',
      kind: 'quota',
      expected: { count: 2, unit: 'đêm chiếu phim lưu động', per: null, total: true },
      absent: ['partOfDay'],
    },
    {
      text: 'Năm đêm tuyên truyền lưu động đã diễn ra tại các xã vùng cao',
      kind: 'quota',
      expected: { count: 5, per: null, total: true },
      absent: ['partOfDay'],
    },
  ],
  'a round or part of a contest ("mỗi đợt thi", "mỗi vòng thi", "mỗi phần thi") is an item, not a campaign': [
    {
      text: 'Mỗi đợt dự thi có 15 giải thưởng dành cho cá nhân',
      kind: 'quota',
      expected: { count: 15, unit: 'giải thưởng', per: null, perItem: 'đợt dự thi' },
    },
    {
      text: 'mỗi vòng thi gồm 20 câu hỏi trắc nghiệm',
      kind: 'quota',
      expected: { count: 20, per: null, perItem: 'vòng thi' },
    },
    {
      text: 'Mỗi đợt tuyên truyền phát 500 tờ rơi',
      kind: 'quota',
      expected: { count: 500, per: 'campaign' },
    },
  ],
  'a share said as reached ("đã", "tính đến nay", as of a day) is a result; one set for a year ahead is a target': [
    {
      text: 'Tính đến nay, toàn tỉnh đã có 72,5% hộ gia đình sử dụng dịch vụ công trực tuyến',
      kind: 'quota',
      expected: { percent: 72.5, per: null, total: true },
    },
    {
      text: 'giải ngân vốn đầu tư công đến 30/6/2024 đạt 41,2% kế hoạch',
      kind: 'quota',
      expected: { percent: 41.2, per: null, total: true },
    },
    {
      text: 'Đến năm 2030, có 90% hồ sơ được giải quyết trực tuyến',
      kind: 'quota',
      expected: { percent: 90 },
      absent: ['total'],
    },
  ],
  'the standard met ("đạt chuẩn nông thôn mới", "đạt chuẩn NTM") is part of the unit it qualifies': [
    {
      text: 'Toàn huyện có 12/15 xã đạt chuẩn nông thôn mới nâng cao',
      kind: 'quota',
      expected: { count: 12, unit: 'xã đạt chuẩn nông thôn mới nâng cao', outOf: 15 },
    },
    {
      text: 'Tính đến nay, tỉnh đã có 54% số xã đạt chuẩn NTM',
      kind: 'quota',
      expected: { percent: 54, unit: 'số xã đạt chuẩn NTM', total: true },
    },
    {
      text: 'có 06 xã đạt 15-18 tiêu chí',
      kind: 'quota',
      expected: { countMin: 15, countMax: 18, unit: 'tiêu chí' },
    },
  ],
  'after "số lượng / tổng số …", the figure given with "là" is the count, not an earlier number of where': [
    {
      text: 'Tổng số hội viên của 12 chi hội trên địa bàn là: 860 người',
      kind: 'quota',
      expected: { count: 860, unit: 'người' },
    },
    {
      text: 'Số lượng tuyên truyền viên tại 25 xã, thị trấn là 310 người',
      kind: 'quota',
      expected: { count: 310, unit: 'người' },
    },
    {
      text: 'tổ chức 6 đợt với 30 buổi tuyên truyền miệng',
      kind: 'quota',
      expected: { count: 30, unit: 'buổi tuyên truyền miệng' },
    },
  ],
  '"trong một <item>" is per item, as "mỗi <item>" is; "trong một số …" (some) is not': [
    {
      text: 'Thí sinh trả lời 20 câu hỏi trong một bài thi',
      kind: 'quota',
      expected: { count: 20, unit: 'câu hỏi', per: null, perItem: 'bài thi' },
    },
    {
      text: 'Số lượng ảnh trong một tác phẩm dự thi tối đa là 10 ảnh',
      kind: 'quota',
      expected: { count: 10, unit: 'ảnh', perItem: 'tác phẩm dự thi' },
    },
    {
      text: 'Đài đã phát 3 tin trong một số chương trình thời sự',
      kind: 'quota',
      expected: { count: 3, unit: 'tin' },
      absent: ['perItem'],
    },
  ],
  'a count of the items, then "mỗi <item> có N …": N per item is the quota, not the number of items': [
    {
      text: 'Hội thi gồm 3 vòng, mỗi vòng thi có 20 câu hỏi trắc nghiệm',
      kind: 'quota',
      expected: { count: 20, per: null, perItem: 'vòng thi' },
    },
    {
      text: 'Ban tổ chức phát hành 4 bản tin, mỗi bản tin có 12 trang',
      kind: 'quota',
      expected: { count: 12, unit: 'trang', perItem: 'bản tin' },
    },
    {
      text: 'Đài sản xuất 5 chương trình phát thanh, mỗi chương trình dài 15 phút',
      kind: 'quota',
      expected: { count: 5, durationMin: 15, durationMax: 15 },
    },
  ],
  '"A với B" takes B only in one clause: after "và <another verb>", "với" belongs to that clause': [
    {
      text: 'Báo đang vận hành 12 chuyên trang và xuất bản với bốn thứ tiếng',
      kind: 'quota',
      expected: { count: 12, unit: 'chuyên trang', per: null, total: true },
    },
    {
      text: 'Huyện thành lập 23 đội với hơn 100 cán bộ',
      kind: 'quota',
      expected: { count: 100, atLeast: true, unit: 'cán bộ' },
    },
  ],
  'two acronyms written tight with a hyphen ("CNTT-VT") are one name inside the unit': [
    {
      text: 'Toàn tỉnh có 150 đài truyền thanh ứng dụng CNTT-VT',
      kind: 'quota',
      expected: { count: 150, unit: 'đài truyền thanh ứng dụng CNTT-VT' },
    },
    {
      text: 'Huyện đã lắp 45 cụm loa ứng dụng CNTT - VT',
      kind: 'quota',
      expected: { count: 45, unit: 'cụm loa ứng dụng CNTT' },
    },
  ],
  'a measure written onto its number ("400m", "45m2") is the unit; the noun right after it is what it measures': [
    {
      text: 'Xã đã nạo vét trên 1.200m kênh mương nội đồng',
      kind: 'quota',
      expected: { count: 1200, atLeast: true, unit: 'm', object: 'kênh mương nội đồng', per: null, total: true },
    },
    {
      text: 'Thành phố đã thay 120m2 nội dung hộp đèn',
      kind: 'quota',
      expected: { count: 120, unit: 'm2', object: 'nội dung hộp đèn' },
    },
    {
      text: 'Gửi file đính kèm không quá 10MB Đính kèm File',
      kind: 'quota',
      expected: { count: 10, atMost: true, unit: 'MB' },
      absent: ['object'],
    },
  ],
  'a row of a daily broadcast schedule ("06:00 Tiếp sóng …") is once a day at that time': [
    {
      text: '11:30 Phát sóng chương trình thời sự của huyện',
      kind: 'quota',
      expected: { count: 1, per: 'day', timeOfDay: '11:30' },
    },
    {
      text: '- 05:30 Tiếp âm Đài Phát thanh và Truyền hình tỉnh',
      kind: 'quota',
      expected: { count: 1, per: 'day', timeOfDay: '05:30' },
    },
    {
      text: 'Phát sóng vào 20 giờ thứ Ba hằng tuần',
      kind: 'quota',
      expected: { per: 'week', weekday: 'tuesday' },
    },
  ],
};

describeClasses('grammar: classes of real phrasing (round 15, quota)', CLASSES);

describe('grammar: shapes of real phrasing (round 15, quota)', () => {
  it('reads every class phrase the same in NFD as in NFC', () => expectSameInNfd(CLASSES));

  it('"từ H giờ đến H\' giờ M phút": the ends are H·60 and H\'·60 + M minutes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 59 }),
        fc.constantFrom(' đến ', ' - ', ' – '),
        (h, dh, mi, dash) => {
          const text = `tổng thời lượng phát sóng từ ${h} giờ${dash}${h + dh} giờ ${mi} phút/ngày`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ durationMin: h * 60, durationMax: (h + dh) * 60 + mi });
        },
      ),
    );
  });

  it('"A-B triệu/nghìn": both ends carry the multiplier', () => {
    const SCALE: Record<string, number> = { nghìn: 1000, ngàn: 1000, triệu: 1_000_000, tỷ: 1_000_000_000 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 98 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(...Object.keys(SCALE)),
        fc.constantFrom('-', ' - ', ' đến ', ' – '),
        (a, d, word, dash) => {
          const text = `Trang tin có ${a}${dash}${a + d} ${word} lượt xem mỗi tháng`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ countMin: a * SCALE[word]!, countMax: (a + d) * SCALE[word]!, per: 'month' });
        },
      ),
    );
  });

  it('a word of praise closes the unit, whatever the noun and the count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('bài dự thi', 'tác phẩm', 'chương trình phát thanh', 'tin, bài', 'video clip'),
        fc.constantFrom('xuất sắc', 'xuất sắc nhất', 'hoàn chỉnh', 'tiêu biểu', 'đặc sắc'),
        (n, noun, praise) => {
          const text = `Mỗi xã chọn ${n} ${noun} ${praise} gửi về huyện`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: n, unit: noun });
        },
      ),
    );
  });

  it('"N đêm <show>" counts N nights of the show, N in digits or in words', () => {
    const WORDS: Record<number, string> = { 2: 'Hai', 3: 'Ba', 4: 'Bốn', 5: 'Năm', 6: 'Sáu' };
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.boolean(),
        fc.constantFrom('biểu diễn nghệ thuật', 'tuyên truyền lưu động', 'chiếu phim', 'văn nghệ'),
        (n, inWords, show) => {
          const text = `${inWords ? WORDS[n]! : `Đội đã tổ chức ${n}`} đêm ${show} tại các xã`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: n, per: null, total: true });
          expect(r.result, text).not.to.have.property('partOfDay');
        },
      ),
    );
  });

  it('"mỗi <round of a contest> có N <things>": N per round, no period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('đợt thi', 'đợt dự thi', 'kỳ thi', 'vòng thi', 'phần thi'),
        fc.constantFrom('giải thưởng', 'câu hỏi', 'thí sinh'),
        fc.constantFrom('Mỗi', 'mỗi', 'Trong mỗi'),
        (n, round, thing, each) => {
          const text = `${each} ${round} có ${n} ${thing}`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: n, unit: thing, per: null, perItem: round });
        },
      ),
    );
  });

  it('"… đã có P% <noun>" is a result, "… phấn đấu P% <noun>" is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.constantFrom('xã', 'hồ sơ', 'cơ quan báo chí'), fc.boolean(), (p, noun, done) => {
        const text = done ? `Đến nay, huyện đã có ${p}% ${noun} hoàn thành` : `Huyện phấn đấu ${p}% ${noun} hoàn thành`;
        const r = parsePhrase(text, { kind: 'quota' });
        expect(r.result['percent'], text).to.equal(p);
        if (done) expect(r.result['total'], text).to.equal(true);
        else expect(r.result, text).not.to.have.property('total');
      }),
    );
  });

  it('"A/B <places> đạt chuẩn <standard>" counts the places that meet it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('xã', 'trường', 'thôn'),
        fc.constantFrom('NTM', 'nông thôn mới', 'quốc gia'),
        (a, d, place, standard) => {
          const text = `Đến nay có ${a}/${a + d} ${place} đạt chuẩn ${standard}`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: a, outOf: a + d, unit: `${place} đạt chuẩn ${standard}` });
        },
      ),
    );
  });

  it('"Số lượng <X> tại A <places> là: B <unit>" counts B', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 99 }),
        fc.integer({ min: 100, max: 9999 }),
        fc.constantFrom('Số lượng', 'Tổng số'),
        fc.constantFrom(' là ', ' là: '),
        (a, n, opener, is) => {
          const text = `${opener} cán bộ tại ${a} xã, phường${is}${n} người`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: n, unit: 'người' });
        },
      ),
    );
  });

  it('"N <things> trong một <item>" is N per item', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('bài thi', 'phần thi', 'chương trình', 'video', 'tác phẩm dự thi'),
        (n, item) => {
          const text = `Có ${n} câu hỏi trong một ${item}`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: n, unit: 'câu hỏi', per: null, perItem: item });
        },
      ),
    );
  });

  it('"A <items>, mỗi <item> có B <things>" counts B per item', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom<[string, string]>(['đợt', 'đợt thi'], ['vòng', 'vòng thi'], ['bản tin', 'bản tin'], ['phần thi', 'phần thi']),
        (a, b, [items, each]) => {
          const text = `Cuộc thi có ${a} ${items}, mỗi ${each} có ${b} giải thưởng`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: b, unit: 'giải thưởng', perItem: each });
        },
      ),
    );
  });

  it('"A <things> và <verb> … với B <other>" keeps A; "A <things> với B <parts>" takes B', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 2, max: 99 }), fc.boolean(), (a, b, and) => {
        const text = and
          ? `Đài đã sản xuất ${a} chương trình và phát sóng với ${b} ngôn ngữ`
          : `Đài đã sản xuất ${a} chương trình với ${b} tin bài`;
        const r = parsePhrase(text, { kind: 'quota' });
        expect(r.result['count'], text).to.equal(and ? a : b);
      }),
    );
  });

  it('"<noun> ứng dụng A-B" keeps the hyphenated acronym whole', () => {
    const acronym = fc.constantFrom('CNTT', 'VT', 'CĐS', 'KHCN', 'PCCC', 'GDPL', 'ATTP');
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9999 }), acronym, acronym, (n, x, y) => {
        const text = `Toàn tỉnh có ${n} đài truyền thanh ứng dụng ${x}-${y}`;
        const r = parsePhrase(text, { kind: 'quota' });
        expect(r.result['unit'], text).to.equal(`đài truyền thanh ứng dụng ${x}-${y}`);
      }),
    );
  });

  it('"N<measure> <noun>" reads the measure as unit and the noun as object', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 999 }),
        fc.constantFrom('m', 'm2', 'km'),
        fc.constantFrom('kênh mương', 'đường giao thông', 'đường bê tông'),
        (n, measure, noun) => {
          const text = `Xã đã làm ${n}${measure} ${noun}`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: n, unit: measure, object: noun });
        },
      ),
    );
  });

  it('"HH:MM <broadcast verb> …" is once a day at HH:MM', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('Tiếp sóng', 'Tiếp âm', 'Phát sóng', 'Phát lại'),
        (h, mi, verb) => {
          const time = `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
          const text = `${time} ${verb} chương trình thời sự`;
          const r = parsePhrase(text, { kind: 'quota' });
          expect(r.result, text).to.deep.include({ count: 1, per: 'day', timeOfDay: time });
        },
      ),
    );
  });

  it('"Ns" and "N giây" are N/60 minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.constantFrom('s', ' giây'), (n, unit) => {
        const text = `Mỗi video dự thi dài không quá ${n}${unit}`;
        const r = parsePhrase(text, { kind: 'quota' });
        expect(r.result['durationMax'], text).to.equal(n / 60);
      }),
    );
  });
});
