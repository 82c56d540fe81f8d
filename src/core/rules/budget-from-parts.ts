import { a1 } from '../address';
import { numberOf } from '../compute';
import { show } from '../decimal';
import { defineRule } from './types';

export default defineRule({
  id: 'budget-from-parts',
  severity: 'info',
  title: '年度资金总额为空或为 0，按其中各行之和计算',
  description: '项目资金栏的年度资金总额为空或为 0，而“其中”各行填有金额：预算数、执行数取其中各行之和，并说明。',
  needs: ['budget'],
  check({ form, report }) {
    const b = form.budget;
    // A form not scored yet (next year's form, a template) is being drafted: its blank total row is no finding.
    if (!b || b.fromParts.length === 0 || !form.indicators.some((x) => x.score.value.kind === 'number')) return;
    const at = b.planned ?? b.executed!;
    const rows = b.fromParts.map((p) => `${p.label}（第 ${p.row + 1} 行）`).join('、');
    const planned = numberOf(b.planned);
    const executed = numberOf(b.executed);
    const amounts = [planned && `预算数 ${show(planned)}`, executed && `执行数 ${show(executed)}`].filter(Boolean).join('、');
    report(at.row, at.col, `年度资金总额（第 ${at.row + 1} 行，${a1(at.row, at.col)}）为空或为 0，按${rows}之和计算：${amounts}；应在年度资金总额行填写合计金额`);
  },
});
