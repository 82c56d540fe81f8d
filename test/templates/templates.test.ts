/** The standard templates and next year's forms: recognised by the engine, with their guards and print setup. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyzeWorkbook, type AnalyzedForm, type ProfileId } from '../../src/core';
import { buildTemplate } from '../../src/core/templates/build';
import { rolloverDesign } from '../../src/core/templates/rollover';
import { designToGrid } from '../../src/core/design';
import { loadWorkbook, readWorkbookGrid, toWorkbookGrid, writeDesign } from '../../src/xlsx';
import { fixtureSheets } from '../helpers/grids';

const KINDS: ProfileId[] = ['shanghai-2019', 'minhang-2020', 'mof-2020'];

async function written(kind: ProfileId, options = {}) {
  const workbook = new ExcelJS.Workbook();
  writeDesign(workbook, buildTemplate(kind, { year: 2026, project: '社区助残服务项目', ...options }));
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe.each(KINDS)('%s template', (kind) => {
  let bytes: Buffer;
  let forms: AnalyzedForm[];
  beforeAll(async () => {
    bytes = await written(kind);
    forms = analyzeWorkbook(await readWorkbookGrid(bytes));
  });

  test('blank, it is recognised as its form and reports nothing', () => {
    expect(forms.map((f) => [f.form.family, f.report.project, f.report.problems])).toEqual([[kind, '社区助残服务项目', []]]);
    expect(forms[0].form.groups.map((g) => g.name)).toEqual(
      kind === 'mof-2020' ? ['产出指标', '效益指标', '满意度指标'] : ['投入与管理', '产出目标', '效果目标', '影响力目标'],
    );
  });

  test('scores are guarded (0 to the weight, red above it), the header repeats on every printed page, A4 one page wide', async () => {
    const ws = (await loadWorkbook(bytes)).worksheets[0];
    const header = forms[0].form.headerRow + 1;
    const score = ws.getCell(header + 1, forms[0].form.scoreCol + 1).address;
    const weight = ws.getCell(header + 1, forms[0].form.weightCol + 1).address;
    // As written in the file (ExcelJS reads a decimal rule's bounds back as numbers, losing the reference).
    const sheetXml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toContain(`error="得分应为 0 至本行权重之间的数字" sqref="${score}"><formula1>0</formula1><formula2>${weight}</formula2>`);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
    const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules[0].rules[0].formulae[0]).toContain(`>${weight}`);
  });

  test('the year, the project and the sheet name are parameters', async () => {
    const ws = (await loadWorkbook(await written(kind, { year: 2031, project: '无障碍环境建设' }))).worksheets[0];
    const texts = JSON.stringify(ws.getSheetValues());
    expect(ws.name).toBe('2031年度绩效自评');
    expect(texts).toContain('无障碍环境建设');
    expect(texts.includes('2031年度')).toBe(kind !== 'shanghai-2019'); // the 2019 form prints no year in its title
  });
});

test('form B in 万元, with 3 rows per second-level indicator', async () => {
  const ws = (await loadWorkbook(await written('mof-2020', { unit: '万元', rowsPerGroup: 3 }))).worksheets[0];
  expect(ws.getCell('A5').value).toBe('项目资金\n（万元）');
  const [form] = analyzeWorkbook({ sheets: [toWorkbookGrid(ws.workbook).sheets[0]] });
  expect(form.form.total!.row - form.form.headerRow - 1).toBe(9 * 3);
});

test('next year’s form keeps project, indicators, targets and weights, and clears what was done', async () => {
  const [grid] = await fixtureSheets('seed-001.xlsx', ['残疾人事业统计、监测和政策研究经费']);
  const [source] = analyzeWorkbook({ sheets: [grid] });
  const design = rolloverDesign(grid, source.form);
  expect(design.name).toBe('2023年度 残疾人事业统计、监测和政策研究经费');
  const workbook = new ExcelJS.Workbook();
  writeDesign(workbook, design);
  const [next] = analyzeWorkbook(await readWorkbookGrid(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)));
  expect(next.report.project).toBe(source.report.project);
  const kept = (f: AnalyzedForm) => f.report.indicators.map((x) => [x.group, x.level2, x.name, x.target, x.weight]);
  expect(kept(next)).toEqual(kept(source));
  expect(next.report.indicators.every((x) => x.actual === '' && x.score.declared === null && x.note === '')).toBe(true);
  expect(next.report.budget).toMatchObject({ executed: null, rate: { declared: null }, score: { declared: null } });
  expect(next.report.grade.declared).toBeNull();
  expect(next.report.problems).toEqual([]);
  expect(JSON.stringify(workbook.worksheets[0].getSheetValues())).toContain('（2023年度）');
});

test('next year’s form keeps the unit of its amounts (万元 stays 万元)', async () => {
  const [grid] = await fixtureSheets('seed-003.xlsx', ['企业政策管理系统(2023运维)']);
  const [source] = analyzeWorkbook({ sheets: [grid] });
  expect(source.report.budget?.unit).toBe('万元');
  const [next] = analyzeWorkbook({ sheets: [designToGrid(rolloverDesign(grid, source.form, { year: 2024 }))] });
  expect(next.report.budget?.unit).toBe('万元');
});

test('a 2019 form (no year in its title) made here rolls on from the year in its sheet name', () => {
  const design = buildTemplate('shanghai-2019', { year: 2027, project: '无障碍环境建设' });
  const grid = designToGrid(design, '2027年度 无障碍环境建设');
  const [form] = analyzeWorkbook({ sheets: [grid] });
  expect(rolloverDesign(grid, form.form).name).toBe('2028年度 无障碍环境建设');
});
