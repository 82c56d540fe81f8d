/** Edits are applied to a copy, all or none, and change nothing but their cells. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook, type CellEdit } from '../../src/core';
import { applyEdits, loadWorkbook, toWorkbookGrid } from '../../src/xlsx';
import { changedCells, FIXTURES, unfixedAfterWrite } from '../helpers/workbooks';

async function scored(file: string) {
  const bytes = readFileSync(join(FIXTURES, file));
  const before = toWorkbookGrid(await loadWorkbook(bytes));
  const workbook = await loadWorkbook(bytes);
  const edits = analyzeWorkbook(toWorkbookGrid(workbook)).flatMap((f) => f.edits);
  applyEdits(workbook, edits);
  const written = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const after = toWorkbookGrid(await loadWorkbook(written));
  return { before, after, edits };
}

describe.each(['seed-000.xlsx', 'seed-001.xlsx', 'seed-002.xlsx', 'seed-003.xlsx', 'seed-004.xlsx', 'variants/broken.xlsx'])('%s scored', (file) => {
  let result: Awaited<ReturnType<typeof scored>>;
  beforeAll(async () => {
    result = await scored(file);
  });

  test('leaves no rate, budget score, total or grade error behind', () => {
    expect(unfixedAfterWrite(result.after)).toEqual([]);
  });

  test('changes nothing outside the edited cells, and merges stay', () => {
    const edited = new Set(result.edits.map((e) => `${e.sheet}!${e.row},${e.col}`));
    expect(changedCells(result.before, result.after).filter((k) => !edited.has(k))).toEqual([]);
    expect(result.after.sheets.map((s) => s.merges.length)).toEqual(result.before.sheets.map((s) => s.merges.length));
  });
});

test('styles, column widths and page setup outside the edits stay as they were', async () => {
  const bytes = readFileSync(join(FIXTURES, 'seed-001.xlsx'));
  const original = await loadWorkbook(bytes);
  const workbook = await loadWorkbook(bytes);
  const edits = analyzeWorkbook(toWorkbookGrid(workbook)).flatMap((f) => f.edits);
  applyEdits(workbook, edits);
  const reread = await loadWorkbook(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  const edited = new Set(edits.map((e) => `${e.sheet}!${e.row + 1},${e.col + 1}`));
  const differences: string[] = [];
  original.eachSheet((ws) => {
    const other = reread.getWorksheet(ws.name)!;
    expect(other.columns.map((c) => c.width)).toEqual(ws.columns.map((c) => c.width));
    expect(other.pageSetup.fitToWidth).toBe(ws.pageSetup.fitToWidth);
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (edited.has(`${ws.name}!${r},${c}`)) return;
        // Number formats too: ExcelJS shares one style object between cells, and a careless write changes them all.
        if (JSON.stringify(cell.style) !== JSON.stringify(other.getCell(r, c).style)) differences.push(`${ws.name}!${cell.address}`);
      }),
    );
  });
  expect(differences).toEqual([]);
});

test('seed 001: the edits a reviewer would expect', async () => {
  const { edits } = await scored('seed-001.xlsx');
  const list = (sheet: string) => edits.filter((e) => e.sheet === sheet).map((e) => `${e.cell} ${e.kind} ${e.current.value} → ${e.next}`);
  expect(list('残疾人事业宣传经费')).toEqual(['H6 budget-score 10 → 6.04', 'H22 total 95 → 91.04']);
  expect(list('残疾人事业综合保障经费')).toEqual(['H28 total 90.78999999999999 → 90.79']);
  expect(list('残疾人教育和就业经费')).toEqual([]);
});

test('an empty score with a rule-based suggestion is filled (the printed total then adds up)', async () => {
  const { edits } = await scored('variants/broken.xlsx');
  const list = edits.filter((e) => e.sheet === '漏评').map((e) => `${e.cell} ${e.kind} ${e.current.value} → ${e.next}`);
  expect(list).toEqual(['H14 indicator-score null → 10']);
});

test('a grade that does not match is rewritten in the form’s words', async () => {
  const { edits } = await scored('variants/broken.xlsx');
  expect(edits.filter((e) => e.sheet === '等级不符').map((e) => [e.cell, e.current.value, e.next])).toEqual([['B8', '良好', '优秀']]);
});

test('all or none: a cell changed since the preview stops every write', async () => {
  const workbook = await loadWorkbook(readFileSync(join(FIXTURES, 'seed-001.xlsx')));
  const edits: CellEdit[] = analyzeWorkbook(toWorkbookGrid(workbook)).flatMap((f) => f.edits);
  expect(edits.length).toBeGreaterThan(2);
  const stale = edits[edits.length - 1];
  workbook.getWorksheet(stale.sheet)!.getCell(stale.row + 1, stale.col + 1).value = 12345;
  expect(() => applyEdits(workbook, edits)).toThrow(/已被修改.*未写入任何单元格/);
  const first = edits[0];
  expect(workbook.getWorksheet(first.sheet)!.getCell(first.row + 1, first.col + 1).value).toEqual(first.current.value);
});

test.each([
  ['seed-001.xlsx', 'shanghai-2019'],
  ['seed-000.xlsx', 'mof-2020'],
] as const)('%s under the %s profile chosen by hand: the total written is what its cells add up to', async (file, profile) => {
  // The profile changes bands and rules; the form's own layout still says which cells the total adds up.
  const workbook = await loadWorkbook(readFileSync(join(FIXTURES, file)));
  const edits = analyzeWorkbook(toWorkbookGrid(workbook), { profile }).flatMap((f) => f.edits);
  expect(edits.some((e) => e.kind === 'total')).toBe(true);
  applyEdits(workbook, edits);
  const left = analyzeWorkbook(toWorkbookGrid(workbook), { profile }).flatMap((f) => f.report.problems.filter((p) => p.rule === 'total-sum').map((p) => `${f.form.sheet}!${p.cell}`));
  expect(left).toEqual([]);
});
