import { a1 } from '../address';
import { HUNDRED, showPercent } from '../decimal';
import { rateVerdict } from './rate';
import { defineRule } from './types';

export default defineRule({
  id: 'execution-rate-precision',
  severity: 'info',
  title: '预算执行率的舍入方式不一致',
  description: '印出的执行率与计算值只差舍入（如印为整数百分比），按印出的小数位应另有写法。',
  check(ctx) {
    const v = rateVerdict(ctx);
    const at = ctx.form.budget?.rate;
    if (!v || v.kind !== 'rounding' || !at) return;
    const exact = v.rate.times(HUNDRED).toDecimalPlaces(4).toString();
    ctx.report(at.row, at.col, `执行率 ${a1(at.row, at.col)} 印为 ${showPercent(v.declared, v.places)}，实际为 ${exact}%，按 ${v.places} 位小数应为 ${showPercent(v.halfUp, v.places)}`);
  },
});
