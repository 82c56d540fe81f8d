/**
 * The pane built by webpack as it ships (production), once for all the tests that drive it in a browser or
 * read the build: rebuilt only when a source it is made of changed, and never by two test files at once.
 * The web build is the intranet one (its own address, office.js served by the add-in): the page the browser
 * tests drive (index.html) is the same in every build, and one build fewer keeps `npm test` short.
 * Both are made with JIXIAO_TEST_BUILD=1 (see webpack.config.js): production code without minifying and
 * source maps, which no test reads and which took most of each build's minutes. The second build reuses the
 * modules the first compiled (webpack's cache on disk, shared by the two).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const INPUTS = ['src', 'assets', 'wps', 'scripts/build-wps.ts', 'webpack.config.js', 'tsconfig.json', 'tsconfig.web.json', 'package-lock.json'];

/** How each build is made: the web/Excel pane by webpack, the WPS add-in package by `npm run build:wps`. */
export const INTRANET = 'https://intranet.example.gov.cn/jixiao';
const BUILDS = {
  web: {
    dir: join(ROOT, 'dist', 'test-web'),
    command: [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
    env: (dir: string) => ({ OUT_DIR: dir, ADDIN_URL: INTRANET, OFFICE_JS: 'self', JIXIAO_TEST_BUILD: '1' }),
  },
  wps: { dir: join(ROOT, 'dist', 'test-wps'), command: [require.resolve('tsx/cli'), 'scripts/build-wps.ts'], env: (dir: string) => ({ JIXIAO_WPS_OUT: dir, JIXIAO_TEST_BUILD: '1' }) },
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

/** A lock left by a build whose process is gone (killed, crashed); a slow build on a busy machine is not stale. */
function staleLock(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // Just made, its pid not written yet; or gone already.
    return existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 60_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * The folder of a build, made first if needed: 'web' holds taskpane.html, index.html and the scripts; 'wps'
 * the add-in package (jixiao_<version>/, jixiao.7z, publish.html, jsplugins.xml).
 */
export async function builtPane(kind: keyof typeof BUILDS = 'web'): Promise<string> {
  const { dir, command, env } = BUILDS[kind];
  // One lock for both builds: they share webpack's cache on disk (webpack.config.js), which two builds at once
  // would both write; and on two cores, two builds at once are no faster than one after the other.
  const LOCK = join(ROOT, 'dist', 'test-build.lock');
  const hash = sourceHash();
  const stamp = join(dir, '.source-hash');
  for (;;) {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return dir;
    try {
      mkdirSync(join(ROOT, 'dist'), { recursive: true });
      mkdirSync(LOCK, { recursive: false });
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
    } catch {
      // Another test file is building: wait for it, however long it takes, unless its process is gone.
      if (staleLock(LOCK)) rmSync(LOCK, { recursive: true, force: true });
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
