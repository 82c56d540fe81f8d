import type { CorpusForm } from './types';

/**
 * 施甸县农业农村局, 项目支出绩效自评表 for its 2019年新型农业经营主体扶持项目 (filed 2022-07-05): the form of
 * Yunnan's counties (项目类别 / 项目属性 boxes, 预算执行情况(万元)(20分) with 得分 (20分*执行率), 年度绩效目标1 (80分),
 * 年初目标值(A) | 实际完成值(B) | 得分, no per-indicator weight column, 总分, then 偏差大或目标未完成原因分析 and
 * 改进措施及结果应用方案). 650 万元 budgeted, 94 spent; three indicators are scored above what they could weigh
 * (the form's own note caps a score at its weight). The page text stops inside 改进措施及结果应用方案, after the total.
 */
export const shidianFarms: CorpusForm = {
  id: 'yn-shidian-2019-farms',
  source: 'https://shidian.gov.cn/info/4312/182383.htm',
  province: '云南',
  place: '保山市施甸县',
  year: 2019,
  family: 'national-project',
  sheet: '新型农业经营主体扶持项目',
  partial: 'The page text stops inside the 改进措施及结果应用方案 text, below the scored table and its 总分.',
  rows: [
    ['项目支出绩效自评表'],
    ['单位名称:施甸县农业农村局', null, null, null, '填报日期:2022年7月5日'],
    ['项目名称', '2019年新型农业经营主体扶持项目'],
    ['主管部门', '施甸县人民政府', null, '项目实施单位', '施甸县农业农村局'],
    ['项目类别', '1、部门预算项目 □ 2、上级专项 þ'],
    ['项目属性', '1、持续性项目 □ 2、新增性项目þ'],
    ['预算执行情况(万元)(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分 (20分*执行率)'],
    ['年度财政资金总额', null, '650', '94', '0.1', '2.9'],
    ['年度绩效目标1 (80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    [null, '产出指标', '数量指标', '扶持发展新型农业经营主体 (个)', '15', '6', '8.0'],
    [null, null, '数量指标', '带动贫困户(人)', '11442', '4164', '7.3'],
    [null, '效益指标', '经济效益指标', '新型经营主体实现产值(%)', '8000', '12767.36', '31.9'],
    [null, null, '经济效益指标', '新型经营主体助农增收 (元)', '1980', '2074', '10.5'],
    [null, '满意度指标', '服务对象满意度指标', '满意度(%)', '90', '100', '11.1'],
    ['总分', null, null, null, null, null, '71.7'],
    [
      '偏差大或 目标未完成 原因分析',
      '一是相关台账不健全,部分新型农业经营主体提供带动建档立卡户发展的相关支撑材料不足,与扶持奖补要求和标准有差距;二是新型农业经营主体自身发展状况欠佳,带动建档立卡户发展的能力有限;三是项目执行先建后补,有的经营主体没有带动建档立卡户,或建设内容与项目扶持奖补不符,不具备扶持奖补条件,经现场核实综合评价后据实补贴,资金结余,没有100%执行完毕。',
    ],
    ['改进措施及 结果应用方案', '一是加大新型农业经营主体管理指导力度,增强管理意识,健全内部管理制度,规范业务管'],
  ],
  merges: [
    'A1:G1', 'A2:D2', 'E2:G2', 'B3:G3', 'B4:C4', 'E4:G4', 'B5:G5', 'B6:G6', 'A7:B7', 'F7:G7', 'A8:B8', 'F8:G8',
    'A9:A14', 'B10:B11', 'B12:B13', 'A15:F15', 'B16:G16', 'B17:G17',
  ],
  notes: [
    'The page prints each merged cell once and the cells it covers as empty ones at the end of the row; the merges are rebuilt from those counts. The budget rows print five cells over seven columns: the label and the 得分 are laid out two columns wide.',
    'The rate is printed `0.1` (a ratio to one decimal: 94 / 650 is 0.1446); it is typed as printed.',
    'The title prints no year: the year is the project’s own (2019年新型农业经营主体扶持项目); the form was filed on 2022-07-05.',
    '`þ` is the ticked box as the page renders the Wingdings glyph.',
  ],
};
