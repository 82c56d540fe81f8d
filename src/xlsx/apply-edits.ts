import type ExcelJS from 'exceljs';
import type { CellEdit } from '../core';
import { sameContent } from '../host/spreadsheet-host';
import { contentOfCell, writeContent } from './cell-content';

/**
 * Applies edits to a loaded workbook, all or none: every target cell is first checked to still hold what
 * the preview showed, so a file changed in between is refused rather than half written.
 */
export function applyEdits(workbook: ExcelJS.Workbook, edits: readonly CellEdit[]): void {
  const targets = edits.map((edit) => {
    const ws = workbook.getWorksheet(edit.sheet);
    if (!ws) throw new Error(`找不到工作表“${edit.sheet}”，未写入任何单元格`);
    const cell = ws.getCell(edit.row + 1, edit.col + 1);
    const now = contentOfCell(cell);
    if (!sameContent(now, edit.current)) {
      throw new Error(`单元格 ${edit.sheet}!${edit.cell} 已被修改（现为“${now.formula ? `=${now.formula}` : now.value ?? ''}”，预览时为“${edit.current.value ?? ''}”），未写入任何单元格`);
    }
    return { cell, edit };
  });
  for (const { cell, edit } of targets) writeContent(cell, { value: edit.next, numFmt: edit.numFmt });
}
