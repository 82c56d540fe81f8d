/** The reviewer's sheet: a head (file, date, profile), a line per form, then the findings with rules named in Chinese. */
import { PaneSession } from '../../src/pane/session';
import { stringsFor } from '../../src/pane/strings';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';

const ZH = stringsFor('zh-CN');

test('the reviewer’s sheet: file, date and profile, a line per form, then the findings with rules named in Chinese', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费', '残疾人事业综合保障经费']));
  const original = structuredClone(host.sheets);
  const session = new PaneSession(host);
  await session.check('workbook');
  const head = { ...session.reviewHead(ZH), file: '2025年度自评表.xlsx', date: '2026-11-29' };
  const name = await session.writeReview(ZH.reviewSheet, ZH.reviewHeader, ZH.severity, head);
  const rows = host.sheets.find((s) => s.name === name)!.rows.map((r) => (r ?? []).map((c) => c?.value ?? null));
  const trim = (r: unknown[]) => {
    let end = r.length;
    while (end > 0 && r[end - 1] === null) end--;
    return r.slice(0, end);
  };
  expect(rows.map(trim)).toEqual([
    ['绩效自评审核意见'],
    ['文件', '2025年度自评表.xlsx'],
    ['审核日期', '2026-11-29'],
    ['表式', 'mof-2020 财政项目支出绩效自评表（财政部 2020）'],
    [],
    ['序号', '工作表', '项目名称', '区域', '表中总分', '按规则总分', '等级', '错误', '警告', '提示'],
    [1, '残疾人事业宣传经费', '残疾人事业宣传经费', 'A1:I22', 95, 91.04, '优', 1, 0, 0],
    [2, '残疾人事业综合保障经费', '残疾人事业综合保障经费', expect.any(String), 90.79, 90.79, expect.any(String), 0, 1, 0],
    [],
    ['序号', '工作表', '项目名称', '单元格', '级别', '规则', '说明'],
    [1, '残疾人事业宣传经费', '残疾人事业宣传经费', 'H6', '错误', '预算执行得分不符合规则（budget-score）', '预算执行率 60.37%，按规则得分应为 6.04（分值 10 × 60.37%），表中为 10'],
    [2, '残疾人事业综合保障经费', '残疾人事业综合保障经费', 'H28', '警告', '数字带有浮点尾数（float-artifact）', expect.stringContaining('带有二进制浮点尾数')],
  ]);
  expect(host.sheets.slice(0, 2)).toEqual(original);
});
