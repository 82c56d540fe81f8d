/**
 * Forms in other regions' wordings (test/fixtures/dialects.ts): each sheet changes the wording of one fact of
 * one base form, and must read as that form does — the same total, grade and findings — or, where a part
 * cannot be read, say so and claim no total.
 */
import type { AnalyzedForm } from '../../src/core';
import { analyzeFixture, findingKeys } from '../helpers/workbooks';

let forms: AnalyzedForm[];
beforeAll(async () => {
  forms = await analyzeFixture('variants/dialects.xlsx');
});
const form = (sheet: string) => {
  const f = forms.find((x) => x.form.sheet === sheet);
  if (!f) throw new Error(`no form read on ${sheet}`);
  return f;
};

const ALL_READ = { budget: 'read', target: 'read', actual: 'read', weight: 'read', score: 'read', note: 'read', total: 'read' };
/** The base form's indicators as read: name, target, actual, weight, score. */
const BASE = [
  ['道路养护里程', 15, 15],
  ['优良路率', 15, 15],
  ['养护任务完成及时率', 10, 10],
  ['每公里养护成本', 10, 10],
  ['群众出行条件', 15, 15],
  ['道路使用年限', 15, 13.5],
  ['沿线群众满意度', 10, 10],
];

/** The base form's indicators as a target table reads them: name, target, actual. */
const INDICATORS_READ = [
  ['道路养护里程', '≥50公里', '52公里'],
  ['优良路率', '≥85%', '88%'],
  ['养护任务完成及时率', '100%', '100%'],
  ['每公里养护成本', '≤2.4万元', '2.2万元'],
  ['群众出行条件', '明显改善', '明显改善'],
  ['道路使用年限', '≥5年', '4.5年'],
  ['沿线群众满意度', '≥90%', '93%'],
];

/** Sheets that read exactly as the base form: total 98 (9.5 of it the budget), grade 优, no finding. */
const AS_BASE: [string, string][] = [
  ['国家表字母标记', '全年预算数（A）、全年执行数（B）、执行率（B/A）, no 年初预算数, 年度指标值（A）, 实际完成值（B）'],
  ['省系统导出', '年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分; 指标性质 | 指标值 | 度量单位; 完成值; 原因; 合计'],
  ['衔接资金', '分值 before 年度指标值, 全年实际值, 未完成原因及拟采取的改进措施, a 其中 row repeating 分值 and 得分'],
  ['权重百分比', 'weights printed as 15%, the total weight as 100%'],
  ['得分合计', 'a total row labelled 得分合计'],
  ['表头自评得分', 'the total in a header field 自评得分, the grade in 自评等级'],
  ['非指标行', 'a template row 指标2, a …… row and 其他需要说明事项 inside the table'],
  ['留出组合', 'held out: vocabulary wordings in a new order and mix, read with no code of its own'],
  ['年初指标值年终完成值', '指标名称（三级指标）, 年初指标值, 年终完成值, and a 评价标准 column of rules'],
];

describe('dialects that read as the base form', () => {
  test.each(AS_BASE)('%s (%s)', (sheet) => {
    const { report } = form(sheet);
    expect(report.total.computed).toBe(98);
    expect(report.total.declared).toBe(98);
    expect(report.grade.computed).toBe('优');
    expect(report.budget).toMatchObject({ planned: 120, executed: 114, weight: 10, score: { declared: 9.5, computed: 9.5 } });
    expect(report.budget!.rate.declared).toBe(0.95);
    expect(report.indicators.map((x) => [x.name, x.weight, x.score.declared])).toEqual(BASE);
    expect(report.groups.map((g) => [g.name, g.weight.sum])).toEqual([['产出指标', 50], ['效益指标', 30], ['满意度指标', 10]]);
    expect(report.parts).toEqual(ALL_READ);
    expect(report.problems).toEqual([]);
  });

  test('a split target is joined with its comparator and unit, whatever code point the comparator uses', () => {
    const x = form('省系统导出').report.indicators;
    expect(x.map((i) => i.target)).toEqual(['≧50公里', '≥85%', '═100%', '≤2.4万元', '明显改善', '≧5年', '≧90%']);
    expect(form('省系统导出').report.indicators.map((i) => i.score.suggested)).toEqual([15, 15, 10, 10, 15, 13.5, 10]);
    expect(form('留出组合').report.indicators.map((i) => i.target)).toEqual(['≥50公里', '≥85%', '=100%', '≤2.4万元', '明显改善', '≥5年', '≥90%']);
  });

  test('notes under other names are read, so a deduction is explained', () => {
    for (const sheet of ['省系统导出', '衔接资金', '留出组合']) {
      expect(form(sheet).report.indicators.find((x) => x.name === '道路使用年限')!.note).toBe('部分路段排水不畅，下年度安排专项整治');
    }
  });

  test('a 评价标准 column is read as the rules, not as a part left unread', () => {
    expect(form('年初指标值年终完成值').form.indicators.map((x) => x.rule)).toEqual(BASE.map(() => '按完成比例计分'));
  });

  test('the 衔接资金 其中 row that repeats 分值 and 得分 is not counted twice', () => {
    expect(form('衔接资金').check.totals.computed.toString()).toBe('98');
  });

  test('the header-field total is the form total, with its cell', () => {
    expect(form('表头自评得分').report.total.cell).toBe('B5');
    expect(form('表头自评得分').report.grade).toMatchObject({ declared: '优', computed: '优' });
  });
});

describe('dialects with a finding of their own', () => {
  test('a budget 分值 of 20 is read from the form, not taken as 10', () => {
    const { report } = form('预算分值20');
    expect(report.budget).toMatchObject({ weight: 20, score: { declared: 19, computed: 19 } });
    expect(report.total.computed).toBe(97.5);
    // 40 + 30 + 10 + 20: the weights add up, only the split differs from the standard.
    expect(findingKeys(form('预算分值20'))).toEqual(['group-weight-standard B11']);
  });

  test('a form without per-indicator weights is found, and its parts are checked against the printed total', () => {
    const { report } = form('无权重列');
    expect(report.parts).toEqual({ ...ALL_READ, weight: 'absent' });
    expect(report.indicators.map((x) => [x.name, x.weight, x.score.declared])).toEqual(BASE.map(([name, , score]) => [name, null, score]));
    expect(findingKeys(form('无权重列'))).toEqual(['total-sum G20']);
    expect(report.problems[0].message).toBe('总分 G20 为 100，各项得分之和为 98（含预算执行得分 9.5）；应为 98');
  });

  test('a form without weights whose scores add up to 120: the total over the full 100 is an error', () => {
    const f = form('无权重列超分');
    expect(f.report.total).toMatchObject({ declared: 120, computed: 120 });
    expect(findingKeys(f)).toEqual(['total-over-full G20']);
    expect(f.report.problems[0]).toMatchObject({ severity: 'error', message: '总分 G20 为 120，超过满分 100；应不超过 100，请核对各项得分' });
  });

  test('年度资金总额 at 0 with the money in the 其中 rows: their sum is used, and said so', () => {
    const { report } = form('其中行资金');
    expect(report.budget).toMatchObject({ planned: 120, executed: 114 });
    expect(report.budget!.rate.computed).toBe(0.95);
    expect(findingKeys(form('其中行资金'))).toEqual(['budget-from-parts D6']);
    expect(report.problems[0].message).toContain('按其中：当年财政拨款（第 7 行）、上年结转资金（第 8 行）、其他资金（第 9 行）之和计算：预算数 120、执行数 114');
    // The amounts are not in the total row's cells: no formula may point at them.
    expect(form('其中行资金').edits.filter((e) => e.formula?.includes('D6'))).toEqual([]);
  });

  test('a budget 得分 left blank beside its 分值 is an error', () => {
    const f = form('预算得分空白');
    expect(findingKeys(f)).toEqual(['budget-score-missing H6']);
    expect(f.report.problems[0]).toMatchObject({ severity: 'error', message: '预算执行得分 H6 为空，而分值为 10；应填写 0 至 10 之间的得分，按执行率应为 9.5' });
    expect(f.report.total.suggested).toBe(98);
  });

  test('the 决策 / 过程 / 产出 / 效益 scheme with 参考分值 is found and checked against its own groups', () => {
    const f = form('决策过程产出效益');
    expect(f.profile.scheme?.id).toBe('decision-process-output-outcome');
    expect(f.report.groups.map((g) => [g.name, g.weight.sum])).toEqual([['决策', 20], ['过程', 20], ['产出', 30], ['效益', 30]]);
    expect(f.report.total.computed).toBe(99.6);
    expect(f.report.parts.budget).toBe('absent');
    expect(findingKeys(f)).toEqual([]);
  });
});

describe('other families', () => {
  test('the 项目决策 / 项目管理 / 项目绩效 scheme scored by rules (项目权重, 评价内容, 自评分, 评价标准及依据) is found and checked against its own groups', () => {
    const f = form('项目决策管理绩效');
    expect(f.profile.scheme?.id).toBe('decision-management-performance');
    // 决策 10; 管理 10 + 10 = 20; 绩效 40 + 30 = 70; scores 10 + 10 + 8 + 40 + 30 = 98, as printed in D9.
    expect(f.report.groups.map((g) => [g.name, g.weight.declared, g.weight.sum])).toEqual([['项目决策', 10, 10], ['项目管理', 20, 20], ['项目绩效', 70, 70]]);
    expect(f.report.total).toMatchObject({ declared: 98, computed: 98, cell: 'D9' });
    expect(f.form.indicators[2].rule).toBe('运行监管记录5分，填报绩效监控表5分；监控表缺一期扣2分。');
    // Not the groups of another standard (投入与管理 / 产出目标 …), nor their weights.
    expect(findingKeys(f)).toEqual([]);
    // Laid out like Minhang's form (a rule column, no targets), graded as the national rule grades: 98 is 优, not 优秀.
    expect(f.profile.id).toBe('minhang-2020');
    expect(f.profile.bands).toEqual([{ min: 90, grade: '优' }, { min: 80, grade: '良' }, { min: 60, grade: '中' }, { min: 0, grade: '差' }]);
    expect(f.report.grade.computed).toBe('优');
  });

  test('a second table under a header of its own is read with its columns: the level above 一级指标, targets, points in labels', () => {
    const f = form('两表项目绩效');
    expect(f.profile.scheme?.id).toBe('decision-management-performance');
    expect(f.report.parts).toEqual({ budget: 'absent', target: 'read', actual: 'read', weight: 'read', score: 'read', note: 'absent', total: 'read' });
    // The caption row 项目年度目标1 is no group or indicator; the second table's rows keep their targets and actuals.
    expect(f.report.indicators.map((x) => [x.group, x.name, x.target, x.actual, x.weight, x.score.declared])).toEqual([
      ['项目决策', '决策依据', null, null, 10, 10],
      ['项目管理', '财务制度', null, null, 10, 10],
      ['项目管理', '运行监管', null, null, 10, 8],
      ['项目绩效', '道路养护里程', '≥50公里', '52公里', null, 20],
      ['项目绩效', '优良路率', '≥85%', '88%', null, 20],
      ['项目绩效', '沿线群众满意度', '≥90%', '93%', null, 30],
    ]);
    // 项目绩效 70 weighs what its 一级 labels print, 产出指标 40 + 满意度指标 30 = 70; with 10 and 20 the whole is 100.
    expect(f.report.groups.map((g) => [g.name, g.weight.declared, g.weight.sum])).toEqual([['项目决策', 10, 10], ['项目管理', 20, 20], ['项目绩效', 70, 70]]);
    // 10 + 10 + 8 + 20 + 20 + 30 = 98, as the header field 自评总分 prints it in F2.
    expect(f.report.total).toMatchObject({ declared: 98, computed: 98, cell: 'F2' });
    expect(findingKeys(f)).toEqual([]);
  });

  test('a group’s points in a column of their own (自评权重), 分解目标 and 偏差及原因分析, in the 管理 / 产出 / 效果 / 满意度 scheme', () => {
    const f = form('江西整体支出');
    expect(f.profile.scheme?.id).toBe('management-output-effect');
    // 15 + 15 = 30, 15 + 15 = 30, 30, 10, each as its 自评权重 says; 15 + 15 + 15 + 13.5 + 30 + 10 = 98.5 as printed.
    expect(f.report.groups.map((g) => [g.name, g.weight.declared, g.weight.sum])).toEqual([
      ['管理指标', 30, 30],
      ['产出指标', 30, 30],
      ['效果指标', 30, 30],
      ['满意度指标', 10, 10],
    ]);
    expect(f.report.indicators.find((x) => x.name === '健康档案更新及时率')!.note).toBe('部分档案录入延迟');
    expect(f.report.total).toMatchObject({ declared: 98.5, computed: 98.5, cell: 'H9' });
    expect(findingKeys(f)).toEqual([]);
  });

  test('the 规划 / 执行 scheme with 指标分值 and 自评得分 is found; no target, actual or note column is called missing or unread', () => {
    const f = form('规划执行体系');
    expect(f.profile.scheme?.id).toBe('plan-execute');
    expect(f.report.parts).toEqual({ budget: 'absent', target: 'absent', actual: 'absent', weight: 'read', score: 'read', note: 'absent', total: 'read' });
    // 规划 10 + 15 + 15 = 40, 执行 30 + 30 = 60; scores 10 + 15 + 12 + 28.5 + 30 = 95.5, as printed in H9.
    expect(f.report.groups.map((g) => [g.name, g.weight.declared, g.weight.sum])).toEqual([['规划', 40, 40], ['执行', 60, 60]]);
    expect(f.report.total).toMatchObject({ declared: 95.5, computed: 95.5, cell: 'H9' });
    expect(f.report.grade.computed).toBe('优');
    // Not the national form's 产出 / 效益 / 满意度 groups, nor its 50 / 30 / 10 split.
    expect(findingKeys(f)).toEqual([]);
  });

  test('a transfer-payment 绩效目标自评表 with no 分值 or 得分 is found; nothing is scored and no total or grade claimed', () => {
    const f = form('转移支付目标表');
    expect(f.report.parts).toEqual({ ...ALL_READ, weight: 'absent', score: 'absent', total: 'absent' });
    expect(f.report.budget).toMatchObject({ planned: 120, executed: 114, weight: null, unit: '万元' });
    expect(f.report.budget!.rate).toMatchObject({ declared: 0.95, computed: 0.95 });
    expect(f.report.total).toMatchObject({ computed: null, suggested: null, cell: null });
    expect(f.report.grade).toMatchObject({ computed: null, suggested: null });
    // The placeholder row 无 is no indicator; the deadline `9月前` met in 7月 and `≥5万元` answered `5` are met.
    expect(f.report.indicators.map((x) => x.name)).toEqual([...BASE.slice(0, 6).map(([n]) => n), '养护工程完工时间', '养护补助资金']);
    expect(f.form.indicators.slice(6).map((x) => [x.parsedTarget?.kind, x.parsedActual])).toEqual([
      ['reverse', expect.objectContaining({ kind: 'number' })],
      ['positive', expect.objectContaining({ kind: 'number' })],
    ]);
    expect(f.form.indicators[7].parsedActual).toMatchObject({ kind: 'number' });
    expect((f.form.indicators[7].parsedActual as { value: { toString(): string } }).value.toString()).toBe('50000');
    // `120万元` typed in a 万元 block is 120 万元, stored as text.
    expect(findingKeys(f)).toEqual(['number-as-text C6', 'number-as-text D6']);
    expect(f.report.problems[0].message).toContain('应改为数字 120');
  });

  test('a budget whose 20 points are printed only in its labels is weighed 20, its row 年度财政资金总额 read', () => {
    const f = form('云南预算20分');
    // 114 / 120 = 95%; 20 × 95% = 19, as printed; 19 + 20 + 20 + 20 + 18 = 97, as printed in G10.
    expect(f.report.budget).toMatchObject({ planned: 120, executed: 114, weight: 20, score: { declared: 19, computed: 19, cell: 'E4' } });
    expect(f.report.parts).toEqual({ ...ALL_READ, weight: 'absent', note: 'absent' });
    expect(f.report.total).toMatchObject({ declared: 97, computed: 97, cell: 'G10' });
    expect(f.report.grade.computed).toBe('优');
    expect(findingKeys(f)).toEqual([]);
  });

  test('a 部门整体支出绩效自评表 with no 项目名称 starts at its title, so its 预算资金 block and 总额 row are read', () => {
    const f = form('部门整体');
    expect(f.report.budget).toMatchObject({ planned: 120, executed: 114, weight: 10, score: { declared: 9.5 } });
    expect(f.report.total.computed).toBe(98);
    expect(findingKeys(f)).toEqual([]);
  });

  test('an actual shown as 115.25% against a bare target of 10 is 115.25, not 1.1525', () => {
    const f = form('百分比实际值');
    const x = f.report.indicators.find((i) => i.name === '受益农户增收比例')!;
    expect(x).toMatchObject({ target: '≥10', actual: '115.25%', score: { declared: 10, suggested: 10 } });
    expect(findingKeys(f)).toEqual(['overachievement F19']);
  });
});

describe('tables with no 一级指标 column', () => {
  test('Chongqing’s 部门整体绩效自评表 (指标名称 | … | 指标权重（分） | 指标得分（分）) is found and read as the base form', () => {
    const f = form('重庆无一级指标');
    // 年初预算数 100, 全年（调整）预算数 120: 114 / 120 = 95%, as printed; 执行率权重 10 × 95% = 9.5, as printed in
    // 执行率得分（分） on the block's one unlabelled row. 9.5 + 15 + 15 + 10 + 10 + 15 + 13.5 + 10 = 98, the header's 自评总分.
    expect(f.report.budget).toMatchObject({ planned: 120, executed: 114, weight: 10, rate: { declared: 0.95, computed: 0.95, cell: 'E4' }, score: { declared: 9.5, computed: 9.5, cell: 'G4' } });
    expect(f.report.indicators.map((x) => [x.name, x.weight, x.score.declared])).toEqual(BASE);
    expect(f.report.indicators.map((x) => x.target)).toEqual(['≥50公里', '≥85%', '100%', '≤2.4万元', '明显改善', '≥5年', '≥90%']);
    expect(f.report.indicators.every((x) => x.group === '')).toBe(true);
    expect(f.report.groups).toEqual([]);
    expect(f.report.parts).toEqual({ ...ALL_READ, note: 'absent' });
    expect(f.report.total).toMatchObject({ declared: 98, computed: 98, cell: 'I2' });
    expect(f.report.grade.computed).toBe('优');
  });

  test('a target adjusted during the year (调整指标值) is the one the actual is measured against', () => {
    const f = form('重庆调整指标值');
    // 道路养护里程: 年初指标值 ≥50, 调整指标值 ≥60, 全年完成值 52公里 → 15 × 52 / 60 = 13, where 15 is printed.
    // Measured against the original ≥50 the row met its target: no finding (as on 重庆无一级指标).
    const road = f.report.indicators.find((x) => x.name === '道路养护里程')!;
    expect(road.target).toBe('≥60公里');
    expect(f.form.indicators.find((x) => x.name === '道路养护里程')).toMatchObject({ targetAdjusted: true, targetCol: 5 });
    expect(f.form.indicators.filter((x) => x.targetAdjusted)).toHaveLength(1); // blank 调整指标值 cells leave the original
    expect(findingKeys(f)).toEqual(['group-column-absent B7', 'score-rule I8']);
    expect(f.report.problems[1].message).toBe('指标“道路养护里程”调整后目标 ≥60公里、实际 52公里，按规则得分应为 13，表中为 15');
  });

  test('the checks that need first-level groups are skipped and named, never run on a group that is not there', () => {
    const f = form('重庆无一级指标');
    // No group-missing for 产出 / 效益 / 满意度, no level-blank on each row: one info naming what was not checked.
    expect(findingKeys(f)).toEqual(['group-column-absent B7']);
    expect(f.report.problems[0]).toMatchObject({
      severity: 'info',
      message:
        '从 B7 起的指标表没有一级指标列，各指标不分组，因此未检查：一级指标权重之和与声明不符（group-weight-sum）、一级指标权重与标准不同（group-weight-standard）、' +
        '缺少标准一级指标（group-missing）、指标层级为空（level-blank）；如表式本有一级指标，请加上这一列',
    });
  });

  test('with a 二级指标 column and no 一级指标, the 二级指标 are the groups: a declared 二级 point count is still checked', () => {
    const f = form('无一级指标二级分组');
    expect(f.report.groups.map((g) => [g.name, g.weight.declared, g.weight.sum])).toEqual([
      ['数量指标', 20, 15],
      ['质量指标', null, 15],
      ['时效指标', null, 10],
      ['成本指标', null, 10],
      ['社会效益指标', null, 15],
      ['可持续影响指标', null, 15],
      ['服务对象满意度指标', null, 10],
    ]);
    expect(f.report.total).toMatchObject({ declared: 98, computed: 98 });
    // `数量指标（20分）` over 15 points: group-weight-sum, worded for the 二级 level; the standard-group checks are named as skipped.
    expect(findingKeys(f)).toEqual(['group-column-absent B12', 'group-weight-sum B13']);
    expect(f.report.problems.find((p) => p.rule === 'group-weight-sum')!.message).toBe('二级指标“数量指标”声明 20 分，其下指标权重合计 15；应为 20');
    const absent = f.report.problems.find((p) => p.rule === 'group-column-absent')!.message;
    expect(absent).toContain('指标按二级指标分组，因此未检查：一级指标权重与标准不同（group-weight-standard）、缺少标准一级指标（group-missing）、指标层级为空（level-blank）');
    expect(absent).not.toContain('group-weight-sum');
  });

  test('names, targets and actuals alone (no 一级指标, no 分值 or 得分) make a form: read, nothing scored, nothing claimed', () => {
    const f = form('无一级指标目标表');
    expect(f.report.parts).toEqual({ ...ALL_READ, weight: 'absent', score: 'absent', total: 'absent' });
    expect(f.report.indicators.map((x) => [x.name, x.target, x.actual])).toEqual(INDICATORS_READ);
    expect(f.report.total).toMatchObject({ computed: null, suggested: null });
    expect(f.report.grade.computed).toBeNull();
    // No weights: no group check could be made in any case, so none is said to be skipped.
    expect(findingKeys(f)).toEqual([]);
  });
});

describe('layouts of the corpus’s later forms', () => {
  test('a total printed between the title and 项目名称 (项目总得分) belongs to the form', () => {
    const f = form('总分在项目名称上方');
    expect(f.report.range).toBe('A1:I19');
    // 9.5 + 88.5 = 98, as the field 项目总得分 prints it in B2; the table has no total row.
    expect(f.report.total).toMatchObject({ declared: 98, computed: 98, cell: 'B2' });
    expect(f.report.grade.computed).toBe('优');
    expect(findingKeys(f)).toEqual([]);
  });

  test('a 分值 column beside each level: the 一级 and 二级 points are theirs, the indicators weigh the one beside 三级指标', () => {
    const f = form('各级分值');
    expect(f.report.indicators.map((x) => [x.name, x.weight, x.score.declared])).toEqual([
      ['目标内容', 8, 8],
      ['决策依据', 5, 5],
      ['决策程序', 7, 7],
      ['资金使用', 10, 10],
      ['财务管理', 5, 4],
      ['管理制度', 10, 10],
      ['产出数量', 15, 15],
      ['产出质量', 15, 15],
      ['社会效益', 15, 14],
      ['满意度', 10, 10],
    ]);
    // 8 + 5 + 7 = 20, 10 + 5 + 10 = 25, 15 + 15 + 15 + 10 = 55: each as its 分值 beside the 一级指标 says.
    expect(f.report.groups.map((g) => [g.name, g.weight.declared, g.weight.sum])).toEqual([['项目决策', 20, 20], ['项目管理', 25, 25], ['项目绩效', 55, 55]]);
    expect(f.report.total).toMatchObject({ declared: 98, computed: 98, cell: 'G14' });
    expect(f.report.parts).toMatchObject({ weight: 'read', score: 'read' });
    expect(findingKeys(f)).toEqual([]);
  });

  test('Hebei’s export: amounts beside their labels, a two-row header, weights in 权重占比(%) and points in 单项指标折算得分', () => {
    const f = form('河北县级导出');
    // 预算数 120 and 执行数 114 on one row, 预算执行进度(%) 95.00 under its label: 95%, in 万元 (金额单位).
    expect(f.report.budget).toMatchObject({ planned: 120, executed: 114, weight: null, unit: '万元', rate: { declared: 0.95, computed: 0.95, cell: 'H4' } });
    // The target joined from 符号 | value | 单位(文字描述) (`%(百分比)` is %); the weight is 权重占比, the score 折算得分, not
    // the descriptions under 指标分值 nor the 单项指标得分 out of 100.
    expect(f.report.indicators.map((x) => [x.name, x.target, x.actual, x.weight, x.score.declared, x.score.suggested])).toEqual([
      ['道路养护里程', '>=50公里', '52公里', 25, 25, 25],
      ['优良路率', '>=85%', '88%', 15, 15, 15],
      ['养护任务完成及时率', '=100%', '100%', 10, 10, 10],
      ['每公里养护成本', '<=2.4万元', '2.2万元', 10, 10, 10],
      ['群众出行条件', '明显改善', '明显改善', 15, 15, 15],
      ['道路使用年限', '>=5年', '4.5年', 15, 13.5, 13.5],
      ['沿线群众满意度', '>=90%', '93%', 10, 10, 10],
    ]);
    expect(f.report.parts).toEqual({ ...ALL_READ, note: 'absent', total: 'absent' });
    // 25 + 15 + 10 + 10 + 15 + 15 + 10 = 100 without a budget line; only the split differs from the standard 50 / 30 / 10.
    expect(findingKeys(f)).toEqual(['group-weight-standard B7']);
  });

  test('a page cut right under the table’s header: the form is found and its budget checked; no total or grade claimed', () => {
    const f = form('表头后截断');
    expect(f.report.budget).toMatchObject({ planned: 120, executed: 114, weight: 10, score: { declared: 9.5, computed: 9.5, cell: 'H6' } });
    expect(f.report.indicators).toEqual([]);
    expect(f.report.total).toMatchObject({ declared: null, computed: null, suggested: null });
    expect(f.report.grade).toMatchObject({ computed: null, suggested: null });
    // Not `total-weight` for a budget's 10 points alone: the table's weights are not on the page.
    expect(findingKeys(f)).toEqual([]);
  });
});

describe('points printed in the level labels', () => {
  test('a first-level label with its points in brackets and no 分 (`产出指标 (50)`) is that group with those points', () => {
    const f = form('一级括号分值');
    // 15 + 15 + 10 + 10 = 50 and 15 + 15 = 30, as the labels print; 满意度指标 prints none.
    expect(f.report.groups.map((g) => [g.name, g.weight.declared, g.weight.sum])).toEqual([
      ['产出指标', 50, 50],
      ['效益指标', 30, 30],
      ['满意度指标', null, 10],
    ]);
    expect(f.report.indicators.map((x) => x.group)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '效益指标', '满意度指标']);
    expect(f.report.total).toMatchObject({ declared: 98, computed: 98 });
    expect(findingKeys(f)).toEqual([]);
  });

  test('with no weight column and points in every level’s label, a third-level label’s points are its weight', () => {
    const f = form('三级标签分值');
    expect(f.profile.scheme?.id).toBe('decision-process-output-outcome');
    expect(f.report.parts).toEqual({ budget: 'absent', target: 'absent', actual: 'absent', weight: 'read', score: 'read', note: 'absent', total: 'read' });
    expect(f.report.indicators.map((x) => [x.name, x.weight, x.score.declared])).toEqual([
      ['相关性', 5, 5],
      ['明确性', 5, 5],
      ['合理性', 5, 5],
      ['测算依据', 5, 2],
      ['目标管理', 5, 4],
      ['资金使用合规性', 5, 5],
      ['预算执行率', 5, 4],
      ['绩效监控', 15, 15],
      ['重点工作完成数', 30, 30],
      ['服务对象满意度', 20, 18],
    ]);
    // The groups weigh their rows once, not again with their second-level labels: 5 + 5 + 5 + 5 + 5 = 25,
    // 5 + 5 + 15 = 25, 30 and 20, as 决策(25分), 过程(25分), 产出(30分) and 效益(20分) print.
    expect(f.report.groups.map((g) => [g.name, g.weight.declared, g.weight.sum])).toEqual([
      ['决策', 25, 25],
      ['过程', 25, 25],
      ['产出', 30, 30],
      ['效益', 20, 20],
    ]);
    // 5 + 5 + 5 + 2 + 4 + 5 + 4 + 15 + 30 + 18 = 93, as printed in D13.
    expect(f.report.total).toMatchObject({ declared: 93, computed: 93, cell: 'D13' });
    expect(findingKeys(f)).toEqual([]);
  });
});

describe('a part that cannot be read is named, and nothing computed from it is claimed', () => {
  test('an unread budget block: the finding names it, its cell and the skipped checks; no total or grade', () => {
    const f = form('预算栏未识别');
    expect(f.report.parts).toEqual({ ...ALL_READ, budget: 'unread' });
    expect(findingKeys(f)).toEqual(['part-unread C5']);
    const p = f.report.problems[0];
    expect(p.severity).toBe('error');
    expect(p.message).toContain('未能读出项目资金（预算执行）栏（C5 的“预算安排数”不是已知的写法）');
    expect(p.message).toContain('总分不等于各项得分之和（total-sum）');
    expect(p.message).toContain('等级与总分不符（grade-band）');
    // The printed 120 is wrong, yet no total is computed without the budget score, nor any grade.
    expect(f.report.total).toMatchObject({ declared: 120, computed: null, suggested: null });
    expect(f.report.grade).toMatchObject({ computed: null, suggested: null });
    expect(f.edits).toEqual([]);
  });

  test('an actual column under an unknown name: the target checks are skipped, and said so', () => {
    const f = form('实际值列未识别');
    expect(f.report.parts).toEqual({ ...ALL_READ, actual: 'unread' });
    expect(findingKeys(f)).toEqual(['part-unread F12']);
    expect(f.report.problems[0].message).toContain('因此未检查：得分与按规则计算的建议分不同（score-rule）、实际值远超目标值（overachievement）');
    expect(f.report.total.computed).toBe(98);
  });

  test('a target column under an unknown name', () => {
    const f = form('目标列未识别');
    expect(f.report.parts).toEqual({ ...ALL_READ, target: 'unread' });
    expect(findingKeys(f)).toEqual(['part-unread E12']);
    expect(f.report.problems[0].message).toContain('未能读出年度指标值列（E12 的“绩效目标”不是已知的写法），因此未检查：得分与按规则计算的建议分不同（score-rule）');
  });

  test('a note column under an unknown name: deductions are not called unexplained, and that check is said to be skipped', () => {
    const f = form('备注列未识别');
    expect(f.report.parts).toEqual({ ...ALL_READ, note: 'unread' });
    expect(findingKeys(f)).toEqual(['part-unread I12']);
    expect(f.report.problems[0].message).toContain('因此未检查：扣分未说明原因（deduction-unexplained）');
  });

  test('a weight column of words: the weight checks are skipped, and said so', () => {
    const f = form('权重列无法读');
    expect(f.report.parts).toEqual({ ...ALL_READ, weight: 'unread' });
    expect(findingKeys(f).filter((k) => !k.startsWith('not-a-number'))).toEqual(['part-unread G13']);
    expect(f.report.problems.find((p) => p.rule === 'part-unread')!.message).toContain('未能读出权重（分值）列（G13 的“十五”等无法读成数字），因此未检查：一级指标权重之和与声明不符（group-weight-sum）、权重合计不为 100（total-weight）');
  });

  test('a total in words: it is not checked against its parts, and that is said', () => {
    const f = form('总分无法读');
    expect(f.report.parts).toEqual({ ...ALL_READ, total: 'unread' });
    expect(findingKeys(f)).toEqual(['not-a-number H20', 'part-unread H20']);
    expect(f.report.problems.find((p) => p.rule === 'part-unread')!.message).toBe(
      '未能读出合计行（H20 的“九十八分”无法读成数字），因此未检查：总分不等于各项得分之和（total-sum）、等级与总分不符（grade-band）；应填写数字',
    );
    expect(f.report.total.computed).toBe(98);
  });

  test('a score column of words: no total or grade is claimed', () => {
    const f = form('得分列无法读');
    expect(f.report.parts).toEqual({ ...ALL_READ, score: 'unread', total: 'unread' });
    // The total written 优 cannot be read either.
    expect(findingKeys(f).filter((k) => !k.startsWith('not-a-number'))).toEqual(['part-unread H13', 'part-unread H20']);
    expect(f.report.problems.find((p) => p.rule === 'part-unread')!.message).toContain('未能读出得分列（H13 的“满分”等无法读成数字）');
    expect(f.report.total).toMatchObject({ computed: null, suggested: null });
    expect(f.report.grade).toMatchObject({ computed: null, suggested: null });
  });
});

test('a rate displayed as 90.26% is judged at what it displays: no warning for an unseen tail, no advice of 0.9', async () => {
  // A workbook found by fuzzing: the rate cell holds 0.9026000000000001 formatted 0.00%.
  const [f] = await analyzeFixture('variants/float-artifact-rate.xlsx');
  expect(f.form.budget!.rate!.value).toMatchObject({ kind: 'number', percent: true, places: 2, floatTail: false });
  expect(findingKeys(f)).toEqual(['score-missing H15', 'total-sum H21']);
  for (const p of f.report.problems) expect(p.message).not.toMatch(/应为 0\.9(?!\d)|90\.26%.*90\.26%/);
});
