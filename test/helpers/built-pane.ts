/**
 * The pane built by webpack as it ships (production), once for all the tests that drive it in a browser:
 * rebuilt only when a source it is made of changed, and never by two test files at once.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const INPUTS = ['src', 'assets', 'wps', 'scripts/build-wps.ts', 'webpack.config.js', 'tsconfig.json', 'tsconfig.web.json', 'package-lock.json'];

/** How each build is made: the web/Excel pane by webpack, the WPS add-in package by `npm run build:wps`. */
const BUILDS = {
  web: { dir: join(ROOT, 'dist', 'test-web'), command: [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], env: (dir: string) => ({ OUT_DIR: dir }) },
  wps: { dir: join(ROOT, 'dist', 'test-wps'), command: [require.resolve('tsx/cli'), 'scripts/build-wps.ts'], env: (dir: string) => ({ JIXIAO_WPS_OUT: dir }) },
};

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

/**
 * The folder of a build, made first if needed: 'web' holds taskpane.html, index.html and the scripts; 'wps'
 * the add-in package (jixiao_<version>/, jixiao.7z, publish.html, jsplugins.xml).
 */
export async function builtPane(kind: keyof typeof BUILDS = 'web'): Promise<string> {
  const { dir, command, env } = BUILDS[kind];
  const LOCK = `${dir}.lock`;
  const hash = sourceHash();
  const stamp = join(dir, '.source-hash');
  for (;;) {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return dir;
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
      execFileSync(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...env(dir) }, stdio: 'pipe' });
      writeFileSync(stamp, hash);
      return dir;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
