import { showPercent } from '../decimal';
import { achievementRatio } from '../targets';
import { targetPhrase } from '../model';
import { defineRule } from './types';

export default defineRule({
  id: 'overachievement',
  severity: 'info',
  title: '实际值远超目标值',
  description: '正向指标的实际值达到目标值的 120% 以上，目标值可能定得偏低。',
  needs: ['target', 'actual'],
  check({ form, report }) {
    for (const x of form.indicators) {
      const ratio = achievementRatio(x.parsedTarget, x.parsedActual);
      if (!ratio || !ratio.greaterThanOrEqualTo(1.2) || x.actualCol === null) continue;
      report(x.row, x.actualCol, `指标“${x.name}”实际完成 ${x.actual}，为${targetPhrase(x)} 的 ${showPercent(ratio, 0)}，目标值可能定得偏低`);
    }
  },
});
