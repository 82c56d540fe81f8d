/**
 * The pane and the page at the widths they meet: the pane at 320 px (narrower than Excel's or WPS's task
 * pane; the page puts it under the sheet there), the page from 360 px to 1920 px. Every panel is measured for
 * anything clipped, overflowing or squeezed to a column of characters; screenshots at 320, 340 and 360 px and at
 * 1440 and 1920 px go to docs/screenshots with `npm run docs:screenshots`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hasChromium, useServedBuild } from '../helpers/browser';
import { FIXTURES } from '../helpers/workbooks';
import { layoutProblems } from './layout-check';
import { openWorkbook, pane } from './web-page';

const SHOTS = process.env.JIXIAO_SCREENSHOTS ? join(__dirname, '..', '..', 'docs', 'screenshots') : null;
const run = hasChromium() ? describe : describe.skip;

/** The panels photographed at each width, for the README. */
const SHOTS_AT: Record<number, string[]> = { 320: ['check', 'write', 'settings'], 340: ['check', 'write', 'settings'], 360: ['check'], 1440: ['check', 'write', 'settings'], 1920: ['check', 'write'] };

/** Tallest part of a narrow page shown: a screenshot of the whole list of cards would be unreadably long. */
const SHOT_HEIGHT = 1400;

/**
 * A wide page as the window shows it; at a task pane's width (320, 340 px) the pane itself from its top; at a
 * phone's (360 px) the page from its top: the sheet, then the pane under it.
 */
async function shoot(page: Page, name: string, width: number) {
  // Pictures for the README only: nothing here looks at them, so `npm test` takes none (web-states.test.ts does).
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  let shot: Buffer;
  if (width >= 760) shot = await page.screenshot();
  else {
    const top = width < 360 ? (await pane(page).boundingBox())!.y + (await page.evaluate(() => window.scrollY)) : 0;
    const height = Math.min(SHOT_HEIGHT, (await page.evaluate(() => document.documentElement.scrollHeight)) - top);
    shot = await page.screenshot({ fullPage: true, clip: { x: 0, y: top, width, height } });
  }
  writeFileSync(join(SHOTS, `${name}.png`), shot);
}

/** Opens seed-001, checks the whole workbook and selects the first error, at the page's current width. */
async function checked(page: Page) {
  await openWorkbook(page, join(FIXTURES, 'seed-001.xlsx'));
  await pane(page).getByRole('radio', { name: '整个工作簿' }).check();
  await pane(page).getByRole('button', { name: '检查', exact: true }).click();
  await pane(page).getByText(/^找到 \d+ 张自评表/).waitFor();
  await pane(page).getByRole('button', { name: /错误 H6：/ }).first().click();
  await page.locator('td[data-cell="H6"][data-selected]').waitFor();
}

/** Each panel in turn, measured: returns the problems found, by panel; the panels in `shots` are photographed. */
async function everyPanel(page: Page, width: number, shots: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  await checked(page);
  found.check = await layoutProblems(page);
  if (shots.includes('check')) await shoot(page, `pane-${width}-check`, width);
  await pane(page).getByRole('tab', { name: '写入得分与等级' }).click();
  await pane(page).getByRole('button', { name: '写入所选单元格' }).waitFor();
  // The longest text of the preview, a formula, opened in full.
  await pane(page).getByRole('button', { name: /的公式$/ }).first().click();
  await pane(page).locator('code').first().waitFor();
  found.write = await layoutProblems(page);
  if (shots.includes('write')) await shoot(page, `pane-${width}-write`, width);
  await pane(page).getByRole('tab', { name: '插入模板' }).click();
  await pane(page).getByRole('button', { name: '插入新工作表' }).waitFor();
  found.template = await layoutProblems(page);
  // Next year's form from a sheet of twelve stacked forms: the list of forms, with their long project names.
  await page.getByRole('tablist', { name: '工作表' }).getByRole('tab', { name: '12张表连排' }).click();
  await pane(page).getByRole('radio', { name: /^由本表生成下一年度/ }).check();
  await pane(page).getByRole('combobox', { name: '从哪张表生成' }).waitFor();
  found.rollover = await layoutProblems(page);
  await pane(page).getByRole('tab', { name: '设置' }).click();
  await pane(page).getByRole('button', { name: '保存设置' }).waitFor();
  await pane(page).getByRole('combobox', { name: '表式' }).selectOption('minhang-2020'); // the longest choice shown
  found.settings = await layoutProblems(page);
  if (shots.includes('settings')) await shoot(page, `pane-${width}-settings`, width);
  return Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
}

run('the pane and the page at every width', () => {
  const served = useServedBuild();

  test('the measure itself finds text broken a character per line and a box running off the window', async () => {
    const { page } = served();
    await page.setViewportSize({ width: 320, height: 700 });
    await page.setContent('<div style="width:14px">残疾人事业宣传经费!H6</div><div style="width:900px">宽</div><div style="width:100px;overflow:hidden;white-space:nowrap">一段放不下的很长很长很长很长的文字</div>');
    const problems = await layoutProblems(page);
    expect(problems.some((p) => p.includes('broken over'))).toBe(true);
    expect(problems.some((p) => p.startsWith('outside the window'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content '))).toBe(true);
  });

  test.each([320, 340, 360])('at %i px every panel fits', async (width) => {
    const { page } = served();
    await page.setViewportSize({ width, height: 800 });
    expect(await everyPanel(page, width, SHOTS_AT[width] ?? [])).toEqual({});
    expect(served().errors).toEqual([]);
  });

  test.each([1440, 1920, 2560])('at %i px the page fills the window and every panel fits', async (width) => {
    const { page } = served();
    await page.setViewportSize({ width, height: 900 });
    expect(await everyPanel(page, width, SHOTS_AT[width] ?? [])).toEqual({});
    // No wide empty gap: the sheet view takes the width the pane leaves.
    const sheet = await page.getByRole('region', { name: /^工作表“.*”的内容$/ }).first().boundingBox();
    const side = await pane(page).boundingBox();
    expect(sheet!.width + side!.width).toBeGreaterThan(width - 80);
    expect(served().errors).toEqual([]);
  });

  test('the start page and its 新建模板工作簿 at 360 px and 1920 px', async () => {
    const { page } = served();
    for (const width of [360, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('http://jixiao.localhost/index.html');
      await page.getByText('把 .xlsx 文件拖到这里').waitFor();
      expect(await layoutProblems(page)).toEqual([]);
      // 新建模板工作簿 opened, with every option of `jixiao template`.
      await page.getByRole('button', { name: '新建模板工作簿' }).click();
      await page.getByRole('button', { name: '生成并下载' }).waitFor();
      expect(await layoutProblems(page)).toEqual([]);
    }
  });
});
