/**
 * The pane built by webpack as it ships (production), once for all the tests that drive it in a browser:
 * rebuilt only when a source it is made of changed, and never by two test files at once.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
export const BUILT = join(ROOT, 'dist', 'test-web');
const LOCK = join(ROOT, 'dist', 'test-web.lock');
const INPUTS = ['src', 'assets', 'webpack.config.js', 'tsconfig.json', 'tsconfig.web.json', 'package-lock.json', 'wps'];

function filesOf(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesOf(join(path, name)));
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => filesOf(join(ROOT, p)))) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The folder of the built pane (taskpane.html, index.html, scripts), built first if needed. */
export async function builtPane(): Promise<string> {
  const hash = sourceHash();
  const stamp = join(BUILT, '.source-hash');
  for (;;) {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return BUILT;
    try {
      mkdirSync(join(ROOT, 'dist'), { recursive: true });
      mkdirSync(LOCK, { recursive: false });
    } catch {
      // Another test file is building: wait for it (a lock older than five minutes is a crashed build).
      if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, env: { ...process.env, OUT_DIR: BUILT }, stdio: 'pipe' });
      writeFileSync(stamp, hash);
      return BUILT;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
