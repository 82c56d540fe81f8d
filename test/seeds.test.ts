/**
 * Every form of the five seed files, rebuilt as workbooks, with the total and grade the published form
 * prints and the exact findings a reviewer should get (DOMAIN.md, "What reviewers catch").
 */
import { type AnalyzedForm } from '../src/core';
import { analyzeFixture, findingKeys } from './helpers/workbooks';

interface Expected {
  sheet: string;
  total: number;
  grade: string;
  /** The grade the form prints, where it prints one in other words than its band (`优` for 优秀); null: it prints none. */
  declaredGrade?: string | null;
  findings: string[];
}

// Form A: the 预算执行率 value stands in F5; most forms print a whole percent (execution-rate-precision).
const SEED_000: Expected[] = [
  { sheet: '残联业务事项”一网通办“平台及“电子证照库”对接项目', total: 92.5, grade: '优秀', findings: ['execution-rate-precision F5'] },
  { sheet: '门户网站功能升级评估', total: 91, grade: '优秀', findings: ['execution-rate-precision F5'] },
  { sheet: '上海市互联网网站无障碍监测管理服务平台', total: 92, grade: '优秀', findings: ['execution-rate-precision F5'] },
  { sheet: '综合信息管理系统(运维)', total: 90.56, grade: '优秀', findings: ['execution-rate-precision F5'] },
];

// Form B: the budget score in H6, indicators from row 13, scores in H, actuals in F.
const SEED_001: Expected[] = [
  { sheet: '残疾人权益保障经费', total: 96, grade: '优', findings: ['budget-score H6', 'overachievement F18', 'score-rule H14'] },
  { sheet: '残疾人事业宣传经费', total: 95, grade: '优', findings: ['budget-score H6'] },
  { sheet: '残疾人基层组织建设和助残工作经费', total: 96, grade: '优', findings: ['budget-score H6'] },
  { sheet: '残疾人事业统计、监测和政策研究经费', total: 89.15, grade: '良', findings: ['score-rule H21'] },
  { sheet: '残疾人事业综合保障经费', total: 90.79, grade: '优', findings: ['float-artifact H28'] },
  { sheet: '残疾人基本保障和帮扶经费', total: 95.63, grade: '优', findings: ['execution-rate-precision G6', 'score-rule H19'] },
  { sheet: '残疾人教育和就业经费', total: 91.03, grade: '优', findings: [] },
  { sheet: '残疾预防与康复经费', total: 82.08, grade: '良', findings: [] },
  { sheet: '综合行政服务平台（运维）', total: 95, grade: '优', findings: [] },
  { sheet: '基础设施平台（运维）', total: 95, grade: '优', findings: ['score-rule H23'] },
  { sheet: '协同办公平台（运维）', total: 95, grade: '优', findings: ['deduction-unexplained H16'] },
  { sheet: '综合行政服务平台', total: 90.86, grade: '优', findings: [] },
].map((e) => ({ ...e, declaredGrade: null })); // 001's forms have no grade cell

const SEED_002: Expected[] = [
  {
    sheet: '一网通办配套系统',
    total: 97,
    grade: '优秀',
    declaredGrade: '优',
    findings: ['deduction-unexplained F22', 'deduction-unexplained F23', 'deduction-unexplained F24'],
  },
];

// Weights adjusted by the unit (40/40/10, 55/25/10, 50+成本10/25/5, 43+成本9/28/10): a warning each.
const SEED_003: Expected[] = [
  { sheet: '企业政策管理系统(2023运维)', total: 99.85, grade: '优', findings: ['group-weight-standard B13'] },
  { sheet: '科委综合业务管理信息平台(2023运维)', total: 99.96, grade: '优', findings: ['group-weight-standard B13'] },
  { sheet: '信息化项目申报及管理系统(2023运维)', total: 99.97, grade: '优', findings: ['group-weight-standard B13'] },
  { sheet: '2023年度信息化项目咨询评估', total: 99.96, grade: '优', findings: ['group-weight-standard B13'] },
];

const SEED_004: Expected[] = [
  { sheet: '(社保卡中心)交换平台运行经费', total: 91, grade: '优秀', findings: [] },
  { sheet: '(社保卡中心)敬老卡制作经费', total: 94, grade: '优秀', findings: [] },
  { sheet: '(社保卡中心)社会保障卡制作经费', total: 94, grade: '优秀', findings: ['execution-rate-precision F5'] },
  { sheet: '(社保卡中心)申领、补换卡网点运行经费', total: 92, grade: '优秀', findings: [] },
  { sheet: '(社保卡中心)声讯系统运行经费', total: 94, grade: '优秀', findings: ['deduction-unexplained E14', 'execution-rate-precision F5'] },
  { sheet: '(社保卡中心)正式居住证制作经费', total: 91, grade: '优秀', findings: ['execution-rate-precision F5'] },
  { sheet: '(社保卡中心)制卡设备更新及维护费', total: 93, grade: '优秀', findings: ['execution-rate-precision F5'] },
  { sheet: '上海市社会保障卡服务中心信息系统(运维)', total: 95, grade: '优秀', findings: ['execution-rate-precision F5'] },
];

const SEEDS: [string, Expected[]][] = [
  ['seed-000.xlsx', SEED_000],
  ['seed-001.xlsx', SEED_001],
  ['seed-002.xlsx', SEED_002],
  ['seed-003.xlsx', SEED_003],
  ['seed-004.xlsx', SEED_004],
];

test('the seed workbooks hold 29 forms, one per sheet beside the stacked sheet, and the table lists them all', async () => {
  let found = 0;
  for (const [file, expected] of SEEDS) {
    const forms = (await analyzeFixture(file)).filter((f) => f.form.sheet !== '12张表连排');
    expect(forms).toHaveLength(expected.length);
    found += forms.length;
  }
  expect(found).toBe(29);
});

describe.each(SEEDS)('%s', (file, expected) => {
  let forms: AnalyzedForm[];
  beforeAll(async () => {
    forms = (await analyzeFixture(file)).filter((f) => f.form.sheet !== '12张表连排');
  });

  test('finds one form per sheet', () => {
    expect(forms.map((f) => f.form.sheet)).toEqual(expected.map((e) => e.sheet));
  });

  test.each(expected.map((e, i) => [e.sheet, i] as const))('%s: total, grade and findings', (_, i) => {
    const { report } = forms[i];
    const e = expected[i];
    expect(report.total.declared).toBe(e.total);
    expect(report.total.computed).toBe(e.total); // the printed parts add up to the printed total, to the cent
    expect(report.grade.computed).toBe(e.grade);
    expect(report.grade.declared).toBe(e.declaredGrade !== undefined ? e.declaredGrade : e.grade);
    expect(findingKeys(forms[i])).toEqual([...e.findings].sort());
  });
});

describe('the twelve forms of 001 stacked on one sheet', () => {
  let stacked: AnalyzedForm[];
  let single: AnalyzedForm[];
  beforeAll(async () => {
    const all = await analyzeFixture('seed-001.xlsx');
    stacked = all.filter((f) => f.form.sheet === '12张表连排');
    single = all.filter((f) => f.form.sheet !== '12张表连排');
  });

  test('are found as twelve forms, in print order', () => {
    expect(stacked.map((f) => f.report.project)).toEqual(single.map((f) => f.report.project));
  });

  test('read exactly as the same forms on sheets of their own', () => {
    expect(stacked).toHaveLength(12);
    stacked.forEach((f, i) => {
      const one = single[i];
      expect(f.report.total).toEqual({ ...one.report.total, cell: f.report.total.cell });
      expect(f.report.grade.computed).toBe(one.report.grade.computed);
      expect(f.report.indicators.map((x) => [x.name, x.weight, x.score.declared, x.score.suggested])).toEqual(
        one.report.indicators.map((x) => [x.name, x.weight, x.score.declared, x.score.suggested]),
      );
      // The same findings, at the same place relative to the form's first row.
      const relative = (g: AnalyzedForm) => g.check.findings.map((p) => `${p.rule} ${p.row - g.form.top},${p.col}`);
      expect(relative(f)).toEqual(relative(one));
    });
  });
});

test('the budget anomalies DOMAIN.md lists, with the rule-based scores', async () => {
  const forms = await analyzeFixture('seed-001.xlsx');
  const budget = (sheet: string) => forms.find((f) => f.form.sheet === sheet)!.report.budget!;
  expect(budget('残疾人权益保障经费').score).toEqual({ declared: 10, computed: 9.64, cell: 'H6' });
  expect(budget('残疾人事业宣传经费').rate).toEqual({ declared: 0.6037, computed: 0.6037, cell: 'G6' });
  expect(budget('残疾人事业宣传经费').score.computed).toBe(6.04);
  expect(budget('残疾人基层组织建设和助残工作经费').score.computed).toBe(8.63);
  expect(budget('残疾人事业统计、监测和政策研究经费').score).toEqual({ declared: 9.95, computed: 9.95, cell: 'H6' });
});

test('the messages say what is wrong, where, and what it should be', async () => {
  const forms = await analyzeFixture('seed-001.xlsx');
  const messages = forms.filter((f) => f.form.sheet === '残疾人事业宣传经费').flatMap((f) => f.report.problems.map((p) => p.message));
  expect(messages).toEqual(['预算执行率 60.37%，按规则得分应为 6.04（分值 10 × 60.37%），表中为 10']);
});

test('header fields, budget figures, goals and the 说明 bands are read', async () => {
  const [a] = await analyzeFixture('seed-000.xlsx');
  expect(a.form.fields['预算单位'].value).toBe('上海市残疾人联合会信息中心');
  expect(a.form.fields['自评时间'].value).toBe('2020-04-27');
  expect(a.report.budget).toMatchObject({ planned: 1087800, executed: 1025800, weight: 8, rate: { declared: 0.94, computed: 0.943 } });
  expect(a.form.bands?.map((b) => `${b.min} ${b.grade}`)).toEqual(['90 优秀', '75 良好', '60 合格', '0 不合格']);

  const forms = await analyzeFixture('seed-003.xlsx');
  expect(forms[0].form.goals?.expected).toMatch(/^通过购买服务/);
  expect(forms[0].form.fields['实施单位'].value).toBe('上海市闵行区信息服务中心');
  expect(forms[0].report.budget).toMatchObject({ planned: 6.8, executed: 6.7, unit: '万元', rate: { declared: 0.9852, computed: 0.9853 } });
  expect(forms[0].report.grade).toMatchObject({ declared: '优', cell: 'C21' });
});

test('the user can override the profile and its rounding', async () => {
  const truncated = await analyzeFixture('seed-003.xlsx', { rounding: 'truncate' });
  expect(truncated.map((f) => f.report.total.suggested)).toEqual([99.85, 99.96, 99.97, 99.96]);
  expect(truncated[2].report.budget?.score.computed).toBe(9.97);
  const asShanghai = await analyzeFixture('seed-002.xlsx', { profile: 'shanghai-2019' });
  expect(asShanghai[0].profile.id).toBe('shanghai-2019');
  expect(asShanghai[0].report.grade.computed).toBe('优秀');
});
