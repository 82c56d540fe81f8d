/**
 * The Excel host over Office.js. Every operation is one `Excel.run`; reading a sheet costs one `sync`,
 * writing two (read what is there, then write), never a sync inside a loop. Works from ExcelApi 1.7
 * (Office 2019) and uses merged areas (ExcelApi 1.13) and fill patterns (1.9) where Excel has them.
 */
import { a1, parseA1, type CellValue, type GridCell, type MergeArea, type SheetGrid } from '../core';
import {
  type CellContent,
  type CellRef,
  type CellWrite,
  freeSheetName,
  HostError,
  type PaneSettings,
  type ReportCell,
  sameContent,
  type SpreadsheetHost,
} from '../host/spreadsheet-host';
import { hostErrorOf } from './errors';

type ExcelApi = typeof Excel;
type OfficeApi = typeof Office;

const SETTINGS_KEY = 'jixiao.settings';

export function createExcelHost(excel: ExcelApi, office: OfficeApi): SpreadsheetHost {
  const supports = (version: string) => office.context.requirements.isSetSupported('ExcelApi', version);
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await excel.run(batch);
    } catch (e) {
      throw hostErrorOf(e);
    }
  };
  const rangeOf = (context: Excel.RequestContext, cell: CellRef) => context.workbook.worksheets.getItem(cell.sheet).getCell(cell.row, cell.col);

  return {
    kind: 'excel',

    sheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        const active = sheets.getActiveWorksheet();
        active.load('name');
        await context.sync();
        return { names: sheets.items.map((s) => s.name), active: active.name };
      }),

    readSheets: (names) =>
      run(async (context) => {
        const withMerges = supports('1.13');
        const reads = names.map((name) => {
          const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
          used.load('values, formulas, numberFormat, rowIndex, columnIndex');
          const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
          merged?.areas.load('items/address');
          return { name, used, merged };
        });
        await context.sync(); // the one round trip: every sheet's values, formulas, formats and merges
        return reads.map(({ name, used, merged }) => toGrid(name, used, merged));
      }),

    writeCells: (cells, expected) =>
      run(async (context) => {
        const ranges = cells.map((cell) => {
          const range = rangeOf(context, cell);
          range.load('values, formulas, numberFormat');
          return range;
        });
        await context.sync();
        const before = ranges.map((range) => contentOf(range.values[0][0], range.formulas[0][0], range.numberFormat[0][0]));
        const changed = before.findIndex((now, i) => !sameContent(now, expected[i]));
        if (changed >= 0) {
          const cell = cells[changed];
          throw new HostError('changed', `单元格 ${cell.sheet}!${a1(cell.row, cell.col)} 在预览后被修改过，未写入任何单元格。请重新检查后再写入。`);
        }
        cells.forEach((cell, i) => writeInto(ranges[i], cell));
        await context.sync();
        return before;
      }),

    setFills: (fills) =>
      run(async (context) => {
        const withPattern = supports('1.9');
        const ranges = fills.map((fill) => {
          const range = rangeOf(context, fill);
          range.format.fill.load(withPattern ? 'color, pattern' : 'color');
          return range;
        });
        await context.sync();
        const before = ranges.map((range, i) => ({ ...refOf(fills[i]), color: fillColor(range.format.fill, withPattern) }));
        fills.forEach((fill, i) => {
          if (fill.color) ranges[i].format.fill.color = fill.color;
          else ranges[i].format.fill.clear();
        });
        await context.sync();
        return before;
      }),

    select: (cell) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(cell.sheet);
        sheet.activate();
        sheet.getCell(cell.row, cell.col).select();
        await context.sync();
      }),

    addSheet: (wanted, rows) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const name = freeSheetName(wanted, sheets.items.map((s) => s.name));
        const sheet = sheets.add(name);
        const width = Math.max(1, ...rows.map((r) => r.length));
        if (rows.length) {
          const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
          range.formulas = rows.map((row) => Array.from({ length: width }, (_, c) => reportFormula(row[c]))) as string[][];
          sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
        }
        sheet.activate();
        await context.sync();
        return name;
      }),

    loadSettings: async () => {
      const saved = office.context.document.settings.get(SETTINGS_KEY) as Partial<PaneSettings> | null;
      return saved ?? {};
    },

    saveSettings: (settings) =>
      new Promise<void>((resolve, reject) => {
        office.context.document.settings.set(SETTINGS_KEY, settings);
        office.context.document.settings.saveAsync((result) =>
          result.status === office.AsyncResultStatus.Failed ? reject(new HostError('other', `设置未能保存到文档：${result.error.message}`)) : resolve(),
        );
      }),
  };
}

function refOf(cell: CellRef): CellRef {
  return { sheet: cell.sheet, row: cell.row, col: cell.col };
}

/** A cell as Excel reports it: `formulas` holds the formula, or the value itself for a constant. */
function contentOf(value: unknown, formula: unknown, numFmt: unknown): CellContent {
  const content: CellContent = { value: (value === '' ? null : value) as CellValue };
  if (typeof formula === 'string' && formula.startsWith('=')) content.formula = formula.slice(1);
  if (typeof numFmt === 'string' && numFmt !== 'General') content.numFmt = numFmt;
  return content;
}

function writeInto(range: Excel.Range, cell: CellWrite) {
  if (cell.numFmt !== undefined) range.numberFormat = [[cell.numFmt]];
  if (cell.formula) range.formulas = [[`=${cell.formula}`]];
  else range.values = [[cell.value ?? '']];
}

/** No fill reads as white in `color`; the pattern (ExcelApi 1.9) tells white from none. */
function fillColor(fill: Excel.RangeFill, withPattern: boolean): string | null {
  if (withPattern && fill.pattern === 'None') return null;
  return fill.color ?? null;
}

function reportFormula(cell: ReportCell | undefined): string | number {
  if (cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  const target = `#'${cell.link.sheet.replace(/'/g, "''")}'!${a1(cell.link.row, cell.link.col)}`;
  return `=HYPERLINK("${target}","${cell.text.replace(/"/g, '""')}")`;
}

function toGrid(name: string, used: Excel.Range, merged: Excel.RangeAreas | null): SheetGrid {
  const rows: (GridCell | undefined)[][] = [];
  used.values.forEach((values, r) => {
    const row: (GridCell | undefined)[] = [];
    values.forEach((value, c) => {
      const content = contentOf(value, used.formulas[r][c], used.numberFormat[r][c]);
      if (content.value === null && !content.formula) return;
      row[used.columnIndex + c] = content;
    });
    if (row.length) rows[used.rowIndex + r] = row;
  });
  return { name, rows, merges: merged && !merged.isNullObject ? merged.areas.items.map((area) => mergeOf(area.address)).filter((m): m is MergeArea => m !== null) : [] };
}

/** `'Sheet 1'!A1:C3` → the 0-based area. */
function mergeOf(address: string): MergeArea | null {
  const cells = address.slice(address.lastIndexOf('!') + 1).split(':');
  const from = parseA1(cells[0]);
  const to = parseA1(cells[1] ?? cells[0]);
  return from && to ? { top: from.row, left: from.col, bottom: to.row, right: to.col } : null;
}
