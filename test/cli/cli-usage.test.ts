/**
 * The command line never surprises: its help and its errors are Chinese, a folder with nothing to check says
 * so and what it passed over, a workbook with no form fails, `rollover` finds the form or says what there is,
 * and progress shows on a terminal only. The built bin on real files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { terminalWidth } from '../../src/cli/chinese';
import { analyzeFile, FIXTURES } from '../helpers/workbooks';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'jixiao.js');

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the bin inside a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
function onTerminal(...args: string[]) {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, output: r.stdout };
}
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Commander's English, which must never reach a user. */
const ENGLISH = /Usage:|Options:|Commands:|Arguments:|display help|error:|required option|not specified|Did you mean|choices:|default:|\[options\]/;

// Each case starts node and reads real workbooks: on a busy machine that takes seconds, never a fixed sleep.
let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'jixiao-usage-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

test('help and usage errors answer without loading the workbook reader (ExcelJS, half a second of a start)', () => {
  // The built bin's module, run as the bin runs it; on exit (help exits at once) it says whether ExcelJS was loaded.
  const probe = (args: string[]) =>
    spawnSync(process.execPath, ['-e', `process.argv.splice(1, Infinity, 'jixiao', ...${JSON.stringify(args)}); process.on('exit', () => process.stdout.write(' exceljs:' + Object.keys(require.cache).some((k) => k.includes('node_modules/exceljs/')))); require(${JSON.stringify(join(ROOT, 'dist', 'src', 'cli', 'main.js'))}).main()`], { cwd: ROOT, encoding: 'utf8' }).stdout;
  expect(probe(['--help'])).toMatch(/ exceljs:false$/);
  expect(probe(['check'])).toMatch(/ exceljs:false$/); // a required argument missing
  expect(probe(['check', join(FIXTURES, 'seed-001.xlsx')])).toMatch(/ exceljs:true$/); // the probe sees it when it is loaded
});

describe('help and usage are Chinese', () => {
  test('jixiao --help', () => {
    const run = jixiao('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^用法： jixiao \[选项\] \[命令\]$/m);
    expect(run.stdout).toContain('选项：');
    expect(run.stdout).toContain('命令：');
    expect(run.stdout).toMatch(/^ {2}help \[命令\] +显示某个命令的帮助$/m);
    expect(run.stdout).not.toMatch(ENGLISH);
  });

  test('each command’s help, its choices and defaults included', () => {
    for (const command of ['check', 'score', 'template', 'rollover']) {
      const run = jixiao(command, '--help');
      expect([command, run.status]).toEqual([command, 0]);
      expect(run.stdout).toMatch(new RegExp(`^用法： jixiao ${command} \\[选项\\]`, 'm'));
      expect(run.stdout).not.toMatch(ENGLISH);
    }
    expect(jixiao('template', '--help').stdout).toContain('项目资金的单位（表 B）（可选：元、万元；默认：元）');
    expect(jixiao('check', '--help').stdout).toContain('预算执行得分的舍入方式（可选：half-up、truncate）');
    expect(jixiao('help', 'check').stdout).toMatch(/^用法： jixiao check \[选项\] <paths\.\.\.>$/m);
  });

  test('help columns line up with Chinese terms (two terminal columns a character)', () => {
    const lines = jixiao('--help').stdout.split('\n').filter((l) => /^ {2}(check|help) /.test(l));
    const column = (line: string) => terminalWidth(/^ {2}\S+(?: \S+)? +/.exec(line)![0]);
    expect(lines).toHaveLength(2);
    expect(column(lines[0])).toBe(column(lines[1]));
  });
});

describe('usage errors are Chinese', () => {
  const cases: [string, string[], string][] = [
    ['a required option missing', ['template', '--year', '2026', '--out', 'x.xlsx'], '错误：缺少必需的选项 --kind <kind>'],
    ['a required argument missing', ['check'], '错误：缺少参数 <paths>'],
    ['a choice not offered', ['check', '--rounding', 'up', 'x.xlsx'], '错误：选项 --rounding <rule> 的取值“up”无效，可选：half-up、truncate'],
    ['a value the option refuses', ['template', '--kind', 'mof-2020', '--year', '26', '--out', 'x.xlsx'], '错误：选项 --year <year> 的取值“26”无效：应为 2000 至 2100 之间的年份'],
    ['an option with no value', ['template', '--kind'], '错误：选项 --kind <kind> 后面缺少取值'],
    ['an unknown option', ['check', '--foo', 'x.xlsx'], '错误：没有选项 --foo'],
    ['an unknown command, with the likely one', ['chek'], '错误：没有命令 chek（可用的命令：check、score、template、rollover）\n（是否想用 check？）'],
    ['too many arguments', ['score', 'a.xlsx', 'b.xlsx', '--out', 'c.xlsx'], '错误：命令 score 参数过多：应为 1 个，实际 2 个'],
  ];
  test.each(cases)('%s', (_, args, message) => {
    const run = jixiao(...args);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('（加 --help 查看用法）');
    expect(run.stderr).not.toMatch(ENGLISH);
  });
});

describe('check: folders and files with nothing to check', () => {
  test('a folder with no .xlsx says so, names what it passed over, and exits 2', () => {
    const dir = join(temp, '旧表');
    mkdirSync(dir);
    for (const name of ['2019.xls', '2020.et', '~$2021.xlsx', '说明.txt']) writeFileSync(join(dir, name), 'x');
    const run = jixiao('check', dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`文件夹“${dir}”中没有 .xlsx 文件，没有可检查的工作簿。`);
    expect(run.stderr).toContain(`跳过 ${join(dir, '2019.xls')}：旧版 Excel 格式，请在 Excel 或 WPS 中另存为 .xlsx`);
    expect(run.stderr).toContain(`跳过 ${join(dir, '2020.et')}：WPS 表格格式，请在 WPS 中另存为 .xlsx`);
    expect(run.stderr).toContain(`跳过 ${join(dir, '~$2021.xlsx')}：Excel 或 WPS 打开文件时生成的锁定文件`);
    expect(run.stderr).not.toContain('说明.txt');
    expect(run.stdout).toBe('');
  });

  test('an empty folder says so too', () => {
    const dir = join(temp, '空');
    mkdirSync(dir);
    const run = jixiao('check', '--json', dir);
    expect([run.status, run.stderr.trim(), run.stdout]).toEqual([2, `文件夹“${dir}”中没有 .xlsx 文件，没有可检查的工作簿。`, '']);
  });

  test('a workbook with no form exits 2 with the no-form entry; the other files are still reported', async () => {
    const file = join(temp, '通知.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('通知').getCell('A1').value = '关于开展2025年度项目绩效自评工作的通知';
    await wb.xlsx.writeFile(file);
    const run = jixiao('check', '--json', file, join(FIXTURES, 'seed-002.xlsx'));
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.files[0]).toMatchObject({ forms: [], error: { code: 'no-form' } });
    expect(report.files[1].forms).toHaveLength(1);
    const text = jixiao('check', file);
    expect(text.status).toBe(2);
    expect(text.stdout).toContain('无法检查：在 1 个工作表中没有找到绩效自评表');
  });
});

describe('check over a folder shows progress on a terminal only', () => {
  const maybe = hasScript ? test : test.skip;
  maybe('a terminal sees 正在检查 i / n and the report; piped and --json output carry none', () => {
    const names = readdirSync(join(ROOT, 'test/fixtures/variants')).filter((f) => f.endsWith('.xlsx')).sort();
    const n = names.length;
    const seen = onTerminal('check', 'test/fixtures/variants');
    expect(seen.output).toContain(`正在检查 1 / ${n}：${names[0]}`);
    expect(seen.output).toContain(`正在检查 ${n} / ${n}：${names[n - 1]}`);
    expect(seen.output).toContain(`共 ${n} 个文件`);
    const json = onTerminal('check', '--json', 'test/fixtures/variants');
    expect(json.output).not.toContain('正在检查');
    expect(JSON.parse(json.output).summary.files).toBe(n);
    const piped = jixiao('check', 'test/fixtures/variants');
    expect(piped.stdout + piped.stderr).not.toContain('正在检查');
  });
});

describe('rollover finds its form', () => {
  test('no --sheet is needed when the workbook holds one form', async () => {
    const out = join(temp, 'next-one.xlsx');
    const run = jixiao('rollover', join(FIXTURES, 'seed-002.xlsx'), '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [source] = await analyzeFile(join(FIXTURES, 'seed-002.xlsx'));
    const [made] = await analyzeFile(out);
    expect(made.form.indicators.map((x) => x.name)).toEqual(source.form.indicators.map((x) => x.name));
  });

  test('without --sheet on a workbook of many forms, the sheets holding forms are listed', () => {
    const run = jixiao('rollover', join(FIXTURES, 'seed-000.xlsx'), '--out', join(temp, 'x.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^工作簿中有 4 张工作表含自评表，请用 --sheet 指定其一：“.+”、“.+”、“.+”、“.+”$/m);
  });

  test('a wrong sheet name lists the real ones', () => {
    const run = jixiao('rollover', join(FIXTURES, 'seed-002.xlsx'), '--sheet', '不存在', '--out', join(temp, 'x.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^工作簿中没有名为“不存在”的工作表。工作簿中的工作表：“.+”/);
  });

  test('a sheet of stacked forms needs --form, by number or range, and a wrong one lists the choices', async () => {
    const file = join(FIXTURES, 'seed-001.xlsx');
    const none = jixiao('rollover', file, '--sheet', '12张表连排', '--out', join(temp, 'x.xlsx'));
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('工作表“12张表连排”中有 12 张自评表，请用 --form 指定其一：1（A1:I25');
    const wrong = jixiao('rollover', file, '--sheet', '12张表连排', '--form', '13', '--out', join(temp, 'x.xlsx'));
    expect(wrong.stderr).toContain('工作表“12张表连排”中没有第 13 张表；可选：1（A1:I25');
    const forms = (await analyzeFile(file)).filter((f) => f.form.sheet === '12张表连排');
    for (const [choice, index] of [['3', 2], ['A75:I96', 3]] as const) {
      const out = join(temp, `stacked-${index}.xlsx`);
      expect(jixiao('rollover', file, '--sheet', '12张表连排', '--form', choice, '--out', out).status).toBe(0);
      const [made] = await analyzeFile(out);
      expect(made.form.indicators.map((x) => x.name)).toEqual(forms[index].form.indicators.map((x) => x.name));
    }
  });
});
