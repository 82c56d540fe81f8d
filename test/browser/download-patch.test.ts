/**
 * The web page's download: the workbook as opened, patched with the cells written, the sheets added and the
 * marks left since — every other part byte for byte (a chart, the custom property, the add-in's parts,
 * macros) — and, on a protected sheet, a write to a locked cell refused naming the cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { analyzeWorkbook } from '../../src/core';
import { WorkbookHost } from '../../src/browser/workbook-host';
import { rolloverDesign } from '../../src/core/templates/rollover';
import { loadWorkbook, readWorkbookGrid, toWorkbookGrid } from '../../src/xlsx';
import { hexOfFill } from '../../src/xlsx/cell-content';
import { workbookParts } from '../../src/xlsx/package/parts';
import { openPackage } from '../../src/xlsx/package/zip';
import { cellsOf, decorate, partsOf } from '../helpers/packages';
import { FIXTURES } from '../helpers/workbooks';

async function opened(bytes: Uint8Array) {
  const host = await WorkbookHost.open(bytes, 'form.xlsx');
  const edits = analyzeWorkbook({ sheets: await host.readSheets('all') }).flatMap((f) => f.edits);
  const cells = edits.map((e) => ({ sheet: e.sheet, row: e.row, col: e.col, value: e.next, ...(e.formula ? { formula: e.formula } : {}), ...(e.numFmt ? { numFmt: e.numFmt } : {}) }));
  return { host, edits, cells };
}

test('written cells are patched into the file as opened: every other part stays byte for byte', async () => {
  const input = await decorate(readFileSync(join(FIXTURES, 'seed-001.xlsx')), { protect: [], macros: true });
  const { host, edits, cells } = await opened(input);
  expect(edits.length).toBeGreaterThan(0);
  await host.writeCells(cells, edits.map((e) => e.current));
  const out = await host.toBytes();
  const before = await partsOf(input);
  const after = await partsOf(out);
  const parts = await workbookParts(await openPackage(input));
  const sheets = new Set(edits.map((e) => parts.sheets.find((s) => s.name === e.sheet)!.path));
  const differing = [...before.keys()].filter((n) => !before.get(n)!.equals(after.get(n)!));
  expect(differing.filter((n) => !sheets.has(n) && n !== 'xl/styles.xml' && n !== 'xl/workbook.xml')).toEqual([]);
  expect([...after.keys()]).toEqual([...before.keys()]);
  // what was written reads back, formulas included; and nothing is left to write
  const grid = await readWorkbookGrid(out);
  for (const e of edits) {
    const cell = grid.sheets.find((s) => s.name === e.sheet)!.rows[e.row]![e.col]!;
    expect([e.cell, cell.value, cell.formula]).toEqual([e.cell, e.next, e.formula]);
  }
  expect(analyzeWorkbook(grid).flatMap((f) => f.edits)).toEqual([]);
});

test('written and then undone: the download is the file as opened, byte for byte', async () => {
  const input = new Uint8Array(readFileSync(join(FIXTURES, 'seed-001.xlsx')));
  const { host, edits, cells } = await opened(input);
  const before = await host.writeCells(cells, edits.map((e) => e.current));
  await host.writeCells(
    before.map((c, i) => ({ sheet: cells[i].sheet, row: cells[i].row, col: cells[i].col, value: c.value, ...(c.formula ? { formula: c.formula } : {}), numFmt: c.numFmt ?? 'General' })),
    cells.map((c) => ({ value: c.value, ...(c.formula ? { formula: c.formula } : {}) })),
  );
  expect(Buffer.from(await host.toBytes()).equals(Buffer.from(input))).toBe(true);
});

test('a locked cell on a protected sheet is refused, naming it and what to do; nothing is written', async () => {
  const zip = await JSZip.loadAsync(readFileSync(join(__dirname, '..', 'xlsx', 'fuzz', 'protection-password-dropped.xlsx')));
  const { host, edits, cells } = await opened(await zip.generateAsync({ type: 'uint8array' }));
  await expect(host.writeCells(cells, edits.map((e) => e.current))).rejects.toThrow('工作表“自评表”受保护，单元格 H15、H21 已锁定');
  expect(host.dirty).toBe(false);
});

test('next year’s form, a report sheet and a mark added in the page: patched in, every other part byte for byte', async () => {
  const input = await decorate(readFileSync(join(FIXTURES, 'seed-001.xlsx')), { protect: [], macros: true });
  const host = await WorkbookHost.open(input, 'form.xlsx');
  const sheets = await host.readSheets('all');
  const [source] = analyzeWorkbook({ sheets });
  const rolled = await host.addDesign(rolloverDesign(sheets.find((s) => s.name === source.form.sheet)!, source.form));
  // a score written into the new sheet, as the pane writes it
  const [next] = analyzeWorkbook({ sheets: [host.grid(rolled)] });
  const x = next.form.groups[0].indicators[0];
  await host.writeCells([{ sheet: rolled, row: x.row, col: next.form.scoreCol, value: 7 }], [{ value: null }]);
  const first = sheets[0].name;
  const report = await host.addSheet('检查结果', [['表', '单元格'], [first, { text: 'H6', link: { sheet: first, row: 5, col: 7 } }]]);
  // one mark left, another put back as it was
  await host.setFills([{ sheet: first, row: 5, col: 7, color: '#FFC7CE' }, { sheet: first, row: 6, col: 7, color: '#FFC7CE' }]);
  await host.setFills([{ sheet: first, row: 6, col: 7, color: null }]);
  const out = await host.toBytes();

  const before = await partsOf(input);
  const after = await partsOf(out);
  const parts = await workbookParts(await openPackage(out));
  const added = [rolled, report].map((n) => parts.sheets.find((s) => s.name === n)!.path);
  expect([...after.keys()]).toEqual([...before.keys(), ...added]);
  const firstPart = parts.sheets.find((s) => s.name === first)!.path;
  const lists = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', 'xl/styles.xml', firstPart];
  expect([...before.keys()].filter((n) => !lists.includes(n) && !before.get(n)!.equals(after.get(n)!))).toEqual([]);
  // the marked sheet differs only in the marked cell's style
  const a = cellsOf(before.get(firstPart)!.toString('utf8'));
  const b = cellsOf(after.get(firstPart)!.toString('utf8'));
  expect(b.skeleton).toBe(a.skeleton);
  expect([...b.cells.keys()].filter((ref) => a.cells.get(ref) !== b.cells.get(ref))).toEqual(['H6']);
  expect(b.cells.get('H6')!.replace(/ s="\d+"/, '')).toBe(a.cells.get('H6')!.replace(/ s="\d+"/, ''));

  // what the page showed is what the file holds
  const workbook = await loadWorkbook(out);
  const grid = toWorkbookGrid(workbook);
  for (const name of [rolled, report]) expect(grid.sheets.find((s) => s.name === name)!.rows).toEqual(host.grid(name).rows);
  expect(grid.sheets.find((s) => s.name === rolled)!.rows[x.row]![next.form.scoreCol]!.value).toBe(7);
  expect(grid.sheets.find((s) => s.name === report)!.rows[1]![1]).toEqual({ value: 'H6', formula: `HYPERLINK("#'${first}'!H6","H6")` });
  expect(workbook.getWorksheet(report)!.getCell('A1').font).toMatchObject({ bold: true });
  expect(hexOfFill(workbook.getWorksheet(first)!.getCell('H6').fill)).toBe('#FFC7CE');
  expect(hexOfFill(workbook.getWorksheet(first)!.getCell('H7').fill)).toBe(hexOfFill((await loadWorkbook(input)).getWorksheet(first)!.getCell('H7').fill));
  expect(analyzeWorkbook(grid).map((f) => f.form.sheet)).toContain(rolled);
});

test('marks put back as they were: the download is the file as opened, byte for byte', async () => {
  const input = new Uint8Array(readFileSync(join(FIXTURES, 'seed-001.xlsx')));
  const host = await WorkbookHost.open(input, 'form.xlsx');
  const first = host.sheetNames[0];
  const [was] = await host.setFills([{ sheet: first, row: 5, col: 7, color: '#FFC7CE' }]);
  await host.setFills([{ sheet: first, row: 5, col: 7, color: was.color }]);
  expect(Buffer.from(await host.toBytes()).equals(Buffer.from(input))).toBe(true);
});
