/**
 * The five real plans of ../shared/seeds, read from their text, checked against the
 * acceptance items of issue 5 (one describe per seed).
 */
import { expect } from 'chai';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import type { PlanReading, PlanTask } from '../../../src/domain/plan/plan-reading.types.js';
import { seedText, testVocabulary } from './plan-fixtures.js';

function read(prefix: string): PlanReading {
  return readPlan(seedText(prefix), { vocabulary: testVocabulary() });
}

function only(tasks: PlanTask[], predicate: (t: PlanTask) => boolean, what: string): PlanTask {
  const found = tasks.filter(predicate);
  expect(found, what).to.have.length(1);
  return found[0]!;
}

describe('plan reader: seed 001 (commune Hành Đức, numbered forms)', () => {
  const plan = read('001');

  it('reads the header: issuer UBND xã Hành Đức, number 41/KH-UBND, issued 2024-03-11', () => {
    expect(plan.issuer).to.equal('UBND xã Hành Đức');
    expect(plan.level).to.equal('commune');
    expect(plan.number).to.equal('41/KH-UBND');
    expect(plan.issuedOn).to.equal('2024-03-11');
    expect(plan.place).to.equal('Hành Đức');
    expect(plan.year).to.equal(2024);
    expect(plan.evidence.number).to.deep.equal({ line: 8, text: 'Số: 41 /KH-UBND Hành Đức, ngày 11 tháng 3 năm 2024' });
  });

  it('implements 465/KH-UBND of 2024-03-08', () => {
    expect(plan.implements.map(({ number, issuedOn, issuer }) => ({ number, issuedOn, issuer }))).to.deep.equal([
      { number: '465/KH-UBND', issuedOn: '2024-03-08', issuer: 'UBND huyện Nghĩa Hành' },
    ]);
    expect(plan.implements[0]!.evidence.line).to.equal(16);
  });

  it('has 11 tasks, numbered 1 to 11', () => {
    expect(plan.tasks.map((t) => t.id)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(plan.tasks.every((t) => t.source === 'form')).to.equal(true);
  });

  it('the web-portal task has quota 3 "tin, bài" per month, all year', () => {
    const task = only(plan.tasks, (t) => t.channels.includes('web-portal') && t.quota !== null, 'web-portal task with a quota');
    expect(task.id).to.equal('10');
    expect(task.quota).to.include({ count: 3, unit: 'tin, bài', per: 'month' });
    expect(task.timeframe).to.include({ recurring: 'continuous', from: '2024-01-01', to: '2024-12-31' });
    expect(task.leads).to.deep.equal(['UBND xã Hành Đức']);
    expect(task.evidence.quota).to.deep.equal({ line: 385, text: '- Tần suất: 03 tin, bài/tháng.' });
  });

  it('the radio task has quota 1 per month, 10–15 minutes, led by who carries it out', () => {
    const task = only(plan.tasks, (t) => t.channels.includes('radio'), 'radio task');
    expect(task.id).to.equal('11');
    expect(task.quota).to.include({ count: 1, unit: 'chương trình', per: 'month', durationMin: 10, durationMax: 15 });
    expect(task.leads).to.deep.equal(['Công chức văn hoá xã hội và các ban ngành liên quan']);
  });

  it('the village-guidance task runs 2024-01-01 to 2024-03-31 and its cooperator is not a channel', () => {
    const task = only(plan.tasks, (t) => t.title.startsWith('Hướng dẫn các thôn'), 'village-guidance task');
    expect(task.timeframe).to.include({ from: '2024-01-01', to: '2024-03-31' });
    expect(task.channels).to.deep.equal([]);
    expect(task.cooperators).to.deep.equal(['Cán bộ quản lý đài truyền thanh xã']);
    expect(task.evidence.timeframe?.line).to.equal(325);
  });

  it('the contest task runs 2024-04-01 to 2024-09-30 and is a contest', () => {
    const task = only(plan.tasks, (t) => /Hội thi/u.test(t.title), 'contest task');
    expect(task.timeframe).to.include({ from: '2024-04-01', to: '2024-09-30' });
    expect(task.channels).to.include('contest');
  });

  it('the poster/infographic task includes led-screen', () => {
    const task = only(plan.tasks, (t) => /poster, infographic/u.test(t.title), 'poster task');
    expect(task.channels).to.include('led-screen');
    expect(task.products).to.include.members(['poster', 'infographic']);
  });

  it('asks for review where the plan is silent: tasks 7 and 8 have no lead and no time', () => {
    for (const id of ['7', '8'])
      expect(plan.needsReview.filter((n) => n.taskId === id).map((n) => n.field)).to.include.members(['leads', 'timeframe']);
    expect(plan.reporting.periods).to.deep.equal([]);
    expect(plan.needsReview.map((n) => n.field)).to.include('reporting.periods');
  });
});

describe('plan reader: seed 003 (district Vĩnh Linh, appendix table)', () => {
  const plan = read('003');

  it('reads year 2025, issuer UBND huyện Vĩnh Linh, and flags the blank number and day', () => {
    expect(plan.year).to.equal(2025);
    expect(plan.issuer).to.equal('UBND huyện Vĩnh Linh');
    expect(plan.level).to.equal('district');
    expect(plan.number).to.equal(null);
    expect(plan.issuedOn).to.equal(null);
    expect(plan.needsReview.map((n) => n.field)).to.include.members(['number', 'issuedOn']);
  });

  it('implements 25/KH-UBND of 2025-01-24 (UBND tỉnh Quảng Trị)', () => {
    expect(plan.implements.map(({ number, issuedOn, issuer }) => ({ number, issuedOn, issuer }))).to.deep.equal([
      { number: '25/KH-UBND', issuedOn: '2025-01-24', issuer: 'UBND tỉnh Quảng Trị' },
    ]);
  });

  it('the appendix gives 9 tasks', () => {
    expect(plan.tasks.map((t) => t.id)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(plan.tasks.every((t) => t.source === 'table')).to.equal(true);
    expect(plan.tasks[4]!.channels).to.include('web-portal');
    expect(plan.tasks[1]!.products).to.deep.equal(['tin', 'bài', 'phóng sự']);
  });

  it('task 1 runs February 2025, task 4 the third quarter, task 6 spans 2025', () => {
    const byId = (id: string) => plan.tasks.find((t) => t.id === id)!;
    expect(byId('1').timeframe).to.include({ from: '2025-02-01', to: '2025-02-28' });
    expect(byId('4').timeframe).to.include({ from: '2025-07-01', to: '2025-09-30' });
    expect(byId('6').timeframe).to.include({ from: '2025-01-01', to: '2025-12-31' });
    expect(byId('2').timeframe).to.include({ recurring: 'continuous', from: '2025-01-01', to: '2025-12-31' });
    expect(byId('1').leads).to.deep.equal(['Phòng Nội vụ', 'UBND các xã, thị trấn']);
    expect(byId('1').evidence.timeframe).to.deep.equal({ line: 160, text: 'Tháng 02/2025' });
  });

  it('task 9 has a deadline before 2025-11-30', () => {
    const task = plan.tasks.find((t) => t.id === '9')!;
    expect(task.deadline).to.include({ before: '2025-11-30' });
    expect(task.products).to.include('báo cáo');
  });

  it('reports by quarter, half-year and year, before 2025-11-30', () => {
    expect(plan.reporting.periods).to.include.members(['quarter', 'half-year', 'year']);
    expect(plan.reporting.deadline).to.include({ before: '2025-11-30' });
    expect(plan.reporting.evidence.map((e) => e.line)).to.include(88);
  });
});

describe('plan reader: seed 002 (commune Hoằng Trung, prose)', () => {
  const plan = read('002');

  it('is the plan of 2023 of UBND xã Hoằng Trung', () => {
    expect(plan.year).to.equal(2023);
    expect(plan.issuer).to.equal('UBND xã Hoằng Trung');
    expect(plan.implements).to.deep.equal([]);
  });

  it('reports by quarter, half-year, nine months and year', () => {
    expect(plan.reporting.periods).to.deep.equal(['quarter', 'half-year', 'nine-months', 'year']);
  });

  it('turns the channels named in prose into tasks with no quota, each flagged for review', () => {
    const radio = only(plan.tasks, (t) => t.channels.includes('radio'), 'radio task');
    expect(radio.quota).to.equal(null);
    expect(radio.source).to.equal('prose');
    expect(plan.needsReview.some((n) => n.taskId === radio.id && n.field === 'quota')).to.equal(true);
    expect(plan.channels).to.include.members(['web-portal', 'radio', 'banner', 'meeting']);
  });
});

describe('plan reader: seed 000 (district Sìn Hồ, prose, no header)', () => {
  const plan = read('000');

  it('reports every half-year and every year', () => {
    expect(plan.reporting.periods).to.deep.equal(['half-year', 'year']);
  });

  it('names web-portal, radio, pano, banner and leaflet among its channels', () => {
    expect(plan.channels).to.include.members(['web-portal', 'radio', 'pano', 'banner', 'leaflet']);
  });

  it('infers the issuer from the text and asks a person to check it', () => {
    expect(plan.issuer).to.equal('UBND huyện Sìn Hồ');
    expect(plan.needsReview.some((n) => n.field === 'issuer')).to.equal(true);
    expect(plan.year).to.equal(2024);
  });

  it('gives no quota to a channel without a number', () => {
    const leaflet = only(plan.tasks, (t) => t.channels.includes('leaflet'), 'leaflet task');
    expect(leaflet.quota).to.equal(null);
    expect(plan.needsReview.some((n) => n.taskId === leaflet.id && n.field === 'quota')).to.equal(true);
  });
});

describe('plan reader: seed 004 (commune Gia Viễn, prose by audience, "nếu có")', () => {
  const plan = read('004');

  it('implements 02/KH-UBND of 2024-01-03', () => {
    expect(plan.implements.map(({ number, issuedOn }) => ({ number, issuedOn }))).to.deep.equal([
      { number: '02/KH-UBND', issuedOn: '2024-01-03' },
    ]);
    expect(plan.issuer).to.equal('UBND xã Gia Viễn');
  });

  it('names web-portal, radio, zalo-oa, facebook and youtube; the last three are optional', () => {
    expect(plan.channels).to.include.members(['web-portal', 'radio', 'zalo-oa', 'facebook', 'youtube']);
    expect(plan.optionalChannels).to.have.members(['zalo-oa', 'facebook', 'youtube']);
    const social = only(plan.tasks, (t) => t.channels.includes('facebook'), 'social media task');
    expect(social.optional).to.equal(true);
    expect(social.channels).to.have.members(['zalo-oa', 'facebook', 'youtube']);
    const portal = plan.tasks.filter((t) => t.channels.includes('web-portal'));
    expect(portal.length).to.be.greaterThan(0);
    expect(portal.every((t) => !t.optional)).to.equal(true);
  });
});
