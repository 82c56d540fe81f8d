/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * A reviewer's first look at many forms: the summary above every card, forms with errors first, the filters,
 * stepping from finding to finding, a rule's repeats folded into one line; and the reviewer's sheet.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/pane/App';
import { PaneSession } from '../../src/pane/session';
import { stringsFor } from '../../src/pane/strings';
import { triage } from '../../src/pane/triage';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';

const ZH = stringsFor('zh-CN');

/** seed-001 (24 forms, 12 of them stacked on one sheet) and the sheet of numbers stored as text. */
async function manyForms() {
  const sheets = [...(await fixtureSheets('seed-001.xlsx')), ...(await fixtureSheets('variants/broken.xlsx', ['文本数字']))];
  return new MemoryHost(sheets);
}

test('triage: counts over every form, errors first, filters, folded repeats, the stepping order', async () => {
  const session = new PaneSession(await manyForms());
  const forms = await session.check('workbook');
  const all = forms.flatMap((f) => f.check.findings);
  const view = triage(forms, { onlyErrors: false, onlyProblems: false }, ZH.headerGroup);
  expect(view.counts).toEqual({ error: all.filter((f) => f.severity === 'error').length, warning: all.filter((f) => f.severity === 'warning').length, info: all.filter((f) => f.severity === 'info').length });
  expect(view.forms).toHaveLength(forms.length);
  const hasError = view.forms.map((t) => t.counts.error > 0);
  expect(hasError.indexOf(false)).toBe(view.formsWithErrors); // every form with an error comes before any without
  expect(hasError.slice(view.formsWithErrors)).not.toContain(true);
  expect(view.order).toHaveLength(all.length);

  const text = view.forms.find((t) => t.form.form.sheet === '文本数字')!;
  expect(text.groups[0]).toMatchObject({ group: null, items: [{ rule: 'number-as-text', title: '数字以文本存储', findings: expect.any(Array) }] });
  expect((text.groups[0].items[0] as { findings: unknown[] }).findings).toHaveLength(4);

  const errors = triage(forms, { onlyErrors: true, onlyProblems: false }, ZH.headerGroup);
  expect(errors.forms).toHaveLength(view.formsWithErrors);
  expect(errors.order.every((f) => f.severity === 'error')).toBe(true);
  expect(errors.hidden).toBe(forms.length - view.formsWithErrors);
  const problems = triage(forms, { onlyErrors: false, onlyProblems: true }, ZH.headerGroup);
  expect(problems.forms.map((t) => t.form.check.findings.length)).not.toContain(0);
  expect(problems.forms.length + problems.hidden).toBe(forms.length);
});

test('the pane: the summary comes first, filters hide forms, 下一条 selects the next finding, a folded line opens', async () => {
  const host = await manyForms();
  render(<App host={host} language="zh-CN" />);
  fireEvent.click(screen.getByRole('radio', { name: '整个工作簿' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
  });
  const summary = await screen.findByRole('region', { name: '检查摘要' });
  expect(summary.textContent).toMatch(/^25 张表，其中 6 张有错误错误 6警告 8提示 12/); // seed-001: 6, 4, 12; 文本数字: 4 warnings
  const cards = screen.getAllByRole('group');
  // The summary stands before the first card in the page.
  expect(summary.compareDocumentPosition(cards[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(within(cards[0]).getByLabelText('错误 1')).toBeTruthy();
  expect(within(cards[cards.length - 1]).getByLabelText('错误 0')).toBeTruthy();

  await act(async () => {
    fireEvent.click(within(summary).getByRole('button', { name: '下一条' }));
  });
  const first = await screen.findByRole('button', { current: true });
  expect(first.textContent).toMatch(/^错误 H6：/);
  expect(host.selected).toMatchObject({ row: 5, col: 7 });
  expect(within(summary).getByText('第 1 / 26 条')).toBeTruthy();
  await act(async () => {
    fireEvent.click(within(summary).getByRole('button', { name: '上一条' })); // wraps round to the last
  });
  expect(within(summary).getByText('第 26 / 26 条')).toBeTruthy();

  fireEvent.click(within(summary).getByRole('checkbox', { name: '只看错误' }));
  expect(screen.getAllByRole('group')).toHaveLength(6);
  expect(screen.getByText('另有 19 张表未显示（筛选）')).toBeTruthy();
  fireEvent.click(within(summary).getByRole('checkbox', { name: '只看错误' }));
  fireEvent.click(within(summary).getByRole('checkbox', { name: '只看有问题的表' }));
  expect(screen.getAllByRole('group').length).toBeLessThan(25);

  const folded = screen.getByRole('button', { name: /^▸ 警告 4 个数字以文本存储（B4、D13、E13、E15）$/ });
  expect(folded.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(folded);
  expect(screen.getByRole('button', { name: /^警告 D13：指标“资金使用的合规性”的权重（D13）“６”以文本存储/ })).toBeTruthy();
});
