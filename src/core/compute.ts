import { Decimal, HUNDRED, min, ONE, roundTo, sum, ZERO } from './decimal';
import { gradeOf } from './grades';
import type { BudgetBlock, EvaluationForm, Indicator, NumberAt } from './model';
import type { Profile } from './profiles';
import { suggestScore, type Suggestion } from './targets';

export function numberOf(at: NumberAt | null | undefined): Decimal | null {
  return at && at.value.kind === 'number' ? at.value.value : null;
}

export interface BudgetFigures {
  /** 执行数 / 预算数, unrounded; null without both amounts. */
  rate: Decimal | null;
  /** The printed rate as a fraction, and how many decimals of percent it prints. */
  declaredRate: Decimal | null;
  ratePlaces: number;
  weight: Decimal | null;
  declaredScore: Decimal | null;
  /** The rule's score by the profile's rounding, and the set of scores the checker accepts. */
  ruleScore: Decimal | null;
  acceptedScores: { low: Decimal; high: Decimal } | null;
}

export function declaredRateOf(budget: BudgetBlock): { value: Decimal | null; places: number } {
  const v = budget.rate?.value;
  if (!v || v.kind !== 'number') return { value: null, places: 2 };
  // `98.52` in an `执行率(%)` column or 0.9852 formatted `0.00%`: both print percent with 2 places.
  // A rate is judged at what its cell displays: 0.9026000000000001 formatted `0.00%` is 90.26%.
  if (budget.ratePoints) return { value: v.value.toDecimalPlaces(v.places).dividedBy(HUNDRED), places: v.places };
  const places = v.percent ? v.places : Math.max(0, v.places - 2);
  return { value: v.value.toDecimalPlaces(places + 2), places };
}

export function budgetFigures(form: EvaluationForm, profile: Profile): BudgetFigures | null {
  const b = form.budget;
  if (!b) return null;
  const planned = numberOf(b.planned);
  const executed = numberOf(b.executed);
  const rate = planned && executed && planned.greaterThan(0) ? executed.dividedBy(planned) : null;
  const declared = declaredRateOf(b);
  const weight = numberOf(b.weight);
  const basis = rate ?? declared.value;
  let ruleScore: Decimal | null = null;
  let acceptedScores: BudgetFigures['acceptedScores'] = null;
  if (basis && weight) {
    if (profile.rateScoreBands) {
      const range = bandScoreRange(basis, weight, profile);
      ruleScore = range.linear;
      acceptedScores = { low: range.low, high: range.high };
    } else {
      const exact = weight.times(min(basis, ONE));
      ruleScore = roundTo(exact, 2, profile.rounding);
      const a = roundTo(exact, 2, 'half-up');
      const t = roundTo(exact, 2, 'truncate');
      acceptedScores = { low: Decimal.min(a, t), high: Decimal.max(a, t) };
    }
  }
  return {
    rate,
    declaredRate: declared.value,
    ratePlaces: declared.places,
    weight,
    declaredScore: numberOf(b.score),
    ruleScore,
    acceptedScores,
  };
}

/** Form A: the score range of the rate's band, and the linear score inside it (80% → 6, 85% → 7). */
export function bandScoreRange(rate: Decimal, weight: Decimal, profile: Profile): { low: Decimal; high: Decimal; linear: Decimal } {
  const bands = profile.rateScoreBands!;
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (rate.lessThan(band.minRate)) continue;
    const low = weight.times(band.from);
    const high = weight.times(band.to);
    const upper = i > 0 ? new Decimal(bands[i - 1].minRate) : null;
    const share = upper && upper.greaterThan(band.minRate) ? rate.minus(band.minRate).dividedBy(upper.minus(band.minRate)) : ZERO;
    return { low, high, linear: roundTo(low.plus(high.minus(low).times(share)), 2, profile.rounding) };
  }
  return { low: ZERO, high: ZERO, linear: ZERO };
}

/** The rule-based score suggestion of each indicator (form B); null where there is no rule. */
export function suggestionOf(x: Indicator, profile: Profile): Suggestion {
  const weight = numberOf(x.weight);
  if (!weight) return { score: null, quantitative: false };
  return suggestScore(x.parsedTarget, x.parsedActual, weight, profile.reverseRule);
}

export interface Totals {
  /** The sum of the printed parts. */
  computed: Decimal;
  /** The rule-based budget score plus each printed score, or its suggestion where none is printed. */
  suggested: Decimal;
  declared: Decimal | null;
  hasScores: boolean;
}

export function totals(form: EvaluationForm, figures: BudgetFigures | null, suggestions: Map<Indicator, Suggestion>): Totals {
  const isFormB = form.family === 'mof-2020'; // the form's layout, not the profile chosen, says whether the budget score is a line of its own
  const budgetLine = isFormB ? figures : null;
  const printedSum = sum(form.groups.map((g) => g.scoreSum));
  const hasScores = form.indicators.some((x) => x.score.value.kind === 'number') || (budgetLine?.declaredScore ?? null) !== null;
  const computed = printedSum.plus(budgetLine?.declaredScore ?? ZERO);
  // The suggested total starts from the printed scores and changes only what the rules fill in or correct.
  let suggested = printedSum.plus(budgetLine?.ruleScore ?? ZERO);
  for (const x of form.indicators) {
    const printed = numberOf(x.score);
    const isRateIndicator = !isFormB && form.budget?.score != null && x.row === form.budget.score.row;
    if (isRateIndicator && figures?.acceptedScores && figures.ruleScore) {
      // Form A's 预算执行率 score counts as printed while it stays inside its band, else by the rule.
      const inBand = printed !== null && printed.greaterThanOrEqualTo(figures.acceptedScores.low) && printed.lessThanOrEqualTo(figures.acceptedScores.high);
      if (!inBand) suggested = suggested.minus(printed ?? ZERO).plus(figures.ruleScore);
    } else if (printed === null) {
      const s = suggestions.get(x)?.score;
      if (s) suggested = suggested.plus(s);
    }
  }
  return { computed, suggested, declared: numberOf(form.total?.score), hasScores };
}

export function bandsOf(form: EvaluationForm, profile: Profile) {
  return form.bands ?? profile.bands;
}

export function gradeFor(total: Decimal, form: EvaluationForm, profile: Profile): string | null {
  return gradeOf(roundTo(total, 2), bandsOf(form, profile));
}
