import { numberOf } from '../compute';
import { show } from '../decimal';
import { defineRule } from './types';

export default defineRule({
  id: 'score-missing',
  severity: 'error',
  title: '有权重的指标未评分',
  description: '其他指标已评分，而某个有权重的指标得分为空。',
  needs: ['score'],
  check({ form, totals, suggestions, report }) {
    if (!totals.hasScores) return;
    for (const x of form.indicators) {
      const weight = numberOf(x.weight);
      if (weight === null || x.score.value.kind !== 'blank') continue;
      const suggestion = suggestions.get(x)!;
      const hint = suggestion.score ? `（按规则建议 ${show(suggestion.score)}）` : '';
      report(x.score.row, x.score.col, `指标“${x.name}”有权重 ${show(weight)} 但得分为空，而其他指标已评分；应填写 0 至 ${show(weight)} 之间的得分${hint}`);
    }
  },
});
