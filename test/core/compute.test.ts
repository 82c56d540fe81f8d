import { bandScoreRange } from '../../src/core/compute';
import { Decimal, roundTo } from '../../src/core/decimal';
import { PROFILES } from '../../src/core/profiles';

const score = (executed: string, planned: string, rounding: 'half-up' | 'truncate') =>
  roundTo(new Decimal(10).times(Decimal.min(new Decimal(executed).dividedBy(planned), 1)), 2, rounding).toString();

test('budget score: both published conventions', () => {
  expect(score('1801330', '1810940', 'half-up')).toBe('9.95'); // 001: 99.47% → 9.95
  expect(score('8.98', '9.00', 'truncate')).toBe('9.97'); // 003: 99.77% → 9.97
  expect(score('8.98', '9.00', 'half-up')).toBe('9.98');
});

test('form A 预算执行率: linear inside the band', () => {
  const profile = PROFILES['shanghai-2019'];
  const at = (rate: string) => bandScoreRange(new Decimal(rate), new Decimal(8), profile);
  expect(at('0.8').linear.toString()).toBe('6');
  expect(at('0.85').linear.toString()).toBe('7');
  expect(at('0.9').linear.toString()).toBe('8');
  expect(at('1').linear.toString()).toBe('8');
  expect(at('0.75').linear.toString()).toBe('5');
  expect(at('0.69').linear.toString()).toBe('0');
  expect([at('0.85').low.toString(), at('0.85').high.toString()]).toEqual(['6', '8']);
});
