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
    if (!b || b.fromParts.length === 0) return;
    const at = b.planned ?? b.executed!;
    const rows = b.fromParts.map((p) => `${p.label}（第 ${p.row + 1} 行）`).join('、');
    const amounts = [b.planned && `预算数 ${show(numberOf(b.planned)!)}`, b.executed && `执行数 ${show(numberOf(b.executed)!)}`].filter(Boolean).join('、');
    report(at.row, at.col, `年度资金总额（第 ${at.row + 1} 行，${a1(at.row, at.col)}）为空或为 0，按${rows}之和计算：${amounts}；应在年度资金总额行填写合计金额`);
  },
});
