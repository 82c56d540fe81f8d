import type { CorpusForm } from './types';

/**
 * 金寨县茶谷和美丽乡村建设服务中心, 部门整体支出绩效自评表 (2023年度): the national layout used for a whole
 * department. Its budget 得分 is left blank beside its 分值 10, and it spent more than its budget (102.59%).
 * The page text stops inside the 成本指标 rows.
 */
export const jinzhaiWhole: CorpusForm = {
  id: 'ah-jinzhai-2023-whole',
  source: 'https://www.ahjinzhai.gov.cn/public/6624963/37545031.html',
  province: '安徽',
  place: '六安市金寨县',
  year: 2023,
  family: 'department-whole',
  sheet: '茶谷和美丽乡村建设服务中心',
  partial: 'The page text stops at the first 成本指标 row (`指标1:`); the rest of the table, its total and grade are not on the page.',
  rows: [
    ['部门整体支出绩效自评表'],
    ['(2023年度)'],
    ['部门', '金寨县茶谷和美丽乡村建设服务中心'],
    ['预算资金 (万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', '329.77', '329.77', '338.31', '10', '102.59%', null],
    [null, '其中:当年财政拨款', '329.77', '329.77', '338.31', '—', '102.59%', '—'],
    [null, '上年结转资金', null, null, null, '—', null, '—'],
    [null, '其他资金', null, null, null, '—', null, '—'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [
      null,
      '1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;5.促进茶谷果岭融合发展。',
      null,
      null,
      null,
      '1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;3.完成农村户用卫生厕所改造3061户;4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收;加快2023年度10个省级中心村任务,确保2024年通过各级验收。',
    ],
    ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '年度 指标值', '实际 完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, '产出指标', '数量指标', '指标1:开展精品示范村建设数量', '≤4', '4', '10', '10'],
    [null, null, null, '指标2:建设美丽宜居自然村庄数量', '≥200', '202', '10', '10'],
    [null, null, null, '指标3:完成农村户用卫生厕所改造数量', '≥2000', '3061', '10', '10'],
    [null, null, null, '指标4:新建省级中心村数量', '≥10', '10', '10', '10'],
    [null, null, '质量指标', '指标1:美丽宜居自然村庄验收通过率', '≥95%', '100%', '5', '5'],
    [null, null, null, '指标2:户用卫生厕所改造验收通过率', '≥95%', '100%', '5', '5'],
    [null, null, '时效指标', '指标1:完成美丽宜居自然村庄验收时间', '9月前', '7月', '5', '5'],
    [null, null, null, '指标2:完成户用卫生厕所改造验收时间', '11月前', '10月', '5', '5'],
    [null, null, '成本指标', '指标1:'],
  ],
  merges: [
    'A1:I1', 'A2:I2', 'B3:I3', 'A4:A8', 'H4:I4', 'H5:I5', 'H6:I6', 'H7:I7', 'H8:I8', 'A9:A10', 'B9:E9', 'F9:I9',
    'B10:E10', 'F10:I10', 'A11:A20', 'B12:B20', 'C12:C15', 'C16:C17', 'C18:C19',
  ],
  notes: ['On the 上年结转资金 and 其他资金 rows the page prints only two dashes; they are placed under 分值 and 得分 as on the row above.'],
};
