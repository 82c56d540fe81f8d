import { defineRule } from './types';
import { weighting } from './weighting';

export default defineRule({
  id: 'group-missing',
  severity: 'warning',
  title: '缺少标准一级指标',
  description: '表中没有所选评价标准规定的某个一级指标（如“满意度指标”）。',
  groups: 'first',
  check(ctx) {
    const { form, profile, report } = ctx;
    if (weighting(ctx).unweighted) return;
    const present = new Set(form.groups.map((g) => g.name));
    for (const standard of profile.scheme?.groups ?? []) {
      if (!present.has(standard.name) && !standard.aliases.some((a) => present.has(a))) {
        report(form.headerRow, form.groupCol, `缺少一级指标“${standard.name}”（${profile.scheme!.title} 体系）`);
      }
    }
    for (const standard of profile.groups) {
      if (!present.has(standard.name)) {
        report(form.headerRow, form.groupCol, `缺少标准一级指标“${standard.name}”（${profile.id} 标准权重 ${standard.weight}）`);
      }
    }
  },
});
