/** The pane's actions over a host holding real fixture sheets: check, mark, write, undo, review. */
import { a1 } from '../../src/core';
import { MARK_COLORS, PaneSession } from '../../src/pane/session';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';
import { stringsFor } from '../../src/pane/strings';

const ZH = stringsFor('zh-CN');

const SHEETS = ['残疾人事业宣传经费', '残疾人事业综合保障经费', '残疾人教育和就业经费'];

async function setUp() {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', SHEETS));
  return { host, session: new PaneSession(host) };
}

test('checks the active sheet, or every sheet of the workbook', async () => {
  const { host, session } = await setUp();
  expect((await session.check('sheet')).map((f) => f.form.sheet)).toEqual(['残疾人事业宣传经费']);
  host.active = '残疾人事业综合保障经费';
  expect((await session.check('sheet')).map((f) => f.form.sheet)).toEqual(['残疾人事业综合保障经费']);
  expect((await session.check('workbook')).map((f) => f.form.sheet)).toEqual(SHEETS);
});

test('findings are grouped by first-level group, header and budget first', async () => {
  const host = new MemoryHost(await fixtureSheets('variants/broken.xlsx', ['得分超出权重', '执行率算错']));
  const session = new PaneSession(host);
  const [over, rate] = await session.check('workbook');
  expect(PaneSession.groupFindings(over, '表头').map((g) => [g.group, g.findings.map((f) => f.rule)])).toEqual([['产出指标', ['score-range', 'score-rule']]]);
  expect(PaneSession.groupFindings(rate, '表头').map((g) => [g.group, g.findings.map((f) => f.cell)])).toEqual([['表头', ['G6', 'H6']]]);
});

test('mark fills each finding cell by severity; clear restores the fills exactly, even marked twice', async () => {
  const { host, session } = await setUp();
  host.fills.set('残疾人事业宣传经费!5,7', '#00B050'); // H6 was green before
  await session.check('workbook');
  expect(await session.mark()).toBe(2);
  expect(host.fills.get('残疾人事业宣传经费!5,7')).toBe(MARK_COLORS.error);
  expect(host.fills.get('残疾人事业综合保障经费!27,7')).toBe(MARK_COLORS.warning);
  await session.mark();
  expect(await session.clearMarks()).toBe(2);
  expect(host.fills.get('残疾人事业宣传经费!5,7')).toBe('#00B050');
  expect(host.fills.get('残疾人事业综合保障经费!27,7')).toBeNull();
  expect(session.hasMarks).toBe(false);
});

test('the preview ticks everything but a filled-in indicator score', async () => {
  const host = new MemoryHost(await fixtureSheets('variants/broken.xlsx', ['预算执行率得分', '执行率算错']));
  const session = new PaneSession(host);
  await session.check('workbook');
  expect(session.preview().map((r) => [r.id, r.edit.kind, r.selected])).toEqual([
    ['预算执行率得分!E16', 'budget-score', false], // form A: the 预算执行率 score is an indicator score someone typed
    ['预算执行率得分!E22', 'total', true], // 91 − 8 + 5 = 88 …
    ['预算执行率得分!B8', 'grade', true], // … which is 良好, no longer 优秀
    ['执行率算错!G6', 'rate', true],
    ['执行率算错!H6', 'budget-score', true],
    ['执行率算错!H22', 'total', true],
  ]);
});

test('write puts formulas in by default and one undo restores values and formulas exactly', async () => {
  const { host, session } = await setUp();
  const original = structuredClone(host.sheets);
  await session.check('workbook');
  const rows = session.preview();
  expect(await session.write(rows)).toBe(3);
  expect(host.cell('残疾人事业宣传经费', 5, 7)).toEqual({ value: 6.04, formula: 'ROUND(F6*MIN(E6/D6,1),2)' });
  expect(host.cell('残疾人事业宣传经费', 21, 7)).toEqual({ value: 91.04, formula: 'SUM(H13:H21,H6)' });
  expect(host.cell('残疾人事业综合保障经费', 27, 7)).toEqual({ value: 90.79, formula: 'SUM(H13:H27,H6)' });
  // Nothing outside the previewed cells changed.
  const edited = new Set(rows.map((r) => r.id));
  host.sheets.forEach((sheet, s) =>
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!edited.has(`${sheet.name}!${a1(r, c)}`)) expect(cell).toEqual(original[s].rows[r]?.[c]);
      }),
    ),
  );
  expect(await session.undo()).toBe(3);
  expect(host.sheets).toEqual(original);
  expect(session.canUndo).toBe(false);
});

test('write as values when the setting says so; unticked cells stay as they are', async () => {
  const { host, session } = await setUp();
  session.settings = { ...session.settings, writeFormulas: false };
  await session.check('workbook');
  const rows = session.preview().map((r) => (r.edit.kind === 'total' && r.edit.sheet === '残疾人事业宣传经费' ? { ...r, selected: false } : r));
  expect(await session.write(rows)).toBe(2);
  expect(host.cell('残疾人事业宣传经费', 5, 7)).toEqual({ value: 6.04 });
  expect(host.cell('残疾人事业宣传经费', 21, 7)?.value).toBe(95);
});

test('a cell changed since the preview, or a protected sheet: nothing is written', async () => {
  const { host, session } = await setUp();
  const original = structuredClone(host.sheets);
  await session.check('workbook');
  const rows = session.preview();
  host.protectedSheets.add('残疾人事业综合保障经费');
  await expect(session.write(rows)).rejects.toThrow('工作表“残疾人事业综合保障经费”受保护，单元格 H28 已锁定，未写入任何单元格');
  expect(host.sheets).toEqual(original);
  for (const { edit } of rows) host.unlockedCells.add(`${edit.sheet}!${edit.row},${edit.col}`); // a form handed out with its input cells unlocked
  await session.write(rows);
  await session.undo();
  expect(host.sheets).toEqual(original);
  host.protectedSheets.clear();
  (host.sheets[0].rows[5] as { value: unknown }[])[7] = { value: 8 };
  await expect(session.write(rows)).rejects.toThrow('未写入任何单元格');
  expect(host.cell('残疾人事业综合保障经费', 27, 7)?.value).toBe(90.78999999999999);
});

test('the reviewer sheet lists every finding with a link to its cell, and changes nothing else', async () => {
  const { host, session } = await setUp();
  const original = structuredClone(host.sheets);
  await session.check('workbook');
  const name = await session.writeReview(ZH.reviewSheet, ZH.reviewHeader, ZH.severity);
  expect(name).toBe('审核意见');
  const review = host.sheets.find((s) => s.name === name)!;
  expect(review.rows.map((r) => r!.map((c) => c?.value))).toEqual([
    ['序号', '工作表', '项目名称', '单元格', '级别', '规则', '说明'],
    [1, '残疾人事业宣传经费', '残疾人事业宣传经费', 'H6', '错误', 'budget-score', '预算执行率 60.37%，按规则得分应为 6.04（分值 10 × 60.37%），表中为 10'],
    [2, '残疾人事业综合保障经费', '残疾人事业综合保障经费', 'H28', '警告', 'float-artifact', '总分（H28）为 90.78999999999999，带有二进制浮点尾数；应为 90.79'],
  ]);
  expect(review.rows[1]![3]?.formula).toContain("#'残疾人事业宣传经费'!H6");
  expect(host.sheets.slice(0, 3)).toEqual(original);
  expect(await session.writeReview('审核意见', ['x'], { error: '', warning: '', info: '' })).toBe('审核意见 (2)');
});

test('settings are saved with the document and change the rules applied', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-003.xlsx'));
  const session = new PaneSession(host);
  await session.saveSettings({ ...session.settings, rounding: 'truncate' });
  expect(host.settings.rounding).toBe('truncate');
  const fresh = new PaneSession(host);
  await fresh.loadSettings();
  const forms = await fresh.check('workbook');
  expect(forms[2].report.total.suggested).toBe(99.97);
});

test('a pane opened on a workbook checks it with the settings saved in it, without opening 设置 first', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-003.xlsx'));
  host.settings = { rounding: 'truncate' };
  const session = new PaneSession(host);
  const forms = await session.check('workbook');
  expect(session.settings.rounding).toBe('truncate');
  expect(forms[2].report.total.suggested).toBe(99.97); // 99.98 with the default half-up rounding
});

test('broken saved settings never break a check: what is valid is used, the rest falls back to the defaults, with a notice', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-003.xlsx'));
  const expected = (await new PaneSession(new MemoryHost(await fixtureSheets('seed-003.xlsx'))).check('workbook')).map((f) => f.report.total.suggested);
  host.settings = JSON.parse('{"profile":"mof-2019","rounding":"truncate","reverseRule":7}');
  const session = new PaneSession(host);
  const forms = await session.check('workbook');
  expect(session.settings).toEqual({ profile: 'auto', rounding: 'truncate', reverseRule: 'ratio', writeFormulas: true });
  expect(forms[2].report.total.suggested).toBe(99.97); // the valid rounding is kept
  expect(forms.slice(0, 2).map((f) => f.report.total.suggested)).toEqual(expected.slice(0, 2));
  expect(session.notices).toEqual(['文档中保存的设置有 2 项无法使用（评分方案“mof-2019”，反向指标算法“7”），这些项本次按默认值检查。可在“设置”中重新选择并保存。']);
  await session.saveSettings(session.settings);
  expect(session.notices).toEqual([]);
});

test.each([
  ['a profile no longer known', { profile: 'mof-2019' }, 1],
  ['not an object', 'mof-2020', 1],
  ['valid settings', { profile: 'mof-2020', writeFormulas: false }, 0],
  ['none saved', null, 0],
])('saved settings: %s', async (_, saved, notices) => {
  const host = new MemoryHost(await fixtureSheets('seed-003.xlsx'));
  host.settings = saved as never;
  const session = new PaneSession(host);
  await expect(session.loadSettings()).resolves.toMatchObject({ rounding: 'half-up' });
  expect(session.notices).toHaveLength(notices);
  const defaults = await new PaneSession(new MemoryHost(await fixtureSheets('seed-003.xlsx'))).check('workbook');
  await expect(session.check('workbook')).resolves.toHaveLength(defaults.length);
});

test('next year’s form from the active sheet leaves the results of a workbook check as they were', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费', '残疾人事业综合保障经费']));
  const session = new PaneSession(host);
  await session.check('workbook');
  const before = session.forms.map((f) => f.form.sheet);
  await session.insertTemplate('next-year', { year: 2023 });
  expect(session.forms.map((f) => f.form.sheet)).toEqual(before);
  expect(session.checkedSheets).toEqual(['残疾人事业宣传经费', '残疾人事业综合保障经费']);
});
