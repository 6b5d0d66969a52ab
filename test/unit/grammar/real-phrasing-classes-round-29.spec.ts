/**
 * Classes of real phrasing found in round 29's dev part (written here in phrasings of our own),
 * with the fields a reading must not have.
 */
import { describeClasses } from './phrase-expectations.js';

describeClasses('grammar: real phrasing, round 29', {
  'a month named beside the year it falls in is the time meant; a plan pointed to is then no unresolved time': [
    {
      text: 'Theo kế hoạch của Tỉnh đoàn, chiến dịch Hè 2024, tháng 6 là tháng ra quân đồng loạt.',
      kind: 'timeframe',
      expected: { from: '2024-06-01', to: '2024-06-30' },
      absent: ['unresolved'],
    },
    { text: 'Theo kế hoạch số 12/KH-UBND', kind: 'timeframe', expected: { unresolved: true }, absent: ['from', 'to'] },
  ],
  'an amount per entity written on another count is no rate of the counted': [
    {
      text: 'Phường có 4.215 hộ được hỗ trợ, với mức 500.000 đồng/hộ',
      kind: 'quota',
      expected: { count: 4215, unit: 'hộ', per: null, total: true },
      absent: ['perEntity'],
    },
    {
      text: 'Mức hỗ trợ là 500.000 đồng/hộ',
      kind: 'quota',
      expected: { count: 500000, unit: 'đồng', perEntity: 'hộ' },
    },
  ],
});
