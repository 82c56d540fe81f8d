/**
 * What ET hands back, made into what the engine reads: array shapes that differ between builds, errors as
 * numeric codes, colours as BGR integers, "General" under two names. Pure functions, no object model.
 */
import type { CellValue } from '../core/grid';
import { isFormula } from '../host/typed-input';
import type { CellContent } from '../host/spreadsheet-host';

/**
 * Formula errors as `Value2` returns them: VBA's CVErr values, i.e. the HRESULT 0x800A0000 + the xlErr code,
 * as a signed 32-bit number (#DIV/0! is xlErrDiv0 2007 → -2146826281).
 */
const CVERR: Readonly<Record<number, string>> = {
  [-2146826281]: '#DIV/0!',
  [-2146826246]: '#N/A',
  [-2146826259]: '#NAME?',
  [-2146826288]: '#NULL!',
  [-2146826252]: '#NUM!',
  [-2146826265]: '#REF!',
  [-2146826273]: '#VALUE!',
};

/**
 * A bulk `Value2` or `Formula` as rows × cols: a 2-D array as it is; a 1-D array (some builds, for one row or
 * one column) by the range's shape; a scalar (one cell) in a 1 × 1 grid. Missing cells read as undefined.
 */
export function matrix(raw: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [];
  if (Array.isArray(raw[0])) return raw as unknown[][];
  if (rows === 1) return [raw];
  if (cols === 1) return raw.map((v) => [v]);
  // A flat array for a block (not seen on any build): read row by row rather than lose cells.
  return Array.from({ length: rows }, (_, r) => raw.slice(r * cols, r * cols + cols));
}

/**
 * A cell's value as the engine reads it. A CVErr code is an error only where the cell shows one: its
 * `Formula` is a formula, or is the error typed as a constant; a number that merely equals a code stays a
 * number. Dates stay serial numbers, as in the cell. Blank (null, undefined, '') is null.
 */
export function cellValue(value: unknown, formula?: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    const error = CVERR[value];
    const f = typeof formula === 'string' ? formula : undefined;
    if (error && (f === undefined || isFormula(value, f) || f === error)) return error;
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** "General" is spelled `General`, or `G/通用格式` on Chinese builds; either means no format of its own. */
export function numFmtOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw === '' || raw === 'General' || raw === 'G/通用格式') return undefined;
  return raw;
}


/** A cell as ET reports it: `Formula` holds `=…` for a formula, else the constant as text. */
export function contentOf(value: unknown, formula: unknown, numFmt: unknown): CellContent {
  const content: CellContent = { value: cellValue(value, formula) };
  if (isFormula(value, formula)) content.formula = (formula as string).slice(1);
  const fmt = numFmtOf(numFmt);
  if (fmt) content.numFmt = fmt;
  return content;
}

/** `#RRGGBB` → ET's BGR integer (red is 0x0000FF). */
export function bgrOf(hex: string): number {
  const rgb = parseInt(hex.replace('#', ''), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** ET's BGR integer → `#RRGGBB`. */
export function hexOf(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, '0').toUpperCase()}`;
}
