import { a1 } from '../address';
import { roundTo, show } from '../decimal';
import { defineRule } from './types';

export default defineRule({
  id: 'total-sum',
  severity: 'error',
  title: '总分不等于各项得分之和',
  description: '印出的总分与各项得分之和（表 B 含预算执行得分）不同。',
  needs: ['budget', 'score', 'total'],
  check({ form, totals: t, figures: f, report }) {
    if (!form.total || t.declared === null || !t.hasScores) return;
    const declared = roundTo(t.declared, 2);
    const computed = roundTo(t.computed, 2);
    if (declared.equals(computed)) return;
    const at = form.total.score;
    const budgetPart = form.family === 'mof-2020' && f?.declaredScore ? `（含预算执行得分 ${show(f.declaredScore)}）` : '';
    report(at.row, at.col, `总分 ${a1(at.row, at.col)} 为 ${show(declared)}，各项得分之和为 ${show(computed)}${budgetPart}；应为 ${show(computed)}`);
  },
});
