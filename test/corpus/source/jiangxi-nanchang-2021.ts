import type { CorpusForm } from './types';

/**
 * 南昌县黄马乡蚕茶卫生院, 整体支出绩效自评表 (2021年度): a Jiangxi township health centre's whole-spending form —
 * 整体支出规模 with rates only, then 分解目标 | 自评权重 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |
 * 偏差及原因分析, the points of each first-level group in a column of their own (管理指标 30, 产出指标 25, 效果指标 35).
 * The page is a document preview, cut in the 满意度指标 rows.
 */
export const nanchangCancha: CorpusForm = {
  id: 'jx-nanchang-2021-cancha',
  source: 'https://yzwku.com/doc/291311.html',
  province: '江西',
  place: '南昌市南昌县',
  year: 2021,
  family: 'department-whole',
  sheet: '蚕茶卫生院整体支出',
  partial: 'The page text stops at the 满意度指标 group: its rows, the total and anything below are not on the page.',
  rows: [
    ['蚕茶卫生院整体支出绩效自评表(2021年度)'],
    ['评价部门名称', '南昌县黄马乡蚕茶卫生院', null, null, null, '下属单位个数', '0'],
    ['整体支出规模', null, null, '全年预算数', '全年执行数', '执行率'],
    [null, '资金来源:(1)财政拨款', null, null, null, '103.21%'],
    [null, '资金结构:(1)基本支出', null, null, null, '103.21%'],
    [null, '(2)项目支出'],
    ['年度总体目标', '年初设定目标', null, null, null, '全年完成情况'],
    [null, '业务收入达到55万元,三公经费控制率达标', null, null, null, '业务收入77.57万元,三公经费控制达标'],
    ['分解目标', '自评权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差及原因分析'],
    ['管理指标', '30', '预算编审管理', '完整、准确率', '100%', '100%', '4', '4'],
    [null, null, '预算执行管理', '完成率、控制率', '100%', '按规定执行', '4', '4'],
    [null, null, '部门结转结余资金管理', '结余率', '小于5%', '达成目标值', '4', '4'],
    [null, null, '预决算信息公开管理', '信息公开完善', '按规定公开', '已公开', '4', '4'],
    [null, null, '部门预算管理', '人员控制、支出规范', '不超编、无违规支出', '全部达成', '4', '4'],
    [null, null, '政府采购管理', '执行率', '100%', '100%', '5', '5'],
    [null, null, '资产管理', '安全性、利用率', '无资产损失、利用率高于80%', '达成', '5', '5'],
    ['产出指标', '25', '数量指标', '任务1:门诊住院人次', '增加', '增372人次', '5', '5'],
    [null, null, null, '任务2:特殊人群健康管理率', '超上年2%', '达成目标值', '5', '5'],
    [null, null, '质量指标', '任务1:诊断准确率', '95%以上', '97%', '5', '5'],
    [null, null, null, '任务2:健康档案管理率', '100%', '完成', '3', '3'],
    [null, null, '时效指标', '任务1:医疗文书及时率', '按规定时限', null, '4', '3', '个别人未及时完成'],
    [null, null, null, '任务2:健康档案更新率', '按规定时限', null, '3', '2', '录入有延迟'],
    ['效果指标', '35', '经济效益指标', '业务收入', '超上年度', '增收27万元', '13', '13'],
    [
      null, null, '社会效益指标', '公卫均等化签约完成率、特殊人群体检率', '签约率提高1%X体检率提高2%', '签约率提高1%体检率下降1%', '12', '6',
      '部分群众不愿配合体检或长期在外',
    ],
    [null, null, '生态效益指标', '绿化、节能', '绿化良好、水电费开支有下降', '水电支出减少01万元', '10', '10'],
  ],
  merges: [
    'A1:I1', 'B2:E2', 'G2:I2', 'A3:A6', 'B3:C3', 'B4:C4', 'B5:C5', 'B6:C6', 'A7:A8', 'B7:E7', 'F7:I7', 'B8:E8', 'F8:I8',
    'A10:A16', 'B10:B16', 'A17:A22', 'B17:B22', 'C17:C18', 'C19:C20', 'C21:C22', 'A23:A25', 'B23:B25',
  ],
  notes: [
    'The preview runs the cells of a row together; they are parted by the header’s order, the figures fixing where each text ends.',
    'The 整体支出规模 rows print only their rates (103.21%): 全年预算数 and 全年执行数 are blank on the page.',
    'The two 时效指标 rows print one text before their 分值 (`按规定时限`): it is placed under 年度指标值, 全年完成值 left blank.',
    '`签约率提高1%X体检率提高2%` and `水电支出减少01万元` are transcribed as the preview prints them (a separator read as X, a decimal point lost); the preview’s page marker `3、` inside the first is left out.',
  ],
};
