import type { CorpusForm } from './types';

/**
 * 衡山县商务和粮食局, 2020年度县级专项资金绩效目标自评表 (县级储备粮): a county transfer form with the (A)/(B)
 * markers and no 分值 or 得分 anywhere; one indicator unmet (`无`) with its reason in 未完成原因和改进措施.
 * The whole form is on the page (a document preview, with the cells' line wraps shown as spaces).
 */
export const hengshanGrain: CorpusForm = {
  id: 'hn-hengshan-2020-grain',
  source: 'https://taowenge.com/p-72820237.html',
  province: '湖南',
  place: '衡阳市衡山县',
  year: 2020,
  family: 'transfer-target',
  sheet: '县级储备粮',
  partial: null,
  rows: [
    ['2020年度县级专项资金绩效目标自评表'],
    ['专项资金名称', '县级储备粮', null, null, '负责人及电话', '旷建成、向建军'],
    ['县级主管部门', '衡山县商务和粮食局', null, null, '实施单位', '粮食调控储备与产业发展股'],
    ['项目资金(万元)', null, '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
    [null, '年度资金总额', '194.9', '194.9', '100%'],
    [null, '其中:中央、省、市补助'],
    [null, '县级资金', '194.9', '194.9', '100%'],
    [null, '其他资金'],
    ['年度 总体 目标', '年初设定目标', null, null, '全年实际完成情况'],
    [null, '保持和稳定地方粮食储备机制', null, null, '地方储备粮食规模达标'],
    ['绩 效 指 标', '一级 指标', '二级 指标', '三级指标', '年度指标 值', '全年 完成值', '未完成原因和 改进措施'],
    [null, '产 出 指 标', '数量 指标', '5000吨稻谷、500吨成 品粮储备到位率', '100%', '100%'],
    [null, null, null, '库存数量真实率', '100%', '100%'],
    [null, null, '质量 指标', '县级储备粮管理制 度严格执行率', '100%', '100%'],
    [null, null, null, '储备粮管理专户管 理率', '100%', '100%'],
    [null, null, null, '县级储备粮库存粮 食明显变质比例', '0', '0'],
    [null, null, '时效 指标', '县级储备粮贷款付 息及时率', '100%', '100%'],
    [null, null, null, '县级储备粮应急保 障率', '100%', '100%'],
    [null, null, '成本 指标', '国家政策性粮收购 价格执行率', '100%', '100%'],
    [null, null, null, '县级储备粮库存成 本核算率', '100%', '100%'],
    [null, '效 益 指 标', '经济 效益 指标', '利息费用保障率', '100%', '100%'],
    [null, null, null, '政策性挂账利息补 贴保障率', '100%', '无', '没有轮换、动用库存'],
    [null, null, '生态 效益 指标', '低温、低氧、低剂量 科学保粮率', '100%', '100%'],
    [null, null, null, '食品安全指标达标 率', '100%', '100%'],
    [null, null, '可持 续影 响指标', '粮食储备设备维 护及安全性', '高', '高'],
    [null, '满意 度指 标', '服务 对象 满意 度指 标', '因粮食市场波动引 起的粮食安全事件 发生数', '0起', '0起'],
    [null, null, null, '市民满意度调查', '≥90%', '100%'],
    ['说明', '无'],
  ],
  merges: [
    'A1:G1', 'B2:D2', 'F2:G2', 'B3:D3', 'F3:G3', 'A4:A8', 'E4:G4', 'E5:G5', 'E6:G6', 'E7:G7', 'E8:G8',
    'A9:A10', 'B9:D9', 'E9:G9', 'B10:D10', 'E10:G10', 'A11:A27', 'B12:B20', 'C12:C13', 'C14:C16', 'C17:C18',
    'C19:C20', 'B21:B25', 'C21:C22', 'C23:C24', 'B26:B27', 'C26:C27', 'B28:G28',
  ],
  notes: [
    'The page text reads `290%` for the target of 市民满意度调查: the preview’s rendering of `≥90%` (the same page renders no other ≥); it is transcribed as ≥90%.',
    'A page break repeats `绩效 指标` and prints the first-level cell of 效益指标 twice (`效益 指标`, then `效 益 指 标`): laid out as one merged cell B21:B25 with the second, spaced wording, as 产 出 指 标 is printed.',
    'The 其中:中央、省、市补助 row is blank on the page; the money is in 县级资金.',
  ],
};
