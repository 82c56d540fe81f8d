/**
 * Debian's Chromium, headless, as the end-to-end tests and the start-up benchmark both run it: without the
 * background-networking flags it keeps trying to reach Google's services, which a closed network refuses.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true, timeout: 0 });
}
