/**
 * The web page's download: the workbook as opened, patched with the cells written since — every other part
 * byte for byte (a chart, the custom property, the add-in's parts, macros) — and, on a protected sheet, a
 * write to a locked cell refused naming the cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { analyzeWorkbook } from '../../src/core';
import { WorkbookHost } from '../../src/browser/workbook-host';
import { readWorkbookGrid } from '../../src/xlsx';
import { workbookParts } from '../../src/xlsx/package/parts';
import { openPackage } from '../../src/xlsx/package/zip';
import { decorate, partsOf } from '../helpers/packages';
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
