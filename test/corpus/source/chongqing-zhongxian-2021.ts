import type { CorpusForm } from './types';

/**
 * 忠县涂井乡人民政府, 中央、市级专项转移支付绩效目标自评表 (2021年度): a transfer-payment form with the
 * (A)/(B) markers, amounts printed with their unit (`372.29万元`), no 分值 or 得分 anywhere — neither for the budget
 * nor for the indicators — and 全年完成值 / 未完成原因和改进措施 as its actual and note columns.
 * The page text stops inside the 社会效益指标 row.
 */
export const zhongxianTujing: CorpusForm = {
  id: 'cq-zhongxian-2021-tujing',
  source: 'http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/t20230412_11869955.html',
  province: '重庆',
  place: '忠县涂井乡',
  year: 2021,
  family: 'transfer-target',
  sheet: '龙滩村移民安置区精准帮扶项目',
  partial: 'The page text stops inside the 社会效益指标 row (`提高村民收`): the rest of the table is not on the page.',
  rows: [
    ['中央、市级专项转移支付绩效目标自评表'],
    ['(2021年度)'],
    ['专项(项目)名称', '忠县涂井乡龙滩村农村移民安置区精准帮扶项目', null, null, '负责人及电话', '廖朝伟\n13635397499'],
    ['市级主管部门', '重庆市水利局'],
    ['县级主管部门', '忠县水利局', null, null, '实施单位', '忠县涂井乡人民政府'],
    ['项目资金(万元)', null, '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
    [null, '年度资金总额:', '372.29万元', '372.29万元', '100%'],
    [null, '其中:中央、市级补助', '372.29万元', '372.29万元', '100%'],
    [null, '县级资金'],
    [null, '其他资金'],
    ['年度总体目标', '年初设定目标', null, null, '全年实际完成情况'],
    [null, '新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。', null, null, '新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。'],
    ['绩 效 指 标', '一级 指标', null, '三级指标', '年度指标值', '全年完成值', '未完成原因和\n改进措施'],
    [null, '产 出 指 标', '数量指标', '指标1:新建道路', '524m', '524m'],
    [null, null, null, '指标2:硬化道路', '5719m', '5719m'],
    [null, null, null, '指标3:人行便道硬化', '14.7km', '14.7km'],
    [null, null, '质量指标', '指标1:工程完工率', '100%', '100%'],
    [null, null, null, '指标2:工程验收合格率', '100%', '100%'],
    [null, null, '时效指标', '道路交通设施完成时间', '2021年', '2021年'],
    [null, null, '成本指标', '道路交通设施', '713万元', '713万元'],
    [null, '效 益 指 标', '经济效益指标', '道路交通设施', '降低村民出行和农产品运输成本', '降低村民出行和农产品运输成本'],
    [null, null, '社会效益指标', '道路交通设施', '提高村民收入', '提高村民收'],
  ],
  merges: [
    'A1:G1', 'A2:G2', 'B3:D3', 'F3:G3', 'B4:G4', 'B5:D5', 'F5:G5', 'A6:A10', 'E6:G6', 'E7:G7', 'E8:G8',
    'A11:A12', 'B11:D11', 'E11:G11', 'B12:D12', 'E12:G12', 'A13:A22', 'B13:C13', 'B14:B20', 'C14:C16',
    'C17:C18', 'B21:B22',
  ],
  notes: [
    'The page prints the indicator header as `一级 指标 | 三级指标`: the 一级 header is laid over both the first- and second-level columns (B13:C13), as the rows put 产 出 指 标 and 数量指标 side by side.',
    'The last row is cut off by the page inside its 全年完成值 (`提高村民收`); it is kept as printed.',
  ],
};
