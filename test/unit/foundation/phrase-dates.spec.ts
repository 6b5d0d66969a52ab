import { expect } from 'chai';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { impossibleDate, readPlanPhrase } from '../../../src/modules/plans/phrase-dates.js';

describe('impossible dates in plan phrases', () => {
  it('finds a day that does not exist anywhere in a reading', () => {
    expect(impossibleDate({ before: '2024-02-30' })).to.equal('2024-02-30');
    expect(impossibleDate({ from: '2024-02-15', to: '2024-04-31' })).to.equal('2024-04-31');
    expect(impossibleDate({ spans: [{ from: '2023-01-01', to: '2023-02-29' }] })).to.equal('2023-02-29');
    expect(impossibleDate({ onOrBefore: '--02-30' })).to.equal('--02-30');
    expect(impossibleDate({ before: '2024-02-29', yearly: '--02-29', count: 3, note: '2024-13' })).to.equal(null);
  });

  it('refuses the edit naming the field and the task', () => {
    const refuse = () =>
      readPlanPhrase(() => ({ before: '2024-02-30' }), { field: 'deadlineText', taskId: '3', text: 'Trước ngày 30/02/2024' });
    expect(refuse).to.throw(DomainError).with.property('code', 'PHRASE_DATE_IMPOSSIBLE');
    try {
      refuse();
    } catch (e) {
      expect((e as DomainError).message).to.equal('Nhiệm vụ 3, thời hạn: "Trước ngày 30/02/2024" nêu một ngày không có thật (2024-02-30).');
      expect((e as DomainError).evidence).to.include({ field: 'deadlineText', taskId: '3', date: '2024-02-30' });
    }
  });

  it('names the field and task on a phrase the grammar refuses, keeping its code', () => {
    const grammar = () => {
      throw new DomainError('PHRASE_UNRECOGNIZED', 'Không nhận ra cụm từ.', { span: { start: 0, end: 3 } });
    };
    expect(() => readPlanPhrase(grammar, { field: 'quotaText', taskId: '2', text: 'abc' }))
      .to.throw('Nhiệm vụ 2, tần suất: Không nhận ra cụm từ.')
      .with.property('code', 'PHRASE_UNRECOGNIZED');
  });
});
