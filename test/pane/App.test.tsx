/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/** The pane as a user meets it: buttons, tabs, messages; the spreadsheet is a host holding fixture sheets. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/pane/App';
import { MARK_COLORS } from '../../src/pane/session';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';

async function pane(file = 'seed-001.xlsx', sheets = ['残疾人事业宣传经费', '残疾人事业综合保障经费'], language = 'zh-CN') {
  const host = new MemoryHost(await fixtureSheets(file, sheets));
  render(<App host={host} language={language} />);
  return host;
}

const click = async (name: string | RegExp) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

test('检查: a card per form with total, grade and counts; the findings; clicking one selects its cell', async () => {
  const host = await pane();
  fireEvent.click(screen.getByRole('radio', { name: '整个工作簿' }));
  await click('检查');
  await screen.findByText('找到 2 张自评表');
  const card = screen.getByRole('group', { name: /残疾人事业宣传经费（残疾人事业宣传经费!A1:I22）/ });
  expect(within(card).getByText(/总分 95（按规则应为 91.04） · 等级 优/)).toBeTruthy();
  expect(within(card).getByLabelText('错误 1')).toBeTruthy();
  expect(within(card).getByText('表头、预算与合计')).toBeTruthy();
  await act(async () => {
    fireEvent.click(within(card).getByRole('button', { name: /错误 H6：预算执行率 60.37%，按规则得分应为 6.04/ }));
  });
  expect(host.selected).toEqual({ sheet: '残疾人事业宣传经费', row: 5, col: 7 });
});

test('标记 and 清除标记 fill the cells by severity and give them back their fills', async () => {
  const host = await pane();
  fireEvent.click(screen.getByRole('radio', { name: '整个工作簿' }));
  await click('检查');
  await click('标记');
  await screen.findByText(/已标记 2 个单元格/);
  expect(host.fills.get('残疾人事业宣传经费!5,7')).toBe(MARK_COLORS.error);
  await click('清除标记');
  await screen.findByText('已恢复 2 个单元格原来的填充色');
  expect(host.fills.get('残疾人事业宣传经费!5,7')).toBeNull();
});

test('写入得分与等级: the preview, untick a cell, write, then undo', async () => {
  const host = await pane();
  await click('检查');
  fireEvent.click(screen.getByRole('tab', { name: '写入得分与等级' }));
  const h6 = await screen.findByRole('checkbox', { name: '残疾人事业宣传经费!H6' });
  const h22 = screen.getByRole('checkbox', { name: '残疾人事业宣传经费!H22' });
  expect(screen.getByRole('checkbox', { name: '残疾人事业宣传经费!H6' }).closest('li')!.textContent).toContain('10 → 6.04（公式）');
  fireEvent.click(screen.getByRole('button', { name: '残疾人事业宣传经费!H6 的公式' })); // the formula, whole, on demand
  expect(screen.getByText('=ROUND(F6*MIN(E6/D6,1),2)')).toBeTruthy();
  fireEvent.click(h22);
  expect((h22 as HTMLInputElement).checked).toBe(false);
  expect((h6 as HTMLInputElement).checked).toBe(true);
  await click('写入所选单元格');
  await screen.findByText('已写入 1 个单元格');
  expect(host.cell('残疾人事业宣传经费', 5, 7)).toEqual({ value: 6.04, formula: 'ROUND(F6*MIN(E6/D6,1),2)' });
  expect(host.cell('残疾人事业宣传经费', 21, 7)?.value).toBe(95);
  await click('撤销写入');
  await screen.findByText('已恢复 1 个单元格原来的内容');
  expect(host.cell('残疾人事业宣传经费', 5, 7)).toEqual({ value: 10 });
});

test('an error from the spreadsheet is shown as an alert, in Chinese, and nothing is written', async () => {
  const host = await pane();
  host.protectedSheets.add('残疾人事业宣传经费');
  await click('检查');
  fireEvent.click(screen.getByRole('tab', { name: '写入得分与等级' }));
  await screen.findByRole('checkbox', { name: '残疾人事业宣传经费!H6' });
  await click('写入所选单元格');
  expect((await screen.findByRole('alert')).textContent).toContain('受保护，单元格 H6、H22 已锁定，未写入任何单元格');
  expect(host.cell('残疾人事业宣传经费', 5, 7)).toEqual({ value: 10 });
});

test('生成审核意见 adds a sheet and says so', async () => {
  const host = await pane();
  await click('检查');
  await click('生成审核意见');
  await screen.findByText('审核意见已写入新工作表“审核意见”，被检查的表未做任何改动');
  expect(host.sheets.map((s) => s.name)).toContain('审核意见');
});

test('a sheet with no form: a clear message, and nothing to write', async () => {
  const host = new MemoryHost([{ name: '空白', rows: [[{ value: '2022年度项目汇总' }]], merges: [] }]);
  render(<App host={host} language="zh-CN" />);
  await click('检查');
  expect(await screen.findByText(/没有找到绩效自评表/)).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: '写入得分与等级' }));
  expect(screen.getByText('所有计算结果都已正确，无需写入。')).toBeTruthy();
});

test('设置 are saved with the document', async () => {
  const host = await pane();
  fireEvent.click(screen.getByRole('tab', { name: '设置' }));
  fireEvent.change(await screen.findByRole('combobox', { name: '预算执行得分的舍入' }), { target: { value: 'truncate' } }); // the tab loads on demand
  await click('保存设置');
  await screen.findByText('设置已保存在本浏览器中（换一台电脑或浏览器需重新设置）');
  await waitFor(() => expect(host.settings.rounding).toBe('truncate'));
});

test('in English where Office runs in English', async () => {
  await pane('seed-001.xlsx', ['残疾人事业宣传经费'], 'en-US');
  await click('Check');
  expect(await screen.findByText('1 form found')).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'Write scores and grade' })).toBeTruthy();
});

test('插入模板: choose a template, name the project, insert a new sheet; a bad year is refused', async () => {
  const host = await pane();
  fireEvent.click(screen.getByRole('tab', { name: '插入模板' }));
  fireEvent.click(await screen.findByRole('radio', { name: /闵行 2020 表式/ })); // the tab loads on demand
  fireEvent.change(screen.getByRole('spinbutton', { name: '年度' }), { target: { value: '3026' } });
  expect(screen.getByText('年度应为 2000 至 2100 之间的整数')).toBeTruthy();
  expect((screen.getByRole('button', { name: '插入新工作表' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(screen.getByRole('spinbutton', { name: '年度' }), { target: { value: '2027' } });
  fireEvent.change(screen.getByRole('textbox', { name: '项目名称' }), { target: { value: '助残志愿服务' } });
  await click('插入新工作表');
  await screen.findByText('已插入新工作表“2027年度绩效自评”，原有工作表未做任何改动');
  expect(host.designs.map((d) => [d.cells[0]?.[0]?.value, d.cells[1]?.[1]?.value])).toEqual([['2027年度财政项目绩效自评表', '助残志愿服务']]);
});
