/**
 * A reviewer's large workbook in the web page: 120 forms and a sheet of 3,000 indicator rows. The summary is
 * the first thing the pane shows, 只看错误 narrows the cards, and an error on row 3,000 is drawn and selected
 * in the sheet view (rows are virtualised).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { bigSheet } from '../../bench/generate';
import type { GridCell } from '../../src/core';
import { layoutForm } from '../fixtures/layout';
import { forms as seed001 } from '../fixtures/source/seed-001';
import { forms as seed003 } from '../fixtures/source/seed-003';
import { hasChromium, servedBuild, type ServedPage } from '../helpers/browser';
import { openWorkbook, pane } from './web-page';

const run = hasChromium() ? describe : describe.skip;

/** 120 forms laid out from the transcribed seeds, then the 3,000-row sheet with H3000 over its weight. */
async function bigWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const pool = [...seed001, ...seed003];
  for (let i = 0; i < 120; i++) layoutForm(wb.addWorksheet(`表${i + 1}`), pool[i % pool.length]);
  const grid = bigSheet(3000);
  (grid.rows[2999] as GridCell[])[7] = { value: 99 }; // H3000: a score far over its weight
  const ws = wb.addWorksheet('三千行');
  grid.rows.forEach((row, r) => row?.forEach((cell, c) => cell && cell.value !== null && (ws.getCell(r + 1, c + 1).value = cell.value as ExcelJS.CellValue)));
  const file = join(mkdtempSync(join(tmpdir(), 'jixiao-big-')), '120张表.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

run('a workbook of 120 forms and 3,000 rows in the page', () => {
  let browser: Browser;
  let served: ServedPage;
  let file: string;
  beforeAll(async () => {
    file = await bigWorkbook();
    ({ browser, served } = await servedBuild());
  });

  afterAll(async () => {
    await served?.context.close();
    await browser?.close();
  });

  test('summary first, 只看错误, and the error on row 3,000 shown and selected', async () => {
    const { page } = served;
    await page.setViewportSize({ width: 1440, height: 900 });
    await openWorkbook(page, file);
    await pane(page).getByRole('radio', { name: '整个工作簿' }).check();
    await pane(page).getByRole('button', { name: '检查', exact: true }).click();
    const summary = pane(page).getByRole('region', { name: '检查摘要' });
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/^121 张表，其中 \d+ 张有错误/);
    // The summary is above every card.
    const firstCard = await pane(page).getByRole('group').first().boundingBox();
    expect((await summary.boundingBox())!.y).toBeLessThan(firstCard!.y);

    await summary.getByRole('checkbox', { name: '只看错误' }).check();
    const withErrors = Number(/其中 (\d+) 张有错误/.exec((await summary.textContent())!)![1]);
    expect(await pane(page).getByRole('group').count()).toBe(withErrors);

    await pane(page).getByRole('button', { name: /^错误 H3000：/ }).click();
    const cell = page.locator('td[data-cell="H3000"][data-selected]');
    await cell.waitFor();
    expect(await cell.textContent()).toBe('99');
    // Drawn inside the sheet view's visible box, not merely somewhere in the page.
    const view = (await page.getByRole('region', { name: '工作表“三千行”的内容' }).last().boundingBox())!;
    const box = (await cell.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    // Only the rows in view are in the page.
    expect(await page.locator('tr[aria-rowindex]').count()).toBeLessThan(400);
    expect(served.errors).toEqual([]);
  });
});
