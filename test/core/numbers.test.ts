import { hasFloatTail, parseNumberText, readNumericCell } from '../../src/core/numbers';

const value = (text: string) => parseNumberText(text)?.value.toString() ?? null;

describe('parseNumberText reads numbers as users type them', () => {
  test.each([
    ['1,505,492', '1505492'],
    ['2,612,933.32', '2612933.32'],
    ['96.41%', '0.9641'],
    ['６', '6'],
    ['１２．５', '12.5'],
    ['6分', '6'],
    ['0次', '0'],
    ['5.2万人次', '52000'],
    ['≥90.00(%)'.slice(1), '0.9'],
    ['411.00(个)', '411'],
    ['100.00(%)', '1'],
    ['  8 ', '8'],
    ['-2', '-2'],
  ])('%s → %s', (text, expected) => expect(value(text)).toBe(expected));

  test.each(['', '及时', '六', '6-8', '1 份年度运维总结报告', '预算内', '12.3.4', '=100%'])('%s is no number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  test('counts the printed decimals in the unit printed', () => {
    expect(parseNumberText('96.41%')).toMatchObject({ places: 2, percent: true });
    expect(parseNumberText('1,087,800.00')).toMatchObject({ places: 2, percent: false });
    expect(parseNumberText('6分')).toMatchObject({ places: 0, unit: '分' });
  });
});

describe('readNumericCell', () => {
  test('a real number takes its printed places from the number format', () => {
    const cell = readNumericCell({ value: 0.9641, numFmt: '0.00%' });
    expect(cell).toMatchObject({ kind: 'number', places: 2, percent: true, asText: false });
  });
  test('a number typed as text is read and flagged', () => {
    expect(readNumericCell({ value: '６' })).toMatchObject({ kind: 'number', asText: true });
    expect(readNumericCell({ value: '6分' })).toMatchObject({ kind: 'number', asText: true });
  });
  test('text that is no number is invalid; dashes and blanks are blank', () => {
    expect(readNumericCell({ value: '待定' })).toEqual({ kind: 'invalid', text: '待定' });
    expect(readNumericCell({ value: '—' })).toEqual({ kind: 'blank' });
    expect(readNumericCell(undefined)).toEqual({ kind: 'blank' });
    expect(readNumericCell({ value: true })).toMatchObject({ kind: 'invalid' });
  });
});

describe('hasFloatTail spots sums done in binary floating point', () => {
  test.each([90.78999999999999, 0.1 + 0.2, 81.6 + 9.19])('%p has a tail', (v) => expect(hasFloatTail(v)).toBe(true));
  test.each([90.79, 9.95, 100, 0.9641, 1 / 3, Math.PI])('%p has none', (v) => expect(hasFloatTail(v)).toBe(false));
});
