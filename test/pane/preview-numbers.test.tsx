/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/** The write preview shows a cell's number as a spreadsheet does: no binary floating-point tail. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/pane/App';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';


test('a total stored as 90.78999999999999 is shown as 90.79 in the preview', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', ['残疾人事业综合保障经费']));
  const stored = host.sheets[0].rows[27]![7]!.value; // H28, the printed total, as the file holds it
  expect(stored).toBe(90.78999999999999);
  render(<App host={host} language="zh-CN" />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
  });
  fireEvent.click(await screen.findByRole('tab', { name: '写入得分与等级' }));
  const row = (await screen.findByRole('checkbox', { name: '残疾人事业综合保障经费!H28' })).closest('li')!;
  expect(row.textContent).toContain('90.79 →');
  expect(row.textContent).not.toContain('90.789999');
});
