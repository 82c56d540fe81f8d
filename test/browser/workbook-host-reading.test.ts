/**
 * The page's host reads each sheet into a grid once, when the file opens, saying how far it has come; a write
 * to a sheet is seen by the next read of it (a check after a write reads what was written).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSheet } from '../../src/core';
import { WorkbookHost } from '../../src/browser/workbook-host';
import { FIXTURES } from '../helpers/workbooks';

test('opening reports every sheet read, in order, to the last', async () => {
  const seen: [number, number][] = [];
  const host = await WorkbookHost.open(readFileSync(join(FIXTURES, 'seed-001.xlsx')), 'seed-001.xlsx', null, (done, total) => seen.push([done, total]));
  const n = host.sheetNames.length;
  expect(n).toBeGreaterThan(10);
  expect(seen).toEqual(host.sheetNames.map((_, i) => [i + 1, n]));
});

test('a sheet written is read again: the next check sees the new value, other sheets are the grids read at opening', async () => {
  const host = await WorkbookHost.open(readFileSync(join(FIXTURES, 'seed-001.xlsx')), 'seed-001.xlsx');
  const [before] = await host.readSheets(['残疾人事业宣传经费']);
  const [other] = await host.readSheets(['残疾人权益保障经费']);
  const [form] = analyzeSheet(before);
  const edit = form.edits.find((e) => e.cell === 'H6')!; // the budget score, 10 where the rules give 6.04
  await host.writeCells([{ sheet: edit.sheet, row: edit.row, col: edit.col, value: edit.next }], [edit.current]);
  const [after] = await host.readSheets(['残疾人事业宣传经费']);
  expect(after.rows[5]![7]!.value).toBe(6.04);
  expect(analyzeSheet(after)[0].check.findings.some((f) => f.cell === 'H6' && f.rule === 'budget-score')).toBe(false);
  expect((await host.readSheets(['残疾人权益保障经费']))[0]).toBe(other); // unwritten: not read again
});
