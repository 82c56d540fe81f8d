/**
 * The Excel host over Office.js. Every operation is one `Excel.run`; reading costs two syncs (the extent of
 * each used range, then the contents: read-sheets.ts, which splits only what Excel's limits require), writing
 * two (read what is there, then write), never a sync per cell. Works from ExcelApi 1.7
 * (Office 2019) and uses merged areas (ExcelApi 1.13) and fill patterns (1.9) where Excel has them.
 */
import {
  type CellContent,
  type CellRef,
  type CellWrite,
  freeSheetName,
  HostError,
  type PaneSettings,
  restoreWrite,
  sameContent,
  SETTINGS_KEY,
  type SpreadsheetHost,
} from '../host/spreadsheet-host';
import { STYLES, validationBound, type SheetDesign } from '../core/design';
import { reportInput, typedInput as typed } from '../host/typed-input';
import { text } from '../host/messages';
import { hostErrorOf } from './errors';
import { cellOf as contentOf, readSheetsWithin } from './read-sheets';

type ExcelApi = typeof Excel;
type OfficeApi = typeof Office;

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
  /** Puts back what the cells held; a format is written only where the failed write had changed it. */
  const restore = (cells: CellWrite[], contents: CellContent[]) =>
    run(async (context) => {
      cells.forEach((cell, i) => writeInto(rangeOf(context, cell), restoreWrite(cell, contents[i]), { ...contents[i], numFmt: cell.numFmt ?? contents[i].numFmt }));
      await context.sync();
    });

  return {
    kind: 'excel',

    readSheets: (which) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        let targets: Excel.Worksheet[];
        if (which === 'active') {
          targets = [sheets.getActiveWorksheet()];
        } else {
          let names = which;
          if (which === 'all') {
            sheets.load('items/name');
            await context.sync(); // the workbook's sheet names, before their contents
            names = sheets.items.map((s) => s.name);
          }
          targets = (names as string[]).map((name) => sheets.getItem(name));
        }
        return readSheetsWithin(context, targets, supports('1.13'));
      }),

    writeCells: async (cells, expected) => {
      let before: CellContent[] | null = null; // set once the checks pass and the writes are queued
      try {
        return await run(async (context) => {
          // First round trip: what the cells hold (to compare with the preview, and for undo), whether their
          // sheets are protected and which target cells are locked, so that everything that can be refused is
          // refused before a write. Excel lets an add-in write the unlocked cells of a protected sheet.
          const sheetNames = [...new Set(cells.map((c) => c.sheet))];
          const protections = new Map(
            sheetNames.map((name) => {
              const protection = context.workbook.worksheets.getItem(name).protection;
              protection.load('protected, options');
              return [name, protection] as const;
            }),
          );
          const ranges = cells.map((cell) => {
            const range = rangeOf(context, cell);
            range.load('values, formulas, numberFormat');
            range.format.protection.load('locked');
            return range;
          });
          await context.sync();
          const now = ranges.map((range) => contentOf(range.values[0][0], range.formulas[0][0], range.numberFormat[0][0]));
          refuseLocked(cells, now, (cell) => protections.get(cell.sheet)!, (i) => ranges[i].format.protection.locked);
          const changed = now.findIndex((content, i) => !sameContent(content, expected[i]));
          if (changed >= 0) {
            throw new HostError('changed', text('changed', cells[changed]));
          }
          cells.forEach((cell, i) => writeInto(ranges[i], cell, now[i]));
          before = now;
          await context.sync(); // second round trip: every write at once
          return now;
        });
      } catch (e) {
        // Excel applies a failed batch up to the failing command: put back what the cells held.
        if (before) await restore(cells, before).catch(() => undefined);
        throw e;
      }
    },

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

    // The pane starts "由本表生成下一年度" at the form the user is in (getActiveCell: ExcelApi 1.7, the add-in's floor).
    activeCell: () =>
      run(async (context) => {
        const cell = context.workbook.getActiveCell().load(['address', 'rowIndex', 'columnIndex']);
        await context.sync();
        return { sheet: sheetOfAddress(cell.address), row: cell.rowIndex, col: cell.columnIndex };
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
          range.formulas = rows.map((row) => Array.from({ length: width }, (_, c) => reportInput(row[c]))) as unknown as string[][];
          sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
        }
        sheet.activate();
        try {
          await context.sync();
        } catch (error) {
          await removeSheet(context, name); // a half-made sheet is removed, as in addDesign
          throw error;
        }
        return name;
      }),

    addDesign: (design) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync(); // the names taken, so that the new sheet never replaces one
        const name = freeSheetName(design.name, sheets.items.map((s) => s.name));
        const sheet = sheets.add(name);
        layOut(sheet, design, supports);
        sheet.activate();
        try {
          await context.sync(); // every value, formula, format and rule at once
        } catch (error) {
          // A sync that fails part-way has run the commands before the failing one (docs/hosts.md, "Batches"):
          // the sheet was added and half laid out. It is removed, as every host does with a half-made sheet.
          await removeSheet(context, name);
          throw error;
        }
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
          result.status === office.AsyncResultStatus.Failed ? reject(new HostError('other', text('settingsNotSaved', result.error.message), result.error)) : resolve(),
        );
      }),
  };
}

/** Deletes a sheet if it is there; a failure to do so is left unsaid (the insertion's own error is reported). */
async function removeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.delete();
    await context.sync();
  } catch {
    // Nothing more can be done here; the sheet is left for the user to delete.
  }
}

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Column widths are in characters in a design and in points in Office.js (Excel's default 8.43 = 48 pt). */
const points = (chars: number) => Math.round((chars * 5.25 + 3.75) * 100) / 100;

/** Queues everything a designed sheet needs; newer requirement sets only where Excel has them. */
function layOut(sheet: Excel.Worksheet, design: SheetDesign, supports: (version: string) => boolean) {
  const rows = design.cells.length;
  const width = Math.max(1, ...design.cells.map((r) => r?.length ?? 0));
  if (rows > 0) {
    const all = sheet.getRangeByIndexes(0, 0, rows, width);
    all.numberFormat = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => design.cells[r]?.[c]?.numFmt ?? 'General'));
    all.formulas = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const cell = design.cells[r]?.[c];
        return cell?.formula ? `=${cell.formula}` : typed(cell?.value ?? null);
      }),
    ) as unknown as string[][];
  }
  design.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const style = STYLES[cell.style];
      const format = sheet.getCell(r, c).format;
      format.horizontalAlignment = ALIGN[style.align];
      format.verticalAlignment = 'Center';
      format.wrapText = style.wrap;
      format.font.name = 'SimSun';
      format.font.size = style.size ?? 10;
      if (style.bold) format.font.bold = true;
      if (style.fill) format.fill.color = style.fill;
      if (style.border) for (const edge of EDGES) format.borders.getItem(edge).style = 'Continuous';
    }),
  );
  for (const m of design.merges) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  // A width or height set on any cell sizes its whole column or row.
  design.columnWidths.forEach((chars, c) => (sheet.getCell(0, c).format.columnWidth = points(chars)));
  for (const [row, height] of Object.entries(design.rowHeights)) sheet.getCell(Number(row), 0).format.rowHeight = height;
  if (supports('1.8')) {
    sheet.showGridlines = false;
    for (const v of design.validations) {
      for (let r = v.area.top; r <= v.area.bottom; r++) {
        const cell = sheet.getRangeByIndexes(r, v.area.left, 1, v.area.right - v.area.left + 1);
        const max = validationBound(v, r);
        cell.dataValidation.rule = { decimal: max ? { formula1: v.min, formula2: `=${max}`, operator: 'Between' } : { formula1: v.min, operator: 'GreaterThanOrEqualTo' } };
        cell.dataValidation.errorAlert = { message: v.message, showAlert: true, style: 'Stop', title: '数值不合规' };
      }
    }
  }
  for (const h of design.highlights) {
    const area = sheet.getRangeByIndexes(h.area.top, h.area.left, h.area.bottom - h.area.top + 1, h.area.right - h.area.left + 1);
    const rule = area.conditionalFormats.add('Custom');
    rule.custom.rule.formula = `=${h.formula}`;
    rule.custom.format.fill.color = h.fill;
  }
  if (supports('1.9')) {
    const [from, to] = design.print.repeatRows;
    sheet.pageLayout.orientation = 'Portrait';
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.centerHorizontally = true;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows(`$${from + 1}:$${to + 1}`);
  }
}

const sameFormat = (a: string | undefined, b: string | undefined) => (a ?? 'General') === (b ?? 'General');

/**
 * Refuses a write that a protected sheet would refuse, naming the cells: a locked target cell (locked is null
 * only for a range of mixed cells, never for one cell; taken as locked), or a format change where the
 * protection does not allow formatting cells.
 */
function refuseLocked(cells: CellWrite[], now: CellContent[], protectionOf: (cell: CellRef) => Excel.WorksheetProtection, lockedAt: (index: number) => boolean | null) {
  const locked = cells.filter((cell, i) => protectionOf(cell).protected && lockedAt(i) !== false);
  if (locked.length) throw new HostError('protected', text('lockedCells', locked[0].sheet, locked.filter((c) => c.sheet === locked[0].sheet)));
  const formats = cells.filter((cell, i) => {
    const protection = protectionOf(cell);
    return protection.protected && !protection.options?.allowFormatCells && cell.numFmt !== undefined && !sameFormat(cell.numFmt, now[i].numFmt);
  });
  if (formats.length) throw new HostError('protected', text('lockedFormats', formats[0].sheet, formats.filter((c) => c.sheet === formats[0].sheet)));
}

function refOf(cell: CellRef): CellRef {
  return { sheet: cell.sheet, row: cell.row, col: cell.col };
}

/**
 * Queues a cell's write. Its number format only when it changes what the cell has (`now`): a protected sheet
 * that does not allow formatting refuses any format write, even one that changes nothing.
 */
function writeInto(range: Excel.Range, cell: CellWrite, now: CellContent) {
  if (cell.numFmt !== undefined && !sameFormat(cell.numFmt, now.numFmt)) range.numberFormat = [[cell.numFmt]];
  if (cell.formula) range.formulas = [[`=${cell.formula}`]];
  else range.values = [[typed(cell.value)]];
}


/**
 * No fill reads as white in `color`; the pattern (ExcelApi 1.9) tells white from none. Before 1.9, white is
 * taken for no fill: clearing then leaves the cell unfilled, which looks the same as white.
 */
function fillColor(fill: Excel.RangeFill, withPattern: boolean): string | null {
  if (withPattern) return fill.pattern === 'None' ? null : fill.color ?? null;
  return fill.color && fill.color.toUpperCase() !== '#FFFFFF' ? fill.color : null;
}

/** The sheet of an address such as `'Sheet 1'!B5` (quoted when the name needs it, a quote doubled inside). */
export function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf('!'));
  return /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
