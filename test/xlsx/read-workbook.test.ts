/** The .xlsx adapter reads what the workbook holds: values, formulas, formats, merged areas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1 } from '../../src/core';
import { loadWorkbook, toWorkbookGrid } from '../../src/xlsx';
import { FIXTURES } from '../helpers/workbooks';

test.each(['seed-001.xlsx', 'variants/layouts.xlsx'])('%s: merged areas are exactly the ones the file declares', async (file) => {
  const workbook = await loadWorkbook(readFileSync(join(FIXTURES, file)));
  const grid = toWorkbookGrid(workbook);
  expect(workbook.worksheets.length).toBeGreaterThan(0);
  workbook.eachSheet((ws) => {
    const declared = [...ws.model.merges].sort();
    const read = grid.sheets.find((s) => s.name === ws.name)!.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort();
    expect(read).toEqual(declared);
    expect(read.length).toBeGreaterThan(10);
  });
});

test('values, number formats and formulas as the cells hold them', async () => {
  const workbook = await loadWorkbook(readFileSync(join(FIXTURES, 'variants/layouts.xlsx')));
  const sheet = toWorkbookGrid(workbook).sheets.find((s) => s.name === '公式合计')!;
  const total = sheet.rows.flatMap((row) => row ?? []).find((cell) => cell?.formula);
  expect(total).toEqual({ value: 95.63, formula: 'SUM(H13:H19)+H6', numFmt: undefined });
  const rate = sheet.rows[5]![6];
  expect(rate).toEqual({ value: 0.9634, numFmt: '0.00%' });
  expect(sheet.rows[2]![1]).toEqual({ value: '残疾人基本保障和帮扶经费' });
});
