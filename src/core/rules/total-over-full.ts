import { a1 } from '../address';
import { HUNDRED, roundTo, show } from '../decimal';
import { defineRule } from './types';

export default defineRule({
  id: 'total-over-full',
  severity: 'error',
  title: '总分超过满分 100',
  description: '没有逐项权重列的表，印出的总分或各项得分之和超过满分 100（有权重的表由权重与得分范围的规则把关）。',
  needs: ['budget', 'score'],
  check({ form, totals: t, report }) {
    if (form.parts.weight !== 'absent' || !t.hasScores) return;
    const declared = t.declared !== null ? roundTo(t.declared, 2) : null;
    const computed = roundTo(t.computed, 2);
    const over = declared !== null && declared.greaterThan(HUNDRED) ? declared : computed.greaterThan(HUNDRED) ? computed : null;
    if (!over) return;
    const at = form.total?.score ?? { row: form.headerRow, col: form.scoreCol };
    const parts = declared !== null && !declared.equals(computed) ? `，各项得分之和为 ${show(computed)}` : '';
    const where = form.total ? `总分 ${a1(at.row, at.col)} 为 ${show(declared ?? computed)}` : `各项得分之和为 ${show(computed)}`;
    report(at.row, at.col, `${where}${parts}，超过满分 100；应不超过 100，请核对各项得分`);
  },
});
