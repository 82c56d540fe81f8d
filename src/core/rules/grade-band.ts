import { a1 } from '../address';
import { gradeFor } from '../compute';
import { roundTo, show } from '../decimal';
import { sameGrade } from '../grades';
import { defineRule } from './types';

export default defineRule({
  id: 'grade-band',
  severity: 'error',
  title: '等级与总分不符',
  description: '印出的等级与总分按等级标准（表中说明或所选评价标准）应得的等级不同。',
  needs: ['budget', 'score', 'total'],
  check({ form, profile, totals: t, report }) {
    const g = form.grade;
    if (!g || g.value === '' || !t.hasScores) return;
    const basis = t.declared ?? t.computed;
    const expected = gradeFor(basis, form, profile);
    if (expected && !sameGrade(g.value, expected)) {
      report(g.row, g.col, `等级 ${a1(g.row, g.col)} 为“${g.value}”，总分 ${show(roundTo(basis, 2))} 按等级标准应为“${expected}”`);
    }
  },
});
