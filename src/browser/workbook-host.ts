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
import { text } from '../host/messages';
import { contentOfCell, hexOfFill, setStyle, solidFill, writeContent } from '../xlsx/cell-content';
import { loadWorkbook, toSheetGrid } from '../xlsx/read-workbook';
import { writeDesign } from '../xlsx/write-design';
import { writePatch, type PatchCell, type PatchFill } from '../xlsx/patch/patch-workbook';
import { newSheetOfDesign, type NewSheet } from '../xlsx/patch/add-sheet';

/** Where the page keeps the pane's settings: the browser's own storage, on this computer. */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** How far opening has come: the sheets read so far out of all, for the page's progress bar. */
export type ParseProgress = (done: number, total: number) => void;

/** A turn of the event loop: the page repaints (a progress bar moves) and answers clicks between sheets. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class WorkbookHost implements SpreadsheetHost {
  readonly kind = 'browser' as const;
  /** The sheet shown, which 'active' reads. */
  active: string;
  selected: CellRef | null = null;
  /** True once anything was written that the user has not downloaded yet. */
  dirty = false;
  private readonly listeners = new Set<() => void>();
  /** Each marked cell's fill from before its first mark, kept whole (theme colours, patterns) for clearing. */
  private readonly originalFills = new Map<string, { ref: CellRef; fill: ExcelJS.Fill | undefined; reported: string | null }>();
  /** Each written cell's content (and number format) as the file had it, for the download's patch. */
  private readonly originalCells = new Map<string, { ref: CellRef; was: CellContent; numFmt: string }>();
  /** Sheets added since the file was opened (a report, a template), as the download's patch adds them. */
  private readonly addedSheets: NewSheet[] = [];
  /** Each sheet as a grid, read once (the sheet view draws it on every repaint) and again after a write to it. */
  private readonly grids = new Map<string, SheetGrid>();

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
    private readonly store: SettingsStore | null = null,
    /** The file's bytes as opened: the download patches them rather than rebuilding the package. */
    private readonly original: Uint8Array | null = null,
  ) {
    this.active = workbook.worksheets[0]?.name ?? '';
  }

  get documentName(): string {
    return this.fileName;
  }

  /**
   * Opens a file's bytes; an unreadable file throws a WorkbookError that says why. Every sheet is then read
   * into a grid, one at a time with a turn of the event loop between them, saying how far it has come.
   */
  static async open(bytes: Uint8Array, fileName: string, store: SettingsStore | null = null, progress?: ParseProgress): Promise<WorkbookHost> {
    const host = new WorkbookHost(await loadWorkbook(bytes), fileName, store, bytes);
    const names = host.sheetNames;
    for (let i = 0; i < names.length; i++) {
      host.grid(names[i]);
      progress?.(i + 1, names.length);
      await nextTask();
    }
    return host;
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
    if (!ws) throw new HostError('missing-sheet', text('missingSheet', name));
    return ws;
  }

  private cellAt(ref: CellRef): ExcelJS.Cell {
    return this.worksheet(ref.sheet).getCell(ref.row + 1, ref.col + 1);
  }

  /** A sheet as the page shows it. */
  grid(name: string): SheetGrid {
    let grid = this.grids.get(name);
    if (!grid) this.grids.set(name, (grid = toSheetGrid(this.worksheet(name))));
    return grid;
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
      throw new HostError('changed', text('changed', cells[changed]));
    }
    // On a protected sheet only unlocked cells may be written, as in Excel: refuse naming the locked ones.
    for (const sheet of new Set(cells.map((c) => c.sheet))) {
      if (!(this.worksheet(sheet) as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet) continue;
      const locked = cells.filter((c, i) => c.sheet === sheet && targets[i].protection?.locked !== false);
      if (locked.length) throw new HostError('protected', text('lockedCells', sheet, locked));
    }
    targets.forEach((cell, i) => {
      const key = cellKey(cells[i]);
      if (!this.originalCells.has(key)) this.originalCells.set(key, { ref: cells[i], was: before[i], numFmt: cell.numFmt || 'General' });
    });
    targets.forEach((cell, i) => {
      const { value, formula, numFmt } = cells[i];
      writeContent(cell, { value, formula, numFmt: numFmt === 'General' && !cell.numFmt ? undefined : numFmt });
    });
    for (const sheet of new Set(cells.map((c) => c.sheet))) this.grids.delete(sheet);
    this.changed(true);
    return before;
  }

  async setFills(fills: CellFill[]): Promise<CellFill[]> {
    const targets = fills.map((f) => this.cellAt(f));
    const before = targets.map((cell, i) => ({ sheet: fills[i].sheet, row: fills[i].row, col: fills[i].col, color: hexOfFill(cell.fill) }));
    targets.forEach((cell, i) => {
      const key = cellKey(fills[i]);
      const original = this.originalFills.get(key);
      if (!original) this.originalFills.set(key, { ref: { sheet: fills[i].sheet, row: fills[i].row, col: fills[i].col }, fill: cell.fill && JSON.parse(JSON.stringify(cell.fill)), reported: before[i].color });
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

  async activeCell(): Promise<CellRef | null> {
    return this.selected;
  }

  async addSheet(wanted: string, rows: ReportCell[][]): Promise<string> {
    const name = freeSheetName(wanted, this.sheetNames);
    const ws = this.workbook.addWorksheet(name);
    this.addedSheets.push(reportSheet(name, rows));
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
    try {
      writeDesign(this.workbook, { ...design, name });
    } catch (error) {
      // A design ExcelJS refuses part-way (an area merged twice) leaves no half-made sheet, as in every host.
      const half = this.workbook.getWorksheet(name);
      if (half) this.workbook.removeWorksheet(half.id);
      throw error;
    }
    this.addedSheets.push(newSheetOfDesign({ ...design, name }));
    this.active = name;
    this.changed(true);
    return name;
  }

  async loadSettings(): Promise<Partial<PaneSettings>> {
    return settingsFrom(this.store?.getItem(SETTINGS_KEY));
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    if (!this.store) throw new HostError('unsupported', text('settingsNoStorage'));
    this.store.setItem(SETTINGS_KEY, JSON.stringify(settings));
  }

  /**
   * The workbook as .xlsx bytes; spreadsheets recalculate its formulas when they open it. The file as opened
   * is patched, by the writer `jixiao score` and `template` use: the sheets added since are added, the cells
   * written and the marks left on cells change (a mark as a copy of the cell's style with its fill), and
   * every other part stays byte for byte. Only a workbook that never was a file is built through ExcelJS.
   */
  async toBytes(): Promise<Uint8Array> {
    const bytes = this.original
      ? (await writePatch(this.original, { sheets: this.addedSheets, cells: this.netWrites(), fills: this.netFills() })).bytes
      : await this.rebuilt();
    this.dirty = false;
    this.changed(false);
    return bytes;
  }

  /** Every written cell whose content (or number format) now differs from the file's. */
  private netWrites(): PatchCell[] {
    const out: PatchCell[] = [];
    for (const { ref, was, numFmt } of this.originalCells.values()) {
      const cell = this.cellAt(ref);
      const now = contentOfCell(cell);
      const format = cell.numFmt || 'General';
      if (sameContent(now, was) && now.value === was.value && format === numFmt) continue;
      out.push({ sheet: ref.sheet, row: ref.row, col: ref.col, value: now.value, ...(now.formula ? { formula: now.formula } : {}), ...(format !== numFmt ? { numFmt: format } : {}) });
    }
    return out;
  }

  /** Every marked cell whose fill now differs from the file's: a solid colour, or none. */
  private netFills(): PatchFill[] {
    return [...this.originalFills.values()].map(({ ref }) => ({ sheet: ref.sheet, row: ref.row, col: ref.col, fill: hexOfFill(this.cellAt(ref).fill) }));
  }

  private async rebuilt(): Promise<Uint8Array> {
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    return new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
}

/** A report's rows as a sheet to add: the first row bold, a link as the HYPERLINK formula the page shows. */
function reportSheet(name: string, rows: ReportCell[][]): NewSheet {
  return {
    name,
    cells: rows.map((row, r) =>
      row.map((value) => {
        const look = r === 0 ? { font: { bold: true } } : undefined;
        return typeof value === 'object' ? { value: value.text, formula: linkFormula(value.text, value.link), look } : { value, look };
      }),
    ),
    merges: [],
    columnWidths: [],
    rowHeights: {},
    validations: [],
    highlights: [],
    showGridLines: true,
  };
}
