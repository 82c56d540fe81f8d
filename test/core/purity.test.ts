/** ARCHITECTURE.md, principle 1: the core imports nothing host-specific. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORE = join(__dirname, '..', '..', 'src', 'core');
const ALLOWED_PACKAGES = ['decimal.js'];

test('src/core imports only itself and decimal.js, and names no host object', () => {
  const offences: string[] = [];
  for (const file of readdirSync(CORE).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(CORE, file), 'utf8');
    for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
      const spec = m[1];
      if (!spec.startsWith('./') && !ALLOWED_PACKAGES.includes(spec)) offences.push(`${file}: imports ${spec}`);
    }
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const host of ['Office.', 'Excel.', 'wps.', 'window.', 'document.', 'process.', 'require(', 'Buffer.']) {
      if (code.includes(host)) offences.push(`${file}: uses ${host}`);
    }
  }
  expect(offences).toEqual([]);
});
