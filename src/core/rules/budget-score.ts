import { roundTo, show, showPercent } from '../decimal';
import { defineRule } from './types';

export default defineRule({
  id: 'budget-score',
  severity: 'error',
  title: '预算执行得分不符合规则',
  description: '预算执行得分与规则不符：表 B 为分值 × 执行率（执行率超过 100% 按 100%），表 A 按执行率分档。',
  check({ form, profile, figures: f, report }) {
    const score = form.budget?.score;
    if (!f || !score || f.declaredScore === null || !f.acceptedScores || !f.ruleScore) return;
    const declared = roundTo(f.declaredScore, 2);
    const basis = f.rate ?? f.declaredRate!;
    const { low, high } = f.acceptedScores;
    const ok = profile.rateScoreBands ? declared.greaterThanOrEqualTo(low) && declared.lessThanOrEqualTo(high) : declared.equals(low) || declared.equals(high);
    if (ok) return;
    if (profile.rateScoreBands) {
      const range = low.equals(high) ? `为 ${show(low)}` : `在 ${show(low)} 至 ${show(high)} 之间（按比例为 ${show(f.ruleScore)}）`;
      report(score.row, score.col, `预算执行率 ${showPercent(basis)}，按评分规则“预算执行率”得分应${range}，表中为 ${show(f.declaredScore)}`);
    } else {
      report(score.row, score.col, `预算执行率 ${showPercent(basis)}，按规则得分应为 ${show(f.ruleScore)}（分值 ${show(f.weight!)} × ${showPercent(basis)}），表中为 ${show(f.declaredScore)}`);
    }
  },
});
