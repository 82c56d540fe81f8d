/**
 * A full disk while `jixiao score` copies a workbook with nothing to write onto an existing --out: the
 * target stays byte for byte as it was, no temporary file is left beside it, and the user reads one
 * Chinese line naming the file. Once on a real full file system (a small tmpfs, mounted in a mount
 * namespace of its own where the machine allows one), and once with the kernel's own ENOSPC from
 * /dev/full coming back from the temporary file's write, which runs anywhere.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/workbooks';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'jixiao.js');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let temp: string;
/** A workbook `score` has nothing to write into (scored once already): the command only copies it. */
let settled: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'jixiao-full-'));
  settled = join(temp, 'settled.xlsx');
  const first = spawnSync(process.execPath, [BIN, 'score', join(FIXTURES, 'seed-001.xlsx'), '--out', settled], { encoding: 'utf8' });
  expect(first.status).toBe(0);
  const again = spawnSync(process.execPath, [BIN, 'score', settled, '--out', join(temp, 'copy.xlsx')], { encoding: 'utf8' });
  expect(again.stdout).toContain('无需修改，已复制到');
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** How a mount namespace can be had here: as root, or as a user mapped to root; null where neither is allowed. */
function namespace(): string[] | null {
  for (const args of [['-m'], ['-rm']]) if (spawnSync('unshare', [...args, 'true']).status === 0) return args;
  return null;
}
const unshare = process.platform === 'linux' ? namespace() : null;

(unshare ? test : test.skip)('on a tmpfs with too little room left: the existing --out as it was, no temporary file', () => {
  const input = readFileSync(settled);
  const dir = join(temp, 'small');
  const size = 256 * 1024;
  // The existing --out leaves less room than the copy needs.
  const existing = Buffer.alloc(size - input.length + 8192, 7);
  writeFileSync(join(temp, 'existing.bin'), existing);
  // Everything is done and looked at inside the namespace, where the tmpfs is; it goes when the namespace does.
  const script = [
    'set -e',
    `mkdir -p "${dir}"`,
    `mount -t tmpfs -o size=${size} tmpfs "${dir}"`,
    `cp "${join(temp, 'existing.bin')}" "${dir}/out.xlsx"`,
    `df -B1 --output=avail "${dir}" | tail -1 | sed 's/^ */avail=/'`,
    `set +e`,
    `"${process.execPath}" "${BIN}" score "${settled}" --out "${dir}/out.xlsx" --force 2>&1; echo "status=$?"`,
    `sha256sum "${dir}/out.xlsx" | sed 's/ .*//; s/^/sha=/'`,
    `ls -A "${dir}" | sed 's/^/entry=/'`,
  ].join('\n');
  const run = spawnSync('unshare', [...unshare!, 'sh', '-c', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const lines = run.stdout.trim().split('\n');
  const value = (key: string) => lines.filter((l) => l.startsWith(`${key}=`)).map((l) => l.slice(key.length + 1));
  expect(Number(value('avail')[0])).toBeLessThan(input.length); // the disk really cannot take the copy
  expect(value('status')).toEqual(['2']);
  expect(lines[1]).toBe(`${settled}：磁盘空间不足，未能写入 ${dir}/out.xlsx；原有文件保持不变`);
  expect(value('sha')).toEqual([sha(existing)]);
  expect(value('entry')).toEqual(['out.xlsx']);
});

test('the kernel’s ENOSPC half way through the temporary file: the existing --out as it was, no temporary file', () => {
  const dir = mkdtempSync(join(temp, 'full-'));
  const out = join(dir, 'out.xlsx');
  writeFileSync(out, 'the report as it was');
  const run = spawnSync(process.execPath, ['--require', join(__dirname, '..', 'helpers', 'full-disk.js'), BIN, 'score', settled, '--out', out, '--force'], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toBe(`${settled}：磁盘空间不足，未能写入 ${out}；原有文件保持不变`);
  expect(readFileSync(out, 'utf8')).toBe('the report as it was');
  expect(readdirSync(dir)).toEqual(['out.xlsx']);
});
