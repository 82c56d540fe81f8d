import { a1 } from '../address';
import { show, showPercent } from '../decimal';
import { describeCell, numericCells } from './cells';
import { defineRule } from './types';

export default defineRule({
  id: 'float-artifact',
  severity: 'warning',
  title: '数字带有浮点尾数',
  description: '单元格的值带有二进制浮点尾数（如 90.78999999999999），通常是公式求和留下的，应改为它要表示的短小数。',
  check({ form, report }) {
    for (const cell of numericCells(form)) {
      const [at] = cell;
      const v = at?.value;
      if (!at || v?.kind !== 'number' || !v.floatTail) continue;
      // The decimal the tail came from (15 significant digits hold it), never a rounding to fewer places.
      const meant = v.value.toSignificantDigits(15);
      const shown = v.percent ? `${show(meant)}（${showPercent(meant, Math.max(0, meant.decimalPlaces() - 2))}）` : show(meant);
      report(at.row, at.col, `${describeCell(form, cell)}（${a1(at.row, at.col)}）为 ${v.text ?? v.value.toString()}，带有二进制浮点尾数；应为 ${shown}`);
    }
  },
});
