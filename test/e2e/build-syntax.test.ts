/**
 * WPS embeds an older Chromium: every script the built pane (web/Excel build and WPS package) can load must
 * parse as ES2018 and avoid the APIs that fail there.
 *
 * The builds read here are the tests' (JIXIAO_TEST_BUILD): production code, not minified. What ships is the
 * same code through Terser, which never lowers syntax and adds none newer than the `ecma` it is given; the
 * last test shows the shipped builds give it no more than ES2018, so what holds here holds for what ships.
 */
import { parse } from 'acorn';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { config as webpackConfig, type Configuration } from 'webpack';
import { builtPane } from '../helpers/built-pane';

/**
 * Our scripts, not Microsoft's: office-js/ (office.js served by an intranet build) is loaded only by the Excel
 * pages (taskpane.html, commands.html); WPS's pages never load it (the last test checks), and its 700 files
 * took most of this test's time.
 */
function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'office-js') return [];
    return statSync(path).isDirectory() ? scripts(path) : name.endsWith('.js') ? [path] : [];
  });
}

test.each(['web', 'wps'] as const)('the %s build is ES2018 and uses no API missing from older Chromium', async (kind) => {
  const files = scripts(await builtPane(kind));
  expect(files.length).toBeGreaterThan(3);
  const newer: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    try {
      parse(code, { ecmaVersion: 2018, sourceType: 'script' });
    } catch (e) {
      newer.push(`${file}: ${(e as Error).message}`);
    }
    for (const api of ['randomUUID', 'toLocaleDateString', 'toLocaleTimeString', 'structuredClone', 'replaceAll(']) if (code.includes(api)) missing.push(`${file}: ${api}`);
  }
  expect(newer).toEqual([]);
  expect(missing).toEqual([]);
});

test('the checker would catch newer syntax (optional chaining is not ES2018)', () => {
  expect(() => parse('a?.b', { ecmaVersion: 2018 })).toThrow();
});

test.each(['web', 'wps'] as const)('the shipped %s build minifies to no syntax newer than ES2018', (kind) => {
  const saved = { wps: process.env.JIXIAO_WPS, test: process.env.JIXIAO_TEST_BUILD };
  let raw: Configuration;
  try {
    process.env.JIXIAO_WPS = kind === 'wps' ? '1' : '';
    delete process.env.JIXIAO_TEST_BUILD;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    raw = require('../../webpack.config.js')({}, { mode: 'production' });
  } finally {
    process.env.JIXIAO_WPS = saved.wps;
    if (saved.wps === undefined) delete process.env.JIXIAO_WPS;
    if (saved.test !== undefined) process.env.JIXIAO_TEST_BUILD = saved.test;
  }
  // webpack's own minimizer (Terser), not one set up with options of our own
  expect(raw.optimization?.minimizer).toBeUndefined();
  const options = webpackConfig.getNormalizedWebpackOptions(raw);
  webpackConfig.applyWebpackOptionsDefaults(options);
  expect(options.optimization.minimize).toBe(true);
  // terser-webpack-plugin hands Terser the `ecma` it derives from the target's output environment
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getEcmaVersion } = require('terser-webpack-plugin/dist/utils');
  expect(getEcmaVersion(options.output.environment)).toBeLessThanOrEqual(2018);
});

test('no page WPS loads refers to office.js, so its files need no check here', async () => {
  const web = await builtPane('web');
  const wps = await builtPane('wps');
  const folder = join(wps, readdirSync(wps).find((name) => name.startsWith('jixiao_'))!);
  // the web build's page without office.js, and the WPS package's entry page and pane
  const pages = [join(web, 'index.html'), join(folder, 'index.html'), join(folder, 'pane.html')];
  for (const page of pages) expect([page, /office[-.]js/i.test(readFileSync(page, 'utf8'))]).toEqual([page, false]);
  expect(readFileSync(join(web, 'taskpane.html'), 'utf8')).toMatch(/office-js\/office\.js/); // the check can see it
});
