import type { CorpusForm } from './types';

/**
 * 广水市交通运输局, 广水市财政预算支出项目绩效目标自评表 (乡村道路建设养护项目, 2021年度, filed 2022-08-10): a
 * Hubei city's own form in the 项目决策 / 项目管理 / 项目绩效 scheme. Its first table scores 决策 and 管理 by rules
 * (项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据); its second, on the next page, scores 项目绩效 by
 * targets (一级指标 | 二级指标 | 指标名称（三级指标） | 年初指标值 | 年终完成值 | 自评分 | 复核分 | 评价标准), the
 * points of each level in its label (`产出指标 40分`, `数量指标 15分`) and none per indicator. The total is in a
 * header field, 自评总分 95. The page is the PDF's text, which stops inside the 质量指标 rows.
 */
export const guangshuiRoads: CorpusForm = {
  id: 'hb-guangshui-2021-roads',
  source: 'https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html',
  province: '湖北',
  place: '随州市广水市',
  year: 2021,
  family: 'decision-scheme',
  sheet: '乡村道路建设养护项目',
  partial: 'The page text stops at the 质量指标 (12分) rows of the second table: their values, the 效益 and 满意度 rows are not on the page.',
  rows: [
    ['广水市财政预算支出项目绩效目标自评表'],
    ['填报日期:2022年8月10日', null, null, null, null, null, '自评总分:', '95'],
    ['项目名称', '乡村道路建设养护项目', null, null, '项目主管单位', '广水市交通运输局'],
    ['项目实施单位', '广水市交通运输局', null, null, '项目负责人', '孙章勇'],
    ['项目属性', '1、常年性 2、延续性□ 3、一次性□ 4、新增性□'],
    ['项目资金来源', '中央 (万元)', '省、地 (万元)', '本级 (万元)', '其他 (万元)', '合计 (万元)', '执行数 (万元)', '执行率'],
    [null, null, null, '309', null, '309', '309', '100%'],
    ['项目年度目标', '1.完成乡村道路建设养护里程300公里; 2. 3.', null, null, null, null, '单位领导审签:'],
    ['项目权重', '评价内容', '分值', '自评分', '复核分', '评价标准及依据'],
    ['项目决策 2分', '决策依据', '2', '2', null, '有项目年度工作计划或有上级文件或审批报告计2分,没有不得分。'],
    ['项目管理 13分', '财务制度', '3', '3', null, '1、单位财务管理制度1分; 2、项目管理制度1分; 3、有制度执行佐证资料1分。没有不得分。'],
    [null, '组织机构', '2', '2', null, '有明确的绩效管理机构或专人负责2分。没有不得分'],
    [null, '运行监管', '4', '4', null, '1、运行监管记录3分; 2、填报《项目支出绩效监控表》1分。没有不得分。'],
    [
      null, '目标申报', '4', '4', null,
      '1、项目绩效目标全申报的1分,缺一项扣0.5分,扣完为止; 2、绩效目标规范1分,不规范扣0.5分; 3、按时申报绩效目标计2分,逾期扣1分。',
    ],
    ['项目年度目标1:乡村道路建设养护项目'],
    [null, '一级 指标', '二级 指标', '指标名称 (三级指标)', '年初指标值', '年终完成值', '自评分', '复核分', '评价标准'],
    [
      '项目 绩效 85分', '产出 指标 40分', '数量指标 15分', '乡村道路建设养护里程', '300公里', '300公里', '15', null,
      '1、提供三级指标完成程度的佐证资料; 2、三级指标分值按三级指标个数平均确定 (15分÷三级指标个数),四舍五入保留整数。',
    ],
    [null, null, '质量指标 12分', '农村公路建设验收合格率'],
    [null, null, null, '农村公路养护验收合格率'],
  ],
  merges: [
    'A1:I1', 'A2:F2', 'B3:D3', 'F3:I3', 'B4:D4', 'F4:I4', 'B5:I5', 'A6:A7', 'B8:F8', 'G8:I8',
    'F9:I9', 'F10:I10', 'F11:I11', 'F12:I12', 'F13:I13', 'F14:I14', 'A11:A14', 'A15:I15', 'A17:A19', 'B17:B19', 'C18:C19',
  ],
  notes: [
    'The PDF text runs the cells of each printed line together: the places of the cells are rebuilt from the printed order of labels and numbers.',
    'The page prints `309` three times: once before 合计 (the amount of one source column), under 合计 and under 执行数. Which source column holds the first is not in the text; it is placed under 本级.',
    'The `日` of the filing date is printed apart from `2022 年 8 月 10`; 自评总分 and its 95 are laid out as label and value.',
    'On the second page the column left of 一级指标 has no header of its own: 项目绩效 85分 stands in it, as 项目决策 and 项目管理 stand under 项目权重 on the first.',
    'The values of the two 质量指标 rows are not on the page (the text stops after their names).',
  ],
};
