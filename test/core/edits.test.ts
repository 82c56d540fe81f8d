/** The edits the engine proposes carry the value to write and, where one can, the live formula. */
import { analyzeSheet } from '../../src/core';
import { fixtureSheets, setCell } from '../helpers/grids';
import { analyzeFixture } from '../helpers/workbooks';

const editsOf = async (file: string, sheet: string) =>
  (await analyzeFixture(file)).find((f) => f.form.sheet === sheet)!.edits.map((e) => [e.cell, e.kind, e.next, e.formula ?? null]);

test('form B: the rate, the budget score and the total as formulas over the amounts and score cells', async () => {
  expect(await editsOf('variants/broken.xlsx', '执行率算错')).toEqual([
    ['G6', 'rate', 0.6037, 'ROUND(E6/D6,4)'],
    ['H6', 'budget-score', 6.04, 'ROUND(F6*MIN(E6/D6,1),2)'],
    ['H22', 'total', 91.04, 'SUM(H13:H21,H6)'],
  ]);
});

test('form A: the grade as IFs over the bands the 说明 states', async () => {
  expect(await editsOf('variants/broken.xlsx', '等级不符')).toEqual([
    ['B8', 'grade', '优秀', 'IF(E31>=90,"优秀",IF(E31>=75,"良好",IF(E31>=60,"合格","不合格")))'],
  ]);
});

test('a form B score filled by suggestion is a value: its rule reads text no formula can', async () => {
  expect(await editsOf('variants/broken.xlsx', '漏评')).toEqual([['H14', 'indicator-score', 10, null]]);
});

test('a total already right, typed or as a live formula, is left alone', async () => {
  expect(await editsOf('variants/layouts.xlsx', '公式合计')).toEqual([]);
  expect(await editsOf('seed-001.xlsx', '残疾人教育和就业经费')).toEqual([]);
});

test('a score stored as text stays out of SUM: the total then goes in as a value, which adds it', async () => {
  const [grid] = await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']);
  setCell(grid, 12, 7, { value: '9' }); // H13 typed as text; the budget score (H6) is wrong, so the total changes
  const [form] = analyzeSheet(grid);
  const total = form.edits.find((e) => e.kind === 'total')!;
  expect(total.next).toBe(91.04);
  expect(total.formula).toBeUndefined();
  expect(form.edits.find((e) => e.kind === 'budget-score')?.formula).toBe('ROUND(F6*MIN(E6/D6,1),2)');
});
