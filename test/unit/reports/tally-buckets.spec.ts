import { expect } from 'chai';
import { parseReportingPeriod } from '../../../src/domain/reports/reporting-period.js';
import { bucketDays, bucketOf, bucketRuns, dueSplit } from '../../../src/domain/reports/tally-buckets.js';

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('half-month buckets of the roll-up summary', () => {
  it('puts 15–31/12 in bucket 0 of the next tally year and 1–14/12 in bucket 23; every day of a leap year falls in the bucket whose days contain it', () => {
    expect(bucketOf('2023-12-15')).to.deep.equal({ year: 2024, bucket: 0 });
    expect(bucketOf('2023-12-14')).to.deep.equal({ year: 2023, bucket: 23 });
    expect(bucketOf('2024-01-14')).to.deep.equal({ year: 2024, bucket: 1 });
    expect(bucketOf('2024-03-15')).to.deep.equal({ year: 2024, bucket: 6 });
    expect(bucketDays({ year: 2024, bucket: 4 })).to.deep.equal({ from: '2024-02-15', to: '2024-02-29' });
    for (let d = '2023-12-01'; d <= '2025-01-10'; d = addDays(d, 1)) {
      const days = bucketDays(bucketOf(d));
      expect(d >= days.from && d <= days.to, d).to.equal(true);
    }
  });

  it('covers every Ministry window with one run of one tally year, and calendar windows ending in December with two', () => {
    const ministry = (label: string) => {
      const w = parseReportingPeriod(label, 'ministry');
      return bucketRuns(w.from, w.to);
    };
    expect(ministry('2024-Q1')).to.deep.equal([{ year: 2024, first: 0, last: 5 }]);
    expect(ministry('2024-Q4')).to.deep.equal([{ year: 2024, first: 18, last: 23 }]);
    expect(ministry('2024')).to.deep.equal([{ year: 2024, first: 0, last: 23 }]);
    const year = parseReportingPeriod('2024', 'calendar');
    expect(bucketRuns(year.from, year.to)).to.deep.equal([
      { year: 2024, first: 1, last: 23 },
      { year: 2025, first: 0, last: 0 },
    ]);
    const march = parseReportingPeriod('2024-03', 'calendar');
    expect(bucketRuns(march.from, march.to)).to.deep.equal([{ year: 2024, first: 5, last: 6 }]);
    // A window that does not start and end on half-month edges is not read from the summary.
    expect(bucketRuns('2024-01-02', '2024-03-14')).to.equal(null);
    expect(bucketRuns('2024-01-01', '2024-03-13')).to.equal(null);
  });

  it("splits a window at today: whole half-months already over, and the days of today's half-month before today", () => {
    expect(dueSplit('2023-12-15', '2024-03-14', '2024-03-20')).to.deep.equal({ runs: [{ year: 2024, first: 0, last: 5 }], partial: null });
    expect(dueSplit('2023-12-15', '2024-03-14', '2023-12-15')).to.deep.equal({ runs: [], partial: null });
    expect(dueSplit('2023-12-15', '2024-03-14', '2024-02-20')).to.deep.equal({
      runs: [{ year: 2024, first: 0, last: 3 }],
      partial: { from: '2024-02-15', to: '2024-02-19' },
    });
    expect(dueSplit('2023-12-15', '2024-03-14', '2024-02-15')).to.deep.equal({ runs: [{ year: 2024, first: 0, last: 3 }], partial: null });
    expect(dueSplit('2023-12-15', '2024-03-14', '2023-12-20')).to.deep.equal({
      runs: [],
      partial: { from: '2023-12-15', to: '2023-12-19' },
    });
  });
});
