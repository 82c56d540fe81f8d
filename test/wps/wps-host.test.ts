/**
 * Every pane flow through PaneSession over the WPS host, against the fake ET holding real fixture sheets:
 * check, mark and clear, write and undo, the refusals, the reviewer sheet, templates, settings; with what
 * each costs in object-model calls.
 */
import { a1, type SheetGrid } from '../../src/core';
import { buildTemplate } from '../../src/core/templates/build';
import { validationBound } from '../../src/core/design';
import { HostError } from '../../src/host/spreadsheet-host';
import { MARK_COLORS, PaneSession } from '../../src/pane/session';
import { createWpsHost } from '../../src/wps/wps-host';
import { bigSheet } from '../../bench/generate';
import { bgrOf, contentAt, createFakeEt, type CreateFakeEtOptions, type FakeEt } from '../fakes/wps/fake-et';
import { fixtureSheets, setCell } from '../helpers/grids';
import { specOf, xmlParser } from './helpers';
import { stringsFor } from '../../src/pane/strings';

const ZH = stringsFor('zh-CN');

const SHEETS = ['残疾人事业宣传经费', '残疾人事业综合保障经费'];

function wpsWith(grids: SheetGrid[], options: CreateFakeEtOptions = {}) {
  const fake = createFakeEt({ sheets: grids.map(specOf), ...options });
  const host = createWpsHost(fake.app, { parser: xmlParser() });
  return { ...fake, host, session: new PaneSession(host) };
}

/** Changes one cell of a fixture grid before it goes into the fake. */

/** Every stored cell (contents and looks) and merge of every sheet, for comparing the whole workbook. */
const snapshot = (fake: FakeEt) => fake.model.snapshot();

/** Writes into the model: Formula, Value2, NumberFormat and fills assigned. */
const writes = (fake: FakeEt) => Object.entries(fake.stats.members).reduce((n, [name, count]) => (name.endsWith('=') ? n + count : n), 0);

test('check: the active sheet or the workbook, read as the engine reads the file', async () => {
  const { session, model } = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  const [form] = await session.check('sheet');
  expect(form.report.problems.map((p) => `${p.rule} ${p.cell}`)).toEqual(['budget-score H6']);
  model.activeSheet = model.sheet(SHEETS[1])!;
  expect((await session.check('sheet')).map((f) => f.form.sheet)).toEqual([SHEETS[1]]);
  expect((await session.check('workbook')).map((f) => f.report.total.suggested)).toEqual([91.04, 90.79]);
});

describe.each([
  ['a sheet of 10 rows', 10],
  ['a sheet of 5,000 rows', 5000],
])('%s', (_, rows) => {
  test('check, write and undo: only the previewed cells change, undo puts everything back', async () => {
    const grid = bigSheet(rows);
    setCell(grid, 4, 7, { value: 10 }); // a budget score against the rule (9.88) …
    setCell(grid, 6 + rows, 7, undefined); // … and no total yet
    const fake = wpsWith([grid]);
    const { session, stats } = fake;
    const [form] = await session.check('sheet');
    expect(form.form.indicators).toHaveLength(rows);

    const before = snapshot(fake);
    // The ticked rows: scores already filled in that differ from their rule are offered unticked.
    const preview = session.preview().filter((r) => r.selected);
    expect(preview.map((r) => r.edit.kind)).toEqual(['budget-score', 'total']);
    const calls = stats.calls;
    await session.write(preview);
    // Protection, one block read (Value2, Formula, NumberFormat), then two cells: the same for any length.
    // Protection, one block read (Value2, Formula, NumberFormat), one assignment per cell: the same for any length.
    expect(stats.calls - calls).toBe(12);
    const after = snapshot(fake);
    const edited = new Set(preview.map((r) => r.edit.row * 16384 + r.edit.col));
    const keys = new Set([...before[0].cells.keys(), ...after[0].cells.keys()]);
    const changed = [...keys].filter((k) => JSON.stringify(before[0].cells.get(k)) !== JSON.stringify(after[0].cells.get(k)));
    expect(new Set(changed)).toEqual(edited);
    expect(contentAt(fake.model.sheets[0], 'H5')).toEqual({ value: null, formula: '=ROUND(F5*MIN(E5/D5,1),2)' });

    await session.undo();
    expect(snapshot(fake)).toEqual(before);
  });
});

test('the total goes in as a live formula over a SUM total left alone; undo restores values, formulas and formats exactly', async () => {
  const grids = await fixtureSheets('variants/layouts.xlsx', ['公式合计']);
  setCell(grids[0], 5, 7, { value: 10 });
  const fake = wpsWith(grids);
  await fake.session.check('sheet');
  const before = snapshot(fake);
  await fake.session.write(fake.session.preview());
  const sheet = fake.model.sheet('公式合计')!;
  expect(sheet.cellAt('H6')).toMatchObject({ formula: '=ROUND(F6*MIN(E6/D6,1),2)' });
  expect(sheet.cellAt('H20')).toMatchObject({ formula: '=SUM(H13:H19)+H6' });
  await fake.session.undo();
  expect(snapshot(fake)).toEqual(before);
});

test('values instead of formulas, and undo of text that ET would read as a number', async () => {
  const grids = await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']);
  setCell(grids[0], 5, 7, { value: '10' }); // the budget score typed as text
  const fake = wpsWith(grids);
  fake.session.settings = { ...fake.session.settings, writeFormulas: false };
  await fake.session.check('sheet');
  const before = snapshot(fake);
  await fake.session.write(fake.session.preview());
  expect(fake.model.sheets[0].cellAt('H6')).toEqual({ value: 6.04 });
  await fake.session.undo();
  expect(fake.model.sheets[0].cellAt('H6')).toEqual({ value: '10' });
  expect(snapshot(fake)).toEqual(before);
});

test('a cell changed since the preview: nothing is written, on any sheet', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  await fake.session.check('workbook');
  fake.model.sheet(SHEETS[1])!.patchCell(27, 7, { value: 80 });
  const before = snapshot(fake);
  const written = writes(fake);
  const failure = fake.session.write(fake.session.preview());
  await expect(failure).rejects.toThrow(`单元格 ${SHEETS[1]}!H28 在预览后被修改过，未写入任何单元格。请重新检查后再写入。`);
  await expect(failure).rejects.toMatchObject({ reason: 'changed' });
  expect(writes(fake)).toBe(written);
  expect(snapshot(fake)).toEqual(before);
});

test('a locked target cell of a protected sheet: refused before any write, on any sheet, naming the cell', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS), { protectedSheets: [SHEETS[1]] });
  await fake.session.check('workbook');
  const before = snapshot(fake);
  const locked = fake.session.preview().find((r) => r.selected && r.edit.sheet === SHEETS[1])!.edit;
  const failure = fake.session.write(fake.session.preview());
  await expect(failure).rejects.toThrow(`工作表“${SHEETS[1]}”受保护，单元格 ${locked.cell} 已锁定，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护`);
  await expect(failure).rejects.toMatchObject({ reason: 'protected' });
  expect(writes(fake)).toBe(0);
  expect(snapshot(fake)).toEqual(before);
});

test('a protected sheet whose target cells are unlocked is written, stays protected, and undo restores it', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  await fake.session.check('workbook');
  const rows = fake.session.preview();
  const sheet = fake.model.sheet(SHEETS[1])!;
  sheet.protected = true;
  sheet.unlocked = rows.filter((r) => r.edit.sheet === SHEETS[1]).map(({ edit }) => ({ top: edit.row, left: edit.col, bottom: edit.row, right: edit.col }));
  const before = snapshot(fake);
  expect(await fake.session.write(rows)).toBe(rows.filter((r) => r.selected).length);
  expect(sheet.protected).toBe(true);
  for (const { edit } of rows.filter((r) => r.selected && r.edit.sheet === SHEETS[1])) expect(contentAt(sheet, edit.cell)).toMatchObject(edit.formula ? { formula: `=${edit.formula}` } : { value: edit.next });
  await fake.session.undo();
  expect(snapshot(fake)).toEqual(before);
});

test('a protected sheet takes no number format change, even in an unlocked cell: refused, naming the cell', async () => {
  const fake = createFakeEt({ sheets: [{ name: '表', cells: [[{ value: '得分' }, { value: 5 }, { value: 6, numFmt: '0.00' }]], protected: true, unlocked: [{ top: 0, left: 1, bottom: 0, right: 2 }] }] });
  const host = createWpsHost(fake.app, { parser: xmlParser() });
  await expect(host.writeCells([{ sheet: '表', row: 0, col: 1, value: 7, numFmt: '0.00' }], [{ value: 5 }])).rejects.toThrow('单元格 B1 的数字格式无法更改，未写入任何单元格');
  await host.writeCells([{ sheet: '表', row: 0, col: 2, value: 8, numFmt: '0.00' }], [{ value: 6, numFmt: '0.00' }]);
  expect(contentAt(fake.model.sheet('表')!, 'C1')).toEqual({ value: 8, numFmt: '0.00' });
});

test('an assignment failing midway: what was written is put back, and the message says so', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  await fake.session.check('workbook');
  const before = snapshot(fake);
  fake.model.failWritesAfter = 2; // the first sheet's two cells go in, the second sheet's fails
  const failure = fake.session.write(fake.session.preview());
  await expect(failure).rejects.toThrow(/^写入单元格 残疾人事业综合保障经费!H28 时失败，已写入的单元格已恢复原样，表格未被修改：/);
  await expect(failure).rejects.toBeInstanceOf(HostError);
  expect(snapshot(fake)).toEqual(before);
  expect(fake.session.canUndo).toBe(false);
});

test('when putting back fails too, the message says which sheet to look at', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  await fake.session.check('workbook');
  fake.model.failWritesAfter = 2;
  fake.model.keepFailing = true;
  await expect(fake.session.write(fake.session.preview())).rejects.toThrow(`且已写入的单元格未能全部恢复，请检查工作表“${SHEETS[1]}”`);
});

test('mark and clear: fills by severity in BGR, and each cell gets back exactly the fill it had', async () => {
  const grids = await fixtureSheets('seed-001.xlsx', SHEETS);
  const fake = wpsWith(grids);
  fake.model.sheets[0].patchCell(5, 7, { fill: bgrOf('#00B050') }); // H6 was green
  await fake.session.check('workbook');
  const before = snapshot(fake);
  const calls = fake.stats.calls;
  expect(await fake.session.mark()).toBe(2);
  expect(fake.model.sheets[0].cellAt('H6')!.fill).toBe(0xcec7ff); // #FFC7CE
  expect(fake.model.sheets[1].cellAt('H28')!.fill).toBe(bgrOf(MARK_COLORS.warning));
  // The workbook; per sheet Sheets, Item, ProtectContents; per cell Range, Interior, Pattern, (Color when filled), Color=.
  expect(fake.stats.calls - calls).toBe(1 + 2 * 3 + 2 * 4 + 1);
  await fake.session.mark(); // marked twice: clearing still restores what was there first
  expect(await fake.session.clearMarks()).toBe(2);
  expect(snapshot(fake)).toEqual(before);
});

test('marking a protected sheet is refused with a message, nothing filled', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS), { protectedSheets: [SHEETS[1]] });
  await fake.session.check('workbook');
  const before = snapshot(fake);
  await expect(fake.session.mark()).rejects.toThrow(`工作表“${SHEETS[1]}”受保护，无法标记单元格`);
  expect(snapshot(fake)).toEqual(before);
});

test('clicking a finding activates its sheet and selects its cell', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  const [, second] = await fake.session.check('workbook');
  await fake.session.select(second.check.findings[0]);
  expect(fake.model.activeSheet.name).toBe(SHEETS[1]);
  expect(fake.model.activeSheet.activeCell).toEqual({ row: 27, col: 7 });
});

test('the active cell is reported with its sheet (Application.ActiveCell, counted from 1), so next year\'s form starts at the form the user is in', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  const [, second] = await fake.session.check('workbook');
  await fake.session.select(second.check.findings[0]);
  expect(await fake.host.activeCell!()).toEqual({ sheet: SHEETS[1], row: 27, col: 7 });
});

test('the reviewer sheet: a new last sheet with HYPERLINK cells, bold header, the checked sheets untouched', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
  await fake.session.check('workbook');
  const before = snapshot(fake);
  const calls = fake.stats.calls;
  const name = await fake.session.writeReview(ZH.reviewSheet, ZH.reviewHeader, ZH.severity);
  expect(name).toBe('审核意见');
  expect(fake.model.sheets.map((s) => s.name)).toEqual([...SHEETS, '审核意见']);
  expect(fake.model.activeSheet.name).toBe('审核意见');
  const review = fake.model.sheet('审核意见')!;
  expect(review.cellAt('D2')).toEqual({ value: null, formula: `=HYPERLINK("#'残疾人事业宣传经费'!H6","H6")` });
  expect(review.cellAt('A2')).toEqual({ value: 1 });
  expect(review.cellAt('G2')!.value).toBe('预算执行率 60.37%，按规则得分应为 6.04（分值 10 × 60.37%），表中为 10');
  expect(review.cellAt('G1')).toEqual({ value: '说明', bold: true });
  expect(review.cellAt('A3')).toEqual({ value: 2 });
  expect(fake.stats.members['Formula=']).toBe(1); // every row in one assignment
  expect(fake.stats.calls - calls).toBeLessThan(25);
  expect(snapshot(fake).slice(0, 2)).toEqual(before);
  expect(await fake.session.writeReview('审核意见', ['x'], { error: '', warning: '', info: '' })).toBe('审核意见 (2)');
});

test('inserting a template: a new sheet laid out as designed, under a free name; the other sheets untouched', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  const before = snapshot(fake);
  const name = await fake.session.insertTemplate('mof-2020', { year: 2026 });
  const design = buildTemplate('mof-2020', { year: 2026 });
  expect(name).toBe(design.name);
  expect(snapshot(fake)[0]).toEqual(before[0]);
  expect(fake.model.activeSheet.name).toBe(name);
  const sheet = fake.model.sheet(name)!;

  design.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const expected = { value: cell.formula ? null : (cell.value ?? null), ...(cell.formula ? { formula: `=${cell.formula}` } : {}), ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) };
      const isMaster = !sheet.mergeAt(r, c) || (sheet.mergeAt(r, c)!.top === r && sheet.mergeAt(r, c)!.left === c);
      if (isMaster) expect([a1(r, c), contentAt(sheet, a1(r, c))]).toEqual([a1(r, c), expected]);
    }),
  );
  const h6 = sheet.cellAt('H6')!;
  expect([h6.fontName, h6.fontSize, h6.border, h6.vAlign]).toEqual(['SimSun', 10, true, -4108]);
  expect(sheet.merges).toEqual(design.merges);
  design.columnWidths.forEach((w, c) => expect(sheet.columnWidths.get(c)).toBe(w));
  for (const [row, height] of Object.entries(design.rowHeights)) expect(sheet.rowHeights.get(Number(row))).toBe(height);
  expect(design.validations).toHaveLength(2); // weights and scores: the loops below check something
  expect(design.highlights).toHaveLength(1);
  for (const v of design.validations) {
    for (let r = v.area.top; r <= v.area.bottom; r++) {
      const max = validationBound(v, r);
      expect(sheet.cell(r, v.area.left)!.validation).toEqual({
        type: 2,
        alertStyle: 1,
        operator: max ? 1 : 7,
        formula1: String(v.min),
        formula2: max ? `=${max.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}` : undefined,
        errorTitle: '数值不合规',
        errorMessage: v.message,
        showError: true,
      });
    }
  }
  expect(sheet.conditionalFormats).toEqual(
    design.highlights.map((h) => ({ area: h.area, type: 2, formula1: `=${h.formula}`, anchor: { row: h.area.top, col: h.area.left }, color: bgrOf(h.fill) })),
  );
  const [from, to] = design.print.repeatRows;
  expect(sheet.pageSetup).toEqual({ Orientation: 1, PaperSize: 9, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false, PrintTitleRows: `$${from + 1}:$${to + 1}`, CenterHorizontally: true });
  expect(sheet.gridlines).toBe(false);
  expect(fake.model.sheets[0].gridlines).toBe(true);
  expect(await fake.session.insertTemplate('mof-2020', { year: 2026 })).toBe(`${design.name} (2)`);
});

test('a template on a machine without a printer: the form without page setup', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  fake.model.printerMissing = true;
  const name = await fake.session.insertTemplate('shanghai-2019', { year: 2027 });
  expect(fake.model.sheet(name)!.cellAt('A1')?.value).toBeTruthy();
});

test('a failure while laying out a template deletes the half-made sheet, without asking', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  const before = snapshot(fake);
  fake.model.failWritesAfter = 5;
  await expect(fake.session.insertTemplate('mof-2020', { year: 2026 })).rejects.toThrow(/^WPS 表格未能完成这一步：.*模拟的故障/);
  expect(snapshot(fake)).toEqual(before);
  expect(fake.model.prompts).toBe(0);
  expect(fake.model.displayAlerts).toBe(true);
});

test('next year’s form from the active sheet', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  const name = await fake.session.insertTemplate('next-year', {});
  expect(name).toBe('2023年度 残疾人事业宣传经费');
  const sheet = fake.model.sheet(name)!;
  // Targets typed as `=100%` stay text: the apostrophe kept ET from taking them for formulas.
  expect([contentAt(sheet, 'D13').value, contentAt(sheet, 'E13'), contentAt(sheet, 'A2').value]).toEqual(['刊物发行计划完成率', { value: '=100%' }, '（2023年度）']);
});

test('settings: saved as a document property, loaded back, defaults when missing or damaged', async () => {
  const fake = wpsWith(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  expect(await fake.session.loadSettings()).toEqual(fake.session.settings);
  await fake.session.saveSettings({ ...fake.session.settings, reverseRule: 'linear' });
  expect(JSON.parse(fake.model.properties.find((p) => p.name === 'jixiao.settings')!.value as string)).toMatchObject({ reverseRule: 'linear' });
  await fake.session.saveSettings({ ...fake.session.settings, rounding: 'truncate' }); // the property exists now
  expect(fake.model.properties).toHaveLength(1);
  const again = new PaneSession(createWpsHost(fake.app, { parser: null }));
  expect(await again.loadSettings()).toMatchObject({ reverseRule: 'linear', rounding: 'truncate' });
  fake.model.properties[0].value = '{不是 JSON';
  expect(await createWpsHost(fake.app).loadSettings()).toEqual({});
});

describe('what builds differ in', () => {
  const grid = (rows: (string | number | null)[][]): SheetGrid => ({
    name: '表',
    rows: rows.map((r) => (r.some((v) => v !== null) ? r.map((value) => (value === null ? undefined : { value })) : undefined)),
    merges: [],
  });

  test.each([
    ['a scalar for a one-cell sheet', [[42]]],
    ['a single row', [[1, 'a', null, 2]]],
    ['a single column', [[1], ['b'], [null], [3]]],
    ['a block', [[null, 'x'], [2, null]]],
  ])('Value2 and Formula of %s, 1-D or 2-D', async (_, rows) => {
    for (const rowShape of ['1d', '2d'] as const) {
      for (const emptyValue of [undefined, null, ''] as const) {
        const fake = wpsWith([grid(rows)], { rowShape, emptyValue });
        const [read] = await fake.host.readSheets('active');
        expect(read.rows).toEqual(grid(rows).rows);
      }
    }
  });

  test('an empty sheet reads as no rows', async () => {
    const fake = wpsWith([{ name: '空', rows: [], merges: [] }]);
    expect(await fake.host.readSheets(['空'])).toEqual([{ name: '空', rows: [], merges: [] }]);
  });

  test('formula errors come back as CVErr codes and are read as their texts; a number is a number', async () => {
    const fake = wpsWith([
      {
        name: '错误',
        rows: [[{ value: '#DIV/0!', formula: 'A2/0' }, { value: '#N/A', formula: 'NA()' }, { value: -2146826281 }, { value: '#REF!', formula: '#REF!+1' }]],
        merges: [],
      },
    ]);
    fake.model.sheets[0].patchCell(1, 0, { value: '#NAME?', error: true }); // a constant error, typed in
    const [read] = await fake.host.readSheets('active');
    expect(read.rows).toEqual([
      [
        { value: '#DIV/0!', formula: 'A2/0' },
        { value: '#N/A', formula: 'NA()' },
        { value: -2146826281 },
        { value: '#REF!', formula: '#REF!+1' },
      ],
      [{ value: '#NAME?' }],
    ]);
  });

  test('Address, Count, Name and Value2 as methods: the same grids', async () => {
    const grids = await fixtureSheets('seed-001.xlsx', SHEETS);
    const asProperties = await wpsWith(grids).host.readSheets('all');
    const asMethods = wpsWith(grids, { addressIsMethod: true, methods: ['Count', 'Name', 'Value2'] });
    expect(await asMethods.host.readSheets('all')).toEqual(asProperties);
    expect(asMethods.stats.members['Address']).toBe(2);
  });

  test('formats on a build without Value(11): one read when the sheet shares one, else per column, halving a mixed one', async () => {
    const rows = [[{ value: 0.5, numFmt: '0.00%' }, { value: 0.25, numFmt: '0.00%' }], [{ value: 0.125, numFmt: '0.00%' }, { value: 2, numFmt: '0.00' }]];
    const fake = wpsWith([{ name: '表', rows, merges: [] }], { withXmlValue: 'throws' });
    expect((await fake.host.readSheets('active'))[0].rows).toEqual(rows);
    expect(fake.stats.members['NumberFormat']).toBe(1 + 2 + 2); // the sheet, each column, the mixed column's two halves
    const shared = wpsWith([{ name: '表', rows: [[rows[0][0], rows[0][1]]], merges: [] }], { withXmlValue: false });
    expect((await shared.host.readSheets('active'))[0].rows).toEqual([[rows[0][0], rows[0][1]]]);
    expect(shared.stats.members['NumberFormat']).toBe(1);
  });

  test('without a DOMParser the host does not ask for the XML at all', async () => {
    const fake = createFakeEt({ sheets: [{ name: '表', cells: [[{ value: 0.5, numFmt: '0.00%' }]] }] });
    const [read] = await createWpsHost(fake.app, { parser: null }).readSheets('active');
    expect(read.rows).toEqual([[{ value: 0.5, numFmt: '0.00%' }]]);
    expect(fake.stats.members['Value']).toBeUndefined();
  });
});

describe('failures the user can act on', () => {
  test('a sheet that cannot be read is reported, and the others are read and checked', async () => {
    const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
    fake.model.sheet(SHEETS[0])!.readFailure = '内存不足（模拟的故障）';
    const forms = await fake.session.check('workbook');
    expect(forms.map((f) => f.form.sheet)).toEqual([SHEETS[1]]);
    expect(fake.session.notices).toEqual([expect.stringMatching(new RegExp(`^工作表“${SHEETS[0]}”未能读取，未检查（其他工作表已检查）：WPS 表格未能完成这一步：内存不足`))]);
    fake.model.sheet(SHEETS[1])!.readFailure = '内存不足（模拟的故障）';
    await expect(fake.session.check('workbook')).rejects.toThrow('内存不足');
  });

  test('a cell being edited', async () => {
    const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS), { editing: true });
    const failure = fake.session.check('sheet');
    await expect(failure).rejects.toThrow('若正在编辑单元格，请先按 Enter 或 Esc 结束编辑');
  });

  test('a sheet renamed or deleted since the check', async () => {
    const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
    await fake.session.check('workbook');
    fake.model.sheets[1].name = '改名了';
    const failure = fake.session.recheck();
    await expect(failure).rejects.toThrow(`找不到工作表“${SHEETS[1]}”，它可能刚被重命名或删除。请重新检查。`);
    await expect(failure).rejects.toMatchObject({ reason: 'missing-sheet' });
  });

  test('no workbook open', async () => {
    const host = createWpsHost({ ActiveWorkbook: null, ActiveSheet: null }, { parser: null });
    await expect(host.readSheets('active')).rejects.toThrow('没有打开的工作簿');
    expect(await host.loadSettings()).toEqual({});
  });

  test('anything else: ET’s own words after ours', async () => {
    const fake = wpsWith(await fixtureSheets('seed-001.xlsx', SHEETS));
    fake.model.failWritesAfter = 0;
    await expect(fake.session.saveSettings(fake.session.settings)).rejects.toThrow(/^设置未能保存到文档：/);
  });
});
