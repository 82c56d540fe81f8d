/**
 * WPS embeds an older Chromium: every script the built pane (web/Excel build and WPS package) can load must
 * parse as ES2018 and avoid the APIs that fail there.
 */
import { parse } from 'acorn';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPane } from '../helpers/built-pane';

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
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
