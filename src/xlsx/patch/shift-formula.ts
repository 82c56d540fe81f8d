/**
 * A shared formula's text as it reads in another cell of its group: relative references move with the cell,
 * absolute ones (`$A$1`) stay. Text in quotes, quoted sheet names and function names are left alone.
 */
import { colName, colIndex } from './cell-ref';

const TOKEN = /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])/g;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(TOKEN, (whole, str, sheet, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (str || sheet) return whole;
    const c = colAbs ? colIndex(col) : colIndex(col) + cols;
    const r = rowAbs ? Number(row) - 1 : Number(row) - 1 + rows;
    if (c < 0 || r < 0) return '#REF!';
    return `${colAbs}${colName(c)}${rowAbs}${r + 1}`;
  });
}
