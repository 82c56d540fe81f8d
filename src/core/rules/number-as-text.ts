import { a1 } from '../address';
import { show, showPercent } from '../decimal';
import { describeCell, numericCells } from './cells';
import { defineRule } from './types';

export default defineRule({
  id: 'number-as-text',
  severity: 'warning',
  title: '数字以文本存储',
  description: '数字以文本存储（如“6分”、全角数字、前导撇号），Excel 的 SUM 不会把它计入合计。',
  check({ form, report }) {
    for (const cell of numericCells(form)) {
      const [at] = cell;
      const v = at?.value;
      if (!at || v?.kind !== 'number' || !v.asText) continue;
      const asNumber = v.percent ? showPercent(v.value, v.places) : show(v.value);
      report(at.row, at.col, `${describeCell(form, cell)}（${a1(at.row, at.col)}）“${v.text}”以文本存储，Excel 不会把它计入求和；应改为数字 ${asNumber}`);
    }
  },
});
