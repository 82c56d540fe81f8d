/**
 * (c) The Excel pane's size and start-up, beside a bare React + Fluent UI page built the same way (the
 * project's webpack config, its entry swapped): the gzipped JavaScript taskpane.html loads, and the time from
 * navigation to the pane's first interactive render in headless Chromium, with a stand-in office.js that
 * reports Excel at once. Rounds alternate the two pages, each in a fresh browser context (a cold cache).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from './chromium';
import { median } from './stats';

const ROOT = join(__dirname, '..', '..');
const ORIGIN = 'http://bench.localhost';

/** Just enough of office.js for the pane to start as in Excel: Office.onReady reports the Excel host at once. */
const OFFICE_STUB = `window.Office = {
  HostType: { Excel: 'Excel' }, AsyncResultStatus: { Failed: 'failed' },
  onReady: function (cb) { var info = { host: 'Excel', platform: 'PC' }; if (cb) cb(info); return Promise.resolve(info); },
  context: { displayLanguage: 'zh-CN', officeTheme: { isDarkTheme: false }, requirements: { isSetSupported: function () { return true; } },
    document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { cb({ status: 'succeeded' }); } } } }
};
window.Excel = { run: function () { return Promise.reject(new Error('no Excel in the benchmark')); } };`;

/** Builds a page; returns the files of the chunk groups the pane loads after its start (other tabs, engine, results). */
async function build(outDir: string, bare: boolean): Promise<string[]> {
  // The project's own webpack, plugin and config, loaded as the build loads them (CommonJS, from the root).
  /* eslint-disable @typescript-eslint/no-require-imports */
  const webpack = require(join(ROOT, 'node_modules', 'webpack'));
  const HtmlWebpackPlugin = require(join(ROOT, 'node_modules', 'html-webpack-plugin'));
  const config = require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  /* eslint-enable @typescript-eslint/no-require-imports */
  config.context = ROOT;
  config.output.path = outDir;
  config.devtool = false;
  if (bare) {
    config.entry = { taskpane: join(ROOT, 'bench', 'pages', 'bare-pane.tsx') };
    config.plugins = [new HtmlWebpackPlugin({ filename: 'taskpane.html', template: join(ROOT, 'src', 'pane', 'taskpane.html'), chunks: ['taskpane'], officeJs: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' })];
  }
  type Stats = { hasErrors(): boolean; toString(o: unknown): string; toJson(o: unknown): { namedChunkGroups?: Record<string, { assets: { name: string }[] }> } };
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: Stats) => (err ? reject(err) : stats.hasErrors() ? reject(new Error(stats.toString('errors-only'))) : resolve(stats))),
  );
  // A lazy chunk's group holds the chunks split off it too (modules it shares with other lazy chunks).
  const groups = stats.toJson({ all: false, chunkGroups: true, chunkGroupAssets: true }).namedChunkGroups ?? {};
  return ['panels', 'engine'].flatMap((name) => (groups[name]?.assets ?? []).map((a) => a.name)).filter((f) => f.endsWith('.js'));
}

/** The scripts taskpane.html loads itself (office.js aside), gzipped. */
function initialJsGzip(dir: string): number {
  const html = readFileSync(join(dir, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/office\.js$/.test(src));
  return scripts.reduce((total, src) => total + gzipSync(readFileSync(join(dir, src)), { level: 9 }).length, 0);
}


export async function paneStartup(rounds: number): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`(c) 跳过：没有找到 Chromium（${CHROMIUM}）`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'jixiao-startup-'));
  try {
    const pane = join(work, 'pane');
    const bare = join(work, 'bare');
    const later = await build(pane, false);
    await build(bare, true);
    const paneKb = initialJsGzip(pane) / 1024;
    const bareKb = initialJsGzip(bare) / 1024;
    const laterKb = [...new Set(later)].reduce((t, f) => t + gzipSync(readFileSync(join(pane, f)), { level: 9 }).length, 0) / 1024;
    console.log(`(c) Excel 任务窗格启动时加载的 JavaScript（gzip）：${paneKb.toFixed(1)} KB，连同随后按需加载的其余选项卡与检查引擎 ${(paneKb + laterKb).toFixed(1)} KB（上限 300 KB）；空白 React + Fluent UI 页面：${bareKb.toFixed(1)} KB`);

    const browser = await launchChromium();
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
    const interactive = async (dir: string): Promise<number> => {
      const context = await browser.newContext();
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname.endsWith('/office.js')) return route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB });
        if (url.origin !== ORIGIN) return route.abort();
        const file = join(dir, url.pathname);
        return existsSync(file) ? route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) }) : route.fulfill({ status: 404 });
      });
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/taskpane.html`);
      const handle = await page.waitForFunction(() => performance.getEntriesByName('jixiao-interactive')[0]?.startTime);
      const ms = (await handle.jsonValue()) as number;
      await context.close();
      return ms;
    };
    await interactive(pane); // warm the browser and the disk cache
    await interactive(bare);
    const paneMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < rounds; i++) {
      paneMs.push(await interactive(pane));
      bareMs.push(await interactive(bare));
    }
    const ratios = paneMs.map((p, i) => p / bareMs[i]);
    console.log(`    可交互时间（无头 Chromium ${browser.version()}，中位数）：任务窗格 ${median(paneMs).toFixed(0)} ms；空白页面 ${median(bareMs).toFixed(0)} ms`);
    console.log(`    任务窗格 / 空白页面 = ${median(ratios).toFixed(2)}（上限 1.5；每轮：${ratios.map((r) => r.toFixed(2)).join(', ')}）`);
    await browser.close();
    // The limits the pane is held to: a run over either ends `npm run bench` with a failure.
    if (paneKb + laterKb > 300 || median(ratios) > 1.5) {
      console.log('    超出上限：任务窗格的 JavaScript 超过 300 KB，或可交互时间超过空白页面的 1.5 倍');
      process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
