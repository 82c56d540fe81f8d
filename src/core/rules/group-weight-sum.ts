import { show } from '../decimal';
import { defineRule } from './types';
import { weighting } from './weighting';

export default defineRule({
  id: 'group-weight-sum',
  severity: 'error',
  title: '一级指标权重之和与声明不符',
  description: '一级指标单元格声明的分数（如“投入与管理 (36分)”）与其下各指标权重之和不同。',
  needs: ['weight'],
  check(ctx) {
    const w = weighting(ctx);
    if (w.unweighted) return;
    for (const g of ctx.form.groups) {
      if (w.drafting && !w.isWeighted(g)) continue;
      if (g.declared && !g.weightSum.equals(g.declared) && g.at) {
        ctx.report(g.at.row, g.at.col, `一级指标“${g.name}”声明 ${show(g.declared)} 分，其下指标权重合计 ${show(g.weightSum)}；应为 ${show(g.declared)}`);
      }
    }
  },
});
