/**
 * The write contract every host keeps, run against each host this suite can build: the in-memory host, the
 * Excel host over the Office.js fake, the WPS host over the ET fake. Before a write: every target still holds
 * what the preview showed, and no target is a locked cell of a protected sheet; otherwise nothing is written
 * and the refusal names the cell. A write puts values, formulas and number formats in; writing back what it
 * returned restores the sheet exactly; a protected sheet stays protected.
 */
import type { CellContent, CellWrite, SpreadsheetHost } from '../../src/host/spreadsheet-host';
import { HostError, restoreWrite } from '../../src/host/spreadsheet-host';
import { createExcelHost } from '../../src/excel/excel-host';
import { createWpsHost } from '../../src/wps/wps-host';
import { asOfficeJs, createFakeExcel } from './excel/fake-excel';
import { createFakeEt } from './wps/fake-et';
import { MemoryHost } from './memory-host';
import { xmlParser } from '../wps/helpers';

/** A sheet `表`: A1 项目, B1 得分, A2 甲, B2 5, C2 =B2*2 (10). B2 is the input cell a protected form unlocks. */
interface World {
  host: SpreadsheetHost;
  /** Protects `表`, leaving B2 unlocked. */
  protect(): void;
  isProtected(): boolean;
  /** Lets `n` more writes through, then fails one: a write failing part-way (hosts whose fake can). */
  failWritesAfter?(n: number): void;
}

const HOSTS: [string, () => World][] = [
  [
    'memory',
    () => {
      const host = new MemoryHost([{ name: '表', rows: [[{ value: '项目' }, { value: '得分' }], [{ value: '甲' }, { value: 5 }, { value: 10, formula: 'B2*2' }]], merges: [] }]);
      return {
        host,
        protect: () => (host.protectedSheets.add('表'), host.unlockedCells.add('表!1,1')),
        isProtected: () => host.protectedSheets.has('表'),
      };
    },
  ],
  [
    'Excel',
    () => {
      const fake = createFakeExcel({ sheets: [{ name: '表', rows: [['项目', '得分'], ['甲', 5, 10]], formulas: { C2: '=B2*2' } }] });
      const sheet = fake.model.sheet('表')!;
      return {
        host: createExcelHost(...asOfficeJs(fake)),
        failWritesAfter: (n) => (fake.model.failWritesAfter = n),
        protect: () => ((sheet.protected = true), (sheet.unlocked = [{ top: 1, left: 1, bottom: 1, right: 1 }])),
        isProtected: () => sheet.protected,
      };
    },
  ],
  [
    'WPS',
    () => {
      const fake = createFakeEt({ sheets: [{ name: '表', cells: [[{ value: '项目' }, { value: '得分' }], [{ value: '甲' }, { value: 5 }, { value: 10, formula: '=B2*2' }]] }] });
      const sheet = fake.model.sheet('表')!;
      return {
        host: createWpsHost(fake.app, { parser: xmlParser() }),
        failWritesAfter: (n) => (fake.model.failWritesAfter = n),
        protect: () => ((sheet.protected = true), (sheet.unlocked = [{ top: 1, left: 1, bottom: 1, right: 1 }])),
        isProtected: () => sheet.protected,
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

describe.each(HOSTS)('%s', (_, make) => {
  test('a write puts in values, formulas and formats; writing back what it returned restores the sheet exactly', async () => {
    const { host } = make();
    const original = await cells(host);
    const before = await host.writeCells([SCORE, TOTAL], NOW);
    expect(before).toEqual(NOW);
    expect(await cells(host)).toMatchObject({ '1,1': { value: 7 }, '1,2': { formula: 'B2*3', numFmt: '0.00' } });
    await host.writeCells([SCORE, TOTAL].map((cell, i) => restoreWrite(cell, before[i])), [{ value: 7 }, { value: 21, formula: 'B2*3' }]);
    expect(await cells(host)).toEqual(original);
  });

  test('a target changed since the preview: refused as "changed", naming the cell; nothing written', async () => {
    const { host } = make();
    const original = await cells(host);
    const failure = host.writeCells([SCORE, TOTAL], [{ value: 5 }, { value: 99 }]);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ reason: 'changed', message: expect.stringContaining('单元格 表!C2 在预览后被修改过') });
    expect(await cells(host)).toEqual(original);
  });

  test('a protected sheet: its unlocked cells are written and it stays protected; a locked target is refused by address, nothing written', async () => {
    const world = make();
    world.protect();
    const original = await cells(world.host);
    const failure = world.host.writeCells([SCORE, TOTAL], NOW);
    await expect(failure).rejects.toMatchObject({ reason: 'protected', message: expect.stringContaining('单元格 C2 已锁定') });
    expect(await cells(world.host)).toEqual(original);
    await world.host.writeCells([SCORE], [NOW[0]]);
    expect(await cells(world.host)).toMatchObject({ '1,1': { value: 7 } });
    expect(world.isProtected()).toBe(true);
  });

  test('a sheet that is gone: refused as "missing-sheet"', async () => {
    const { host } = make();
    await expect(host.writeCells([{ ...SCORE, sheet: '不存在' }], [{ value: null }])).rejects.toMatchObject({ reason: 'missing-sheet' });
  });
});

// The in-memory host writes in one step and cannot fail part-way; the others can.
describe.each(HOSTS.filter(([name]) => name !== 'memory'))('%s', (_, make) => {
  test.each([0, 1])('a write failing part-way (after %i writes): what was written is put back; a HostError keeps the host\'s error as its cause', async (n) => {
    const world = make();
    const original = await cells(world.host);
    world.failWritesAfter!(n);
    const failure = world.host.writeCells([SCORE, TOTAL], NOW);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ cause: expect.any(Error) }); // the host's own error, kept for diagnosis
    expect(await cells(world.host)).toEqual(original);
  });
});
