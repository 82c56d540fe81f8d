/** Writing one cell of a loaded workbook changes that cell only, even where ExcelJS shares its style object. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/xlsx';
import { contentOfCell, setStyle, writeContent } from '../../src/xlsx/cell-content';
import { FIXTURES } from '../helpers/workbooks';

async function twoCellsSharingAStyle(): Promise<[ExcelJS.Cell, ExcelJS.Cell]> {
  const workbook = await loadWorkbook(readFileSync(join(FIXTURES, 'seed-001.xlsx')));
  const cells: ExcelJS.Cell[] = [];
  workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  for (const a of cells) {
    const b = cells.find((c) => c !== a && c.style === a.style);
    if (b) return [a, b];
  }
  throw new Error('the fixture has no two cells sharing a style');
}

test('a number format written to one cell leaves the cells that shared its style as they were', async () => {
  const [a, b] = await twoCellsSharingAStyle();
  const before = JSON.stringify(b.style);
  writeContent(a, { value: 12.5, numFmt: '0.000' });
  expect(a.numFmt).toBe('0.000');
  expect(JSON.stringify(b.style)).toBe(before);
});

test('a fill set on one cell stays on that cell; clearing it removes the key', async () => {
  const [a, b] = await twoCellsSharingAStyle();
  const before = JSON.stringify(b.fill);
  setStyle(a, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } });
  expect(JSON.stringify(b.fill)).toBe(before);
  setStyle(a, { fill: undefined });
  expect('fill' in a.style).toBe(false);
});

test('a formula keeps the value written as its cached result, and reads back as value and formula', async () => {
  const [a] = await twoCellsSharingAStyle();
  writeContent(a, { value: 91.04, formula: 'SUM(H6:H21)', numFmt: '0.00' });
  expect(contentOfCell(a)).toEqual({ value: 91.04, formula: 'SUM(H6:H21)', numFmt: '0.00' });
});
