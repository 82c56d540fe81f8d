import DecimalJs from 'decimal.js';

/**
 * The one decimal type of the engine. A private clone so that the host application's own Decimal settings
 * (if it uses decimal.js too) never change how a score is rounded here.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = DecimalJs;

export type Rounding = 'half-up' | 'truncate';

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

export function dec(value: number | string | Decimal): Decimal {
  return new Decimal(value);
}

/** Rounds to `places` decimals by the given convention. */
export function roundTo(value: Decimal, places: number, rounding: Rounding = 'half-up'): Decimal {
  return value.toDecimalPlaces(places, rounding === 'half-up' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

/** A JSON number at the given precision: built from the decimal string, so it carries no binary tail. */
export function toJsonNumber(value: Decimal | null | undefined, places: number): number | null {
  if (value == null) return null;
  return Number(roundTo(value, places).toString());
}

/** Shortest text for a decimal: `6.04`, `10`, `0.5`. */
export function show(value: Decimal, places?: number): string {
  return (places === undefined ? value : roundTo(value, places)).toString();
}

/** A fraction shown as a percentage with fixed decimals: 0.6037 → `60.37%`. */
export function showPercent(fraction: Decimal, places = 2): string {
  return `${fraction.times(HUNDRED).toFixed(places)}%`;
}
