import { Decimal } from '../../src/core/decimal';
import { achievementRatio, parseActual, parseTarget, suggestScore } from '../../src/core/targets';

function suggest(target: string, actual: string, weight: number, rule: 'ratio' | 'linear' = 'ratio') {
  const t = parseTarget(target);
  const a = t ? parseActual(actual, t) : null;
  return suggestScore(t, a, new Decimal(weight), rule).score?.toString() ?? null;
}

describe('suggested indicator scores (DOMAIN.md examples)', () => {
  test('=2个 with 1.6 gives 8 of 10', () => expect(suggest('=2个', '1.6', 10)).toBe('8'));
  test('42.47% of =100% gives 4.25 of 10', () => expect(suggest('=100%', '42.47%', 10)).toBe('4.25'));
  test('90% of =100% gives 7.2 of 8', () => expect(suggest('=100%', '90%', 8)).toBe('7.2'));
  test('a positive target met or passed gives full marks', () => {
    expect(suggest('>=85%', '90', 10)).toBe('10'); // a bare 90 against a percentage means 90%
    expect(suggest('≥350.00(个)', '411.00(个)', 15)).toBe('15');
    expect(suggest('>=3000人次', '5.2万人次', 5)).toBe('5');
  });
  test('a zero target: full if zero, else nothing', () => {
    expect(suggest('=0次', '0次', 10)).toBe('10');
    expect(suggest('=0.00(%)', '0.00(%)', 15)).toBe('15');
    expect(suggest('=0次', '2次', 10)).toBe('0');
  });
  test('a reverse target loses points by the chosen rule', () => {
    expect(suggest('≤2小时', '1.5小时', 10)).toBe('10');
    expect(suggest('2小时内', '4小时', 10)).toBe('5'); // ratio: 2 / 4 × 10
    expect(suggest('2小时内', '3小时', 10, 'linear')).toBe('5'); // linear: 0 at 4 hours
    expect(suggest('<=2小时', '5小时', 10, 'linear')).toBe('0');
  });
  test('qualitative targets: full when met, no number when not', () => {
    expect(suggest('及时', '及时', 5)).toBe('5');
    expect(suggest('全区共享', '达成指标', 15)).toBe('15');
    expect(suggest('1份年度运维总结报告', '达成指标', 10)).toBe('10');
    expect(suggest('及时', '不够及时', 10)).toBeNull();
    expect(suggest('提高', '未能有效提高', 15)).toBeNull();
    expect(suggest('=1次', '', 4)).toBeNull();
  });
});

describe('parseTarget', () => {
  test('kinds and values', () => {
    expect(parseTarget('>=90%')).toMatchObject({ kind: 'positive', percent: true });
    expect(parseTarget('≥90.00(%)')).toMatchObject({ kind: 'positive', percent: true });
    expect((parseTarget('≥90.00(%)') as { value: Decimal }).value.toString()).toBe('0.9');
    expect(parseTarget('=100%')).toMatchObject({ kind: 'equality' });
    expect(parseTarget('=0次')).toMatchObject({ kind: 'zero' });
    expect(parseTarget('2 小时内')).toMatchObject({ kind: 'reverse' });
    expect(parseTarget('1 份年度运维总结报告')).toMatchObject({ kind: 'equality' });
    expect((parseTarget('1 份年度运维总结报告') as { value: Decimal }).value.toString()).toBe('1');
    expect(parseTarget('健全且有效')).toMatchObject({ kind: 'qualitative' });
    expect(parseTarget('')).toBeNull();
  });
  test('achievement ratio only for positive targets', () => {
    const t = parseTarget('>=3000人次')!;
    expect(achievementRatio(t, parseActual('5.2万人次', t))?.toFixed(2)).toBe('17.33');
    const eq = parseTarget('=5次')!;
    expect(achievementRatio(eq, parseActual('6', eq))).toBeNull();
  });
});

describe('comparators and units of other regions', () => {
  test('≧, ≦, ═, ﹦ and ＝ read as ≥, ≤ and =', () => {
    expect(parseTarget('≧50公里')).toMatchObject({ kind: 'positive', unit: '公里' });
    expect(parseTarget('≦2.4万元')).toMatchObject({ kind: 'reverse' });
    for (const eq of ['═100%', '﹦100%', '＝100%']) expect(parseTarget(eq)).toMatchObject({ kind: 'equality', percent: true });
  });
  test('a calendar year (a 完成时限, 鄂州 2019) is a date: full when the actual names it, no number when it is late', () => {
    expect(parseTarget('2019年')).toMatchObject({ kind: 'qualitative' });
    expect(suggest('2019年', '2019年', 15)).toBe('15');
    // Not 2020 ≥ 2019 read as passing an amount: a year late is for the author to judge.
    expect(suggest('2019年', '2020年', 20)).toBeNull();
    // Amounts in 年 stay amounts.
    expect(suggest('≥5年', '4.5年', 10)).toBe('9');
  });

  test('an actual of 115.25% against a bare target of 10 is 115.25, not 1.1525', () => {
    const t = parseTarget('≥10')!;
    expect((parseActual('115.25%', t) as { value: Decimal }).value.toString()).toBe('115.25');
    expect(achievementRatio(t, parseActual('115.25%', t))!.toString()).toBe('11.525');
  });
});
