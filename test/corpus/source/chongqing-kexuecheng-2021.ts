import type { CorpusForm } from './types';

/**
 * 西部（重庆）科学城融媒体中心, 部门整体绩效自评表 (2021): Chongqing's whole-spending form, with no 一级指标
 * column — one list of indicators under 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 |
 * 得分系数（%） | 指标权重（分） | 指标得分（分） | 是否核心指标 — a budget line weighed by `执行率权重` and scored
 * in `执行率得分（分）`, and its total in a header field (`自评总分（分）` 97.6).
 * The page is a document preview's text (an OCR of the scan, some cells garbled); the form is cut where an
 * indicator's target is no longer legible.
 */
export const kexuechengMedia: CorpusForm = {
  id: 'cq-kexuecheng-2021-media',
  source: 'https://m.yzwku.com/doc/98587.html',
  province: '重庆',
  place: '西部（重庆）科学城',
  year: 2021,
  family: 'department-whole',
  sheet: '部门整体绩效自评表',
  partial: 'cut after 固定资产利用率: the next row’s target (党性教育培训次数, printed `26次`) and those after it are garbled on the page',
  rows: [
    ['部门整体绩效自评表'],
    ['主管部门', null, null, null, '财政处室', null, null, '自评总分（分）', '97.6'],
    ['部门联系人', '曾雪莲', null, null, '联系电话'],
    ['部门预算执行情况（万元）', '年初预算数', '全年（调整）预算数', '全年执行数', '执行率（%）', '执行率权重', '执行率得分（分）'],
    [null, null, null, null, '76%', '10', '7.6'],
    ['当年绩效目标', '年初绩效目标', null, null, '全年（调整）绩效目标', null, '全年目标实际完成情况'],
    [
      null,
      '通过整合各级各类媒体、户外广告载体、宣传宣讲活动等，为建设成渝地区双城经济圈和西部（重庆）科学城营造良好氛围。',
      null,
      null,
      '无',
      null,
      '中心2021年较好地完成了履职任务，有效开展了西部（重庆）科学城新闻宣传管理、思想文化领域建设等工作。',
    ],
    ['绩效指标', '指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数（%）', '指标权重（分）', '指标得分（分）', '是否核心指标'],
    [null, '财政供养人员控制率', '%', '定量指标', '100%', null, '92%', '100%', '2', '2', '否'],
    [null, '“三公”经费变动率', '%', null, null, null, null, '100%', '2', '2', '否'],
    [null, '基础信息完善', '%', null, '100%', null, '100%', '100%', '1', '1', '否'],
    [null, '预算完成率', '%', null, '70%', null, '76%', '100%', '2', '2', '是'],
    [null, '预算调整率', '%', null, '3%', null, '0', '100%', '2', '2', '否'],
    [null, '结转结余率', '%', null, '2%', null, '0', '100%', '2', '2', '是'],
    [null, '公用经费控制率', '%', null, '100%', null, '97%', '100%', '2', '2', '是'],
    [null, '“三公”经费控制率', '%', null, null, null, null, '100%', '2', '2', '否'],
    [null, '政府采购执行率', '%', null, '100%', null, '72.74%', '100%', '2', '2', '是'],
    [null, '管理制度健全性', null, '定性指标', '高', null, '高', '100%', '3', '3', '否'],
    [null, '资金使用合规性', null, null, '好', null, '好', '100%', '5', '5', '否'],
    [null, '预决算信息公开性', null, null, '高', null, '高', '100%', '1', '1', '否'],
    [null, '资产管理安全', null, null, '好', null, '好', '100%', '2', '2', '否'],
    [null, '固定资产利用率', '%', '定量指标', '90%', null, '100%', '100%', '2', '2', '否'],
  ],
  merges: [
    'A1:K1', 'B2:D2', 'F2:G2', 'I2:K2', 'B3:D3', 'F3:K3', 'A4:A5', 'G4:K4', 'G5:K5', 'A6:A7', 'B6:D6', 'E6:F6', 'G6:K6',
    'B7:D7', 'E7:F7', 'G7:K7', 'A8:A22', 'D9:D17', 'D18:D21',
  ],
  notes: [
    'The page’s text lost the three budget amounts (it shows a lone `O` before `76%`): they are left blank; the rate 76%, the weight 10 and the score 7.6 are legible.',
    'The page prints the 执行率 header as `执行率(%)` and the adjusted budget as `全年(If整)预算数` (OCR): transcribed 全年（调整）预算数.',
    'Where a row prints two values, they are 年初指标值 and 全年完成值 (调整指标值 blank): 预算完成率 `70%`, `76%` answers the budget’s 76%. The two “三公” rows print no value.',
    'The 指标性质 cells are merged over runs of rows (`定量指标` printed once before 财政供养人员控制率, `定性指标` once beside 管理制度健全性, `定量指标` again at 固定资产利用率).',
    'The vertical label 绩效指标 (column A) is printed once, mid-table, as a merged cell reads in a preview.',
    'The 联系电话 and 主管部门 values and the budget row’s label are blank on the page.',
  ],
};
