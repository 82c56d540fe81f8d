import type { CorpusForm } from './types';

const SOURCE = 'https://czj.ezhou.gov.cn/ztzl/czyjsgk/202008/t20200825_350895.html';

const BUDGET_HEADER = ['项目资金 (万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const TABLE_HEADER = [null, '一级指标', '二级指标', '三级指标', '年度 指标值', '实际 完成值', '分值', '得分', '偏差原因分析及改进措施'];

/**
 * 鄂州市财政局's 2019年度项目支出绩效自评表, printed one after another on its budget-disclosure page: the national
 * form with 年初预算数, no (A)/(B) markers and no 绩效指标 label column. The first is whole and wrong in print:
 * its indicators weigh 100 on top of the budget's 10, its 总分 row prints 100 and 90 while the scores with the
 * budget's make 96, its budget score is the rate's whole percent, and its 社会效益指标 row leaves the 一级指标 blank.
 */
export const ezhouThirdParty: CorpusForm = {
  id: 'hb-ezhou-2019-thirdparty',
  source: SOURCE,
  province: '湖北',
  place: '鄂州市',
  year: 2019,
  family: 'national-project',
  sheet: '购买第三方服务',
  partial: null,
  rows: [
    ['项目支出绩效自评表'],
    ['2019年度)'],
    ['项目名称', '购买第三方服务'],
    ['主管部门', '市财政局', null, null, '实施单位', '市财政局'],
    BUDGET_HEADER,
    [null, '年度资金总额', '287', '287', '171', '10', '60%', '6'],
    [null, '其中:当年财政拨款', '287', '287', '171'],
    [null, '上年结转资金'],
    [null, '其他资金'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '287', null, null, null, '171'],
    TABLE_HEADER,
    [null, '产出指标', '数量指标', '服务对象人数', '100人次', '100人次', '15', '15'],
    [null, null, '质量指标', '服务达标率', '80%', '80%', '20', '20'],
    [null, null, '时效指标', '完成时限', '2019年', '2019年', '15', '15'],
    [null, null, '成本指标', '计划完成率', '90%', '60%', '20', '10', '部分项目延续至下年'],
    [null, null, '社会效益 指标', '财政工作运行效率', '≥80%', '≥80%', '15', '15'],
    [null, '满意度 指标', '服务对象满意度指标', '受益群体满意度', '90%', '90%', '15', '15'],
    ['总分', null, null, null, null, null, '100', '90'],
  ],
  merges: ['A1:I1', 'A2:I2', 'B3:I3', 'B4:D4', 'F4:I4', 'A5:A9', 'H5:I5', 'H6:I6', 'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11', 'B13:B16', 'A19:F19'],
  notes: [
    'The page is the form as text, a line per row; the columns follow the header’s order. Its title line prints `2019年度)` without the opening bracket.',
    'The 一级指标 cell of the 社会效益指标 row is blank on the page (the second form of the same page prints 效益指标 there); it is left blank, so that row continues 产出指标 as a blank first-level cell does.',
    'The indicator table has no 绩效指标 label column on the page: its rows start one column in, under the budget block’s row labels.',
  ],
};

/** The second form of the page; the page text stops in its 满意度指标 row. */
export const ezhouAffairs: CorpusForm = {
  id: 'hb-ezhou-2019-affairs',
  source: SOURCE,
  province: '湖北',
  place: '鄂州市',
  year: 2019,
  family: 'national-project',
  sheet: '财政政务管理',
  partial: 'The page text stops at the 满意度指标 row (`满`): that row and the 总分 row are not on the page.',
  rows: [
    ['项目支出绩效自评表'],
    ['2019年度)'],
    ['项目名称', '财政政务管理'],
    ['主管部门', '市财政局', null, null, '实施单位', '市财政局'],
    BUDGET_HEADER,
    [null, '年度资金总额', '202', '202', '100', '10', '50%', '5'],
    [null, '其中:当年财政拨款', '202', '202', '100'],
    [null, '上年结转资金'],
    [null, '其他资金'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '202', null, null, null, '100'],
    TABLE_HEADER,
    [null, '产出指标', '质量指标', '项目合格率', '90%', '60%', '20', '10', '部分项目延续至下年'],
    [null, null, '时效指标', '完成时限', '2019年', '2020年', '20', '10', '部分项目延续至下年'],
    [null, null, '成本指标', '成本控制率', '90%', '90%', '20', '20'],
    [null, '效益指标', '社会效益指标', '财政工作运行效率', '≥80%', '≥80%', '20', '20'],
  ],
  merges: ['A1:I1', 'A2:I2', 'B3:I3', 'B4:D4', 'F4:I4', 'A5:A9', 'H5:I5', 'H6:I6', 'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11', 'B13:B15'],
  notes: ['Laid out as the first form of the page.'],
};
