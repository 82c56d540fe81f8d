import type ExcelJS from 'exceljs';
import type { CellValue, GridCell } from '../core';

/**
 * A cell's content as the hosts exchange it: the value (for a formula, its cached result, as a spreadsheet
 * shows it), the formula, and the number format (which means nothing to plain text).
 */
export function contentOfCell(cell: ExcelJS.Cell): GridCell {
  const v = cell.value;
  const content: GridCell = { value: null };
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    content.value = plainValue(f.result);
    content.formula = cell.formula || f.formula || f.sharedFormula;
  } else if (v && typeof v === 'object' && 'richText' in v) content.value = v.richText.map((t) => t.text).join('');
  else if (v && typeof v === 'object' && 'hyperlink' in v) content.value = (v as ExcelJS.CellHyperlinkValue).text;
  else content.value = plainValue(v);
  if (cell.numFmt && cell.numFmt !== 'General' && (typeof content.value !== 'string' || content.formula)) content.numFmt = cell.numFmt;
  return content;
}

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  // An empty or malformed <v> of a number cell comes out of ExcelJS as NaN: the cell holds nothing, and NaN ≠ NaN
  // would make every later comparison of it fail.
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'error' in v) return String((v as { error: string }).error);
  return String(v);
}

/**
 * Puts content into a cell. A formula keeps the value as its cached result, so the sheet reads the same
 * before a spreadsheet recalculates it; a number format goes on the cell's own style.
 */
export function writeContent(cell: ExcelJS.Cell, content: { value: CellValue; formula?: string; numFmt?: string }): void {
  cell.value = content.formula ? ({ formula: content.formula, result: content.value ?? undefined } as ExcelJS.CellFormulaValue) : content.value;
  if (content.numFmt !== undefined) setStyle(cell, { numFmt: content.numFmt });
}

/**
 * Changes one cell's style. ExcelJS shares one style object between the cells that had the same style in
 * the file, so assigning `cell.numFmt` or `cell.fill` would change every one of them: give the cell its own.
 */
export function setStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style, ...patch };
  for (const key of Object.keys(patch) as (keyof ExcelJS.Style)[]) if (patch[key] === undefined) delete style[key];
  cell.style = style as ExcelJS.Style;
}

/** `#RRGGBB` as ExcelJS's opaque ARGB. */
export function argbOf(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/** A solid fill of a `#RRGGBB` colour. */
export function solidFill(color: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(color) } };
}

/** A solid fill's colour as `#RRGGBB`; no fill (or one with no plain colour, such as a theme colour) is null. */
export function hexOfFill(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}
