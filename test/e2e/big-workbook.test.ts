/**
 * A reviewer's large workbook in the web page: 120 forms and a sheet of 3,000 indicator rows. The summary is
 * the first thing the pane shows, 只看错误 narrows the cards, and an error on row 3,000 is drawn and selected
 * in the sheet view (rows are virtualised). Opening and checking it show their steps, each count rising to the
 * end.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigSheet } from '../../bench/generate';
import type { GridCell } from '../../src/core';
import { layoutForm } from '../fixtures/layout';
import { forms as seed001 } from '../fixtures/source/seed-001';
import { forms as seed003 } from '../fixtures/source/seed-003';
import { hasChromium, useServedBuild } from '../helpers/browser';
import { pane, progressSeen, recordProgress } from './web-page';

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

/**
 * Each state matches `pattern` and its count is above the one before (more than one state: the page was
 * repainted between sheets); returns the last count.
 */
function rising(states: string[], pattern: RegExp): number {
  const counts = states.map((s) => {
    const m = pattern.exec(s);
    if (!m) throw new Error(`unexpected progress state “${s}” among ${JSON.stringify(states)}`);
    return Number(m[1]);
  });
  expect(counts.length).toBeGreaterThan(1);
  counts.slice(1).forEach((n, i) => expect(n).toBeGreaterThan(counts[i]));
  return counts[counts.length - 1];
}

run('a workbook of 120 forms and 3,000 rows in the page', () => {
  const served = useServedBuild();
  let file: string;
  beforeAll(async () => {
    file = await bigWorkbook();
  });

  test('progress while opening and checking; summary first, 只看错误, and the error on row 3,000 shown and selected', async () => {
    const { page } = served();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('http://jixiao.localhost/index.html');
    await page.getByRole('button', { name: '打开 .xlsx 文件' }).waitFor();
    await recordProgress(page);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText(/^已打开“/).waitFor();
    const opening = await progressSeen(page);
    expect(opening.slice(0, 2)).toEqual(['读取文件…', '解压并读取工作簿…']);
    expect(rising(opening.slice(2), /^解析工作表 (\d+)\/121$/)).toBe(121);
    expect(await page.locator('[data-progress]').count()).toBe(0); // done: the progress gives way to the workbook

    await pane(page).getByRole('radio', { name: '整个工作簿' }).check();
    await pane(page).getByRole('button', { name: '检查', exact: true }).click();
    const summary = pane(page).getByRole('region', { name: '检查摘要' });
    await summary.waitFor();
    const checking = await progressSeen(page);
    expect(checking[0]).toBe('读取工作表…');
    expect(rising(checking.slice(1), /^检查 (\d+)\/121 张工作表$/)).toBe(121);
    expect(await page.locator('[data-progress]').count()).toBe(0);
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
    expect(served().errors).toEqual([]);
  });
});
