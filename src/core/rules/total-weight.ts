import { numberOf } from '../compute';
import { show } from '../decimal';
import { defineRule } from './types';
import { weighting } from './weighting';

export default defineRule({
  id: 'total-weight',
  severity: 'error',
  title: '权重合计不为 100',
  description: '全部权重（表 B 含预算执行分值）之和不为 100，或合计行印出的权重与各项之和不同。',
  needs: ['budget', 'weight'],
  check(ctx) {
    const { form, report } = ctx;
    const w = weighting(ctx);
    // While drafting, the total is checked only once every group has its weights.
    if (w.unweighted || w.drafting) return;
    const declaredTotal = numberOf(form.total?.weight);
    const where = form.total?.weight ?? { row: form.headerRow, col: form.weightCol };
    const withBudget = w.budgetWeight.isZero() ? '' : `（含预算执行分值 ${show(w.budgetWeight)}）`;
    if (!w.all.equals(100)) {
      report(where.row, where.col, `全部权重合计 ${show(w.all)}${withBudget}；应为 100`);
    } else if (declaredTotal && !declaredTotal.equals(w.all)) {
      report(where.row, where.col, `合计行的权重为 ${show(declaredTotal)}，各项权重之和为 ${show(w.all)}${withBudget}；应为 ${show(w.all)}`);
    }
  },
});
