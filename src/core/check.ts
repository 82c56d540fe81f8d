/** Runs every rule of `rules/` over one form, with the figures they share computed once. */
import { a1 } from './address';
import { budgetFigures, type BudgetFigures, suggestionOf, totals, type Totals } from './compute';
import type { EvaluationForm, Indicator, Part } from './model';
import type { Profile } from './profiles';
import { RULE_LIST, type Finding, type Rule, type RuleContext } from './rules';
import type { Suggestion } from './targets';

/** Everything the checker found on one form, with the figures it computed on the way. */
export interface FormCheck {
  findings: Finding[];
  figures: BudgetFigures | null;
  totals: Totals;
  /** Each indicator's rule-based suggestion, computed once for the checks, the report and the edits. */
  suggestions: Map<Indicator, Suggestion>;
}

export function checkForm(form: EvaluationForm, profile: Profile): FormCheck {
  const findings: Finding[] = [];
  const figures = budgetFigures(form, profile);
  const suggestions = new Map(form.indicators.map((x) => [x, suggestionOf(x, profile)]));
  const t = totals(form, figures, suggestions);
  const skipped = new Map<Part, Rule[]>();
  const ungrouped: Rule[] = [];
  for (const rule of RULE_LIST) {
    if ((rule.groups === 'first' && form.groupLevel !== 1) || (rule.groups === 'any' && form.groupLevel === null)) {
      ungrouped.push(rule);
      continue;
    }
    const unread = rule.needs?.filter((p) => form.parts[p] === 'unread') ?? [];
    if (unread.length > 0) {
      for (const p of unread) skipped.set(p, [...(skipped.get(p) ?? []), rule]);
      continue;
    }
    const ctx: RuleContext = {
      form,
      profile,
      figures,
      totals: t,
      suggestions,
      skipped,
      ungrouped,
      report: (row, col, message) =>
        findings.push({ rule: rule.id, severity: rule.severity, sheet: form.sheet, row, col, cell: a1(row, col), message: bounded(message) }),
    };
    rule.check(ctx);
  }
  findings.sort((a, b) => a.row - b.row || a.col - b.col || a.rule.localeCompare(b.rule));
  return { findings, figures, totals: t, suggestions };
}

/** A message quotes cells: a run of 40 characters without a space or mark (50 MB of digits) is cut short. */
function bounded(message: string): string {
  return message.replace(/[^\s，。；：、“”（）]{41,}/g, (run) => `${run.slice(0, 20)}…（共 ${run.length} 个字符）`);
}
