/** A station's as-run log in CSV or JSON → confirmations, with bad rows named by line. */
import { expect } from 'chai';
import { asRunOutcome, parseAsRunLog, parseDuration, parseStationTime } from '../../../channels/radio/as-run.parser.js';

describe('radio as-run log', () => {
  it('reads a Vietnamese CSV with semicolons, local times and mm:ss durations; a skipped row is not aired', () => {
    const csv = [
      'Mã chương trình;Thời gian phát;Thời lượng;Trạng thái;Cụm loa',
      'loa-1;02/03/2026 06:30;12:04;đã phát;Cụm loa thôn 3',
      'loa-2;2026-03-02 17:00:05;600;Không phát;Cụm loa thôn 1',
    ].join('\n');
    const r = parseAsRunLog(csv, 'csv');
    expect(r.problems).to.deep.equal([]);
    expect(r.confirmations).to.deep.equal([
      { key: 'loa-1', playedAt: new Date('2026-03-01T23:30:00Z'), durationSec: 724, station: 'Cụm loa thôn 3', line: 2 },
    ]);
    expect(r.notAired).to.deep.equal([{ key: 'loa-2', status: 'Không phát', line: 3 }]);
  });

  it('reads JSON with ISO instants and English names', () => {
    const r = parseAsRunLog(JSON.stringify({ items: [{ id: 'loa-9', played_at: '2026-03-02T06:30:00+07:00', duration: 61.5 }] }), 'json');
    expect(r.confirmations).to.deep.equal([{ key: 'loa-9', playedAt: new Date('2026-03-01T23:30:00Z'), durationSec: 61.5, line: 1 }]);
  });

  it('names each bad row by its line and keeps the good ones', () => {
    const csv =
      'id,played_at,duration\n,2026-03-02 06:00,10\nloa-3,hôm qua,10\nloa-4,2026-03-02 06:00,mười phút\nloa-5,2026-03-02 06:00,\n';
    const r = parseAsRunLog(csv, 'csv');
    expect(r.problems.map((p) => [p.code, p.evidence.line])).to.deep.equal([
      ['AS_RUN_NO_ID', 2],
      ['AS_RUN_TIME_INVALID', 3],
      ['AS_RUN_DURATION_INVALID', 4],
    ]);
    expect(r.problems[1]!.message).to.equal('Dòng 3: thời gian phát "hôm qua" không đọc được.');
    expect(r.confirmations.map((c) => c.key)).to.deep.equal(['loa-5']);
  });

  it('an unreadable file is one problem, not an exception', () => {
    expect(parseAsRunLog('{not json', 'json').problems.map((p) => p.code)).to.deep.equal(['AS_RUN_UNREADABLE']);
    expect(parseAsRunLog('[1]', 'json').problems.map((p) => p.code)).to.deep.equal(['AS_RUN_NO_ID']);
  });

  it('times and durations in the forms stations write', () => {
    expect(parseStationTime('2026-03-02T06:30:00Z')).to.deep.equal(new Date('2026-03-02T06:30:00Z'));
    expect(parseStationTime('2/3/2026 6:30:15')).to.deep.equal(new Date('2026-03-01T23:30:15Z'));
    expect(parseStationTime('31/02/2026 06:00')).to.equal(null);
    expect([parseDuration('1:02:03'), parseDuration('12:04'), parseDuration('90'), parseDuration('1:2')]).to.deep.equal([
      3723,
      724,
      90,
      null,
    ]);
  });

  it('a confirmation settles the publication as published with the as-run in its detail', () => {
    expect(
      asRunOutcome({ key: 'loa-1', playedAt: new Date('2026-03-01T23:30:00Z'), durationSec: 724, station: 'Thôn 3', line: 2 }),
    ).to.deep.equal({
      kind: 'published',
      remoteId: 'loa-1',
      detail: { asRun: { playedAt: '2026-03-01T23:30:00.000Z', durationSec: 724, station: 'Thôn 3' } },
    });
  });
});
