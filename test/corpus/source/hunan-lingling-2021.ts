import type { CorpusForm } from './types';

/**
 * 零陵区林业局, 部门整体支出绩效自评表 (2021年度): the national department-whole form as a Hunan district prints it —
 * 年度预算申请（万元） with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, amounts typed with their unit
 * (`4753.66万元`), the money broken down 按收入性质分 / 按支出性质分 in two columns of text, and the national indicator
 * table. Wrong in print: 3824.26 of 4753.66 万元 is 80.45%, printed 100% and scored 10. The page text stops in the
 * 效益指标 rows, at `生态`.
 */
export const linglingForestry: CorpusForm = {
  id: 'hn-lingling-2021-forestry',
  source: 'http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml',
  province: '湖南',
  place: '永州市零陵区',
  year: 2021,
  family: 'department-whole',
  sheet: '零陵区林业局部门整体支出',
  partial: 'The page text stops inside the 效益指标 rows, at the second-level label `生态` (生态效益指标): its rows, the 满意度指标 and the 总分 are not on the page.',
  rows: [
    ['部门整体支出绩效自评表'],
    ['2021年度)'],
    ['级预算单位名称', ' 陵区林业局'],
    ['年度预算申请 (万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', '4753.66万元', '4753.66万元', '3824.26万元', '10', '100%', '10'],
    [null, '按收入性质分:', null, null, '按支出性质分:'],
    [null, '其中: 一般公共预算:1873.66万元', null, null, '其中:基本支出:1768.16万元'],
    [null, '政府性基金拨款:', null, null, '项目支出:2985.5万元'],
    [null, '纳入专户管理的非税收入拨款:'],
    [null, '其他资金:2880万元'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [
      null, '目标1:造林1.2万亩, 目标2森林经营16.3万亩 目标3:病虫害防治3.45万亩', null, null, null,
      '目标1:造林1.2万亩, 目标2森林经营16.3万亩 目标3:病虫害防治3.45万亩',
    ],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度 指标值', '实际 完成值', '分值', '得分', '偏差原因 分析及 改进措施'],
    [null, '产出指标 (50)', '数量 指标', '造林面积', '1.2万亩', '1.2万亩', '10', '10'],
    [null, null, null, '病虫害防治面积', '3.45万亩', '3.45万亩', '7', '7'],
    [null, null, null, '森林经营面积', '16.3万亩', '16.3万亩', '7', '7'],
    [null, null, '质量 指标', '造林成活率', '85%', '85%', '7', '7'],
    [null, null, null, '……'],
    [null, null, '时效 指标', '当期完成', '90%', '100%', '7', '7'],
    [null, null, null, '……'],
    [null, null, '成本 指标', '造林补助', '每亩300', '每亩300', '6', '6'],
    [null, null, null, '育补助', '每亩100', '每亩100', '6', '6'],
    [null, '效益指标 30分)', '经济效 益指标', '木材销售收入', '1100万元', '1093万元', '6', '5'],
    [null, null, null, '林产品收入', '2.6亿元', '2.45亿元', '6', '5'],
    [null, null, '社会效 益指标', '提高就业率', '显著', '显著', '6', '6'],
    [null, null, null, '……'],
    [null, null, '生态'],
  ],
  merges: [
    'A1:I1', 'A2:I2', 'B3:I3', 'A4:A10', 'H4:I4', 'H5:I5', 'B6:D6', 'E6:I6', 'B7:D7', 'E7:I7', 'B8:D8', 'E8:I8', 'B9:I9',
    'B10:I10', 'A11:A12', 'B11:E11', 'F11:I11', 'B12:E12', 'F12:I12', 'A13:A27', 'B14:B22', 'C14:C16', 'C17:C18', 'C19:C20',
    'C21:C22', 'B23:B27', 'C23:C24', 'C25:C26',
  ],
  notes: [
    'The page is the form’s table as text, a cell per line: cells are placed in the header’s order; the lines `按收入性质分:` … `其他资金:2880万元` and `按支出性质分:` … `项目支出:2985.5万元` alternate on the page and are placed as the two text columns they are.',
    'Characters the page lost are left lost: the title line reads `2021年度)`, the unit field `级预算单位名称 |  陵区林业局` (一级 and 零 missing), the group labels `效益指标 30分)` and `育补助` (抚育补助); the wrapped labels keep the page’s line breaks as spaces (`年度 指标值`, `经济效 益指标`).',
    'The 年度资金总额 amounts are typed with their unit, `4753.66万元`, as printed: text, not numbers.',
  ],
};
