import ExcelJS from 'exceljs';
import type { GridCell, MergeArea, SheetGrid, WorkbookGrid } from '../core';
import { contentOfCell } from './cell-content';
import { WorkbookError } from './errors';
import { repairMerges } from './package/merges';
import { workbookParts } from './package/parts';
import { inflateAllWithin, openPackage } from './package/zip';

/**
 * The bytes ExcelJS may be given: a zip within the size limits whatever it declares, holding a workbook, with
 * merges a reader can afford. (ExcelJS itself would inflate a bomb whole, and make a cell of each merged one.)
 */
export async function readableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const pkg = await openPackage(bytes);
  await inflateAllWithin(pkg);
  const parts = await workbookParts(pkg);
  let repaired = false;
  for (const sheet of parts.sheets) {
    const xml = await pkg.text(sheet.path);
    const fixed = xml === null ? null : repairMerges(xml);
    if (fixed !== null) {
      pkg.zip.file(sheet.path, fixed);
      repaired = true;
    }
  }
  return repaired ? pkg.zip.generateAsync({ type: 'uint8array', compression: 'STORE' }) : bytes;
}

/** Loads an .xlsx file's bytes into an ExcelJS workbook, turning every failure into a WorkbookError. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const readable = await readableBytes(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch {
    // The library's own words (in English) help no one: the file is damaged in a way the checks above missed.
    throw new WorkbookError('unreadable', {
      zh: '工作簿已损坏，无法打开；请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查',
      en: 'The workbook is damaged and cannot be opened; open it in Excel or WPS, save it as .xlsx, then check again',
    });
  }
  return workbook;
}

/** Every worksheet as a grid: values, formulas, number formats and merged areas. */
export function toWorkbookGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => sheets.push(toSheetGrid(ws)));
  return { sheets };
}

export async function readWorkbookGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  return toWorkbookGrid(await loadWorkbook(bytes));
}

/** One worksheet as a grid. */
export function toSheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: GridCell[][] = [];
  // Merged areas, rebuilt from their cells as we pass them: each merged-away cell names its area's top-left
  // cell, and an area is the box around both. (`ws.model.merges` would serialise the whole sheet to say so.)
  const merges = new Map<ExcelJS.Cell, MergeArea>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        extend(merges, cell.master, rowNumber - 1, colNumber - 1);
        return; // the merged area's top-left cell holds its value
      }
      const grid = toGridCell(cell);
      if (grid) cells[colNumber - 1] = grid;
    });
    if (cells.length) rows[rowNumber - 1] = cells;
  });
  return { name: ws.name, rows, merges: [...merges.values()] };
}

function extend(merges: Map<ExcelJS.Cell, MergeArea>, master: ExcelJS.Cell, row: number, col: number) {
  let area = merges.get(master);
  if (!area) {
    const top = Number(master.row) - 1;
    const left = Number(master.col) - 1;
    merges.set(master, (area = { top, left, bottom: top, right: left }));
  }
  if (row < area.top) area.top = row;
  if (row > area.bottom) area.bottom = row;
  if (col < area.left) area.left = col;
  if (col > area.right) area.right = col;
}

function toGridCell(cell: ExcelJS.Cell): GridCell | null {
  const content = contentOfCell(cell);
  return content.value === null && !content.formula ? null : content;
}
