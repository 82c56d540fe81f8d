import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { analyzeSheet } from '../core';
import type { SheetDesign } from '../core/design';
import { rolloverDesign } from '../core/templates/rollover';
import { freeSheetName } from '../host/spreadsheet-host';
import { loadWorkbook, toWorkbookGrid, writeDesign } from '../xlsx';
import { readWorkbookFile, writeFileSafely } from './files';

/** Adds a designed sheet to `file` (created when missing) under a free name; other sheets are left as they are. */
export async function addDesignTo(file: string, design: SheetDesign): Promise<string> {
  const workbook = existsSync(file) ? await loadWorkbook(readWorkbookFile(file)) : new ExcelJS.Workbook();
  const name = freeSheetName(design.name, workbook.worksheets.map((ws) => ws.name));
  writeDesign(workbook, { ...design, name });
  writeFileSafely(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return name;
}

/** Next year's form from the first form on `sheet` of `file`. */
export async function rolloverFrom(file: string, sheet: string, year?: number): Promise<SheetDesign> {
  const grid = toWorkbookGrid(await loadWorkbook(readWorkbookFile(file))).sheets.find((s) => s.name === sheet);
  if (!grid) throw new Error(`工作簿中没有名为“${sheet}”的工作表`);
  const [form] = analyzeSheet(grid);
  if (!form) throw new Error(`工作表“${sheet}”中没有找到绩效自评表`);
  return rolloverDesign(grid, form.form, { year });
}
