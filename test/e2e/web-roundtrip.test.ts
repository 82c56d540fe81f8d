/**
 * The built web page in Chromium, on every seed workbook: open → check → read the findings shown → write →
 * undo → write again → download, then the engine checks the downloaded file: no error that a write fixes is
 * left, and every cell outside the edits is as it was. Nothing the page asks for leaves its own origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { analyzeWorkbook, parseA1 } from '../../src/core';
import { readWorkbookGrid } from '../../src/xlsx';
import { builtPane } from '../helpers/built-pane';
import { hasChromium, launch, ORIGIN, servePage, type ServedPage } from '../helpers/browser';
import { changedCells, FIXTURES, unfixedAfterWrite } from '../helpers/workbooks';
import { downloadFrom, openWorkbook, pane, shownFindings } from './web-page';
import { stringsFor } from '../../src/pane/strings';
import { localeOf } from '../../src/host/messages';
import { messageIn } from '../../src/host/spreadsheet-host';

const SEEDS = ['seed-000.xlsx', 'seed-001.xlsx', 'seed-002.xlsx', 'seed-003.xlsx', 'seed-004.xlsx'];

const run = hasChromium() ? describe : describe.skip;

run('the web page, on each seed workbook', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await builtPane();
    browser = await launch();
  });
  afterAll(() => browser?.close());


  test.each(SEEDS)('%s: open, check, write, undo, write, download, check again', async (file) => {
    const bytes = readFileSync(join(FIXTURES, file));
    const original = await readWorkbookGrid(bytes);
    const expected = analyzeWorkbook(original);
    const served: ServedPage = await servePage(browser, dir);
    const { page } = served;
    try {
      await openWorkbook(page, join(FIXTURES, file));

      // 检查 the whole workbook: one card per form, and the findings listed are the engine's, word for word.
      await pane(page).getByRole('radio', { name: '整个工作簿' }).check();
      await pane(page).getByRole('button', { name: '检查', exact: true }).click();
      await pane(page).getByText(`找到 ${expected.length} 张自评表`).waitFor();
      await pane(page).getByRole('region', { name: '检查摘要' }).waitFor(); // the results' view, shown with the count
      // Repeated findings of one rule fold into one line (▸): opened, each is listed under it.
      const folded = pane(page).locator('li button[aria-expanded="false"]');
      while ((await folded.count()) > 0) await folded.first().click();
      const shown = (await pane(page).locator('li button:not([aria-expanded])').allTextContents()).sort();
      expect(shown).toEqual(shownFindings(expected));

      // 写入: the preview lists the engine's edits (and, unticked, rule-based scores over filled-in ones); write,
      // undo, write again.
      await pane(page).getByRole('tab', { name: '写入得分与等级' }).click();
      const edits = expected.flatMap((f) => f.offeredEdits(new Set()));
      const apply = pane(page).getByRole('button', { name: '写入所选单元格' });
      await apply.waitFor(); // the tab loads just after the pane opens: count its rows once it is there
      let written = new Set<string>();
      if (edits.length === 0) {
        await pane(page).getByText('所有计算结果都已正确，无需写入。').waitFor();
      } else {
        expect(await pane(page).getByRole('checkbox').count()).toBe(edits.length + 1); // + 写成公式
        const ticked = await pane(page).locator('li').getByRole('checkbox', { checked: true }).count();
        expect(ticked).toBe(expected.flatMap((f) => f.edits).length); // the offered scores stay unticked
        await apply.click();
        await pane(page).getByText(`已写入 ${ticked} 个单元格`).waitFor();
        await pane(page).getByRole('button', { name: '撤销写入' }).click();
        await pane(page).getByText(`已恢复 ${ticked} 个单元格原来的内容`).waitFor();
        // Undone: the workbook reads exactly as the file did.
        const undone = await readWorkbookGrid(await downloadFrom(page));
        expect(changedCells(original, undone)).toEqual([]);
        written = await tickedCells(page); // read before writing: the preview is rebuilt after a write
        await apply.click();
        await pane(page).getByText(`已写入 ${ticked} 个单元格`).waitFor();
      }

      const result = await readWorkbookGrid(await downloadFrom(page));
      expect(unfixedAfterWrite(result)).toEqual([]);
      expect(changedCells(original, result).filter((key) => !written.has(key))).toEqual([]);
      expect(result.sheets.map((s) => [s.name, s.merges.length])).toEqual(original.sheets.map((s) => [s.name, s.merges.length]));

      expect(served.external).toEqual([]);
      expect(served.requests.every((url) => url.startsWith(ORIGIN))).toBe(true);
      expect(served.errors).toEqual([]);
    } finally {
      await served.context.close();
    }
  });

  test.each(['zh-CN', 'en-US'])('%s: a damaged file opened over a workbook says why in the page’s language, and the workbook stays open', async (locale) => {
    const damaged = join(__dirname, '..', 'bad-input', 'damaged.xlsx');
    const why = await readWorkbookGrid(readFileSync(damaged)).catch((e: unknown) => e); // the reader's own refusal
    const sheets = (await readWorkbookGrid(readFileSync(join(FIXTURES, 'seed-001.xlsx')))).sheets;
    const web = stringsFor(locale).web;
    const served = await servePage(browser, dir, { locale });
    const { page } = served;
    try {
      await page.goto(`${ORIGIN}/index.html`);
      await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'seed-001.xlsx'));
      await page.getByText(web.opened('seed-001.xlsx', sheets.length)).waitFor();
      await page.locator('input[type=file]').setInputFiles(damaged);
      await page.getByText(`${messageIn(why, localeOf(locale))}${web.stop}${web.keptOpen('seed-001.xlsx')}`).waitFor();
      if (locale === 'en-US') expect(messageIn(why, 'en-US')).toMatch(/^The workbook is damaged|^The file is damaged/);
      await page.getByRole('tab', { name: sheets[0].name }).waitFor(); // the workbook is still there to work on
      expect(served.errors).toEqual([]);
    } finally {
      await served.context.close();
    }
  });
});

/** The cells the preview has ticked, as `sheet!row,col`. */
async function tickedCells(page: ServedPage['page']): Promise<Set<string>> {
  // Each preview line's tick box is named by its cell (`sheet!H6`).
  const labels = await pane(page).locator('li input[type=checkbox]').evaluateAll((boxes) =>
    (boxes as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.getAttribute('aria-label') ?? ''),
  );
  return new Set(
    labels.map((label) => {
      const at = label.lastIndexOf('!');
      const ref = parseA1(label.slice(at + 1))!;
      return `${label.slice(0, at)}!${ref.row},${ref.col}`;
    }),
  );
}
