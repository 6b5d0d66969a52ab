/** The channel vocabulary as data: validation, a province's additions, and how words match. */
import { expect } from 'chai';
import { mergeChannelVocabulary, parseChannelVocabulary } from '../../../config/channels/vocabulary.loader.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import { compileVocabulary, findChannels, findProducts } from '../../../src/domain/plan/vocabulary.matcher.js';
import { testVocabulary } from './plan-fixtures.js';

const channelsIn = (text: string) => [...new Set(findChannels(compileVocabulary(testVocabulary()), text).map((m) => m.id))];

describe('channel vocabulary', () => {
  it('holds the channels and activities of issue 5', () => {
    expect(testVocabulary().channels.map((c) => c.id)).to.include.members([
      'web-portal',
      'radio',
      'zalo-oa',
      'facebook',
      'youtube',
      'led-screen',
      'pano',
      'banner',
      'leaflet',
      'press',
      'bulletin',
      'posting',
      'meeting',
      'training',
      'contest',
      'performance',
    ]);
  });

  it('matches on word boundaries, in any case, with either tone placement', () => {
    expect(channelsIn('Cổng/Trang Thông tin điện tử của huyện')).to.deep.equal(['web-portal']);
    expect(channelsIn('hệ thống loa phát thanh ở cơ sở')).to.deep.equal(['radio']);
    expect(channelsIn('Hội thi sân khấu hoá')).to.have.members(['contest', 'performance']);
    expect(channelsIn('Hội thi sân khấu hóa')).to.have.members(['contest', 'performance']);
    expect(channelsIn('màn hình Led')).to.deep.equal(['led-screen']);
    expect(channelsIn('Trang Fanpage của đơn vị')).to.deep.equal(['facebook']);
  });

  it('does not take "báo cáo" for the press, nor the national public-service portal for the web portal', () => {
    expect(channelsIn('báo cáo kết quả, thông báo, cảnh báo')).to.deep.equal([]);
    expect(channelsIn('các cơ quan báo chí của tỉnh')).to.deep.equal(['press']);
    expect(channelsIn('Cổng Dịch vụ công quốc gia')).to.deep.equal([]);
    expect(channelsIn('Lào Cai, Hòa Bình')).to.deep.equal([]);
  });

  it('finds products, keeping "thông tin" apart from "tin" and result-only words for result columns', () => {
    const compiled = compileVocabulary(testVocabulary());
    expect(findProducts(compiled, 'thông tin về CCHC').map((m) => m.id)).to.deep.equal([]);
    expect(findProducts(compiled, 'Tin, bài, phóng sự').map((m) => m.id)).to.deep.equal(['tin', 'bài', 'phóng sự']);
    expect(findProducts(compiled, 'Xây dựng Kế hoạch').map((m) => m.id)).to.deep.equal([]);
    expect(findProducts(compiled, 'Kế hoạch, thể lệ thi', true).map((m) => m.id)).to.deep.equal(['kế hoạch', 'thể lệ']);
  });

  it('refuses a malformed vocabulary, listing every problem', () => {
    const bad = {
      version: 1,
      channels: [
        { id: 'radio', kind: 'publication', label: 'Đài', terms: ['đài'] },
        { id: 'radio', kind: 'publication', label: 'Loa', terms: [] },
        { id: 'Web Portal', kind: 'site', label: '', terms: ['cổng'] },
      ],
    };
    try {
      parseChannelVocabulary(bad, 'bad.json');
      expect.fail('accepted');
    } catch (error) {
      expect(error).to.be.instanceOf(DomainError);
      const e = error as DomainError;
      expect(e.code).to.equal('CONFIG_VOCABULARY_INVALID');
      expect(e.message).to.include('bad.json');
      expect((e.evidence.issues as string[]).length).to.be.greaterThanOrEqual(4);
    }
  });

  it("merges a province's own words, which the reader then recognises", () => {
    const text = [
      'KẾ HOẠCH',
      'Tuyên truyền CCHC năm 2025',
      'II. HÌNH THỨC TUYÊN TRUYỀN',
      '- Phát trên cụm loa kéo và kênh TikTok của xã.',
    ].join('\n');
    expect(readPlan(text, { vocabulary: testVocabulary() }).channels).to.deep.equal(['radio']);
    const merged = mergeChannelVocabulary(testVocabulary(), {
      channels: [{ id: 'tiktok', kind: 'publication', label: 'TikTok', terms: ['tiktok', 'kênh tiktok'] }],
    });
    const plan = readPlan(text, { vocabulary: merged });
    expect(plan.channels).to.deep.equal(['radio', 'tiktok']);
    expect(plan.tasks[0]!.channels).to.deep.equal(['radio', 'tiktok']);
    expect(() => mergeChannelVocabulary(testVocabulary(), { channels: [{ id: 'tiktok', terms: ['tiktok'] }] })).to.throw(DomainError);
  });
});
