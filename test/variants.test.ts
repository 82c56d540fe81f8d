/**
 * Each broken variant changes one thing in a seed form; each layout variant lays a seed form out
 * differently. Together they make every rule fire and meet every layout fact of DOMAIN.md.
 */
import { RULES, type AnalyzedForm } from '../src/core';
import { analyzeFixture, findingKeys } from './helpers/workbooks';

const BROKEN: Record<string, string[]> = {
  权重之和不符: ['execution-rate-precision F5', 'group-weight-sum A19', 'total-weight D25'],
  得分超出权重: ['score-range H14', 'score-rule H14'],
  漏评: ['score-missing H14', 'total-sum H27'],
  总分不符: ['total-sum H24'],
  等级不符: ['execution-rate-precision F5', 'grade-band B8'],
  执行率算错: ['execution-rate G6', 'budget-score H6'],
  权重写成文字: ['not-a-number G14', 'total-weight G21'],
  文本数字: ['number-as-text B4', 'number-as-text D13', 'number-as-text E13', 'number-as-text E15'],
  缺少满意度指标: ['group-missing B12', 'deduction-unexplained H16', 'total-weight G19'],
  一级指标空白: ['level-blank B13', 'group-weight-standard B14'],
  预算执行率得分: ['budget-score E16'],
};

describe('broken variants: each defect is found, and nothing else', () => {
  let forms: AnalyzedForm[];
  beforeAll(async () => {
    forms = await analyzeFixture('variants/broken.xlsx');
  });

  test('one form per sheet', () => expect(forms.map((f) => f.form.sheet)).toEqual(Object.keys(BROKEN)));

  test.each(Object.entries(BROKEN))('%s', (sheet, expected) => {
    expect(findingKeys(forms.find((f) => f.form.sheet === sheet)!)).toEqual([...expected].sort());
  });

  test('messages name the cell and the value it should hold', () => {
    const message = (sheet: string, rule: string) =>
      forms.find((f) => f.form.sheet === sheet)!.report.problems.find((p) => p.rule === rule)!.message;
    expect(message('执行率算错', 'execution-rate')).toBe('执行率 G6 为 63.07%，按执行数 2612933.32 / 预算数 4328240 计算应为 60.37%');
    expect(message('等级不符', 'grade-band')).toBe('等级 B8 为“良好”，总分 92 按等级标准应为“优秀”');
    expect(message('总分不符', 'total-sum')).toBe('总分 H24 为 83.08，各项得分之和为 82.08（含预算执行得分 4.23）；应为 82.08');
    expect(message('权重写成文字', 'not-a-number')).toBe('指标“系统故障解决率”的分值（G14）为“十”，无法读成数字；应填写数字');
    expect(message('文本数字', 'number-as-text')).toContain('“446,048.00”以文本存储');
    expect(message('预算执行率得分', 'budget-score')).toBe('预算执行率 75.00%，按评分规则“预算执行率”得分应在 4 至 6 之间（按比例为 5），表中为 8');
  });

  test('numbers typed as text still count toward the sums', () => {
    const f = forms.find((x) => x.form.sheet === '文本数字')!;
    expect(f.report.total.computed).toBe(91);
    expect(f.report.budget!.planned).toBe(446048);
  });
});

test('every rule of REPORT.md fires somewhere in the fixtures', async () => {
  const files = ['seed-000.xlsx', 'seed-001.xlsx', 'seed-002.xlsx', 'seed-003.xlsx', 'seed-004.xlsx', 'variants/broken.xlsx', 'variants/dialects.xlsx'];
  const fired = new Set<string>();
  for (const file of files) for (const f of await analyzeFixture(file)) for (const p of f.report.problems) fired.add(p.rule);
  expect([...fired].sort()).toEqual(Object.keys(RULES).sort());
});

describe('layout variants read exactly as the seed forms', () => {
  let layouts: AnalyzedForm[];
  const seed = async (file: string, sheet: string) => (await analyzeFixture(file)).find((f) => f.form.sheet === sheet)!;
  beforeAll(async () => {
    layouts = await analyzeFixture('variants/layouts.xlsx');
  });
  const layout = (sheet: string) => layouts.find((f) => f.form.sheet === sheet)!;
  const same = (a: AnalyzedForm, b: AnalyzedForm) => {
    expect(a.report.project).toBe(b.report.project);
    expect(a.report.total.computed).toBe(b.report.total.computed);
    expect(a.report.total.declared).toBe(b.report.total.declared);
    expect(a.report.grade).toEqual({ ...b.report.grade, cell: a.report.grade.cell });
    expect(a.report.indicators.map((x) => [x.group, x.level2, x.name, x.weight, x.score.declared])).toEqual(
      b.report.indicators.map((x) => [x.group, x.level2, x.name, x.weight, x.score.declared]),
    );
    expect(a.report.problems.map((p) => p.rule)).toEqual(b.report.problems.map((p) => p.rule));
  };

  test('a table header repeated after a page break (form B), first-level cell continued below it', async () => {
    same(layout('分页重复表头'), await seed('seed-001.xlsx', '残疾人事业统计、监测和政策研究经费'));
    expect(findingKeys(layout('分页重复表头'))).toEqual(['score-rule H22']);
  });

  test('a table header repeated after a page break (form A)', async () => {
    same(layout('分页重复表头A'), await seed('seed-000.xlsx', '残联业务事项”一网通办“平台及“电子证照库”对接项目'));
  });

  test('title rows above, the form moved right and down, blank spacer rows inside the table', async () => {
    const f = layout('标题行与移位');
    same(f, await seed('seed-000.xlsx', '残联业务事项”一网通办“平台及“电子证照库”对接项目'));
    expect(f.report.range).toBe('C4:H39');
    expect(findingKeys(f)).toEqual(['execution-rate-precision H8']);
  });

  test('a total written as a live SUM formula', async () => {
    const f = layout('公式合计');
    same(f, await seed('seed-001.xlsx', '残疾人基本保障和帮扶经费'));
    expect(f.form.total).not.toBeNull();
  });

  test('form A′ with a spacer row and a formula total', async () => {
    same(layout('闵行表公式合计'), await seed('seed-002.xlsx', '一网通办配套系统'));
  });
});
