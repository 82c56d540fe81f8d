/**
 * Two things of the web page at a phone's width (360 px): the sheet tab strip follows the active sheet, so a
 * finding on the fortieth sheet shows its tab; and a planner makes a new workbook from a template on the
 * start page, without opening a file, and downloads the same template `jixiao template` writes.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeSheet, type ProfileId } from '../../src/core';
import { buildTemplate, type TemplateOptions } from '../../src/core/templates/build';
import { writeDesign } from '../../src/xlsx';
import { toSheetGrid } from '../../src/xlsx/read-workbook';
import { layoutForm } from '../fixtures/layout';
import { forms as seed001 } from '../fixtures/source/seed-001';
import { hasChromium, useServedBuild } from '../helpers/browser';
import { layoutProblems } from './layout-check';
import { openWorkbook, pane } from './web-page';

const run = hasChromium() ? describe : describe.skip;
const LAST = '第40张 宣传经费';

/** 39 sheets of notes, then seed-001's 残疾人事业宣传经费 (its budget score H6 is wrong) as the fortieth. */
async function manySheets(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i < 40; i++) wb.addWorksheet(`附表${String(i).padStart(2, '0')}`).getCell('A1').value = `说明 ${i}`;
  layoutForm(wb.addWorksheet(LAST), seed001.find((f) => f.sheet === '残疾人事业宣传经费')!);
  const file = join(mkdtempSync(join(tmpdir(), 'jixiao-tabs-')), '四十张工作表.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

run('the web page at 360 px: the tab strip and a new workbook from a template', () => {
  const served = useServedBuild();

  test('selecting a finding on the fortieth sheet brings its tab into the strip', async () => {
    const { page } = served();
    await page.setViewportSize({ width: 360, height: 800 });
    await openWorkbook(page, await manySheets());
    const strip = page.getByRole('tablist', { name: '工作表' });
    const tab = strip.getByRole('tab', { name: LAST });
    const inStrip = async () => {
      const [box, at] = [(await strip.boundingBox())!, (await tab.boundingBox())!];
      return at.x >= box.x - 0.5 && at.x + at.width <= box.x + box.width + 0.5;
    };
    expect(await inStrip()).toBe(false); // the first sheet is shown: the last tab lies far to the right

    await pane(page).getByRole('radio', { name: '整个工作簿' }).check();
    await pane(page).getByRole('button', { name: '检查', exact: true }).click();
    await pane(page).getByRole('button', { name: /^错误 H6：/ }).click();
    await page.locator('td[data-cell="H6"][data-selected]').waitFor();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await inStrip()).toBe(true);
    // The strip scrolled, not the page sideways.
    expect(await page.evaluate(() => document.scrollingElement!.scrollLeft)).toBe(0);

    // And back: a click on the first tab after scrolling the strip to its end shows the first tab.
    await strip.evaluate((e) => (e.scrollLeft = e.scrollWidth));
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-sheet="附表01"]')!.click());
    const first = strip.getByRole('tab', { name: '附表01' });
    await page.locator('td[data-cell="A1"]', { hasText: '说明 1' }).waitFor();
    const [box, at] = [(await strip.boundingBox())!, (await first.boundingBox())!];
    expect(at.x).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(served().errors).toEqual([]);
  });

  /** Fills in 新建模板工作簿 on the start page, creates it, and returns the download's name and its one sheet. */
  async function created(kind: RegExp, options: { year: string; project?: string; unit?: '万元'; rows?: string }) {
    const { page } = served();
    await page.goto('http://jixiao.localhost/index.html');
    await page.getByRole('button', { name: '新建模板工作簿' }).click();
    const form = page.getByRole('region', { name: '新建模板工作簿' });
    await form.getByRole('radio', { name: kind }).check();
    await form.getByRole('spinbutton', { name: '年度' }).fill(options.year);
    if (options.project) await form.getByRole('textbox', { name: '项目名称' }).fill(options.project);
    if (options.unit) await form.getByRole('radio', { name: options.unit }).check();
    if (options.rows) await form.getByRole('spinbutton', { name: '每组预留行数' }).fill(options.rows);
    expect(await layoutProblems(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: '生成并下载' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
    return { name: download.suggestedFilename(), sheet: wb.worksheets[0].name, grid: toSheetGrid(wb.worksheets[0]) };
  }

  /** The sheet `jixiao template` writes for the same options (it builds and writes the design the same way). */
  function cliTemplate(kind: ProfileId, options: TemplateOptions) {
    const wb = new ExcelJS.Workbook();
    writeDesign(wb, buildTemplate(kind, options));
    return toSheetGrid(wb.worksheets[0]);
  }

  test('新建模板工作簿: form A with 3 rows a group, downloaded, opened, its weights consistent', async () => {
    const { page } = served();
    await page.setViewportSize({ width: 360, height: 800 });
    const file = await created(/上海 2019 表式/, { year: '2027', project: '无障碍环境建设', rows: '3' });
    expect([file.name, file.sheet]).toEqual(['无障碍环境建设-2027年度绩效自评.xlsx', '2027年度绩效自评']);
    // The engine finds the form and nothing wrong; each group's printed weight is the standard one, 100 in all,
    // and the six fixed indicators of 投入与管理 add up to its 36.
    const forms = analyzeSheet(file.grid);
    expect(forms.map((f) => [f.form.family, f.report.project, f.report.problems])).toEqual([['shanghai-2019', '无障碍环境建设', []]]);
    const { groups } = forms[0].report;
    for (const group of groups) expect(group.weight.declared).toBe(group.weight.standard);
    expect(groups.reduce((sum, g) => sum + g.weight.declared!, 0)).toBe(100);
    expect(groups[0]).toMatchObject({ name: '投入与管理', weight: { declared: 36, sum: 36 } });
    // Cell for cell what `jixiao template --kind shanghai-2019 --year 2027 --project 无障碍环境建设 --rows 3` writes.
    expect(file.grid).toEqual(cliTemplate('shanghai-2019', { year: 2027, project: '无障碍环境建设', rowsPerGroup: 3 }));
    // The new workbook is open in the page to be filled in.
    await page.getByText('已生成并下载“无障碍环境建设-2027年度绩效自评.xlsx”，并在本页打开').waitFor();
    expect(await page.getByRole('tab', { name: '2027年度绩效自评' }).getAttribute('aria-selected')).toBe('true');
    expect(served().errors).toEqual([]);
  });

  test('新建模板工作簿: form B in 万元', async () => {
    await served().page.setViewportSize({ width: 360, height: 800 });
    const file = await created(/财政部 2020 表式/, { year: '2026', unit: '万元' });
    expect(file.name).toBe('2026年度绩效自评.xlsx');
    const forms = analyzeSheet(file.grid);
    expect(forms.map((f) => [f.form.family, f.report.budget?.unit, f.report.budget?.weight, f.report.problems])).toEqual([['mof-2020', '万元', 10, []]]);
    expect(file.grid).toEqual(cliTemplate('mof-2020', { year: 2026, unit: '万元' }));
    expect(served().errors).toEqual([]);
  });
});
