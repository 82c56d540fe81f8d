import { show } from '../decimal';
import { defineRule } from './types';
import { weighting } from './weighting';

export default defineRule({
  id: 'group-weight-sum',
  severity: 'error',
  title: '一级指标权重之和与声明不符',
  description: '一级指标单元格声明的分数（如“投入与管理 (36分)”）与其下各指标权重之和不同。',
  needs: ['weight'],
  groups: 'any',
  check(ctx) {
    const w = weighting(ctx);
    if (w.unweighted) return;
    // A table with no 一级指标 column groups by its 二级指标, whose labels may declare points as well.
    const level = ctx.form.groupLevel === 2 ? '二级' : '一级';
    for (const g of ctx.form.groups) {
      if (w.drafting && !w.isWeighted(g)) continue;
      if (g.declared && !g.weightSum.equals(g.declared) && g.at) {
        ctx.report(g.at.row, g.at.col, `${level}指标“${g.name}”声明 ${show(g.declared)} 分，其下指标权重合计 ${show(g.weightSum)}；应为 ${show(g.declared)}`);
      }
    }
  },
});
