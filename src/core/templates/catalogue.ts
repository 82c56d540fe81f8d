/**
 * The standard forms as data: what each template holds besides the rows people fill in. The texts are
 * those of the published forms (DOMAIN.md, seeds 000, 002, 004 and 001/003).
 */
import type { ProfileId } from '../profiles';

export interface StandardIndicator {
  name: string;
  explanation: string;
  weight: number;
  /** The Minhang form's 评分规则 text. */
  rule: string;
}

/** 投入与管理 (36分): the same six indicators on every form A. */
export const INPUT_AND_MANAGEMENT: StandardIndicator[] = [
  {
    name: '资金使用的合规性',
    explanation: '项目资金使用是否符合相关法律法规、制度和规定，项目资金使用是否规范和安全。',
    weight: 6,
    rule: '①资金使用是否符合国家财经法规、财政管理改革要求、财务管理制度，以及有关专项资金管理办法的规定（包括公务卡、“三公”经费、政府采购等）；（3分）②资金的拨付是否有完整的审批程序和手续；（1分）③是否符合项目预算批复或合同规定的用途；（1分）④是否存在截留、挤占、挪用、虚列支出等情况。（1分）',
  },
  {
    name: '绩效目标合理性',
    explanation: '项目所设定的绩效目标是否依据充分，是否符合客观实际，绩效目标与预算是否匹配。',
    weight: 8,
    rule: '①是否随同项目预算同时设置和报送绩效目标；（1分）②绩效目标是否与项目预算或资金量相匹配；（2分）③是否将项目绩效目标细化分解为具体的绩效指标和指标值；（1分）④项目预算编制是否细化和量化（主要体现在依据充分、流程合规、数量合适、单价合理）（4分），其中：科学细化量化的得4分，基本细化量化的得2分，未细化量化的不得分。',
  },
  {
    name: '项目设立的规范性',
    explanation: '项目的申请、设立过程是否符合相关要求，用以反映和考核项目立项的规范情况。',
    weight: 5,
    rule: '①是否与项目本部门（单位）职责密切相关；（1分）②是否符合部门（单位）中期规划、年度目标和计划；（1分）③项目是否按照规定的程序申请设立；（1分）④项目是否经过本部门（单位）预算评审；（1分）⑤事前是否已经过必要的可行性研究、专家论证、风险评估、集体决策等。（1分）',
  },
  {
    name: '预算执行率',
    explanation: '反映项目预算执行的进度',
    weight: 8,
    rule: '（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得8分；②预算执行率80%以上不到90%得6-8分；③预算执行率70%以上不到80%得4-6分；④预算执行率70%以下，不得分。',
  },
  {
    name: '财务（资产）管理制度的健全性和执行的有效性',
    explanation: '项目的财务制度是否健全、完善、有效，用以反映和考核财务管理制度对资金规范、安全运行的保障情况，以及反映和考核项目实施单位对资金运行的控制情况。',
    weight: 5,
    rule: '①是否已制定或具有相应的项目资金（资产）管理办法；（1分）②项目资金管理办法是否符合相关财务会计制度的规定；（1分）③是否已制定或具有相应的监控机制；（1分）④是否采取了相应的财务检查等必要的监控措施或手段；（1分）⑤是否按项目进行成本核算，开展必要的项目成本控制。（1分）',
  },
  {
    name: '项目管理制度的健全性和执行的有效性',
    explanation: '与项目直接相关的业务管理制度是否健全、完善和有效，项目实施是否符合相关业务管理规定，是否为达到项目质量要求而采取了必需的措施。',
    weight: 4,
    rule: '①是否已制定或具有科学合理的业务管理制度；（1分）②项目调整及支出调整手续是否完备；（1分）③项目合同书、验收报告、技术鉴定等资料是否齐全；（1分）④是否采取了有效的推进、质量检查、验收等必需的控制措施或手段。（1分）',
  },
];

/** Form A's groups after 投入与管理, each with rows to fill in. */
export const SHANGHAI_OPEN_GROUPS = ['产出目标', '效果目标', '影响力目标'];

export const SHANGHAI_FOOTER = [
  '说明：1、依据本项目应实现的绩效目标或工作计划，对照已完成的情况，进行绩效自评。',
  '2、绩效等级说明：自评分合计90（含）-100分为优秀，75（含）-90分为良好，60（含）-75分为合格，0-60分为不合格。',
  '3、产出目标、效果目标和影响力目标可根据项目情况自行增加绩效指标。',
];

/** Form B's standard hierarchy: first-level groups and their second-level indicators. */
export const MOF_HIERARCHY: { group: string; level2: string[] }[] = [
  { group: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { group: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
  { group: '满意度指标', level2: ['服务对象满意度指标'] },
];

export const MOF_BUDGET_ROWS = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'];

/** The titles of the template kinds, for lists in the pane and the command line. */
export const TEMPLATE_TITLES: Record<ProfileId, string> = {
  'shanghai-2019': '项目绩效自评价（上海 2019 表式）',
  'minhang-2020': '财政项目绩效自评表（闵行 2020 表式，含评分规则）',
  'mof-2020': '财政项目支出绩效自评表（财政部 2020 表式）',
};
