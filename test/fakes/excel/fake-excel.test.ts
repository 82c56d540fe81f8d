/// <reference types="office-js" />
/**
 * Pins the fake to Office.js's behaviour. The batches are typed against @types/office-js (Excel.RequestContext),
 * so every name used here is a real API name; what they check is the behaviour adapter tests rely on.
 */
import { asOfficeJs, createFakeExcel, type FakeExcelOptions, FakeOfficeError, type FakeSheet } from './fake-excel';

const GRID = [
  ['项目', '预算数', '执行数'],
  ['宣传', 100, 60.37],
];

function workbook(options: FakeExcelOptions = {}) {
  return createFakeExcel({
    sheets: [
      { name: 'Sheet1', rows: GRID, formulas: { D2: '=C2/B2' }, numberFormats: { D2: '0.00%' } },
      { name: '残疾人经费', rows: [['x']], protected: true },
      { name: 'Empty' },
    ],
    ...options,
  });
}

/** Rejects like Office.js: an OfficeExtension.Error (RichApi.Error) with this code. */
async function expectExcelError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ name: 'RichApi.Error', code, debugInfo: expect.objectContaining({ code }) });
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

// Most checks sit inside an Excel.run callback: a batch that never ran must fail the test, not pass it.
beforeEach(() => expect.hasAssertions());

describe('proxies: load before read', () => {
  test('reading a property before load, or after load but before sync, throws PropertyNotLoaded', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C2');
      expect(thrownBy(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded', debugInfo: { errorLocation: 'Range.values' } });
      range.load('values');
      expect(thrownBy(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded' });
      await context.sync();
      expect(range.values).toEqual(GRID);
      expect(thrownBy(() => range.formulas)).toMatchObject({ code: 'PropertyNotLoaded' }); // only what was loaded
    });
  });

  test('the load forms: comma list, array, object, select, and navigation paths', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange('D2').load('values, formulas,numberFormat');
      const b = sheet.getRange('D2').load(['text', 'address']);
      const c = sheet.getRange('B2:C2').load({ rowIndex: true, columnIndex: true, rowCount: true, columnCount: true, format: { fill: { color: true } } });
      const d = sheet.getRange('A1').load('format/fill/color, format/font/bold');
      await context.sync();
      expect([a.values, a.formulas, a.numberFormat]).toEqual([[[0]], [['=C2/B2']], [['0.00%']]]);
      expect([b.text, b.address]).toEqual([[['0.00%']], 'Sheet1!D2']);
      expect([c.rowIndex, c.columnIndex, c.rowCount, c.columnCount, c.format.fill.color]).toEqual([1, 1, 1, 2, '#FFFFFF']);
      expect([d.format.fill.color, d.format.font.bold]).toEqual(['#FFFFFF', false]);
    });
  });

  test('collections load items/name; the items know only what was loaded', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      expect(thrownBy(() => sheets.items)).toMatchObject({ code: 'PropertyNotLoaded' });
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1', '残疾人经费', 'Empty']);
      expect(thrownBy(() => sheets.items[0].position)).toMatchObject({ code: 'PropertyNotLoaded' });
    });
  });

  test('a load sees the workbook at its place in the queue', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const before = sheet.getRange('B2').load('values');
      sheet.getRange('B2').values = [[120]];
      const after = sheet.getRange('B2').load('values');
      await context.sync();
      expect([before.values, after.values]).toEqual([[[100]], [[120]]]);
    });
  });

  test('writes are write-only: reading back needs load + sync, and shows what Excel stored', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
      range.values = [['001']];
      expect(thrownBy(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded' });
      await context.sync();
      expect(thrownBy(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded' });
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[1]]); // typed text becomes a number, as in Excel
    });
  });

  test('addresses carry the sheet, quoted the way Excel quotes it', async () => {
    const { Excel } = createFakeExcel({ sheets: [{ name: 'Sheet1' }, { name: 'Sheet 2' }, { name: '残疾人经费' }, { name: "it's" }] });
    const addresses = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ranges = [sheets.getItem('Sheet1').getRange('A1'), sheets.getItem('Sheet 2').getRange('B2:D5'), sheets.getItem('残疾人经费').getRange('C3:A1'), sheets.getItem("it's").getCell(0, 0)];
      ranges.forEach((r) => r.load('address'));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(['Sheet1!A1', "'Sheet 2'!B2:D5", "'残疾人经费'!A1:C3", "'it''s'!A1"]);
  });

  test('toJSON shows only loaded properties (so printing a proxy never throws)', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      expect(JSON.parse(JSON.stringify(range))).toEqual({ values: [['项目']] });
    });
  });
});

describe('writes: applied at sync, all or nothing', () => {
  test('a write changes the workbook only when the sync applies it', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2:C2').values = [[200, 150]];
      expect(model.sheet('Sheet1')!.cellAt('B2').value).toBe(100);
      await context.sync();
      expect(model.sheet('Sheet1')!.cellAt('B2').value).toBe(200);
    });
  });

  test('with atomicSyncs on (a choice of the test, not Excel), a failed sync undoes its other writes', async () => {
    const { Excel, model } = workbook();
    model.atomicSyncs = true;
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['changed']];
      context.workbook.worksheets.getItem('残疾人经费').getRange('A1').values = [['changed']];
      await context.sync();
    });
    await expectExcelError(run, 'AccessDenied');
    expect(model.sheet('Sheet1')!.cellAt('A1').value).toBe('项目');
    expect(model.sheet('残疾人经费')!.cellAt('A1').value).toBe('x');
  });

  test('by default, writes before the failing statement stay applied, as in real Excel', async () => {
    const { Excel, model } = workbook();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['changed']];
      context.workbook.worksheets.getItem('残疾人经费').getRange('A1').values = [['changed']];
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['not reached']];
      await context.sync();
    });
    await expectExcelError(run, 'AccessDenied');
    expect(['A1', 'A2'].map((a) => model.sheet('Sheet1')!.cellAt(a).value)).toEqual(['changed', '宣传']);
  });

  test('a protected sheet takes content in its unlocked cells only; locked is read per range, null when mixed', async () => {
    const { Excel, model } = createFakeExcel({ sheets: [{ name: '表', rows: [['项目', 1, 2]], protected: true, unlocked: ['B1:C1'] }] });
    const locked = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表');
      sheet.getRange('B1:C1').values = [[10, 20]];
      const reads = ['A1', 'B1', 'A1:B1'].map((a) => sheet.getRange(a).format.protection.load('locked'));
      const options = sheet.protection.load('protected, options');
      await context.sync();
      return [...reads.map((p) => p.locked), options.protected, options.options.allowFormatCells];
    });
    expect(locked).toEqual([true, false, null, true, false]);
    expect(model.sheet('表')!.cellAt('C1').value).toBe(20);
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('表').getRange('A1:B1').values = [['x', 'y']];
        await context.sync();
      }),
      'AccessDenied',
    );
    expect(model.sheet('表')!.cellAt('A1').value).toBe('项目');
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('表').getRange('B1').numberFormat = [['0.00']];
        await context.sync();
      }),
      'AccessDenied',
    );
  });

  test('format writes on a protected sheet are refused too', async () => {
    const { Excel, model } = workbook();
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('残疾人经费').getRange('A1').format.fill.color = '#FFC7CE';
        await context.sync();
      }),
      'AccessDenied',
    );
    expect(model.sheet('残疾人经费')!.cellAt('A1').fill).toBeNull();
  });

  test('an earlier successful sync stays applied when a later one fails', async () => {
    const { Excel, model } = workbook();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['first']];
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['too', 'many', 'columns']];
      await context.sync();
    });
    await expectExcelError(run, 'InvalidArgument');
    expect(model.sheet('Sheet1')!.cellAt('A1').value).toBe('first');
  });

  test('null (and what JSON turns into null: undefined, NaN) leaves a cell as it is; a single value fills the range', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A2:C2').values = [[null, undefined, Number.NaN]];
      sheet.getRange('E1:F2').values = 7 as unknown as number[][];
      await context.sync();
    });
    const sheet = model.sheet('Sheet1')!;
    expect(['A2', 'B2', 'C2', 'E1', 'F2'].map((a) => sheet.cellAt(a).value)).toEqual(['宣传', 100, 60.37, 7, 7]);
  });

  test('values and formulas are written as if typed; a Text-formatted cell keeps the string', async () => {
    const { Excel, model } = createFakeExcel({ sheets: [{ name: 'S', rows: [[5]], formulas: { A1: '=2+3' }, numberFormats: { C1: '@' } }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:D1').formulas = [['=2+4', '=B9', '001', '12.5%']];
      sheet.getRange('A2:B2').values = [["'001", 'TRUE']];
      await context.sync();
    });
    const s = model.sheet('S')!;
    expect(['A1', 'B1', 'C1', 'D1', 'A2', 'B2'].map((a) => [s.cellAt(a).value, s.cellAt(a).formula])).toEqual([
      [5, '=2+4'], // a formula replacing a formula keeps the cached value (the fake does not calculate)
      [0, '=B9'], // a new formula reads 0
      ['001', '001'],
      [0.125, 0.125],
      ['001', '001'],
      [true, true],
    ]);
    expect(s.cellAt('D1').numberFormat).toBe('0.00%');
  });

  test('numberFormat: null leaves a cell alone, "" resets to General', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('C2:D2').numberFormat = [['0.00', '']];
      context.workbook.worksheets.getItem('Sheet1').getRange('B2:C2').numberFormat = [[null, '#,##0.00']];
      await context.sync();
    });
    const sheet = model.sheet('Sheet1')!;
    expect(['B2', 'C2', 'D2'].map((a) => sheet.cellAt(a).numberFormat)).toEqual(['General', '#,##0.00', 'General']);
  });

  test('fill: no fill reads as white, pattern tells it apart, mixed fills read null; color = null is invalid', async () => {
    const { Excel } = createFakeExcel({ sheets: [{ name: 'S', fills: { B1: '#ffc7ce' } }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const none = sheet.getRange('A1').format.fill.load('color, pattern');
      const red = sheet.getRange('B1').format.fill.load('color, pattern');
      const mixed = sheet.getRange('A1:B1').format.fill.load('color, pattern');
      await context.sync();
      expect([none.color, none.pattern, red.color, red.pattern, mixed.color, mixed.pattern]).toEqual(['#FFFFFF', 'None', '#FFC7CE', 'Solid', null, null]);

      sheet.getRange('A1').format.fill.color = '#C6EFCE';
      sheet.getRange('B1').format.fill.clear();
      none.load('color');
      red.load('pattern');
      await context.sync();
      expect([none.color, red.pattern]).toEqual(['#C6EFCE', 'None']);

      sheet.getRange('A1').format.fill.color = null as unknown as string;
      await expectExcelError(context.sync(), 'InvalidArgument');
    });
  });

  test('select activates the sheet and moves the active cell; getSelectedRange follows it', async () => {
    const { Excel, model } = workbook();
    const address = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Empty').getCell(4, 2).select();
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      return selected.address;
    });
    expect(address).toBe('Empty!C5');
    expect(model.activeSheet.name).toBe('Empty');
    expect(model.activeSheet.activeCell).toEqual({ row: 4, col: 2 });
  });

  test('hyperlink: textToDisplay becomes the cell text', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Empty').getRange('A1').hyperlink = { documentReference: "'Sheet1'!B2", textToDisplay: '预算数' };
      await context.sync();
    });
    expect(model.sheet('Empty')!.cellAt('A1')).toMatchObject({ value: '预算数', hyperlink: { documentReference: "'Sheet1'!B2", textToDisplay: '预算数' } });
  });
});

describe('sync counting', () => {
  test('explicit syncs count, and Excel.run flushes (and counts) what is still queued after the batch', async () => {
    const { Excel, stats } = workbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2').load('values');
      await context.sync();
      range.values = [[Number(range.values[0][0]) + 1]]; // queued, never synced by the batch
    });
    expect(stats).toEqual({ runs: 1, syncs: 2, roundTrips: 2 });
  });

  test('a batch with nothing queued after its last sync adds no flush', async () => {
    const { Excel, stats } = workbook();
    const names = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name); // reading loaded values queues nothing
    });
    expect(names).toHaveLength(3);
    expect(stats).toEqual({ runs: 1, syncs: 1, roundTrips: 1 });
  });

  test('creating an object queues its instantiation (as in Office.js), so doing so after the last sync costs a flush', async () => {
    const { Excel, stats } = workbook();
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1');
    });
    expect(stats).toEqual({ runs: 1, syncs: 2, roundTrips: 1 }); // the empty sync sent nothing
  });

  test('beforeRoundTrip lets a test edit the sheet between two round trips', async () => {
    const { Excel, model } = workbook();
    model.beforeRoundTrip = (n) => {
      if (n === 2) model.sheet('Sheet1')!.setCell(1, 1, { ...model.sheet('Sheet1')!.cell(1, 1), value: 999, formula: 999 });
    };
    const seen = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2').load('values');
      await context.sync();
      const first = range.values[0][0];
      range.load('values');
      await context.sync();
      return [first, range.values[0][0]];
    });
    expect(seen).toEqual([100, 999]);
  });
});

describe('used range', () => {
  test('the bounding box of used cells; formatting counts unless valuesOnly', async () => {
    const { Excel } = createFakeExcel({ sheets: [{ name: 'S', rows: [[], [null, 'a'], [], [null, null, null, 'b']], fills: { F8: '#FFFF00' } }] });
    const [all, values] = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const ranges = [sheet.getUsedRange(), sheet.getUsedRange(true)].map((r) => r.load('address'));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect([all, values]).toEqual(['S!B2:F8', 'S!B2:D4']);
  });

  test('an empty sheet: getUsedRange gives A1, getUsedRangeOrNullObject a null object', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Empty');
      const used = sheet.getUsedRange().load('address, values');
      const orNull = sheet.getUsedRangeOrNullObject(true).load('address');
      expect(thrownBy(() => orNull.isNullObject)).toMatchObject({ code: 'PropertyNotLoaded' });
      await context.sync();
      expect([used.address, used.values]).toEqual(['Empty!A1', [['']]]);
      expect(orNull.isNullObject).toBe(true);
      expect(orNull.address).toBeUndefined(); // a null object's properties read as undefined
    });
  });
});

describe('merged areas (ExcelApi 1.13)', () => {
  const sheets = [{ name: 'S', rows: [['标题'], [1, 2, 3]], merges: ['A1:C1', 'E5:F6'] }];

  test('on 1.13: the merged areas touching the range, or a null object', async () => {
    const { Excel, Office } = createFakeExcel({ sheets, apiVersion: '1.13' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const merged = sheet.getRange('A1:F6').getMergedAreasOrNullObject().load('areaCount, address');
      merged.areas.load('items/address');
      const none = sheet.getRange('A2:C3').getMergedAreasOrNullObject();
      await context.sync();
      expect(merged.isNullObject).toBe(false);
      expect([merged.areaCount, merged.address]).toEqual([2, 'S!A1:C1, S!E5:F6']);
      expect(merged.areas.items.map((r) => r.address)).toEqual(['S!A1:C1', 'S!E5:F6']);
      expect(none.isNullObject).toBe(true);
    });
  });

  test('on 1.7: isSetSupported says no, and calling it throws ApiNotFound at once', async () => {
    const { Excel, Office } = createFakeExcel({ sheets, apiVersion: '1.7' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:C3');
      expect(thrownBy(() => range.getMergedAreasOrNullObject())).toMatchObject({ name: 'RichApi.Error', code: 'ApiNotFound' });
      const fill = range.format.fill.load('color');
      await context.sync();
      expect(thrownBy(() => fill.pattern)).toMatchObject({ code: 'ApiNotFound' }); // ExcelApi 1.9
    });
  });
});

describe('worksheets', () => {
  test('getItem of a missing sheet fails the next sync with ItemNotFound, even if the object is never used', async () => {
    const { Excel } = workbook();
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope');
        await context.sync();
      }),
      'ItemNotFound',
    );
  });

  test('getItem is case-insensitive; getItemOrNullObject gives a null object for a missing sheet', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const found = context.workbook.worksheets.getItem('sheet1').load('name');
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const inside = missing.getRange('A1').load('values');
      await context.sync();
      expect([found.name, missing.isNullObject, inside.isNullObject, inside.values]).toEqual(['Sheet1', true, true, undefined]);
    });
  });

  test('add puts the sheet at the end without activating it; a taken name is ItemAlreadyExists', async () => {
    const { Excel, model } = workbook();
    const position = await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add('审核意见').load('name, position');
      await context.sync();
      return added.position;
    });
    expect(position).toBe(3);
    expect(model.activeSheet.name).toBe('Sheet1');
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('审核意见');
        await context.sync();
      }),
      'ItemAlreadyExists',
    );
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('SHEET1');
        await context.sync();
      }),
      'ItemAlreadyExists',
    );
    expect(model.sheets.map((s) => s.name)).toEqual(['Sheet1', '残疾人经费', 'Empty', '审核意见']);
  });

  test('getActiveWorksheet stays bound to the sheet it found; activate changes the model', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet();
      await context.sync();
      context.workbook.worksheets.getItem('Empty').activate();
      active.load('name');
      await context.sync();
      expect(active.name).toBe('Sheet1');
    });
    expect(model.activeSheet.name).toBe('Empty');
  });

  test('delete removes the sheet and activates its neighbour; the deleted sheet is no longer found', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.delete();
      await context.sync();
      sheet.load('name');
      await expectExcelError(context.sync(), 'ItemNotFound');
    });
    expect([model.sheets.map((s) => s.name), model.activeSheet.name]).toEqual([['残疾人经费', 'Empty'], '残疾人经费']);
  });

  test('protection.protected is loadable', async () => {
    const { Excel } = workbook();
    const flags = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const protections = [sheets.getItem('Sheet1').protection, sheets.getItem('残疾人经费').protection].map((p) => p.load('protected'));
      await context.sync();
      return protections.map((p) => p.protected);
    });
    expect(flags).toEqual([false, true]);
  });

  test('bad addresses and indexes are InvalidArgument', async () => {
    const { Excel } = workbook();
    for (const make of [
      (s: Excel.Worksheet) => s.getRange('A0'),
      (s: Excel.Worksheet) => s.getRange('Other!A1'),
      (s: Excel.Worksheet) => s.getRangeByIndexes(0, 0, 0, 1),
      (s: Excel.Worksheet) => s.getCell(-1, 0),
    ]) {
      await expectExcelError(
        Excel.run(async (context) => {
          make(context.workbook.worksheets.getItem('Sheet1'));
          await context.sync();
        }),
        'InvalidArgument',
      );
    }
  });
});

describe('host states and limits', () => {
  test('in cell-edit mode every round trip fails with InvalidOperationInCellEditMode; an empty sync sends nothing', async () => {
    const { Excel, model } = workbook();
    model.cellEditMode = true;
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      await expectExcelError(context.sync(), 'InvalidOperationInCellEditMode');
    });
    expect(model.sheet('Sheet1')!.cellAt('A1').value).toBe('项目');
  });

  test('a request over 5 MB is refused whole (RequestPayloadSizeLimitExceeded); earlier statements of it are not applied', async () => {
    const { Excel, model } = workbook();
    const big = 'x'.repeat(1_000_000);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('F1').values = [['first']];
      sheet.getRange('G1:G6').values = [[big], [big], [big], [big], [big], [big]];
      await expectExcelError(context.sync(), 'RequestPayloadSizeLimitExceeded');
    });
    expect(model.sheet('Sheet1')!.cellAt('F1').value).toBe('');
  });

  test('a response over 5 MB fails the round trip (ResponsePayloadSizeLimitExceeded); each read alone goes through', async () => {
    const { Excel, model } = workbook();
    const sheet = model.sheet('Sheet1')!;
    const text = 'y'.repeat(1_000_000);
    for (let r = 10; r < 16; r++) sheet.setCell(r, 0, { ...sheet.cell(r, 0), value: text, formula: text });
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Sheet1');
      s.getRange('A11:A16').load('values');
      await expectExcelError(context.sync(), 'ResponsePayloadSizeLimitExceeded');
      for (const address of ['A11:A13', 'A14:A16']) {
        const half = s.getRange(address).load('values');
        await context.sync();
        expect(half.values.length).toBe(3);
      }
    });
  });

  test('a range read over five million cells is RangeExceedsLimit, refused before any value is built', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A:E').load('values'); // 5 × 1,048,576 cells
      await expectExcelError(context.sync(), 'RangeExceedsLimit');
    });
  });

  test('getMergedAreasOrNullObject fails over a range with more than 512 merged areas', async () => {
    const { Excel, model } = workbook();
    model.sheet('Sheet1')!.merges = Array.from({ length: 513 }, (_, i) => ({ top: 20 + i, left: 0, bottom: 20 + i, right: 1 }));
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Sheet1');
      s.getRange('A21:B533').getMergedAreasOrNullObject().load('areaCount');
      await expect(context.sync()).rejects.toMatchObject({ name: 'RichApi.Error' });
      const part = s.getRange('A21:B532').getMergedAreasOrNullObject().load('areaCount');
      await context.sync();
      expect(part.areaCount).toBe(512);
    });
  });

  test('errors are Error instances shaped like OfficeExtension.Error', async () => {
    const { Excel } = workbook();
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nope');
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error).toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound', message: expect.any(String), debugInfo: { code: 'ItemNotFound' } });
    expect(String(error)).toMatch(/^ItemNotFound: /);
  });

  test('the batch must return a promise, and its objects die with the run', async () => {
    const { Excel } = workbook();
    await expectExcelError(Excel.run((() => undefined) as unknown as () => Promise<void>), 'RunMustReturnPromise');
    const range = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([['项目']]); // loaded values stay readable
    expect(thrownBy(() => range.load('formulas'))).toMatchObject({ code: 'InvalidObjectPath' });
  });

  test('suspendApiCalculationUntilNextSync exists (ExcelApi 1.6) and queues a statement', async () => {
    const { Excel, stats } = workbook({ apiVersion: '1.7' });
    await Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
    });
    expect(stats.roundTrips).toBe(1);
  });
});

describe('Office', () => {
  test('settings: get gives null when absent; saveAsync persists as JSON and calls back later', async () => {
    const { Office, model } = createFakeExcel({ settings: { saved: { profile: 'auto' } } });
    const settings = Office.context.document.settings;
    expect(settings.get('missing')).toBeNull();
    expect(settings.get('saved')).toEqual({ profile: 'auto' });
    settings.set('jixiao.settings', { rounding: 'half-up' });
    settings.remove('saved');
    expect(model.savedSettings.has('saved')).toBe(true); // not saved yet
    let returned = false;
    let calledBeforeReturn: boolean | undefined;
    const result = await new Promise((resolve) => {
      settings.saveAsync((r: unknown) => {
        calledBeforeReturn = !returned;
        resolve(r);
      });
      returned = true;
    });
    expect(calledBeforeReturn).toBe(false); // the callback came after saveAsync returned
    expect(result).toMatchObject({ status: Office.AsyncResultStatus.Succeeded });
    expect([...model.savedSettings]).toEqual([['jixiao.settings', '{"rounding":"half-up"}']]);
  });

  test('a failing save reports status failed with an error', async () => {
    const { Office, model } = createFakeExcel();
    model.settingsSaveError = { name: 'Save Settings Error', message: 'The settings could not be saved.', code: 5006 };
    const result = await new Promise((resolve) => Office.context.document.settings.saveAsync(resolve));
    expect(result).toMatchObject({ status: 'failed', error: { code: 5006 } });
  });

  test('displayLanguage defaults to zh-CN; only ExcelApi sets are supported', () => {
    const { Office } = createFakeExcel({ apiVersion: '1.7' });
    expect(Office.context.displayLanguage).toBe('zh-CN');
    expect(Office.context.requirements.isSetSupported('ExcelApi')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  test('asOfficeJs hands the fake over as the Office.js types', async () => {
    const fake = createFakeExcel();
    const [excel, office] = asOfficeJs(fake);
    const name = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return sheet.name;
    });
    expect([name, office.context.displayLanguage]).toEqual(['Sheet1', 'zh-CN']);
  });
});

describe('merging (ExcelApi 1.2)', () => {
  test('merge records the area; the first non-blank content moves to the top-left cell, the rest is cleared', async () => {
    const { Excel, model } = createFakeExcel({ sheets: [{ name: 'S', rows: [['', '标题', '丢弃'], ['a', 'b']] }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:C1').merge();
      sheet.getRange('A2:B2').merge(false);
      sheet.getRange('E1').merge(); // a single cell merges into nothing
    });
    const s = model.sheet('S')!;
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ]);
    expect(['A1', 'B1', 'C1', 'A2', 'B2'].map((a) => s.cellAt(a).value)).toEqual(['标题', '', '', 'a', '']);
  });

  test('merge(true) merges each row; a merged area inside the range is absorbed', async () => {
    const { Excel, model } = createFakeExcel({ sheets: [{ name: 'S', merges: ['B2:C3'] }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A2:D3').merge(true);
    });
    expect(model.sheet('S')!.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 3 },
      { top: 2, left: 0, bottom: 2, right: 3 },
    ]);
  });

  test('merging over part of a merged area is an InvalidOperation (with atomicSyncs, the sync writes nothing)', async () => {
    const { Excel, model } = createFakeExcel({ sheets: [{ name: 'S', rows: [['x', 'y']], merges: ['A1:C1'] }] });
    model.atomicSyncs = true;
    for (const address of ['B1:D1', 'A1:B1']) {
      await expectExcelError(
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('S');
          sheet.getRange('F1:G1').merge();
          sheet.getRange(address).merge();
          await context.sync();
        }),
        'InvalidOperation',
      );
    }
    expect(model.sheet('S')!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  test('unmerge splits every merged area the range touches, whole; getMergedAreasOrNullObject sees merges', async () => {
    const { Excel, model } = createFakeExcel({ sheets: [{ name: 'S', merges: ['A1:C1', 'E5:F6'] }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('B1').unmerge();
      sheet.getRange('A10:B10').merge();
      const merged = sheet.getRange('A1:F10').getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect(merged.address).toBe('S!E5:F6, S!A10:B10');
    });
    expect(model.sheet('S')!.merges).toHaveLength(2);
  });

  test('merge needs ExcelApi 1.2 (ApiNotFound at the call) and an unprotected sheet (AccessDenied at sync)', async () => {
    const old = createFakeExcel({ apiVersion: '1.1' });
    await old.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      expect(thrownBy(() => range.merge())).toMatchObject({ code: 'ApiNotFound' });
      expect(thrownBy(() => range.unmerge())).toMatchObject({ code: 'ApiNotFound' });
    });
    const { Excel } = workbook();
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('残疾人经费').getRange('A1:B1').merge();
        await context.sync();
      }),
      'AccessDenied',
    );
  });
});

describe('row and column sizes, alignment, wrapping, fonts, borders', () => {
  test('columnWidth and rowHeight are set for whole columns / rows, in points, and read null when they differ', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B2:C3').format.columnWidth = 120;
      sheet.getRange('A12').format.rowHeight = 30.75;
      const [same, mixed, untouched, row] = [sheet.getRange('B9:C9'), sheet.getRange('A1:B1'), sheet.getRange('Z1'), sheet.getRange('12:12')].map((r) =>
        r.format.load('columnWidth, rowHeight'),
      );
      await context.sync();
      expect([same.columnWidth, mixed.columnWidth, untouched.columnWidth, untouched.rowHeight, row.rowHeight, row.columnWidth]).toEqual([120, null, 48, 15, 30.75, null]);
    });
    const sheet = model.sheet('Sheet1')!;
    expect([...sheet.columnWidths]).toEqual([
      [1, 120],
      [2, 120],
    ]);
    expect([...sheet.rowHeights]).toEqual([[11, 30.75]]);
    expect([sheet.columnWidth(0), sheet.rowHeight(11)]).toEqual([48, 30.75]);
  });

  test('bad sizes are InvalidArgument; a protected sheet refuses them; an ExcelApi 1.1 host lacks them', async () => {
    const { Excel } = workbook();
    for (const [sheetName, write, code] of [
      ['Sheet1', (f: Excel.RangeFormat) => (f.rowHeight = 410), 'InvalidArgument'],
      ['Sheet1', (f: Excel.RangeFormat) => (f.columnWidth = -1), 'InvalidArgument'],
      ['残疾人经费', (f: Excel.RangeFormat) => (f.columnWidth = 80), 'AccessDenied'],
    ] as const) {
      await expectExcelError(
        Excel.run(async (context) => {
          write(context.workbook.worksheets.getItem(sheetName).getRange('A1').format);
          await context.sync();
        }),
        code,
      );
    }
    const old = createFakeExcel({ apiVersion: '1.1' });
    await old.Excel.run(async (context) => {
      const format = context.workbook.worksheets.getItem('Sheet1').getRange('A1').format;
      expect(thrownBy(() => format.columnWidth)).toMatchObject({ code: 'ApiNotFound' });
      format.rowHeight = 20; // Office.js sends it; the host does not know it
      await expectExcelError(context.sync(), 'ApiNotFound');
    });
  });

  test('wrapText, alignment, font size and name are stored on the cells and read back (null when mixed)', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.format.wrapText = true;
      range.format.horizontalAlignment = 'Center';
      range.format.verticalAlignment = 'Center';
      range.format.font.size = 14;
      range.format.font.name = '宋体';
      const all = range.format.load('wrapText, horizontalAlignment, verticalAlignment');
      const font = range.format.font.load('size, name, bold');
      const mixed = context.workbook.worksheets.getItem('Sheet1').getRange('C1:D1').format.load('wrapText, horizontalAlignment');
      await context.sync();
      expect([all.wrapText, all.horizontalAlignment, all.verticalAlignment, font.size, font.name, font.bold]).toEqual([true, 'Center', 'Center', 14, '宋体', false]);
      expect([mixed.wrapText, mixed.horizontalAlignment]).toEqual([null, null]);
    });
    expect(model.sheet('Sheet1')!.cellAt('B1')).toMatchObject({ value: '预算数', wrapText: true, horizontalAlignment: 'Center', verticalAlignment: 'Center', fontSize: 14, fontName: '宋体' });
  });

  test('a cell formatted back to the defaults is blank again: it leaves the store and the used range', async () => {
    const { Excel, model } = createFakeExcel({ sheets: [{ name: 'S', rows: [['x']] }] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('D4');
      range.format.wrapText = true;
      range.format.font.size = 20;
      await context.sync();
      expect(model.sheet('S')!.usedArea(false)).toEqual({ top: 0, left: 0, bottom: 3, right: 3 });
      range.format.wrapText = false;
      range.format.font.size = 11;
    });
    expect(model.sheet('S')!.cells.size).toBe(1);
    expect(model.sheet('S')!.usedArea(false)).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });

  test('bad alignment, font size and font name are InvalidArgument', async () => {
    const { Excel } = workbook();
    for (const write of [
      (f: Excel.RangeFormat) => (f.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment),
      (f: Excel.RangeFormat) => (f.verticalAlignment = 'Left' as Excel.VerticalAlignment),
      (f: Excel.RangeFormat) => (f.font.size = 0),
      (f: Excel.RangeFormat) => (f.font.name = ''),
      (f: Excel.RangeFormat) => (f.wrapText = 'yes' as unknown as boolean),
    ]) {
      await expectExcelError(
        Excel.run(async (context) => {
          write(context.workbook.worksheets.getItem('Sheet1').getRange('A1').format);
          await context.sync();
        }),
        'InvalidArgument',
      );
    }
  });

  test('a border line marks the cells its side touches (the model keeps one flag per cell)', async () => {
    const { Excel, model } = createFakeExcel({ sheets: [{ name: 'S' }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('B2:C3').format.borders.getItem('EdgeTop').style = 'Continuous';
      sheet.getRange('E2:F3').format.borders.getItem('EdgeRight').style = 'Continuous';
      const grid = sheet.getRange('B6:C7').format.borders;
      (['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const).forEach((side) => (grid.getItem(side).style = 'Continuous'));
      sheet.getRange('H1').format.borders.getItem('InsideVertical').style = 'Continuous'; // no inside line in one cell
    });
    const s = model.sheet('S')!;
    const flagged = (addresses: string[]) => addresses.map((a) => s.cellAt(a).border === true);
    expect(flagged(['B2', 'C2', 'B3', 'C3'])).toEqual([true, true, false, false]);
    expect(flagged(['E2', 'F2', 'E3', 'F3'])).toEqual([false, true, false, true]);
    expect(flagged(['B6', 'C6', 'B7', 'C7', 'H1'])).toEqual([true, true, true, true, false]);
    expect(s.usedArea(false)).toEqual({ top: 1, left: 1, bottom: 6, right: 5 }); // a border is formatting
  });

  test('borders: an unknown side is InvalidArgument; protected sheets refuse; style None, color and weight are not modelled', async () => {
    const { Excel } = workbook();
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.borders.getItem('Outside' as 'EdgeTop').style = 'Continuous';
        await context.sync();
      }),
      'InvalidArgument',
    );
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('残疾人经费').getRange('A1').format.borders.getItem('EdgeTop').style = 'Continuous';
        await context.sync();
      }),
      'AccessDenied',
    );
    await Excel.run(async (context) => {
      const border = context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.borders.getItem('EdgeTop');
      expect(thrownBy(() => (border.style = 'None'))).toMatchObject({ name: 'FakeNotImplementedError' });
      expect(thrownBy(() => (border.weight = 'Thin'))).toMatchObject({ name: 'FakeNotImplementedError' });
      expect(thrownBy(() => (border.color = '#000000'))).toMatchObject({ name: 'FakeNotImplementedError' });
    });
  });
});

describe('data validation (ExcelApi 1.8)', () => {
  test('rule and errorAlert are stored per area, bounds as the string formulas Excel returns', async () => {
    const { Excel, model, stats } = workbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C10');
      range.dataValidation.rule = { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      range.dataValidation.errorAlert = { message: '请输入非负数', showAlert: true, style: 'Stop', title: '输入错误' };
      const dv = range.dataValidation.load('type, rule, errorAlert');
      await context.sync();
      expect([dv.type, dv.rule, dv.errorAlert]).toEqual([
        'Decimal',
        { decimal: { formula1: '=0', operator: 'GreaterThanOrEqualTo' } },
        { message: '请输入非负数', showAlert: true, style: 'Stop', title: '输入错误' },
      ]);
    });
    expect(stats).toEqual({ runs: 1, syncs: 1, roundTrips: 1 });
    expect(model.sheet('Sheet1')!.dataValidations).toEqual([
      {
        area: { top: 1, left: 1, bottom: 9, right: 2 },
        rule: { decimal: { formula1: '=0', operator: 'GreaterThanOrEqualTo' } },
        errorAlert: { message: '请输入非负数', showAlert: true, style: 'Stop', title: '输入错误' },
      },
    ]);
  });

  test('Between takes formula2 (a number, numeric text or a formula); the alert may come first and cover other cells', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('H6:H10').dataValidation.errorAlert = { message: '超出范围', showAlert: true, style: 'Warning', title: '提示' };
      sheet.getRange('H6:H19').dataValidation.rule = { decimal: { formula1: '0', formula2: '=B2*2', operator: 'Between' } };
    });
    const sheet = model.sheet('Sheet1')!;
    const rule = { decimal: { formula1: '=0', formula2: '=B2*2', operator: 'Between' } };
    expect(sheet.dataValidationAt('H8')).toEqual({ area: { top: 5, left: 7, bottom: 9, right: 7 }, rule, errorAlert: { message: '超出范围', showAlert: true, style: 'Warning', title: '提示' } });
    expect(sheet.dataValidationAt('H19')).toEqual({ area: { top: 10, left: 7, bottom: 18, right: 7 }, rule, errorAlert: { message: '', showAlert: true, style: 'Stop', title: '' } });
    expect(sheet.dataValidationAt('H20')).toBeUndefined();
  });

  test('type is None, MixedCriteria or Inconsistent over uneven cells; clear removes only the range’s cells', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A4').dataValidation.rule = { wholeNumber: { formula1: 1, operator: 'GreaterThan' } };
      sheet.getRange('B1').dataValidation.rule = { textLength: { formula1: 10, operator: 'LessThanOrEqualTo' } };
      sheet.getRange('A2:A3').dataValidation.clear();
      const types = ['A1', 'A1:A2', 'A1:B1', 'A2', 'A4'].map((a) => sheet.getRange(a).dataValidation.load('type'));
      await context.sync();
      expect(types.map((t) => t.type)).toEqual(['WholeNumber', 'MixedCriteria', 'Inconsistent', 'None', 'WholeNumber']);
    });
    expect(model.sheet('Sheet1')!.dataValidations.map((dv) => dv.area)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 3, left: 0, bottom: 3, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 1 },
    ]);
  });

  test('rules Excel refuses are InvalidArgument at sync (with atomicSyncs, the sync writes nothing)', async () => {
    const { Excel, model } = workbook();
    model.atomicSyncs = true;
    for (const bad of [
      { decimal: { formula1: 0, operator: 'Between' } }, // Between needs formula2
      { decimal: { formula1: 0, operator: 'GreaterThan' }, wholeNumber: { formula1: 0, operator: 'GreaterThan' } }, // one criterion only
      { decimal: { formula1: 'abc', operator: 'GreaterThan' } },
      { decimal: { formula1: 0, operator: 'Above' } },
      {},
    ]) {
      await expectExcelError(
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
          range.dataValidation.errorAlert = { message: 'm', showAlert: true, style: 'Stop', title: 't' };
          range.dataValidation.rule = bad as Excel.DataValidationRule;
          await context.sync();
        }),
        'InvalidArgument',
      );
    }
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.errorAlert = { message: '', showAlert: true, style: 'Error' as 'Stop', title: '' };
        await context.sync();
      }),
      'InvalidArgument',
    );
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('残疾人经费').getRange('A1').dataValidation.rule = { decimal: { formula1: 0, operator: 'GreaterThan' } };
        await context.sync();
      }),
      'AccessDenied',
    );
    expect(model.sheets.map((s) => s.dataValidations)).toEqual([[], [], []]);
  });

  test('below ExcelApi 1.8 Range.dataValidation throws ApiNotFound; unmodelled criteria say so', async () => {
    const old = createFakeExcel({ apiVersion: '1.7' });
    await old.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(thrownBy(() => range.dataValidation)).toMatchObject({ name: 'RichApi.Error', code: 'ApiNotFound' });
    });
    const { Excel } = workbook();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ name: 'FakeNotImplementedError' });
  });
});

describe('conditional formats (ExcelApi 1.6)', () => {
  test('add("Custom") with a formula and a fill is stored on the sheet; new formats come first', async () => {
    const { Excel, model, stats } = workbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('C2:C20');
      const over = range.conditionalFormats.add('Custom');
      over.custom.rule.formula = '=$C2>$B2';
      over.custom.format.fill.color = '#ffc7ce';
      const under = range.conditionalFormats.add('Custom');
      under.custom.rule.formula = '=$C2<0';
      under.custom.format.fill.color = 'yellow';
    });
    expect(stats).toEqual({ runs: 1, syncs: 1, roundTrips: 1 });
    expect(model.sheet('Sheet1')!.conditionalFormats).toEqual([
      { id: expect.any(String), type: 'Custom', area: { top: 1, left: 2, bottom: 19, right: 2 }, formula: '=$C2<0', fill: '#FFFF00' },
      { id: expect.any(String), type: 'Custom', area: { top: 1, left: 2, bottom: 19, right: 2 }, formula: '=$C2>$B2', fill: '#FFC7CE' },
    ]);
  });

  test('the collection lists the formats intersecting the range, with loadable type, formula and fill', async () => {
    const { Excel } = workbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const cf = sheet.getRange('D2:D9').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=D2>1';
      await context.sync();
      cf.custom.format.fill.color = '#C6EFCE';
      const formats = sheet.getRange('D5').conditionalFormats.load('items/type, items/priority, items/custom/rule/formula, items/custom/format/fill/color');
      const none = sheet.getRange('A1').conditionalFormats.load('items');
      await context.sync();
      expect(formats.items.map((f) => [f.type, f.priority, f.custom.rule.formula, f.custom.format.fill.color])).toEqual([['Custom', 0, '=D2>1', '#C6EFCE']]);
      expect(none.items).toEqual([]);
      sheet.getRange('D1:D10').conditionalFormats.clearAll();
      formats.load('items');
      await context.sync();
      expect(formats.items).toEqual([]);
    });
  });

  test('a bad colour is InvalidArgument, a protected sheet refuses the format, and a formula without = is not modelled', async () => {
    const { Excel, model } = workbook();
    model.atomicSyncs = true; // each failed sync leaves no half-made format behind
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom').custom.format.fill.color = 'not a colour';
        await context.sync();
      }),
      'InvalidArgument',
    );
    await expectExcelError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('残疾人经费').getRange('A1').conditionalFormats.add('Custom');
        await context.sync();
      }),
      'AccessDenied',
    );
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom').custom.rule.formula = 'A1>1';
        await context.sync();
      }),
    ).rejects.toMatchObject({ name: 'FakeNotImplementedError' });
    expect(model.sheets.map((s) => s.conditionalFormats)).toEqual([[], [], []]);
  });

  test('below ExcelApi 1.6 Range.conditionalFormats throws ApiNotFound', async () => {
    const { Excel } = createFakeExcel({ apiVersion: '1.5' });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(thrownBy(() => range.conditionalFormats)).toMatchObject({ code: 'ApiNotFound' });
    });
  });
});

describe('page layout (ExcelApi 1.9) and gridlines (ExcelApi 1.8)', () => {
  test('orientation, paper size, centring, zoom and print title rows are stored on the sheet and read back', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('Sheet1').pageLayout;
      const before = layout.load('orientation, paperSize, zoom');
      await context.sync();
      expect([before.orientation, before.paperSize, before.zoom]).toEqual(['Portrait', 'Letter', { scale: 100 }]);
      layout.orientation = 'Landscape';
      layout.orientation = 'Portrait';
      layout.paperSize = 'A4';
      layout.centerHorizontally = true;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows('$12:$12');
      const titles = layout.getPrintTitleRowsOrNullObject().load('address');
      layout.load('paperSize, centerHorizontally, zoom');
      await context.sync();
      expect([layout.paperSize, layout.centerHorizontally, layout.zoom, titles.address]).toEqual(['A4', true, { horizontalFitToPages: 1, verticalFitToPages: 0 }, 'Sheet1!12:12']);
    });
    expect(model.sheet('Sheet1')!.pageLayout).toEqual({
      orientation: 'Portrait',
      paperSize: 'A4',
      centerHorizontally: true,
      centerVertically: false,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$12:$12',
    });
    expect(model.sheet('Empty')!.pageLayout.paperSize).toBe('Letter'); // other sheets keep their own
  });

  test('a scale zoom; page setup works on a protected sheet; bad values are InvalidArgument', async () => {
    const { Excel, model } = workbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('残疾人经费').pageLayout.zoom = { scale: 80 };
    });
    expect(model.sheet('残疾人经费')!.pageLayout.zoom).toEqual({ scale: 80 });
    for (const write of [
      (p: Excel.PageLayout) => (p.zoom = { scale: 5 }),
      (p: Excel.PageLayout) => (p.zoom = { horizontalFitToPages: 1.5 }),
      (p: Excel.PageLayout) => (p.paperSize = 'A0' as 'A4'),
      (p: Excel.PageLayout) => (p.orientation = 'Sideways' as 'Portrait'),
      (p: Excel.PageLayout) => p.setPrintTitleRows('A1:B2'),
      (p: Excel.PageLayout) => p.setPrintTitleRows('Empty!$1:$1'),
    ]) {
      await expectExcelError(
        Excel.run(async (context) => {
          write(context.workbook.worksheets.getItem('Sheet1').pageLayout);
          await context.sync();
        }),
        'InvalidArgument',
      );
    }
    expect(model.sheet('Sheet1')!.pageLayout).toEqual(model.sheet('Empty')!.pageLayout);
  });

  test('below ExcelApi 1.9 Worksheet.pageLayout throws ApiNotFound', async () => {
    const { Excel } = createFakeExcel({ apiVersion: '1.8' });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(thrownBy(() => sheet.pageLayout)).toMatchObject({ code: 'ApiNotFound' });
    });
  });

  test('showGridlines is settable and loadable; below ExcelApi 1.8 reading throws and writing fails the sync', async () => {
    const { Excel, model } = workbook({ apiVersion: '1.8' });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('残疾人经费'); // a view setting: allowed on a protected sheet
      sheet.load('showGridlines');
      await context.sync();
      expect(sheet.showGridlines).toBe(true);
      sheet.showGridlines = false;
      sheet.load('showGridlines');
      await context.sync();
      expect(sheet.showGridlines).toBe(false);
    });
    expect(model.sheets.map((s) => s.showGridlines)).toEqual([true, false, true]);

    const old = workbook({ apiVersion: '1.7' });
    await old.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(thrownBy(() => sheet.showGridlines)).toMatchObject({ code: 'ApiNotFound' });
      sheet.showGridlines = false;
      await expectExcelError(context.sync(), 'ApiNotFound');
    });
    expect(old.model.sheet('Sheet1')!.showGridlines).toBe(true);
  });
});

describe('layout writes are ordinary statements', () => {
  test('a failing sync undoes sizes, merges, validation, conditional formats, page layout and gridlines too', async () => {
    const state = (sheet: FakeSheet) => JSON.stringify(sheet.saveState(), (_, v: unknown) => (v instanceof Map ? [...v] : v));
    const atomic = await failingLayoutSync(true);
    expect(state(atomic.sheet('Sheet1')!)).toBe(state(workbook().model.sheet('Sheet1')!));
    const partial = await failingLayoutSync(false); // real Excel keeps the statements before the failing one
    expect(partial.sheet('Sheet1')!).toMatchObject({ showGridlines: false, pageLayout: { paperSize: 'A4' }, merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] });
    expect([partial.sheet('Sheet1')!.dataValidations.length, partial.sheet('Sheet1')!.conditionalFormats.length, partial.sheet('Sheet1')!.columnWidth(0)]).toEqual([1, 1, 90]);
  });

  async function failingLayoutSync(atomicSyncs: boolean) {
    const { Excel, model } = workbook();
    model.atomicSyncs = atomicSyncs;
    await expectExcelError(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        const range = ws.getRange('A1:C1');
        range.merge();
        range.format.columnWidth = 90;
        range.format.rowHeight = 40;
        range.format.borders.getItem('EdgeBottom').style = 'Continuous';
        range.dataValidation.rule = { decimal: { formula1: 0, operator: 'GreaterThan' } };
        range.conditionalFormats.add('Custom').custom.rule.formula = '=A1>0';
        ws.pageLayout.paperSize = 'A4';
        ws.showGridlines = false;
        context.workbook.worksheets.getItem('残疾人经费').getRange('A1').values = [['refused']];
        await context.sync();
      }),
      'AccessDenied',
    );
    return model;
  }
});
