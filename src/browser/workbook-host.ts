/**
 * The browser host: an .xlsx file opened in the page, held in memory as an ExcelJS workbook. It behaves like
 * the Excel host where the pane relies on it — writes all or none, refused when a cell changed since the
 * preview; fills given back exactly; new sheets under free names — and never sends anything anywhere: the
 * result leaves only as the file the user downloads.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../core';
import type { SheetDesign } from '../core/design';
import {
  type CellContent,
  type CellFill,
  type CellRef,
  type CellWrite,
  cellKey,
  freeSheetName,
  HostError,
  type PaneSettings,
  linkFormula,
  type ReportCell,
  sameContent,
  settingsFrom,
  SETTINGS_KEY,
  type SpreadsheetHost,
} from '../host/spreadsheet-host';
import { HOST_MESSAGES } from '../host/messages';
import { contentOfCell, hexOfFill, setStyle, solidFill, writeContent } from '../xlsx/cell-content';
import { loadWorkbook, toSheetGrid } from '../xlsx/read-workbook';
import { writeDesign } from '../xlsx/write-design';

/** Where the page keeps the pane's settings: the browser's own storage, on this computer. */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class WorkbookHost implements SpreadsheetHost {
  readonly kind = 'browser' as const;
  /** The sheet shown, which 'active' reads. */
  active: string;
  selected: CellRef | null = null;
  /** True once anything was written that the user has not downloaded yet. */
  dirty = false;
  private readonly listeners = new Set<() => void>();
  /** Each marked cell's fill from before its first mark, kept whole (theme colours, patterns) for clearing. */
  private readonly originalFills = new Map<string, { fill: ExcelJS.Fill | undefined; reported: string | null }>();

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
    private readonly store: SettingsStore | null = null,
  ) {
    this.active = workbook.worksheets[0]?.name ?? '';
  }

  get documentName(): string {
    return this.fileName;
  }

  /** Opens a file's bytes; an unreadable file throws a WorkbookError that says why. */
  static async open(bytes: Uint8Array, fileName: string, store: SettingsStore | null = null): Promise<WorkbookHost> {
    return new WorkbookHost(await loadWorkbook(bytes), fileName, store);
  }

  /** Calls `listener` after every change the page should show; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(written: boolean) {
    if (written) this.dirty = true;
    this.listeners.forEach((l) => l());
  }

  get sheetNames(): string[] {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new HostError('missing-sheet', HOST_MESSAGES.missingSheet(name));
    return ws;
  }

  private cellAt(ref: CellRef): ExcelJS.Cell {
    return this.worksheet(ref.sheet).getCell(ref.row + 1, ref.col + 1);
  }

  /** A sheet as the page shows it. */
  grid(name: string): SheetGrid {
    return toSheetGrid(this.worksheet(name));
  }

  /** A cell's solid fill as `#RRGGBB`, for the page to paint. */
  fillAt(sheet: string, row: number, col: number): string | null {
    return hexOfFill(this.worksheet(sheet).findCell(row + 1, col + 1)?.fill);
  }

  activate(name: string): void {
    this.worksheet(name);
    this.active = name;
    this.changed(false);
  }

  async readSheets(which: 'active' | 'all' | string[]): Promise<SheetGrid[]> {
    const names = which === 'active' ? [this.active] : which === 'all' ? this.sheetNames : which;
    return names.map((name) => this.grid(name));
  }

  async writeCells(cells: CellWrite[], expected: CellContent[]): Promise<CellContent[]> {
    const targets = cells.map((c) => this.cellAt(c)); // every sheet exists, or nothing is written
    const before = targets.map((cell) => contentOfCell(cell));
    const changed = before.findIndex((now, i) => !sameContent(now, expected[i]));
    if (changed >= 0) {
      throw new HostError('changed', HOST_MESSAGES.changed(cells[changed]));
    }
    targets.forEach((cell, i) => {
      const { value, formula, numFmt } = cells[i];
      writeContent(cell, { value, formula, numFmt: numFmt === 'General' && !cell.numFmt ? undefined : numFmt });
    });
    this.changed(true);
    return before;
  }

  async setFills(fills: CellFill[]): Promise<CellFill[]> {
    const targets = fills.map((f) => this.cellAt(f));
    const before = targets.map((cell, i) => ({ sheet: fills[i].sheet, row: fills[i].row, col: fills[i].col, color: hexOfFill(cell.fill) }));
    targets.forEach((cell, i) => {
      const key = cellKey(fills[i]);
      const original = this.originalFills.get(key);
      if (!original) this.originalFills.set(key, { fill: cell.fill && JSON.parse(JSON.stringify(cell.fill)), reported: before[i].color });
      if (original && original.reported === fills[i].color) {
        setStyle(cell, { fill: original.fill }); // back to exactly what the file had
        this.originalFills.delete(key);
      } else {
        setStyle(cell, { fill: fills[i].color ? solidFill(fills[i].color!) : undefined });
      }
    });
    this.changed(true);
    return before;
  }

  async select(cell: CellRef): Promise<void> {
    this.worksheet(cell.sheet);
    this.active = cell.sheet;
    this.selected = { sheet: cell.sheet, row: cell.row, col: cell.col };
    this.changed(false);
  }

  async addSheet(wanted: string, rows: ReportCell[][]): Promise<string> {
    const name = freeSheetName(wanted, this.sheetNames);
    const ws = this.workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof value === 'object') {
          writeContent(cell, { value: value.text, formula: linkFormula(value.text, value.link) });
        } else cell.value = value;
        if (r === 0) cell.font = { bold: true };
      }),
    );
    this.active = name;
    this.changed(true);
    return name;
  }

  async addDesign(design: SheetDesign): Promise<string> {
    const name = freeSheetName(design.name, this.sheetNames);
    writeDesign(this.workbook, { ...design, name });
    this.active = name;
    this.changed(true);
    return name;
  }

  async loadSettings(): Promise<Partial<PaneSettings>> {
    return settingsFrom(this.store?.getItem(SETTINGS_KEY));
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    if (!this.store) throw new HostError('unsupported', '此浏览器不允许保存设置（本地存储被禁用），设置只在本次打开期间有效。');
    this.store.setItem(SETTINGS_KEY, JSON.stringify(settings));
  }

  /** The workbook as .xlsx bytes; spreadsheets recalculate its formulas when they open it. */
  async toBytes(): Promise<Uint8Array> {
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    const bytes = new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    this.dirty = false;
    this.changed(false);
    return bytes;
  }
}
