/** The printed 执行率 against 执行数 / 预算数, shared by `execution-rate` and `execution-rate-precision`. */
import { Decimal, roundTo } from '../decimal';
import type { RuleContext } from './types';

/** 0.01 percentage point, as a fraction: how far a printed rate may stand from the computed one. */
const RATE_TOLERANCE = new Decimal('0.0001');

export interface RateVerdict {
  /** `wrong`: a different rate; `rounding`: the same rate rounded another way, or printed to fewer decimals. */
  kind: 'wrong' | 'rounding';
  rate: Decimal;
  declared: Decimal;
  places: number;
  halfUp: Decimal;
}

/**
 * Compared as fractions: a rate of `places` percent decimals is a fraction of `places + 2` decimals. The
 * common case, printed as rounded, settles with one rounding. Null when the printed rate is right.
 */
export function rateVerdict({ form, figures: f }: RuleContext): RateVerdict | null {
  if (!f?.rate || !f.declaredRate || !form.budget?.rate) return null;
  const { rate, declaredRate: declared, ratePlaces: places } = f;
  const halfUp = roundTo(rate, places + 2, 'half-up');
  if (halfUp.equals(declared) || roundTo(rate, places + 2, 'truncate').equals(declared)) return null;
  const closeEnough = declared.minus(rate).abs().lessThanOrEqualTo(RATE_TOLERANCE);
  const wholePercent = roundTo(rate, 2, 'half-up').equals(declared) || roundTo(rate, 2, 'truncate').equals(declared);
  return { kind: closeEnough || wholePercent ? 'rounding' : 'wrong', rate, declared, places, halfUp };
}
