/**
 * The web page's main states in Chromium: each is screenshot (committed under docs/screenshots with
 * `npm run docs:screenshots`), passes axe-core with no serious or critical violation, and every control in
 * it can be reached by keyboard and has a Chinese name.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hasChromium, useServedBuild } from '../helpers/browser';
import { FIXTURES } from '../helpers/workbooks';
import { openWorkbook, pane } from './web-page';

const SHOTS = process.env.JIXIAO_SCREENSHOTS ? join(__dirname, '..', '..', 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'jixiao-shots-'));
const run = hasChromium() ? describe : describe.skip;

/** axe's serious and critical violations, as `rule: targets`. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Fluent's focus manager (tabster) puts invisible `<i tabindex=0 aria-hidden>` sentinels around tab lists that
  // hand focus straight on; they are never a stop a user lands on, so axe is told to look past them.
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Presses Tab through the page and returns the controls never reached. A radio group or tab list is one tab
 * stop (arrow keys move inside it, as the ARIA patterns say), so reaching one member reaches the group.
 */
async function unreachable(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    // A fresh count: the marks of an earlier state's check are taken off first.
    for (const mark of ['data-control', 'data-reached', 'data-group-reached']) document.querySelectorAll(`[${mark}]`).forEach((el) => el.removeAttribute(mark));
    const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role=tab], [role=radio], [tabindex="0"]')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getAttribute('aria-hidden') !== 'true' && !el.hidden && el.getClientRects().length > 0,
    );
    controls.forEach((el, i) => el.setAttribute('data-control', String(i)));
    return controls.length;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Up to two rounds of the page, stopping once every control has been reached.
  for (let i = 0; i < total * 2 + 5; i++) {
    await page.keyboard.press('Tab');
    const left = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const group = el?.closest('[role=radiogroup], [role=tablist]');
      group?.querySelectorAll('[data-control]').forEach((member) => member.setAttribute('data-group-reached', ''));
      el?.closest('[data-control]')?.setAttribute('data-reached', '');
      return document.querySelectorAll('[data-control]:not([data-reached]):not([data-group-reached])').length;
    });
    if (left === 0) break;
  }
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-control]:not([data-reached]):not([data-group-reached])')].map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** Controls whose accessible name has no Chinese (the sheet tabs are named by the user's own sheets). */
async function unnamedInChinese(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return snapshot
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^- (button|checkbox|radio|textbox|spinbutton|combobox|link|tab)\b/.test(line))
    .filter((line) => !/^- tab "/.test(line) || !line.includes('Sheet'))
    .filter((line) => !/[\u4e00-\u9fff]/.test(line));
}

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  const png = await page.screenshot({ fullPage: false });
  writeFileSync(join(SHOTS, `${name}.png`), png);
  expect(png.length).toBeGreaterThan(20_000); // a rendered page, not a blank one
}

run('the web page’s states', () => {
  const served = useServedBuild();

  const states: [string, (page: Page) => Promise<void>][] = [
    ['start', async (page) => {
      await page.goto('http://jixiao.localhost/index.html');
      await page.getByText('把 .xlsx 文件拖到这里').waitFor();
    }],
    ['findings', async (page) => {
      await openWorkbook(page, join(FIXTURES, 'seed-001.xlsx'));
      await pane(page).getByRole('button', { name: '检查', exact: true }).click();
      await pane(page).getByText('找到 1 张自评表').waitFor();
      await pane(page).getByRole('button', { name: /错误 H6：/ }).click(); // selects the cell in the sheet view
      await page.locator('td[data-cell="H6"][data-selected]').waitFor();
      await pane(page).getByRole('button', { name: '标记', exact: true }).click();
      await pane(page).getByText(/^已标记/).waitFor();
    }],
    ['write-preview', async (page) => {
      await pane(page).getByRole('tab', { name: '写入得分与等级' }).click();
      await pane(page).getByRole('button', { name: '写入所选单元格' }).waitFor();
    }],
    ['template', async (page) => {
      await pane(page).getByRole('tab', { name: '插入模板' }).click();
      await pane(page).getByRole('textbox', { name: '项目名称' }).fill('残疾人事业宣传经费');
      await pane(page).getByRole('button', { name: '插入新工作表' }).click();
      await pane(page).getByText(/^已插入新工作表/).waitFor();
    }],
    ['settings', async (page) => {
      await pane(page).getByRole('tab', { name: '设置' }).click();
      await pane(page).getByRole('button', { name: '保存设置' }).waitFor();
    }],
  ];

  test.each(states)('%s: screenshot, axe, keyboard, Chinese names', async (name, reach) => {
    const { page } = served();
    await reach(page);
    await shoot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await unnamedInChinese(page)).toEqual([]);
    expect(await unreachable(page)).toEqual([]);
    expect(served().external).toEqual([]);
    expect(served().errors).toEqual([]);
  });

  test('the keyboard check itself catches a control Tab cannot reach', async () => {
    const { page } = served();
    await page.evaluate(() => {
      const trap = document.createElement('button');
      trap.textContent = '无法用键盘到达';
      trap.tabIndex = -1;
      document.body.appendChild(trap);
    });
    expect((await unreachable(page)).filter((html) => html.includes('无法用键盘到达'))).toHaveLength(1);
  });
});
