/**
 * The engine's edits written as a patch (what `score` and the web page's download write): all or none, and
 * nothing changes but their cells — no value, formula, number format or style elsewhere, no merge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook, type CellEdit } from '../../src/core';
import { scoreCells } from '../../src/cli/score-file';
import { WorkbookHost } from '../../src/browser/workbook-host';
import { loadWorkbook, patchWorkbook, PatchRefused, readWorkbookGrid, toWorkbookGrid } from '../../src/xlsx';
import { messageIn } from '../../src/host/spreadsheet-host';
import { changedCells, FIXTURES, unfixedAfterWrite } from '../helpers/workbooks';

async function scored(file: string) {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
  const before = await readWorkbookGrid(bytes);
  const edits = analyzeWorkbook(before).flatMap((f) => f.edits);
  const written = await patchWorkbook(bytes, scoreCells(edits));
  return { bytes, written, before, after: await readWorkbookGrid(written), edits };
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
  const { bytes, written, edits } = await scored('seed-001.xlsx');
  const original = await loadWorkbook(bytes);
  const reread = await loadWorkbook(written);
  const edited = new Set(edits.map((e) => `${e.sheet}!${e.row + 1},${e.col + 1}`));
  const differences: string[] = [];
  original.eachSheet((ws) => {
    const other = reread.getWorksheet(ws.name)!;
    expect(other.columns.map((c) => c.width)).toEqual(ws.columns.map((c) => c.width));
    expect(other.pageSetup.fitToWidth).toBe(ws.pageSetup.fitToWidth);
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (edited.has(`${ws.name}!${r},${c}`)) return;
        // Number formats too: a style is shared between cells, and a careless write changes them all.
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
  const { edits, after } = await scored('variants/broken.xlsx');
  const list = edits.filter((e) => e.sheet === '漏评').map((e) => `${e.cell} ${e.kind} ${e.current.value} → ${e.next}`);
  expect(list).toEqual(['H14 indicator-score null → 10']);
  expect(after.sheets.find((s) => s.name === '漏评')!.rows[13]![7]!.value).toBe(10);
});

test('a grade that does not match is rewritten in the form’s words', async () => {
  const { edits, after } = await scored('variants/broken.xlsx');
  expect(edits.filter((e) => e.sheet === '等级不符').map((e) => [e.cell, e.current.value, e.next])).toEqual([['B8', '良好', '优秀']]);
  expect(after.sheets.find((s) => s.name === '等级不符')!.rows[7]![1]!.value).toBe('优秀');
});

test('all or none: a write naming a sheet the file does not have writes nothing', async () => {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'seed-001.xlsx')));
  const edits = analyzeWorkbook(await readWorkbookGrid(bytes)).flatMap((f) => f.edits);
  const cells = [...scoreCells(edits), { sheet: '不存在的表', row: 0, col: 0, value: 1 }];
  const refused = await patchWorkbook(bytes, cells).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(PatchRefused);
  expect((refused as PatchRefused).message).toBe('找不到工作表“不存在的表”，未写入任何单元格');
  expect(messageIn(refused, 'en-US')).toBe('Sheet "不存在的表" was not found; no cell was written'); // the page in English
});

test('all or none: a cell changed since the preview stops every write, and the download is the file as opened', async () => {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'seed-001.xlsx')));
  const host = await WorkbookHost.open(bytes, 'form.xlsx');
  const edits: CellEdit[] = analyzeWorkbook({ sheets: await host.readSheets('all') }).flatMap((f) => f.edits);
  expect(edits.length).toBeGreaterThan(2);
  const stale = edits[edits.length - 1];
  const cells = scoreCells(edits);
  const expected = edits.map((e, i) => (i === edits.length - 1 ? { value: 12345 } : e.current));
  await expect(host.writeCells(cells, expected)).rejects.toThrow(/在预览后被修改过，未写入任何单元格/);
  const first = edits[0];
  expect(host.grid(first.sheet).rows[first.row]![first.col]!.value).toEqual(first.current.value);
  expect(host.grid(stale.sheet).rows[stale.row]![stale.col]!.value).toEqual(stale.current.value);
  expect(Buffer.from(await host.toBytes()).equals(Buffer.from(bytes))).toBe(true);
});

test.each([
  ['seed-001.xlsx', 'shanghai-2019'],
  ['seed-000.xlsx', 'mof-2020'],
] as const)('%s under the %s profile chosen by hand: the total written is what its cells add up to', async (file, profile) => {
  // The profile changes bands and rules; the form's own layout still says which cells the total adds up.
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
  const edits = analyzeWorkbook(await readWorkbookGrid(bytes), { profile }).flatMap((f) => f.edits);
  expect(edits.some((e) => e.kind === 'total')).toBe(true);
  const written = toWorkbookGrid(await loadWorkbook(await patchWorkbook(bytes, scoreCells(edits))));
  const left = analyzeWorkbook(written, { profile }).flatMap((f) => f.report.problems.filter((p) => p.rule === 'total-sum').map((p) => `${f.form.sheet}!${p.cell}`));
  expect(left).toEqual([]);
});
