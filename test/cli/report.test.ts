/**
 * `jixiao report` as a user runs it, over the test corpus (the seed fixtures and the unreadable files of
 * test/bad-input): the summary workbook opened by ExcelJS and by LibreOffice, the HTML report rendered and
 * printed by Chromium with every request recorded. `JIXIAO_SCREENSHOTS=1` also saves the report's screenshot
 * into docs/screenshots.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { hasChromium, launch } from '../helpers/browser';
import { hasLibreOffice } from '../helpers/libreoffice';

// Generous: the CLI, LibreOffice and Chromium all run on a busy machine; speed is measured by the bench.
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'jixiao.js');
const SHOTS = join(ROOT, 'docs', 'screenshots');

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let temp: string;
let out: string;
let html: string;
let run: ReturnType<typeof jixiao>;
let check: any;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'jixiao-report-'));
  out = join(temp, '审核汇总.xlsx');
  html = join(temp, '审核报告.html');
  run = jixiao('report', 'test/fixtures', 'test/bad-input', '--out', out, '--html', html);
  check = JSON.parse(jixiao('check', '--json', 'test/fixtures', 'test/bad-input').stdout);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const formsOf = (report: any) => report.files.flatMap((f: any) => f.forms.map((form: any) => ({ file: f.file, ...form })));

describe('jixiao report test/fixtures test/bad-input', () => {
  test('exits as check does (2: some files cannot be read) and says what it wrote, with no progress off a terminal', () => {
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(`已写入汇总工作簿：${out}`);
    expect(run.stdout).toContain(`已写入 HTML 报告：${html}`);
    expect(run.stdout).toMatch(new RegExp(`${check.summary.files} 个文件，${check.summary.forms} 张自评表`));
    expect(run.stderr).toBe('');
  });

  test('ExcelJS opens the workbook: three sheets, headers, a row per form, frozen header, filters', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['各表汇总', '问题明细', '统计']);

    const forms = wb.getWorksheet('各表汇总')!;
    const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
    expect(header(forms)).toEqual(['文件', '工作表', '主管部门', '实施单位', '项目名称', '预算数', '执行数', '执行率', '表中总分', '重算总分', '按规则总分', '表中等级', '按规则等级', '错误', '警告', '状态', '主要问题']);
    const expected = formsOf(check);
    expect(expected.length).toBeGreaterThan(20);
    expect(forms.actualRowCount - 1).toBe(expected.length);
    expect(forms.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(forms.autoFilter).toBeTruthy();
    // Each row is its form: file, sheet, totals, grade and error count as check reports them.
    expected.forEach((f: any, i: number) => {
      const row = forms.getRow(i + 2);
      const text = (c: number) => { const v = row.getCell(c).value as any; return v && typeof v === 'object' ? v.text : v; };
      expect([text(1), text(2), text(5)]).toEqual([f.file, f.sheet, f.project]);
      expect(row.getCell(9).value ?? null).toBe(f.total.declared);
      expect(row.getCell(11).value ?? null).toBe(f.total.suggested);
      expect(row.getCell(13).value ?? null).toBe(f.grade.suggested);
      expect(row.getCell(14).value).toBe(f.problems.filter((p: any) => p.severity === 'error').length);
    });
    // 主管部门 / 实施单位 come from the form headers (form B prints both).
    expect(forms.getColumn(4).values.filter((v) => typeof v === 'string' && v !== '实施单位').length).toBeGreaterThan(0);
    // Widths fit the texts: the project column is wider than the error-count column.
    expect(forms.getColumn(5).width!).toBeGreaterThan(forms.getColumn(14).width!);

    const findings = wb.getWorksheet('问题明细')!;
    expect(header(findings)).toEqual(['文件', '工作表', '项目名称', '单元格', '严重程度', '规则', '规则名称', '说明']);
    const unreadable = check.files.filter((f: any) => f.error);
    const problems = expected.flatMap((f: any) => f.problems);
    expect(findings.actualRowCount - 1).toBe(problems.length + unreadable.length);
    expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(findings.autoFilter).toBeTruthy();
    // A finding links to its cell in its file, relative to the summary's folder.
    const linked = findings.getRow(unreadable.length + 2).getCell(4).value as ExcelJS.CellHyperlinkValue;
    const first = expected.find((f: any) => f.problems.length)!;
    expect(linked.text).toBe(first.problems[0].cell);
    expect(linked.hyperlink).toMatch(new RegExp(`\\.xlsx#'${first.sheet}'!${first.problems[0].cell}$`));
    expect(existsSync(join(temp, decodeURI(linked.hyperlink.split('#')[0])))).toBe(true);
    // Every unreadable file is listed, with its reason.
    const files = findings.getColumn(1).values.slice(2, 2 + unreadable.length);
    expect(files).toEqual(unreadable.map((f: any) => f.file));

    const counts = wb.getWorksheet('统计')!;
    const texts = counts.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : [])).map((v: any) => (v && typeof v === 'object' ? v.text : v));
    for (const title of ['按规则', '按单位', '等级分布', '未读全的表', '未能读取的文件', '预算执行得分不符合规则', 'budget-score']) expect(texts).toContain(title);
    for (const f of unreadable) expect(texts).toContain(f.file);
  });

  (hasLibreOffice() ? test : test.skip)('LibreOffice opens the workbook and reads the same three sheets', () => {
    const dir = join(temp, 'lo');
    execFileSync('soffice', [`-env:UserInstallation=file://${join(temp, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, out], { stdio: 'ignore' });
    const csv = readdirSync(dir).sort();
    expect(csv).toEqual(['审核汇总-各表汇总.csv', '审核汇总-统计.csv', '审核汇总-问题明细.csv'].sort());
    const lines = readFileSync(join(dir, '审核汇总-各表汇总.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('文件,工作表,主管部门,实施单位,项目名称,预算数,执行数,执行率,表中总分,重算总分,按规则总分,表中等级,按规则等级,错误,警告,状态,主要问题');
    expect(lines.length - 1).toBe(formsOf(check).length);
    // LibreOffice shows the numbers with their formats: a rate as a percentage, an amount with separators.
    expect(lines[1]).toMatch(/"1,087,800\.00","1,025,800\.00",94\.30%/);
    expect(readFileSync(join(dir, '审核汇总-统计.csv'), 'utf8')).toContain('test/bad-input/encrypted.xlsx');
  });

  // util-linux `script` gives the command a terminal, as a user at a console has.
  (spawnSync('script', ['--version']).status === 0 ? test : test.skip)('on a terminal, a progress line counts the files and is cleared at the end', () => {
    const tty = join(temp, 'tty.xlsx');
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" report test/fixtures --out "${tty}"`, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    const files = check.files.filter((f: any) => f.file.startsWith('test/fixtures/')).length;
    expect(r.stdout).toContain(`\r\x1b[2K已检查 ${files}/${files}：`);
    // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence is what is asserted
    expect(r.stdout).toMatch(/\r\x1b\[2K\d+ 个文件，\d+ 张自评表/); // the line cleared before the result
  });

  test('never replaces a file unasked; --force replaces it', () => {
    const before = readFileSync(out);
    const again = jixiao('report', 'test/fixtures/seed-000.xlsx', '--out', out);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${out} 已存在；如要替换，请加 --force`);
    expect(readFileSync(out).equals(before)).toBe(true);

    const forced = join(temp, 'forced.xlsx');
    writeFileSync(forced, 'old');
    const replaced = jixiao('report', 'test/fixtures/seed-000.xlsx', '--out', forced, '--force');
    expect(replaced.status).toBe(0);
    expect(statSync(forced).size).toBeGreaterThan(1000);
    // An output named among the inputs is refused even with --force: it would destroy a form.
    const copy = join(temp, 'seed.xlsx');
    writeFileSync(copy, readFileSync(join(ROOT, 'test/fixtures/seed-000.xlsx')));
    const self = jixiao('report', copy, '--out', copy, '--force');
    expect(self.status).toBe(2);
    expect(self.stderr).toContain('是要检查的文件之一');
    expect(readFileSync(copy).equals(readFileSync(join(ROOT, 'test/fixtures/seed-000.xlsx')))).toBe(true);
  });
});

(hasChromium() ? describe : describe.skip)('the HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  test('renders the overview and its four SVG charts with no request leaving the page, and prints to A4', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`file://${html}`);

    expect(requests).toEqual([`file://${html}`].map(encodeURI));
    expect(errors).toEqual([]);
    for (const id of ['grades', 'totals', 'rules', 'units']) {
      expect(await page.locator(`#chart-${id} svg`).count()).toBe(1);
      expect(await page.locator(`#chart-${id} svg path, #chart-${id} svg rect`).count()).toBeGreaterThan(3);
    }
    expect(await page.locator('h1').textContent()).toBe('绩效自评审核报告');
    // The scatter draws one point per form with a printed total and a recomputed one.
    const points = formsOf(check).filter((f: any) => f.total.declared !== null).length;
    expect(await page.locator('#chart-totals').textContent()).toContain(`共 ${points} 张印有总分`);
    // The unreadable files are listed by name with their reasons.
    for (const f of check.files.filter((x: any) => x.error)) expect(await page.getByRole('cell', { name: f.file, exact: true }).count()).toBeGreaterThan(0);
    // Every form has a row in 各表汇总.
    const formRows = await page.locator('h2:text("各表汇总") + table tbody tr').count();
    expect(formRows).toBe(formsOf(check).length);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    // A4 landscape: 842 × 595 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/);
    expect(requests).toEqual([`file://${html}`].map(encodeURI));

    if (process.env.JIXIAO_SCREENSHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'report-html.png') });
      // The first page as Chromium printed it, drawn by poppler for the README.
      writeFileSync(join(temp, 'report.pdf'), pdf);
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(temp, 'report.pdf'), join(SHOTS, 'report-pdf')]);
    }
    await context.close();
  });
});
