/**
 * `npm run build` for an intranet (ADDIN_URL set, OFFICE_JS=self): the pane, office.js served locally, the
 * manifest pointed at the server. The build is the one the browser tests share.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPane, INTRANET } from '../helpers/built-pane';
import { validateManifest } from '../helpers/manifest-schema';

let out: string;

beforeAll(async () => {
  out = await builtPane('web');
});

test('the manifest points at the one address set, and stays valid against the official schemas', async () => {
  const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
  expect(manifest).not.toContain('https://localhost:3000');
  expect(manifest).toContain(`<SourceLocation DefaultValue="${INTRANET}/taskpane.html"`);
  const result = await validateManifest(manifest);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
});

test('the pane and its function file load office.js from the add-in itself', () => {
  for (const page of ['taskpane.html', 'commands.html']) {
    const html = readFileSync(join(out, page), 'utf8');
    expect(html).toContain('<script src="office-js/office.js"></script>');
    expect(html).not.toContain('appsforoffice.microsoft.com');
  }
  expect(existsSync(join(out, 'office-js', 'office.js'))).toBe(true);
  const script = readFileSync(join(out, 'taskpane.html'), 'utf8').match(/src="(taskpane\.[0-9a-f]+\.js)"/)![1];
  expect(readFileSync(join(out, script), 'utf8')).toContain('绩效自评助手');
});

test('the icons the manifest names are in the build', () => {
  expect(readdirSync(join(out, 'assets')).sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'icon.svg']);
});
