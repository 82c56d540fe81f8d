/** The vocabulary: one normalisation for every label, and every wording read as the part it names. */
import { budgetColumnOf, budgetRowOf, fieldLabelOf, isNotIndicator, isTotalLabel, tableColumnOf } from '../../src/core/labels';
import { BUDGET_ROW_WORDS, BUDGET_WORDS, FIELD_WORDS, labelKey, TABLE_WORDS, TOTAL_WORDS } from '../../src/core/vocabulary';

test('one normalisation: brackets, spaces and line breaks, letter markers, units and colons', () => {
  expect(labelKey('全年预算数（A）')).toEqual({ key: '全年预算数', unit: '' });
  expect(labelKey('执行率（B/A）')).toEqual({ key: '执行率', unit: '' });
  expect(labelKey('执行率（%）')).toEqual({ key: '执行率', unit: '%' });
  expect(labelKey('全年预算数\n（万元）（A）')).toEqual({ key: '全年预算数', unit: '万元' });
  expect(labelKey('实 际\n完成值(B)')).toEqual({ key: '实际完成值', unit: '' });
  expect(labelKey('年度资金总额：')).toEqual({ key: '年度资金总额', unit: '' });
  expect(labelKey('　一级　指标　')).toEqual({ key: '一级指标', unit: '' });
});

test('every wording of the indicator table reads as its column, whatever its print', () => {
  for (const [column, words] of Object.entries(TABLE_WORDS)) {
    for (const w of words) {
      expect([w, tableColumnOf(w)]).toEqual([w, column]);
      expect([w, tableColumnOf(`${w.slice(0, 1)} ${w.slice(1)}（A）：`)]).toEqual([w, column]);
    }
  }
});

test('every wording of the budget block reads as its column or row', () => {
  for (const [column, words] of Object.entries(BUDGET_WORDS)) for (const w of words) expect([w, budgetColumnOf(`${w}（万元）`)?.column]).toEqual([w, column]);
  for (const [row, words] of Object.entries(BUDGET_ROW_WORDS)) for (const w of words) expect([w, budgetRowOf(`其中：${w}`)]).toEqual([w, row]);
  expect(budgetColumnOf('执行率(%)')).toEqual({ column: 'rate', unit: '%' });
});

test('header fields, totals and rows that are no indicators', () => {
  for (const [field, words] of Object.entries(FIELD_WORDS)) for (const w of words) expect(fieldLabelOf(`${w}：x`)).toEqual({ field, rest: 'x' });
  expect(fieldLabelOf('当年预算数（元）：1,087,800.00')).toEqual({ field: '当年预算数', rest: '1,087,800.00' });
  for (const w of TOTAL_WORDS) expect(isTotalLabel(` ${w} `)).toBe(true);
  for (const w of ['其他需要说明事项', '……', '指标2', '三级指标1', '无']) expect(isNotIndicator(w)).toBe(true);
  for (const w of ['群众满意度', '指标1:开展精品示范村建设数量']) expect(isNotIndicator(w)).toBe(false);
});
