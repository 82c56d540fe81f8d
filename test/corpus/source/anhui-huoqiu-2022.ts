import type { CorpusForm } from './types';

/**
 * 霍邱县科学技术局, 项目支出绩效自评表 (2022年度): the national form as an Anhui county prints it, with
 * 年初预算数 and without the (A)/(B) markers, first-level cells carrying their points (`产出指标(50分)`).
 * The page prints the whole first form; the second (地震经费) is cut off in its header and is left out.
 */
export const huoqiuKjtp: CorpusForm = {
  id: 'ah-huoqiu-2022-kjtp',
  source: 'https://www.wjbhcs.com/public/6600241/36762723.html',
  province: '安徽',
  place: '六安市霍邱县',
  year: 2022,
  family: 'national-project',
  sheet: '科技特派员创业行动经费',
  partial: null,
  rows: [
    ['项目支出绩效自评表'],
    ['(2022年度)'],
    ['项目名称', '科技特派员创业行动经费'],
    ['主管部门', '031-霍邱县科学技术局', null, null, '实施单位', '031001-霍邱县科学技术局'],
    ['项目资金 (万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额:', '25', '25', '25', '10', '100.00%', '10.00'],
    [null, '其中:本年财政拨款', '25', '25', '25'],
    [null, '上年结转资金', '0', '0', '0'],
    [null, '其他资金', '0', '0', '0'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '发挥科技特派员创业带头人作用。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, '产出指标(50分)', '数量指标', '开展县域结对交流活动', '≥3次', '3', '10', '10'],
    [null, null, '质量指标', '科技特派员创业能力提升', '创业能力提升', '达成预期指标', '20', '20'],
    [null, null, '时效指标', '2022年底之前', '2022年底之前', '达成预期指标', '10', '10'],
    [null, null, '成本指标', '科技特派员业务培训开展', '≥5万元', '5', '10', '10'],
    [null, '效益指标(30分)', '经济效益指标', '带动农民增收', '农民增收', '达成预期指标', '10', '10'],
    [null, null, '社会效益指标', '巩固拓展脱贫攻坚成果', '巩固拓展脱贫攻坚成果', '达成预期指标', '10', '10'],
    [null, null, '可持续影响指标', '科技特派员创业行动能力持续提升', '能力持续提升', '达成预期指标', '10', '10'],
    [null, null, '生态效益指标', null, null, null, null, '0'],
    [null, '满意度指标(10分)', '满意度指标', '群众创业热情高涨', '创业热情高涨', '达成预期指标', '10', '10'],
    ['总分', null, null, null, null, null, '100', '100.00'],
  ],
  merges: [
    'A1:I1', 'A2:I2', 'B3:I3', 'B4:D4', 'F4:I4', 'A5:A9', 'H5:I5', 'H6:I6', 'H7:I7', 'H8:I8', 'H9:I9',
    'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11', 'A12:A21', 'B13:B16', 'B17:B20', 'A22:F22',
  ],
  notes: [
    'The page flattens the table to text: the lone 0 on the 生态效益指标 row (no indicator, no target) is placed in 得分, where the row total of a system export puts it.',
    'The 实际完成情况 cell of 年度总体目标 is blank on the page.',
  ],
};
