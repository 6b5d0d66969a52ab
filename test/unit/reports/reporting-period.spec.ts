import { expect } from 'chai';
import { WorkingDayCalendar } from '../../../src/domain/calendar/working-days.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { parseReportingPeriod, planDeadlineFor, withPlanDeadlines } from '../../../src/domain/reports/reporting-period.js';
import { parsePublicationInstant, vietnamDayEnd, vietnamDayOf, vietnamDayStart } from '../../../src/domain/reports/vietnam-instant.js';

describe('reporting periods', () => {
  it("follows the Ministry's 15th–14th data windows, due by the 20th of the last month", () => {
    const expected: [string, string, string, string][] = [
      ['2024-Q1', '2023-12-15', '2024-03-14', '2024-03-20'],
      ['2024-Q2', '2024-03-15', '2024-06-14', '2024-06-20'],
      ['2024-Q3', '2024-06-15', '2024-09-14', '2024-09-20'],
      ['2024-Q4', '2024-09-15', '2024-12-14', '2024-12-20'],
      ['2024-H1', '2023-12-15', '2024-06-14', '2024-06-20'],
      ['2024-H2', '2024-06-15', '2024-12-14', '2024-12-20'],
      ['2024-9M', '2023-12-15', '2024-09-14', '2024-09-20'],
      ['2024', '2023-12-15', '2024-12-14', '2024-12-20'],
      ['2024-03', '2024-02-15', '2024-03-14', '2024-03-20'],
      ['2024-01', '2023-12-15', '2024-01-14', '2024-01-20'],
    ];
    for (const [label, from, to, due] of expected) {
      expect(parseReportingPeriod(label), label).to.deep.include({ from, to, dueOn: due, dueSource: 'ministry' });
    }
    expect(parseReportingPeriod('2024-q1').title).to.equal('quý I năm 2024');
  });

  it('offers calendar periods as a unit setting', () => {
    expect(parseReportingPeriod('2024-Q1', 'calendar')).to.deep.include({
      from: '2024-01-01',
      to: '2024-03-31',
      dueOn: '2024-04-06',
      dueSource: 'calendar',
    });
    expect(parseReportingPeriod('2024-02', 'calendar')).to.deep.include({ from: '2024-02-01', to: '2024-02-29' });
    expect(parseReportingPeriod('2024', 'calendar')).to.deep.include({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('refuses an unknown or malformed period with a coded Vietnamese error', () => {
    for (const bad of ['2024-Q5', '2024-13', '24-Q1', 'quý 1', '2024-H3', '2024-8M', '']) {
      expect(() => parseReportingPeriod(bad), bad)
        .to.throw(DomainError)
        .with.property('code', 'PERIOD_INVALID');
    }
    try {
      parseReportingPeriod('2024-Q5');
    } catch (e) {
      expect((e as Error).message).to.include('Kỳ báo cáo');
    }
  });

  it("lets the plan's own deadline win over the 20th", () => {
    const year = parseReportingPeriod('2025');
    expect(planDeadlineFor({ before: '2025-11-30' }, year)).to.equal('2025-11-30');
    expect(withPlanDeadlines(year, [{ before: '2025-11-30' }])).to.deep.include({ dueOn: '2025-11-30', dueSource: 'plan' });
    // A fixed date outside the window says nothing about Q1.
    expect(withPlanDeadlines(parseReportingPeriod('2025-Q1'), [{ before: '2025-11-30' }])).to.deep.include({
      dueOn: '2025-03-20',
      dueSource: 'ministry',
    });
    // "trước ngày 15 của tháng cuối kỳ" and "trước ngày 18 tháng cuối quý".
    expect(
      withPlanDeadlines(parseReportingPeriod('2024-Q2'), [{ before: { dayOfMonth: 15, month: 'last month of the period' } }]).dueOn,
    ).to.equal('2024-06-15');
    expect(planDeadlineFor({ before: { dayOfMonth: 18, month: 'last month of the quarter' } }, parseReportingPeriod('2024-Q3'))).to.equal(
      '2024-09-18',
    );
    expect(planDeadlineFor({ before: { dayOfMonth: 5, month: 'next month' } }, parseReportingPeriod('2024'))).to.equal('2025-01-05');
    expect(planDeadlineFor(null, year)).to.equal(null);
  });

  it('"trước ngày làm việc thứ năm (05) của tháng tiếp theo": the fifth working day, New Year\'s Day not counted', () => {
    const calendar = new WorkingDayCalendar();
    const fifth = { before: { dayOfMonth: 5, workingDays: true, month: 'next month' } };
    expect(planDeadlineFor(fifth, parseReportingPeriod('2024-12'), calendar)).to.equal('2025-01-08');
    // A rank past the month's working days names no day of it.
    const thirtieth = { before: { dayOfMonth: 30, workingDays: true, month: 'next month' } };
    expect(planDeadlineFor(thirtieth, parseReportingPeriod('2024-12'), calendar)).to.equal(null);
    // Without the working-day calendar no day can be named: the default rule stays.
    expect(planDeadlineFor(fifth, parseReportingPeriod('2024-12'))).to.equal(null);
    // "ngày thứ hai mươi (20) của quý tiếp theo": a quarter's report, due in the month after the quarter.
    expect(
      planDeadlineFor({ before: { dayOfMonth: 20, month: 'first month of the next quarter' } }, parseReportingPeriod('2024-Q4')),
    ).to.equal('2025-01-20');
    // "trước ngày 10 tháng sau của quý báo cáo": so is the month after the quarter, named so.
    expect(planDeadlineFor({ before: { dayOfMonth: 10, month: 'month after the quarter' } }, parseReportingPeriod('2024-Q2'))).to.equal(
      '2024-07-10',
    );
  });

  it('"trước ngày cuối cùng của tháng cuối quý": the last day of that month, whatever its length', () => {
    const last = { before: { dayOfMonth: 'last', month: 'last month of the quarter' } };
    expect(planDeadlineFor(last, parseReportingPeriod('2024-Q3'))).to.equal('2024-09-30');
    expect(planDeadlineFor(last, parseReportingPeriod('2024-Q4'))).to.equal('2024-12-31');
    expect(planDeadlineFor({ before: { dayOfMonth: 'last', month: 'same month' } }, parseReportingPeriod('2024-02'))).to.equal(
      '2024-02-29',
    );
  });
});

describe('publication instants in Vietnamese time', () => {
  it('puts 23:30 on 14/3 in Vietnam (16:30 UTC) on 14/3, and 17:00 UTC on 15/3', () => {
    expect(vietnamDayOf(new Date('2024-03-14T16:30:00Z'))).to.equal('2024-03-14');
    expect(vietnamDayOf(new Date('2024-03-14T17:00:00Z'))).to.equal('2024-03-15');
    expect(parsePublicationInstant('2024-03-14T23:30').toISOString()).to.equal('2024-03-14T16:30:00.000Z');
    expect(parsePublicationInstant('2024-03-14').toISOString()).to.equal('2024-03-13T17:00:00.000Z');
    expect(parsePublicationInstant('2024-03-14T16:30:00Z').toISOString()).to.equal('2024-03-14T16:30:00.000Z');
    expect(parsePublicationInstant('2024-03-14T23:30:00+07:00').toISOString()).to.equal('2024-03-14T16:30:00.000Z');
    expect(vietnamDayStart('2024-03-15').toISOString()).to.equal('2024-03-14T17:00:00.000Z');
    expect(vietnamDayEnd('2024-03-14').toISOString()).to.equal('2024-03-14T17:00:00.000Z');
  });

  it('refuses impossible dates, naming the field', () => {
    for (const bad of ['2024-02-30', '2024-13-01', '2024-03-14T24:10', 'hôm qua', '14/03/2024']) {
      expect(() => parsePublicationInstant(bad), bad)
        .to.throw(DomainError)
        .with.property('code', 'PUBLISHED_AT_INVALID');
    }
  });
});
