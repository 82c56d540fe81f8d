/** One workbook per defect found by fuzzing, each failing before its fix: read, scored and read back. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { analyzeWorkbook, type CellEdit } from '../../src/core';
import { checkFile } from '../../src/cli/check-files';
import { jsonReport } from '../../src/cli/json-report';
import { scoreCells } from '../../src/cli/score-file';
import { patchWorkbook, readWorkbookGrid } from '../../src/xlsx';
import { hasFloatTail } from '../../src/core/numbers';
import { cellsOf, partsOf } from '../helpers/packages';
import { messageIn } from '../../src/host/spreadsheet-host';

const FUZZ = join(__dirname, 'fuzz');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FUZZ, name)));

async function editsOf(bytes: Uint8Array): Promise<CellEdit[]> {
  return analyzeWorkbook(await readWorkbookGrid(bytes)).flatMap((f) => f.edits);
}

async function score(bytes: Uint8Array) {
  const edits = await editsOf(bytes);
  const out = await patchWorkbook(bytes, scoreCells(edits));
  return { edits, out, again: await editsOf(out), grid: await readWorkbookGrid(out) };
}

const cellOf = (grid: Awaited<ReturnType<typeof readWorkbookGrid>>, sheet: string, row: number, col: number) => grid.sheets.find((s) => s.name === sheet)!.rows[row]?.[col];

test('a blank rate beside a merged label is written right of the merge (not into it), and reads back', async () => {
  const { edits, grid, again } = await score(bytesOf('blank-rate-after-merged-label.xlsx'));
  const sheet = '(社保卡中心)社会保障卡制作经费';
  expect(edits.map((e) => `${e.sheet}!${e.cell}`)).toEqual([`${sheet}!F5`]);
  expect(cellOf(grid, sheet, 4, 5)).toMatchObject({ value: 0.9999, numFmt: '0.00%' });
  expect(again).toEqual([]);
});

test('cells and parts no edit touches stay: a t="d" date, an internal hyperlink, the jixiao.settings custom property', async () => {
  const input = bytesOf('unedited-cells-and-parts-lost.xlsx');
  const { edits, out } = await score(input);
  expect(edits.length).toBeGreaterThan(0);
  const before = await partsOf(input);
  const after = await partsOf(out);
  expect(after.get('docProps/custom.xml')!.equals(before.get('docProps/custom.xml')!)).toBe(true);
  const sheetBefore = before.get('xl/worksheets/sheet1.xml')!.toString('utf8');
  const sheetAfter = after.get('xl/worksheets/sheet1.xml')!.toString('utf8');
  expect(cellsOf(sheetAfter).cells.get('F13')).toBe(cellsOf(sheetBefore).cells.get('F13'));
  expect(cellsOf(sheetAfter).cells.get('F13')).toContain('t="d"');
  expect(/<hyperlinks>[\s\S]*?<\/hyperlinks>/.exec(sheetAfter)![0]).toBe(/<hyperlinks>[\s\S]*?<\/hyperlinks>/.exec(sheetBefore)![0]);
});

describe('a protected sheet', () => {
  test('with the target cells locked: refused, naming them and what to do, nothing written', async () => {
    const input = bytesOf('protection-password-dropped.xlsx');
    const edits = await editsOf(input);
    const refused = await patchWorkbook(input, scoreCells(edits)).catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/工作表“自评表”受保护，要写入的 H15、H21 已锁定，未写入任何单元格。请在 Excel 或 WPS 中“审阅 → 撤销工作表保护”/);
    expect(messageIn(refused, 'en-US')).toMatch(/^Sheet "自评表" is protected and H15, H21 to be written are locked; no cell was written\. Unprotect the sheet/);
  });

  test('with the target cells unlocked: written, and the protection — password hash included — kept byte for byte', async () => {
    const input = await unlock(bytesOf('protection-password-dropped.xlsx'), ['H15', 'H21']);
    const { edits, out, again } = await score(input);
    expect(edits.map((e) => e.cell)).toEqual(['H15', 'H21']);
    const protection = (b: Buffer) => /<sheetProtection [^>]*\/>/.exec(b.toString('utf8'))![0];
    const before = (await partsOf(input)).get('xl/worksheets/sheet1.xml')!;
    const after = (await partsOf(out)).get('xl/worksheets/sheet1.xml')!;
    expect(protection(after)).toBe(protection(before));
    expect(protection(after)).toMatch(/password="[0-9A-F]{4}"|hashValue="/);
    expect(again).toEqual([]);
  });
});

/** The workbook with `cells` of its first sheet given a copy of their style that is not locked (as 设置单元格格式 → 保护 does). */
async function unlock(bytes: Uint8Array, cells: string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let styles = await zip.file('xl/styles.xml')!.async('string');
  let sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const count = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  styles = styles.replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, (_, body) => `<cellXfs count="${count + 1}">${body}<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs>`);
  for (const ref of cells) sheet = sheet.replace(new RegExp(`<c r="${ref}"( s="\\d+")?`), `<c r="${ref}" s="${count}"`);
  zip.file('xl/styles.xml', styles);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('a rate under 1.5% reads back as what it means, and a second score changes nothing', async () => {
  const { edits, grid, again } = await score(bytesOf('rate-under-1.5pct-not-idempotent.xlsx'));
  expect(edits.find((e) => e.kind === 'rate')).toMatchObject({ cell: 'G6', next: 0.01, numFmt: '0.00%' });
  expect(cellOf(grid, '自评表', 5, 6)).toMatchObject({ value: 0.01, numFmt: '0.00%' });
  const problems = analyzeWorkbook(grid).flatMap((f) => f.report.problems.map((p) => p.rule));
  expect(problems).not.toContain('execution-rate');
  expect(again).toEqual([]);
});

test('a blank form gets its grade in the same score as its scores', async () => {
  const { edits, again } = await score(bytesOf('blank-form-grade-needs-second-score.xlsx'));
  expect(edits.map((e) => e.kind)).toContain('grade');
  expect(again).toEqual([]);
});

test('score writes no float tail, and so warns of none it wrote', async () => {
  const { edits, grid, again } = await score(bytesOf('score-writes-float-tail.xlsx'));
  for (const e of edits) expect([e.cell, typeof e.next === 'number' && hasFloatTail(e.next)]).toEqual([e.cell, false]);
  expect(edits.find((e) => e.cell === 'H15')?.next).toBe(10);
  const written = new Set(edits.map((e) => e.cell));
  const tails = analyzeWorkbook(grid).flatMap((f) => f.report.problems.filter((p) => p.rule === 'float-artifact' && written.has(p.cell)));
  expect(tails).toEqual([]);
  expect(again).toEqual([]);
});

test('a rate with a float tail no one can see (0.9026000000000001 shown as 90.26%): read as 0.9026, no warning, no advice', async () => {
  const [form] = analyzeWorkbook(await readWorkbookGrid(bytesOf('float-artifact-rate-message.xlsx')));
  // The cell is formatted 0.00%: it shows 90.26%, what was meant, so neither a float warning nor a precision note.
  expect(form.report.problems.filter((p) => p.cell === 'G6')).toEqual([]);
  expect(form.report.budget?.rate.declared).toBe(0.9026);
});

test('hundreds of digits in a weight cell: a short message, and numbers (never null) where the report promises them', async () => {
  const report = jsonReport([await checkFile(join(FUZZ, 'huge-number-text-null-in-report.xlsx'), {})]);
  const text = JSON.stringify(report);
  expect(text.length).toBeLessThan(20_000);
  expect(text).not.toMatch(/NaN|Infinity|e\+\d{3}/);
  const form = report.files[0].forms[0];
  for (const p of form.problems) expect(p.message.length).toBeLessThan(200);
  expect(form.problems.find((p) => p.cell === 'G13')?.rule).toBe('not-a-number');
  for (const g of form.groups) expect([g.name, typeof g.weight.sum, typeof g.score.sum]).toEqual([g.name, 'number', 'number']);
  expect(typeof form.total.computed).toBe('number');
  expect(typeof form.total.suggested).toBe('number');
});

test('a shared formula whose first cell is edited: the write succeeds, and the rest of the group keeps its formula', async () => {
  const input = bytesOf('shared-formula-master.xlsx');
  const before = await readWorkbookGrid(input);
  const { edits, grid, again } = await score(input);
  expect(edits.map((e) => e.cell)).toContain('H21');
  expect(cellOf(before, '自评表', 20, 8)?.formula).toBe('SUM(I13:I20)');
  expect(cellOf(grid, '自评表', 20, 8)).toEqual(cellOf(before, '自评表', 20, 8));
  expect(cellOf(grid, '自评表', 20, 7)?.formula).toBe(edits.find((e) => e.cell === 'H21')!.formula);
  expect(again).toEqual([]);
});

test('a merge of a whole column is clipped to the cells the sheet holds', async () => {
  const grid = await readWorkbookGrid(bytesOf('whole-column-merge.xlsx'));
  const used = Math.max(...grid.sheets.map((s) => s.rows.length));
  expect(used).toBeLessThan(100);
  for (const s of grid.sheets) for (const m of s.merges) expect(m.bottom).toBeLessThan(used);
  const { again } = await score(bytesOf('whole-column-merge.xlsx'));
  expect(again).toEqual([]);
});

test('a number cell with an empty value reads as blank, not NaN (which no comparison would match)', async () => {
  const zip = await JSZip.loadAsync(bytesOf('float-artifact-rate-message.xlsx'));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<c r="H15"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="H15"$1><v></v></c>'));
  const input = await zip.generateAsync({ type: 'uint8array' });
  const grid = await readWorkbookGrid(input);
  expect(cellOf(grid, '自评表', 14, 7)).toBeUndefined();
  const text = JSON.stringify(analyzeWorkbook(grid).map((f) => f.report));
  expect(text).not.toMatch(/NaN|Infinity/);
  const { again } = await score(input);
  expect(again).toEqual([]);
});
