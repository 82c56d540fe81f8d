/**
 * The write contract every host keeps (src/host/spreadsheet-host.ts, docs/hosts.md "The write contract"), run
 * against all five: the in-memory host, the web page's host (an .xlsx file in ExcelJS), the .xlsx path of
 * `jixiao score` (the real patch writer on real bytes, read back), the Excel host over the Office.js fake and
 * the WPS host over the ET fake. Before a write: every target still holds what the preview showed, and no
 * target is a locked cell of a protected sheet; otherwise nothing is written and the refusal names the cell.
 * The same edits put the same content in every host (cellWrites: formulas where the engine has them). A write
 * that fails part-way leaves every cell of the batch as it was; a template whose insertion fails leaves no sheet.
 */
import ExcelJS from 'exceljs';
import type { CellEdit } from '../../src/core';
import { buildTemplate } from '../../src/core/templates/build';
import type { SheetDesign } from '../../src/core/design';
import type { CellContent, CellWrite, SpreadsheetHost } from '../../src/host/spreadsheet-host';
import { cellWrites, HostError, restoreWrite } from '../../src/host/spreadsheet-host';
import { createExcelHost } from '../../src/excel/excel-host';
import { createWpsHost } from '../../src/wps/wps-host';
import { WorkbookHost } from '../../src/browser/workbook-host';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { asOfficeJs, createFakeExcel } from './excel/fake-excel';
import { createFakeEt } from './wps/fake-et';
import { MemoryHost } from './memory-host';
import { XlsxFileHost } from './xlsx-file-host';
import { xmlParser } from '../wps/helpers';

/** A sheet `表`: A1 项目, B1 得分, A2 甲, B2 5, C2 =B2*2 (10). B2 is the input cell a protected form unlocks. */
interface World {
  host: SpreadsheetHost;
  /** Protects `表` (with a password where the host keeps one), leaving B2 unlocked. */
  protect(): void | Promise<void>;
  isProtected(): boolean | Promise<boolean>;
  /** Lets `n` more writes through, then fails one: a write failing part-way (hosts whose fake can). */
  failWritesAfter?(n: number): void;
  /** A template whose insertion will fail part-way in this host (hosts where it can). */
  failingTemplate?(): SheetDesign;
}

/** The sheet as an .xlsx file's bytes, made by ExcelJS (the formula with its cached result, as Excel saves it). */
async function formBytes(protect = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('表');
  ws.getCell('A1').value = '项目';
  ws.getCell('B1').value = '得分';
  ws.getCell('A2').value = '甲';
  ws.getCell('B2').value = 5;
  ws.getCell('C2').value = { formula: 'B2*2', result: 10 } as ExcelJS.CellFormulaValue;
  if (protect) {
    ws.getCell('B2').protection = { locked: false };
    await ws.protect('jixiao', {});
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The sheet protection ExcelJS read from the file (its typings leave it out). */
const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } }).sheetProtection;

const TEMPLATE = () => buildTemplate('mof-2020', { year: 2025 });

const HOSTS: [string, () => Promise<World>][] = [
  [
    'memory',
    async () => {
      const host = new MemoryHost([{ name: '表', rows: [[{ value: '项目' }, { value: '得分' }], [{ value: '甲' }, { value: 5 }, { value: 10, formula: 'B2*2' }]], merges: [] }]);
      return {
        host,
        protect: () => void (host.protectedSheets.add('表'), host.unlockedCells.add('表!1,1')),
        isProtected: () => host.protectedSheets.has('表'),
      };
    },
  ],
  [
    'browser',
    async () => {
      let host = await WorkbookHost.open(await formBytes(), 'form.xlsx');
      const world: World = {
        host,
        protect: async () => {
          host = await WorkbookHost.open(await formBytes(true), 'form.xlsx');
          world.host = host;
        },
        isProtected: async () => Boolean(protectionOf((await loadWorkbook(await host.toBytes())).getWorksheet('表')!)?.sheet),
        // ExcelJS refuses to merge an area twice: a design with two overlapping merges fails part-way through.
        failingTemplate: () => {
          const design = TEMPLATE();
          return { ...design, merges: [...design.merges, design.merges[0]] };
        },
      };
      return world;
    },
  ],
  [
    '.xlsx file (jixiao score)',
    async () => {
      const host = new XlsxFileHost(await formBytes());
      return {
        host,
        protect: async () => void (host.bytes = await formBytes(true)),
        isProtected: async () => {
          const protection = protectionOf((await loadWorkbook(host.bytes)).getWorksheet('表')!);
          return Boolean(protection?.sheet && protection.hashValue); // protected, its password kept
        },
        // The writer refuses a sheet whose merges overlap (Excel would drop them on opening), after writing its cells.
        failingTemplate: () => {
          const design = TEMPLATE();
          return { ...design, merges: [...design.merges, design.merges[0]] };
        },
      };
    },
  ],
  [
    'Excel',
    async () => {
      const fake = createFakeExcel({ sheets: [{ name: '表', rows: [['项目', '得分'], ['甲', 5, 10]], formulas: { C2: '=B2*2' } }] });
      const sheet = fake.model.sheet('表')!;
      return {
        host: createExcelHost(...asOfficeJs(fake)),
        failWritesAfter: (n) => void (fake.model.failWritesAfter = n),
        protect: () => void ((sheet.protected = true), (sheet.unlocked = [{ top: 1, left: 1, bottom: 1, right: 1 }])),
        isProtected: () => sheet.protected,
        failingTemplate: () => ((fake.model.failWritesAfter = 5), TEMPLATE()),
      };
    },
  ],
  [
    'WPS',
    async () => {
      const fake = createFakeEt({ sheets: [{ name: '表', cells: [[{ value: '项目' }, { value: '得分' }], [{ value: '甲' }, { value: 5 }, { value: 10, formula: '=B2*2' }]] }] });
      const sheet = fake.model.sheet('表')!;
      return {
        host: createWpsHost(fake.app, { parser: xmlParser() }),
        failWritesAfter: (n) => void (fake.model.failWritesAfter = n),
        protect: () => void ((sheet.protected = true), (sheet.unlocked = [{ top: 1, left: 1, bottom: 1, right: 1 }])),
        isProtected: () => sheet.protected,
        failingTemplate: () => ((fake.model.failWritesAfter = 5), TEMPLATE()),
      };
    },
  ],
];

/** The sheet's cells as the host reads them (values of formulas left out: the fakes do not calculate). */
async function cells(host: SpreadsheetHost) {
  const [grid] = await host.readSheets(['表']);
  const out: Record<string, unknown> = {};
  grid.rows.forEach((row, r) => row?.forEach((cell, c) => cell && (out[`${r},${c}`] = cell.formula ? { formula: cell.formula, numFmt: cell.numFmt } : cell)));
  return out;
}

const SCORE: CellWrite = { sheet: '表', row: 1, col: 1, value: 7 };
const TOTAL: CellWrite = { sheet: '表', row: 1, col: 2, value: 21, formula: 'B2*3', numFmt: '0.00' };
const NOW: CellContent[] = [{ value: 5 }, { value: 10, formula: 'B2*2' }];

/** The engine's edits for the sheet: a score as a value, the total with its live formula (a cell holding a value now). */
const EDITS: CellEdit[] = [
  { sheet: '表', row: 1, col: 1, cell: 'B2', kind: 'indicator-score', current: { value: 5 }, next: 7, reason: '得分' },
  { sheet: '表', row: 0, col: 2, cell: 'C1', kind: 'total', current: { value: null }, next: 14, formula: 'B2*2', numFmt: '0.00', reason: '总分' },
];

describe.each(HOSTS)('%s', (_, make) => {
  test('a write puts in values, formulas and formats; writing back what it returned restores the sheet exactly', async () => {
    const { host } = await make();
    const original = await cells(host);
    const before = await host.writeCells([SCORE, TOTAL], NOW);
    expect(before).toEqual(NOW);
    expect(await cells(host)).toMatchObject({ '1,1': { value: 7 }, '1,2': { formula: 'B2*3', numFmt: '0.00' } });
    await host.writeCells([SCORE, TOTAL].map((cell, i) => restoreWrite(cell, before[i])), [{ value: 7 }, { value: 21, formula: 'B2*3' }]);
    expect(await cells(host)).toEqual(original);
  });

  test('the same edits put the same content in every host: the total as its formula, the score as a value (cellWrites)', async () => {
    const { host } = await make();
    await host.writeCells(cellWrites(EDITS), EDITS.map((e) => e.current));
    const after = await cells(host);
    expect(after['1,1']).toMatchObject({ value: 7 });
    expect(after['1,1']).not.toHaveProperty('formula', expect.anything());
    expect(after['0,2']).toEqual({ formula: 'B2*2', numFmt: '0.00' });
  });

  test('a target changed since the preview: refused as "changed", naming the cell; nothing written', async () => {
    const { host } = await make();
    const original = await cells(host);
    const failure = host.writeCells([SCORE, TOTAL], [{ value: 5 }, { value: 99 }]);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ reason: 'changed', message: expect.stringContaining('表!C2') });
    expect(await cells(host)).toEqual(original);
  });

  test('a protected sheet: its unlocked cells are written and it stays protected; a locked target is refused by address, nothing written', async () => {
    const world = await make();
    await world.protect();
    const original = await cells(world.host);
    const failure = world.host.writeCells([SCORE, TOTAL], NOW);
    await expect(failure).rejects.toMatchObject({ reason: 'protected', message: expect.stringMatching(/C2 已锁定/) });
    expect(await cells(world.host)).toEqual(original);
    await world.host.writeCells([SCORE], [NOW[0]]);
    expect(await cells(world.host)).toMatchObject({ '1,1': { value: 7 } });
    expect(await world.isProtected()).toBe(true);
  });

  test('a sheet that is gone: refused as "missing-sheet"', async () => {
    const { host } = await make();
    await expect(host.writeCells([{ ...SCORE, sheet: '不存在' }], [{ value: null }])).rejects.toMatchObject({ reason: 'missing-sheet' });
  });
});

// The in-memory, web page and .xlsx hosts check everything and then write in memory, in one step that cannot
// fail part-way (the .xlsx writer returns new bytes or none); Excel and WPS write through the host and can.
describe.each(HOSTS.filter(([name]) => name === 'Excel' || name === 'WPS'))('%s', (_, make) => {
  test.each([0, 1])('a write failing part-way (after %i writes): every cell of the batch is put back; the HostError keeps the host\'s error as its cause', async (n) => {
    const world = await make();
    const original = await cells(world.host);
    world.failWritesAfter!(n);
    const failure = world.host.writeCells([SCORE, TOTAL], NOW);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ cause: expect.any(Error) }); // the host's own error, kept for diagnosis
    expect(await cells(world.host)).toEqual(original);
  });
});

// A template is inserted as a new sheet; where that can fail part-way, the half-made sheet is removed.
describe.each(HOSTS.filter(([name]) => name !== 'memory'))('%s', (_, make) => {
  test('a template whose insertion fails part-way leaves no sheet behind; the sheets are as they were', async () => {
    const world = await make();
    const names = async () => (await world.host.readSheets('all')).map((g) => g.name);
    const before = await names();
    await expect(world.host.addDesign(world.failingTemplate!())).rejects.toBeDefined();
    expect(await names()).toEqual(before);
    // and the same template inserts whole once nothing fails
    const name = await world.host.addDesign(TEMPLATE());
    expect(await names()).toEqual([...before, name]);
  });
});
