import { Decimal, show } from '../decimal';
import { defineRule } from './types';
import { weighting } from './weighting';

export default defineRule({
  id: 'group-weight-standard',
  severity: 'warning',
  title: '一级指标权重与标准不同',
  description: '权重合计为 100，但一级指标的权重与所选评价标准不同（可能经批准调整，请确认）。',
  needs: ['budget', 'weight'],
  groups: 'first',
  check(ctx) {
    const { form, profile, report } = ctx;
    const w = weighting(ctx);
    // A scheme without one standard of weights (they vary by region) has nothing to compare with.
    if (w.unweighted || !w.all.equals(100) || profile.scheme) return;
    const actual = form.groups.filter((g) => g.name !== '').map((g) => ({ name: g.name, weight: g.declared ?? g.weightSum }));
    const differs = actual.some((g) => {
      const standard = profile.groups.find((s) => s.name === g.name);
      return !standard || !g.weight.equals(standard.weight);
    });
    const anchor = form.groups.find((g) => g.at)?.at;
    if (differs && anchor) {
      const list = (items: { name: string; weight: Decimal | number }[]) => items.map((g) => `${g.name} ${show(new Decimal(g.weight))}`).join('、');
      report(anchor.row, anchor.col, `一级指标权重为 ${list(actual)}，与 ${profile.id} 标准（${list(profile.groups)}）不同，请确认是否经批准调整`);
    }
  },
});
