import { a1 } from '../address';
import { numberOf } from '../compute';
import { show } from '../decimal';
import { defineRule } from './types';

export default defineRule({
  id: 'budget-score-missing',
  severity: 'error',
  title: '预算执行得分为空',
  description: '项目资金栏有分值，得分却为空，而指标已评分：总分因此少了预算执行的分数。',
  needs: ['budget'],
  check({ form, figures: f, report }) {
    const b = form.budget;
    if (form.family !== 'mof-2020' || !b?.score || b.score.value.kind !== 'blank') return;
    // A form not scored yet (a blank template) is being drafted: only a form with scores misses this one.
    if (!form.indicators.some((x) => x.score.value.kind === 'number')) return;
    const weight = numberOf(b.weight);
    if (!weight || weight.isZero()) return;
    const hint = f?.ruleScore ? `，按执行率应为 ${show(f.ruleScore)}` : '';
    report(b.score.row, b.score.col, `预算执行得分 ${a1(b.score.row, b.score.col)} 为空，而分值为 ${show(weight)}；应填写 0 至 ${show(weight)} 之间的得分${hint}`);
  },
});
