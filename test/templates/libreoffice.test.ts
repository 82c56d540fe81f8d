/**
 * The templates' formulas, evaluated by LibreOffice (an engine that is not ours): filled with sample
 * figures and recalculated, every computed cell (rate, budget score, total, grade) equals the engine's.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook, type AnalyzedForm, type ProfileId } from '../../src/core';
import { buildTemplate } from '../../src/core/templates/build';
import { readWorkbookGrid, toWorkbookGrid, writeDesign } from '../../src/xlsx';
import { hasLibreOffice, recalculateAll } from '../helpers/libreoffice';

const withLibreOffice = hasLibreOffice() ? describe : describe.skip;

/** Weights per open group that add up to the group's standard weight, and a score one or two below some. */
const SAMPLE_WEIGHTS: Record<string, number[]> = {
  产出目标: [10, 8, 8, 8],
  效果目标: [15],
  影响力目标: [8, 7],
  产出指标: [7, 7, 6, 6, 6, 6, 6, 6],
  效益指标: [4, 4, 4, 4, 4, 4, 3, 3],
  满意度指标: [5, 5],
};

/** Fills a blank template where the engine says its rows and budget cells are. */
async function filled(kind: ProfileId): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  writeDesign(workbook, buildTemplate(kind, { year: 2026, project: '社区助残服务项目' }));
  const [blank] = analyzeWorkbook(toWorkbookGrid(workbook));
  const ws = workbook.worksheets[0];
  const set = (row: number, col: number, value: string | number) => (ws.getCell(row + 1, col + 1).value = value);
  const f = blank.form;
  if (kind === 'mof-2020') {
    set(6, 2, 600000); // 当年财政拨款: 年初预算数, 全年预算数, 全年执行数
    set(6, 3, 500000);
    set(6, 4, 463210.55);
  } else {
    set(3, 1, 1000000); // 当年预算数
    set(4, 1, 853000); // 预算执行数: 85.30%, inside the 6–8 band
  }
  const nameCol = kind === 'mof-2020' ? 3 : 1; // 三级指标 / 指标名称
  let n = 0;
  for (const group of f.groups) {
    const weights = SAMPLE_WEIGHTS[group.name] ?? [];
    // The open rows start at the group's first-level cell; form A's 投入与管理 keeps its standard weights.
    weights.forEach((weight, i) => {
      const row = group.at!.row + i;
      set(row, nameCol, `指标${++n}`);
      set(row, f.weightCol, weight);
      set(row, f.scoreCol, i === 0 ? weight - 1.5 : weight);
      if (f.family === 'mof-2020') set(row, 4, '>=90%');
    });
    for (const x of group.indicators) if (x.name !== '预算执行率') set(x.row, f.scoreCol, x.name === '绩效目标合理性' ? 6 : Number(x.weight.value.kind === 'number' ? x.weight.value.value : 0));
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const KINDS: ProfileId[] = ['shanghai-2019', 'minhang-2020', 'mof-2020'];

// The three filled templates recalculated by one LibreOffice run (starting it is most of the cost).
let recalculated: Buffer[] = [];
if (hasLibreOffice()) beforeAll(async () => {
  recalculated = recalculateAll(await Promise.all(KINDS.map(filled)));
});

withLibreOffice.each(KINDS)('%s filled and recalculated by LibreOffice', (kind) => {
  let form: AnalyzedForm;
  beforeAll(async () => {
    [form] = analyzeWorkbook(await readWorkbookGrid(recalculated[KINDS.indexOf(kind)]));
  });

  test('the rate and the budget score are the engine’s', () => {
    const b = form.report.budget!;
    expect(b.rate.declared).not.toBeNull();
    expect(b.rate.declared).toBe(b.rate.computed);
    expect(b.score.declared).toBe(b.score.computed);
    expect(b.score.declared).toBe(kind === 'mof-2020' ? 9.26 : 7.06);
  });

  test('the total is the sum of the parts and the grade its band, as the engine computes them', () => {
    const { total, grade } = form.report;
    expect(total.declared).toBe(total.computed);
    expect(total.declared).toBe(total.suggested);
    expect(grade.declared).toBe(grade.computed);
    expect(form.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
