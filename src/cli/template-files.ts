import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { analyzeSheet } from '../core';
import type { SheetDesign } from '../core/design';
import { rolloverDesign } from '../core/templates/rollover';
import { freeSheetName } from '../host/spreadsheet-host';
import { loadWorkbook, newSheetOfDesign, toWorkbookGrid, writeDesign, writePatch } from '../xlsx';
import { readWorkbookFile, writeFileSafely } from './files';

/**
 * Adds a designed sheet to `file` under a free name. An existing file is patched: the new sheet's part is
 * added, and every part of the file it does not need stays byte for byte (charts, macros, settings). A file
 * that does not exist yet is made whole, with the sheet as its only one.
 */
export async function addDesignTo(file: string, design: SheetDesign): Promise<string> {
  if (existsSync(file)) {
    const { bytes, names } = await writePatch(readWorkbookFile(file), { sheets: [newSheetOfDesign(design)] });
    writeFileSafely(file, bytes);
    return names[0];
  }
  const workbook = new ExcelJS.Workbook();
  const name = freeSheetName(design.name, []);
  writeDesign(workbook, { ...design, name });
  writeFileSafely(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return name;
}

/**
 * Next year's form from a form of `file`: the one on `sheet` (or the only one in the workbook when no sheet is
 * named); on a sheet of stacked forms, `form` picks one by its number (1, 2 …) or its range (A1:I22).
 * A wrong name or number says what there is to choose from.
 */
export async function rolloverFrom(file: string, sheet: string | undefined, year?: number, form?: string): Promise<SheetDesign> {
  const sheets = toWorkbookGrid(await loadWorkbook(readWorkbookFile(file))).sheets;
  const names = sheets.map((s) => `“${s.name}”`).join('、');
  let grid = sheet === undefined ? undefined : sheets.find((s) => s.name === sheet);
  if (sheet !== undefined && !grid) throw new Error(`工作簿中没有名为“${sheet}”的工作表。工作簿中的工作表：${names}`);
  if (!grid) {
    const withForms = sheets.filter((s) => analyzeSheet(s).length > 0);
    if (withForms.length === 0) throw new Error(`工作簿中没有找到绩效自评表（工作表：${names}）`);
    if (withForms.length > 1) throw new Error(`工作簿中有 ${withForms.length} 张工作表含自评表，请用 --sheet 指定其一：${withForms.map((s) => `“${s.name}”`).join('、')}`);
    grid = withForms[0];
  }
  const forms = analyzeSheet(grid);
  if (forms.length === 0) throw new Error(`工作表“${grid.name}”中没有找到绩效自评表`);
  const list = forms.map((f, i) => `${i + 1}（${f.report.range}${f.report.project ? ` ${f.report.project}` : ''}）`).join('、');
  let chosen = forms[0];
  if (form !== undefined) {
    const found = /^\d+$/.test(form) ? forms[Number(form) - 1] : forms.find((f) => f.report.range.toUpperCase() === form.toUpperCase());
    if (!found) throw new Error(`工作表“${grid.name}”中没有第 ${form} 张表；可选：${list}`);
    chosen = found;
  } else if (forms.length > 1) {
    throw new Error(`工作表“${grid.name}”中有 ${forms.length} 张自评表，请用 --form 指定其一：${list}`);
  }
  return rolloverDesign(grid, chosen.form, { year });
}
