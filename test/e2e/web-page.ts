/** Steps on the built web page shared by the end-to-end tests. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { WorkbookGrid } from '../../src/core';

/** The rules whose findings a write fixes (the rate, budget score, total and grade cells it fills). */
export const FIXED_RULES = ['budget-score', 'execution-rate', 'total-sum', 'grade-band', 'float-artifact', 'score-missing'];

/** The pane beside the sheet. */
export function pane(page: Page): Locator {
  return page.getByRole('complementary', { name: '绩效自评助手' });
}

/** Loads the page and opens a workbook through the file picker, as a user does. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.goto('http://jixiao.localhost/index.html');
  await page.getByRole('button', { name: '打开 .xlsx 文件' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText(/^已打开“/).waitFor();
}

/** Clicks 下载 and returns the file's bytes. */
export async function downloadFrom(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载' }).click()]);
  return readFileSync((await download.path())!);
}

/** Every cell of every sheet as `sheet!row,col → [value, formula, format]`, for comparing whole workbooks. */
export function cellMap(grid: WorkbookGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of grid.sheets) {
    sheet.rows.forEach((row, r) => row?.forEach((cell, c) => cell && out.set(`${sheet.name}!${r},${c}`, JSON.stringify([cell.value, cell.formula ?? null, cell.numFmt ?? null]))));
  }
  return out;
}
