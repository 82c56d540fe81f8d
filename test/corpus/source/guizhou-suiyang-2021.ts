import type { CorpusForm } from './types';

/**
 * 绥阳县太白镇人民政府, 部门整体支出绩效自评表 (a town government's whole spending, filled 2022年2月3日): the budget
 * block is 部门(单位)总体资金(万元) with 资金来源 rows 年度资金总额 / 基本支出 / 项目支出 / 其他 and the columns 年初预算数(A) |
 * 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 — no 全年预算数 and no 执行率 column; the 基本支出 and 项目支出 rows repeat
 * 分值 and 得分. The page text stops inside the indicator table's header.
 */
export const suiyangTaibai: CorpusForm = {
  id: 'gz-suiyang-2021-taibai',
  source: 'https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html',
  province: '贵州',
  place: '遵义市绥阳县',
  year: 2021,
  family: 'department-whole',
  sheet: '太白镇部门整体支出',
  partial: 'The page text stops inside the indicator table’s header, after `分值 | 得分计算`: no indicator row is on the page.',
  rows: [
    ['部门整体支出绩效自评表'],
    ['单位(盖章):绥阳县太白镇人民政府', null, null, null, '填报日期:2022年2月3日'],
    ['部门(单位)名称', '绥阳县太白镇人民政府'],
    ['部门(单位)总体 资金(万元)', '资 金 来 源', '年初预算数(A)', '全年执行数(B)', '分值(10分)', '得分', '得分计算方法'],
    [null, '年度资金总额:', '1172.55', '1268.72', '10', '10', '执行率*该指标分值,最高不得超过分值上限。'],
    [null, '基本支出', '985.19', '914.97', '10', '10'],
    [null, '项目支出', '187.36', '353.75', '10', '10'],
    [null, '其他'],
    ['年度总体目标', '年初设定目标', null, null, '年度总体目标完成情况'],
    [
      null,
      '(1)制定和组织实施经济、科技和社会发展计划,制定资源开发技术改造和产业结构调整方案,组织指导好各业生产,搞好商品流通,协调好本乡与外地区的经济交流与合作,抓好招商引资,人才引进项目开发,不断培育市场体系,组织经济运行,促进经济发展。(2)制定并组织实施村镇建设规划,部署重点工程建设,地方道路建设及公共设施,水利设施的管理,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。(3)按计划组织本级财政收入和地方税的征收,完成国家财政计划,不断培植税源,管好财政资金,增强财政实力。(4)完成上级政府交办的其它事项。',
      null,
      null,
      '(1)积极履职,强化管理,较好地完成本年工作任务。 (2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体支出管理水平得到提升 (3)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。 (4)按计划组织本级财政收入和地方税的征收,管好财政资金,增强财政实力。 (5)完成上级政府交办的其它事项。',
    ],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值(A)', '全年实际值(B)', '分值', '得分计算'],
  ],
  merges: ['A1:H1', 'A2:D2', 'E2:H2', 'B3:H3', 'A4:A8', 'G4:H4', 'G5:H8', 'A9:A10', 'B9:D9', 'E9:H9', 'B10:D10', 'E10:H10'],
  notes: [
    'The page is an HTML table flattened to text, cells separated by `|`: the rows are placed as it separates them; the 得分计算方法 text is placed once, merged down over the four source rows, as the empty cells after the 基本支出 and 项目支出 figures show.',
    'The form prints no year of its own; it is dated 填报日期:2022年2月3日 and published with the town’s 2021 final accounts, so it evaluates 2021.',
    'The last header cell is cut off on the page after `得分计算`; it is transcribed as far as it is printed.',
  ],
};
