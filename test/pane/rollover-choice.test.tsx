/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * 由本表生成下一年度 on a sheet of twelve stacked forms (seed-001's 12张表连排): the pane lists each form by
 * project and first row, proposes the one holding the active cell (the first where the host cannot say),
 * and rolls forward the one chosen — as the CLI's `--form` does.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { analyzeSheet } from '../../src/core';
import { App } from '../../src/pane/App';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';


const SHEET = '12张表连排';

async function rolloverPane(selected: { row: number; col: number } | null) {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', [SHEET]));
  if (selected) host.selected = { sheet: SHEET, ...selected };
  render(<App host={host} language="zh-CN" />);
  fireEvent.click(screen.getByRole('tab', { name: '插入模板' }));
  fireEvent.click(await screen.findByRole('radio', { name: /^由本表生成下一年度/ }));
  const choice = (await screen.findByRole('combobox', { name: '从哪张表生成' })) as HTMLSelectElement;
  return { host, choice };
}

/** The project of the form on the sheet the pane inserted. */
function insertedProject(host: MemoryHost, name: string): string | null {
  const forms = analyzeSheet(host.sheets.find((s) => s.name === name)!);
  expect(forms).toHaveLength(1);
  return forms[0].report.project;
}

async function insert(): Promise<string> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '插入新工作表' }));
  });
  const done = await screen.findByText(/^已插入新工作表“/);
  return /“(.+)”/.exec(done.textContent!)![1];
}

test('every form is listed by project and first row; with no active cell known the first is proposed', async () => {
  const { choice } = await rolloverPane(null);
  const options = within(choice).getAllByRole('option').map((o) => o.textContent);
  expect(options).toHaveLength(12);
  expect(options[0]).toBe('残疾人权益保障经费（第 1 行起，A1:I25）');
  expect(options[1]).toBe('残疾人事业宣传经费（第 28 行起，A28:I49）');
  expect(choice.value).toBe('A1:I25');
  expect(screen.getByText('工作表“12张表连排”中有 12 张表，默认为当前单元格所在的那张')).toBeTruthy();
});

test('choosing the second form rolls that one forward, not the first', async () => {
  const { host, choice } = await rolloverPane(null);
  fireEvent.change(choice, { target: { value: 'A28:I49' } });
  const name = await insert();
  expect(insertedProject(host, name)).toBe('残疾人事业宣传经费');
  expect(host.sheets.find((s) => s.name === SHEET)!.rows.length).toBeGreaterThan(300); // the source sheet is whole
});

test('the form holding the active cell is proposed and rolled forward', async () => {
  // H60 (row 59, column 7, 0-based) lies in the third form, A52:I72.
  const { host, choice } = await rolloverPane({ row: 59, col: 7 });
  expect(choice.value).toBe('A52:I72');
  const name = await insert();
  expect(insertedProject(host, name)).toBe('残疾人基层组织建设和助残工作经费');
});

test('a sheet with one form offers no choice and rolls that form', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  render(<App host={host} language="zh-CN" />);
  fireEvent.click(screen.getByRole('tab', { name: '插入模板' }));
  fireEvent.click(await screen.findByRole('radio', { name: /^由本表生成下一年度/ }));
  await screen.findByText('据以生成：工作表“残疾人事业宣传经费”中的表');
  expect(screen.queryByRole('combobox', { name: '从哪张表生成' })).toBeNull();
  expect(insertedProject(host, await insert())).toBe('残疾人事业宣传经费');
});
