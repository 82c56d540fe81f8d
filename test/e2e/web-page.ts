/** Steps on the built web page shared by the end-to-end tests. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { AnalyzedForm } from '../../src/core';
import { stringsFor } from '../../src/pane/strings';

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

/**
 * From now on, every step the page's progress lines ([data-progress]) announce, in order, as
 * `progressSeen` returns them: a MutationObserver sees each state the page drew, however fast or slow.
 */
export async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const now = Array.from(document.querySelectorAll('[data-progress]'), (e) => e.textContent ?? '').join(' | ');
      if (now && seen[seen.length - 1] !== now) seen.push(now);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The progress states recorded since `recordProgress` or the last call, which it clears. */
export async function progressSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen.splice(0));
}

/** Clicks 下载 and returns the file's bytes. */
export async function downloadFrom(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载' }).click()]);
  return readFileSync((await download.path())!);
}

/** The findings as the pane lists them (`错误 H6：…`), sorted: what the page should show for these forms. */
export function shownFindings(forms: AnalyzedForm[]): string[] {
  const { severity } = stringsFor('zh-CN');
  return forms.flatMap((f) => f.check.findings.map((x) => `${severity[x.severity]} ${x.cell}：${x.message}`)).sort();
}
