/**
 * The web page's overview of many workbooks, built as it ships, in Chromium: several files picked at once, then
 * a folder; the summary, the four charts and a row per form are shown before any workbook is opened; a row
 * opens its workbook beside the pane. The charting code is fetched only when the overview is first used, and
 * nothing the page asks for leaves its origin. `JIXIAO_SCREENSHOTS=1` saves the screenshot into docs/screenshots.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkBytes } from '../../src/report/check-bytes';
import { summarize } from '../../src/report/summary';
import { builtPane } from '../helpers/built-pane';
import { hasChromium, launch, ORIGIN, servePage } from '../helpers/browser';
import { FIXTURES } from '../helpers/workbooks';

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const PICKED = [join(FIXTURES, 'seed-001.xlsx'), join(FIXTURES, 'seed-003.xlsx'), join(FIXTURES, 'seed-004.xlsx'), join(ROOT, 'test', 'bad-input', 'encrypted.xlsx')];

async function expectedSummary(files: string[], names = files.map((f) => basename(f))) {
  const entries = [];
  for (const [i, file] of files.entries()) {
    const checked = await checkBytes(names[i], readFileSync(file));
    entries.push({ file: checked.file, error: checked.error, forms: checked.forms.map((f) => f.report) });
  }
  return summarize(entries);
}

async function pick(page: Page, button: string, files: string | string[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(files);
}

const overview = (page: Page) => page.getByRole('region', { name: '多文件汇总' });

(hasChromium() ? describe : describe.skip)('the web page: many workbooks at a glance', () => {
  let browser: Browser;
  let dir: string;
  let temp: string;
  beforeAll(async () => {
    dir = await builtPane();
    browser = await launch();
    temp = mkdtempSync(join(tmpdir(), 'jixiao-overview-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  test('several files: the overview, its charts and a row per form, then one opened beside the pane', async () => {
    const served = await servePage(browser, dir);
    const { page } = served;
    try {
      await page.goto(`${ORIGIN}/index.html`);
      await page.getByRole('button', { name: '汇总多个文件' }).waitFor();
      // The charting code is not part of the page until the overview is used.
      const overviewScript = (url: string) => /\/overview\.[0-9a-f]+\.js$/.test(url);
      expect(served.requests.filter(overviewScript)).toEqual([]);

      await pick(page, '汇总多个文件', PICKED);
      const expected = await expectedSummary(PICKED);
      await overview(page).getByText(`${PICKED.length} 个文件，${expected.totals.forms} 张自评表`).waitFor();
      expect(served.requests.filter(overviewScript)).toHaveLength(1);

      for (const id of ['grades', 'totals', 'rules', 'units']) {
        expect(await overview(page).locator(`[data-chart=${id}] svg`).count()).toBe(1);
        expect(await overview(page).locator(`[data-chart=${id}] svg path`).count()).toBeGreaterThan(3);
      }
      // The table: the engine's forms, in order, with their rule-based totals and statuses.
      const rows = overview(page).getByRole('table', { name: '各表汇总' }).locator('tbody tr');
      expect(await rows.count()).toBe(expected.forms.length);
      const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(cells.map((c) => [c[0], c[1], c[7], c[12]])).toEqual(
        expected.forms.map((f) => [f.file, f.sheet, f.totalSuggested === null ? '' : f.totalSuggested.toFixed(2), f.unread.length ? `未读全：${f.unread.join('、')}` : f.errors ? '有错误' : f.warnings ? '有警告' : '无误']),
      );
      // The encrypted file is listed with its reason, not left out.
      await overview(page).getByText(/encrypted\.xlsx：工作簿设有打开密码/).waitFor();
      await overview(page).getByText('有错误的表').waitFor();

      if (process.env.JIXIAO_SCREENSHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, 'web-overview.png') });
      }

      // A row opens its workbook in the page, beside the pane.
      await overview(page).getByRole('button', { name: '打开 seed-003.xlsx' }).first().click();
      await page.getByText('已打开“seed-003.xlsx”', { exact: false }).waitFor();
      expect(await overview(page).count()).toBe(0);

      expect(served.external).toEqual([]);
      expect(served.errors).toEqual([]);
    } finally {
      await served.context.close();
    }
  });

  test('a folder: its workbooks only, an unreadable one listed', async () => {
    const folder = join(temp, '自评表');
    mkdirSync(folder);
    copyFileSync(join(FIXTURES, 'seed-000.xlsx'), join(folder, 'a.xlsx'));
    copyFileSync(join(ROOT, 'test', 'bad-input', 'damaged.xlsx'), join(folder, 'b.xlsx'));
    writeFileSync(join(folder, '说明.txt'), '不是工作簿');
    const served = await servePage(browser, dir);
    const { page } = served;
    try {
      await page.goto(`${ORIGIN}/index.html`);
      await pick(page, '汇总文件夹', folder);
      const expected = await expectedSummary([join(folder, 'a.xlsx'), join(folder, 'b.xlsx')], ['自评表/a.xlsx', '自评表/b.xlsx']);
      await overview(page).getByText(`2 个文件，${expected.totals.forms} 张自评表`).waitFor();
      expect(await overview(page).getByRole('table', { name: '各表汇总' }).locator('tbody tr').count()).toBe(expected.forms.length);
      // The damaged workbook is listed with the reason the reader gives for it.
      const damaged = await checkBytes('b.xlsx', new Uint8Array(readFileSync(join(folder, 'b.xlsx'))));
      expect(damaged.error?.message).toMatch(/损坏/);
      await overview(page).getByText(`自评表/b.xlsx：${damaged.error!.message}`).waitFor();
      expect(served.external).toEqual([]);
      expect(served.errors).toEqual([]);
    } finally {
      await served.context.close();
    }
  });
});
