import type { CorpusForm } from './types';

/**
 * 海南省商务厅's 服务贸易项目绩效自评表: the common-indicator framework of the finance ministry's 2011 guidelines
 * (项目决策 20 / 项目管理 25 / 项目绩效 55), each level with its own 分值 column and one 得分 column for the
 * third level. No targets or actuals, no budget block: the money stands in 计划投资额 / 实际到位资金 / 实际使用情况
 * fields and is scored by the 资金到位 / 资金管理 indicators. The form names no year.
 */
export const hainanTrade: CorpusForm = {
  id: 'hi-haikou-trade',
  source: 'https://m.bdocx.com/doc/30238812.html',
  province: '海南',
  place: '海口市',
  year: null,
  family: 'common-framework',
  sheet: '服务贸易项目',
  partial: 'The page text stops inside the 项目效益 (40) rows, after `经济` (the start of their first 三级指标): the 项目效益 rows, the total and anything below are not on the page.',
  rows: [
    ['服务贸易项目绩效自评表'],
    ['一、项目基本情况'],
    ['项目实施单位', null, '省商务厅服务贸易和商贸服务业处', null, null, '主管部门', '省商务厅'],
    ['项目负责人', null, '李鹏', null, null, '联系电话', null],
    ['地址', null, '海口市国兴大道省政府办公楼2楼', null, null, '邮编', '570204'],
    ['项目类型', null, '经常性项目(√)一次性项目()'],
    ['计划投资额 (万元)', null, '570', '实际到位资金 (万元)', null, '398.88', '实际使用情况(万元)', '395.86'],
    ['其中:', '中央财政', '0', '其中:', '中央财政', '0'],
    [null, '省财政', '570', null, '省财政', '398.88'],
    [null, '市县财政', '0', null, '市县财政', '0'],
    [null, '其他', '0', null, '其他', '0'],
    ['二、绩效评价指标评分'],
    ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
    ['项目决策', '20', '项目目标', '4', '目标内容', '4', '4'],
    [null, null, '决策过程', '8', '决策依据', '3', '3'],
    [null, null, null, null, '决策程序', '5', '5'],
    [null, null, '资金分配', '8', '分配办法', '2', '2'],
    [null, null, null, null, '分配结果', '6', '6'],
    ['项目管理', '25', '资金到位', '5', '到位率', '3', '3'],
    [null, null, null, null, '到位时效', '2', '2'],
    [null, null, '资金管理', '10', '资金使用', '7', '7'],
    [null, null, null, null, '财务管理', '3', '3'],
    [null, null, '组织实施', '10', '组织机构', '1', '1'],
    [null, null, null, null, '管理制度', '9', '9'],
    ['项目绩效', '55', '项目产出', '15', '产出数量', '5', '5'],
    [null, null, null, null, '产出质量', '4', '4'],
    [null, null, null, null, '产出时效', '3', '3'],
    [null, null, null, null, '产出成本', '3', '3'],
    [null, null, '项目效益', '40', '经济'],
  ],
  merges: [
    'A1:H1', 'A2:H2', 'A3:B3', 'C3:E3', 'G3:H3', 'A4:B4', 'C4:E4', 'G4:H4', 'A5:B5', 'C5:E5', 'G5:H5', 'A6:B6', 'C6:H6',
    'A7:B7', 'D7:E7', 'A8:A11', 'D8:D11', 'A12:H12',
    'A14:A18', 'B14:B18', 'C15:C16', 'D15:D16', 'C17:C18', 'D17:D18',
    'A19:A24', 'B19:B24', 'C19:C20', 'D19:D20', 'C21:C22', 'D21:D22', 'C23:C24', 'D23:D24',
    'A25:A29', 'B25:B29', 'C25:C28', 'D25:D28',
  ],
  notes: [
    'The page prints the form as a list of cells. The first table (项目基本情况) is laid out on eight columns so that its 其中 breakdowns stand under 计划投资额 and 实际到位资金, as their order on the page says; 实际使用情况 has no breakdown.',
    'Each 一级 and 二级 cell with its 分值 is merged down over its 三级 rows, as the page prints it once for them.',
    'The page names no year and no city: 海口市 is the address printed in the form; the sheet is the 省商务厅’s.',
  ],
};
