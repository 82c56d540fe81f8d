/**
 * New sheets: the reviewer's findings and designed forms (templates, next year's form). A designed sheet is
 * written as the .xlsx writer and the Excel host write it: contents and formats in one assignment each for
 * the whole rectangle, looks per run of cells of one style, then merges, sizes, rules and page setup.
 */
import { a1, rangeA1 } from '../core/address';
import type { MergeArea } from '../core/grid';
import { STYLES, validationBound, type SheetDesign, type StyleName } from '../core/design';
import type { ReportCell } from '../host/spreadsheet-host';
import { type EtApplication, type EtWorkbook, type EtWorksheet, member, XL } from './et-api';
import { reportInput, typedInput as typed } from '../host/typed-input';
import { bgrOf } from './values';

const ALIGN = { left: XL.left, center: XL.center, right: XL.right } as const;

const areaA1 = (m: MergeArea) => rangeA1(m.top, m.left, m.bottom, m.right);

/** Every sheet's name, in order. */
export function sheetNames(book: EtWorkbook): string[] {
  const sheets = book.Sheets;
  const count = Number(member(sheets, 'Count'));
  return Array.from({ length: count }, (_, i) => String(member(sheets.Item(i + 1), 'Name')));
}

/**
 * Adds a sheet after the last one, named `name` (already free), fills it, and makes it the active sheet. A
 * failure while filling deletes the half-made sheet, so that the workbook is as it was.
 */
export function withNewSheet(app: EtApplication, book: EtWorkbook, name: string, fill: (sheet: EtWorksheet) => void): void {
  const sheets = book.Sheets;
  const last = sheets.Item(Number(member(sheets, 'Count')));
  const sheet = sheets.Add(undefined, last);
  try {
    sheet.Name = name;
    // ET makes an added sheet active; said again because the layout selects cells and sets the window's gridlines.
    sheet.Activate();
    fill(sheet);
  } catch (e) {
    deleteQuietly(app, sheet);
    throw e;
  }
}

/** Deletes a sheet without ET asking the user to confirm (it would, for a sheet with data). */
function deleteQuietly(app: EtApplication, sheet: EtWorksheet): void {
  try {
    const alerts = app.DisplayAlerts !== false;
    app.DisplayAlerts = false;
    try {
      sheet.Delete();
    } finally {
      app.DisplayAlerts = alerts;
    }
  } catch {
    // The failure being reported matters more than a sheet left behind.
  }
}

/** The reviewer's rows, in one assignment; links as HYPERLINK formulas; the header row bold. */
export function writeReport(sheet: EtWorksheet, rows: ReportCell[][]): void {
  if (rows.length === 0) return;
  const width = Math.max(1, ...rows.map((r) => r.length));
  sheet.Range(`A1:${a1(rows.length - 1, width - 1)}`).Formula = rows.map((row) => Array.from({ length: width }, (_, c) => reportInput(row[c])));
  sheet.Range(`A1:${a1(0, width - 1)}`).Font.Bold = true;
}


/** Lays a designed sheet out on a new, active sheet. */
export function layOut(app: EtApplication, sheet: EtWorksheet, design: SheetDesign): void {
  const rows = design.cells.length;
  const width = Math.max(1, ...design.cells.map((r) => r?.length ?? 0));
  if (rows > 0) {
    const all = sheet.Range(`A1:${a1(rows - 1, width - 1)}`);
    all.NumberFormat = grid(rows, width, (r, c) => design.cells[r]?.[c]?.numFmt ?? 'General');
    all.Formula = grid(rows, width, (r, c) => {
      const cell = design.cells[r]?.[c];
      return cell?.formula ? `=${cell.formula}` : typed(cell?.value ?? null);
    });
  }
  for (const run of styleRuns(design)) styleRange(sheet.Range(areaA1(run)), run.style);
  for (const m of design.merges) sheet.Range(areaA1(m)).Merge();
  // A width or height set on any cell sizes its whole column or row; ET measures widths in characters too.
  design.columnWidths.forEach((chars, c) => (sheet.Range(a1(0, c)).ColumnWidth = chars));
  for (const [row, height] of Object.entries(design.rowHeights)) sheet.Range(a1(Number(row), 0)).RowHeight = height;
  for (const v of design.validations) {
    for (let r = v.area.top; r <= v.area.bottom; r++) {
      const validation = sheet.Range(areaA1({ ...v.area, top: r, bottom: r })).Validation;
      const max = validationBound(v, r);
      // Absolute: VBA-style object models read a relative reference in a rule from the active cell.
      if (max) validation.Add(XL.validateDecimal, XL.validAlertStop, XL.between, String(v.min), `=${absolute(max)}`);
      else validation.Add(XL.validateDecimal, XL.validAlertStop, XL.greaterEqual, String(v.min));
      validation.ErrorTitle = '数值不合规';
      validation.ErrorMessage = v.message;
      validation.ShowError = true;
    }
  }
  for (const h of design.highlights) {
    // The rule's formula is relative to the area's first cell, and ET reads it from the active cell: select it.
    sheet.Range(a1(h.area.top, h.area.left)).Select();
    sheet.Range(areaA1(h.area)).FormatConditions.Add(XL.expression, undefined, `=${h.formula}`).Interior.Color = bgrOf(h.fill);
  }
  sheet.Range('A1').Select();
  pageSetup(sheet, design);
  try {
    if (app.ActiveWindow) app.ActiveWindow.DisplayGridlines = false; // the window shows the new, active sheet
  } catch {
    // Gridlines are a nicety; a sheet without this is still the form.
  }
}

/** A4 portrait, one page wide, the header rows repeated, centred. */
function pageSetup(sheet: EtWorksheet, design: SheetDesign): void {
  const [from, to] = design.print.repeatRows;
  try {
    const page = sheet.PageSetup;
    page.Orientation = XL.portrait;
    page.PaperSize = XL.paperA4;
    page.Zoom = false; // fit to pages instead of a percentage
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
    page.PrintTitleRows = `$${from + 1}:$${to + 1}`;
    page.CenterHorizontally = true;
  } catch {
    // Page setup goes through the printer driver, and throws on a machine without a printer; the form is
    // complete without it and the user can set it when printing.
  }
}

function styleRange(range: ReturnType<EtWorksheet['Range']>, name: StyleName): void {
  const style = STYLES[name];
  range.HorizontalAlignment = ALIGN[style.align];
  range.VerticalAlignment = XL.center;
  range.WrapText = style.wrap;
  const font = range.Font;
  font.Name = 'SimSun';
  font.Size = style.size ?? 10;
  if (style.bold) font.Bold = true;
  if (style.fill) range.Interior.Color = bgrOf(style.fill);
  if (style.border) range.Borders.LineStyle = XL.continuous;
}

/** The design's cells as runs of one style along a row: one set of format calls per run, not per cell. */
function styleRuns(design: SheetDesign): (MergeArea & { style: StyleName })[] {
  const runs: (MergeArea & { style: StyleName })[] = [];
  design.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const last = runs[runs.length - 1];
      if (last && last.top === r && last.right === c - 1 && last.style === cell.style) last.right = c;
      else runs.push({ top: r, bottom: r, left: c, right: c, style: cell.style });
    }),
  );
  return runs;
}

function grid<T>(rows: number, cols: number, at: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(r, c)));
}

/** `G14` → `$G$14`; anything else as it is. */
function absolute(ref: string): string {
  return ref.replace(/^\$?([A-Z]{1,3})\$?(\d+)$/, '$$$1$$$2');
}
