import { a1 } from '../address';
import { numberOf } from '../compute';
import { show, showPercent } from '../decimal';
import { rateVerdict } from './rate';
import { defineRule } from './types';

export default defineRule({
  id: 'execution-rate',
  severity: 'error',
  title: '预算执行率计算错误',
  description: '印出的执行率与 执行数 / 预算数 相差超过 0.01 个百分点，且不是按整数百分比舍入的结果。',
  check(ctx) {
    const v = rateVerdict(ctx);
    const b = ctx.form.budget;
    if (!v || v.kind !== 'wrong' || !b?.rate) return;
    const at = b.rate;
    ctx.report(at.row, at.col, `执行率 ${a1(at.row, at.col)} 为 ${showPercent(v.declared, v.places)}，按执行数 ${show(numberOf(b.executed)!)} / 预算数 ${show(numberOf(b.planned)!)} 计算应为 ${showPercent(v.rate, 2)}`);
  },
});
