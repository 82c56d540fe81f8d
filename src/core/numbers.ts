import { Decimal, fromNumber } from './decimal';
import type { GridCell } from './grid';
import { norm } from './text';

/**
 * A number as a person typed it: `1,505,492`, `96.41%`, `６`, `6分`, `5.2万人次`, `≥90.00(%)`, `411.00(个)`.
 * `percent` numbers are returned as fractions (96.41% → 0.9641); `places` is the number of decimals printed,
 * counted in the unit printed (96.41% has 2), which is the precision the form claims.
 */
export interface ParsedNumber {
  value: Decimal;
  percent: boolean;
  places: number;
  /** What followed the number: `分`, `次`, `人次`, `个` … ('' when nothing). */
  unit: string;
  /** The multiplier typed with it: 10000 for `5万元`, 1 when none. */
  scale: number;
}

// A number, an optional 万/亿 multiplier, then an optional unit of at most a few characters or `(%)`, `(个)`.
const NUMBER_TEXT = /^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(万|亿)?(.*)$/;
const UNIT_TEXT = /^(?:%|\(%\)|\([^()]{1,4}\)|[^\d\s.,;:()]{1,4})?$/;

/** Reads a number typed as text; null when the text is not one number (possibly with a unit). */
export function parseNumberText(text: string): ParsedNumber | null {
  const t = norm(text);
  if (t === '') return null;
  const m = NUMBER_TEXT.exec(t);
  if (!m) return null;
  const [, sign, digits, multiplier, rest] = m;
  if (!UNIT_TEXT.test(rest)) return null;
  const percent = rest === '%' || rest === '(%)';
  // Scaling by the exponent is exact and avoids a division: 96.41% → 96.41e-2.
  let value = new Decimal(`${sign}${digits.replace(/,/g, '')}${percent ? 'e-2' : ''}`);
  const dot = digits.indexOf('.');
  let places = dot < 0 ? 0 : digits.length - dot - 1;
  if (multiplier === '万') value = value.times(10_000);
  if (multiplier === '亿') value = value.times(100_000_000);
  if (multiplier) places = Math.max(0, places - (multiplier === '万' ? 4 : 8));
  const unit = percent ? '' : rest.replace(/^\((.*)\)$/, '$1');
  return { value, percent, places, unit, scale: multiplier === '万' ? 10_000 : multiplier === '亿' ? 100_000_000 : 1 };
}

/** What a numeric cell (weight, score, amount, rate) holds. */
export type NumericCell =
  | { kind: 'blank' }
  | { kind: 'number'; value: Decimal; places: number; percent: boolean; asText: boolean; floatTail: boolean; text?: string }
  | { kind: 'invalid'; text: string };

/** A number the reader takes from a label (`相关性(5 分)`) or works out (the sum of the 其中 rows): exact, in no number format. */
export function exactNumber(value: Decimal): NumericCell {
  return { kind: 'number', value, places: value.decimalPlaces(), percent: false, asText: false, floatTail: false };
}

/**
 * Reads a cell that should hold a number. A number typed as text still counts (with `asText`, since Excel
 * will not sum it); text that is no number is `invalid`. `places` comes from the number format where the
 * cell is a real number, so 0.9641 formatted `0.00%` prints 96.41% with 2 places.
 */
export function readNumericCell(cell: GridCell | undefined): NumericCell {
  const v = cell?.value;
  if (v == null || v === '') return { kind: 'blank' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v) };
    const fmt = cell?.numFmt ?? '';
    const percent = fmt !== '' && /%/.test(fmt.replace(/"[^"]*"/g, ''));
    const integer = Number.isInteger(v);
    const tail = !integer && hasFloatTail(v);
    const places = integer && !percent && fmt === '' ? 0 : formatPlaces(fmt, v, percent);
    // A tail that a fixed format (`0.00%`, `0.00`) rounds away is seen by no one: the cell shows what was meant.
    const hidden = fmt !== '' && FORMAT_PLACES.get(fmt) != null;
    return {
      kind: 'number',
      // Every rule reads the decimal a float tail stands for (0.9026000000000001 → 0.9026); a visible tail is
      // reported once, as float-artifact, quoting the cell's own value.
      value: tail ? fromNumber(v).toSignificantDigits(15) : fromNumber(v),
      ...(tail ? { text: String(v) } : {}),
      places,
      percent,
      asText: false,
      floatTail: tail && !hidden,
    };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'TRUE' : 'FALSE' };
  const text = v.trim();
  if (text === '' || /^[-—–]+$/.test(text)) return { kind: 'blank' };
  const parsed = parseNumberText(text);
  // Beyond 15 digits no spreadsheet holds a number exactly: such text is no figure of a form.
  if (!parsed || parsed.value.abs().greaterThanOrEqualTo(1e15)) return { kind: 'invalid', text };
  return { kind: 'number', ...parsed, asText: true, floatTail: hasFloatTailText(text), text };
}

const FORMAT_PLACES = new Map<string, number | null>();

/** Decimals a number format prints (`0.00%` → 2, `#,##0` → 0); for General, the decimals of the value. */
function formatPlaces(fmt: string, v: number, percent: boolean): number {
  let places = FORMAT_PLACES.get(fmt);
  if (places === undefined) {
    const section = fmt.split(';')[0].replace(/"[^"]*"/g, '');
    const m = /\.([0#?]+)/.exec(section);
    places = section === '' || /general/i.test(section) ? null : m ? m[1].length : 0;
    FORMAT_PLACES.set(fmt, places);
  }
  if (places !== null) return places;
  const text = String(v);
  const dot = text.indexOf('.');
  const decimals = /e/i.test(text) ? new Decimal(v).decimalPlaces() : dot < 0 ? 0 : text.length - dot - 1;
  return Math.max(0, decimals - (percent ? 2 : 0));
}

/**
 * True for the mark of a sum done in binary floating point: 90.78999999999999 or 0.30000000000000004 — a
 * value a few units in the last place away from a decimal with at most 6 places, which is what the sum
 * of the short decimals on a form should have been.
 */
export function hasFloatTail(v: number): boolean {
  const text = String(v);
  const dot = text.indexOf('.');
  if (dot < 0 || /e/i.test(text) || text.length - dot - 1 < 10) return false;
  const ulp = Math.abs(v) * Number.EPSILON || Number.MIN_VALUE;
  for (let places = 0; places <= 6; places++) {
    const short = Number(v.toFixed(places));
    if (short !== v && Math.abs(short - v) <= 4 * ulp) return true;
  }
  return false;
}

function hasFloatTailText(text: string): boolean {
  const t = norm(text).replace(/,/g, '');
  return /^[+-]?\d+\.\d{10,}$/.test(t) && hasFloatTail(Number(t));
}
