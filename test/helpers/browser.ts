/**
 * Debian's Chromium driven by playwright-core, on the built pane served from its folder under a made-up
 * origin: every request the page makes is seen here, and any that would leave that origin is refused and
 * recorded, so a test can show that nothing leaves the user's computer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../bench/chromium';
import { builtPane } from './built-pane';

export { CHROMIUM, launchChromium as launch } from '../../bench/chromium';
export const ORIGIN = 'http://jixiao.localhost';

/** True when Chromium is here. In CI its absence fails the run instead of skipping: .ci/run installs it. */
export function hasChromium(): boolean {
  const found = existsSync(CHROMIUM);
  if (!found && process.env.CI) throw new Error(`Chromium is required in CI (${CHROMIUM}): .ci/run installs the chromium package`);
  return found;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.map': 'application/json' };

export interface ServedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Requests that would have left the page's own origin (refused). */
  external: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A fresh context whose origin serves `dir`; `extra` serves more paths (a fake office.js, say). */
export async function servePage(browser: Browser, dir: string, options: { extra?: Record<string, string>; init?: string; locale?: string } = {}): Promise<ServedPage> {
  const context = await browser.newContext({ acceptDownloads: true, locale: options.locale ?? 'zh-CN', viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  const external: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (!url.startsWith(`${ORIGIN}/`)) {
      external.push(url);
      return route.abort('blockedbyclient');
    }
    const path = decodeURIComponent(new URL(url).pathname);
    if (options.extra?.[path] !== undefined) return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'text/plain', body: options.extra[path] });
    const file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir)) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  if (options.init) await context.addInitScript(options.init);
  // Waits end when what they wait for happens, never after a fixed time: a busy machine is slow, not broken
  // (jest's own limit ends a real hang).
  context.setDefaultTimeout(0);
  context.setDefaultNavigationTimeout(0);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, requests, external, errors };
}

/** The built web page (test/helpers/built-pane.ts) served in a browser of its own, for a suite that drives one page. */
export async function servedBuild(): Promise<{ browser: Browser; served: ServedPage }> {
  const dir = await builtPane();
  const browser = await launchChromium();
  return { browser, served: await servePage(browser, dir) };
}

/**
 * servedBuild for the calling describe block: opened before its tests, closed after them. The page is read
 * through the returned function once the tests run.
 */
export function useServedBuild(): () => ServedPage {
  let opened: { browser: Browser; served: ServedPage } | undefined;
  beforeAll(async () => {
    opened = await servedBuild();
  });
  afterAll(async () => {
    await opened?.served.context.close();
    await opened?.browser.close();
  });
  return () => opened!.served;
}
