/** The fake ET pinned to the behaviours of WPS 表格 the adapter relies on (see the fake's header). */
import { contentAt, createFakeEt, type CreateFakeEtOptions } from '../fakes/wps/fake-et';
import { xmlParser } from './helpers';

/** The fake driven as untyped JSA, as a script in WPS would drive it. */
type Any = any;

const SS = 'urn:schemas-microsoft-com:office:spreadsheet';

function fake(options: CreateFakeEtOptions = {}) {
  const et = createFakeEt({
    sheets: [
      {
        name: '表1',
        cells: [
          [{ value: '项目' }, { value: 100, numFmt: '#,##0.00' }],
          [null, { value: 0.853, numFmt: '0.00%' }, { value: '#DIV/0!', formula: 'B1/0' }],
          [{ value: true }, undefined, { value: 3, formula: '=1+2' }],
        ],
        merges: [{ top: 3, left: 0, bottom: 4, right: 1 }],
      },
      { name: '空表' },
    ],
    ...options,
  });
  return { ...et, app: et.app as Any };
}

describe('collections and sheets', () => {
  test('Items are 1-based and throw out of range or for a missing name', () => {
    const { app } = fake();
    const sheets = app.ActiveWorkbook.Sheets;
    expect(sheets.Count).toBe(2);
    expect(sheets.Item(1).Name).toBe('表1');
    expect(sheets.Item('空表').Name).toBe('空表');
    expect(() => sheets.Item(0)).toThrow('下标越界');
    expect(() => sheets.Item(3)).toThrow('下标越界');
    expect(() => sheets.Item('没有')).toThrow(Error);
  });

  test('Sheets.Add puts the new sheet after `After` and makes it active; names are checked', () => {
    const { app, model } = fake();
    const sheets = app.ActiveWorkbook.Sheets;
    const added = sheets.Add(undefined, sheets.Item(2));
    expect(added.Name).toBe('Sheet3');
    expect(model.sheets.map((s) => s.name)).toEqual(['表1', '空表', 'Sheet3']);
    expect(app.ActiveSheet.Name).toBe('Sheet3');
    expect(() => (added.Name = '表1')).toThrow('已被使用');
    expect(() => (added.Name = 'a/b')).toThrow('名称无效');
    expect(() => (added.Name = 'x'.repeat(32))).toThrow('名称无效');
    added.Name = '审核意见';
    expect(sheets.Item(3).Name).toBe('审核意见');
    sheets.Add(sheets.Item(1)); // before the first
    expect(model.sheets.map((s) => s.name)).toEqual(['Sheet4', '表1', '空表', '审核意见']);
  });

  test('Delete removes a sheet; with alerts on, one with data would ask the user', () => {
    const { app, model } = fake();
    const sheets = app.ActiveWorkbook.Sheets;
    sheets.Item('空表').Delete();
    expect(model.prompts).toBe(0);
    sheets.Add(undefined, sheets.Item(1)).Range('A1').Formula = 'x';
    sheets.Item(2).Delete();
    expect(model.prompts).toBe(1);
    expect(model.activeSheet.name).toBe('表1');
    expect(() => sheets.Item(1).Delete()).toThrow('至少要有一个工作表');
    expect(model.sheets.map((s) => s.name)).toEqual(['表1']);
  });
});

describe('reading', () => {
  test('UsedRange spans the first to the last used cell, merges included; an empty sheet has A1', () => {
    const { app } = fake();
    const used = app.ActiveSheet.UsedRange;
    expect([used.Address, used.Row, used.Column, used.Rows.Count, used.Columns.Count]).toEqual(['$A$1:$C$5', 1, 1, 5, 3]);
    const empty = app.ActiveWorkbook.Sheets.Item('空表').UsedRange;
    expect(empty.Address).toBe('$A$1');
    expect(empty.Value2).toBeUndefined();
  });

  test('an empty cell reads as Empty (undefined) by default, or as null or "" on other builds', () => {
    expect(fake({ emptyValue: null }).app.ActiveWorkbook.Sheets.Item(2).UsedRange.Value2).toBeNull();
    expect(fake({ emptyValue: '' }).app.ActiveSheet.Range('B3').Value2).toBe('');
  });

  test('Value2: a 2-D array for a block, a scalar for a cell, 2-D or 1-D for one row or column by build', () => {
    const { app } = fake();
    const sheet = app.ActiveSheet;
    expect(sheet.Range('A1:B2').Value2).toEqual([
      ['项目', 100],
      [undefined, 0.853],
    ]);
    expect(sheet.Range('B2').Value2).toBe(0.853);
    expect(sheet.Range('A1:C1').Value2).toEqual([['项目', 100, undefined]]);
    expect(sheet.Range('B1:B2').Value2).toEqual([[100], [0.853]]);
    const oneD = fake({ rowShape: '1d' }).app.ActiveSheet;
    expect(oneD.Range('A1:C1').Value2).toEqual(['项目', 100, undefined]);
    expect(oneD.Range('B1:B2').Value2).toEqual([100, 0.853]);
    expect(oneD.Range('A1:B2').Value2).toEqual([
      ['项目', 100],
      [undefined, 0.853],
    ]);
  });

  test('a formula error reads as its CVErr code in Value2, its text in Text; Formula gives =… or the constant as text', () => {
    const { app } = fake();
    const sheet = app.ActiveSheet;
    expect(sheet.Range('C2').Value2).toBe(-2146826281);
    expect(sheet.Range('C2').Text).toBe('#DIV/0!');
    expect(sheet.Range('A1:C3').Formula).toEqual([
      ['项目', '100', ''],
      ['', '0.853', '=B1/0'],
      ['TRUE', '', '=1+2'],
    ]);
    expect(sheet.Range('C3').Value2).toBe(3); // the formula's result as given: the fake does not evaluate
  });

  test('NumberFormat: General when unformatted, the format all cells share, null when they differ', () => {
    const sheet = fake().app.ActiveSheet;
    expect(sheet.Range('A1').NumberFormat).toBe('General');
    expect(sheet.Range('B2').NumberFormat).toBe('0.00%');
    expect(sheet.Range('B1:B2').NumberFormat).toBeNull();
  });

  test('MergeCells is false, true or null (partly merged); MergeArea is the merged area', () => {
    const sheet = fake().app.ActiveSheet;
    expect(sheet.Range('A1:C3').MergeCells).toBe(false);
    expect(sheet.Range('A4:B5').MergeCells).toBe(true);
    expect(sheet.Range('B5').MergeCells).toBe(true);
    expect(sheet.Range('A3:B4').MergeCells).toBeNull();
    expect(sheet.Range('B5').MergeArea.Address).toBe('$A$4:$B$5');
    expect(sheet.UsedRange.MergeCells).toBeNull();
  });

  test('Value(11) is an XML Spreadsheet: styles by ss:StyleID, skipped rows and cells by ss:Index, merges', () => {
    const { app } = fake();
    const sheet = app.ActiveSheet;
    sheet.Range('A6').Value2 = 'x'; // past the merge, so that the merge's rows are inside the range
    const xml = sheet.UsedRange.Value(11) as string;
    const doc = xmlParser().parseFromString(xml, 'text/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(SS);
    const styles = Object.fromEntries(
      Array.from(doc.getElementsByTagNameNS(SS, 'Style')).map((s) => [s.getAttributeNS(SS, 'ID'), s.getElementsByTagNameNS(SS, 'NumberFormat')[0]?.getAttributeNS(SS, 'Format') ?? null]),
    );
    expect(styles).toMatchObject({ Default: null, s62: 'Standard', s63: 'Percent' }); // Excel's names for #,##0.00 and 0.00%
    const rows = Array.from(doc.getElementsByTagNameNS(SS, 'Row'));
    const attrs = (el: Element) => Object.fromEntries(Array.from(el.attributes).map((a) => [a.localName, a.value]));
    expect(rows.map((r) => [attrs(r), Array.from(r.getElementsByTagNameNS(SS, 'Cell')).map(attrs)])).toEqual([
      [{}, [{}, { StyleID: 's62' }]],
      [{}, [{ Index: '2', StyleID: 's63' }, {}]],
      [{}, [{}, { Index: '3' }]],
      [{}, [{ MergeAcross: '1', MergeDown: '1' }]],
      [{ Index: '6' }, [{}]],
    ]);
    const data = Array.from(doc.getElementsByTagNameNS(SS, 'Data')).map((d) => [d.getAttributeNS(SS, 'Type'), d.textContent]);
    expect(data).toContainEqual(['Error', '#DIV/0!']);
    expect(data).toContainEqual(['Boolean', '1']);
  });

  test('a build without Value(11) gives the values back, or throws', () => {
    expect(fake({ withXmlValue: false }).app.ActiveSheet.Range('B1').Value(11)).toBe(100);
    expect(() => fake({ withXmlValue: 'throws' }).app.ActiveSheet.Range('B1').Value(11)).toThrow();
  });

  test('Address, Count, Name and Value2 can be methods, as on some builds', () => {
    const sheet = fake({ addressIsMethod: true, methods: ['Count', 'Name', 'Value2'] }).app.ActiveSheet;
    expect(sheet.Name()).toBe('表1');
    expect(sheet.UsedRange.Address()).toBe('$A$1:$C$5');
    expect(sheet.UsedRange.Address(false, false)).toBe('A1:C5');
    expect(sheet.UsedRange.Rows.Count()).toBe(5);
    expect(sheet.Range('B1').Value2()).toBe(100);
  });
});

describe('writing', () => {
  test('Formula and Value2 take a 2-D array cell by cell, a scalar for every cell, and parse text as typed', () => {
    const { app, model } = fake();
    const sheet = app.ActiveSheet;
    sheet.Range('E1:H1').Formula = [['=SUM(B1:B2)', "'001", '001', 'true']];
    const s = model.sheet('表1')!;
    expect(['E1', 'F1', 'G1', 'H1'].map((a) => contentAt(s, a))).toEqual([{ value: null, formula: '=SUM(B1:B2)' }, { value: '001' }, { value: 1 }, { value: true }]);
    sheet.Range('E2:F3').Value2 = 7;
    expect(sheet.Range('E2:F3').Value2).toEqual([
      [7, 7],
      [7, 7],
    ]);
    sheet.Range('E4:H4').Formula = ['12%', '2024-01-02', '#N/A', '-x'];
    expect(sheet.Range('E4:H4').Value2).toEqual([[0.12, 45293, -2146826246, undefined]]);
    expect(sheet.Range('H4').Formula).toBe('=-x');
    expect(sheet.Range('G4').Formula).toBe('#N/A');
    expect(() => (sheet.Range('E5:F5').Formula = [['a']])).toThrow('数组大小');
  });

  test('NumberFormat takes a string for every cell or a 2-D array; General is no format at all', () => {
    const { app, model } = fake();
    const sheet = app.ActiveSheet;
    sheet.Range('A1:B1').NumberFormat = [['0.00', 'General']];
    expect(model.sheet('表1')!.cellAt('A1')).toEqual({ value: '项目', numFmt: '0.00' });
    expect(model.sheet('表1')!.cellAt('B1')).toEqual({ value: 100 });
    sheet.Range('A1:B1').NumberFormat = '@';
    expect(sheet.Range('A1:B1').NumberFormat).toBe('@');
  });

  test('fills are BGR; unfilled reads white with pattern xlNone; Pattern or ColorIndex xlNone clears', () => {
    const { app, model } = fake();
    const interior = app.ActiveSheet.Range('A1').Interior;
    expect([interior.Color, interior.Pattern, interior.ColorIndex]).toEqual([0xffffff, -4142, -4142]);
    interior.Color = 0x0000ff; // red
    expect(model.sheet('表1')!.cellAt('A1')!.fill).toBe(0x0000ff);
    expect([interior.Color, interior.Pattern]).toEqual([0x0000ff, 1]);
    interior.Pattern = -4142;
    expect(model.sheet('表1')!.cellAt('A1')!.fill).toBeUndefined();
    interior.Color = 0xceC7ff;
    interior.ColorIndex = -4142;
    expect(interior.Pattern).toBe(-4142);
  });

  test('Merge keeps the first cell only; merging part of a merged area is refused', () => {
    const { app, model } = fake();
    const sheet = app.ActiveSheet;
    sheet.Range('A1:B1').Merge();
    expect(model.sheet('表1')!.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(model.sheet('表1')!.cellAt('B1')).toEqual({ value: null, numFmt: '#,##0.00' });
    expect(() => sheet.Range('B4:C4').Merge()).toThrow('合并单元格');
    sheet.Range('E1:F2').MergeCells = true;
    expect(sheet.Range('E1:F2').MergeCells).toBe(true);
  });

  test('a protected sheet refuses every write and allows reading', () => {
    const { app, model } = fake({ protectedSheets: ['表1'] });
    const sheet = app.ActiveSheet;
    expect(sheet.ProtectContents).toBe(true);
    expect(sheet.Range('B1').Value2).toBe(100);
    expect(() => (sheet.Range('B1').Formula = 1)).toThrow('保护');
    expect(() => (sheet.Range('B1').NumberFormat = '0')).toThrow('保护');
    expect(() => (sheet.Range('B1').Interior.Color = 1)).toThrow('保护');
    expect(model.sheet('表1')!.cellAt('B1')).toEqual({ value: 100, numFmt: '#,##0.00' });
  });

  test('while a cell is being edited every call throws', () => {
    const { app, model, stats } = fake({ editing: true });
    expect(() => app.ActiveSheet).toThrow('编辑');
    model.editing = false;
    const sheet = app.ActiveSheet;
    model.editing = true;
    expect(() => sheet.UsedRange).toThrow('编辑');
    expect(() => sheet.Activate()).toThrow('编辑');
    expect(() => (sheet.Name = 'x')).toThrow('编辑');
    expect(stats.calls).toBe(1);
  });

  test("failWritesAfter lets that many writes through, fails one, then lets them through again", () => {
    const { app, model } = fake();
    model.failWritesAfter = 1;
    app.ActiveSheet.Range('E1').Formula = 1;
    expect(() => (app.ActiveSheet.Range('E2').Formula = 2)).toThrow('模拟的故障');
    expect(model.sheet('表1')!.cellAt('E2')).toBeUndefined();
    app.ActiveSheet.Range('E2').Formula = 2;
    model.failWritesAfter = 0;
    model.keepFailing = true;
    expect(() => (app.ActiveSheet.Range('E3').Formula = 3)).toThrow('模拟的故障');
    expect(() => (app.ActiveSheet.Range('E3').Formula = 3)).toThrow('模拟的故障');
  });

  test('Select needs the sheet active; a validation rule cannot be added twice; a rule records the active cell', () => {
    const { app, model } = fake();
    const other = app.ActiveWorkbook.Sheets.Item('空表');
    expect(() => other.Range('B2').Select()).toThrow('Select');
    other.Activate();
    other.Range('B2').Select();
    expect(model.sheet('空表')!.activeCell).toEqual({ row: 1, col: 1 });
    const validation = other.Range('C3:C4').Validation;
    validation.Add(2, 1, 1, '0', '=$B$3');
    validation.ErrorMessage = '不合规';
    expect(model.sheet('空表')!.cellAt('C4')!.validation).toMatchObject({ type: 2, operator: 1, formula1: '0', formula2: '=$B$3', errorMessage: '不合规' });
    expect(() => other.Range('C4').Validation.Add(2, 1, 7, '0')).toThrow('已有数据有效性');
    other.Range('C3:C4').FormatConditions.Add(2, undefined, '=C3>1').Interior.Color = 0xff;
    expect(model.sheet('空表')!.conditionalFormats).toEqual([{ area: { top: 2, left: 2, bottom: 3, right: 2 }, type: 2, formula1: '=C3>1', anchor: { row: 1, col: 1 }, color: 0xff }]);
  });

  test('sizes, fonts, alignment, borders and page setup are kept; PageSetup throws without a printer', () => {
    const { app, model } = fake();
    const range = app.ActiveSheet.Range('B2:C2');
    range.ColumnWidth = 20;
    range.RowHeight = 30;
    range.Font.Bold = true;
    range.HorizontalAlignment = -4108;
    range.Borders.LineStyle = 1;
    expect([range.ColumnWidth, app.ActiveSheet.Range('A1').ColumnWidth, range.RowHeight, range.Font.Bold, range.Font.Name]).toEqual([20, 8.38, 30, true, '宋体']);
    expect(model.sheet('表1')!.cellAt('C2')).toEqual({ value: '#DIV/0!', formula: '=B1/0', error: true, bold: true, hAlign: -4108, border: true });
    app.ActiveSheet.PageSetup.PrintTitleRows = '$1:$3';
    expect(model.sheet('表1')!.pageSetup.PrintTitleRows).toBe('$1:$3');
    model.printerMissing = true;
    expect(() => app.ActiveSheet.PageSetup).toThrow('打印机');
  });

  test('custom document properties: Item throws when missing; Add, then Value', () => {
    const { app } = fake({ properties: { 旧的: 'x' } });
    const props = app.ActiveWorkbook.CustomDocumentProperties;
    expect(props.Item('旧的').Value).toBe('x');
    expect(() => props.Item('jixiao.settings')).toThrow();
    props.Add('jixiao.settings', false, 4, '{}');
    expect(() => props.Add('jixiao.settings', false, 4, '{}')).toThrow('同名');
    props.Item('jixiao.settings').Value = '{"a":1}';
    expect(props.Item('jixiao.settings').Value).toBe('{"a":1}');
    expect(props.Count).toBe(2);
  });
});

test('every member read, write and call is counted, by name', () => {
  const { app, stats } = fake();
  const sheet = app.ActiveSheet; // 1
  const used = sheet.UsedRange; // 2
  void used.Value2; // 3
  used.Value(11); // 4
  sheet.Range('E1').Formula = 1; // Range 5, Formula= 6
  expect(stats.calls).toBe(6);
  expect(stats.members).toEqual({ ActiveSheet: 1, UsedRange: 1, Value2: 1, Value: 1, Range: 1, 'Formula=': 1 });
});
