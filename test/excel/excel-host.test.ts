/**
 * The Excel host against a faithful fake of the Office.js object model, on real fixture sheets: what it
 * reads, what it writes, and how many Excel.run and context.sync calls each operation costs.
 */
import { a1, type SheetGrid } from '../../src/core';
import { createExcelHost, sheetOfAddress } from '../../src/excel/excel-host';
import { PaneSession } from '../../src/pane/session';
import { HostError } from '../../src/host/spreadsheet-host';
import { bigSheet } from '../../bench/generate';
import { asOfficeJs, createFakeExcel, type FakeExcel, type FakeSheetSpec } from '../fakes/excel/fake-excel';
import { fixtureSheets, setCell } from '../helpers/grids';
import { stringsFor } from '../../src/pane/strings';

const ZH = stringsFor('zh-CN');

/** A fixture grid as the fake's sheet: values, formulas, number formats and merged areas. */
function specOf(grid: SheetGrid): FakeSheetSpec {
  const rows = grid.rows.map((row) => (row ?? []).map((cell) => (cell ? cell.value : null)));
  const formulas: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.formula) formulas[a1(r, c)] = `=${cell.formula}`;
      if (cell?.numFmt) numberFormats[a1(r, c)] = cell.numFmt;
    }),
  );
  const merges = grid.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  return { name: grid.name, rows: rows as FakeSheetSpec['rows'], formulas, numberFormats, merges };
}

async function excelWith(sheets: SheetGrid[], apiVersion = '1.13'): Promise<{ fake: FakeExcel; session: PaneSession }> {
  const fake = createFakeExcel({ sheets: sheets.map(specOf), apiVersion });
  return { fake, session: new PaneSession(createExcelHost(...asOfficeJs(fake))) };
}

/** Changes one cell of a fixture grid before it goes into the fake (a grid is read-only to the engine). */

/** Every stored cell of every sheet, for comparing the whole workbook before and after. */
const snapshot = (fake: FakeExcel) => fake.model.sheets.map((s) => [s.name, new Map(s.cells)] as const);

const SHEETS = ['残疾人事业宣传经费', '残疾人事业综合保障经费'];

test('a sheet is read in one Excel.run and two syncs (its extent, then its contents), merged areas included, and checked as from the file', async () => {
  const grids = await fixtureSheets('seed-001.xlsx', SHEETS);
  const { fake, session } = await excelWith(grids);
  const [form] = await session.check('sheet');
  expect(fake.stats).toMatchObject({ runs: 1, syncs: 2 });
  expect(form.report.problems.map((p) => `${p.rule} ${p.cell}`)).toEqual(['budget-score H6']);
  expect(form.form.groups.map((g) => [g.name, g.at])).toEqual([
    ['产出指标', { row: 12, col: 1 }],
    ['效益指标', { row: 18, col: 1 }],
    ['满意度指标', { row: 20, col: 1 }],
  ]);
});

test('text that starts with = (a target typed as `\'=100%`) reads as text, not as a formula', async () => {
  const grids = await fixtureSheets('seed-001.xlsx', [SHEETS[0]]);
  const texts = grids[0].rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (typeof cell?.value === 'string' && cell.value.startsWith('=') && !cell.formula ? [[r, c, cell.value] as const] : [])));
  expect(texts.length).toBeGreaterThan(0);
  const { fake } = await excelWith(grids);
  const [read] = await createExcelHost(...asOfficeJs(fake)).readSheets('active');
  for (const [r, c, text] of texts) expect(read.rows[r]?.[c]).toEqual({ value: text });
});

test('the whole workbook: one Excel.run, three syncs (the names, the extents, then every sheet at once)', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  expect((await session.check('workbook')).map((f) => f.report.total.suggested)).toEqual([91.04, 90.79]);
  expect(fake.stats).toMatchObject({ runs: 1, syncs: 3 });
});

test('Office 2019 (ExcelApi 1.7): no merged areas to ask for, the same findings from blank-cell continuation', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS), '1.7');
  const [form] = await session.check('sheet');
  expect(fake.stats).toMatchObject({ runs: 1, syncs: 2 });
  expect(form.report.problems.map((p) => `${p.rule} ${p.cell}`)).toEqual(['budget-score H6']);
});

describe.each([
  ['a sheet of 10 rows', 10],
  ['a sheet of 5,000 rows', 5000],
])('%s', (_, rows) => {
  test('check: one run, two syncs; write: one run, two syncs; undo exact; nothing else touched', async () => {
    const grid = bigSheet(rows);
    setCell(grid, 4, 7, { value: 10 }); // a budget score against the rule (9.88) …
    setCell(grid, 6 + rows, 7, undefined); // … and no total yet
    const { fake, session } = await excelWith([grid]);
    const [form] = await session.check('sheet');
    expect(form.form.indicators).toHaveLength(rows);
    expect(fake.stats).toMatchObject({ runs: 1, syncs: 2 });

    const before = snapshot(fake);
    // The ticked rows: scores already filled in that differ from their rule are offered unticked.
    const preview = session.preview().filter((r) => r.selected);
    expect(preview.map((r) => r.edit.kind)).toEqual(['budget-score', 'total']);
    const { runs, syncs } = fake.stats;
    await session.write(preview);
    expect(fake.stats.runs - runs).toBe(1);
    expect(fake.stats.syncs - syncs).toBe(2);
    const after = snapshot(fake);
    const edited = new Set(preview.map((r) => `${r.edit.row},${r.edit.col}`));
    const changed = [...new Set([...before[0][1].keys(), ...after[0][1].keys()])].filter((k) => JSON.stringify(before[0][1].get(k)) !== JSON.stringify(after[0][1].get(k)));
    expect(changed.sort()).toEqual([...edited].sort());

    await session.undo();
    expect(snapshot(fake)).toEqual(before);
  });
});

test('the total and grade go in as live formulas; undo puts back the old values and formulas exactly', async () => {
  const grids = await fixtureSheets('variants/layouts.xlsx', ['公式合计']);
  setCell(grids[0], 5, 7, { value: 10 }); // a budget score against the rule, under a total that is a SUM formula
  const { fake, session } = await excelWith(grids);
  await session.check('sheet');
  const before = snapshot(fake);
  await session.write(session.preview());
  const sheet = fake.model.sheet('公式合计')!;
  expect(sheet.cellAt('H6').formula).toBe('=ROUND(F6*MIN(E6/D6,1),2)');
  expect(sheet.cellAt('H20').formula).toBe('=SUM(H13:H19)+H6'); // a right formula total is left alone
  await session.undo();
  expect(snapshot(fake)).toEqual(before);
  expect(sheet.cellAt('H20').formula).toBe('=SUM(H13:H19)+H6');
});

test('undo brings back text that Excel would otherwise read as a number', async () => {
  const grids = await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']);
  setCell(grids[0], 5, 7, { value: '10' }); // the budget score typed as text
  const { fake, session } = await excelWith(grids);
  await session.check('sheet');
  await session.write(session.preview());
  await session.undo();
  expect(fake.model.sheet('残疾人事业宣传经费')!.cellAt('H6').value).toBe('10');
});

/** Protects a sheet of the fake with only these cells unlocked (a form handed out for its input cells). */
function protect(fake: FakeExcel, sheet: string, unlocked: { row: number; col: number }[], allowFormatCells = false) {
  const s = fake.model.sheet(sheet)!;
  s.protected = true;
  s.allowFormatCells = allowFormatCells;
  s.unlocked = unlocked.map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col }));
}

test('a protected sheet whose target cells are unlocked is written, stays protected, and undo restores it', async () => {
  const grids = await fixtureSheets('seed-001.xlsx', SHEETS);
  const { fake, session } = await excelWith(grids);
  fake.model.atomicSyncs = false;
  await session.check('workbook');
  const rows = session.preview();
  const targets = rows.filter((r) => r.selected && r.edit.sheet === SHEETS[1]).map((r) => r.edit);
  expect(targets.length).toBeGreaterThan(0);
  protect(fake, SHEETS[1], targets, true);
  const before = snapshot(fake);
  await session.write(rows);
  const sheet = fake.model.sheet(SHEETS[1])!;
  expect(sheet.protected).toBe(true);
  for (const t of targets) expect(sheet.cell(t.row, t.col).formula).toBe(t.formula ? `=${t.formula}` : t.next);
  await session.undo();
  expect(snapshot(fake)).toEqual(before);
});

test('a locked target cell of a protected sheet: refused, naming the cells and what to do; nothing written on any sheet', async () => {
  const grids = await fixtureSheets('seed-001.xlsx', SHEETS);
  const { fake, session } = await excelWith(grids);
  fake.model.atomicSyncs = false; // as real Excel: a failed batch keeps what it applied before the failure
  await session.check('workbook');
  const rows = session.preview();
  const targets = rows.filter((r) => r.selected).map((r) => r.edit);
  const locked = targets.find((t) => t.sheet === SHEETS[1])!;
  protect(fake, SHEETS[0], targets, true); // every target of the first sheet is unlocked
  protect(fake, SHEETS[1], targets.filter((t) => t !== locked), true);
  const before = snapshot(fake);
  await expect(session.write(rows)).rejects.toThrow(`工作表“${SHEETS[1]}”受保护，单元格 ${locked.cell} 已锁定，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护`);
  expect(snapshot(fake)).toEqual(before);
});

test('a protected sheet that does not allow formatting: a write that keeps the format goes through; one that changes it is refused', async () => {
  const fake = createFakeExcel({ sheets: [{ name: '表', rows: [['得分', 5, 6]], numberFormats: { C1: '0.00' }, protected: true, unlocked: ['B1:C1'] }] });
  const host = createExcelHost(...asOfficeJs(fake));
  const sheet = fake.model.sheet('表')!;
  await expect(host.writeCells([{ sheet: '表', row: 0, col: 1, value: 7, numFmt: '0.00' }], [{ value: 5 }])).rejects.toThrow(
    '工作表“表”受保护且不允许设置单元格格式，单元格 B1 的数字格式无法更改，未写入任何单元格。',
  );
  expect(sheet.cellAt('B1').value).toBe(5);
  await host.writeCells([{ sheet: '表', row: 0, col: 2, value: 8, numFmt: '0.00' }], [{ value: 6, numFmt: '0.00' }]);
  expect(sheet.cellAt('C1')).toMatchObject({ value: 8, numberFormat: '0.00' });
  sheet.allowFormatCells = true;
  await host.writeCells([{ sheet: '表', row: 0, col: 1, value: 7, numFmt: '0.00' }], [{ value: 5 }]);
  expect(sheet.cellAt('B1')).toMatchObject({ value: 7, numberFormat: '0.00' });
});

test('a cell changed since the preview: nothing is written', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  await session.check('workbook');
  fake.model.sheet(SHEETS[1])!.setCell(27, 7, { ...fake.model.sheet(SHEETS[1])!.cellAt('H28'), value: 80, formula: 80 });
  const before = snapshot(fake);
  await expect(session.write(session.preview())).rejects.toThrow(`单元格 ${SHEETS[1]}!H28 在预览后被修改过`);
  expect(snapshot(fake)).toEqual(before);
});

test('a cell being edited: a message that says what to do', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  fake.model.cellEditMode = true;
  await expect(session.check('sheet')).rejects.toThrow('Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。');
});

/** Every sheet's used range (or its merged areas) in one round trip: what the host must not do. */
function readAtOnce(fake: FakeExcel, what: 'contents' | 'merges') {
  const [excel] = asOfficeJs(fake);
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    for (const sheet of sheets.items) {
      const used = sheet.getUsedRange(true);
      if (what === 'contents') used.load('values, formulas, numberFormat');
      else used.getMergedAreasOrNullObject().load('areaCount');
    }
    await context.sync();
  });
}

describe("Excel's limits, on in the fake as documented", () => {
  test('a sheet with 600 merged areas is read whole, its merges included, in a number of syncs that does not grow with them', async () => {
    const grid = bigSheet(600);
    const merges = Array.from({ length: 600 }, (_, i) => ({ top: 6 + i, left: 8, bottom: 6 + i, right: 9 })); // I:J of every indicator row
    const { fake } = await excelWith([{ ...grid, merges: [...grid.merges, ...merges] }]);
    await expect(readAtOnce(fake, 'merges')).rejects.toMatchObject({ name: 'RichApi.Error' }); // what one read would meet
    fake.stats.syncs = 0;
    const [read] = await createExcelHost(...asOfficeJs(fake)).readSheets('active');
    expect(read.merges).toHaveLength(grid.merges.length + 600);
    expect(read.merges).toEqual(expect.arrayContaining(merges));
    expect(read.rows.filter(Boolean)).toHaveLength(grid.rows.filter(Boolean).length);
    expect(fake.stats.syncs).toBeLessThanOrEqual(6); // extent, the failed read, without merges, merges in halves
  });

  test('a workbook whose read would pass 5 MB is read in parts, every sheet complete, and checked', async () => {
    const note = '说明'.repeat(800); // a long remark in every row: 1,600 characters, in values and in formulas
    const sheets = [0, 1].map((i) => {
      const grid = bigSheet(2000);
      grid.rows.forEach((row, r) => r > 5 && row && setCell(grid, r, 12, { value: `${note}${r}` }));
      return { ...grid, name: `表${i + 1}` };
    });
    const { fake, session } = await excelWith(sheets);
    await expect(readAtOnce(fake, 'contents')).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const forms = await session.check('workbook');
    expect(forms.map((f) => f.form.indicators.length)).toEqual([2000, 2000]);
    const grids = await createExcelHost(...asOfficeJs(fake)).readSheets('all');
    expect(grids.map((g) => g.rows[2005]?.[12]?.value)).toEqual([`${note}2005`, `${note}2005`]);
    expect(grids.unread).toBeUndefined();
  });

  test('a sheet that cannot be read is reported with a clear message, and the others are read and checked', async () => {
    const grids = await fixtureSheets('seed-001.xlsx', SHEETS);
    const { fake } = await excelWith(grids);
    const huge = fake.model.sheet(SHEETS[0])!;
    huge.setCell(5_999_999 % 1_048_576, 5, { ...huge.cellAt('A1'), value: 1, formula: 1 }); // a stray value far below …
    huge.setCell(0, 16000, { ...huge.cellAt('A1'), value: 1, formula: 1 }); // … and far right: a used range of billions of cells
    const host = createExcelHost(...asOfficeJs(fake));
    const read = await host.readSheets('all');
    expect(read.map((g) => g.name)).toEqual([SHEETS[1]]);
    expect(read.unread).toEqual([{ sheet: SHEETS[0], reason: 'too-large', message: expect.stringContaining('500 万个单元格'), error: expect.any(HostError) }]);
    expect(read.unread![0].error.messageIn('en-US')).toContain('more than Excel reads at once (5 million cells)');
    const session = new PaneSession(host);
    expect((await session.check('workbook')).map((f) => f.form.sheet)).toEqual([SHEETS[1]]);
    expect(session.unreadSheets.map((u) => u.sheet)).toEqual([SHEETS[0]]);
    await expect(host.readSheets([SHEETS[0]])).rejects.toThrow('500 万个单元格');
  });
});

test.each(['1.13', '1.7'])('marks and clearing restore each fill exactly (ExcelApi %s)', async (version) => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS), version);
  const sheet = fake.model.sheet(SHEETS[0])!;
  sheet.setCell(5, 7, { ...sheet.cellAt('H6'), fill: '#00B050' });
  await session.check('workbook');
  const before = snapshot(fake);
  const { runs, syncs } = fake.stats;
  await session.mark();
  expect([fake.stats.runs - runs, fake.stats.syncs - syncs]).toEqual([1, 2]);
  expect(sheet.cellAt('H6').fill).toBe('#FFC7CE');
  expect(fake.model.sheet(SHEETS[1])!.cellAt('H28').fill).toBe('#FFEB9C');
  await session.clearMarks();
  expect(snapshot(fake)).toEqual(before);
});

test('the reviewer sheet: a new sheet with links to the cells, the checked sheets untouched', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  await session.check('workbook');
  const before = snapshot(fake);
  const name = await session.writeReview(ZH.reviewSheet, ZH.reviewHeader, ZH.severity);
  expect(name).toBe('审核意见');
  const review = fake.model.sheet('审核意见')!;
  expect(review.cellAt('D2').formula).toBe(`=HYPERLINK("#'残疾人事业宣传经费'!H6","H6")`);
  expect(review.cellAt('G2').value).toBe('预算执行率 60.37%，按规则得分应为 6.04（分值 10 × 60.37%），表中为 10');
  expect(review.cellAt('A1').bold).toBe(true);
  expect(snapshot(fake).slice(0, 2)).toEqual(before);
  expect(await session.writeReview('审核意见', ['x'], { error: '', warning: '', info: '' })).toBe('审核意见 (2)');
});

test('clicking a finding selects its cell on its sheet', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  const [, second] = await session.check('workbook');
  await session.select(second.check.findings[0]);
  expect(fake.model.activeSheet.name).toBe(SHEETS[1]);
  expect(fake.model.activeSheet.activeCell).toEqual({ row: 27, col: 7 });
});

test('the active cell is reported with its sheet, so next year\'s form starts at the form the user is in', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  const [, second] = await session.check('workbook');
  await session.select(second.check.findings[0]);
  expect(await createExcelHost(...asOfficeJs(fake)).activeCell!()).toEqual({ sheet: SHEETS[1], row: 27, col: 7 });
  // Excel quotes a sheet name with spaces or quotes in an address, doubling a quote inside.
  expect(sheetOfAddress("'It''s 表 1'!B5")).toBe("It's 表 1");
  expect(sheetOfAddress('表1!B5')).toBe('表1');
});

test('settings are saved with the document', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  await session.saveSettings({ ...session.settings, reverseRule: 'linear' });
  expect(JSON.parse(fake.model.savedSettings.get('jixiao.settings') as string)).toMatchObject({ reverseRule: 'linear' });
  const again = new PaneSession(createExcelHost(...asOfficeJs(fake)));
  expect((await again.loadSettings()).reverseRule).toBe('linear');
});

describe.each(['1.13', '1.7'])('inserting a template (ExcelApi %s)', (version) => {
  test('one Excel.run and two syncs (the names taken, then everything); the sheets already there untouched; formulas, formats and rules in place', async () => {
    const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']), version);
    const before = snapshot(fake);
    const { runs, syncs } = fake.stats;
    const name = await session.insertTemplate('mof-2020', { year: 2027, project: '无障碍环境建设' });
    expect(fake.stats.runs - runs).toBe(1);
    expect(fake.stats.syncs - syncs).toBe(2);
    expect(name).toBe('2027年度绩效自评');
    expect(snapshot(fake)[0]).toEqual(before[0]);

    const sheet = fake.model.sheet(name)!;
    expect(fake.model.activeSheet.name).toBe(name);
    expect(sheet.cellAt('A1').value).toBe('财政项目支出绩效自评表');
    expect(sheet.cellAt('G6').formula).toBe('=IF(N(D6)>0,ROUND(E6/D6,4),"")');
    expect(sheet.merges.length).toBeGreaterThan(20);
    expect(sheet.columnWidth(3)).toBe(140.25); // 26 characters
    expect(sheet.conditionalFormats.map((f) => f.formula)).toEqual(['=AND(ISNUMBER(H13),H13>G13)']);
    if (version === '1.13') {
      expect(sheet.dataValidationAt('H14')?.rule).toEqual({ decimal: { formula1: '=0', formula2: '=G14', operator: 'Between' } });
      expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$12:$12' });
      expect(sheet.showGridlines).toBe(false);
    } else {
      expect(sheet.dataValidations).toEqual([]); // ExcelApi 1.8 and 1.9 are not there: no rules, no page setup
    }
    // (The fake evaluates no formula, so the blank form is checked whole through the .xlsx path, templates.test.ts.)
    expect(sheet.cellAt('B3').value).toBe('无障碍环境建设');
  });
});

test('a second template gets a free name, and next year’s form is made from the active sheet', async () => {
  const { fake, session } = await excelWith(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  await session.insertTemplate('shanghai-2019', { year: 2027 });
  expect(await session.insertTemplate('shanghai-2019', { year: 2027 })).toBe('2027年度绩效自评 (2)');
  fake.model.activeSheet = fake.model.sheet('残疾人事业宣传经费')!;
  const name = await session.insertTemplate('next-year', {});
  expect(name).toBe('2023年度 残疾人事业宣传经费');
  // The fake evaluates no formula (a new one reads 0), so the form is looked at cell by cell here; the
  // whole check of next year's form runs on the memory host and, recalculated, in LibreOffice.
  const sheet = fake.model.sheet(name)!;
  expect([sheet.cellAt('D13').value, sheet.cellAt('E13').value, sheet.cellAt('G13').value, sheet.cellAt('H13').value]).toEqual(['刊物发行计划完成率', '=100%', 9, '']);
  expect(sheet.cellAt('A2').value).toBe('（2023年度）');
});
