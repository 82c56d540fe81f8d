import type { CorpusForm } from './types';

/**
 * A department's 2017年部门整体支出绩效评价得分表, printed in its 2017 budget report after the sentence that gives its
 * self-evaluation total (自评得分 90 分): 部门决策 (25分) / 综合管理 (30分) / …, every level's points in its label
 * (`相关性(5 分)`), one 得分 column and no weight, target or actual column. Its third-level rows name
 * 省级财力专项 and 中央专款, so the department is a provincial one; the page names neither it nor the province.
 */
export const wholeScoreSheet: CorpusForm = {
  id: 'xx-province-2017-whole',
  source: 'https://wanglu.net/thread/t12-491155-4.html',
  province: null,
  place: '某省直部门（页面未印明）',
  year: 2017,
  family: 'department-whole-points',
  sheet: '部门整体支出绩效评价得分表',
  partial: 'The page text stops at the second 综合管理 row (`中央专款分配合规........`): that row’s points and score and the rest of the table are not on the page.',
  rows: [
    ['2017 年部门整体支出绩效评价得分表'],
    ['一级指 标', '二级指标', '三级指标', '得分'],
    ['部门决 策(25 分)', '目标任务(15 分)', '相关性(5 分)', '5'],
    [null, null, '明确性(5 分)', '5'],
    [null, null, '合理性(5 分)', '5'],
    [null, '预算编制(10 分)', '测算依据(5 分)', '2'],
    [null, null, '目标管理(5 分)', '4'],
    ['综合管 理(30 分)', '专项资金分配时限(2 分)', '省级财力专项预算分配时限(1 分)', '1'],
    [null, null, '中央专款分配合规'],
  ],
  merges: ['A1:D1', 'A3:A7', 'B3:B5', 'B6:B7', 'A8:A9', 'B8:B9'],
  notes: [
    'The page text before this table holds the end of another (a project table, its header cut off) and the report sentence `自评得分 90 分`; only this table, whose title and header are on the page, is transcribed.',
    'The spaces inside labels (`一级指 标`, `部门决 策(25 分)`) are the printed line wraps, kept as the page gives them; the page’s `........` after the last label is its cut mark, not part of the form.',
  ],
};
