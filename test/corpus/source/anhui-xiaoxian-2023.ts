import type { CorpusForm } from './types';

/**
 * 萧县杨楼镇人民政府, 2023年杨楼社区特色种养殖补贴到户项目: the 衔接资金 绩效目标自评表 as Anhui's towns publish
 * it — 资金情况（万元） with 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 and a `其中` row that repeats
 * 分值 and 得分; 分值 before 年度指标值; 全年实际值; 未完成原因及拟采取的改进措施; each ★ indicator scored on its own row
 * and broken down, unscored, into the crops and animals below it. The page text stops inside the 质量指标 rows.
 */
export const xiaoxianYanglou: CorpusForm = {
  id: 'ah-xiaoxian-2023-yanglou',
  source: 'https://www.ahxx.gov.cn/grassroots/275/159708041.html',
  province: '安徽',
  place: '宿州市萧县',
  year: 2023,
  family: 'linkage-target',
  sheet: '杨楼社区特色种养殖补贴到户',
  partial: 'The page text stops inside the first 质量指标 row (★种植作物成活率, after its 分值 10): the rest of the table and its 总分 are not on the page.',
  rows: [
    ['项目名称', '2023年杨楼社区特色种养殖补贴到户项目', null, null, null, '项目负责人及电话', '黄蓓蓓0557-5271001'],
    ['主管部门', '县农业农村局', null, null, null, '实施单位', '杨楼镇人民政府'],
    ['资金情况 (万元)', null, null, '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
    [null, '年度资金总额:', null, '8.408', '8.408', '10', '100.00%', '10'],
    [null, '其中:本年财政拨款', null, '8.408', '8.408', '10', '100.00%', '10'],
    [null, '其他资金', null, '0', '0'],
    ['年度总体目标', '年初设定目标', null, null, null, '年度总体目标完成情况综述'],
    [
      null, '以产业补助的形式对64户脱贫户进行补助,鼓励发展特色产业,激发脱贫人口内生动力,增加脱贫户收入10.9304万元。', null, null, null,
      '落实64户特色种养业奖补政策,增加脱贫户家庭收入10.9304万元',
    ],
    ['绩效指标', '一级 指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及拟采取的改进措施'],
    [null, '产出指标 (50分)', '数量指标', '★补助各类粮食作物种植面积', '10', null, null, '10'],
    [null, null, null, '红薯种植面积', null, '5.5亩', '5.5亩'],
    [null, null, null, '★补助各类瓜果蔬菜种植面积', '10', null, null, '10'],
    [null, null, null, '梨树种植面积', null, '6亩', '6亩'],
    [null, null, null, '桃种植面积', null, '1亩', '1亩'],
    [null, null, null, '葡萄种植面积', null, '4.5亩', '4.5亩'],
    [null, null, null, '苹果种植面积', null, '4.7亩', '4.7亩'],
    [null, null, null, '★补助家畜家禽养殖数量', '10', null, null, '10'],
    [null, null, null, '猪养殖数量', null, '80头', '80头'],
    [null, null, null, '牛养殖数量', null, '3头', '3头'],
    [null, null, null, '鸡养殖数量', null, '500只', '500只'],
    [null, null, null, '羊养殖数量', null, '283只', '283只'],
    [null, null, '质量指标', '★种植作物成活率', '10'],
  ],
  merges: [
    'B1:E1', 'G1:I1', 'B2:E2', 'G2:I2', 'A3:A6', 'B3:C3', 'H3:I3', 'B4:C4', 'H4:I4', 'B5:C5', 'H5:I5', 'B6:C6',
    'A7:A8', 'B7:E7', 'F7:I7', 'B8:E8', 'F8:I8', 'A9:A22', 'B10:B22', 'C10:C21',
  ],
  notes: [
    'The page is the form as plain text, a line per row: the columns are placed by the header’s order, the ★ rows holding 分值 and 得分 and the rows below them 年度指标值 and 全年实际值, as their figures show.',
    'The first-level cell prints as four empty lines and `(50分)` (its vertical characters are lost in the text); it is transcribed as 产出指标 (50分), the only first-level group the 数量指标 and 质量指标 rows can belong to.',
    'The form has no title line of its own on the page (the page’s heading is 2023年杨楼社区特色种养殖补贴到户项目资金使用情况).',
  ],
};
