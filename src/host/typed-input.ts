import { linkFormula, type CellWrite, type ReportCell } from './spreadsheet-host';

/**
 * A value as Excel and WPS must receive it to store it unchanged. Both parse text written to a cell as if it
 * were typed: `001`, `12%`, `2024-01-01`, `1/2`, `=x`, `TRUE` would become numbers, dates, formulas or booleans.
 * Any text starting like a number, a sign or a formula, or reading as a boolean, gets the apostrophe that keeps
 * it text (on text that would have stayed text anyway it changes nothing), so that undo gives text back as
 * text. An error literal (`#N/A`) is left to become the error it was read as.
 */
export function typedInput(value: CellWrite['value']): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  const looksTyped = /^[=+\-@']/.test(value) || /^\s*[(（]?\s*[¥￥$€£]?\s*[\d.]/.test(value) || /^\s*(true|false)\s*$/i.test(value);
  return looksTyped ? `'${value}` : value;
}

/** A cell of the reviewer's sheet as Excel and WPS take it in a bulk formula assignment. */
export function reportInput(cell: ReportCell | undefined): string | number | boolean {
  if (cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'string') return typedInput(cell);
  return `=${linkFormula(cell.text, cell.link)}`;
}

/**
 * Whether what Excel's `formulas` or ET's `Formula` reports is a formula. It starts with `=`; but so does text
 * typed with an apostrophe (`'=100%`, a target written as text), which both return without the apostrophe:
 * such text is its own value. (A formula whose result is its own text does not occur.)
 */
export function isFormula(value: unknown, formula: unknown): boolean {
  return typeof formula === 'string' && formula.length > 1 && formula.startsWith('=') && formula !== value;
}
