import type ExcelJS from 'exceljs';
import type { CellEdit } from '../core';
import { writeContent } from './cell-content';

/**
 * Applies edits to a loaded workbook, all or none: every target cell is first checked to still hold what
 * the preview showed, so a file changed in between is refused rather than half written.
 */
export function applyEdits(workbook: ExcelJS.Workbook, edits: readonly CellEdit[]): void {
  const targets = edits.map((edit) => {
    const ws = workbook.getWorksheet(edit.sheet);
    if (!ws) throw new Error(`找不到工作表“${edit.sheet}”，未写入任何单元格`);
    const cell = ws.getCell(edit.row + 1, edit.col + 1);
    const now = currentValue(cell);
    if (now !== (edit.current.value ?? null) && !(edit.current.formula && cell.formula)) {
      throw new Error(`单元格 ${edit.sheet}!${edit.cell} 已被修改（现为“${now ?? ''}”，预览时为“${edit.current.value ?? ''}”），未写入任何单元格`);
    }
    return { cell, edit };
  });
  for (const { cell, edit } of targets) writeContent(cell, { value: edit.next, numFmt: edit.numFmt });
}

function currentValue(cell: ExcelJS.Cell): string | number | boolean | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('formula' in v || 'sharedFormula' in v) return (v as ExcelJS.CellFormulaValue).result as number;
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    return String(v);
  }
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
}
