/** 插入模板 in the pane: always a new sheet under a free name, recognised as its form, nothing else changed. */
import { analyzeSheet } from '../../src/core';
import { PaneSession } from '../../src/pane/session';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';

test('a standard template goes in as a new sheet; a second one gets a free name; the others are untouched', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  const original = JSON.stringify(host.sheets);
  const session = new PaneSession(host);
  expect(await session.insertTemplate('mof-2020', { year: 2027, project: '无障碍环境建设' })).toBe('2027年度绩效自评');
  expect(await session.insertTemplate('shanghai-2019', { year: 2027 })).toBe('2027年度绩效自评 (2)');
  expect(JSON.stringify(host.sheets.slice(0, 1))).toBe(original);
  const [mof, shanghai] = host.sheets.slice(1).map((s) => analyzeSheet(s));
  expect(mof.map((f) => [f.form.family, f.report.project, f.report.problems])).toEqual([['mof-2020', '无障碍环境建设', []]]);
  expect(shanghai.map((f) => f.form.family)).toEqual(['shanghai-2019']);
  expect(host.active).toBe('2027年度绩效自评 (2)');
});

test('next year’s form from the active sheet keeps its indicators and clears the scores', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费', '残疾人教育和就业经费']));
  host.active = '残疾人教育和就业经费';
  const session = new PaneSession(host);
  const name = await session.insertTemplate('next-year', { year: 2023 });
  expect(name).toBe('2023年度 残疾人教育和就业经费');
  const [source] = analyzeSheet(host.sheets[1]);
  const [next] = analyzeSheet(host.sheets.find((s) => s.name === name)!);
  expect(next.report.indicators.map((x) => [x.name, x.target, x.weight])).toEqual(source.report.indicators.map((x) => [x.name, x.target, x.weight]));
  expect(next.report.indicators.every((x) => x.score.declared === null)).toBe(true);
});

test('next year’s form from a sheet with no form: a clear message, no sheet added', async () => {
  const host = new MemoryHost([{ name: '汇总', rows: [[{ value: '项目汇总' }]], merges: [] }]);
  await expect(new PaneSession(host).insertTemplate('next-year', { year: 2027 })).rejects.toThrow('当前工作表中没有找到绩效自评表');
  expect(host.sheets).toHaveLength(1);
});
