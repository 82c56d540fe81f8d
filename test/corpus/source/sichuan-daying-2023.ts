import type { CorpusForm } from './types';

const SOURCE = 'https://dyxrmt.cn/article-157795-21.html';

/**
 * 大英县司法局: two 部门预算项目支出绩效自评表 (2023年度) as Sichuan's budget system exports them, printed one
 * after another. The page text starts inside the first (its last indicator row, 合计, conclusion and
 * signatures) and stops inside the second (after the first indicator's 指标值).
 */
export const dayingTail: CorpusForm = {
  id: 'sc-daying-2023-tail',
  source: SOURCE,
  province: '四川',
  place: '遂宁市大英县',
  year: 2023,
  family: 'sichuan-export',
  sheet: '司法局项目(前表末页)',
  partial: 'The page text starts at this form’s 绩效指标(90分) header: its title, header fields and budget block are before it and not on the page.',
  rows: [
    ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    [null, '产出指标', '经济成本指标', '成本控制数', '≤', '30', '万元', '完成', '90', '90', null],
    ['合计', null, null, null, null, null, null, null, '100', null, null],
    ['评价结论', '根据财政局资金下达的管理办法,将资金支付给项目施工方。'],
    ['存在问题', '无'],
    ['改进措施', '无'],
    ['项目负责人:查小兵', null, null, null, null, null, '财务负责人:唐勇'],
  ],
  merges: ['A1:A2', 'A3:H3', 'B4:K4', 'B5:K5', 'B6:K6', 'A7:F7', 'G7:K7'],
  notes: ['The 合计 row prints one number, 100: the sum of the budget 权重 10 and the indicators’ 90, so it stands under 权重; its 得分 is blank.'],
};

export const dayingAnke: CorpusForm = {
  id: 'sc-daying-2023-anke',
  source: SOURCE,
  province: '四川',
  place: '遂宁市大英县',
  year: 2023,
  family: 'sichuan-export',
  sheet: '安可替代补助资金项目',
  partial: 'The page text stops after the first indicator’s 指标值 (`= | 100`): its unit, 完成值, 权重, 得分, later rows and 合计 are not on the page.',
  rows: [
    ['部门预算项目支出绩效自评表(2023年度)'],
    ['项目名称', '51092324T000010263357-2023年全县安可替代补助资金项目'],
    ['主管部门', '大英县司法局部门', null, null, null, '实施单位', '大英县司法局'],
    ['项目基本情况', '1.项目年度目标完成情况', '项目年度目标', null, null, null, '年度目标完成情况'],
    [null, null, '根据要求购买安可设备,并完成项目资金支付。', null, null, null, '完成'],
    [null, '2.项目实施内容及过程概述', '2023年购买13台安可电脑,并于12月前完成资金支付。'],
    ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
    [
      null, '总额', '0.00', '3.36', '3.36', '100.00%', '10', '10',
      '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.',
    ],
    [null, '其中:财政资金', '0.00', '3.36', '3.36', '100.00%', '/', '/'],
    [null, '财政专户管理资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
    [null, '单位资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
    [null, '其他资金', null, null, null, null, '/', '/'],
    ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    [null, '产出指标', '质量指标', '完成安可产品购买并按要求支付资金', '=', '100'],
  ],
  merges: [
    'A1:K1', 'B2:K2', 'B3:E3', 'G3:K3', 'A4:A6', 'B4:B5', 'C4:F4', 'G4:K4', 'C5:F5', 'G5:K5', 'C6:K6',
    'A7:A12', 'I7:K7', 'I8:K12', 'A13:A14',
  ],
};
