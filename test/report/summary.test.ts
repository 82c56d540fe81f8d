/** The summary model over the seed fixtures' real reports, and over forms read only in part. */
import { join } from 'node:path';
import type { FormReport } from '../../src/core/report';
import { RULES } from '../../src/core/rules';
import { summarize, statusOf, type FileEntry } from '../../src/report/summary';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { writeSummaryWorkbook } from '../../src/report/workbook';
import { htmlReport } from '../../src/report/html';
import { analyzeFixture, FIXTURES } from '../helpers/workbooks';

async function entry(name: string): Promise<FileEntry> {
  return { file: join(FIXTURES, name), error: null, forms: (await analyzeFixture(name)).map((f) => f.report) };
}

test('one row per form; counts per rule, per unit and per grade add up to the findings', async () => {
  const entries = [await entry('seed-001.xlsx'), await entry('seed-003.xlsx'), { file: 'gone.xlsx', error: { code: 'unreadable', message: '文件不存在' }, forms: [] }];
  const s = summarize(entries);
  const forms = entries.flatMap((e) => e.forms);
  expect(s.forms).toHaveLength(forms.length);
  expect(s.findings).toHaveLength(forms.reduce((n, f) => n + f.problems.length, 0));
  expect(s.rules.reduce((n, r) => n + r.findings, 0)).toBe(s.findings.length);
  expect(s.units.reduce((n, u) => n + u.forms, 0)).toBe(forms.length);
  expect(s.grades.reduce((n, g) => n + g.suggested, 0)).toBe(forms.length);
  expect(s.unreadable).toEqual([{ file: 'gone.xlsx', code: 'unreadable', message: '文件不存在' }]);
  expect(s.totals).toMatchObject({ files: 3, forms: forms.length, unreadable: 1, halfRead: 0 });

  // seed-001's 宣传经费 form: 60.37% executed, printed budget score 10 where the rule gives 6.04.
  const row = s.forms.find((f) => f.sheet === '残疾人事业宣传经费')!;
  expect(row).toMatchObject({ department: '上海市残疾人联合会', rate: 0.6037, totalDeclared: 95, totalComputed: 95, totalSuggested: 91.04, gradeSuggested: '优' });
  expect(row.implementer).toBeTruthy();
  expect(row.mainProblem).toContain('按规则得分应为 6.04');
  expect(s.rules.find((r) => r.rule === 'budget-score')).toMatchObject({ title: '预算执行得分不符合规则', severity: 'error' });
  // Errors come first, then warnings, then infos.
  const order = s.rules.map((r) => ({ error: 0, warning: 1, info: 2 })[r.severity as 'error']);
  expect(order).toEqual([...order].sort());
});

test('a form read only in part is marked and counted, and missing totals stay blank (newer report shape)', async () => {
  const [first] = (await analyzeFixture('seed-003.xlsx')).map((f) => f.report);
  // The shape the reader gives a form whose score column it found but could not read.
  const halfRead = {
    ...first,
    parts: { budget: 'read', target: 'read', actual: 'read', weight: 'read', score: 'unread', note: 'absent', total: 'read' },
    total: { ...first.total, computed: null, suggested: null },
    grade: { ...first.grade, computed: null, suggested: null },
    problems: [{ rule: 'part-unread', severity: 'error', cell: 'G10', message: '得分列无法读取' }, ...first.problems],
  } as unknown as FormReport;
  const s = summarize([{ file: 'a.xlsx', error: null, forms: [halfRead, first] }]);
  expect(s.forms[0]).toMatchObject({ unread: ['得分'], totalComputed: null, totalSuggested: null, gradeSuggested: null, mainProblem: '得分列无法读取' });
  expect(statusOf(s.forms[0])).toBe('未读全：得分');
  expect(s.forms[1].unread).toEqual([]);
  expect(s.totals.halfRead).toBe(1);
  expect(s.rules[0]).toMatchObject({ rule: 'part-unread', title: RULES['part-unread'].title, findings: 1 });
  expect(s.grades.find((g) => g.grade === '（无）')?.suggested).toBe(1);

  // The workbook shows the blanks as blanks and says what was not read.
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  await writeSummaryWorkbook(s, stream);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('各表汇总')!;
  expect(ws.getRow(2).getCell(10).value ?? null).toBeNull();
  expect(ws.getRow(2).getCell(16).value).toBe('未读全：得分');

  // The HTML report lists it under 未读全的表, with the part not read.
  const html = htmlReport(s, [], { generated: '2026-01-01 00:00', version: '0' });
  const section = html.slice(html.indexOf('<h2>未读全的表</h2>'), html.indexOf('<h2>各表汇总</h2>'));
  expect(section).toContain(`<td>${first.sheet}</td>`);
  expect(section).toContain('<td>得分</td>');
  expect(html).toContain('<tr class="unread">');
});

test('a part-unread finding alone marks the form, when the report has no parts', async () => {
  const [form] = (await analyzeFixture('seed-000.xlsx')).map((f) => f.report);
  const s = summarize([{ file: 'a.xlsx', error: null, forms: [{ ...form, problems: [{ rule: 'part-unread', severity: 'error', cell: 'A1', message: '项目资金表无法读取' }] }] }]);
  expect(s.forms[0].unread).toEqual(['部分内容']);
  expect(s.totals.halfRead).toBe(1);
});

test('charts are SVG drawn by ECharts, with texts from the files escaped', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const echarts = require('echarts');
  const { renderCharts } = await import('../../src/report/charts');
  const [form] = (await analyzeFixture('seed-000.xlsx')).map((f) => f.report);
  const hostile = { ...form, units: { department: null, implementer: '<script>alert(1)</script>' } };
  const charts = renderCharts(echarts, summarize([{ file: 'a.xlsx', error: null, forms: [hostile] }]));
  expect(charts.map((c) => c.id)).toEqual(['grades', 'totals', 'rules', 'units']);
  for (const c of charts) expect(c.svg).toMatch(/^<svg[^>]*viewBox=/);
  expect(charts.find((c) => c.id === 'units')!.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(charts.some((c) => c.svg.includes('<script'))).toBe(false);
});
