import type { CorpusForm } from './types';

/**
 * 成安县民政局, 2020年度预算项目绩效自评表 (19名百岁老人高龄津贴): Hebei's county export in four numbered sections — 一、基本情况,
 * 二、预算执行情况 (预算数 / 到位数 / 执行数 side by side, 预算执行进度(%)), 三、目标完成情况 (总体完成率(%)), 四、年度绩效指标完成情况
 * with 指标分值, 预期指标值 split over 符号 | value | 单位(文字描述), 单项指标实际完成值, 单项指标完成情况 and 自评得分 split over
 * 单项指标得分 | 权重占比(%) | 单项指标折算得分: the weights are printed as percentages of the whole. The page text ends at the
 * 预算执行率 row, whose cells it leaves blank.
 */
export const chenganCentenarians: CorpusForm = {
  id: 'he-chengan-2020-centenarians',
  source: 'http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404',
  province: '河北',
  place: '邯郸市成安县',
  year: 2020,
  family: 'hebei-export',
  sheet: '19名百岁老人高龄津贴',
  partial: 'The page text ends at the 预算执行率 row of the indicator table, printing its two labels and no figure: whatever the form has below it (a total, a grade) is not on the page.',
  rows: [
    ['成安县民政局2020年度预算项目绩效自评表'],
    ['一、基本情况', '项目名称:', '19名百岁老人高龄津贴', null, null, '是否为专项资金:', null, '实施(主管)单位', '314002-成安县民政局机关', null, null, '金额单位:', '万元'],
    ['二、预算执行情况', '预算安排情况(调整后)', null, '资金到位情况', null, '资金执行情况', null, '预算执行进度(%)'],
    [null, '预算数', '6.84', '到位数', '6.84', '执行数', '6.84', '100.00'],
    [null, '其中:财政资金', '6.84', '其中:财政资金', '6.84', '其中:财政资金', '6.84'],
    [null, '其他', '0.00', '其他', '0.00', '其他', '0.00'],
    ['三、目标完成情况', '年度预期目标', null, null, null, null, '具体完成情况', null, null, null, null, '总体完成率(%)'],
    [
      null, '为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。', null, null, null, null,
      '为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。', null, null, null, null, '100.00',
    ],
    [null, '为全县共享改革开放成果,促进社会稳定文明和谐', null, null, null, null, '为全县共享改革开放成果,促进社会稳定文明和谐'],
    [
      '四、年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '指标分值', '预期指标值', null, null, '单项指标实际完成值',
      '单项指标完成情况', '自评得分',
    ],
    [null, null, null, null, null, '符号', null, '单位(文字描述)', null, null, '单项指标得分', '权重占比(%)', '单项指标折算得分'],
    [
      null, '产出指标', '质量指标', '符合条件申报对象覆盖率', '享受补贴政策人数占符合条件申报对象总数的比例', '>=', '98', '%(百分比)', '100%',
      '完成', '25.00', '25.00', '6.25',
    ],
    [
      null, null, '时效指标', '完成率', '按照要求每月及时完成符合条件对象审批的比例(百分比)', '>=', '99', '%(百分比)', '100%', '完成', '25.00',
      '25.00', '6.25',
    ],
    [null, '效果指标', '社会效益指标', '补贴发放率', '高龄补贴发放完成率', '>=', '75', '%(百分比)', '100%', '完成', '30.00', '30.00', '9.00'],
    [
      null, '满意度指标', '服务对象满意度指标', '服务对象满意度', '享受高龄津贴的对象对老龄工作的满意程度', '>=', '95', '%(百分比)', '100%',
      '完成', '10.00', '10.00', '1.00',
    ],
    [null, '预算执行率', '预算执行率'],
  ],
  merges: [
    'A1:M1', 'C2:E2', 'F2:G2', 'I2:K2', 'A3:A6', 'B3:C3', 'D3:E3', 'F3:G3', 'H3:M3', 'H4:M6', 'A7:A9', 'B7:F7', 'G7:K7', 'L7:M7',
    'B8:F8', 'G8:K8', 'L8:M9', 'B9:F9', 'G9:K9', 'A10:A16', 'B10:B11', 'C10:C11', 'D10:D11', 'E10:E11', 'F10:H10', 'I10:I11',
    'J10:J11', 'K10:M10', 'B12:B13',
  ],
  notes: [
    'The page is the form’s table flattened to text, cells separated by spaces: each numbered section’s label is placed as the left column of its rows, the cells after it in the order the text gives them.',
    'The second header row prints only `符号` and `单位(文字描述)` under 预期指标值, while each row prints three cells there (`>=`, `98`, `%(百分比)`): the middle one is placed under an empty sub-header.',
    'Under 指标分值 every row prints a sentence describing the indicator (`享受补贴政策人数占符合条件申报对象总数的比例`), not a number; it is kept there as printed.',
    'The budget section prints 预算执行进度(%) `100.00` once, and 三、目标完成情况 its 总体完成率(%) `100.00` once, beside two goal rows: each is placed once, merged over the rows it stands beside.',
  ],
};
