/**
 * The data behind the fake ET: a workbook as WPS 表格 holds it, no object model in sight. Tests build it through
 * `createFakeEt` and then look at it directly (`model.sheet('表1')!.cellAt('H6')`) to see what the code under
 * test really wrote. Addresses and typed input are parsed here independently of `src/` on purpose: a fake that
 * shared the adapter's helpers would share its bugs.
 */

export type FakeValue = string | number | boolean | null;

/** Error texts and their CVErr codes, as ET's Value2 returns them. */
export const CVERR_CODES: Record<string, number> = {
  '#DIV/0!': -2146826281,
  '#N/A': -2146826246,
  '#NAME?': -2146826259,
  '#NULL!': -2146826288,
  '#NUM!': -2146826252,
  '#REF!': -2146826265,
  '#VALUE!': -2146826273,
};

export interface FakeValidation {
  type: number;
  alertStyle?: number;
  operator?: number;
  formula1?: string;
  formula2?: string;
  errorTitle: string;
  errorMessage: string;
  showError: boolean;
}

/**
 * One cell. Cells are immutable: every write stores a new object, so a snapshot is a copy of the map. Absent
 * fields are ET's defaults (General, no fill, 宋体 11, …); a cell with nothing left to say is removed.
 */
export interface FakeEtCell {
  /** The value shown: a formula's last result (null when the fake wrote the formula: it does not evaluate). */
  readonly value: FakeValue;
  /** `=…` for a formula. */
  readonly formula?: string;
  /** The value is an error (`#DIV/0!`): Value2 reads it as its CVErr code. */
  readonly error?: boolean;
  readonly numFmt?: string;
  /** BGR; absent: no fill (pattern xlNone). */
  readonly fill?: number;
  readonly bold?: boolean;
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly hAlign?: number;
  readonly vAlign?: number;
  readonly wrap?: boolean;
  readonly border?: boolean;
  readonly validation?: FakeValidation;
}

export const CELL_DEFAULTS = Object.freeze({ fontName: '宋体', fontSize: 11, hAlign: 1 /* xlGeneral */, vAlign: -4107 /* xlBottom */, wrap: false, border: false, bold: false });

/** 0-based, inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeFormatCondition {
  area: Area;
  type: number;
  formula1?: string;
  /** The active cell when the rule was added: ET reads a relative reference in the formula from it. */
  anchor: { row: number; col: number };
  /** BGR, once set. */
  color?: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const DEFAULT_COLUMN_WIDTH = 8.38;
export const DEFAULT_ROW_HEIGHT = 13.5;

const key = (row: number, col: number) => row * MAX_COLS + col;

export class FakeEtSheet {
  cells = new Map<number, FakeEtCell>();
  merges: Area[] = [];
  /**
   * Worksheet.ProtectContents. While protected, a locked cell's content cannot change; cells are locked unless
   * they lie in `unlocked` (Range.Locked = False), as in Excel, whose object model ET mirrors. Formats and merges
   * are refused on a protected sheet whatever the cells (docs/hosts.md, "Protected sheets").
   */
  protected = false;
  unlocked: Area[] = [];
  /** When set, bulk reads of this sheet throw it (a sheet WPS cannot read, whatever the reason). */
  readFailure: string | null = null;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  conditionalFormats: FakeFormatCondition[] = [];
  pageSetup: Record<string, unknown> = { Orientation: 1, PaperSize: 9, Zoom: 100, FitToPagesWide: 1, FitToPagesTall: 1, PrintTitleRows: '', CenterHorizontally: false };
  gridlines = true;
  activeCell = { row: 0, col: 0 };

  constructor(public name: string) {}

  locked(row: number, col: number): boolean {
    return !this.unlocked.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  }

  cell(row: number, col: number): FakeEtCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** The cell at an A1 address, for tests. */
  cellAt(address: string): FakeEtCell | undefined {
    const { top, left } = parseArea(address);
    return this.cell(top, left);
  }

  /** Stores a cell; one with only default contents and looks is removed, as ET keeps nothing for it. */
  setCell(row: number, col: number, cell: FakeEtCell): void {
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(cell)) {
      if (v === undefined) continue;
      if (k === 'error' && v === false) continue;
      if (k === 'numFmt' && v === 'General') continue;
      if (k in CELL_DEFAULTS && CELL_DEFAULTS[k as keyof typeof CELL_DEFAULTS] === v) continue;
      clean[k] = v;
    }
    if (clean.value === undefined) clean.value = null;
    if (Object.keys(clean).length === 1 && clean.value === null) this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), clean as unknown as FakeEtCell);
  }

  patchCell(row: number, col: number, patch: Partial<FakeEtCell>): void {
    this.setCell(row, col, { ...(this.cell(row, col) ?? { value: null }), ...patch });
  }

  /** The merged area covering a cell, if any. */
  mergeAt(row: number, col: number): Area | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** From the first to the last cell that holds anything (contents or looks) or is merged; A1 when none. */
  usedArea(): Area {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (a: Area) => {
      top = Math.min(top, a.top);
      left = Math.min(left, a.left);
      bottom = Math.max(bottom, a.bottom);
      right = Math.max(right, a.right);
    };
    for (const k of this.cells.keys()) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      take({ top: row, left: col, bottom: row, right: col });
    }
    this.merges.forEach(take);
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }

  hasContents(): boolean {
    for (const cell of this.cells.values()) if (cell.value !== null || cell.formula) return true;
    return false;
  }
}

export interface FakeProperty {
  name: string;
  type: number;
  value: unknown;
}

export class FakeEtWorkbook {
  sheets: FakeEtSheet[] = [];
  activeSheet!: FakeEtSheet;
  properties: FakeProperty[] = [];
  /** While true, every member of the object model throws, as WPS does while the user types in a cell. */
  editing = false;
  displayAlerts = true;
  /** Deleting a sheet with data while DisplayAlerts is on asks the user; counted here. */
  prompts = 0;
  /**
   * When a number, that many more writes (contents, formats, looks, document properties) succeed and the next
   * one throws; after that, writes succeed again unless `keepFailing`.
   */
  failWritesAfter: number | null = null;
  keepFailing = false;
  /** PageSetup throws, as on a machine without a printer driver. */
  printerMissing = false;

  sheet(name: string): FakeEtSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Every sheet's cells and merges, for comparing the whole workbook before and after. */
  snapshot(): { name: string; cells: Map<number, FakeEtCell>; merges: Area[] }[] {
    return this.sheets.map((s) => ({ name: s.name, cells: new Map(s.cells), merges: s.merges.map((m) => ({ ...m })) }));
  }

  /** Called before each write: counts down `failWritesAfter`. */
  beforeWrite(what: string): void {
    if (this.failWritesAfter === null) return;
    if (this.failWritesAfter <= 0) {
      if (!this.keepFailing) this.failWritesAfter = null;
      throw new Error(`${what} 写入失败（模拟的故障）`);
    }
    this.failWritesAfter--;
  }
}

// ---- Addresses --------------------------------------------------------------------------------------------

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** `A1`, `$B$2:D9`; throws like ET on anything else (whole rows and columns are not modelled). */
export function parseArea(address: string): Area {
  const parts = address.trim().toUpperCase().split(':');
  if (parts.length > 2) throw new Error(`无效的区域地址：${address}`);
  const cells = parts.map((p) => {
    const m = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/.exec(p);
    if (!m) throw new Error(`无效的区域地址：${address}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    const row = Number(m[2]);
    if (row < 1 || row > MAX_ROWS || col > MAX_COLS) throw new Error(`无效的区域地址：${address}`);
    return { row: row - 1, col: col - 1 };
  });
  const [a, b = a] = cells;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

// ---- Typed input ------------------------------------------------------------------------------------------

/**
 * What a cell holds after a value is written to it, parsed as ET parses typing: `'x` is text x, `=…` (and a
 * leading + - @ that is not a number) a formula, TRUE/FALSE booleans, error literals errors, numbers with
 * thousands separators or a % numbers, dates (y-m-d, y/m/d, m/d) serial numbers. Simplified: the number format
 * ET would give a typed percent or date is not set.
 */
export function parseInput(input: unknown): Pick<FakeEtCell, 'value' | 'formula' | 'error'> {
  if (input === null || input === undefined || input === '') return { value: null };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error('无效的数值');
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') throw new Error(`无法写入 ${typeof input} 类型的值`);
  if (input.startsWith("'")) return { value: input.slice(1) };
  const text = input.trim();
  if (text in CVERR_CODES) return { value: text, error: true };
  if (/^(TRUE|FALSE)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  const number = /^([+-]?)((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)$/.exec(text);
  if (number) {
    const n = Number(number[0].replace(/[,%]/g, ''));
    return { value: number[7] ? n / 100 : n };
  }
  const date = /^(?:(\d{4})[-/])?(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (date) return { value: dateSerial(Number(date[1] ?? 2000), Number(date[2]), Number(date[3])) };
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input };
  if (/^[+\-@]/.test(input)) return { value: null, formula: `=${input.replace(/^@/, '')}` };
  return { value: input };
}

function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}
