/**
 * The WPS 表格 host over ET's JS API. JSA is synchronous and every call crosses into WPS, so what matters is
 * how many calls an operation makes: reading a sheet costs a fixed number whatever its length (bulk reads of
 * the used range), writing a few per run of adjacent cells. Behaviour and messages follow the Excel host.
 */
import { a1 } from '../core/address';
import type { SheetGrid } from '../core/grid';
import {
  freeSheetName,
  HostError,
  settingsFrom,
  SETTINGS_KEY,
  type CellFill,
  type PaneSettings,
  type SheetsRead,
  type SpreadsheetHost,
  type UnreadSheet,
} from '../host/spreadsheet-host';
import { type EtApplication, type EtInterior, type EtWorkbook, type EtWorksheet, member, XL } from './et-api';
import { hostErrorOf, messageOf } from './errors';
import { text } from '../host/messages';
import { layOut, sheetNames, withNewSheet, writeReport } from './lay-out';
import { readSheet } from './read-sheet';
import { bgrOf, hexOf } from './values';
import { sheetNamed, targetsOf, writeCells } from './write-cells';
import type { XmlParser } from './xml-spreadsheet';

export interface WpsHostOptions {
  /** Parses the XML Spreadsheet of `Value(11)`; default the page's DOMParser. Without one, formats are read by column. */
  parser?: XmlParser | null;
}

export function createWpsHost(app: EtApplication, options: WpsHostOptions = {}): SpreadsheetHost {
  const parser = options.parser !== undefined ? options.parser : typeof DOMParser === 'function' ? new DOMParser() : null;
  /** JSA is synchronous; the host is asynchronous like the others, and turns ET's failures into messages. */
  const run = async <T>(action: () => T): Promise<T> => {
    try {
      return action();
    } catch (e) {
      throw hostErrorOf(e);
    }
  };
  const workbook = (): EtWorkbook => {
    const book = app.ActiveWorkbook;
    if (!book) throw new HostError('other', text('noWorkbook'));
    return book;
  };

  return {
    kind: 'wps',

    readSheets: (which) =>
      run((): SheetsRead => {
        if (which === 'active') {
          const sheet = app.ActiveSheet;
          if (!sheet) throw new HostError('other', text('noWorkbook'));
          return [readSheet(sheet, parser)];
        }
        const book = workbook();
        if (which === 'all') {
          const sheets = book.Worksheets;
          const count = Number(member(sheets, 'Count'));
          return readEach(Array.from({ length: count }, (_, i) => sheets.Item(i + 1)), parser);
        }
        return readEach(which.map((name) => sheetNamed(book, name)), parser); // a sheet gone since the check: said first
      }),

    writeCells: (cells, expected) => run(() => (cells.length ? writeCells(workbook(), cells, expected) : [])),

    setFills: (fills) =>
      run(() => {
        if (fills.length === 0) return [];
        const targets = targetsOf(workbook(), fills, (sheet) => text('protectedMarks', sheet));
        const interiors: EtInterior[] = new Array(fills.length);
        for (const t of targets) for (const i of t.indexes) interiors[i] = t.sheet.Range(a1(fills[i].row, fills[i].col)).Interior;
        const before: CellFill[] = fills.map((fill, i) => ({ sheet: fill.sheet, row: fill.row, col: fill.col, color: fillOf(interiors[i]) }));
        const paint = (i: number, color: string | null) => (color ? (interiors[i].Color = bgrOf(color)) : (interiors[i].Pattern = XL.none));
        let at = 0;
        try {
          for (; at < fills.length; at++) paint(at, fills[at].color);
        } catch (e) {
          for (let k = Math.min(at, fills.length - 1); k >= 0; k--) {
            try {
              paint(k, before[k].color);
            } catch {
              // The first failure is the one to report.
            }
          }
          throw e;
        }
        return before;
      }),

    select: (cell) =>
      run(() => {
        const sheet = sheetNamed(workbook(), cell.sheet);
        sheet.Activate();
        sheet.Range(a1(cell.row, cell.col)).Select();
      }),

    // The pane starts "由本表生成下一年度" at the form the user is in; Row and Column count from 1.
    activeCell: () =>
      run(() => {
        const cell = app.ActiveCell;
        const sheet = app.ActiveSheet;
        if (!cell || !sheet) return null;
        return { sheet: member(sheet, 'Name'), row: cell.Row - 1, col: cell.Column - 1 };
      }),

    addSheet: (wanted, rows) =>
      run(() => {
        const book = workbook();
        const name = freeSheetName(wanted, sheetNames(book));
        withNewSheet(app, book, name, (sheet) => writeReport(sheet, rows));
        return name;
      }),

    addDesign: (design) =>
      run(() => {
        const book = workbook();
        const name = freeSheetName(design.name, sheetNames(book)); // never replaces a sheet
        withNewSheet(app, book, name, (sheet) => layOut(app, sheet, design));
        return name;
      }),

    loadSettings: () =>
      run((): Partial<PaneSettings> => {
        const book = app.ActiveWorkbook;
        if (!book) return {};
        let saved: unknown;
        try {
          saved = member(book.CustomDocumentProperties.Item(SETTINGS_KEY), 'Value');
        } catch {
          return {}; // never saved: Item throws for a missing property
        }
        return settingsFrom(saved);
      }),

    /**
     * In a custom document property, saved with the workbook when the user saves it (as Office's document
     * settings are). The JSON is well under the 255 characters such a property holds.
     */
    saveSettings: (settings) =>
      run(() => {
        const json = JSON.stringify(settings);
        try {
          const properties = workbook().CustomDocumentProperties;
          let property: { Value: unknown } | null;
          try {
            property = properties.Item(SETTINGS_KEY);
          } catch {
            property = null;
          }
          if (property) property.Value = json;
          else properties.Add(SETTINGS_KEY, false, XL.propertyString, json);
        } catch (e) {
          const error = hostErrorOf(e);
          throw error.reason === 'other' ? new HostError('other', text('settingsNotSaved', messageOf(e)), e) : error;
        }
      }),
  };
}

/**
 * Reads each sheet on its own: one that fails is reported in `unread` and the others are read. If none can be
 * read (WPS busy editing a cell, say), the first failure is thrown, as there is nothing to check.
 */
function readEach(sheets: EtWorksheet[], parser: XmlParser | null): SheetsRead {
  const grids: SheetGrid[] = [];
  const unread: UnreadSheet[] = [];
  let first: HostError | null = null;
  sheets.forEach((sheet, i) => {
    try {
      grids.push(readSheet(sheet, parser));
    } catch (e) {
      const error = hostErrorOf(e);
      first ??= error;
      let name = `#${i + 1}`;
      try {
        name = String(member(sheet, 'Name'));
      } catch {
        // the sheet cannot even be named: its position says which
      }
      unread.push({ sheet: name, reason: error.reason, message: error.message, error });
    }
  });
  if (grids.length === 0 && first) throw first;
  return Object.assign(grids, unread.length ? { unread } : {});
}

/** A cell's fill as `#RRGGBB`, or null when it has none (pattern xlNone; ET then still reports white). */
function fillOf(interior: EtInterior): string | null {
  if (Number(interior.Pattern) === XL.none) return null;
  const color = interior.Color;
  return typeof color === 'number' && Number.isFinite(color) ? hexOf(color) : null;
}
