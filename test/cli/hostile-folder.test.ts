/**
 * The command against what a folder may hold besides workbooks — zip bombs (honest and lying about their
 * sizes), a FIFO, a link to /dev/zero — and against a file system that refuses: every bad file gets one
 * Chinese line, the good ones their full report, in bounded memory; a write never leaves a target half
 * written, a temporary file behind, or a link replaced.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { FIXTURES } from '../helpers/workbooks';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'jixiao.js');

/** The built command, in a Node whose heap is capped well below what inflating a bomb would take. */
function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=384', BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'jixiao-hostile-'));
});
afterAll(() => {
  try {
    chmodSync(join(temp, 'locked'), 0o755);
  } catch {
    // not made
  }
  rmSync(temp, { recursive: true, force: true });
});

/** A real workbook whose first sheet is replaced by `mib` MiB of one repeated row: a few hundred KB once deflated. */
async function bomb(mib: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES, 'seed-002.xlsx')));
  // Rows without their optional `r`, all alike: what a bomb is, and quick to deflate (numbered rows took seconds).
  const row = '<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>';
  const rows = row.repeat(Math.ceil((mib * 1024 * 1024) / row.length));
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The bomb with every size field of its zip headers saying 1 KB: only counting the inflated bytes finds it out. */
function lyingAboutSizes(zip: Uint8Array): Uint8Array {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 < out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.readUInt32LE(i + 22) > 1024 * 1024) out.writeUInt32LE(1024, i + 22); // local header: uncompressed size
    if (sig === 0x02014b50 && out.readUInt32LE(i + 24) > 1024 * 1024) out.writeUInt32LE(1024, i + 24); // central directory: uncompressed size
  }
  return out;
}

const CJK = /[\u4e00-\u9fff]/;

test('a folder with two zip bombs, a FIFO, a link to /dev/zero and two good workbooks is reported whole', async () => {
  const dir = join(temp, 'folder');
  mkdirSync(dir);
  const big = await bomb(80);
  writeFileSync(join(dir, 'a-bomb.xlsx'), big);
  writeFileSync(join(dir, 'b-lying-bomb.xlsx'), lyingAboutSizes(big));
  execFileSync('mkfifo', [join(dir, 'c-fifo.xlsx')]);
  symlinkSync('/dev/zero', join(dir, 'd-zero.xlsx'));
  copyFileSync(join(FIXTURES, 'seed-001.xlsx'), join(dir, 'e-good.xlsx'));
  copyFileSync(join(FIXTURES, 'seed-003.xlsx'), join(dir, 'f-good.xlsx'));

  const run = jixiao('check', '--json', dir);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(2);
  const report = JSON.parse(run.stdout);
  const byName = Object.fromEntries(report.files.map((f: any) => [f.file.split('/').pop(), f]));
  expect(Object.keys(byName)).toEqual(['a-bomb.xlsx', 'b-lying-bomb.xlsx', 'c-fifo.xlsx', 'd-zero.xlsx', 'e-good.xlsx', 'f-good.xlsx']);
  for (const bad of ['a-bomb.xlsx', 'b-lying-bomb.xlsx', 'c-fifo.xlsx', 'd-zero.xlsx']) {
    const { error } = byName[bad];
    expect([bad, error.code, CJK.test(error.message), /\n/.test(error.message), /[A-Za-z]{6,}/.test(error.message.replace(byName[bad].file, '').replace(/MiB/g, ''))]).toEqual([bad, 'unreadable', true, false, false]);
  }
  expect(byName['a-bomb.xlsx'].error.message).toContain('超过 64 MiB');
  expect(byName['b-lying-bomb.xlsx'].error.message).toContain('超过 64 MiB');
  expect(byName['c-fifo.xlsx'].error.message).toContain('不是普通文件');
  expect(byName['e-good.xlsx'].error).toBeNull();
  expect(byName['e-good.xlsx'].forms.length).toBeGreaterThan(0);
  expect(byName['f-good.xlsx'].error).toBeNull();
  expect(byName['f-good.xlsx'].forms.length).toBeGreaterThan(0);
});

test('a zip that is not a workbook is “not-xlsx”, and score will not copy it', async () => {
  const zip = new JSZip();
  zip.file('readme.txt', '这不是工作簿');
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const file = join(temp, 'archive.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  const report = JSON.parse(jixiao('check', '--json', file).stdout);
  expect(report.files[0].error).toEqual({ code: 'not-xlsx', message: '这是一个压缩包，但不是 .xlsx 工作簿（其中没有工作簿部件 xl/workbook.xml）' });
  const run = jixiao('score', file, '--out', join(temp, 'archive-copy.xlsx'));
  expect(run.status).toBe(2);
  expect(existsSync(join(temp, 'archive-copy.xlsx'))).toBe(false);
});

describe('score onto files', () => {
  test('an existing --out is replaced only with --force', () => {
    const out = join(temp, 'existing.xlsx');
    writeFileSync(out, 'keep me');
    const refused = jixiao('score', join(FIXTURES, 'seed-001.xlsx'), '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain(`${out} 已存在，未写入；如确要覆盖它，请加 --force`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(jixiao('score', join(FIXTURES, 'seed-001.xlsx'), '--out', out, '--force').status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  test('--in-place through a symbolic link writes the file it points to, keeping the link and the file’s read-only mode', () => {
    const real = join(temp, 'real.xlsx');
    const link = join(temp, 'link.xlsx');
    copyFileSync(join(FIXTURES, 'seed-001.xlsx'), real);
    chmodSync(real, 0o444);
    symlinkSync(real, link);
    const before = readFileSync(real);
    const run = jixiao('score', link, '--in-place');
    expect(run.status).toBe(0);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real).equals(before)).toBe(false);
    expect(statSync(real).mode & 0o777).toBe(0o444);
  });

  test('a folder that refuses writing: one Chinese line naming the user’s file, the target as it was, no temporary file left', () => {
    const dir = join(temp, 'locked');
    mkdirSync(dir);
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, 'as it was');
    chmodSync(dir, 0o555);
    const run = jixiao('score', join(FIXTURES, 'seed-001.xlsx'), '--out', out, '--force');
    chmodSync(dir, 0o755);
    if (process.getuid?.() === 0) {
      expect(run.status).toBe(0); // root writes anywhere: nothing to refuse
      return;
    }
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`没有写入权限：${out}`);
    expect(run.stderr).not.toMatch(/EACCES|\.tmp/);
    expect(readFileSync(out, 'utf8')).toBe('as it was');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  test('a missing folder, a folder as --out, a missing input: one Chinese line each, naming the user’s file', () => {
    const missing = jixiao('score', join(FIXTURES, 'seed-001.xlsx'), '--out', join(temp, 'nowhere', 'out.xlsx'));
    expect(missing.stderr).toContain(`无法写入 ${join(temp, 'nowhere', 'out.xlsx')}：所在的文件夹不存在`);
    const folder = jixiao('score', join(FIXTURES, 'seed-001.xlsx'), '--out', temp, '--force');
    expect(folder.stderr).toContain(`${temp} 是一个文件夹`);
    const input = jixiao('score', join(temp, 'no-such.xlsx'), '--out', join(temp, 'x.xlsx'));
    expect(input.stderr).toContain(`文件不存在：${join(temp, 'no-such.xlsx')}`);
    for (const run of [missing, folder, input]) {
      expect(run.status).toBe(2);
      expect(run.stderr).not.toMatch(/ENOENT|EISDIR|\.tmp|Error/);
    }
    expect(readdirSync(temp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
