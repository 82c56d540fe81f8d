import DecimalJs from 'decimal.js';

/**
 * The one decimal type of the engine. A private clone so that the host application's own Decimal settings
 * (if it uses decimal.js too) never change how a score is rounded here.
 */
// 20 significant digits hold any amount on a form (10^12 元 to the fen) with room for a rate's rounding.
export const Decimal = DecimalJs.clone({ precision: 20, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = DecimalJs;

export type Rounding = 'half-up' | 'truncate';

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

// Decimals are immutable, so the small whole numbers that fill forms (weights 0–100) can be shared.
const SMALL_INTEGERS = Array.from({ length: 101 }, (_, i) => new Decimal(i));
const SMALL_INTEGER_VALUES = new Map(SMALL_INTEGERS.map((d, i) => [d, i]));

/** A decimal from a cell's number: exact, since a short decimal's double prints back as that decimal. */
export function fromNumber(value: number): Decimal {
  return Number.isInteger(value) && value >= 0 && value <= 100 ? SMALL_INTEGERS[value] : new Decimal(value);
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
  const small = SMALL_INTEGER_VALUES.get(value);
  if (small !== undefined) return small;
  // Most weights and scores already fit; only longer values need rounding (half up, as toFixed does here).
  // Either way the number is parsed from decimal text, so its shortest form carries no binary tail.
  return value.decimalPlaces() <= places ? value.toNumber() : Number(value.toFixed(places));
}

/** Shortest text for a decimal: `6.04`, `10`, `0.5`. */
export function show(value: Decimal, places?: number): string {
  return (places === undefined ? value : roundTo(value, places)).toString();
}

/** A fraction shown as a percentage with fixed decimals: 0.6037 → `60.37%`. */
export function showPercent(fraction: Decimal, places = 2): string {
  return `${fraction.times(HUNDRED).toFixed(places)}%`;
}
