import type { CorpusForm } from './types';

/**
 * 北京市海淀区学院路街道城市运行服务中心, 项目支出绩效自评表（2016年度）: Beijing's district form before the national
 * rule of 2020 — the budget planned in `年初预算数（A）` (no 全年预算数), its weight in the header `分值（10分）`, and a
 * `得分计算方法` column beside the score in both the budget block and the indicator table. 154.74 of 310.2 万元
 * spent (49.88%) is printed as 50% and scored 5.
 * The page is a document site's preview text, split into numbered chunks; it stops in the second indicator row.
 */
export const haidianCleaning: CorpusForm = {
  id: 'bj-haidian-2016-cleaning',
  source: 'https://www.wenku365.com/s-60761775.html',
  province: '北京',
  place: '海淀区学院路街道',
  year: 2016,
  family: 'national-project',
  sheet: '自管道路清扫保洁外包',
  partial: 'cut after the first indicator row (the page’s text stops in the next one, 质量指标 `是否达到国…`)',
  rows: [
    ['项目支出绩效自评表（2016年度）'],
    ['项目名称', '【体制】自管道路清扫保洁外包工作经费'],
    ['主管部门及代码', '北京市海淀区人民政府学院路街道办事处', null, null, null, '实施单位:', '北京市海淀区学院路街道城市运行服务中心'],
    ['项目资金（万元）', null, '年初预算数（A）', '全年执行数（B）', '分值（10分）', '执行率（B/A）', '得分', '得分计算方法'],
    [null, '年度资金总额:', '310.2', '154.74', '10', '50%', '5', '执行率*该指标分值，最高不得超过分值上限。'],
    [null, '其中：本年一般公共预算拨款', '310.2', '154.74'],
    [null, '其他资金'],
    [
      '年度总体目标',
      '通过规范地区自管道路清扫保洁外包工作经费工作专项资金的使用，明确专项资金使用目的，实现科学管理，充分发挥项目资金在地区自管小区、小广告、三级以下道路、无主垃圾渣土清运及重大活动环境卫生保障工作中的作用，将自管道路保洁进行外包，更好的服务于本地区政治、经济、文化等各项事业的发展',
      null,
      null,
      null,
      '按照年初设定目标，将辖区20条城市道路清扫保洁、4处居民生活区小广场清扫保洁业务通过公开招投标方式进行了外包，通过地区自管道路清扫保洁外包项目的实施，使地区环境卫生及社区环境更加优美，为建设全国文明城区及建设美丽学院路做出了贡献',
    ],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值（A）', '全年实际值（B）', '得分计算方法', '得分', '未完成原因分析'],
    [
      null,
      '产出指标（50分）',
      '数量指标',
      '是否完成绩效目标申报表中申报的数量',
      '12.5',
      null,
      null,
      '完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。',
      '12.5',
    ],
  ],
  merges: ['A1:J1', 'B2:J2', 'B3:E3', 'G3:J3', 'A4:A7', 'H4:J4', 'H5:J5', 'H6:J6', 'H7:J7', 'B8:E8', 'F8:J8', 'A9:A10'],
  notes: [
    'The page runs the cells together: the budget row reads `年度资金总额:310.2154.741050%5`, placed as 310.2 | 154.74 | 10 | 50% | 5 by the header’s order.',
    'The first indicator row reads `12.51` | (chunk break) | `2.512.5`, then the 得分计算方法 text and `12.5`: 分值 12.5 and 得分 12.5 are certain, but the digits between (`12.512.5` run together) read as 12.5 | 12.5 or as 1 | 2.5, so 年度指标值 and 全年实际值 are left blank.',
    'The first-level cell 产出指标（50分） is printed after the first row (a merged cell as a preview reads it); it is placed on that row.',
    'The 年度总体目标 row prints the target and what was done side by side, with no 预期目标 / 实际完成情况 header row.',
  ],
};
