/** The `jixiao` command as a user runs it: the built bin, real files, exit codes and output. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile, FIXTURES } from '../helpers/workbooks';
import { decorate, partsOf } from '../helpers/packages';

// Each test runs the built command in a process of its own: on a busy machine that takes seconds, never a failure.
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'jixiao.js');

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('jixiao check --json test/fixtures', () => {
  let run: ReturnType<typeof jixiao>;
  let report: any;
  beforeAll(() => {
    run = jixiao('check', '--json', 'test/fixtures');
    report = JSON.parse(run.stdout);
  });

  test('prints the REPORT.md document and exits 1 (the seeds hold errors)', () => {
    expect(run.status).toBe(1);
    expect(report.tool).toEqual({ name: 'jixiao', version: '0.1.0' });
    expect(report.files.map((f: any) => f.file)).toEqual([
      'test/fixtures/seed-000.xlsx',
      'test/fixtures/seed-001.xlsx',
      'test/fixtures/seed-002.xlsx',
      'test/fixtures/seed-003.xlsx',
      'test/fixtures/seed-004.xlsx',
      'test/fixtures/variants/broken.xlsx',
      'test/fixtures/variants/dialects.xlsx',
      'test/fixtures/variants/float-artifact-rate.xlsx',
      'test/fixtures/variants/layouts.xlsx',
    ]);
    const form = report.files[1].forms[1];
    expect(Object.keys(form)).toEqual(expect.arrayContaining(['sheet', 'range', 'family', 'project', 'budget', 'groups', 'indicators', 'total', 'grade', 'problems']));
    expect(form).toMatchObject({
      sheet: '残疾人事业宣传经费',
      range: 'A1:I22',
      family: 'mof-2020',
      project: '残疾人事业宣传经费',
      budget: {
        planned: 4328240,
        executed: 2612933.32,
        weight: 10,
        rate: { declared: 0.6037, computed: 0.6037, cell: 'G6' },
        score: { declared: 10, computed: 6.04, cell: 'H6' },
      },
      total: { declared: 95, computed: 95, suggested: 91.04, cell: 'H22' },
      grade: { declared: null, computed: '优', suggested: '优', cell: null },
      problems: [{ rule: 'budget-score', severity: 'error', cell: 'H6', message: '预算执行率 60.37%，按规则得分应为 6.04（分值 10 × 60.37%），表中为 10' }],
    });
    expect(form.groups[0]).toEqual({ name: '产出指标', weight: { declared: null, sum: 50, standard: 50 }, score: { sum: 50 } });
    expect(form.indicators[0]).toEqual({
      cell: 'D13',
      group: '产出指标',
      level2: '数量指标',
      name: '刊物发行计划完成率',
      target: '=100%',
      actual: '=100%',
      weight: 9,
      score: { declared: 9, suggested: 9, cell: 'H13' },
      note: '',
    });
  });

  test('the summary counts what the files hold', () => {
    const problems = report.files.flatMap((f: any) => f.forms.flatMap((x: any) => x.problems));
    expect(report.summary).toEqual({
      files: 9,
      forms: report.files.reduce((n: number, f: any) => n + f.forms.length, 0),
      errors: problems.filter((p: any) => p.severity === 'error').length,
      warnings: problems.filter((p: any) => p.severity === 'warning').length,
      infos: problems.filter((p: any) => p.severity === 'info').length,
    });
    expect(report.summary.forms).toBe(41 + 16 + 40 + 1); // seeds, broken and layout variants, dialects, the float-tail rate
  });

  test('no JSON number carries a floating-point tail', () => {
    const numbers: number[] = [];
    JSON.parse(run.stdout, (_k, v) => (typeof v === 'number' && numbers.push(v), v));
    expect(numbers.length).toBeGreaterThan(1000);
    expect(numbers.filter((n) => !/^-?\d+(\.\d{1,4})?$/.test(String(n)))).toEqual([]);
  });

  test('the seed anomalies of DOMAIN.md are reported', () => {
    const found = report.files.slice(0, 5).flatMap((f: any) => f.forms.filter((x: any) => x.sheet !== '12张表连排').flatMap((x: any) => x.problems.map((p: any) => `${x.sheet} ${p.rule}`)));
    expect(found).toEqual(
      expect.arrayContaining([
        '残疾人权益保障经费 budget-score',
        '残疾人事业宣传经费 budget-score',
        '残疾人基层组织建设和助残工作经费 budget-score',
        '残疾人事业综合保障经费 float-artifact',
        '协同办公平台（运维） deduction-unexplained',
        '(社保卡中心)声讯系统运行经费 deduction-unexplained',
        '一网通办配套系统 deduction-unexplained',
      ]),
    );
  });
});

test('a consistent form: no error, exit 0', () => {
  const run = jixiao('check', '--json', join(FIXTURES, 'seed-003.xlsx'));
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).summary).toMatchObject({ forms: 4, errors: 0, warnings: 4 });
});

test('the readable summary: sheet, project, total, grade and findings with cells and rule names, in Chinese', () => {
  const run = jixiao('check', join(FIXTURES, 'seed-001.xlsx'));
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('【残疾人事业宣传经费!A1:I22】残疾人事业宣传经费');
  expect(run.stdout).toContain('总分 95（按规则应为 91.04）　等级 优');
  expect(run.stdout).toContain('错误 H6    预算执行率 60.37%，按规则得分应为 6.04（分值 10 × 60.37%），表中为 10  [预算执行得分不符合规则 budget-score]');
  // Every finding line names its rule in Chinese beside the id.
  const findingLines = run.stdout.split('\n').filter((l) => /^ {4}(错误|警告|提示) /.test(l));
  expect(findingLines.length).toBeGreaterThan(0);
  for (const line of findingLines) expect(line).toMatch(/ {2}\[[\u4e00-\u9fa5][^\]]* [a-z0-9-]+\]$/);
  expect(run.stdout).toMatch(/共 1 个文件、24 张表：错误 6，警告 4，提示 \d+/);
});

test('a file that cannot be read: one clear line, the others still checked, exit 2', () => {
  const run = jixiao('check', 'test/bad-input/encrypted.xlsx', join(FIXTURES, 'seed-003.xlsx'), 'test/bad-input/not-a-workbook.xlsx');
  expect(run.status).toBe(2);
  expect(run.stdout).toContain('无法检查：工作簿设有打开密码');
  expect(run.stdout).toContain('无法检查：文件不是 .xlsx 工作簿');
  expect(run.stdout).toContain('闵行区企业政策管理系统');
  const json = JSON.parse(jixiao('check', '--json', 'test/bad-input/damaged.xlsx').stdout);
  expect(json.files[0]).toMatchObject({ forms: [], error: { code: 'unreadable' } });
});

test('score writes a copy and never touches the input', async () => {
  const input = join(FIXTURES, 'seed-001.xlsx');
  const before = sha(input);
  const out = join(temp, 'scored.xlsx');
  const run = jixiao('score', input, '--out', out);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('残疾人事业宣传经费!H6  10 → 6.04');
  expect(sha(input)).toBe(before);
  const rechecked = await analyzeFile(out);
  expect(rechecked.flatMap((f) => f.report.problems.filter((p) => p.severity === 'error'))).toEqual([]);
  expect(rechecked.find((f) => f.form.sheet === '残疾人事业宣传经费')!.report.total.declared).toBe(91.04);
});

test('score --in-place changes the file itself; without --out it refuses', async () => {
  const copy = join(temp, 'in-place.xlsx');
  copyFileSync(join(FIXTURES, 'seed-001.xlsx'), copy);
  expect(jixiao('score', copy).status).toBe(2);
  expect(jixiao('score', copy).stderr).toContain('请用 --out 指定新文件');
  expect(jixiao('score', copy, '--in-place').status).toBe(0);
  const forms = await analyzeFile(copy);
  expect(forms.find((f) => f.form.sheet === '残疾人事业综合保障经费')!.report.total.declared).toBe(90.79);
});

test('options are checked, in Chinese', () => {
  const run = jixiao('check', '--profile', 'beijing', 'test/fixtures');
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('可选 shanghai-2019、minhang-2020、mof-2020');
});

test('--profile and --rounding change the rules applied', () => {
  const truncated = JSON.parse(jixiao('check', '--json', '--rounding', 'truncate', join(FIXTURES, 'seed-003.xlsx')).stdout);
  expect(truncated.files[0].forms[2].total.suggested).toBe(99.97);
  const halfUp = JSON.parse(jixiao('check', '--json', join(FIXTURES, 'seed-003.xlsx')).stdout);
  expect(halfUp.files[0].forms[2].total.suggested).toBe(99.98);
});

describe('jixiao template and rollover', () => {
  test('a template in a new file, then another as a new sheet of the same file', async () => {
    const out = join(temp, 'templates.xlsx');
    const first = jixiao('template', '--kind', 'mof-2020', '--year', '2026', '--project', '残疾人事业宣传经费', '--unit', '万元', '--out', out);
    expect(first.stdout.trim()).toBe(`已生成模板“2026年度绩效自评”：${out}`);
    expect(jixiao('template', '--kind', 'shanghai-2019', '--year', '2026', '--rows', '3', '--out', out).stdout).toContain('“2026年度绩效自评 (2)”');
    const forms = await analyzeFile(out);
    expect(forms.map((f) => [f.form.sheet, f.form.family, f.report.project, f.report.problems.length])).toEqual([
      ['2026年度绩效自评', 'mof-2020', '残疾人事业宣传经费', 0],
      ['2026年度绩效自评 (2)', 'shanghai-2019', null, 0],
    ]);
    expect(forms[0].report.budget?.unit).toBe('万元');
  });

  test('next year’s form goes into the file itself as a new sheet with --in-place, or into --out; the source is untouched', async () => {
    const copy = join(temp, 'rollover.xlsx');
    copyFileSync(join(FIXTURES, 'seed-003.xlsx'), copy);
    expect(jixiao('rollover', copy, '--sheet', '企业政策管理系统(2023运维)').stderr).toContain('请用 --out 指定新文件，或用 --in-place 加到原文件中');
    const run = jixiao('rollover', copy, '--sheet', '企业政策管理系统(2023运维)', '--in-place');
    expect(run.stdout.trim()).toBe(`已生成下一年度的表“2024年度 闵行区企业政策管理系统(2023 运维)”：${copy}`);
    const forms = await analyzeFile(copy);
    expect(forms.map((f) => f.form.sheet)).toHaveLength(5);
    const [source, next] = [forms[0], forms[4]];
    expect(next.report.indicators.map((x) => [x.name, x.target, x.weight])).toEqual(source.report.indicators.map((x) => [x.name, x.target, x.weight]));
    expect(source.report.total.declared).toBe(99.85);
  });

  test('into a file with a chart, settings and an add-in: only the new sheet comes in, and check finds its form', async () => {
    const file = join(temp, 'decorated.xlsx');
    const input = Buffer.from(await decorate(readFileSync(join(FIXTURES, 'seed-003.xlsx')), { protect: [], macros: false }));
    writeFileSync(file, input);
    expect(jixiao('rollover', file, '--sheet', '企业政策管理系统(2023运维)', '--in-place').status).toBe(0);
    expect(jixiao('template', '--kind', 'minhang-2020', '--year', '2026', '--out', file).status).toBe(0);
    const before = await partsOf(input);
    const after = await partsOf(readFileSync(file));
    expect([...after.keys()].slice(0, before.size)).toEqual([...before.keys()]);
    expect(after.size).toBe(before.size + 2);
    const lists = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', 'xl/styles.xml'];
    expect([...before.keys()].filter((n) => !lists.includes(n) && !before.get(n)!.equals(after.get(n)!))).toEqual([]);
    const report = JSON.parse(jixiao('check', '--json', file).stdout);
    const sheets = report.files[0].forms.map((f: { sheet: string }) => f.sheet);
    expect(sheets.slice(-2)).toEqual(['2024年度 闵行区企业政策管理系统(2023 运维)', '2026年度绩效自评']);
  });

  test('bad arguments: one clear line each', () => {
    expect(jixiao('template', '--kind', 'beijing', '--year', '2026', '--out', join(temp, 'x.xlsx')).stderr).toContain('可选 shanghai-2019、minhang-2020、mof-2020');
    expect(jixiao('template', '--kind', 'mof-2020', '--year', '26', '--out', join(temp, 'x.xlsx')).stderr).toContain('应为 2000 至 2100 之间的年份');
    const missing = jixiao('rollover', join(FIXTURES, 'seed-003.xlsx'), '--sheet', '不存在', '--out', join(temp, 'y.xlsx'));
    expect([missing.status, missing.stderr.trim()]).toEqual([2, expect.stringMatching(/^工作簿中没有名为“不存在”的工作表。/)]);
  });
});
