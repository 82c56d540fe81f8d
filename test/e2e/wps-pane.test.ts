/**
 * The WPS add-in package as built by `npm run build:wps`, in Chromium: the ribbon page opens the pane in a task
 * pane, and the built pane, with the fake ET object model installed as the page's `Application`, runs every
 * flow — check, mark and clear, write with preview, undo, reviewer sheet, template — on a real fixture sheet.
 */
import { buildSync } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { path7za } from '7zip-bin';
import type { Browser, Page } from 'playwright-core';
import { analyzeSheet } from '../../src/core';
import { builtPane } from '../helpers/built-pane';
import { hasChromium, launch, ORIGIN, servePage, type ServedPage } from '../helpers/browser';
import { fixtureSheets } from '../helpers/grids';
import { specOf } from '../wps/helpers';
import { shownFindings } from './web-page';

const run = hasChromium() ? describe : describe.skip;
const SHEET = '残疾人事业宣传经费';

/** The fake ET, bundled for the page: `JixiaoFakeEt.createFakeEt(...)`. */
function fakeEtScript(): string {
  const out = buildSync({ entryPoints: [join(__dirname, '..', 'fakes', 'wps', 'fake-et.ts')], bundle: true, write: false, format: 'iife', globalName: 'JixiaoFakeEt', platform: 'browser', target: 'es2018' });
  return out.outputFiles[0].text;
}

run('the WPS add-in in Chromium', () => {
  let browser: Browser;
  let folder: string;
  let fake: string;
  beforeAll(async () => {
    const dir = await builtPane('wps');
    const name = readdirSync(dir).find((f) => /^jixiao_/.test(f))!;
    folder = join(dir, name);
    fake = fakeEtScript();
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test('the package holds the layout the README explains', async () => {
    const dir = join(folder, '..');
    for (const file of ['jixiao.7z', 'publish.html', 'jsplugins.xml']) expect(existsSync(join(dir, file))).toBe(true);
    for (const file of ['index.html', 'ribbon.xml', 'pane.html', 'images/icon-80.png']) expect(existsSync(join(folder, file))).toBe(true);
    // The install page and the enterprise list point at the add-in folder and the package (default address).
    const online = `http://127.0.0.1:3889/${basename(folder)}/`;
    expect(readFileSync(join(dir, 'jsplugins.xml'), 'utf8')).toContain(`<jspluginonline name="jixiao" type="et" url="${online}"/>`);
    expect(readFileSync(join(dir, 'publish.html'), 'utf8')).toContain(`deploy('enable', true, '${online}')`);
    // The offline package holds the add-in folder itself, as wpsjs's do.
    const listing = execFileSync(path7za, ['l', '-slt', join(dir, 'jixiao.7z')], { encoding: 'utf8' });
    const paths = listing.split('\n').filter((l) => l.startsWith('Path = ')).map((l) => l.slice(7));
    expect(paths).toEqual(expect.arrayContaining([basename(folder), `${basename(folder)}/ribbon.xml`, `${basename(folder)}/index.html`, `${basename(folder)}/pane.html`]));
  });

  test('the ribbon button opens the pane in a task pane docked right, then hides and shows it', async () => {
    const served = await servePage(browser, folder, {
      init: `(() => {
        const store = {};
        window.created = [];
        window.Application = {
          PluginStorage: { getItem: (k) => store[k] ?? null, setItem: (k, v) => { store[k] = v; } },
          CreateTaskPane: (url, title) => { const pane = { ID: 7, Visible: false, DockPosition: 0, url, title }; window.created.push(pane); return pane; },
          GetTaskPane: (id) => window.created.find((p) => p.ID === id) ?? null,
        };
      })();`,
    });
    try {
      await served.page.goto(`${ORIGIN}/index.html`);
      const ribbonXml = readFileSync(join(folder, 'ribbon.xml'), 'utf8');
      for (const callback of ['OnAddinLoad', 'OnAction', 'GetImage', 'OnGetEnabled', 'OnGetVisible']) {
        expect(ribbonXml).toContain(`"${callback}"`);
        expect(await served.page.evaluate((name) => typeof (window as never)[name], callback)).toBe('function');
      }
      expect(ribbonXml).toContain('label="绩效自评"');
      const press = () => served.page.evaluate(() => (window as unknown as { OnAction(c: { Id: string }): boolean }).OnAction({ Id: 'jixiaoOpen' }));
      await press();
      const panes = () => served.page.evaluate(() => (window as unknown as { created: { url: string; title: string; Visible: boolean; DockPosition: number }[] }).created);
      expect(await panes()).toEqual([{ ID: 7, url: `${ORIGIN}/pane.html`, title: '绩效自评助手', Visible: true, DockPosition: 2 }]);
      await press();
      expect((await panes()).map((p) => p.Visible)).toEqual([false]);
      await press();
      expect((await panes()).map((p) => p.Visible)).toEqual([true]);
      expect(served.errors).toEqual([]);
    } finally {
      await served.context.close();
    }
  });

  test('check, mark, clear, write, undo, write, review sheet and template, on the fake ET', async () => {
    const [grid] = await fixtureSheets('seed-001.xlsx', [SHEET]);
    const spec = { sheets: [specOf(grid)] };
    const served: ServedPage = await servePage(browser, folder, {
      init: `${fake}
        window.fakeEt = JixiaoFakeEt.createFakeEt(${JSON.stringify(spec)});
        window.Application = window.fakeEt.app;`,
    });
    const { page } = served;
    const cell = (address: string, sheet = SHEET) => page.evaluate(([s, a]) => (window as never as { fakeEt: { model: { sheet(n: string): { cellAt(a: string): unknown } | undefined } } }).fakeEt.model.sheet(s)?.cellAt(a) ?? null, [sheet, address]);
    const calls = () => page.evaluate(() => (window as never as { fakeEt: { stats: { calls: number } } }).fakeEt.stats.calls);
    const sheets = () => page.evaluate(() => (window as never as { fakeEt: { model: { sheets: { name: string }[] } } }).fakeEt.model.sheets.map((s) => s.name));
    try {
      await page.goto(`${ORIGIN}/pane.html`);
      const expected = analyzeSheet(grid);
      await click(page, '检查', true); // the first check also reads the settings saved in the workbook
      await page.getByText('找到 1 张自评表').waitFor();
      const before = await calls();
      await click(page, '检查', true);
      // The message is already there from the first check: wait for the read itself, then for nothing more.
      await page.waitForFunction((n) => (window as never as { fakeEt: { stats: { calls: number } } }).fakeEt.stats.calls >= n, before + 8);
      await page.getByRole('button', { name: '检查', exact: true }).and(page.locator(':enabled')).waitFor();
      expect(await calls()).toBe(before + 8); // one sheet read in eight bulk calls, as in test/wps/read.test.ts
      expect((await page.locator('li button').allTextContents()).sort()).toEqual(shownFindings(expected));

      await click(page, '标记', true);
      await page.getByText(/^已标记/).waitFor();
      expect(await cell('H6')).toMatchObject({ fill: 0xcec7ff }); // #FFC7CE as ET's BGR
      await click(page, '清除标记');
      await page.getByText(/^已恢复 \d+ 个单元格原来的填充色/).waitFor();
      expect(await cell('H6')).not.toHaveProperty('fill');

      // The reviewer's sheet, while the findings stand (the fake evaluates no formula the write would put in).
      await click(page, '生成审核意见');
      await page.getByText(/^审核意见已写入新工作表“审核意见”/).waitFor();
      // Below its head (title, file, date, profile, a blank line, the forms' header), the first form's line links to the form.
      expect(await cell('D7', '审核意见')).toMatchObject({ formula: expect.stringContaining('HYPERLINK') });

      const original = await cell('H6');
      await page.getByRole('tab', { name: '写入得分与等级' }).click();
      await click(page, '写入所选单元格');
      await page.getByText(/^已写入 2 个单元格/).waitFor();
      expect(await cell('H6')).toMatchObject({ formula: expect.stringMatching(/^=ROUND\(/) });
      expect(await cell('H22')).toMatchObject({ formula: expect.stringMatching(/^=SUM\(/) });
      await click(page, '撤销写入');
      await page.getByText(/^已恢复 2 个单元格原来的内容/).waitFor();
      expect(await cell('H6')).toEqual(original);
      await click(page, '写入所选单元格');
      await page.getByText(/^已写入 2 个单元格/).waitFor();
      expect(await cell('H6')).toMatchObject({ formula: expect.stringMatching(/^=ROUND\(/) });


      await page.getByRole('tab', { name: '插入模板' }).click();
      await click(page, '插入新工作表');
      await page.getByText(/^已插入新工作表/).waitFor();
      expect((await sheets()).length).toBe(3);
      expect(served.external).toEqual([]);
      expect(served.errors).toEqual([]);
    } finally {
      await served.context.close();
    }
  });
});

function click(page: Page, name: string, exact = false) {
  return page.getByRole('button', { name, exact }).click();
}
