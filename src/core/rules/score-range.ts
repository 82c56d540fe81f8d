import { numberOf } from '../compute';
import { show } from '../decimal';
import { defineRule } from './types';

export default defineRule({
  id: 'score-range',
  severity: 'error',
  title: '得分超出 0 至权重的范围',
  description: '指标得分小于 0 或大于它的权重（分值）。',
  needs: ['weight', 'score'],
  check({ form, report }) {
    for (const x of form.indicators) {
      const weight = numberOf(x.weight);
      const score = numberOf(x.score);
      const at = x.score;
      if (score !== null && weight !== null && (score.isNegative() || score.greaterThan(weight))) {
        report(at.row, at.col, `指标“${x.name}”的得分 ${show(score)} 超出 0 至 ${show(weight)} 的范围；应在 0 至 ${show(weight)} 之间`);
      } else if (score !== null && score.isNegative()) {
        report(at.row, at.col, `指标“${x.name}”的得分 ${show(score)} 小于 0；应在 0 至权重之间`);
      }
    }
  },
});
