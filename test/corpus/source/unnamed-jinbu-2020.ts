import type { CorpusForm } from './types';

/**
 * 2020年度长江禁捕项目自评表 of a district's 农业工作科 (渔业成品油价格改革补贴, 1.56 万元): the 20-point-budget layout
 * of the Hubei city and Yunnan county forms (项目类别 / 属性 / 类型 boxes, 预算执行情况(万元)(20分), 得分(20分*执行率),
 * 年度财政资金总额, 年初目标值(A) | 实际完成值(B) | 得分, no per-indicator weight column), whole, with its 总分 100.
 * The page names no province or city (主管部门 区市场监督管理局). It is a document preview's OCR text: a few labels
 * come out with their characters shuffled, and `≥` is read as `2` throughout (its own note prints `目标值为2X`).
 */
export const jinbuFuel: CorpusForm = {
  id: 'xx-district-2020-jinbu',
  source: 'https://1wenmi.com/doc/330418.html',
  province: null,
  place: '某区（页面未印明）',
  year: 2020,
  family: 'national-project',
  sheet: '渔业成品油价格改革补贴',
  partial: 'The form is whole; the page text stops inside the 备注 below it (after `汇总时,以资金额度为`).',
  rows: [
    ['2020年度长江禁捕项目自评表'],
    ['单位名称:农业工作科', null, null, null, '填报日期:'],
    ['项目名称', '渔业成品油价格改革补贴'],
    ['主管部门', '区市场监督管理局', null, '项目实施单位', '农业科'],
    ['项目类别', '1、部门预算项目0 2、市直专项口 3、市对下转移支付项目0'],
    ['项目属性', '1、持续性项目 2、新增性项目0'],
    ['项目类型', '1、常年性项目 2、延续性项目口 3、一次性项目0'],
    ['预算执行情况(万元)(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
    ['年度财政资金总额', null, '1.56', '1.56', '1', '20'],
    ['年度绩效目标 (80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    [null, '产出指标', '数量指标', '补贴渔船数', '6', '6', '20'],
    [null, null, '质量指标', '渔船补贴发放率', '100%', '100%', '10'],
    [null, null, '时效指标', '12月底之前完成', '100%', '100%', '10'],
    [null, '效益指标'],
    [null, '满意度指标', '服务对象满意度', '退捕渔民抽样调查满意度', '90%', '≥90%', '40'],
    ['总分', null, null, null, null, null, '100'],
    ['偏差大或 目标未完成 原因分析', '无'],
    ['改进措施及 结果应用方案', '无'],
    [
      '备注:1 .预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。2 .定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标(即目标值为2X,得分=权重*BA),反向指标(即目标值为WX,得分=权重*AB),得分不得突破权重总额。定量指标先汇总完成数,再计算得分。3 .定性指标计分原则:达成预期指标、部分达成预期指标、未达成预期指标三档,分别按照该指标对应分值区间100%-80%(280酚、80%-50%(50%,80%)50%-0%(50册合理确定分值。汇总时,以资金额度为',
    ],
  ],
  merges: [
    'A1:G1', 'A2:D2', 'E2:G2', 'B3:G3', 'B4:C4', 'E4:G4', 'B5:G5', 'B6:G6', 'B7:G7', 'A8:B8', 'F8:G8', 'A9:B9', 'F9:G9',
    'A10:A15', 'B11:B13', 'C14:G14', 'A16:F16', 'B17:G17', 'B18:G18', 'A19:G19',
  ],
  notes: [
    'The OCR shuffles the characters of four labels; each is transcribed as the label whose characters it holds, in the layout’s order: `度效标O0B年绩目1分EB` (the first-level header with 一级指标, its `80` read `O0B`) as 年度绩效目标 (80分) and 一级指标, as the Hubei form of this layout prints them; `出标产指` as 产出指标; `益标效指` as 效益指标; `意指斥满度打` as 满意度指标.',
    'The 效益指标 label stands alone on the page, with no second- or third-level cells after it: it is a row of its own with nothing scored.',
    'The OCR reads `≥` as `2` in this document (its note prints `目标值为2X` for ≥X and `(280` for (≥80%): `290%` in 实际完成值 of the 满意度 row is transcribed ≥90%.',
    'The text runs cells together: `1.561.56120` is 1.56 | 1.56 | 1 | 20 (the rate printed as 1, the score 20 = 20 × 1), `补贴渔船数6620` is 6 | 6 | 20, and the 时效指标 row `12月底之前完成10`, cut by the preview’s page mark `2、`, continues `0%100%10`: 100% | 100% | 10. These readings are the ones whose scores add up to the printed 总分 100.',
    'The ticked and unticked boxes of 项目类别 / 属性 / 类型 are kept as scanned (`0`, `口`).',
  ],
};
