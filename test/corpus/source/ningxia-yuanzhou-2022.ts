import type { CorpusForm } from './types';

/**
 * 固原市原州区农技中心, 马铃薯冲薯繁育示范推广项目绩效目标自评表 (2022年度): Ningxia's form for a 自治区 special
 * fund — 项目总得分 printed above the table, 自治区主管部门 / 市县财政部门 / 市县主管部门 header fields, a 资金情况（万元）
 * block with 全年预算数(A) | 全年执行数(B) | 执行率(B/A) and no 分值 or 得分 (the indicator groups carry the whole 100:
 * 产出指标(40分), 效益指标(40分), 满意度指标(20分)), 分值 before 年度指标值, 全年实际值, 未完成原因及改进措施.
 * The page is a document site's text of a scanned form: a few characters came out of the scan wrong, and they are
 * kept as the page prints them (see `notes`). The page text stops inside the 满意度指标 row.
 */
export const yuanzhouPotato: CorpusForm = {
  id: 'nx-yuanzhou-2022-potato',
  source: 'https://www.bigxun.com/view/1651813082920488962',
  province: '宁夏',
  place: '固原市原州区',
  year: 2022,
  family: 'linkage-target',
  sheet: '马铃薯冲薯繁育示范推广',
  partial: 'The page text stops inside the 满意度指标 row, after `种薯繁育企业、种植农户调`: the rest of that row and anything below it are not on the page.',
  rows: [
    ['马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度)'],
    ['项目总得分', '99分'],
    ['项目名称', '碟令薯樽轴示施项目', null, null, null, '实施单位/项目负责人', '原州区农技中心/杨勃兴'],
    ['自治区主管部门', '农业农村厅', null, null, null, '专项实施期', '2022年3月-2022年11月'],
    ['市县财政部门', '原州区财政局', null, null, null, '市县主管部门', '原州区农业农村局'],
    ['资金情况(万元)', null, '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
    [null, '年度资金总额', '300'],
    [null, '其中中央补助'],
    [null, '自治区补助', '300万元', '259.45万元', '86.5%'],
    [null, '市县资金'],
    [
      '年度总体目标',
      '一是通过政府招标采购方式,采购马铃薯原原种425万粒,免费向全区农户、种植大户、合作社和企业发放,完成马铃薯原种繁育田850亩;二是企业自行采购马铃薯原原种200万粒,建成原种基地400亩,共计建成原种繁育基地1250亩,平均亩产马铃薯原种2500公斤',
    ],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及改进措施'],
    [null, '产出指标(40分)', '数量指标', '指标1免费发放原原种', '8', '550万粒', '550万粒', '8'],
    [null, null, null, '指标2企业自行采购', '8', '200万粒', '200万粒', '8'],
    [null, null, null, '指标3一级种薯繁育基地', null, '8000亩', '8535.5亩'],
    [null, null, '质量指标', '指标1采购的原原种合格率', '8', '采购的原原种合格率290$', '290%', '8'],
    [null, null, '时效指标', '指标12021年11月30日前完成资金支付', '8', '11月底完成100%', '100%', '8'],
    [null, null, '成本指标', '指标1种薯采购价格不高于市场价', '8', '是', '是', '8'],
    [null, '效益指标(40分)', '经济效益指标', '指标1种薯亩均收入较鲜薯亩均收入', '8', '工5%', '工5%', '8'],
    [null, null, '社会效益指标', '指标1一级种薯推广面积占总面积比例', '8', '80%^', '80%', '8'],
    [null, null, null, '指标2群众对脱毒种薯和主食化专用品种的认知度', '8', '250%', '5=50%', '8'],
    [null, null, '生态效益指标', '1病害减少,防治病虫害使用的化学农药量较上年减少', '8', '2%', '2%', '8'],
    [
      null, null, '可持续影响指标', '持续完善马铃薯种薯繁育体系,保障脱毒马铃薯种薯供应,促进主食化产业衔接', '8', '是', '基本达到', '7',
      '加强技术指导,加大宣传力度;加大项目支持力度',
    ],
    [null, '满意度指标(20分)', '服务对象满意度', '种薯繁育企业、种植农户调'],
  ],
  merges: [
    'A1:I1', 'B2:I2', 'B3:E3', 'G3:I3', 'B4:E4', 'G4:I4', 'B5:E5', 'G5:I5', 'A6:A10', 'B11:I11', 'A12:A24',
    'B13:B18', 'C13:C15', 'B19:B23', 'C20:C21',
  ],
  notes: [
    'The page is the text of a scanned form, row after row without cell borders: the columns are placed by the header’s order (分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及改进措施) and by the figures of each row.',
    'Scan errors kept as printed: the project name `碟令薯樽轴示施项目` (the title names it 马铃薯冲薯繁育示范推广), `290$` / `290%` and `250%` / `5=50%` (most likely ≥90% and ≥50%), `工5%` (≥5%), `80%^`; the 三级指标 lose the colon after 指标1 / 指标2, so the time-limit indicator reads `指标12021年11月30日前…`, and the ecology row prints `生态效益指标1病害减少…` with one 指标, placed as 二级 `生态效益指标` and 三级 `1病害减少…`.',
    'The budget block prints `300` once after 全年预算数(A) and `300万元 259.45万元 86.5%` after 自治区补助: the first is placed on the 年度资金总额 row (its 全年执行数 and 执行率 left blank, as the text shows nothing there), the second on the 自治区补助 row.',
    'The row `指标3一级种薯繁育基地 8000亩 8535.5亩` prints no 分值 and no 得分: the five other 产出指标 rows carry 8 each, the group’s 40, and 40 + 39 + 20 is the 项目总得分 99.',
    'The 年度指标值 / 全年实际值 split of `11月底完成100%100%` (placed as `11月底完成100%` | `100%`) and of `80%^80%` (placed as `80%^` | `80%`) is a judgement: the text has no separator.',
  ],
};
