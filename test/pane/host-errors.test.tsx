/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * One error model, said in the pane's language: a host's refusal (a locked cell) and a limit of Excel's (a sheet
 * too large to read) reach an English pane in English, from the table in src/host/messages.ts, and the host's
 * own error stays on the HostError as its cause.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/pane/App';
import { createExcelHost } from '../../src/excel/excel-host';
import { hostErrorOf } from '../../src/excel/errors';
import { HostError } from '../../src/host/spreadsheet-host';
import { asOfficeJs, createFakeExcel } from '../fakes/excel/fake-excel';
import { FakeOfficeError } from '../fakes/excel/errors';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';


const SHEETS = ['残疾人事业宣传经费', '残疾人事业综合保障经费'];

const click = async (name: string | RegExp) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

test('English pane: a write refused for locked cells says so in English, naming the cells; nothing is written', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', SHEETS));
  host.protectedSheets.add(SHEETS[0]);
  render(<App host={host} language="en-US" />);
  await click('Check');
  fireEvent.click(screen.getByRole('tab', { name: 'Write scores and grade' }));
  await screen.findByRole('checkbox', { name: `${SHEETS[0]}!H6` });
  await click('Write the ticked cells');
  const alert = (await screen.findByRole('alert')).textContent;
  expect(alert).toContain(`Sheet "${SHEETS[0]}" is protected and cells H6, H22 are locked; no cell was written.`);
  expect(alert).not.toMatch(/受保护|已锁定/); // no Chinese wording beyond the sheet's own name
  expect(host.cell(SHEETS[0], 5, 7)).toEqual({ value: 10 });
});

test('English pane over Excel: a sheet past Excel\'s five-million-cell read limit is reported in English; the other sheet is checked', async () => {
  const grids = await fixtureSheets('seed-001.xlsx', SHEETS);
  const fake = createFakeExcel({ sheets: grids.map((g) => ({ name: g.name, rows: g.rows.map((row) => (row ?? []).map((c) => c?.value ?? null)) })) });
  const huge = fake.model.sheet(SHEETS[0])!;
  huge.setCell(1_000_000, 5, { ...huge.cellAt('A1'), value: 1, formula: 1 }); // a stray value far below …
  huge.setCell(0, 16000, { ...huge.cellAt('A1'), value: 1, formula: 1 }); // … and far right: billions of cells
  render(<App host={createExcelHost(...asOfficeJs(fake))} language="en-US" />);
  fireEvent.click(screen.getByRole('radio', { name: 'Whole workbook' }));
  await click('Check');
  const notice = await screen.findByText(/could not be read/);
  expect(notice.textContent).toBe(
    `Sheet "${SHEETS[0]}" could not be read and was not checked (the other sheets were): The used range of the sheet is more than Excel reads at once (5 million cells). Delete the unused rows and columns below and to the right of the table (they may hold stray content or formatting), then try again.`,
  );
  expect(await screen.findByText('1 form found')).toBeTruthy();
});

test('a limit error keeps Excel\'s own error as its cause, with its code, and is said in either language', () => {
  const excel = new FakeOfficeError('RequestPayloadSizeLimitExceeded');
  const error = hostErrorOf(excel);
  expect(error).toBeInstanceOf(HostError);
  expect(error).toMatchObject({ reason: 'too-large', cause: excel });
  expect((error.cause as FakeOfficeError).code).toBe('RequestPayloadSizeLimitExceeded');
  expect(error.messageIn('en-US')).toMatch(/^The data to write is more than Excel takes in one request \(5 MB in Excel on the web\)/);
  expect(error.messageIn('zh-CN')).toBe(error.message);
  expect(error.message).toContain('5 MB');
});
