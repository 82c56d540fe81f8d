/** How a form's weights add up, shared by the weight rules. */
import { numberOf } from '../compute';
import { type Decimal, sum, ZERO } from '../decimal';
import type { Group } from '../model';
import type { RuleContext } from './types';

export interface Weighting {
  /** A form with no score yet is being drafted (a template): only the groups already weighted are checked. */
  drafting: boolean;
  /** No indicator has a weight: nothing to check. */
  unweighted: boolean;
  isWeighted(g: Group): boolean;
  budgetWeight: Decimal;
  /** All weights, the budget 分值 included on form B. */
  all: Decimal;
}

export function weighting({ form, figures, totals }: RuleContext): Weighting {
  const isWeighted = (g: Group) => g.indicators.some((x) => numberOf(x.weight) !== null);
  const drafting = !totals.hasScores && !form.groups.every(isWeighted);
  // A table with no rows at all (a page cut under its header) has no weights either; a template's group cells do.
  const unweighted = (form.indicators.length > 0 || form.groups.length === 0) && !form.indicators.some((x) => numberOf(x.weight) !== null);
  const budgetWeight = form.family === 'mof-2020' ? figures?.weight ?? ZERO : ZERO;
  const all = sum(form.groups.map((g) => g.weightSum)).plus(budgetWeight);
  return { drafting, unweighted, isWeighted, budgetWeight, all };
}
