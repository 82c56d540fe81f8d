import type { CorpusForm } from './types';

/**
 * 寿县 (unit left blank on the page), 2023年度部门整体支出绩效评价自评表: a whole-department form in a
 * 规划 / 执行 … scheme whose weight column is 指标分值 and score column 自评得分, with the rules in the row.
 * The page text stops inside row 6 (预算执行率).
 */
export const shouxianWhole: CorpusForm = {
  id: 'ah-shouxian-2023-whole',
  source: 'https://www.shouxian.gov.cn/public/118322758/1259995520.html',
  province: '安徽',
  place: '淮南市寿县',
  year: 2023,
  family: 'department-whole-scheme',
  sheet: '部门整体支出绩效评价自评表',
  partial: 'The page text stops inside row 6 (预算执行率, in its 评分标准 text): its 自评得分, the later rows and the total are not on the page.',
  rows: [
    ['2023年度部门整体支出绩效评价自评表'],
    ['单位'],
    ['序号', '一级 指标', '二级 指标', '三级 指标', '指标分值', '指标解释', '指标说明及评分标准', '自评得分'],
    [
      '1', '规划 (15分)', '基础信息 (3分)', '基础信息 完整性', '3',
      '部门及所属二级单位预算基础信息是否符合相关规定,信息资料是否真实、完整,用以评价该单位基础信息对预算编制数据的支撑情况(按年初预算基础信息表考核)。',
      '1、基础数据信息是否真实(1分); 2、基础数据信息是否完整(1分); 3、基础数据信息是否准确(1分)。', '3',
    ],
    ['2', null, '工作计划 (6分)', '年度工作 计划完整性', '3', '部门及所属二级单位年度工作计划制定是否完整可行。', '年度工作计划是否完整可行(3分)', '3'],
    ['3', null, null, '年度工作 计划明确性', '3', '部门及所属二级单位年度工作计划制定是否明确可操作。', '年度工作计划是否明确可操作(3分)', '3'],
    [
      '4', null, '绩效目标 (6分)', '年度绩效 目标合理性', '4', '单位是否设置年度绩效目标,绩效目标设定是否符合单位实际,是否合理。',
      '1、设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,若单位无项目,得2分) 2、绩效目标设置依据充分(1分) 3、绩效目标合理,符合实际,可操作(1分) 4、未设置绩效目标,该栏不得分', '4',
    ],
    ['5', null, null, '年度绩效 目标明确性', '2', '是否制定明确、细化、量化的绩效目标。', '绩效目标明确,且细化、量化(2分);', '2'],
    [
      '6', '执行 (35分)', '预算执行 (18分)', '预算执行率', '5',
      '部门及所属二级单位本年度预算执行数与预算数的比率,用以反映和考核部门(单位)预算执行程度。预算执行率=(预算执行数/预算数)×100%。 预算执行数:部门(单位)本年度实际执行的预算数。 预算数:财政部门批复的本年度部门(单位)预算数。',
      '1、除上级政策性因素影响外,年度无预算追加(1',
    ],
  ],
  merges: ['A1:H1', 'B2:H2', 'B4:B8', 'C5:C6', 'C7:C8'],
  notes: ['The form leaves its 单位 blank; the place is the publishing site’s (shouxian.gov.cn, 寿县人民政府).'],
};

