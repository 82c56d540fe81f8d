import { a1, columnName, parseA1 } from '../../src/core';

test('A1 addresses both ways', () => {
  expect([0, 25, 26, 51, 701, 702, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
  expect(a1(5, 7)).toBe('H6');
  expect(parseA1('H6')).toEqual({ row: 5, col: 7 });
  expect(parseA1('$XFD$1048576')).toEqual({ row: 1048575, col: 16383 });
  expect(parseA1('第6行')).toBeNull();
});
