import { defineRule } from './types';
import { weighting } from './weighting';

export default defineRule({
  id: 'level-blank',
  severity: 'warning',
  title: '指标层级为空',
  description: '指标行的一级指标单元格为空，且上方没有可延续的一级指标（本引擎新增的规则）。',
  groups: 'first',
  check(ctx) {
    const { form, report } = ctx;
    if (weighting(ctx).unweighted) return;
    for (const x of form.indicators) {
      if (x.group === '') report(x.row, form.groupCol, `指标“${x.name || '（无名称）'}”的一级指标为空；应填写它所属的一级指标`);
    }
  },
});
