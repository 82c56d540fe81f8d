import { numberOf } from '../compute';
import { roundTo, show } from '../decimal';
import { targetPhrase } from '../model';
import { defineRule } from './types';

export default defineRule({
  id: 'score-rule',
  severity: 'info',
  title: '得分与按规则计算的建议分不同',
  description: '目标值与实际值都是数字时，按比例规则算出的得分与表中得分不同。',
  needs: ['target', 'actual', 'weight', 'score'],
  check({ form, suggestions, report }) {
    for (const x of form.indicators) {
      const score = numberOf(x.score);
      const suggestion = suggestions.get(x)!;
      if (score === null || !suggestion.quantitative || !suggestion.score) continue;
      if (score.equals(suggestion.score) || roundTo(score, 2).equals(suggestion.score)) continue;
      report(x.score.row, x.score.col, `指标“${x.name}”${targetPhrase(x)}、实际 ${x.actual}，按规则得分应为 ${show(suggestion.score)}，表中为 ${show(score)}`);
    }
  },
});
