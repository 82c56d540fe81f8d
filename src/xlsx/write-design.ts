import type ExcelJS from 'exceljs';
import { rangeA1 } from '../core/address';
import { argbOf, solidFill } from './cell-content';
import { STYLES, validationBound, type SheetDesign } from '../core/design';

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** Writes a designed sheet (a template, next year's form) as a new worksheet of an ExcelJS workbook. */
export function writeDesign(workbook: ExcelJS.Workbook, design: SheetDesign): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(design.name);
  design.columnWidths.forEach((width, c) => (ws.getColumn(c + 1).width = width));
  for (const [row, height] of Object.entries(design.rowHeights)) ws.getRow(Number(row) + 1).height = height;
  design.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      if (cell.formula) target.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      else if (cell.value !== undefined) target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      const style = STYLES[cell.style];
      target.font = { name: 'SimSun', size: style.size ?? 10, bold: style.bold };
      target.alignment = { horizontal: style.align, vertical: 'middle', wrapText: style.wrap };
      if (style.border) target.border = THIN;
      if (style.fill) target.fill = solidFill(style.fill);
    }),
  );
  for (const m of design.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of design.validations) {
    for (let r = v.area.top; r <= v.area.bottom; r++) {
      for (let c = v.area.left; c <= v.area.right; c++) {
        const max = validationBound(v, r);
        ws.getCell(r + 1, c + 1).dataValidation = {
          type: 'decimal',
          operator: max ? 'between' : 'greaterThanOrEqual',
          allowBlank: true,
          formulae: max ? [v.min, max] : [v.min],
          showErrorMessage: true,
          errorTitle: '数值不合规',
          error: v.message,
        };
      }
    }
  }
  for (const h of design.highlights) {
    ws.addConditionalFormatting({
      ref: rangeA1(h.area.top, h.area.left, h.area.bottom, h.area.right),
      rules: [{ type: 'expression', priority: 1, formulae: [h.formula], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argbOf(h.fill) } } } }],
    });
  }
  const [from, to] = design.print.repeatRows;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${from + 1}:${to + 1}`,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.views = [{ state: 'normal', showGridLines: false }];
  return ws;
}
