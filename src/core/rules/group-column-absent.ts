import { a1 } from '../address';
import { defineRule } from './types';
import { weighting } from './weighting';

/**
 * A table with no 一级指标 column (Chongqing's 部门整体绩效自评表 lists its indicators under 指标名称 alone) has no
 * first-level groups to check: the rules that read them are skipped, and this says which, rather than reporting
 * every standard group missing or every row's 一级指标 blank.
 */
export default defineRule({
  id: 'group-column-absent',
  severity: 'info',
  title: '指标表没有一级指标列',
  description: '指标表没有一级指标列（只列指标名称，或只有二级指标）：依赖一级指标的检查无从做起，未做，并列出是哪几条。',
  check(ctx) {
    const { form, ungrouped, report } = ctx;
    // A form with no weights has no group check to make in any case.
    if (form.groupLevel === 1 || ungrouped.length === 0 || weighting(ctx).unweighted) return;
    const rules = ungrouped.map((r) => `${r.title}（${r.id}）`).join('、');
    // At the column the groups were read from (二级指标), or where there is none, the indicators' names.
    const [col, how] = form.groupLevel === 2 ? [form.groupCol, '指标按二级指标分组'] : [form.indicators[0]?.nameCol ?? form.left, '各指标不分组'];
    report(form.headerRow, col, `从 ${a1(form.headerRow, col)} 起的指标表没有一级指标列，${how}，因此未检查：${rules}；如表式本有一级指标，请加上这一列`);
  },
});
