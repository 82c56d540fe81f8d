import type { CorpusForm } from './types';

/**
 * 襄阳市中心医院, 2021年度财政项目绩效自评表 (东津院区建设补助, filed 2022-03-18): the same 20-point-budget layout
 * as the Yunnan county form, here a Hubei city's — 预算执行情况(万元)(20分), 得分(20分*执行率), 年度财政资金总额,
 * 年初目标值(A) | 实际完成值(B) | 得分 and no per-indicator weight column. The page is a document preview's text
 * (scanned: a few labels come out garbled), cut in the 效益指标 rows.
 */
export const xiangyangDongjin: CorpusForm = {
  id: 'hb-xiangyang-2021-dongjin',
  source: 'https://taowenge.com/d-68000429.html',
  province: '湖北',
  place: '襄阳市',
  year: 2021,
  family: 'national-project',
  sheet: '东津院区建设补助',
  partial: 'The page text stops inside the 可持续性 row of 效益指标 (`服务范`): the rest of the table and its 总分 are not on the page.',
  rows: [
    ['2021年度财政项目绩效自评表'],
    ['单位名称:襄阳市中心医院', null, null, null, '填报日期:2022年3月18日'],
    ['项目名称', '东津院区建设补助'],
    ['主管部门', '襄阳市卫生健康委', null, '项目实施单位', '襄阳市中心医院'],
    ['项目类别', '1、部门预算项目 0 2、财政专项口 3、市对下转移支付项目口'],
    ['项目属性', '1、持续性项目口 2、新增性项目口'],
    ['项目类型', '1、常年性项目口 2、延续性项目0 3、一次性项目口'],
    ['预算执行情况 (万元) (20 分)', null, '预算数(A)', '执行数(B)', '执行率(B/A1', '得分(20分*执行率)'],
    ['年度财政 资金总额', null, '1000', '1000', '100%', '20'],
    ['年度绩效目标 (80分)', '一级指标', '二级指标', '三级指标', '年初目标值 (A)', '实际完成值 (B)', '得分'],
    [null, '产出 指标', '数量指标', '成本控制', '不超过预算', '不超过预算', '10'],
    [null, null, '质量指标', '保证财政建设补助专款专用', '专款专用', '专款专用', '10'],
    [null, null, '成本', '每年财政补助1000万元', '1000万元', '1000万元', '10'],
    [null, null, '时效', '1年', '1年', '1年', '10'],
    [null, '效益 指标', '经济效益', '完成东津院区建设,医院东 津医疗收入达到5亿元', '5亿元', '6.47亿元', '10'],
  ],
  merges: ['A1:G1', 'A2:D2', 'E2:G2', 'B3:G3', 'B4:C4', 'E4:G4', 'B5:G5', 'B6:G6', 'B7:G7', 'A8:B8', 'F8:G8', 'A9:B9', 'F9:G9', 'A10:A15', 'B11:B14'],
  notes: [
    'The scanned preview garbles the first-level header (`度效标80> 年绩目1分`): it is transcribed as 年度绩效目标 (80分), the label the same layout prints (施甸县) and whose characters and 80 the garble holds; `执行率(B/A1` and the ticked boxes (`0`, `口`) are kept as scanned.',
    'The cells of each row are parted by the header’s order; the page text runs them together.',
  ],
};
