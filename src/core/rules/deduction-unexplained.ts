import { a1 } from '../address';
import { numberOf } from '../compute';
import { show } from '../decimal';
import { defineRule } from './types';

export default defineRule({
  id: 'deduction-unexplained',
  severity: 'warning',
  title: '扣分未说明原因',
  description: '指标得分低于权重，而备注（偏差原因）栏为空。',
  needs: ['weight', 'score', 'note'],
  check({ form, report }) {
    for (const x of form.indicators) {
      const weight = numberOf(x.weight);
      const score = numberOf(x.score);
      if (score === null || weight === null || !score.lessThan(weight) || x.noteCol === null || x.note !== '') continue;
      report(x.score.row, x.score.col, `指标“${x.name}”扣了 ${show(weight.minus(score))} 分（${show(score)} / ${show(weight)}），${a1(x.row, x.noteCol)} 未说明原因；应写明扣分原因`);
    }
  },
});
