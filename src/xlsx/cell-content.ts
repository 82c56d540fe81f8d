import type ExcelJS from 'exceljs';
import type { CellValue } from '../core';

/** What an ExcelJS cell holds, as the hosts exchange it: value (a formula's cached result), formula, number format. */
export interface XlsxContent {
  value: CellValue;
  formula?: string;
  numFmt?: string;
}

/** A cell's content; the cached result stands for a formula's value, as a spreadsheet shows it. */
export function contentOfCell(cell: ExcelJS.Cell): XlsxContent {
  const v = cell.value;
  const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const content: XlsxContent = { value: null };
  if (v !== null && v !== undefined && typeof v === 'object' && !(v instanceof Date)) {
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      content.value = plainValue(f.result);
      content.formula = cell.formula || f.formula || f.sharedFormula;
    } else if ('richText' in v) content.value = v.richText.map((t) => t.text).join('');
    else if ('hyperlink' in v) content.value = (v as ExcelJS.CellHyperlinkValue).text;
    else content.value = plainValue(v);
  } else content.value = plainValue(v);
  if (numFmt && typeof content.value !== 'string') content.numFmt = numFmt;
  else if (numFmt && content.formula) content.numFmt = numFmt;
  return content;
}

export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
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
