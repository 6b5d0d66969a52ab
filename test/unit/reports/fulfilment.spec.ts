import { expect } from 'chai';
import { loadParCriterion } from '../../../config/par-index/par-criterion.loader.js';
import {
  countFulfilment,
  type PublicationFact,
  type SlotTally,
  type TaskInfo,
  taskKey,
  totalsOf,
} from '../../../src/domain/reports/fulfilment.js';
import { parseReportingPeriod } from '../../../src/domain/reports/reporting-period.js';
import { completionPoints, projectScore } from '../../../src/domain/reports/score-projection.js';

const q1 = parseReportingPeriod('2024-Q1');
const tasks = new Map<string, TaskInfo>([
  [
    taskKey('p1', '10'),
    { planId: 'p1', planNumber: '41/KH-UBND', taskId: '10', title: 'Chuyên mục CCHC trên Cổng TTĐT', unitWord: 'tin, bài' },
  ],
  [taskKey('p2', '10'), { planId: 'p2', planNumber: '07/KH-UBND', taskId: '10', title: 'Tin bài về chuyển đổi số', unitWord: 'tin, bài' }],
  [taskKey('p1', '3'), { planId: 'p1', planNumber: '41/KH-UBND', taskId: '3', title: 'Tuyên truyền thường xuyên', unitWord: null }],
]);
const slot = (o: Partial<SlotTally>): SlotTally => ({
  unitId: 'u',
  planId: 'p1',
  taskId: '10',
  channel: 'web-portal',
  past: true,
  itemStatus: null,
  proved: false,
  count: 1,
  ...o,
});
const pub = (o: Partial<PublicationFact>): PublicationFact => ({
  unitId: 'u',
  itemId: 'i1',
  planId: 'p1',
  taskId: '10',
  channel: 'web-portal',
  publishedAt: '2024-03-01T02:00:00.000Z',
  url: null,
  earlier: false,
  slotDate: '2024-03-01',
  ...o,
});

describe('fulfilment arithmetic', () => {
  it('keys rows by plan and task, so two plans of one unit with the same task number never merge, and shows the title', () => {
    const rows = countFulfilment({ window: q1, slots: [slot({ count: 3 }), slot({ planId: 'p2', count: 2 })], obligations: [], tasks });
    expect(rows.map((r) => [r.planNumber, r.taskId, r.title, r.planned])).to.deep.equal([
      ['07/KH-UBND', '10', 'Tin bài về chuyển đổi số', 2],
      ['41/KH-UBND', '10', 'Chuyên mục CCHC trên Cổng TTĐT', 3],
    ]);
  });

  it('counts published only with a proof, by the publication date, each item once per channel; late and missed too', () => {
    const rows = countFulfilment({
      window: q1,
      slots: [
        slot({ itemStatus: 'published', proved: true, count: 2 }),
        slot({ itemStatus: 'published', proved: false, count: 1 }), // "published" with no proof: missed
        slot({ itemStatus: 'scheduled', past: false, count: 1 }),
        slot({ past: false, count: 1 }),
      ],
      publications: [
        pub({ itemId: 'a' }),
        pub({ itemId: 'a', publishedAt: '2024-03-02T02:00:00.000Z' }), // the same item again
        pub({ itemId: 'b', publishedAt: '2024-03-14T16:30:00.000Z', slotDate: '2024-03-10' }), // 23:30 on 14/3 in Vietnam: in Q1, late
        pub({ itemId: 'c', publishedAt: '2024-03-14T17:00:00.000Z' }), // 00:00 on 15/3: Q2
        pub({ itemId: 'd', earlier: true }), // counted in an earlier window
      ],
      obligations: [
        { unitId: 'u', planId: 'p1', taskId: '3', channel: 'radio', reason: 'continuous', message: 'Thường xuyên, không có số lượng' },
      ],
      tasks,
    });
    const web = rows.find((r) => r.channel === 'web-portal')!;
    expect(web).to.include({ planned: 5, filled: 4, approved: 4, published: 2, late: 1, missed: 1, dueSoFar: 3, gap: 3, open: false });
    expect(web.evidence.proofs.map((p) => p.publishedOn)).to.deep.equal(['2024-03-01', '2024-03-14']);
    const open = rows.find((r) => r.channel === 'radio')!;
    expect(open).to.include({ planned: null, open: true, gap: 0, title: 'Tuyên truyền thường xuyên' });
    expect(open.evidence.obligation?.message).to.include('Thường xuyên');
    const totals = totalsOf(rows);
    expect(totals).to.include({ planned: 5, published: 2, counted: 2, dueSoFar: 3, behind: true });
    expect(totals.completion).to.equal(0.4);
  });

  it('lets a proof of a planned item in no slot cover an overdue slot: published + missed + upcoming never exceed planned', () => {
    const rows = countFulfilment({
      window: q1,
      slots: [slot({ count: 3 })],
      publications: [pub({ itemId: 'manual', slotDate: null })],
      obligations: [],
      tasks,
    });
    expect(rows[0]).to.include({ planned: 3, published: 1, missed: 2, gap: 2, dueSoFar: 3 });
    const later = countFulfilment({
      window: q1,
      slots: [slot({ count: 2 }), slot({ past: false, count: 2 }), slot({ past: false, itemStatus: 'published', proved: true, count: 1 })],
      publications: [pub({ itemId: 'manual', slotDate: null }), pub({ itemId: 'early', slotDate: '2024-03-30' })],
      obligations: [],
      tasks,
    });
    // 5 planned: 2 published (one by hand, one early in its future slot), 2 slots to come, so 1 missed, not 2.
    expect(later[0]).to.include({ planned: 5, published: 2, missed: 1, gap: 3 });
  });

  it('does not let extra posts on one task cover another', () => {
    const rows = countFulfilment({
      window: q1,
      slots: [slot({ count: 1 }), slot({ planId: 'p2', count: 1 })],
      publications: [pub({ itemId: 'x' }), pub({ itemId: 'y' })],
      obligations: [],
      tasks,
    });
    expect(totalsOf(rows)).to.include({ planned: 2, counted: 1, published: 2 });
  });
});

describe('PAR-Index score projection (the Xuân Lộc criterion)', () => {
  const criterion = loadParCriterion();
  const names = (c: string) => ({ 'web-portal': 'Cổng TTĐT', radio: 'Đài truyền thanh' })[c] ?? c;

  it('scores completion as the Xuân Lộc rules say: 100% full, 90–99% proportional, under 90% nothing', () => {
    expect(completionPoints(criterion, 1)).to.equal(1);
    expect(completionPoints(criterion, 0.95)).to.equal(0.95);
    expect(completionPoints(criterion, 0.9)).to.equal(0.9);
    expect(completionPoints(criterion, 0.89)).to.equal(0);
    expect(completionPoints(criterion, null)).to.equal(0);
  });

  it("projects the window's end from the pace and says what would still earn the full score", () => {
    // Q1 has 91 days; on 14/2 (61 days gone) 4 of 6 portal posts are out: the pace makes 5 by 14/3 (83%, under 90%).
    const rows = countFulfilment({
      window: q1,
      slots: [slot({ count: 6, past: false })],
      publications: [1, 2, 3, 4].map((n) => pub({ itemId: `i${n}` })),
      obligations: [],
      tasks,
    });
    const s = projectScore(criterion, rows, q1, '2024-02-14', names, (r) => r.unitWord ?? 'lượt');
    expect(s.completion).to.equal(0.67);
    expect(s.completionPoints).to.equal(0);
    expect(s.variety.find((g) => g.id === 'online-web')?.earned).to.equal(true);
    expect(s.varietyPoints).to.equal(0.25);
    expect(s.points).to.equal(0.25);
    expect(s.projected.completion).to.equal(0.83);
    expect(s.projected.points).to.equal(0.25);
    // At a faster pace (5 out by 14/2) the projection reaches the full completion point.
    const faster = countFulfilment({
      window: q1,
      slots: [slot({ count: 6, past: false })],
      publications: [1, 2, 3, 4, 5].map((n) => pub({ itemId: `i${n}` })),
      obligations: [],
      tasks,
    });
    expect(projectScore(criterion, faster, q1, '2024-02-14', names).projected).to.include({
      completion: 1,
      completionPoints: 1,
      points: 1.25,
    });
    expect(s.needs[0].message).to.equal('cần thêm 2 tin, bài trên Cổng TTĐT trước 14/3');
    expect(s.needs.filter((n) => n.kind === 'variety').map((n) => n.group)).to.deep.equal(['online-screen', 'traditional']);
    // Points in a sentence take the Vietnamese decimal comma ("thêm 0,25 điểm"), never "0.25".
    for (const v of s.needs.filter((n) => n.kind === 'variety')) expect(v.message).to.match(/\(thêm \d+(,\d+)? điểm\)$/);
    expect(s.needs.map((n) => n.message).join(' ')).to.include(',25 điểm');
    // After the window closes there is nothing left to do.
    expect(projectScore(criterion, rows, q1, '2024-03-20', names).needs).to.deep.equal([]);
  });
});
